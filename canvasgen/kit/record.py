"""What the kit keeps in its changes workbook for ``apply``, on a very hidden sheet: each card's text as
it was printed, by card ID (teams sort and filter the changes sheet, so never by row), the canvasgen
version and the reading corrections the kit was made with, and the workbook it was made from.

With it ``apply`` tells text the team typed over a card's text (a change) from a card edited in the
workbook since the kit was made (refused), and warns when it reads the workbook otherwise than the kit
did. A changes workbook made by an older canvasgen has no such sheet (``read_record`` gives None).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from canvasgen.model import value_text
from canvasgen.render.xlsx.cells import set_text
from canvasgen.vocabulary import KIT_RECORD_SHEET

RECORD_SHEET = KIT_RECORD_SHEET
_HEADER_ROW = 6
_KEYS = ("canvasgen", "reading", "workbook")


@dataclass(frozen=True)
class KitRecord:
    version: str  # the canvasgen that made the kit
    reading: str  # its reading corrections, as ``excel.corrections.to_record`` writes them ("" for none)
    workbook: str  # the name of the workbook the kit was made from
    printed: dict[str, str] = field(default_factory=dict)  # card ID -> the card's text as printed


def write_record(book: Workbook, record: KitRecord) -> None:
    sheet = book.create_sheet(RECORD_SHEET)
    sheet.sheet_state = "veryHidden"  # out of sight, and out of reach of an accidental "unhide"
    for row, (key, value) in enumerate(zip(_KEYS, (record.version, record.reading, record.workbook)), start=1):
        set_text(sheet.cell(row, 1), key)
        set_text(sheet.cell(row, 2), value)
    set_text(sheet.cell(_HEADER_ROW - 1, 1), "the cards' text as printed, by ID: do not edit")
    set_text(sheet.cell(_HEADER_ROW, 1), "ID")
    set_text(sheet.cell(_HEADER_ROW, 2), "printed")
    for row, (card, text) in enumerate(record.printed.items(), start=_HEADER_ROW + 1):
        set_text(sheet.cell(row, 1), card)
        set_text(sheet.cell(row, 2), text)


def read_record(book: Workbook) -> KitRecord | None:
    """The kit's record, or None when the workbook has none (made by an older canvasgen)."""
    if RECORD_SHEET not in book.sheetnames:
        return None
    sheet: Worksheet = book[RECORD_SHEET]
    rows = [["" if v is None else value_text(v) for v in row[:2]] for row in sheet.iter_rows(values_only=True)]
    rows = [row + [""] * (2 - len(row)) for row in rows]
    head = {row[0]: row[1] for row in rows[: _HEADER_ROW - 1]}
    printed = {row[0].strip(): row[1] for row in rows[_HEADER_ROW:] if row[0].strip()}
    return KitRecord(head.get("canvasgen", ""), head.get("reading", ""), head.get("workbook", ""), printed)
