"""A new workbook canvasgen writes for a client (the kit's changes workbook, the gap report, the template):
its file properties name the brand kit's author, never the library that wrote it; and its text saved as
Excel saves it."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import Workbook

from canvasgen.fileio import write_atomically
from canvasgen.read.openpyxl_private import existing_cells

# Excel stores a character it cannot write in XML as "_xHHHH_", and text that itself reads "_x0041_" with its
# underscore escaped ("_x005F_x0041_"); openpyxl writes such text as it is, so Excel (and canvasgen) would read
# "A" where the team wrote "_x0041_".
_LOOKS_ESCAPED = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def excel_escaped(text: str) -> str:
    """``text`` as Excel writes it into a cell: every "_xHHHH_" in it with its underscore escaped."""
    return _LOOKS_ESCAPED.sub(r"_x005F_\1", text) if "_x" in text else text


def new_workbook(author: str = "") -> Workbook:
    """An empty workbook whose Author and Last modified by (File > Info) are ``author``, or none: openpyxl
    fills in "openpyxl" for the Author otherwise, which a client would see."""
    book = Workbook()
    book.properties.creator = author or None
    book.properties.lastModifiedBy = author or None
    return book


def save_workbook(book: Workbook, target: Path) -> None:
    """``book`` written to ``target`` whole or not at all (a temporary file, then renamed), its text escaped
    as Excel escapes it (``excel_escaped``). The book's cells hold the escaped text afterwards."""
    for sheet in book.worksheets:
        for _, cell in existing_cells(sheet):
            if isinstance(cell.value, str) and "_x" in cell.value:
                cell.value = excel_escaped(cell.value)
    write_atomically(target, lambda temp: book.save(temp))
