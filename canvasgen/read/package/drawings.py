"""Words written in text boxes and shapes over a sheet, which openpyxl does not read.

Designers build canvases with sticky-note shapes over the grid. Each shape with text is taken as
if its text were typed into the first empty cell it covers (the cell under its top-left corner,
else the next one in its area, row by row); a shape over filled cells only is kept as a note. The
drawing parts come from the archive's parts already checked for size and entities, parsed by
defusedxml.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import ParseError, fromstring

from canvasgen.model import Item
from canvasgen.read.grid import Grid, Pos
from canvasgen.read.package.parts import rels_path, resolve

_XDR = "{http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DRAWING = "/relationships/drawing"
#: Shapes read per sheet at most: a canvas has dozens; a crafted file may hold millions.
MAX_SHAPES = 5_000


@dataclass(frozen=True)
class ShapeText:
    first: Pos  # the cell under the shape's top-left corner
    last: Pos  # the cell under its bottom-right corner
    text: str


def shape_texts(unpacked: dict[str, bytes], sheets: dict[str, str]) -> dict[str, list[ShapeText]]:
    """Sheet name -> the texts of its shapes, in the drawing's order (``sheets``: name -> part)."""
    found: dict[str, list[ShapeText]] = {}
    for sheet, part in sheets.items():
        texts = [shape for drawing in drawing_parts(unpacked, part) for shape in _shapes(unpacked.get(drawing))]
        if texts:
            found[sheet] = texts[:MAX_SHAPES]
    return found


def drawing_parts(unpacked: dict[str, bytes], sheet_part: str) -> list[str]:
    """The drawing parts of a sheet part (shapes and pictures over it)."""
    data = unpacked.get(rels_path(sheet_part))
    if data is None:
        return []
    try:
        rels = fromstring(data)
    except ParseError:
        return []
    return [
        resolve(sheet_part, rel.get("Target", ""))
        for rel in rels.iter(f"{_PKG}Relationship")
        if rel.get("Type", "").endswith(_DRAWING) and rel.get("TargetMode") != "External"
    ]


def anchors(data: bytes | None) -> list[tuple[Element, Pos]]:
    """A drawing part's anchors, each with the cell its top-left corner stands on: an absolute anchor,
    which stands on no cell, with the sheet's first; none where the part is missing or not XML."""
    if data is None:
        return []
    try:
        root = fromstring(data)
    except ParseError:
        return []
    return [(anchor, anchor_cell(anchor.find(f"{_XDR}from")) or (1, 1)) for anchor in root]


def _shapes(data: bytes | None) -> list[ShapeText]:
    shapes: list[ShapeText] = []
    for anchor, first in anchors(data):
        last = anchor_cell(anchor.find(f"{_XDR}to")) or first
        for shape in anchor.iter(f"{_XDR}sp"):  # a group holds several, each with its own words
            text = _text(shape.find(f"{_XDR}txBody"))
            if text:
                shapes.append(ShapeText(first, (max(last[0], first[0]), max(last[1], first[1])), text))
    return shapes


def anchor_cell(marker: Element | None) -> Pos | None:
    """The cell (row, column) an anchor's corner marker (``xdr:from``, ``xdr:to``) stands on."""
    if marker is None:
        return None
    row, col = marker.findtext(f"{_XDR}row"), marker.findtext(f"{_XDR}col")
    if row is None or col is None or not row.strip().isdigit() or not col.strip().isdigit():
        return None
    return int(row) + 1, int(col) + 1


def _text(body: Element | None) -> str:
    if body is None:
        return ""
    lines = ["".join(t.text or "" for t in p.iter(f"{_A}t")) for p in body.iter(f"{_A}p")]
    return "\n".join(line for line in lines if line.strip())


#: Cells of a shape's area looked at for an empty one: a shape spread over a whole sheet stops here.
_MAX_AREA = 400


def place_shapes(grid: Grid, shapes: list[ShapeText]) -> tuple[list[str], list[Item]]:
    """Each shape's text put in the first empty cell it covers; the cells it went to, and the texts of
    shapes over filled cells only (kept as notes, with the cell under their corner)."""
    placed: list[str] = []
    over_filled: list[Item] = []
    for shape in shapes:
        (r1, c1), (r2, c2) = shape.first, shape.last
        area = itertools.islice(((r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)), _MAX_AREA)
        spot = next((pos for pos in area if pos not in grid.cells and grid.owner(pos) not in grid.cells), None)
        if spot is not None and grid.put(spot, shape.text):
            placed.append(grid.ref(spot))
        else:
            over_filled.append(Item(" ".join(shape.text.split()), grid.source(shape.first)))
    return placed, over_filled
