"""Writing values into cells safely."""

from __future__ import annotations

from openpyxl.cell.cell import Cell

_RISKY = ("=", "+", "-", "@", "\t", "\r")


def set_text(cell: Cell, value: object) -> None:
    """Text is text: a value starting with =, +, - or @ is stored as a string Excel will never run."""
    cell.value = value
    if isinstance(value, str) and value.startswith(_RISKY):
        cell.data_type = "s"
        cell.quotePrefix = True
