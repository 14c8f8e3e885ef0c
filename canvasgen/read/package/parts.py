"""Which parts of an .xlsx package openpyxl will load as sheets, found the way openpyxl finds them.

The workbook part is the one [Content_Types].xml gives a workbook content type (any name: a package
may call it ``xl/wb.xml``); its relationships file sits beside it in ``_rels/``; a relationship's
target is taken relative to the workbook's folder and normalised (``./worksheets/../worksheets/a.xml``),
or from the package root when it starts with ``/``. The safety checks must look at exactly these parts:
a check that looks at literal paths is bypassed by a package that names its parts differently.
"""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path

from defusedxml.ElementTree import ParseError, fromstring

_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_WORKBOOK_TYPES = {
    f"application/vnd.{kind}.main+xml"
    for kind in (
        "openxmlformats-officedocument.spreadsheetml.sheet",
        "openxmlformats-officedocument.spreadsheetml.template",
        "ms-excel.sheet.macroEnabled",
        "ms-excel.template.macroEnabled",
    )
}
DEFAULT_WORKBOOK = "xl/workbook.xml"
_SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"


def is_excel_package(path: Path) -> bool:
    """Whether the file at ``path`` is an Excel package by its bytes (a zip with a workbook part), whatever
    its name says: a text file, an .xls or an .ods renamed .xlsx is none, so ``apply`` has no cells to patch."""
    try:
        with zipfile.ZipFile(path) as archive:
            return workbook_part(archive) is not None
    except (zipfile.BadZipFile, OSError):
        return False


def workbook_part(archive: zipfile.ZipFile) -> str | None:
    """The workbook part, as openpyxl picks it: an Override with a workbook type, else the default
    name when a Default gives that type."""
    try:
        types = fromstring(archive.read("[Content_Types].xml"))
    except (KeyError, ParseError):
        return None
    for override in types.iter(f"{_CT}Override"):
        if override.get("ContentType") in _WORKBOOK_TYPES:
            return str(override.get("PartName", "")).lstrip("/")
    if any(d.get("ContentType") in _WORKBOOK_TYPES for d in types.iter(f"{_CT}Default")):
        return DEFAULT_WORKBOOK
    return None


def uses_1904_dates(archive: zipfile.ZipFile) -> bool:
    """Whether the workbook counts its date serials from 1904 (``<workbookPr date1904="1"/>``, the old Mac
    system) rather than from 1900: the same date is then a number 1462 lower."""
    book_part = workbook_part(archive)
    try:
        book = fromstring(archive.read(book_part)) if book_part else None
    except (KeyError, ParseError):
        return False
    properties = book.find(f"{_MAIN}workbookPr") if book is not None else None
    flag = properties.get("date1904", "") if properties is not None else ""
    return flag.strip().lower() in ("1", "true")


def shared_strings_part(archive: zipfile.ZipFile) -> str | None:
    """The shared-strings part, found as openpyxl finds it: by its content type."""
    try:
        types = fromstring(archive.read("[Content_Types].xml"))
    except (KeyError, ParseError):
        return None
    for override in types.iter(f"{_CT}Override"):
        if override.get("ContentType") == _SHARED_STRINGS:
            return str(override.get("PartName", "")).lstrip("/")
    return None


def styles_part(archive: zipfile.ZipFile) -> str | None:
    """The styles part (the cells' number formats), found by its content type."""
    try:
        types = fromstring(archive.read("[Content_Types].xml"))
    except (KeyError, ParseError):
        return None
    for override in types.iter(f"{_CT}Override"):
        if override.get("ContentType") == _STYLES:
            return str(override.get("PartName", "")).lstrip("/")
    return None


def resolve(source: str, target: str) -> str:
    """A relationship's target from ``source``'s relationships, as a part name in the archive."""
    if target.startswith("/"):
        return target[1:]
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def rels_path(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> the part openpyxl will read it from (only parts that exist in the archive)."""
    book_part = workbook_part(archive)
    if book_part is None:
        return {}
    try:
        book = fromstring(archive.read(book_part))
        rels = fromstring(archive.read(rels_path(book_part)))
    except (KeyError, ParseError):
        return {}
    targets = {
        rel.get("Id"): resolve(book_part, rel.get("Target", ""))
        for rel in rels.iter(f"{_PKG}Relationship")
        if rel.get("TargetMode") != "External"
    }
    names = set(archive.namelist())
    parts: dict[str, str] = {}
    for sheet in book.iter(f"{_MAIN}sheet"):
        part = targets.get(sheet.get(f"{_REL}id"))
        if part in names:
            parts[sheet.get("name", "")] = part
    return parts
