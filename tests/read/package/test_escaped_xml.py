"""What Excel writes in its XML and a reader must undo or notice: ``_xHHHH_`` escapes, formula cells
whose attributes come in another order or whose elements carry a namespace prefix."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import xlsxwriter
from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.pipeline import read
from tests.support.workbooks import make_book


def _write(path: Path, cells: dict[str, str]) -> Path:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Klantreis")
    for ref, text in cells.items():
        sheet.write_string(ref, text)  # XlsxWriter escapes \r as _x000D_, a literal _x0041_ as _x005F_x0041_
    book.close()
    return path


def test_excel_escapes_are_decoded(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "reis.xlsx",
        {
            "A1": "Fase",
            "B1": "Oriëntatie",
            "C1": "Aankoop",
            "A2": "Klantproces",
            "B2": "Zoekt\r\nonline",
            "C2": "Code _x0041_ blijft staan",
            "B3": "Belt",
            "A3": "Intern proces",
        },
    )
    assert b"_x000D_" in zipfile.ZipFile(path).read("xl/sharedStrings.xml")  # as Excel saves it
    texts = [t.text for t in read(path).texts()]
    assert "Zoekt" in texts and "online" in texts
    assert not any("_x000D_" in t for t in texts)
    assert "Code _x0041_ blijft staan" in texts  # a literal escape stays literal


def test_an_escape_in_an_inline_string_is_decoded(tmp_path: Path) -> None:
    cells = {"A1": "Fase", "B1": "Oriëntatie", "C1": "Aankoop", "A2": "Klantproces", "B2": "-", "C2": "Koopt"}
    path = make_book(tmp_path / "reis.xlsx", {"Klantreis": cells})
    _edit_sheet(
        path,
        lambda xml: re.sub(
            rb'<c r="B2"[^>]*>.*?</c>',
            b'<c r="B2" t="inlineStr"><is><t>Vraagt_x000D_&#10;offerte_x0009_aan</t></is></c>',
            xml,
            flags=re.DOTALL,
        ),
    )
    texts = [t.text for t in read(path).texts()]
    assert "Vraagt" in texts and "offerte aan" in texts  # a tab is white space between words


def _edit_sheet(path: Path, edit) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(path) as old:
        parts = {info.filename: old.read(info) for info in old.infolist()}
    parts["xl/worksheets/sheet1.xml"] = edit(parts["xl/worksheets/sheet1.xml"])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            new.writestr(name, data)


def _formula_book(tmp_path: Path, name: str, edit) -> Path:  # type: ignore[no-untyped-def]
    cells = {
        "A1": "Fase",
        "B1": "Oriëntatie",
        "C1": "Aankoop",
        "A2": "Klantproces",
        "B2": "Zoekt",
        "C2": "Koopt",
        "A3": "Ervaring (1-5)",
        "B3": "=2+2",
        "C3": 3,
    }
    path = make_book(tmp_path / name, {"Klantreis": cells})
    _edit_sheet(path, edit)
    return path


def test_a_formula_cell_with_attributes_in_another_order_is_warned_about(tmp_path: Path) -> None:
    path = _formula_book(
        tmp_path, "volgorde.xlsx", lambda xml: re.sub(rb'<c r="B3"( [^>]*)?>', b'<c s="0" r="B3">', xml)
    )
    assert b'<c s="0" r="B3"><f>' in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert "Klantreis!B3: formula has no calculated value" in result.output, result.output


def test_a_prefixed_formula_cell_is_warned_about(tmp_path: Path) -> None:
    def prefix(xml: bytes) -> bytes:
        xml = re.sub(rb"<(/?)(?!\?)([A-Za-z]+)([ >/])", rb"<\1x:\2\3", xml)
        return xml.replace(
            b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
            b'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
            1,
        )

    path = _formula_book(tmp_path, "voorvoegsel.xlsx", prefix)
    assert b'<x:c r="B3"' in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert "Klantreis!B3: formula has no calculated value" in result.output, result.output
    assert "Zoekt" in [t.text for t in read(path).texts()]  # the prefixed sheet is read, not only checked


def test_an_escape_of_nul_is_text_as_written_and_a_vertical_tab_a_line_break(tmp_path: Path) -> None:
    """openpyxl and pandas write "_x0000_" as it is (a property test's phase of that name was lost: it was
    decoded to NUL and dropped); no cell holds a NUL, so Excel never writes it. A vertical tab (a line break
    pasted from PowerPoint or Word) joined two words when dropped."""
    cells = {"A1": "Fase", "B1": "_x0000_", "C1": "Aankoop", "A2": "Klantproces", "B2": "-", "C2": "Koopt"}
    path = make_book(tmp_path / "reis.xlsx", {"Klantreis": cells})  # openpyxl: the text as it is
    assert b"_x0000_" in _all_parts(path)
    _edit_sheet(
        path,
        lambda xml: re.sub(
            rb'<c r="B2"[^>]*>.*?</c>',
            b'<c r="B2" t="inlineStr"><is><t>Zoekt_x000B_online</t></is></c>',
            xml,
            flags=re.DOTALL,
        ),
    )
    canvas = read(path)
    assert [phase.name for phase in canvas.journeys[0].phases] == ["_x0000_", "Aankoop"]
    texts = [t.text for t in canvas.texts()]
    assert "Zoekt" in texts and "online" in texts


def test_text_that_looks_escaped_is_written_as_excel_writes_it_and_reads_back_as_typed(tmp_path: Path) -> None:
    """canvasgen's workbooks (template, gap report, changes workbook, apply's new workbook) go through
    openpyxl, which writes "_x0041_" as it is: Excel and canvasgen then read "A". Saved as Excel saves it."""
    from canvasgen.render.xlsx.book import new_workbook, save_workbook

    book = new_workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Klantreis"
    for ref, text in {"A1": "Fase", "B1": "Stap _x0041_", "C1": "Aankoop", "A2": "Klantproces"}.items():
        sheet[ref] = text
    sheet["B2"], sheet["C2"] = "Code _x0000_ en _x005F_", "Koopt"
    path = tmp_path / "geschreven.xlsx"
    save_workbook(book, path)
    assert b"Stap _x005F_x0041_" in _all_parts(path)
    canvas = read(path)
    assert [phase.name for phase in canvas.journeys[0].phases] == ["Stap _x0041_", "Aankoop"]
    assert "Code _x0000_ en _x005F_" in [t.text for t in canvas.texts()]


def _all_parts(path: Path) -> bytes:
    with zipfile.ZipFile(path) as book:
        return b"".join(book.read(name) for name in book.namelist())
