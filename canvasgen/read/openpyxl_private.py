"""Every use of openpyxl's private names, in one place, pinned by setup.cfg (openpyxl 3.1).

A worksheet keeps the cells that exist in its file in ``Worksheet._cells``, keyed by (row, column).
Walking that dict costs what the file holds; openpyxl's public ``iter_rows`` walks the sheet's whole
dimensions and makes a cell for every empty place on the way (a sheet whose last styled cell is XFD1048576
would take minutes). Its drawing reader decodes every picture while loading, unless told there is no Pillow
(``without_pictures``). For every merged range it copies the first cell's borders onto the edges of the
range, the costliest step of loading a canvas with many merges, and it replaces every cell the range covers
by an empty ``MergedCell``, losing the words a file may keep there (LibreOffice's "keep the contents of the
hidden cells", some tools' merges): ``merges_as_written`` leaves the borders out and keeps those words, for
the reader to keep as notes. If an openpyxl upgrade breaks this, this module (and its test) is where it shows.
"""

from __future__ import annotations

import contextlib
from collections.abc import ItemsView, Iterator

import openpyxl.reader.drawings as drawings
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.worksheet import Worksheet


def existing_cells(ws: Worksheet) -> ItemsView[tuple[int, int], Cell | MergedCell]:
    """The cells the sheet's file holds (or that were set since), by (row, column), in no promised order;
    no cell is made for a place that holds none."""
    cells: dict[tuple[int, int], Cell | MergedCell] = ws._cells
    return cells.items()


@contextlib.contextmanager
def without_pictures() -> Iterator[None]:
    """openpyxl loading workbooks without decoding their pictures: it would open every image with Pillow,
    and an image too large to decode (a decompression bomb) would stop the whole workbook. canvasgen reads
    the pictures itself, each checked, and refuses only the picture (``read.package.portraits``). openpyxl's drawing
    reader skips images when its module's ``PILImage`` is empty (as without Pillow); restored after."""
    kept = drawings.PILImage
    drawings.PILImage = None
    try:
        yield
    finally:
        drawings.PILImage = kept


@contextlib.contextmanager
def merges_as_written() -> Iterator[None]:
    """openpyxl loading workbooks with each merged range's covered cells as the file wrote them: an empty
    place becomes a ``MergedCell`` (as openpyxl makes it), a cell that holds a value is kept with its value
    (``Grid.uncover`` takes it out as a note, and it is said); no border is copied onto the range's edges
    (``MergedCellRange.format``, nothing canvasgen reads). ``Worksheet._clean_merge_range`` restored after."""
    kept = Worksheet._clean_merge_range
    Worksheet._clean_merge_range = _clean_merge_range
    try:
        yield
    finally:
        Worksheet._clean_merge_range = kept


def _clean_merge_range(ws: Worksheet, merged: MergedCellRange) -> None:
    """In place of ``Worksheet._clean_merge_range``: the covered places made ``MergedCell`` but those that
    hold a value, and no border copied."""
    cells: dict[tuple[int, int], Cell | MergedCell] = ws._cells
    places = merged.cells
    next(places)  # the range's first cell, which shows
    for place in places:
        found = cells.get(place)
        if found is None or found.value is None:
            cells[place] = MergedCell(ws, *place)
