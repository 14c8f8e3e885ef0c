"""Workbooks canvasgen writes for people to fill in — the kit's changes workbook, the gap report with its
owner and status columns — are never replaced once someone has filled them in.

How canvasgen knows what it last wrote there: such a workbook carries a fingerprint of its cells' values
(SHA-256 over every sheet's name and every non-empty cell's place and value) in a custom document
property, ``canvasgen-content``. Before writing it again, canvasgen reads the file that is there: when
its cells still give the fingerprint it carries, it is canvasgen's own output, untouched, and may be
replaced. A workbook whose cells changed (the team filled it in), or that carries no fingerprint (made
by hand, by an older canvasgen, or saved by a program that drops custom properties), is kept unless
``--force``. Opening and saving it in Excel or LibreOffice without changing a cell keeps both the values
and the property, so that alone does not make it the team's.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from openpyxl.packaging.custom import StringProperty
from openpyxl.workbook.workbook import Workbook

from canvasgen.errors import CanvasError, OutputError
from canvasgen.fileio import refuse_folders
from canvasgen.model import value_text
from canvasgen.read.openpyxl_private import existing_cells
from canvasgen.read.package.safety import open_workbook

PROPERTY = "canvasgen-content"


def fingerprint(book: Workbook) -> str:
    digest = hashlib.sha256()
    for sheet in book.worksheets:
        digest.update(f"\x02{sheet.title}\x02".encode())
        for (row, column), cell in sorted(existing_cells(sheet)):
            if cell.value is not None and cell.value != "":
                digest.update(f"{row}\x00{column}\x00{value_text(cell.value)}\x01".encode())
    return digest.hexdigest()


def stamp(book: Workbook) -> None:
    """Record the workbook's fingerprint in it: call last, just before saving."""
    props = book.custom_doc_props
    for prop in [p for p in props if p.name == PROPERTY]:
        props.props.remove(prop)
    props.append(StringProperty(name=PROPERTY, value=fingerprint(book)))


def last_written(path: Path) -> bool:
    """Whether ``path`` is still what canvasgen wrote there (a missing file counts as such)."""
    if not path.exists():
        return True
    try:
        book = open_workbook(path, str(path)).workbook
    except CanvasError:
        return False
    recorded = next((p.value for p in book.custom_doc_props if p.name == PROPERTY), None)
    return recorded is not None and recorded == fingerprint(book)


def keep_filled_in(path: Path, force: bool, what: str) -> None:
    """Refuse to replace ``path`` when it differs from what canvasgen last wrote there, unless ``force``;
    a folder in its place always."""
    refuse_folders([path])
    if force or last_written(path):
        return
    raise OutputError(
        path,
        f"differs from the {what} canvasgen last wrote there (filled in since?), so it is not replaced: "
        "move or rename it to keep it, choose another folder with -o, or give --force to replace it",
    )
