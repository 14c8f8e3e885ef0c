"""An OpenDocument spreadsheet's size as it will be once read, before it is read.

A cell can say it repeats (``table:number-columns-repeated``, ``table:number-rows-repeated``): a few
bytes can stand for billions of cells, and a reader that expands them (calamine builds a dense range
over every cell with content) runs out of memory. The content is streamed once to find how far the
cells with content reach; a sheet reaching too far is refused in one sentence naming it.
"""

from __future__ import annotations

import zipfile

from lxml import etree

from canvasgen.errors import CanvasError, Location

MAX_AREA = 4_000_000  # rows x columns spanned by a sheet's cells with content

_T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def check_repeats(archive: zipfile.ZipFile, name: str) -> None:
    """Refuse a sheet whose repeated cells would span more than ``MAX_AREA`` cells."""
    try:
        handle = archive.open("content.xml")
    except KeyError:
        raise CanvasError(name, "the OpenDocument spreadsheet has no content.xml part") from None
    with handle:
        events = etree.iterparse(handle, events=("start", "end"), tag=(f"{_T}table", f"{_T}table-row"),
                                 resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)  # fmt: skip
        try:
            _walk(events, name)
        except etree.XMLSyntaxError as error:
            raise CanvasError(
                name,
                f"the OpenDocument spreadsheet cannot be read (its content.xml is not well-formed: {error.msg}); "
                "open it in LibreOffice and save it again",
            ) from None


def _walk(events: etree.iterparse, name: str) -> None:
    sheet, row, top, bottom, right = "", 0, None, 0, 0
    for event, element in events:
        if element.tag == f"{_T}table":
            if event == "start":
                sheet, row, top, bottom, right = element.get(f"{_T}name", ""), 0, None, 0, 0
            else:
                element.clear()
            continue
        if event == "start":
            continue
        repeat = _count(element.get(f"{_T}number-rows-repeated"))
        reach = _reach(element)
        if reach:
            top = row if top is None else top
            bottom, right = row + repeat, max(right, reach)
            if (bottom - top) * right > MAX_AREA:
                raise CanvasError(
                    Location(name, sheet),
                    f"refused: its repeated cells would span over {MAX_AREA:,} cells (a canvas has a few hundred); "
                    "open it in LibreOffice, delete the rows and columns after the canvas and save it again",
                )
        row += repeat
        element.clear()
        while element.getprevious() is not None:
            del element.getparent()[0]


def _reach(row: etree._Element) -> int:
    """How many columns the row's cells reach up to its last cell with content (0: none)."""
    column, reach = 0, 0
    for cell in row:
        repeat = _count(cell.get(f"{_T}number-columns-repeated"))
        column += repeat
        if len(cell) or cell.get(f"{_O}value-type"):
            reach = column
    return reach


def _count(text: str | None) -> int:
    return int(text) if text and text.isdigit() else 1
