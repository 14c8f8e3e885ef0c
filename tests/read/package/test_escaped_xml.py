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
