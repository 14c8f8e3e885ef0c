"""A sheet's weight taken out before openpyxl sees it (``canvasgen.read.package.sanitize``), read and
written by an XML parser: any prefix, any quoting, any way of writing an element, and no cell moved."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import openpyxl
from lxml import etree
from openpyxl.worksheet.worksheet import Worksheet

from canvasgen.read.openpyxl_private import existing_cells
from canvasgen.read.package.safety import open_workbook
from canvasgen.read.package.sanitize import LIGHT_SHEET, MAX_MERGE_AREA, clean_sheet

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
EMPTY_ROW = b"<x:row><x:c s='1'/><x:c s='1'></x:c></x:row>"  # styled, empty, and giving no reference
# Empty rows past the light sheet's size, their styles drawn at random so that the zip is no bomb.
PADDING = b"".join(
    b"<x:row><x:c s='%d'/><x:c s='%d'></x:c></x:row>" % (n, m)
    for n, m in zip(random.Random(5).choices(range(10**6), k=LIGHT_SHEET // 40), range(LIGHT_SHEET // 40))
)


def _sheet(rows: bytes, merges: bytes = b"") -> bytes:
    return (
        b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        b"<x:worksheet xmlns:x='"
        + MAIN.encode()
        + b"'><x:sheetData>"
        + rows
        + b"</x:sheetData>"
        + merges
        + b"</x:worksheet>"
    )


def _text(ref: str, text: str) -> bytes:
    where = f" r='{ref}'" if ref else ""
    return f"<x:c{where} t='inlineStr'><x:is><x:t>{text}</x:t></x:is></x:c>".encode()


def _workbook(path: Path, sheet: bytes) -> Path:
    book = openpyxl.Workbook()
    book.active["A1"] = "x"  # type: ignore[index]
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, sheet if info.filename == "xl/worksheets/sheet1.xml" else zin.read(info))
    return path


def _words(ws: Worksheet) -> list[tuple[str, object]]:
    """The sheet's filled cells (reference, value) row by row, as ``iter_rows`` lists them, but from the cells
    the file holds: ``iter_rows`` makes a cell for every place up to the last row (200,000 for a sheet
    formatted to row 50,000, most of such a test's time)."""
    filled = sorted((place, cell) for place, cell in existing_cells(ws) if cell.value)
    return [(cell.coordinate, cell.value) for _, cell in filled]


def test_empty_cells_and_rows_of_a_heavy_sheet_go_and_no_word_moves(tmp_path: Path) -> None:
    """Rows and cells that give no reference are counted from the ones before them: dropping an empty one
    must not move the words after it (B5 would have been read as A4)."""
    rows = EMPTY_ROW * 3 + b"<x:row><x:c s='1'/>" + _text("", "Oriëntatie") + b"</x:row>" + PADDING
    cleaned = clean_sheet(_sheet(rows))
    assert cleaned.changed and cleaned.cells == 1
    assert len(cleaned.data) < 1000
    ws = open_workbook(_workbook(tmp_path / "zwaar.xlsx", _sheet(rows)), "zwaar.xlsx").workbook.active
    assert ws is not None
    assert _words(ws) == [("B4", "Oriëntatie")]


def test_a_heavy_sheets_numbered_empty_rows_go_before_parsing_and_no_word_moves(tmp_path: Path) -> None:
    """Numbered empty rows are left out before the sheet is parsed (a sheet formatted to its last row holds
    a million: parsing them took seconds); the one before a row that gives no number stays, as that row is
    counted on from it."""
    empty = b"".join(
        b"<x:row r='%d' s='1'><x:c r='A%d' s='1'/><x:c r='B%d' s='2'/></x:row>" % (r, r, r) for r in range(3, 50_000)
    )
    rows = (
        b"<x:row r='2'>"
        + _text("C2", "Bewustwording")
        + b"</x:row>"
        + empty
        + b"<x:row><x:c s='1'/>"
        + _text("", "Aankoop")
        + b"</x:row>"  # row 50000, counted on from 49999
        + b"<x:row r='50005' s='1'/><x:row r='50010'>"
        + _text("D50010", "Service")
        + b"</x:row>"
    )
    assert len(rows) > LIGHT_SHEET
    cleaned = clean_sheet(_sheet(rows))
    assert cleaned.changed and cleaned.cells == 3
    assert len(cleaned.data) < 2000
    ws = open_workbook(_workbook(tmp_path / "opgemaakt.xlsx", _sheet(rows)), "opgemaakt.xlsx").workbook.active
    assert ws is not None
    assert _words(ws) == [("C2", "Bewustwording"), ("B50000", "Aankoop"), ("D50010", "Service")]


def test_a_light_sheet_is_left_as_it_is() -> None:
    sheet = _sheet(b"<x:row r='1'><x:c r='A1' s='1'/>" + _text("B1", "Fase") + b"</x:row>")
    cleaned = clean_sheet(sheet)
    assert (cleaned.changed, cleaned.data, cleaned.cells) == (False, sheet, 2)


def test_an_oversized_merge_is_dropped_however_it_is_written() -> None:
    """Not self-closing, spaces around '=', attributes in another order: dropped with its warning, the
    merge beside it kept."""
    merges = (
        b"<x:mergeCells count='2'><x:mergeCell xmlns:y='urn:y' y:note='a' ref = \"A1:XFD1048576\"></x:mergeCell>"
        b"<x:mergeCell ref='A1:B1'/></x:mergeCells>"
    )
    cleaned = clean_sheet(_sheet(b"<x:row r='1'>" + _text("A1", "Fase") + b"</x:row>", merges))
    assert cleaned.dropped_merges == ["A1:XFD1048576"] and cleaned.changed
    kept = etree.fromstring(cleaned.data).findall(f".//{{{MAIN}}}mergeCell")
    assert [m.get("ref") for m in kept] == ["A1:B1"]
    assert MAX_MERGE_AREA < 16_384 * 1_048_576


def test_a_light_sheets_empty_cells_go_but_its_extent_hidden_rows_and_words_stay(tmp_path: Path) -> None:
    """openpyxl would make a cell of no value of each empty one; the cells at the sheet's edges stay, so that
    its extent (which says which hidden rows are within the sheet) is as the file gives it."""
    rows = (
        b"<x:row r='1'>" + _text("A1", "Fase") + b"<x:c r='B1' s='0'/><x:c r='C1' s='0'></x:c><x:c r='D1'/></x:row>"
        b"<x:row r='2' hidden='1'><x:c r='A2' s='0'/>" + _text("B2", "Klant") + b"</x:row>"
        b"<x:row r='3'><x:c r='E3' s='0'/></x:row><x:row r='4' hidden='1'><x:c r='B4' s='0'/></x:row>"
    )
    cleaned = clean_sheet(_sheet(rows))
    assert cleaned.changed and cleaned.cells == 8  # every cell counted against the limit, as openpyxl loads them
    assert b"'B1'" not in cleaned.data and b'"C1"' not in cleaned.data and b'"D1"' not in cleaned.data
    ws = open_workbook(_workbook(tmp_path / "licht.xlsx", _sheet(rows)), "licht.xlsx").workbook.active
    assert ws is not None
    assert {place for place, _ in existing_cells(ws)} == {(1, 1), (2, 2), (3, 5), (4, 2)}
    assert (ws.min_row, ws.max_row, ws.min_column, ws.max_column) == (1, 4, 1, 5)
    assert sorted(r for r, d in ws.row_dimensions.items() if d.hidden) == [2, 4]
    assert [(c.coordinate, c.value) for row in ws.iter_rows() for c in row if c.value] == [
        ("A1", "Fase"),
        ("B2", "Klant"),
    ]


def test_a_light_sheet_with_a_cell_that_gives_no_reference_keeps_its_empty_cells() -> None:
    """A cell without a reference is counted on from the one before it: none is left out before it."""
    sheet = _sheet(b"<x:row r='1'><x:c r='A1' s='1'/><x:c r='B1' s='1'/><x:c s='1'/>" + _text("", "Fase") + b"</x:row>")
    cleaned = clean_sheet(sheet)
    assert (cleaned.changed, cleaned.data, cleaned.cells) == (False, sheet, 4)


def test_a_light_sheets_rows_keep_their_number_and_whether_hidden_and_nothing_openpyxl_would_load_for_nothing() -> None:
    rows = b"<x:row r='1' ht='30' customHeight='1' s='0' customFormat='1' hidden='1' spans='1:2'>"
    rows += _text("A1", "Fase") + b"</x:row><x:row r='2' outlineLevel='1'>" + _text("A2", "Klant") + b"</x:row>"
    cleaned = clean_sheet(_sheet(rows))
    root = etree.fromstring(cleaned.data)
    assert [dict(row.attrib) for row in root.iter(f"{{{MAIN}}}row")] == [{"r": "1", "hidden": "1"}, {"r": "2"}]
