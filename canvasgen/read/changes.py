"""Reading back the changes workbook the team filled in (written by ``render.xlsx.changes_sheet``): every
row as the team left it, in either language's words and their synonyms, wherever the header row sits;
with the kit's record of the printed texts when the workbook has one.

The record is what the kit keeps in its changes workbook for ``apply``, on a very hidden sheet: each
card's text as it was printed, by card ID (teams sort and filter the changes sheet, so never by row),
the canvasgen version and the reading corrections the kit was made with, and the workbook it was made
from. With it ``apply`` tells text the team typed over a card's text (a change) from a card edited in
the workbook since the kit was made (refused), and warns when it reads the workbook otherwise than the
kit did. A changes workbook made by an older canvasgen has no such sheet (``read_record`` gives None).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import coordinate_from_string
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from canvasgen.errors import CanvasError, CanvasWarning, Location
from canvasgen.model import value_text
from canvasgen.read.file_kind import by_first_bytes
from canvasgen.read.formats import OLE_MAGIC, ZIP_MAGIC
from canvasgen.read.package.safety import check_file, looks_like_text, open_workbook
from canvasgen.text import label_key
from canvasgen.vocabulary import KIT_RECORD_SHEET
from canvasgen.words import KIT_ACTIONS, KIT_WORDS, LANGUAGES

#: The kit's record: a very hidden sheet, its keys in rows 1-3, the printed texts under a header row.
RECORD_SHEET = KIT_RECORD_SHEET
RECORD_HEADER_ROW = 6
RECORD_KEYS = ("canvasgen", "reading", "workbook")


@dataclass(frozen=True)
class KitRecord:
    version: str  # the canvasgen that made the kit
    reading: str  # its reading corrections, as ``read.corrections.to_record`` writes them ("" for none)
    workbook: str  # the name of the workbook the kit was made from
    printed: dict[str, str] = field(default_factory=dict)  # card ID -> the card's text as printed


_FIELDS = ("col_id", "col_phase", "col_lane", "col_text", "col_action", "col_new", "col_note")


class Action(StrEnum):
    KEEP = "keep"
    CHANGE = "change"
    REMOVE = "remove"
    ADD = "add"  # a row without an ID: a new card


@dataclass(frozen=True)
class Change:
    row: int
    sheet: str
    id: str
    phase: str
    lane: str
    text: str  # the Text column as the team left it (typed over, or the card's text as printed)
    action: Action | None  # as written; None when the row names none
    new_text: str


@dataclass
class ChangesBook:
    """What the changes workbook says: its rows, the rows that cannot be understood, what to warn about,
    and the kit's record (None for a workbook made by an older canvasgen)."""

    path: Path
    rows: list[Change] = field(default_factory=list)
    errors: list[CanvasError] = field(default_factory=list)
    warnings: list[CanvasWarning] = field(default_factory=list)
    record: KitRecord | None = None


#: Every action word of every language, with its synonyms, by its key.
ACTION_WORDS = {
    label_key(word): Action(key)
    for language in LANGUAGES
    for key, words in KIT_ACTIONS[language].items()
    for word in words.split(",")
}


def read_changes(path: Path) -> ChangesBook:
    """Every row with an ID or a new card's text, and every row that cannot be understood."""
    name = str(path)
    check_file(path, name)
    _refuse_other_kinds(path, name)
    opened = open_workbook(path, name)
    for sheet in opened.workbook.worksheets:
        if sheet.title == RECORD_SHEET:
            continue
        rows = [["" if v is None else value_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        for number, row in enumerate(rows[:10], start=1):
            columns = _columns(row)
            if columns is not None:
                book = ChangesBook(path, record=read_record(opened.workbook))
                _changes(book, rows[number:], number, sheet.title, columns)
                book.warnings += _uncalculated(opened.warnings, sheet.title, columns)
                return book
    headers = " | ".join(KIT_WORDS["nl"][k] for k in _FIELDS)
    raise CanvasError(name, f"no changes sheet found: expected a header row {headers} (made by `canvasgen kit`); "
                            "if this is the canvas, give the arguments the other way round: canvasgen apply "
                            "CANVAS.xlsx CHANGES.xlsx -o NEW.xlsx")  # fmt: skip


def _refuse_other_kinds(path: Path, name: str) -> None:
    """A changes workbook saved as another kind of file (.xls, .csv, .ods): said as what it is."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    if head.startswith(ZIP_MAGIC) and b"opendocument" not in head[:100]:
        return  # an Excel package: the opener checks the rest
    kind = (
        "an OpenDocument spreadsheet (.ods)" if head.startswith(ZIP_MAGIC)
        else "an Excel 97-2003 workbook (.xls)" if head.startswith(OLE_MAGIC)
        else by_first_bytes(head[:8]) or ("a text (CSV) file" if looks_like_text(head) else "no workbook")
    )  # fmt: skip
    raise CanvasError(name, f"this is {kind}, not the changes workbook the kit wrote (an Excel workbook, .xlsx): "
                            "give the .xlsx the kit made, or open this file in Excel and save it as an Excel "
                            "workbook (.xlsx); its sheet and columns must stay as the kit wrote them")  # fmt: skip


def _columns(row: list[str]) -> dict[str, int] | None:
    """The column of each field when ``row`` is the header row (in Dutch or English)."""
    keys = [label_key(cell) for cell in row]
    for language in LANGUAGES:
        words = KIT_WORDS[language]
        wanted = {field: label_key(words[field]) for field in _FIELDS}
        if all(w in keys for f, w in wanted.items() if f != "col_note"):
            return {field: keys.index(w) for field, w in wanted.items() if w in keys}
    return None


def _uncalculated(warnings: list[CanvasWarning], sheet: str, columns: dict[str, int]) -> list[CanvasWarning]:
    """A formula in the changes sheet that Excel never calculated reads as empty: said with its row."""
    said = []
    for warning in warnings:
        where = warning.location
        if where.sheet != sheet or not where.cell or "formula" not in warning.message:
            continue
        try:
            letters, row = coordinate_from_string(where.cell)
        except ValueError:
            said.append(warning)
            continue
        action = letters == get_column_letter(columns["col_action"] + 1)
        what = "the action" if action else f"cell {where.cell}"
        said.append(CanvasWarning(where, f"row {row}: {what} is a formula without a calculated value (the file was "
                                         "never opened and saved in Excel); read as empty"))  # fmt: skip
    return said


def _changes(book: ChangesBook, rows: list[list[str]], header: int, sheet: str, columns: dict[str, int]) -> None:
    name = str(book.path)
    action_column = get_column_letter(columns["col_action"] + 1)
    for number, row in enumerate(rows, start=header + 1):

        def get(field: str, row: list[str] = row) -> str:
            index = columns.get(field)
            return row[index].strip() if index is not None and index < len(row) else ""

        card_id, action_text, new_text, text = get("col_id"), get("col_action"), get("col_new"), get("col_text")
        action = ACTION_WORDS.get(label_key(action_text)) if action_text else None
        if action_text and action is None:
            shown = " / ".join(KIT_WORDS[lang][k] for lang in LANGUAGES for k in ("keep", "change", "remove"))
            book.errors.append(CanvasError(Location(name, sheet, f"{action_column}{number}"),
                                           f"row {number}: unknown action {action_text!r} (use {shown}, "
                                           "or a synonym such as aanpassen, verwijderen, edit, delete)"))  # fmt: skip
            continue
        if not card_id:
            if new_text or text:  # a new card: without its phase or lane it is refused, never dropped
                written = new_text or text
                book.rows.append(Change(number, sheet, "", get("col_phase"), get("col_lane"), written, Action.ADD,
                                        written))  # fmt: skip
            continue
        book.rows.append(Change(number, sheet, card_id, get("col_phase"), get("col_lane"), text, action, new_text))


def read_record(book: Workbook) -> KitRecord | None:
    """The kit's record, or None when the workbook has none (made by an older canvasgen)."""
    if RECORD_SHEET not in book.sheetnames:
        return None
    sheet: Worksheet = book[RECORD_SHEET]
    rows = [["" if v is None else value_text(v) for v in row[:2]] for row in sheet.iter_rows(values_only=True)]
    rows = [row + [""] * (2 - len(row)) for row in rows]
    head = {row[0]: row[1] for row in rows[: RECORD_HEADER_ROW - 1]}
    printed = {row[0].strip(): row[1] for row in rows[RECORD_HEADER_ROW:] if row[0].strip()}
    return KitRecord(head.get("canvasgen", ""), head.get("reading", ""), head.get("workbook", ""), printed)
