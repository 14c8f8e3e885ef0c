"""Taking the weight out of a sheet before openpyxl sees it.

openpyxl makes an object for every cell that exists in the file, content or not,
and one for every cell inside a merged range. A sheet with a million empty
styled rows, or a merge over the whole sheet, would take minutes and gigabytes.
Empty cells carry no text and a merge only says "count once", so both can be
left out without losing a word: empty cells are dropped, oversized merges are
dropped with a warning, and a sheet still too large is refused in one sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from openpyxl.utils.cell import range_boundaries

MAX_CELLS = 1_000_000  # cells with content, per workbook
MAX_MERGE_AREA = 100_000  # cells inside one merged range
MAX_MERGED_CELLS = 500_000  # cells inside merged ranges, per sheet
LIGHT_SHEET = 2 * 1024 * 1024  # sheets smaller than this are left as they are

_EMPTY_CELL = re.compile(rb"<c\b[^>]*/>")
_EMPTY_ROW = re.compile(rb"<row\b[^>]*/>|<row\b[^>]*>\s*</row>")
_MERGE = re.compile(rb'<mergeCell\b[^>]*ref="([A-Z]{1,3}[0-9]{1,7}(?::[A-Z]{1,3}[0-9]{1,7})?)"[^>]*/>')
_CELL = re.compile(rb"<c\b")


@dataclass
class Cleaned:
    data: bytes
    cells: int
    dropped_merges: list[str] = field(default_factory=list)
    changed: bool = False


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
        ref = match.group(1).decode()
        min_col, min_row, max_col, max_row = range_boundaries(ref)
        area = (max_col - min_col + 1) * (max_row - min_row + 1)
        if area > MAX_MERGE_AREA or area > budget:
            dropped.append(ref)
            return b""
        budget -= area
        return match.group(0)

    if b"<mergeCell" in data:
        merged = _MERGE.sub(keep, data)
        if dropped:
            data, changed = merged, True
    return Cleaned(data, len(_CELL.findall(data)), dropped, changed)
