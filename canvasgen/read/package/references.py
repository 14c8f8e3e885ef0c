"""Cell references as a sheet's XML gives them (``<row r="7">``, ``<c r="B7">``), read with openpyxl's own
parsing, and counted on as Excel counts where a row or cell gives none or one that is no reference."""

from __future__ import annotations

from openpyxl.utils.cell import column_index_from_string, coordinate_from_string, get_column_letter
from openpyxl.utils.exceptions import CellCoordinatesException

_NOT_A_REFERENCE = (CellCoordinatesException, ValueError, TypeError)


def position(ref: str) -> tuple[int, int] | None:
    """(row, column) of a reference such as ``B7`` or ``$B$7``; None for what is no cell reference (``A0``,
    ``B7:C9``, ``XFE1``)."""
    try:
        letters, row = coordinate_from_string(ref)
        return int(row), int(column_index_from_string(letters.upper()))
    except _NOT_A_REFERENCE:
        return None


def reference(row: int, column: int) -> str:
    """The reference of a cell by its (row, column): ``reference(7, 2)`` is ``B7``."""
    return f"{get_column_letter(column)}{row}"


def column_of(ref: str | None, default: int) -> int:
    """A cell's column from its reference; ``default`` (the one after the previous cell) without one."""
    place = position(ref) if ref else None
    return place[1] if place else default


def row_of(text: str | None, default: int) -> int:
    """A row's number from its ``r``; ``default`` (the one after the previous row) without one."""
    return int(text) if text and text.strip().isdigit() and int(text) > 0 else default
