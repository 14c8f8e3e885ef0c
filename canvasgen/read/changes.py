"""Reading back the changes workbook the team filled in (written by ``render.xlsx.changes_sheet``): every
row as the team left it, in either language's words and their synonyms, wherever the header row sits;
with the kit's record of the printed texts when the workbook has one.

Every sheet with the changes sheet's header row is read: a team that copied the sheet for a second group
has its rows applied too (``ChangesBook.sheets`` names them). A value Excel turned into a number or a date
is read as Excel shows it (``read.shown``); an error value (``#NAME?`` for text typed as "+ ...") is
refused with its cell, never taken for the team's words.

The record is what the kit keeps in its changes workbook for ``apply``, on a very hidden, protected sheet:
each card's text as it was printed, with its phase and lane, by card ID (teams sort and filter the changes
sheet, so never by row), the canvas's phases as the drop-down offered them, the canvasgen version and the
reading corrections the kit was made with, the workbook it was made from, and a checksum over all of it.
With it ``apply`` tells text the team typed over a card's text (a change) from a card edited in the
workbook since the kit was made (refused), a card moved to another phase or lane, and a phase renamed
since the kit. A record whose checksum no longer matches (someone unhid the sheet and edited it:
LibreOffice saves a very hidden sheet as a plain hidden one) is not trusted: ``apply`` says so and reads
the workbook as for a changes workbook of an older canvasgen, which has no record (``record`` None).
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import coordinate_from_string
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from canvasgen.errors import CanvasError, CanvasWarning, Location, ReadError, display_name, what_to_do
from canvasgen.model import value_text
from canvasgen.read.file_kind import by_first_bytes
from canvasgen.read.formats import OLE_MAGIC, ZIP_MAGIC
from canvasgen.read.package.safety import check_file, looks_like_text, open_workbook
from canvasgen.read.shown import displayed, shown_when
from canvasgen.text import label_key
from canvasgen.vocabulary import KIT_RECORD_SHEET
from canvasgen.words import GAP_ACTIONS_HEADER, GAP_SHEETS, KIT_ACTIONS, KIT_WORDS, LANGUAGES

#: The kit's record: a very hidden sheet, its keys in rows 1-5, the printed texts under a header row.
RECORD_SHEET = KIT_RECORD_SHEET
RECORD_HEADER_ROW = 6
RECORD_KEYS = ("canvasgen", "reading", "workbook", "phases", "checksum")


@dataclass(frozen=True)
class KitRecord:
    version: str  # the canvasgen that made the kit
    reading: str  # its reading corrections, as ``read.corrections.to_record`` writes them ("" for none)
    workbook: str  # the name of the workbook the kit was made from
    printed: dict[str, str] = field(default_factory=dict)  # card ID -> the card's text as printed
    places: dict[str, tuple[str, str]] = field(default_factory=dict)  # card ID -> (phase, lane) as printed
    phases: tuple[str, ...] = ()  # the phases the drop-down offered, in order

    def checksum(self) -> str:
        """What the record says, summed up: a record edited since the kit no longer matches it."""
        said = [
            self.version,
            self.reading,
            self.workbook,
            sorted(self.printed.items()),
            sorted((k, list(v)) for k, v in self.places.items()),
            list(self.phases),
        ]
        return hashlib.sha256(json.dumps(said, ensure_ascii=False).encode()).hexdigest()[:16]


_FIELDS = ("col_id", "col_phase", "col_lane", "col_text", "col_action", "col_new", "col_note")
_READ = ("col_id", "col_phase", "col_lane", "col_text", "col_action", "col_new", "col_note")


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
    #: The column letter of each field in the row's sheet ("col_phase": "B"), to name the cell of a problem.
    columns: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    #: For a new card, the Text column when Nieuwe tekst was filled too (the new text is the card's).
    other_text: str = ""
    #: The language of the row's sheet ("nl"): a lane may be named by its role's label in it.
    language: str = ""
    #: The card this row moves (its ID), where the row is the card's new place (``analysis.changes``): its
    #: problems say "the moved card", never "a new card".
    moving: str = ""

    def cell(self, key: str) -> str:
        """The reference of one of the row's cells ("B71"), its ID's when the sheet has no such column."""
        return f"{self.columns.get(key, 'A')}{self.row}"

    @property
    def key(self) -> str:
        """The card ID the row names, as every step matches it (``card_key``)."""
        return card_key(self.id)


#: What a team types between an ID's parts for the kit's hyphen: a dash Word or Outlook made of it (en dash, em
#: dash, minus), an underscore, spaces; runs of them, with spaces around ("F4 – KP – 01"), are one hyphen.
_ID_SEPARATORS = re.compile(r"(?:[\s_\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d])+")


def card_key(written: str) -> str:
    """A card ID as typed ("f1-kp-02 ", with a no-break space Excel pasted; "F4–KP–01", "F4_KP_01", "F4 KP 01")
    as the kit printed it ("F1-KP-02"): the one normalisation of IDs, wherever a row is matched to a card or to
    the kit's record (``compact_key`` for an ID typed with no separators at all)."""
    return _ID_SEPARATORS.sub("-", written.strip()).strip("-").upper()


def compact_key(written: str) -> str:
    """An ID's letters and digits alone ("F4KP01" for "F4-KP-01"): an ID typed without its hyphens, or with a
    space inside a part ("F 4-KP-01"), is the one card whose ID this is too (``resolve_ids``)."""
    return "".join(ch for ch in written.upper() if ch.isalnum())


def resolve_ids(book: ChangesBook, known: Iterable[str]) -> None:
    """Each row whose ID is no card's as typed but is one card's letters and digits alone ("F4KP01") names
    that card: its ID is read as that card's (two cards alike so are never guessed between: the row stays, and
    is refused naming no card)."""
    names = set(known)
    by_compact: dict[str, set[str]] = {}
    for name in names:
        by_compact.setdefault(compact_key(name), set()).add(name)

    def meant(key: str) -> str:
        alike = by_compact.get(compact_key(key), set()) if key and key not in names else set()
        return next(iter(alike)) if len(alike) == 1 else key

    book.rows = [replace(row, id=meant(row.key)) if meant(row.key) != row.key else row for row in book.rows]
    book.unread = {meant(key) for key in book.unread}


@dataclass(frozen=True)
class TeamNote:
    """What the team wrote in a row's note column: never a card's text, never dropped either (``apply``
    says each one, with its cell)."""

    where: Location
    card_id: str  # the row's card ID ("" for a row without one)
    text: str


@dataclass
class ChangesBook:
    """What the changes workbook says: its rows, the rows that cannot be understood, what to warn about,
    and the kit's record (None for a workbook made by an older canvasgen, or whose record was edited)."""

    path: Path
    rows: list[Change] = field(default_factory=list)
    errors: list[CanvasError] = field(default_factory=list)
    warnings: list[CanvasWarning] = field(default_factory=list)
    record: KitRecord | None = None
    sheets: list[str] = field(default_factory=list)  # the changes sheets read, in the workbook's order
    record_edited: bool = False  # the record was there, but edited since the kit: not used
    notes: list[TeamNote] = field(default_factory=list)  # the note column's texts, in row order
    #: The rows whose new text is what their card already says: written by the team, changing nothing (counted).
    as_asked: list[Change] = field(default_factory=list)
    #: The language of its (first) changes sheet, the kit's (``kit --lang``): the cards' dates were printed
    #: in it ("15 December 2026"), and are read in it again; None before a sheet is found.
    language: str | None = None
    #: The warnings that say a row's removal will be done (a score taken out), by row: unsaid when the row's
    #: cell then refuses it, so that a refused row is never first announced as done.
    announced: dict[Change, CanvasWarning] = field(default_factory=dict)
    #: The card IDs (``card_key``) of rows that are in the sheet but could not be read (an unknown action, an
    #: error value): refused with their cells, never taken for rows the team took out.
    unread: set[str] = field(default_factory=set)

    def unsay(self, rows: set[Change], *said: list[CanvasWarning]) -> None:
        """Take the announcements of these rows (refused after all) out of the warnings to be said."""
        gone = [warning for row, warning in self.announced.items() if row in rows]
        for warnings in (self.warnings, *said):
            warnings[:] = [w for w in warnings if not any(w is g for g in gone)]


#: Every action word of every language, with its synonyms and the forms a team writes after the workshop
#: ("verwijderd", "removed"), by its key.
ACTION_WORDS = {
    label_key(word): Action(key)
    for language in LANGUAGES
    for key, words in KIT_ACTIONS[language].items()
    for word in words.split(",")
}


def read_changes(path: Path) -> ChangesBook:
    """Every row with an ID or a new card's text, of every changes sheet, and every row that cannot be
    understood."""
    name = display_name(path)
    check_file(path, name)
    _refuse_other_kinds(path, name)
    opened = open_workbook(path, name)
    book = ChangesBook(path)
    for sheet in opened.workbook.worksheets:
        if sheet.title == RECORD_SHEET:
            continue
        found = _header(sheet)
        if found is None:
            continue
        header, columns, language = found
        book.sheets.append(sheet.title)
        book.language = book.language or language
        _changes(book, sheet, header, columns, language)
        book.warnings += _uncalculated(opened.warnings, sheet.title, columns)
    if not book.sheets and _gap_report(opened.workbook):
        raise ReadError(
            name,
            "this is a gap report canvasgen wrote, not the changes workbook of a workshop kit: its action list is "
            "the team's to fill in; to change the canvas, "
            + what_to_do(
                "make a kit of it (canvasgen kit) and apply its changes",
                'make a kit of it on the tab "{tab_kit}" and apply its changes',
            ),
        )
    if not book.sheets:
        headers = " | ".join(KIT_WORDS["nl"][k] for k in _FIELDS)
        raise ReadError(
            name,
            f"no changes sheet found: expected a header row {headers} "
            + what_to_do(
                "(made by `canvasgen kit`); if this is the canvas, give the arguments the other way round: "
                "canvasgen apply CANVAS.xlsx CHANGES.xlsx -o NEW.xlsx",
                '(made on the tab "{tab_kit}"); if this is the canvas, choose the files the other way round: the '
                'canvas as "{canvas}", the filled-in changes sheet as "{changes}" below it',
            ),
        )
    if len(book.sheets) > 1:
        book.warnings.append(
            CanvasWarning(
                Location(name),
                f"{len(book.sheets)} changes sheets "
                f"({', '.join(book.sheets)}): the rows of all of them are applied; "
                "rows of two sheets that ask different things of one card are "
                "refused",
            )
        )
    book.record = _trusted(opened.workbook, book)
    if book.record is not None and not book.record.phases:  # an older kit: its drop-down's list of phases
        book.record = replace(book.record, phases=_listed_phases(opened.workbook))
    return book


def _gap_report(book: Workbook) -> bool:
    """Whether a sheet of the workbook has the gap report's action list's header row, in any of its languages."""
    headers = {tuple(words[key] for key in GAP_ACTIONS_HEADER) for words in GAP_SHEETS.values()}
    width = len(GAP_ACTIONS_HEADER)
    for sheet in book.worksheets:
        first = next(sheet.iter_rows(max_row=1, max_col=width, values_only=True), ())
        if tuple(value_text(v) if v is not None else "" for v in first) in headers:
            return True
    return False


def _refuse_other_kinds(path: Path, name: str) -> None:
    """A changes workbook saved as another kind of file (.xls, .csv, .ods): said as what it is."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    if head.startswith(ZIP_MAGIC) and b"opendocument" not in head[:100]:
        return  # an Excel package: the opener checks the rest
    kind = (
        "an OpenDocument spreadsheet (.ods)"
        if head.startswith(ZIP_MAGIC)
        else "an Excel 97-2003 workbook (.xls)"
        if head.startswith(OLE_MAGIC)
        else by_first_bytes(head[:8]) or ("a text (CSV) file" if looks_like_text(head) else "no workbook")
    )
    raise ReadError(
        name,
        f"this is {kind}, not the changes workbook the kit wrote (an Excel workbook, .xlsx): "
        "give the .xlsx the kit made, or open this file in Excel and save it as an Excel "
        "workbook (.xlsx); its sheet and columns must stay as the kit wrote them",
    )


def _listed_phases(book: Workbook) -> tuple[str, ...]:
    """The phases the new cards' drop-down offered, from the kit's hidden lists sheet (its second column)."""
    for language in LANGUAGES:
        name = KIT_WORDS[language]["lists_sheet"]
        if name in book.sheetnames:
            column = book[name].iter_rows(min_col=2, max_col=2, values_only=True)
            return tuple(value_text(row[0]) for row in column if row and row[0] is not None)
    return ()


def _header(sheet: Worksheet) -> tuple[int, dict[str, int], str] | None:
    """The header row of a changes sheet (in its first ten rows), the column of each field, the language."""
    for number, row in enumerate(sheet.iter_rows(max_row=10, values_only=True), start=1):
        keys = [label_key(value_text(v)) if v is not None else "" for v in row]
        for language in LANGUAGES:
            wanted = {f: label_key(KIT_WORDS[language][f]) for f in _FIELDS}
            if all(w in keys for f, w in wanted.items() if f != "col_note"):
                return number, {f: keys.index(w) for f, w in wanted.items() if w in keys}, language
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
        said.append(
            CanvasWarning(
                where,
                f"row {row}: {what} is a formula without a calculated value (the file was "
                "never opened and saved in Excel); read as empty",
            )
        )
    return said


def _changes(book: ChangesBook, sheet: Worksheet, header: int, columns: dict[str, int], language: str) -> None:
    name = display_name(book.path)
    letters = {f: get_column_letter(c + 1) for f, c in columns.items()}
    for number, row in enumerate(sheet.iter_rows(min_row=header + 1), start=header + 1):
        values: dict[str, str] = {}
        broken = False
        for key in _READ:
            index = columns.get(key)
            cell = row[index] if index is not None and index < len(row) else None
            if isinstance(cell, Cell) and cell.data_type == "e" and cell.value is not None:
                where = Location(name, sheet.title, cell.coordinate)
                if key == "col_note":  # a remark, never what the row asks: said, and the row still applied
                    book.warnings.append(
                        CanvasWarning(where, f"row {number}: the note shows {cell.value}; read as no note")
                    )
                    continue
                book.errors.append(ReadError(where, _error_value(number, cell)))
                broken = True
                continue
            shown = displayed(cell.value, cell.number_format, language) if isinstance(cell, Cell) else ""
            if key == "col_phase" and isinstance(cell, Cell) and isinstance(cell.value, dt.date):
                # a phase named by a date, typed in the phase column: Excel made it a date; read as the kit
                # printed the canvas's date phases (its name everywhere a message names it), not as a serial
                shown = shown_when(cell.value, cell.number_format, language)
            values[key] = shown.strip()
        if broken:
            book.unread.add(card_key(_id_of(row, columns)))
            continue
        note = values.pop("col_note", "")
        if note and not any(  # the same note on the same card in a copy of the sheet: said once
            n.card_id == values.get("col_id", "") and n.text == note and n.where.sheet != sheet.title
            for n in book.notes
        ):
            where = Location(name, sheet.title, f"{letters['col_note']}{number}")
            book.notes.append(TeamNote(where, values.get("col_id", ""), note))
        change = _change(book, number, sheet.title, values, letters, language)
        if change is not None:
            book.rows.append(change)


def _id_of(row: tuple[Cell | object, ...], columns: dict[str, int]) -> str:
    """The ID a row of the sheet names, as written ("" for none, or an error value in its cell)."""
    index = columns["col_id"]
    cell = row[index] if index < len(row) else None
    if not isinstance(cell, Cell) or cell.value is None or cell.data_type == "e":
        return ""
    return value_text(cell.value)


def _error_value(row: int, cell: Cell) -> str:
    return (
        f"row {row}: cell {cell.coordinate} shows the error {cell.value} instead of text (Excel took what "
        "was typed for a formula, as it does with text starting with '+', '-' or '='); type the text again "
        "with an apostrophe before it ('+ ...)"
    )


def _change(
    book: ChangesBook, number: int, sheet: str, values: dict[str, str], letters: dict[str, str], language: str
) -> Change | None:
    """The row as a change; None for an empty row, or one whose action cannot be read (an error)."""
    card_id, action_text = values.get("col_id", ""), values.get("col_action", "")
    text, new_text = values.get("col_text", ""), values.get("col_new", "")
    phase, lane = values.get("col_phase", ""), values.get("col_lane", "")
    action = ACTION_WORDS.get(label_key(action_text)) if action_text else None
    if action_text and action is None:
        book.unread.add(card_key(card_id))
        book.errors.append(
            ReadError(
                Location.of(book.path, sheet, f"{letters['col_action']}{number}"),
                f"row {number}: unknown action {action_text!r}{_unknown_action(action_text, language)}",
            )
        )
        return None
    if card_id:
        return Change(number, sheet, card_id, phase, lane, text, action, new_text, letters, language=language)
    if not (new_text or text):
        return None
    # A row without an ID: a new card (without its phase or lane it is refused, never dropped), or a row that
    # names an existing card by its text (``analysis.changes`` tells them apart by the action and the text).
    other = text if new_text and text and " ".join(text.split()) != " ".join(new_text.split()) else ""
    written = new_text or text
    return Change(number, sheet, "", phase, lane, text, action or Action.ADD, written, letters, other, language)


def _unknown_action(typed: str, language: str) -> str:
    """What to write instead of an action word the sheet does not know: the closest one ("did you mean
    'change'?", a typing slip), then the sheet's own language's words, then the other languages' in short.
    A word as close to two actions' words names neither, and a word close to a removal's is never steered to
    another action ("eliminado" is no "editado"): a guess of the opposite action is worse than none."""
    own = [KIT_WORDS[language][k] for k in ("keep", "change", "remove")]
    guess = _closest_action_word(typed, language)
    hint = f": did you mean {guess!r}?" if guess else ""
    others = [lang for lang in LANGUAGES if lang != language]
    return f"{hint} (use {' / '.join(own)}; the other languages' words are read too: {', '.join(others)})"


#: How much closer a word must be to one action's words than to another's for a guess (difflib's ratio); and
#: to another action's than to a removal's, to be steered away from the removal it may well mean.
_GUESS_MARGIN = 0.1
_REMOVAL_MARGIN = 0.25


def _closest_action_word(typed: str, language: str) -> str | None:
    """The action word (the sheet's language first) closest to ``typed``, when one action is clearly the
    closest and it is no other action than a removal a removal's word is close to; else None."""
    key = label_key(typed)
    best: dict[Action, tuple[float, str]] = {}
    for lang in (language, *LANGUAGES):
        for action, words in KIT_ACTIONS[lang].items():
            for word in (w.strip() for w in words.split(",")):
                ratio = difflib.SequenceMatcher(None, key, label_key(word)).ratio()
                if ratio >= 0.6 and ratio > best.get(Action(action), (0.0, ""))[0]:
                    best[Action(action)] = (ratio, word)
    if not best:
        return None
    ranked = sorted(best.items(), key=lambda found: -found[1][0])
    action, (ratio, word) = ranked[0]
    if len(ranked) > 1 and ratio - ranked[1][1][0] < _GUESS_MARGIN:
        return None  # as close to two actions: naming one would be a guess of the meaning
    near_removal = Action.REMOVE in best and ratio - best[Action.REMOVE][0] < _REMOVAL_MARGIN
    return None if action is not Action.REMOVE and near_removal else word


def read_record(book: Workbook) -> KitRecord | None:
    """The kit's record, or None when the workbook has none (made by an older canvasgen)."""
    if RECORD_SHEET not in book.sheetnames:
        return None
    sheet: Worksheet = book[RECORD_SHEET]
    rows = [["" if v is None else value_text(v) for v in row[:4]] for row in sheet.iter_rows(values_only=True)]
    rows = [row + [""] * (4 - len(row)) for row in rows]
    head = {row[0]: row[1] for row in rows[: RECORD_HEADER_ROW - 1]}
    body = [row for row in rows[RECORD_HEADER_ROW:] if row[0].strip()]
    printed = {row[0].strip(): row[1] for row in body}
    places = {row[0].strip(): (row[2], row[3]) for row in body if row[2] or row[3]}
    return KitRecord(
        head.get("canvasgen", ""),
        head.get("reading", ""),
        head.get("workbook", ""),
        printed,
        places,
        _phases(head.get("phases", "")),
    )


def _phases(text: str) -> tuple[str, ...]:
    try:
        phases = json.loads(text) if text else []
    except (ValueError, RecursionError):
        return ()
    return tuple(str(p) for p in phases) if isinstance(phases, list) else ()


def record_checksum(book: Workbook) -> str:
    """The checksum the record was written with ("" when it has none: an older canvasgen's)."""
    sheet: Worksheet = book[RECORD_SHEET]
    for row in sheet.iter_rows(max_row=RECORD_HEADER_ROW - 1, max_col=2, values_only=True):
        if len(row) == 2 and row[0] == "checksum":
            return value_text(row[1]) if row[1] is not None else ""
    return ""


def _trusted(book: Workbook, changes: ChangesBook) -> KitRecord | None:
    """The record when it is as the kit wrote it; an edited one is said and left unused."""
    record = read_record(book)
    if record is None:
        return None
    written = record_checksum(book)
    if not written or written == record.checksum():
        return record if written else KitRecord(record.version, record.reading, record.workbook, record.printed)
    changes.record_edited = True
    changes.warnings.append(
        CanvasWarning(
            Location.of(changes.path, RECORD_SHEET),
            "the kit's record of the printed cards was edited since the kit was made "
            "(the sheet says 'do not edit'), so it is not used: the Text column is "
            "taken as printed and text typed over a card is refused; make a new kit "
            "to apply typed-over text",
        )
    )
    return None
