"""What ``apply`` makes of each row of the changes sheet, whatever the canvas was read from.

A row asks for a change when its action says so, when it has a new text, or when the team typed over the
card's text (told by the kit's record of the printed text, by card ID). Where two of those disagree the
team's words win, with a warning: typed-over text with "houden" is applied; a new text beats text typed
over the card. A card edited in the workbook since the kit was made is refused, and so are two rows for
one card. Nothing is decided by row number: teams sort and filter.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from canvasgen.analysis.cards import Card, phase_choice
from canvasgen.errors import CanvasError, CanvasErrors, CanvasWarning, Location
from canvasgen.model import SCORE_LANE, Canvas, Item, Journey, Lane, Metric
from canvasgen.read.changes import Action, Change, ChangesBook
from canvasgen.text import label_key

#: Excel's limit on the characters of one cell.
MAX_CELL_TEXT = 32_767


@dataclass
class Applied:
    out: Path
    changed: int = 0
    removed: int = 0
    added: int = 0
    skipped: list[CanvasError] = field(default_factory=list)  # rows left out with --partial
    warnings: list[CanvasWarning] = field(default_factory=list)
    version: str | None = None
    written: bool = False  # False: no row asked for anything, nothing was written

    @property
    def anything(self) -> bool:
        return bool(self.changed or self.removed or self.added)


class Rejected(Exception):
    """A row of the changes sheet that cannot be applied, and why."""


@dataclass(frozen=True)
class Decision:
    """What one row does: a card changed (``new``) or removed (``new`` None), or a new card (``card`` None)."""

    change: Change
    card: Card | None
    new: str | None


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def decide(book: ChangesBook, canvas: Canvas, cards: dict[str, Card], partial: bool
           ) -> tuple[list[Decision], list[CanvasError]]:  # fmt: skip
    """Every row that asks for something, checked; the rows that cannot be applied raise them all (with the
    sheet's own problems) unless ``partial``, which returns them as the rows skipped."""
    errors = list(book.errors)
    decisions: list[Decision] = []
    by_card: dict[str, list[Change]] = {}
    for change in book.rows:
        if change.action is not Action.ADD:
            by_card.setdefault(change.id.strip().upper(), []).append(change)
    for change in book.rows:
        try:
            if change.action is Action.ADD:
                new_card_place(change, canvas)  # its phase and lane exist
                decisions.append(Decision(change, None, change.new_text))
                continue
            rows = by_card[change.id.strip().upper()]
            if len(rows) > 1 and any(_asks(r, cards, book) for r in rows):
                listed = " and ".join(str(r.row) for r in rows)
                raise Rejected(f"rows {listed} all name card {change.id}: keep one row per card")
            found = _one(change, cards, book)
            if found is not None:
                decisions.append(found)
        except Rejected as rejected:
            errors.append(_at(book.path, change, str(rejected)))
    if errors and not partial:
        raise CanvasErrors(errors)
    return decisions, errors


def each_decision(decisions: list[Decision], take: Callable[[Decision], None], changes: Path, partial: bool
                  ) -> list[CanvasError]:  # fmt: skip
    """``take`` every decision; a row it rejects is an error at the row: raised with the others unless
    ``partial``, which returns them as rows skipped."""
    errors = []
    for decision in decisions:
        try:
            take(decision)
        except Rejected as rejected:
            errors.append(_at(changes, decision.change, str(rejected)))
    if errors and not partial:
        raise CanvasErrors(errors)
    return errors


def _at(path: Path, change: Change, message: str) -> CanvasError:
    return CanvasError(Location(str(path), change.sheet, f"A{change.row}"), f"row {change.row}: {message}")


def _asks(change: Change, cards: dict[str, Card], book: ChangesBook) -> bool:
    try:
        return _one(change, cards, ChangesBook(book.path, record=book.record)) is not None
    except Rejected:
        return True


def _one(change: Change, cards: dict[str, Card], book: ChangesBook) -> Decision | None:
    """The decision for a row that names a card; None when it leaves the card as it is."""
    card = cards.get(change.id.strip().upper())
    if card is None:
        raise Rejected(f"there is no card {change.id!r} in this workbook (was the kit made from another one?)")
    printed = book.record.printed.get(card.id) if book.record is not None else None
    if printed is None:  # no record of the printed text: the Text column is taken as printed
        if not _same(card.text, change.text):
            raise Rejected(_edited_or_typed(card, change, book))
        printed = change.text
    elif not _same(card.text, printed):
        raise Rejected(f"card {card.id} now reads {card.text!r} in the workbook, not {printed!r} as when the kit "
                       "was made; make a new kit from this workbook")  # fmt: skip
    new = _wanted(change, card, printed, book)
    if new is not None and new != "" and _same(new, card.text):
        return None  # the "new" text is the card's own
    return Decision(change, card, new) if new != "" else None


def _edited_or_typed(card: Card, change: Change, book: ChangesBook) -> str:
    if book.record is None:
        return (f"card {card.id} reads {change.text!r} here but {card.text!r} in the workbook. This changes "
                "workbook was made by an older canvasgen, which kept no copy of the printed texts, so canvasgen "
                "cannot tell text typed over the card from an edit in the workbook since the kit: put the card's "
                "text back and write the new text under 'Nieuwe tekst' / 'New text', or make a new kit")  # fmt: skip
    return (f"card {card.id} is not in the kit's record of printed texts, and reads {card.text!r} in the workbook, "
            f"not {change.text!r}; make a new kit from this workbook")  # fmt: skip


def _wanted(change: Change, card: Card, printed: str, book: ChangesBook) -> str | None:
    """The card's new text, None to remove it, "" to leave it as it is."""
    typed = change.text if not _same(change.text, printed) else None

    def warn(message: str) -> None:
        book.warnings.append(CanvasWarning(Location(str(book.path), change.sheet, f"A{change.row}"),
                                           f"row {change.row}: card {card.id} {message}"))  # fmt: skip

    if change.action is Action.REMOVE:
        if typed:
            warn(f"is removed as asked; the text typed over it ({typed!r}) is not kept")
        return None
    if change.new_text:
        if typed:
            warn(f"has a new text and text typed over its own; the new text ({change.new_text!r}) is applied, "
                 f"the typed-over text ({typed!r}) is not")  # fmt: skip
        elif change.action is Action.KEEP:
            warn(f"says keep but has a new text; the new text ({change.new_text!r}) is applied")
        return change.new_text
    if typed is not None and not typed.strip():
        raise Rejected(f"the text of card {card.id} was emptied; choose the action remove (weg) to take the card "
                       "out, or put its text back")  # fmt: skip
    if typed:
        if change.action is Action.KEEP:
            warn(f"says keep but its text was typed over; the typed text ({typed!r}) is applied")
        return typed
    if change.action is Action.CHANGE:
        raise Rejected(f"card {card.id} is to be changed but its new text is empty")
    return ""


def new_card_place(change: Change, canvas: Canvas) -> tuple[Journey, int, Lane]:
    """The journey, phase and lane a new card goes into, by the names the drop-downs offered."""
    if not change.new_text:
        raise Rejected("a new card needs its text")
    if not change.phase:
        raise Rejected(f"the new card {change.new_text!r} has no phase: choose one from the drop-down")
    if not change.lane:
        raise Rejected(f"the new card {change.new_text!r} has no lane: choose one from the drop-down")
    several = len(canvas.journeys) > 1
    places = {label_key(phase_choice(j, p.name, several)): (j, i)
              for j, journey in enumerate(canvas.journeys) for i, p in enumerate(journey.phases)}  # fmt: skip
    place = places.get(label_key(change.phase))
    if place is None:
        raise Rejected(f"unknown phase {change.phase!r} for a new card (choose one from the drop-down)")
    journey = canvas.journeys[place[0]]
    lane = next((lane for lane in journey.lanes if label_key(lane.heading) == label_key(change.lane)), None)
    if lane is None:
        raise Rejected(f"unknown lane {change.lane!r} for a new card (choose one from the drop-down)")
    if lane.kind == SCORE_LANE:
        raise Rejected(f"the lane {change.lane!r} holds the scores, which take no cards; choose another lane")
    return journey, place[1], lane


def raised(version: str) -> str:
    """ "3.0" -> "3.1", "0.9" -> "0.10", "v2" -> "v3", "2.1.9" -> "2.1.10", "0,9" -> "0,10": the last
    number up by one, never lower, every other character as written."""
    match = re.search(r"(\d+)(?!.*\d)", version)
    if match is None:
        return f"{version} (2)" if version else "2"
    digits = match.group(1)
    raised = str(int(digits) + 1).zfill(len(digits))
    return version[: match.start()] + raised + version[match.end() :]


def figures_at(canvas: Canvas, touchpoint: Item) -> list[Metric]:
    """The rows of a figures sheet that name a touchpoint: they follow it when it is renamed (a row
    naming a touchpoint the canvas no longer has would stop the new version from being read)."""
    key = label_key(touchpoint.text)
    return [m for m in canvas.metrics
            if m.touchpoint is not None and m.touchpoint is not touchpoint and label_key(m.touchpoint.text) == key
            and not m.origin.startswith("lane ") and m.origin != "touchpoints"]  # fmt: skip


def read_back_warnings(meant: list[str], read: list[str], rows: list[Change], path: Path, where: str
                       ) -> list[CanvasWarning]:  # fmt: skip
    """A cell that will read back as other cards than the rows meant (a one-line cell of short parts joined
    by "; " is read as a card per part): said at the row whose text does it, with what it will read as."""
    if [" ".join(m.split()) for m in meant] == [" ".join(r.split()) for r in read]:
        return []
    row = next((c for c in rows if "; " in (c.new_text or c.text)), rows[0] if rows else None)
    shown = ", ".join(repr(r) for r in read)
    message = (f"{where} will read back as {len(read)} card{'s' if len(read) != 1 else ''} ({shown}), not "
               f"{len(meant)} as meant: a cell holding one line of short parts joined by '; ' is read as a card "
               "per part; to keep one card, write it without '; ' (with ', ' or ' – ')")  # fmt: skip
    if row is None:
        return [CanvasWarning(Location(str(path)), message)]
    who = f"card {row.id}" if row.id else "the new card"
    return [CanvasWarning(Location(str(path), row.sheet, f"A{row.row}"), f"row {row.row}: {who}: {message}")]


def too_long(texts: dict[str, str], rows: dict[str, list[Change]], path: Path) -> list[CanvasError]:
    """Cells (by where they are) whose new text passes Excel's limit, each named with the rows and cards
    that made it so."""
    errors = []
    for where, text in texts.items():
        if len(text) <= MAX_CELL_TEXT:
            continue
        made = rows.get(where, [])
        by = ", ".join(f"row {c.row}" + (f" (card {c.id})" if c.id else " (new card)") for c in made)
        first = made[0] if made else None
        location = Location(str(path), first.sheet, f"A{first.row}") if first else Location(str(path))
        errors.append(CanvasError(location, f"{by or 'the changes'}: {where} would hold {len(text):,} characters, "
                                            f"over Excel's {MAX_CELL_TEXT:,} in a cell; shorten the text or "
                                            "split it over cards"))  # fmt: skip
    return errors
