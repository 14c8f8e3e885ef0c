"""Text in rows, columns and sheets hidden in Excel: read and said, or left out with --skip-hidden."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.pipeline import read
from canvasgen.read.corrections import Corrections
from tests.support.read_back import pdftotext


def _book(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Klantreis"
    rows = [
        ["Fase", "Oriëntatie", "Aankoop", "Gebruik"],
        ["Klantproces", "Zoekt", "Koopt", "Gebruikt"],
        ["Intern proces", "Oude notitie", "Factuur", "Belt na"],
        ["Verbeteren", "Sneller", "Interne prijs", "Nazorg"],
    ]
    for row in rows:
        ws.append(row)
    ws.row_dimensions[3].hidden = True
    ws.append(["Kanalen", "Website", "Winkel", "App"])  # row 5: a second hidden row with text below
    ws.row_dimensions[5].hidden = True
    ws.column_dimensions["E"].hidden = True  # hidden but empty: nothing to say
    ws["C4"] = "Interne prijs"
    old = wb.create_sheet("Archief")
    old["A1"] = "Vorige versie"
    old.sheet_state = "hidden"
    wb.save(path)
    return path


def test_hidden_text_is_read_and_said(tmp_path: Path) -> None:
    path = _book(tmp_path / "reis.xlsx")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 0, result.output
    assert (
        f"{path}: Klantreis: rows 3, 5 are hidden in Excel but hold text, which is on the poster and in the "
        "deck: A3, B3, C3, D3, A5 and 3 more; --skip-hidden leaves it out"
    ) in result.stdout
    assert f"{path}: Archief: sheet 'Archief' is hidden in Excel but holds text" in result.stdout
    texts = [t.text for t in read(path).texts()]
    assert "Oude notitie" in texts and "Vorige versie" in texts


def test_skip_hidden_leaves_them_out(tmp_path: Path) -> None:
    path = _book(tmp_path / "reis.xlsx")
    canvas = read(path, corrections=Corrections(skip_hidden=True))
    texts = [t.text for t in canvas.texts()]
    assert "Oude notitie" not in texts and "Vorige versie" not in texts
    assert "Sneller" in texts and "Koopt" in texts
    said = [str(w) for w in canvas.warnings]
    assert any(
        "Klantreis: rows 3, 5 are hidden in Excel; their text is left out (--skip-hidden): A3" in w for w in said
    )
    result = CliRunner().invoke(
        main, ["build", str(path), "--skip-hidden", "-o", str(tmp_path / "out"), "--size", "A3"]
    )
    assert result.exit_code == 0, result.output
    assert "their text is left out (--skip-hidden)" in result.stderr
    assert f"{path}: Archief: sheet 'Archief' is hidden in Excel; its text is left out (--skip-hidden): A1" in said


def test_hidden_rows_of_numbers_only_are_a_charts_data_left_out_and_said(tmp_path: Path) -> None:
    # watall2's shape (#31): a score column, then hidden rows holding only 5s (the chart's neutral line) under
    # it; they were notes on the poster ("5 · 5 · 5"). Hidden rows with words stay read, as above.
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Hoja 1"
    for phase, score in (("Conocernos", 9), ("Visita", 9), ("Evaluación", 6), ("Compra", 9), ("Uso", 3)):
        ws.append([phase, score])
    ws.append([])
    for row in range(7, 12):
        ws.cell(row, 2, 5)
        ws.row_dimensions[row].hidden = True
    ws["D13"] = "Visible: anuncios en redes"
    path = tmp_path / "agua.xlsx"
    wb.save(path)
    canvas = read(path)
    said = [str(w) for w in canvas.warnings]
    assert any(
        "Hoja 1: rows 7-11 hidden in Excel hold numbers only, no word (a chart's data): left out of the poster and "
        "the deck: B7, B8, B9, B10, B11; unhide them in Excel to have them read" in w
        for w in said
    ), said
    assert not any("hold text, which is on the poster" in w for w in said)
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out"), "--size", "A3", "--no-pptx"])
    assert result.exit_code == 0, result.output
    poster = [line.strip() for line in pdftotext(tmp_path / "out" / "agua.pdf").splitlines()]
    assert "Visible: anuncios en redes" in " ".join(poster)  # the note beside the canvas is kept
    assert not [line for line in poster if line in {"• 5", "5 · 5"} or line.startswith("5 · 5")]
