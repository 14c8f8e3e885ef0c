"""What ``apply`` makes of each row of the changes sheet, whatever the canvas was read from.

A row asks for a change when its action says so, when it has a new text, or when the team typed over the
card's text (told by the kit's record of the printed text, by card ID). Where two of those disagree the
team's words win, with a warning: typed-over text with "houden" is applied; a new text beats text typed
over the card. A card edited in the workbook since the kit was made is refused, and so are two rows for
one card. Nothing is decided by row number: teams sort and filter.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from canvasgen.analysis.cards import Card, beside_score, phase_choice, phase_written, shared_key
from canvasgen.analysis.places import DAY_FIRST, Rejected, new_card_place, read_as, typed_date
from canvasgen.errors import ApplyError, CanvasError, CanvasErrors, CanvasWarning, Location
from canvasgen.figures import score_in
from canvasgen.language import canvas_language
from canvasgen.model import SCORE_LANE, Canvas, Item, Journey, Lane, Metric, Score, ScoreScale, Source
from canvasgen.read.changes import Action, Change, ChangesBook, TeamNote
from canvasgen.read.shown import read_when, shown_when
from canvasgen.read.tables.found import typed_score
from canvasgen.text import SEMICOLON, counted, excerpt, label_key, line_item, listed, parse_number
from canvasgen.vocabulary.scores import leading_face, out_of, scale_in_label
from canvasgen.words import KIT_WORDS, LANGUAGES

#: Excel's limit on the characters of one cell.
MAX_CELL_TEXT = 32_767


class NoteLeft(Enum):
    """Why a note of the team's was not kept as a comment: ``apply`` says it with the note (never only "not
    part of the canvas" for a note on a real card)."""

    NO_CARD = "no_card"  # its row names no card of the canvas, nor a new one
    NOTHING_WRITTEN = "unwritten"  # no new version was written
    COMMENTED = "commented"  # its card's cell holds a comment already, kept alone
    LEFT_OUT = "left_out"  # its new card's row was left out (--partial)
    REMOVED = "removed"  # its card was removed: the new workbook has no cell of it
    NO_CELL = "no_cell"  # its card has no one cell of its own in the new version


class RemovedNoteAt(Enum):
    """Where the note on a card removed was kept (``_note_cells``), said with it."""

    EMPTIED = "emptied"  # the cell the removal left empty
    HEADER = "header"  # its phase's header: the card's cell holds other cards
    HEADING = "heading"  # a touchpoint's or persona line's field heading: its cell holds other words
    HELD = "held"  # the cell that held it, other words in it but no card: it has no heading


@dataclass
class Applied:
    out: Path
    changed: int = 0
    removed: int = 0
    added: int = 0
    moved: int = 0  # cards taken out of one phase or lane and put into another
    already: int = 0  # rows whose new text is what the card already says: written, changing nothing
    skipped: list[CanvasError] = field(default_factory=list)  # rows left out with --partial
    warnings: list[CanvasWarning] = field(default_factory=list)
    version: str | None = None
    dated: dt.date | None = None  # the day written in the workbook's date field(s)
    date_field: bool | None = None  # False: the workbook has no date field to set (None: not known)
    written: bool = False  # False: no row asked for anything, nothing was written
    notes: list[TeamNote] = field(default_factory=list)  # the team's notes: said, never written into the canvas
    #: The notes kept as a comment on their card's cell in the new version (never as the canvas's words).
    kept_notes: list[tuple[TeamNote, Source]] = field(default_factory=list)
    #: The notes in the row of a new card (or of a moved card's new place), with that card's text.
    new_card_notes: dict[TeamNote, str] = field(default_factory=dict)
    #: The notes on a card the rows removed, kept with the card named, with that card's text and where the note
    #: went: the cell it emptied, else its phase's header or field's heading, else the cell that held it
    #: (``apply._note_cells``).
    removed_card_notes: dict[TeamNote, tuple[str, RemovedNoteAt]] = field(default_factory=dict)
    #: The notes not kept as a comment, with why, and the cell that is why when there is one ("Knie!D3").
    left_notes: dict[TeamNote, tuple[NoteLeft, str]] = field(default_factory=dict)
    #: The reading corrections the workbook was read with, as command-line words (None: only a
    #: canvasgen.toml can give them): what a diff of the new version needs to read it alike.
    reading: list[str] | None = field(default_factory=list)

    @property
    def anything(self) -> bool:
        return bool(self.changed or self.removed or self.added or self.moved)

    def count(self, decision: Decision) -> None:
        """One decision counted as what it does (a move, once: on its second half)."""
        if decision.moved:
            self.moved += decision.card is None
        elif decision.card is None:
            self.added += 1
        elif decision.new is None:
            self.removed += 1
        else:
            self.changed += 1


@dataclass(frozen=True)
class Decision:
    """What one row does: a card changed (``new``) or removed (``new`` None), or a new card (``card`` None).
    A card moved to another phase or lane is two decisions, both ``moved``: taken out, and added there."""

    change: Change
    card: Card | None
    new: str | None
    moved: bool = False


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def decide(
    book: ChangesBook, canvas: Canvas, cards: dict[str, Card], partial: bool
) -> tuple[list[Decision], list[CanvasError]]:
    """Every row that asks for something, checked; the rows that cannot be applied raise them all (with the
    sheet's own problems) unless ``partial``, which returns them as the rows skipped. Rows that ask for
    nothing are never an error, whatever happened to their card since the kit."""
    errors = list(book.errors)
    decisions: list[Decision] = []
    by_card: dict[str, list[Change]] = {}
    added: dict[tuple[int, int, int, str], list[Change]] = {}  # new cards by place and text: their rows
    for change in book.rows:
        if change.key:
            by_card.setdefault(change.key, []).append(change)
    for change in book.rows:
        if change.key:
            rows = by_card.pop(change.key, [])  # the card's rows, decided at its first
            if rows:
                found, problems = _card_rows(rows, cards, book, canvas)
                decisions += found
                errors += problems
            continue
        place = _new_place(change, canvas, book)
        key = _place_key(change, canvas, place) if not isinstance(place, Rejected) else None
        if key is not None and key in added:
            added[key].append(change)  # the same new card again (a copy of the sheet): added once
            continue
        try:
            decisions.append(_new_card(change, canvas, cards, book, place))
        except Rejected as rejected:
            errors += _at(book.path, change, rejected)
            continue
        if key is not None:
            added[key] = [change]
    book.warnings += [_added_once(rows, book.path) for rows in added.values() if len(rows) > 1]
    decisions, refused = _one_ask_per_cell(decisions, book)
    errors += refused
    if errors and not partial:
        raise CanvasErrors(errors)
    return decisions, errors


def _card_rows(
    rows: list[Change], cards: dict[str, Card], book: ChangesBook, canvas: Canvas
) -> tuple[list[Decision], list[CanvasError]]:
    """The decisions of the rows naming one card (a sheet copied for a second group names it twice): rows
    that ask the same are applied once, rows that ask different things are refused together, once."""
    asked: list[list[Decision]] = []
    errors = []
    for change in rows:
        try:
            found = _one(change, cards, book, canvas)
        except Rejected as rejected:
            errors += _at(book.path, change, rejected)
            continue
        if found:
            asked.append(found)
    if len({_what(found) for found in asked}) > 1:
        first, names = rows[0], _rows_named(rows)
        both = "both" if len(rows) == 2 else "all"
        message = f"rows {names} {both} name card {first.id} and ask different things of it: keep one row per card"
        return [], [*errors, ApplyError(Location.of(book.path, first.sheet, first.cell("col_id")), message)]
    return (asked[0] if asked else []), errors


def _one_ask_per_cell(decisions: list[Decision], book: ChangesBook) -> tuple[list[Decision], list[CanvasError]]:
    """The decisions with rows that name one item of the workbook under two cards (a stage list's cell shared
    by every persona's journey, a kit's old and new ID) asking different things of it refused, one sentence
    naming the rows, the cards and the cell; rows asking the same are applied once, said in a warning."""
    by_item: dict[tuple[Source, str], list[Decision]] = {}
    for decision in decisions:
        if decision.card is not None and (key := shared_key(decision.card.item)) is not None:
            by_item.setdefault(key, []).append(decision)
    dropped: set[tuple[str, int]] = set()
    errors: list[CanvasError] = []
    for found in by_item.values():
        rows = list({(d.change.sheet, d.change.row): d for d in found}.values())
        if len(rows) < 2:
            continue
        asks = {_row_asks(decisions, d.change) for d in rows}
        first, item = rows[0], rows[0].card.item if rows[0].card else None
        cell = f"cell {item.source}" if item is not None and item.source is not None else "one item"
        cards = " and ".join(dict.fromkeys(d.card.id for d in rows if d.card is not None))
        changes = [d.change for d in rows]
        if len(asks) > 1:
            dropped |= {(c.sheet, c.row) for c in changes}
            errors.append(
                ApplyError(
                    Location.of(book.path, first.change.sheet, first.change.cell("col_id")),
                    f"rows {_rows_named(changes)} ask different things ({_asks_said(rows)}) of one {cell} "
                    f"('{first.card.text if first.card else ''}'), cards {cards}: keep one row for that cell",
                )
            )
        else:
            dropped |= {(c.sheet, c.row) for c in changes[1:]}
            book.warnings.append(
                CanvasWarning(
                    Location.of(book.path, first.change.sheet, first.change.cell("col_id")),
                    f"rows {_rows_named(changes)} ask the same of one {cell}, cards {cards}: applied once",
                )
            )
    return [d for d in decisions if (d.change.sheet, d.change.row) not in dropped], errors


def _row_asks(decisions: list[Decision], change: Change) -> tuple[object, ...]:
    """What a row asks of the workbook (its new text, or removal; where a moved card goes), whichever card ID
    it names: two rows of one shared cell ask the same when this is the same."""
    return tuple(
        (_asked(d), d.moved, label_key(d.change.lane) if d.card is None else "")
        for d in decisions
        if (d.change.sheet, d.change.row) == (change.sheet, change.row)
    )


def _asks_said(decisions: list[Decision]) -> str:
    """Each row's ask in words: "row 5 changes it to 'Sees TV ad', row 14 removes it"."""
    said = []
    for d in decisions:
        what = "removes it" if d.new is None else f"changes it to {d.new!r}"
        said.append(f"row {d.change.row} {'moves it' if d.moved else what}")
    return ", ".join(said)


Place = tuple[Journey, int, Lane]  # where a new card goes: its journey, phase and lane


def _new_place(change: Change, canvas: Canvas, book: ChangesBook) -> Place | Rejected:
    """Where a new card goes (``places.new_card_place``, with the kit's record to say a renamed phase), or
    why it cannot be placed: found once per row, to tell the same card written twice and to add it."""
    try:
        return new_card_place(change, canvas, book)
    except Rejected as rejected:
        return rejected


def _place_key(change: Change, canvas: Canvas, place: Place) -> tuple[int, int, int, str]:
    """A new card's place and text (journey, phase, lane, text with its spaces evened), to tell the same
    new card written twice."""
    journey, at, lane = place
    lane_at = next(i for i, one in enumerate(journey.lanes) if one is lane)
    return canvas.journeys.index(journey), at, lane_at, " ".join(change.new_text.split())


def _added_once(rows: list[Change], path: Path) -> CanvasWarning:
    """The warning for rows that add the same new card: named, with their sheets when they differ."""
    first = rows[0]
    return CanvasWarning(
        Location.of(path, first.sheet, first.cell("col_new")),
        f"rows {_rows_named(rows)} add the same new card {first.new_text!r} in {first.phase} · {first.lane}: it is "
        "added once (a copy of the changes sheet); to have it twice, make the texts differ",
    )


def _rows_named(rows: list[Change]) -> str:
    """Rows by number ("71 (Wijzigingen) and 71 (Groep 2)"), with their sheets when they differ."""
    several = any(r.sheet != rows[0].sheet for r in rows)
    listed = [f"{r.row}" + (f" ({r.sheet})" if several else "") for r in rows]
    return " and ".join(listed) if len(listed) == 2 else ", ".join(listed[:-1]) + " and " + listed[-1]


def _what(decisions: list[Decision]) -> tuple[object, ...]:
    """What a row asks, to tell two rows that ask the same from two that do not: a score by its number ("1",
    "+1" and "1,0" ask the same)."""
    return tuple((d.card.id if d.card else "", _asked(d), d.change.phase if d.card is None else "") for d in decisions)


def _asked(decision: Decision) -> object:
    """A row's new text, or the number a score row asks for."""
    if decision.card is not None and decision.card.kind == SCORE_LANE and decision.new is not None:
        number = score_number(decision.new)
        return decision.new if number is None else number
    return decision.new


def each_decision(
    decisions: list[Decision], take: Callable[[Decision], None], changes: Path, partial: bool
) -> list[CanvasError]:
    """``take`` every decision; a row it rejects is an error at the row: raised with the others unless
    ``partial``, which returns them as rows skipped."""
    errors = []
    for decision in decisions:
        try:
            take(decision)
        except Rejected as rejected:
            errors += _at(changes, decision.change, rejected)
    if errors and not partial:
        raise CanvasErrors(errors)
    return errors


def _at(path: Path, change: Change, rejected: Rejected) -> list[CanvasError]:
    """Each of a row's problems, at its cell (the row's ID when no column is at fault)."""
    return [
        ApplyError(
            Location.of(path, change.sheet, change.cell(problem.column or "col_id")), f"row {change.row}: {problem}"
        )
        for problem in rejected.each()
    ]


def _printed_place(card_id: str, book: ChangesBook) -> tuple[str, str] | None:
    return book.record.places.get(card_id) if book.record is not None else None


@dataclass(frozen=True)
class Printed:
    """What the kit printed of a row's card, where the kit recorded it: its text and its place (phase, lane)."""

    text: str | None
    place: tuple[str, str] | None


def _since_the_kit(
    change: Change,
    kit: Printed,
    card: Card | None,
    cards: dict[str, Card],
    book: ChangesBook,
    canvas: Canvas,
) -> tuple[Card | None, bool]:
    """The card a row means whose ID no longer reads its printed text (``kit``: the text and place printed),
    and whether it is gone as the row asks. A line added or taken out above it in its cell since the kit
    shifts every ID after it: the one card of its phase and lane that reads the printed text is it (said); a
    card asked to be removed that no card there reads any more was taken out already (said, as asked)."""
    key, printed, place = change.key, kit.text, kit.place
    if printed is None or place is None or (card is not None and _same(card.text, printed)):
        return card, False  # as printed (or no record of it): the ID is the card
    alike = _cards_reading(printed, place, key, cards, book, canvas)
    if len(alike) == 1:
        return _shifted(change, key, printed, alike[0], book), False
    if not alike and change.action is Action.REMOVE:
        reworded = _reworded_card(printed, place, key, cards, book, canvas)
        if reworded is not None:  # edited since the kit, likely: never removed by guess, nor counted as done
            raise Rejected(
                f"card {key} ({excerpt(printed)!r}) is to be removed, but no card of {place[0]} · {place[1]} reads "
                f"its printed text any more; card {reworded.id} reads {excerpt(reworded.text)!r}, close to it: "
                "reworded since the kit? Nothing is removed by guess: remove that card in the workbook by hand "
                "(apply the other rows with --partial), or make a new kit from this workbook"
            )
        if card is not None and _in_its_place(card, key, place, book, canvas):  # rewritten, or another card
            words = KIT_WORDS[change.language or "nl"]
            raise Rejected(
                f"card {key} ({excerpt(printed)!r}) is to be removed, but no card of {place[0]} · {place[1]} reads "
                f"its printed text any more; card {key} reads {excerpt(card.text)!r} in its place: rewritten since "
                "the kit, or another card? Nothing is removed by guess: to remove it, type its text as it reads "
                f"now over the row's {words['col_text']!r}; else remove it in the workbook by hand (apply the "
                "other rows with --partial), or make a new kit from this workbook"
            )
        book.as_asked.append(change)
        book.warnings.append(
            CanvasWarning(
                Location.of(book.path, change.sheet, change.cell("col_action")),
                f"row {change.row}: card {key} ({excerpt(printed)!r}) is no longer in {place[0]} · {place[1]} "
                "in the workbook (no card there reads its printed text or one close to it: taken out since the "
                "kit): nothing to remove",
            )
        )
        return None, True
    if card is None:
        raise Rejected(
            f"there is no card {change.id!r} in this workbook now, and no card of {place[0]} · {place[1]} "
            f"reads its printed text {excerpt(printed)!r} (taken out or edited since the kit?): settle this "
            "row by hand (apply the other rows with --partial)"
        )
    return card, False


def _rewritten_as_the_row_says(
    change: Change,
    kit: Printed,
    card: Card | None,
    cards: dict[str, Card],
    book: ChangesBook,
    canvas: Canvas,
) -> Card | None:
    """The card a removal row means that no longer reads its printed text because the team rewrote it: it reads
    what the row itself writes (the text typed over the printed one, or its new text: written into the workbook
    since the kit, or by an earlier ``apply`` of these rows), under the row's ID or as the one card of its printed
    phase and lane. Said as the team did it, rewritten and removed, never "taken out since the kit"."""
    key, printed, place = change.key, kit.text, kit.place
    if change.action is not Action.REMOVE or printed is None or place is None:
        return None  # a removal row of a kit that recorded what it printed, and where
    if card is not None and _same(card.text, printed):
        return None  # as printed: removed as ever (the text typed over it said not kept)
    written = [text for text in (change.text, change.new_text) if text.strip() and not _same(text, printed)]
    if not written:
        return None
    phase, lane = place

    def reads_the_row(other: Card) -> bool:
        return (
            other.kind != SCORE_LANE
            and any(_same(other.text, text) for text in written)
            and label_key(_phase_of(other, canvas)) == label_key(phase)
            and label_key(other.lane) == label_key(lane)
        )

    found = card if card is not None and reads_the_row(card) else None
    if found is None:
        alike = [other for other in cards.values() if reads_the_row(other)]
        found = alike[0] if alike and all(other.item is alike[0].item for other in alike) else None
    if found is None:
        return None
    book.warnings.append(
        CanvasWarning(
            Location.of(book.path, change.sheet, change.cell("col_action")),
            f"row {change.row}: card {key} was rewritten since the kit, from {excerpt(printed)!r} to "
            f"{excerpt(found.text)!r} as the row writes it, and is removed, as the row asks"
            + (f" (card {found.id} in the workbook now)" if found.id != key else ""),
        )
    )
    return found


def _no_card(change: Change, cards: dict[str, Card], book: ChangesBook) -> Rejected:
    """A row naming no card the workbook has (and no record of its printed text): the one ID it likely means
    ("F1-KP-2": "F1-KP-02"; the one card the kit printed with the row's Text), else that the kit may be another
    workbook's."""
    if (alike := _id_alike(change.key, cards)) is not None:
        return Rejected(f"there is no card {change.id!r} in this workbook: did you mean {alike!r}?")
    printed = book.record.printed if book.record is not None else {}
    same_text = [key for key, text in printed.items() if change.text and _same(text, change.text) and key in cards]
    if len(same_text) == 1:
        return Rejected(
            f"there is no card {change.id!r} in this workbook: did you mean {same_text[0]!r}? (the row's Text is "
            "the text the kit printed on that card); write its ID as printed"
        )
    return Rejected(f"there is no card {change.id!r} in this workbook (was the kit made from another one?)")


def _id_alike(key: str, cards: dict[str, Card]) -> str | None:
    """The one card ID that is ``key`` but for its numbers' leading zeros ("F1-KP-2": "F1-KP-02"), or None."""

    def numbers(k: str) -> str:
        return re.sub(r"\d+", lambda m: str(int(m.group())), k)

    alike = {other for other in cards if numbers(other) == numbers(key)}
    return alike.pop() if len(alike) == 1 else None


def _cards_reading(
    printed: str, place: tuple[str, str], key: str, cards: dict[str, Card], book: ChangesBook, canvas: Canvas
) -> list[Card]:
    """The cards of the printed phase and lane that read a card's printed text, each once, numbered as the
    card's ID is but for its number, none that is itself as the kit printed it under its own ID (a card of the
    same words that did not move)."""
    phase, lane = place
    record = book.record.printed if book.record is not None else {}
    found: list[Card] = []  # a cell every journey shares is one card in each journey, or under a Dutch ID too
    for card in cards.values():
        if (
            card.kind != SCORE_LANE
            and card.id.rsplit("-", 1)[0] == key.rsplit("-", 1)[0]  # shifted in its cell: only its number differs
            and _same(card.text, printed)
            and label_key(_phase_of(card, canvas)) == label_key(phase)
            and label_key(card.lane) == label_key(lane)
            and not (card.id != key and _same(record.get(card.id, ""), card.text))
            and not any(other.item is card.item for other in found)  # the first card of each cell read
        ):
            found.append(card)
    return found


#: How alike (``difflib``'s ratio of their matching keys) a card's text now and a printed text are for the card
#: to be possibly the printed one reworded: "Praat met buren die al panelen hebben" for "Praat met de buren die
#: net panelen hebben" is 0.9, "Haalt fiets op bij de dealer" for "Haalt fiets op" 0.67; cards of one lane about
#: other things lie near 0.3. Low rather than high: a removal asked of a card maybe reworded is refused and
#: said, one taken for gone is counted as done.
_REWORDED = 0.6


def _reworded_card(
    printed: str, place: tuple[str, str], key: str, cards: dict[str, Card], book: ChangesBook, canvas: Canvas
) -> Card | None:
    """The card of the printed phase and lane whose text is closest to a card's printed text, when close
    enough to be it reworded since the kit; never a card that reads as the kit printed another card."""
    phase, lane = place
    record = book.record.printed if book.record is not None else {}
    printed_texts = {" ".join(text.split()) for other, text in record.items() if other != key}
    wanted = label_key(printed)
    best: tuple[float, Card] | None = None
    for card in cards.values():
        if (
            card.kind == SCORE_LANE
            or label_key(_phase_of(card, canvas)) != label_key(phase)
            or label_key(card.lane) != label_key(lane)
            or " ".join(card.text.split()) in printed_texts
        ):
            continue
        ratio = difflib.SequenceMatcher(None, wanted, label_key(card.text)).ratio()
        if ratio >= _REWORDED and (best is None or ratio > best[0]):
            best = (ratio, card)
    return best[1] if best is not None else None


def _in_its_place(card: Card, key: str, place: tuple[str, str], book: ChangesBook, canvas: Canvas) -> bool:
    """Whether the card under a row's ID stands in the phase and lane the kit printed it in, reading no text the
    kit printed on another card (then a line above it was taken out: it is that other card, shifted)."""
    record = book.record.printed if book.record is not None else {}
    return (
        card.kind != SCORE_LANE
        and label_key(_phase_of(card, canvas)) == label_key(place[0])
        and label_key(card.lane) == label_key(place[1])
        and not any(_same(text, card.text) for other, text in record.items() if other != key)
    )


def _shifted(change: Change, key: str, printed: str, card: Card, book: ChangesBook) -> Card:
    """The card a row means whose ID shifted in its cell since the kit: said, with both IDs."""
    book.warnings.append(
        CanvasWarning(
            Location.of(book.path, change.sheet, change.cell("col_id")),
            f"row {change.row}: card {key} as the kit printed it ({excerpt(printed)!r}) is card {card.id} in the "
            "workbook now (a line was added or taken out above it in its cell since the kit): the row is "
            f"applied to {card.id}",
        )
    )
    return card


def _asks_nothing(change: Change, printed: str, place: tuple[str, str] | None) -> bool:
    """A row as the kit printed it: no action but keep, no new text, its text and place as printed."""
    if change.action not in (None, Action.KEEP) or change.new_text or not _same(change.text, printed):
        return False
    return place is None or not _moved(change, place)


def _moved(change: Change, place: tuple[str, str]) -> bool:
    """Whether the row's phase or lane is another than the kit printed (an emptied one moves nothing)."""
    phase, lane = place
    return bool(
        (change.phase and label_key(change.phase) != label_key(phase))
        or (change.lane and label_key(change.lane) != label_key(lane))
    )


def _place_of(change: Change, card: Card | None, book: ChangesBook, canvas: Canvas) -> tuple[str, str] | None:
    """The phase and lane the kit printed a row's card in; of a kit that kept no places, the card's own where the
    row names another (a move), else None."""
    place = _printed_place(change.key, book)
    if place is None and card is not None:
        here = (_phase_of(card, canvas), card.lane)
        place = here if not _here(card, change, canvas) and _exists(change, canvas) else None
    return place


def _one(change: Change, cards: dict[str, Card], book: ChangesBook, canvas: Canvas) -> list[Decision]:
    """The decisions for a row that names a card; none when it leaves the card as it is."""
    key = change.key
    printed = book.record.printed.get(key) if book.record is not None else None
    card = cards.get(key)
    place = _place_of(change, card, book, canvas)
    if printed is not None and _asks_nothing(change, printed, place):
        return []  # whatever happened to the card in the workbook since the kit: nothing is asked of it
    kit = Printed(printed, place)
    rewritten = _rewritten_as_the_row_says(change, kit, card, cards, book, canvas)
    if rewritten is not None:
        return [Decision(change, rewritten, None)]
    card, gone = _since_the_kit(change, kit, card, cards, book, canvas)
    if gone:
        return []
    if card is None:
        raise _no_card(change, cards, book)
    if printed is not None and not _same(change.text, printed):
        _refuse_text_of_another(change, key, printed, book)
    if printed is None:  # no record of the printed text: the Text column is taken as printed
        if not _same(card.text, change.text):
            raise Rejected(_edited_or_typed(card, change, book))
        printed = change.text
    elif not _same(card.text, printed):
        if _already_met(change, card, printed):  # edited since the kit, to what the team asks: no conflict
            book.as_asked.append(change)
            book.warnings.append(
                CanvasWarning(
                    Location.of(book.path, change.sheet, change.cell(typed_in(change))),
                    f"row {change.row}: card {card.id} was changed in the workbook since the kit to what the row "
                    f"asks ({card.text!r}): nothing to change",
                )
            )
            return []
        raise Rejected(
            f"card {card.id} now reads {card.text!r} in the workbook, not {printed!r} as when the kit "
            "was made; settle this row by hand (apply the other rows with --partial), or make a new kit "
            "from this workbook"
        )
    new = _wanted(change, card, printed, book)
    if new and card.kind == SCORE_LANE:
        _refuse_change_on_plain_scale(card, new, canvas, typed_in(change))
    if place is not None and _moved(change, place) and new is not None:
        return _move(change, card, card.text if new == "" else new, place, canvas, book)
    if new is not None and new != "" and _same_as_card(new, card):  # the card's own text ("-0" for a score of 0)
        book.as_asked.append(change)
        book.warnings.append(  # said: the team wrote something here, and it is not counted as a change
            CanvasWarning(
                Location.of(book.path, change.sheet, change.cell(typed_in(change))),
                f"row {change.row}: card {card.id} already reads {card.text!r}: nothing to change",
            )
        )
        return []
    if new is None and card.kind == SCORE_LANE:  # a crossed-out score card may not mean "no score": said
        said = CanvasWarning(
            Location.of(book.path, change.sheet, change.cell("col_action")),
            f"row {change.row}: the score of {card.phase_name!r} is taken out, as the row asks (remove): the "
            "phase has no score in the new version; to change it instead, type the new score under "
            f"{KIT_WORDS[change.language or 'nl']['col_new']!r}",
        )
        book.warnings.append(said)
        book.announced[change] = said  # unsaid if its cell refuses it (``ChangesBook.unsay``)
    if new and beside_score(card, canvas):
        _say_score_in_words(change, card, new, book)
    return [Decision(change, card, new)] if new != "" else []


def _say_score_in_words(change: Change, card: Card, new: str, book: ChangesBook) -> None:
    """New words beside a score that open with a number ("-2 nog steeds ongerust" on row F2-SC-01) are written
    as words, beside the score the cell already has: said, since the team may have meant the score (its row
    F2-SC is the one beside it), and the cell then holds two numbers."""
    first = new.split()[0]
    if score_number(first) is None:
        return
    book.warnings.append(
        CanvasWarning(
            Location.of(book.path, change.sheet, change.cell(typed_in(change))),
            f"row {change.row}: the new words of card {card.id} open with a score ({first!r}): written as the "
            "words beside the phase's score, which stays as it is; to change the score, type it on its row "
            f"{card.id.rsplit('-', 1)[0]}",
        )
    )


def _refuse_text_of_another(change: Change, key: str, printed: str, book: ChangesBook) -> None:
    """Refuses a row whose ID names one card while its text is, as printed, another card's whose own row is
    gone from the sheet: the ID was mistyped or filled down over that card's row, and applying the row
    would change a card the team never touched."""
    if book.record is None:
        return
    listed = {row.key for row in book.rows if row.id}
    others = [
        other
        for other, text in book.record.printed.items()
        if other != key and other not in listed and _same(text, change.text)
    ]
    if not others:
        return
    words = KIT_WORDS[change.language or "nl"]
    raise Rejected(
        f"its ID names card {key} ({printed!r}), but its {words['col_text']!r} is card "
        f"{others[0]}'s ({change.text!r}), whose own row is no longer in the sheet: was the ID mistyped? "
        f"Write the ID of the card the row is about ({others[0]}) in its ID column; to give {key} that text, "
        f"put {key}'s own text back and write the text under {words['col_new']!r}",
        "col_id",
    )


def _already_met(change: Change, card: Card, printed: str) -> bool:
    """Whether a row asks for the text the card has come to read since the kit (a colleague's edit in the
    workbook meanwhile made the same change): a new text, or text typed over the printed one."""
    if change.action is Action.REMOVE:
        return False
    typed = change.text if not _same(change.text, printed) else ""
    wanted = change.new_text or typed
    return bool(wanted.strip()) and _same_as_card(wanted, card)


def _same_as_card(new: str, card: Card) -> bool:
    """Whether a row's new text is what the card says already: a score by its number ("-0" is 0)."""
    if card.kind == SCORE_LANE:
        number, old = score_number(new), score_number(card.text)
        if number is not None and old is not None:
            return number == old
    return _same(new, card.text)


def _move(
    change: Change, card: Card, text: str, place: tuple[str, str], canvas: Canvas, book: ChangesBook
) -> list[Decision]:
    """A card whose phase or lane the team changed: taken out where it was, added where they said."""
    if card.journey is None or card.kind == SCORE_LANE:  # a score is its phase's: it moves with no card
        column = "col_phase" if change.phase and label_key(change.phase) != label_key(place[0]) else "col_lane"
        raise Rejected(
            f"card {card.id} is a {card.kind} and cannot be moved here: put its phase and lane back as "
            f"they were ({place[0] or '–'}, {place[1]}) and change it in the workbook",
            column,
        )
    phase = change.phase or place[0]
    lane = change.lane or place[1]
    added = Change(
        change.row,
        change.sheet,
        "",
        phase,
        lane,
        text,
        Action.ADD,
        text,
        change.columns,
        language=change.language,
        moving=card.id,
    )
    journey, at, there = new_card_place(added, canvas, book)
    if journey is canvas.journeys[card.journey] and at == card.phase and any(i is card.item for i in there.cells[at]):
        # the same place, named another way ("Levering" for "R1 · Levering", the lane's role's label)
        return [] if _same(text, card.text) else [Decision(change, card, text)]
    return [Decision(change, card, None, moved=True), Decision(added, None, text, moved=True)]


def _new_card(
    change: Change, canvas: Canvas, cards: dict[str, Card], book: ChangesBook, place: Place | Rejected
) -> Decision:
    """A row without an ID: a new card at ``place``, unless it names an existing card by its text (it has no
    ID, so it names none: refused, with the card's own row), asks to remove one, or cannot be placed."""
    same = [c for c in cards.values() if _same(c.text, change.new_text) and _here(c, change, canvas)]
    if same:
        card = same[0]
        row = next((r for r in book.rows if r.key == card.id), None)
        where = f" (row {row.row}{'' if row is None or row.sheet == change.sheet else f', {row.sheet}'})" if row else ""
        raise Rejected(
            f"a row without an ID is a new card, but {change.new_text!r} is card {card.id}{where} already; "
            f"to change or remove that card, write it on the card's own row"
        )
    if change.action is Action.REMOVE:
        raise Rejected(
            f"a row without an ID names no card, so there is nothing to remove; write 'weg' on the row "
            f"of the card to remove {change.new_text!r}"
        )
    if isinstance(place, Rejected):  # its phase or lane is not the canvas's
        raise place
    journey, at, lane = place
    book.warnings += read_as(change, canvas, canvas.journeys.index(journey), at, lane, book.path)
    if change.other_text:
        book.warnings.append(
            CanvasWarning(
                Location.of(book.path, change.sheet, change.cell("col_new")),
                f"row {change.row}: the new card has text under both Tekst and Nieuwe "
                f"tekst: it reads {change.new_text!r} (the new text); "
                f"{change.other_text!r} is not added — put it on a row of its own to "
                "add it too",
            )
        )
    return Decision(change, None, change.new_text)


def _phase_of(card: Card, canvas: Canvas) -> str:
    """A card's phase as its row names it."""
    return phase_choice(canvas, card.journey, card.phase_name) if card.journey is not None else card.phase_name


def _exists(change: Change, canvas: Canvas) -> bool:
    """Whether the row's phase and lane are among the canvas's."""
    try:
        new_card_place(
            Change(
                change.row, change.sheet, "", change.phase, change.lane, "x", Action.ADD, "x", language=change.language
            ),
            canvas,
        )
    except Rejected:
        return False
    return True


def _here(card: Card, change: Change, canvas: Canvas) -> bool:
    """Whether a card is in the row's phase and lane (either left empty matches any)."""
    written = phase_written(canvas, card.journey, card.phase_name) if card.journey is not None else set()
    phase = label_key(change.phase)
    return (not change.phase or phase == label_key(_phase_of(card, canvas)) or phase in written) and (
        not change.lane or label_key(change.lane) == label_key(card.lane)
    )


def _edited_or_typed(card: Card, change: Change, book: ChangesBook) -> str:
    if book.record is None:
        return (
            f"card {card.id} reads {change.text!r} here but {card.text!r} in the workbook. This changes "
            "workbook's record of the printed texts is missing (deleted, not saved by the program that edited "
            "it, or the kit was made by an older canvasgen) or was edited, so canvasgen cannot tell text typed "
            "over the card from an edit in the workbook "
            "since the kit: put the card's text back and write the new text under 'Nieuwe tekst' / "
            "'New text', or make a new kit"
        )
    return (
        f"card {card.id} is not in the kit's record of printed texts, and reads {card.text!r} in the workbook, "
        f"not {change.text!r}; make a new kit from this workbook"
    )


def _wanted(change: Change, card: Card, printed: str, book: ChangesBook) -> str | None:
    """The card's new text, None to remove it, "" to leave it as it is."""
    typed = change.text if not _same(change.text, printed) else None

    def warn(message: str) -> None:
        book.warnings.append(
            CanvasWarning(
                Location.of(book.path, change.sheet, change.cell("col_id")),
                f"row {change.row}: card {card.id} {message}",
            )
        )

    if change.action is Action.REMOVE:
        if typed:
            warn(f"is removed as asked; the text typed over it ({typed!r}) is not kept")
        if change.new_text.strip() and not _same(change.new_text, card.text):  # never dropped unsaid
            word = KIT_WORDS[change.language or "nl"]["change"]
            warn(
                f"is removed as asked; its new text ({change.new_text!r}) is not kept — to keep that text as a card, "
                f"choose {word!r} instead, or add it on a row of its own"
            )
        return None
    if change.new_text:
        if typed:
            warn(
                f"has a new text and text typed over its own; the new text ({change.new_text!r}) is applied, "
                f"the typed-over text ({typed!r}) is not"
            )
        elif change.action is Action.KEEP:
            warn(f"says keep but has a new text; the new text ({change.new_text!r}) is applied")
        return change.new_text
    if typed is not None and not typed.strip():
        raise Rejected(
            f"the text of card {card.id} was emptied; choose the action remove (weg) to take the card "
            "out, or put its text back",
            "col_text",
        )
    if typed:
        if change.action is Action.KEEP:
            warn(f"says keep but its text was typed over; the typed text ({typed!r}) is applied")
        return typed
    if change.action is Action.CHANGE:
        raise Rejected(f"card {card.id} is to be changed but its new text is empty", "col_new")
    return ""


#: A date in a version's text ("12-05-2026", "2026-05-12") and a year ("mei 2026"): never the number raised.
_DATE = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\b|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
#: A version number: digits, with "." or "," between parts ("2.1.9", "0,9").
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_MARKED = re.compile(r"(?:\bv|versie|version|ver\.?)\s*$", re.IGNORECASE)


def raised(version: str) -> str:
    """ "3.0" -> "3.1", "0.9" -> "0.10", "v2" -> "v3", "2.1.9" -> "2.1.10", "0,9" -> "0,10", "3 (mei 2026)"
    -> "4 (mei 2026)": the last part of the version number up by one, never lower, every other character
    as written. The version number is the one marked as such ("v2", "versie 2"), else the first number that
    is not part of a date and not a year."""
    dates = [m.span() for m in _DATE.finditer(version)]
    found = [m for m in _NUMBER.finditer(version) if not any(a <= m.start() < b for a, b in dates)]
    marked = [m for m in found if _MARKED.search(version[: m.start()])]
    numbers = [m for m in found if not _YEAR.match(m.group()) or m.group() == version.strip()]
    if not (marked or numbers):
        return f"{version} (2)" if version else "2"
    match = (marked or numbers)[0]
    last = re.search(r"(\d+)$", match.group())
    assert last is not None
    start = match.start() + last.start(1)
    digits = last.group(1)
    return version[:start] + str(int(digits) + 1).zfill(len(digits)) + version[start + len(digits) :]


#: A date written in figures, day first as the canvases' languages write it: "12.11.2026", "1-5-2026", "3/4/26".


def is_written_date(written: str, language: str) -> bool:
    """Whether a cell's text is a date and nothing else, one ``dated_as_written`` can write another day
    over ("12.11.2026", "12 november 2026"); not "Q4 2026", "najaar 2026" or "12.11.2026 (workshop)"."""
    return typed_date(written, language) is not None


def dated_as_written(written: str, day: dt.date, language: str) -> str:
    """``day`` written as the date it replaces was written: "12.11.2026" gives "06.12.2026", "1-5-2026"
    "6-12-2026", "2026-11-12" "2026-12-06"; a date written out ("12 november 2026", "12. November 2026") in
    ``language``'s long form; anything else as ISO (``Datum: vandaag`` names no way of writing one)."""
    text = written.strip()
    found = DAY_FIRST.fullmatch(text)
    if found is not None:
        first, separator, second, year = found.groups()
        part = "{:02d}".format if len(first) == 2 or len(second) == 2 else str
        shown_year = str(day.year) if len(year) == 4 else f"{day.year % 100:02d}"
        return f"{part(day.day)}{separator}{part(day.month)}{separator}{shown_year}"
    when = read_when(text, language)
    if when is not None:
        return shown_when(day, None, _written_in(text, when, language))
    return day.isoformat()


def _written_in(text: str, when: dt.date, language: str) -> str:
    """The language a date written out is in: the one whose long form writes ``when`` as ``text`` ("3 November
    2026" in a Dutch canvas is English: the case tells it from Dutch's "3 november 2026"), the canvas's own
    first, then in any case; else ``language``."""
    languages = (language, *LANGUAGES)
    written = {other: " ".join(shown_when(when, None, other).split()) for other in languages}
    text = " ".join(text.split())
    exact = (other for other in languages if written[other] == text)
    return next(exact, next((other for other in languages if written[other].casefold() == text.casefold()), language))


def score_number(text: str) -> float | None:
    """The number a score row's text writes ("+1", "1,0", "−0,5", "–2", "- 2"); None when it writes none. The
    reader's number (``text.parse_number``: the minus signs a word processor writes too), spaces left out."""
    return parse_number("".join(text.split()))


def face_typed(text: str) -> tuple[str, str | None]:
    """A new score typed with a face after its number ("5 😀", "+2 🙁"), as the canvas's own cells write
    scores: the number, and the face (None when ``text`` is no number and a face alone)."""
    number, _, rest = text.strip().partition(" ")
    face, after = leading_face(rest) if rest.strip() else (None, rest)
    if face is None or after.strip() or score_number(number) is None:
        return text, None
    return number, face


def typed_in(change: Change) -> str:
    """The column a row's new text was typed in: *Nieuwe tekst*, or *Tekst* typed over (a new card's row whose
    text stands in *Tekst*: its new text is that text)."""
    if not change.id and change.text and " ".join(change.text.split()) == " ".join(change.new_text.split()):
        return "col_text"
    return "col_new" if change.new_text else "col_text"


def new_score(
    card: Card, new: str | None, canvas: Canvas, column: str = "col_new", warnings: list[str] | None = None
) -> TypedScore | None:
    """The score a score row asks for (``analysis.cards.score_cards``): its new number on the phase's scale
    ("+1", "1", "-0,5", "80%", "9/10 - top" with its words), None to take the score out; a text that is no
    score, or one off the scale, is refused at ``column`` (the cell the team typed it in), naming the scale.
    ``warnings``: what was decided about it (a percentage placed on the scale), to be said at the row."""
    warnings = [] if warnings is None else warnings
    assert card.journey is not None and card.phase is not None
    journey = canvas.journeys[card.journey]
    scored = journey.scores[card.phase]
    # a step's score row (``F5.1-SC``) is its own cell's score; a phase's, its one score
    scored = [s for s in scored if card.item.source is not None and s.source == card.item.source] or scored
    old = scored[0] if scored else Score(journey.score_scale.neutral, _unscored_scale(journey))
    if new is None:
        return None
    value, words = _typed_value(new, old.scale, canvas_language(canvas), warnings)
    if value is None:
        raise Rejected(f"the score of {card.phase_name!r} is a number on the scale {old.scale}, not {new!r}", column)
    if not old.scale.low <= value <= old.scale.high:
        raise Rejected(f"the score {new!r} of {card.phase_name!r} is off the scale {old.scale}", column)
    # its face and words are kept (the words typed with it: ``TypedScore.words``)
    return TypedScore(Score(value, old.scale, old.source, face=old.face, written=old.written), words)


@dataclass(frozen=True)
class TypedScore:
    """A new score as a row asks for it: the score, and the words typed after it ("9/10 - top": "top")."""

    score: Score
    words: str = ""


def _typed_value(new: str, scale: ScoreScale, language: str, warnings: list[str]) -> tuple[float | None, str]:
    """The value a new score writes on the phase's scale, and the words typed after it: read as ``check``
    reads a score cell (``read.tables.found.typed_score``), a number before anything else ("- 2" is -2). A
    notation of the scale's own top ("8/10" on 1..10) is its number; a percentage is placed on the scale as
    the reader places it (said in ``warnings``); a fraction of another top ("4/5" on 1..10), a word or a
    sign is refused: which score it means on this scale is the team's to say."""
    if (number := score_number(new)) is not None:
        return number, ""
    read = typed_score(new)
    raw = read.score
    if raw is None or raw.value is None or read.more:
        return None, ""
    words = read.words.strip().lstrip("-–—:;,").strip()
    notation = raw.notation
    if notation is None:
        return raw.value, words
    written = raw.written.strip()
    over = out_of(written)
    if over is not None and over[1] == scale.high:  # "8/10", as the cells write it
        return over[0], words
    if written.endswith("%") and notation.light is None:
        value = notation.on(scale.low, scale.high)
        warnings.append(
            f"{written!r} is a percentage: placed on the scale {scale} as {score_in(scale, value, language)}, as "
            "check reads a "
            "percentage in a score row; write a number on the scale to give another"
        )
        return value, words
    if over is not None:  # "9/10" on -2..+2: placed end to end, as check places a cell's own scale (said)
        value = notation.on(scale.low, scale.high)
        warnings.append(
            f"{written!r} is a score out of {over[1]:g}: placed on the scale {scale} as "
            f"{score_in(scale, value, language)}, as check reads it in a score row; write a number on the scale to "
            "give another"
        )
        return value, words
    return None, ""


def _refuse_change_on_plain_scale(card: Card, new: str, canvas: Canvas, column: str) -> None:
    """A signed number ("+1", "-0,5") typed for a score on a scale with no signs (1..5, 1..10) is refused: it
    reads as a change ("one up") but would be written as the score itself (3 would become 1)."""
    number, _ = face_typed(new)
    typed = number.strip().replace("\u2212", "-").replace("\u2013", "-")  # the minus signs the reader reads
    value = score_number(typed)
    if value is None or typed[:1] not in "+-":
        return
    scale = score_scale(card, canvas)
    if scale.low < 0:
        return  # a signed scale (-2..+2) writes its scores with their signs
    old, decimal = score_number(card.text), "," if "," in typed else "."
    meant = None if old is None else old + value
    example = (
        f"e.g. {scale.shown(meant, decimal)} for {card.text.strip()} {typed}"
        if meant is not None and scale.low <= meant <= scale.high
        else f"a number from {scale.shown(scale.low, decimal)} to {scale.shown(scale.high, decimal)}"
    )
    raise Rejected(
        f"the score of {card.phase_name!r} is on the scale {scale}, which has no signs, so {new!r} is not "
        f"read as a change of it: write the new score itself, {example}",
        column,
    )


def score_scale(card: Card, canvas: Canvas) -> ScoreScale:
    """The scale of a score card's phase."""
    assert card.journey is not None and card.phase is not None
    journey = canvas.journeys[card.journey]
    scored = journey.scores[card.phase]
    return scored[0].scale if scored else _unscored_scale(journey)


def _unscored_scale(journey: Journey) -> ScoreScale:
    """The scale a journey's first score is on: its scores', else the one its score row's label names ("Score
    (1-5)"), else -2..+2."""
    if any(journey.scores):
        return journey.score_scale
    lane = journey.lane(SCORE_LANE)
    named = scale_in_label(lane.heading) if lane is not None else None
    return ScoreScale(*named) if named is not None else journey.score_scale


def figures_at(canvas: Canvas, touchpoint: Item) -> list[Metric]:
    """The rows of a figures sheet that name a touchpoint: they follow it when it is renamed (a row
    naming a touchpoint the canvas no longer has would stop the new version from being read)."""
    key = label_key(touchpoint.text)
    return [
        m
        for m in canvas.metrics
        if m.touchpoint is not None
        and m.touchpoint is not touchpoint
        and label_key(m.touchpoint.text) == key
        and not m.origin.written
    ]


def read_back_warnings(
    meant: list[str], read: list[str], rows: list[Change], path: Path, where: str
) -> list[CanvasWarning]:
    """A cell that will read back as other cards than the rows meant: said at the row whose text does it,
    with what it will read as. ``meant`` is each card's text as written (read as a line of its own reads
    it: invisible characters and list markers are no other card), ``read`` what the cell's new text reads
    back as (``text.split_items``). More cards than meant is the "; " rule (``text.semicolon_parts``: a
    one-line cell of short parts joined by "; " is read as a card per part), and said as such."""
    expected = [item for item in map(line_item, meant) if item is not None]
    if [" ".join(m.split()) for m in expected] == [" ".join(r.split()) for r in read]:
        return []
    row = next((c for c in rows if SEMICOLON in (c.new_text or c.text)), rows[0] if rows else None)
    shown = ", ".join(repr(r) for r in read) or "nothing"
    if len(read) > len(expected):
        message = (
            f"{where} will read back as {_cards(len(read))} ({shown}), not {len(expected)} as meant: a cell "
            "holding one line of short parts joined by '; ' is read as a card per part; to keep one card, "
            "write it without '; ' (with ', ' or ' – ')"
        )
    else:
        message = (
            f"{where} will read back as {_cards(len(read))} ({shown}), not as meant "
            f"({', '.join(repr(m) for m in expected) or 'nothing'}); check the cell in the new workbook"
        )
    if row is None:
        return [CanvasWarning(Location.of(path), message)]
    who = f"card {row.id}" if row.id else "the new card"
    return [CanvasWarning(Location.of(path, row.sheet, f"A{row.row}"), f"row {row.row}: {who}: {message}")]


def _cards(count: int) -> str:
    return f"{count} card{'s' if count != 1 else ''}"


def too_long(texts: dict[str, str], rows: dict[str, list[Change]], path: Path) -> list[CanvasError]:
    """Cells (by where they are) whose new text passes Excel's limit, each named with the rows and cards
    that made it so."""
    errors: list[CanvasError] = []
    for where, text in texts.items():
        if len(text) <= MAX_CELL_TEXT:
            continue
        made = rows.get(where, [])
        first = made[0] if made else None
        location = Location.of(path, first.sheet, f"A{first.row}") if first else Location.of(path)
        # the cause first; the rows after it, the first few by name and a count (20,000 rows make one cell)
        by = listed([f"row {c.row}" + (f" (card {c.id})" if c.id else " (new card)") for c in made], 5)
        made_by = f" ({counted(len(made), 'row')} write into it: {by})" if len(made) > 1 else f" ({by})" if made else ""
        errors.append(
            ApplyError(
                location,
                f"{where} would hold {len(text):,} characters, over Excel's {MAX_CELL_TEXT:,} in a cell"
                f"{made_by}; shorten the text or split it over cards",
            )
        )
    return errors
