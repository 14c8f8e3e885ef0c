"""A new workbook canvasgen writes for a client (the kit's changes workbook, the gap report, the template):
its file properties name the brand kit's author, never the library that wrote it."""

from __future__ import annotations

from openpyxl import Workbook


def new_workbook(author: str = "") -> Workbook:
    """An empty workbook whose Author and Last modified by (File > Info) are ``author``, or none: openpyxl
    fills in "openpyxl" for the Author otherwise, which a client would see."""
    book = Workbook()
    book.properties.creator = author or None
    book.properties.lastModifiedBy = author or None
    return book
