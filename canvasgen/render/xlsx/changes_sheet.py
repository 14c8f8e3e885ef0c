"""The changes workbook the team fills in after the session: one row per card (ID, phase, lane, the
card's text, an action drop-down, the new text, a note), then empty rows for new cards with the phase
and the lane as drop-downs. The action's drop-down only warns: a synonym typed instead ("aanpassen",
"delete") is fine. A very hidden sheet keeps each card's printed text by ID and what the kit was made
with (the record, ``write_record``), and the workbook carries the fingerprint that keeps a filled-in copy
from being replaced (``render.xlsx.written``). ``apply`` reads it all back (``read.changes``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from canvasgen import __version__
from canvasgen.analysis.cards import Card, journey_key, phase_choice, shared_cards
from canvasgen.analysis.changes import score_scale
from canvasgen.analysis.places import lane_choices, phase_choices
from canvasgen.model import SCORE_LANE, Canvas
from canvasgen.read.changes import RECORD_HEADER_ROW, RECORD_KEYS, RECORD_SHEET, KitRecord
from canvasgen.render.xlsx.book import new_workbook, save_workbook
from canvasgen.render.xlsx.cells import set_text
from canvasgen.render.xlsx.print_setup import FONT_NAME, FONT_SIZE, fit_row, print_on_a4
from canvasgen.render.xlsx.written import stamp
from canvasgen.words import KIT_WORDS

COLUMNS = ("col_id", "col_phase", "col_lane", "col_text", "col_action", "col_new", "col_note")
# In characters of Calibri 11: together about the printable width of A4 landscape, so that the page is
# printed at (nearly) its real size; fit to one page wide all the same (print_on_a4).
WIDTHS = (9, 16, 17, 38, 10, 34, 20)
HEADER_ROW = 2  # row 1 says what to do
NEW_ROWS = 30  # empty rows for new cards


@dataclass(frozen=True)
class Choices:
    """What the drop-downs offer: the canvas's phases, and the lanes that take cards (not the score row), as
    the sheet writes them."""

    phases: list[str]
    lanes: list[str]


def choices_of(canvas: Canvas) -> Choices:
    """The drop-downs' lists, as ``apply`` reads them back (``analysis.places``)."""
    return Choices([name for name, _ in phase_choices(canvas)], lane_choices(canvas))


def write_changes(
    cards: list[Card],
    canvas: Canvas,
    language: str,
    out: Path,
    reading: str = "",
    workbook: str = "",
    shared: list[tuple[Card, list[int]]] | None = None,
    author: str = "",
) -> None:
    """The changes workbook of ``cards``; ``reading`` is the reading corrections the canvas was read with
    (``read.corrections.to_record``), ``workbook`` the name of the file it was read from, ``shared`` the cards'
    ``shared_cards`` where the caller has them."""
    words = KIT_WORDS[language]
    book = new_workbook(author)
    sheet = book.active
    sheet.title = words["changes_sheet"]
    lists = book.create_sheet(words["lists_sheet"])
    lists.sheet_state = "hidden"
    choices = choices_of(canvas)

    body, wrapped = Font(name=FONT_NAME, size=FONT_SIZE), Alignment(wrap_text=True, vertical="top")
    help_text = _help(shared_cards(canvas, cards) if shared is None else shared, canvas, words)
    help_text += "".join(f"\n{line}" for line in scores_help(cards, canvas, words))
    set_text(sheet.cell(1, 1), help_text)
    sheet.cell(1, 1).alignment, sheet.cell(1, 1).font = wrapped, body
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(COLUMNS))
    fit_row(sheet, 1, [(help_text, sum(WIDTHS), False)])
    bold = Font(name=FONT_NAME, size=FONT_SIZE, bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor="1F4E5F")
    for col, (key, width) in enumerate(zip(COLUMNS, WIDTHS), start=1):
        cell = sheet.cell(HEADER_ROW, col)
        set_text(cell, words[key])
        cell.font, cell.fill, cell.alignment = bold, head_fill, wrapped
        sheet.column_dimensions[get_column_letter(col)].width = width
    fit_row(sheet, HEADER_ROW, [(words[key], width, True) for key, width in zip(COLUMNS, WIDTHS)])
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 1)

    row = HEADER_ROW
    places: dict[str, tuple[str, str]] = {}
    for card in cards:
        row += 1
        phase = card_phase(card, canvas)
        places[card.id] = (phase, card.lane)
        values = (card.id, phase, card.lane, card.text)
        for col, value in enumerate(values, start=1):
            set_text(sheet.cell(row, col), value)
        for col in range(1, len(COLUMNS) + 1):
            sheet.cell(row, col).alignment, sheet.cell(row, col).font = wrapped, body
        fit_row(sheet, row, [(value, width, False) for value, width in zip(values, WIDTHS)])
        _as_text(sheet, row, (5, 6, 7))
    last_card = row
    row += 1
    set_text(sheet.cell(row, 2), words["new_cards"])
    sheet.cell(row, 2).font = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
    line = Border(top=Side(style="medium"))
    for col in range(1, len(COLUMNS) + 1):
        sheet.cell(row, col).border = line
    first_new, last_new = row + 1, row + NEW_ROWS
    for new in range(first_new, last_new + 1):
        _as_text(sheet, new, (2, 3, 4, 5, 6, 7))
        for col in range(1, len(COLUMNS) + 1):
            sheet.cell(new, col).alignment, sheet.cell(new, col).font = wrapped, body
    print_on_a4(sheet, HEADER_ROW, get_column_letter(len(COLUMNS)), last_new)

    actions = [words["keep"], words["change"], words["remove"]]
    _list_column(lists, 1, actions)
    _list_column(lists, 2, choices.phases)
    _list_column(lists, 3, choices.lanes)
    action = _drop_down(sheet, lists.title, 1, len(actions), f"E{HEADER_ROW + 1}:E{max(last_card, HEADER_ROW + 1)}")
    action.errorStyle, action.showErrorMessage = "warning", True  # a synonym may be typed: warn, never refuse
    action.errorTitle, action.error = words["action_error_title"], words["action_error"]
    _drop_down(sheet, lists.title, 2, len(choices.phases), f"B{first_new}:B{last_new}")
    _drop_down(sheet, lists.title, 3, len(choices.lanes), f"C{first_new}:C{last_new}")
    printed = {card.id: card.text for card in cards}
    write_record(book, KitRecord(__version__, reading, workbook, printed, places, tuple(choices.phases)))
    stamp(book)
    save_workbook(book, out)


def _help(shared: list[tuple[Card, list[int]]], canvas: Canvas, words: dict[str, str]) -> str:
    """What the sheet's first row says: what to do, the actions, which journey R1 is, the shared cells' rows."""
    help_text = f"{words['changes_help']}\n{words['changes_legend']}"
    if key := journey_key(canvas):  # "R1 · Operatie": which journey R1 is, said where the rows are filled in
        help_text += "\n" + words["journeys_key"].format(key=key)
    if shared:  # a stage list's cell in every persona's journey: one row, said
        listed = ", ".join(f"{card.id} ({card.item.source or card.lane})" for card, _ in shared[:6])
        help_text += "\n" + words["shared_key"].format(cards=listed + (", …" if len(shared) > 6 else ""))
    return help_text


def scores_help(cards: list[Card], canvas: Canvas, words: dict[str, str]) -> list[str]:
    """How the score rows' new scores are written, per scale the cards' scores are on: the score itself,
    signed only on a scale round zero (a "+1" on 1..5 would read as the score 1, so ``apply`` refuses it)."""
    scales = dict.fromkeys(score_scale(card, canvas) for card in cards if card.kind == SCORE_LANE)
    lines = []
    for scale in scales:
        example = scale.shown(scale.high - 1) + ("" if scale.low < 0 else words["scores_plain"])
        lines.append(words["scores_key"].format(scale=scale, example=example))
    return lines


def card_phase(card: Card, canvas: Canvas) -> str:
    """A card's phase as its row writes it ("Ideaal · Actie" when the canvas has several journeys)."""
    if card.journey is not None:
        return phase_choice(canvas, card.journey, card.phase_name)
    return card.phase_name


def _as_text(sheet, row: int, columns: tuple[int, ...]) -> None:  # type: ignore[no-untyped-def]
    """Cells formatted as text, so that Excel keeps what is typed as typed: "25%", "1-2" and "0612345678"
    stay text, and "+ extra service" is no formula."""
    for col in columns:
        sheet.cell(row, col).number_format = "@"


def _list_column(sheet, column: int, values: list[str]) -> None:  # type: ignore[no-untyped-def]
    for row, value in enumerate(values, start=1):
        set_text(sheet.cell(row, column), value)


def _drop_down(sheet, lists: str, column: int, count: int, cells: str) -> DataValidation:  # type: ignore[no-untyped-def]
    letter = get_column_letter(column)
    source = f"'{lists}'!${letter}$1:${letter}${max(count, 1)}"
    check = DataValidation(type="list", formula1=source, allow_blank=True)
    check.add(cells)
    sheet.add_data_validation(check)
    return check


def write_record(book: Workbook, record: KitRecord) -> None:
    """The kit's record (see ``read.changes``) on a very hidden, protected sheet of ``book``."""
    sheet = book.create_sheet(RECORD_SHEET)
    sheet.sheet_state = "veryHidden"  # out of sight, and out of reach of an accidental "unhide"
    sheet.protection.sheet = True  # LibreOffice saves it as a plain hidden sheet: unhidden, still not typed in
    values = (
        record.version,
        record.reading,
        record.workbook,
        json.dumps(list(record.phases), ensure_ascii=False),
        record.checksum(),
    )
    for row, (key, value) in enumerate(zip(RECORD_KEYS, values), start=1):
        set_text(sheet.cell(row, 1), key)
        set_text(sheet.cell(row, 2), value)
    set_text(sheet.cell(1, 4), "canvasgen apply reads this sheet: do not edit (an edited record is not used)")
    for col, head in enumerate(("ID", "printed", "phase", "lane"), start=1):
        set_text(sheet.cell(RECORD_HEADER_ROW, col), head)
    for row, (card, text) in enumerate(record.printed.items(), start=RECORD_HEADER_ROW + 1):
        phase, lane = record.places.get(card, ("", ""))
        for col, value in enumerate((card, text, phase, lane), start=1):
            set_text(sheet.cell(row, col), value)
