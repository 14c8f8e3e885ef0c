"""openpyxl's private names (``canvasgen.read.openpyxl_private``): what canvasgen relies on, tested against
the pinned openpyxl, so that an upgrade that changes it fails here first."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from canvasgen.read.openpyxl_private import existing_cells


def test_existing_cells_are_those_the_file_holds_and_walking_them_makes_none(tmp_path: Path) -> None:
    path = tmp_path / "sparse.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"], sheet["C5"] = "Fase", 3
    sheet["XFD1048576"].number_format = "0.00"  # styled, empty: still a cell of the file
    book.save(path)
    ws = openpyxl.load_workbook(path).active
    assert ws is not None
    assert (ws.max_row, ws.max_column) == (1_048_576, 16_384)  # iter_rows would make 17 billion cells
    cells = {place: cell.value for place, cell in existing_cells(ws)}
    assert cells == {(1, 1): "Fase", (5, 3): 3, (1_048_576, 16_384): None}
    assert {place: cell.coordinate for place, cell in existing_cells(ws)}[5, 3] == "C5"  # keyed (row, column)
    assert len(existing_cells(ws)) == 3  # walking made no cell


def test_a_cell_set_after_loading_is_an_existing_cell(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.cell(row=2, column=4, value="nieuw")
    assert [(place, cell.value) for place, cell in existing_cells(ws)] == [((2, 4), "nieuw")]


def test_without_pictures_openpyxl_loads_a_workbook_without_decoding_its_pictures(tmp_path: Path) -> None:
    import io

    import openpyxl.reader.drawings as drawings
    from openpyxl.drawing.image import Image as SheetImage
    from PIL import Image

    from canvasgen.read.openpyxl_private import without_pictures

    picture = io.BytesIO()
    Image.new("RGB", (4, 4)).save(picture, "PNG")
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.add_image(SheetImage(picture), "B2")
    path = tmp_path / "foto.xlsx"
    book.save(path)
    kept = drawings.PILImage
    with without_pictures():
        loaded = openpyxl.load_workbook(path).active
    assert drawings.PILImage is kept  # restored
    assert loaded is not None and not loaded._images
    assert openpyxl.load_workbook(path).active._images  # type: ignore[union-attr]


def test_merges_as_written_keeps_the_covered_words_and_copies_no_border(tmp_path: Path) -> None:
    from openpyxl.cell.cell import MergedCell
    from openpyxl.styles import Border, Side
    from openpyxl.worksheet.worksheet import Worksheet

    from canvasgen.read.openpyxl_private import merges_as_written
    from tests.support.workbooks import with_covered_words

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["B2"] = "Oriëntatie"
    sheet["B2"].border = Border(top=Side(style="thick"))
    sheet.merge_cells("B2:D3")
    book.save(tmp_path / "merged.xlsx")
    path = with_covered_words(tmp_path / "merged.xlsx", {"C3": "verborgen woord"})
    kept = Worksheet._clean_merge_range
    with merges_as_written():
        loaded = openpyxl.load_workbook(path).active
    assert Worksheet._clean_merge_range is kept  # restored
    assert loaded is not None
    assert [str(r) for r in loaded.merged_cells.ranges] == ["B2:D3"]
    cells = dict(existing_cells(loaded))
    assert cells[2, 2].value == "Oriëntatie"
    assert cells[3, 3].value == "verborgen woord"  # kept as the file has it
    covered = [(r, c) for r in (2, 3) for c in (2, 3, 4) if (r, c) not in {(2, 2), (3, 3)}]
    assert all(isinstance(cells[place], MergedCell) for place in covered)
    assert cells[2, 3].border.top.style is None  # not copied from B2
    unpatched = openpyxl.load_workbook(path).active
    assert unpatched is not None and unpatched["C2"].border.top.style == "thick"  # what openpyxl does unpatched
    assert isinstance(unpatched["C3"], MergedCell) and unpatched["C3"].value is None  # and the word it drops
