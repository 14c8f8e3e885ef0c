"""Taking the weight out of a sheet before openpyxl sees it, and reading what it holds.

openpyxl makes an object for every cell that exists in the file, content or not,
and one for every cell inside a merged range. A sheet with a million empty
styled rows, or a merge over the whole sheet, would take minutes and gigabytes.
Empty cells carry no text and a merge only says "count once", so both can be
left out without losing a word: empty cells are dropped, oversized merges are
dropped with a warning, and a sheet still too large is refused in one sentence.

The fast rewrite is done with patterns that allow any namespace prefix and
attribute order; what the sheet then holds (cells, merges, formulas without a
value) is read with an XML parser, streaming, so the checks see what openpyxl
will see: a merge the patterns missed is refused, never loaded.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from lxml import etree
from openpyxl.utils.cell import get_column_letter, range_boundaries

from canvasgen.read.package.references import column_of, row_of

MAX_CELLS = 1_000_000  # cells, per workbook
MAX_MERGE_AREA = 100_000  # cells inside one merged range
MAX_MERGED_CELLS = 500_000  # cells inside merged ranges, per sheet
LIGHT_SHEET = 2 * 1024 * 1024  # sheets smaller than this are left as they are

_P = rb"<(?:[A-Za-z_][\w.-]*:)?"  # an element's start, with any namespace prefix
_EMPTY_CELL = re.compile(_P + rb"c\b[^>]*/>")
_EMPTY_ROW = re.compile(_P + rb"row\b[^>]*/>|<((?:[A-Za-z_][\w.-]*:)?row)\b[^>]*>\s*</\1>")
_MERGE = re.compile(_P + rb"mergeCell\b[^>]*?\bref\s*=\s*([\"'])([^\"']*)\1[^>]*/>")


_ESCAPE = re.compile(rb"_x([0-9A-Fa-f]{4})_")
_KEPT_CONTROLS = {0x09, 0x0A, 0x0D}


def decode_escapes(data: bytes) -> bytes:
    """Excel's ``_xHHHH_`` escapes in a part's XML turned into the characters they stand for (a carriage
    return is saved as ``_x000D_``; a literal ``_x0041_`` as ``_x005F_x0041_``), as character references
    so that the XML stays well-formed. Control characters XML cannot hold are dropped: they draw nothing.
    Returns ``data`` itself when there is nothing to decode."""
    if b"_x" not in data:
        return data

    def char(match: re.Match[bytes]) -> bytes:
        code = int(match.group(1), 16)
        if code == 0x5F:
            return b"_"
        if (code < 0x20 and code not in _KEPT_CONTROLS) or 0xD800 <= code <= 0xDFFF or code >= 0xFFFE:
            return b""
        return b"&#%d;" % code

    decoded = _ESCAPE.sub(char, data)
    return decoded if decoded != data else data


class BrokenSheet(ValueError):
    """The sheet's XML cannot be parsed, or holds a merge too large to load."""


@dataclass
class Cleaned:
    data: bytes
    cells: int  # every cell element openpyxl will make an object for
    dropped_merges: list[str] = field(default_factory=list)
    changed: bool = False
    uncalculated: list[str] = field(default_factory=list)  # cells whose formula has no saved value


def clean_sheet(data: bytes) -> Cleaned:
    changed = False
    if len(data) > LIGHT_SHEET:
        slim = _EMPTY_ROW.sub(b"", _EMPTY_CELL.sub(b"", data))
        changed = len(slim) != len(data)
        data = slim
    dropped: list[str] = []
    budget = MAX_MERGED_CELLS

    def keep(match: re.Match[bytes]) -> bytes:
        nonlocal budget
        ref = match.group(2).decode("ascii", "replace")
        area = merge_area(ref)
        if area is None or area > MAX_MERGE_AREA or area > budget:
            dropped.append(ref)
            return b""
        budget -= area
        return match.group(0)

    if b"mergeCell" in data:
        merged = _MERGE.sub(keep, data)
        if dropped:
            data, changed = merged, True
    cells, merges, uncalculated = scan(data)
    if sum(merge_area(ref) or MAX_MERGE_AREA + 1 for ref in merges) > MAX_MERGED_CELLS:
        raise BrokenSheet("its merged ranges cover too many cells to be read safely")
    return Cleaned(data, cells, dropped, changed, uncalculated)


def merge_area(ref: str) -> int | None:
    try:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
    except (ValueError, TypeError):
        return None
    if min_col is None or min_row is None or max_col is None or max_row is None:
        return None
    return int((max_col - min_col + 1) * (max_row - min_row + 1))


def scan(data: bytes) -> tuple[int, list[str], list[str]]:
    """Cells, merged ranges and cells with a formula but no saved value, read by a streaming parser
    (any prefix, any attribute order), in memory bounded by a row."""
    cells, merges, uncalculated = 0, [], []
    row, column = 0, 0
    events = etree.iterparse(
        io.BytesIO(data), events=("start", "end"), tag=("{*}row", "{*}c", "{*}mergeCell"),
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True, remove_comments=True,
    )  # fmt: skip
    try:
        for event, element in events:
            local = element.tag.rpartition("}")[2]
            if event == "start":
                if local == "row":
                    row, column = row_of(element.get("r"), row + 1), 0
                continue
            if local == "c":
                cells += 1
                ref = element.get("r")
                column = column_of(ref, column + 1)
                if _uncalculated(element):
                    uncalculated.append(ref or f"{get_column_letter(column)}{row}")
            elif local == "mergeCell":
                merges.append(element.get("ref", ""))
            element.clear()  # what was read is let go: memory stays bounded by one row
            while element.getprevious() is not None:
                del element.getparent()[0]
    except etree.XMLSyntaxError as error:
        raise BrokenSheet(f"its XML is not well-formed ({error.msg})") from None
    return cells, merges, uncalculated


def _uncalculated(cell: etree._Element) -> bool:
    formula = value = False
    for child in cell:
        name = child.tag.rpartition("}")[2] if isinstance(child.tag, str) else ""
        formula |= name == "f"
        value |= (name == "v" and bool(child.text)) or name == "is"
    return formula and not value
