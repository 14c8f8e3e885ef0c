"""Every use of openpyxl's private names, in one place, pinned by setup.cfg (openpyxl 3.1).

A worksheet keeps the cells that exist in its file in ``Worksheet._cells``, keyed by (row, column).
Walking that dict costs what the file holds; openpyxl's public ``iter_rows`` walks the sheet's whole
dimensions and makes a cell for every empty place on the way (a sheet whose last styled cell is XFD1048576
would take minutes). Its drawing reader decodes every picture while loading, unless told there is no Pillow
(``without_pictures``). For every merged range it copies the first cell's borders onto the edges of the
range, the costliest step of loading a canvas with many merges; canvasgen reads no borders, and
``without_merge_borders`` leaves them out (the merged cells themselves are still made). If an openpyxl
upgrade breaks this, this module (and its test) is where it shows.
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
def without_merge_borders() -> Iterator[None]:
    """openpyxl loading workbooks without copying a merged range's borders onto its edge cells
    (``MergedCellRange.format``): every merged cell is still made, and every value read; restored after."""
    kept = MergedCellRange.format
    MergedCellRange.format = _no_borders
    try:
        yield
    finally:
        MergedCellRange.format = kept


def _no_borders(merged: MergedCellRange) -> None:
    """In place of ``MergedCellRange.format``: the borders are nothing canvasgen reads."""
