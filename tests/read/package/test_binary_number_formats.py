"""Round 22, issue #30/#31 item 3: calamine gives an .xls or .xlsb cell's number without its number format, so a
share Excel shows as 42% read as 0.42 (and a figure 'Conversie 0,42%'). The formats are read from the file's own
records (the cell's XF and the format it names) and the number read as shown, as an .xlsx cell is; a binary
workbook whose styles cannot be read says so."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.read.book import open_book
from tests.support.other_formats import xlsb
from tests.support.read_back import pdf_text
from tests.support.reading import read_canvas
from tests.support.workbooks import DATA

LEGACY = DATA / "percent-figures-lookalike.xls"  # tests/data/make_data.py: saved as .xls by LibreOffice


def test_an_xls_sheet_of_figures_reads_its_shares_as_percentages() -> None:
    canvas = read_canvas(LEGACY)
    figures = {m.name.text: (m.value, m.unit, m.target, m.places) for m in canvas.metrics}
    assert figures == {
        "Conversie": (pytest.approx(42.0), "%", pytest.approx(50.0), 0),
        "No-show": (pytest.approx(8.5), "%", pytest.approx(5.0), 1),
        "Omzet": (1250.0, "€", 2000.0, 0),
    }
    grid = next(g for g in open_book(LEGACY, LEGACY.name).grids if g.title == "Metingen")
    assert (grid.text((2, 3)), grid.text((3, 3)), grid.text((4, 3))) == ("42%", "8.5%", "1,250 €")


def test_the_xls_figures_print_as_shown(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(LEGACY), "-o", str(out)])
    assert result.exit_code == 0, result.output
    poster = " ".join(pdf_text(out / "percent-figures-lookalike.pdf").split())
    assert "42%" in poster and "8,5%" in poster and "0,42" not in poster


def _book(path: Path, formats: dict[tuple[int, int], str] | None) -> Path:
    cells: dict[tuple[int, int], tuple[str, object]] = {
        (0, 0): ("text", "Metriek"),
        (0, 1): ("text", "Waarde"),
        (1, 0): ("text", "Conversie"),
        (1, 1): ("number", 0.42),
        (2, 0): ("text", "Bounce"),
        (2, 1): ("number", 0.375),
        (3, 0): ("text", "Bezoekers"),
        (3, 1): ("number", 1200.0),
    }
    return xlsb(path, cells, formats=formats)


def test_an_xlsb_cell_reads_as_its_number_format_shows_it(tmp_path: Path) -> None:
    path = _book(tmp_path / "cijfers.xlsb", {(1, 1): "0%", (2, 1): "0.0%"})
    (grid,) = open_book(path, path.name).grids
    assert [grid.text((r, 2)) for r in (2, 3, 4)] == ["42%", "37.5%", "1200"]
    assert [grid.cells[(r, 2)].number_format for r in (2, 3, 4)] == ["0%", "0.0%", "General"]


def test_an_xlsb_whose_styles_cannot_be_read_says_so(tmp_path: Path) -> None:
    path = _book(tmp_path / "kapot.xlsb", {(1, 1): "0%"})
    damaged = tmp_path / "kapot2.xlsb"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(damaged, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            # a last record announcing more than the part holds: calamine reads on, the formats are not read
            target.writestr(info, data + b"\x2c\x7f\x01\x00" if info.filename == "xl/styles.bin" else data)
    book = open_book(damaged, damaged.name)
    assert book.grids[0].text((2, 2)) == "0.42"
    assert (
        "kapot2.xlsb: its number formats cannot be read (its styles part is missing or damaged): numbers are read as "
        "stored, a percentage Excel shows as 42% as 0.42 — save it as .xlsx to read them as shown"
    ) in [str(w) for w in book.warnings]
