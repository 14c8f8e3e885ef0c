"""Where a new card goes: the phase and the lane a row of the changes sheet names, as the team wrote them.

The drop-downs of the changes sheet offer the phases as ``phase_choices`` names them ("Levering", or
"R1 · Levering" when the canvas has several journeys) and the lanes that take cards (``lane_choices``);
``apply`` accepts exactly those, and besides them only what picks one phase and one lane without a doubt:

- a phase by its name alone ("Levering") when one journey has a phase of that name; when several have,
  the row is refused, naming the choices ("R1 · Levering" or "R2 · Levering");
- a lane, among the lanes of the phase's journey that take cards, by (in this order) its label as the
  sheet writes it, its role's label in the sheet's language ("Pijnpunten" for a lane the client labelled
  "Pijnpuntne", read as pain points), either in the singular where it is plural or the other way round
  ("Knelpunt" for "Knelpunten"), or a small typo of either (``vocabulary.roles.is_typo_of``); at
  each step, when it picks one lane. Two lanes picked by one step are refused with both named.

A row's problems are said together, each at its cell: a new card without text, with an unknown phase and
an unknown lane is three sentences in one run (``Rejected.also``).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable
from pathlib import Path

from canvasgen.analysis.cards import (
    card_lanes,
    cards_of,
    journey_key,
    journey_names,
    journey_words,
    phase_choice,
    phase_written,
)
from canvasgen.errors import CanvasWarning, Location
from canvasgen.model import CUSTOM_LANE, SCORE_LANE, Canvas, Journey, Lane
from canvasgen.read.changes import Change, ChangesBook
from canvasgen.read.shown import read_when
from canvasgen.text import label_key, listed
from canvasgen.vocabulary.lanes import LANE_LABELS
from canvasgen.vocabulary.roles import is_typo_of
from canvasgen.words import KIT_WORDS


class Rejected(Exception):
    """A row of the changes sheet that cannot be applied, and why; ``column`` names the field whose cell
    is at fault ("col_phase"), else the row is named at its ID; ``also``: the row's other problems."""

    def __init__(self, message: str, column: str | None = None, also: tuple[Rejected, ...] = ()) -> None:
        super().__init__(message)
        self.column = column
        self.also = also

    def each(self) -> list[Rejected]:
        """This problem and the row's others, one each."""
        return [self, *(more for other in self.also for more in other.each())]


def phase_choices(canvas: Canvas) -> list[tuple[str, tuple[int, int]]]:
    """Every phase as the drop-down offers it, with its (journey, phase)."""
    return [
        (phase_choice(canvas, j, p.name), (j, i))
        for j, journey in enumerate(canvas.journeys)
        for i, p in enumerate(journey.phases)
    ]


def lane_choices(canvas: Canvas) -> list[str]:
    """Every lane that takes cards, as the drop-down offers it (a label shared by journeys once)."""
    return list(dict.fromkeys(lane.heading for journey in canvas.journeys for _, lane in card_lanes(journey)))


def new_card_place(change: Change, canvas: Canvas, book: ChangesBook | None = None) -> tuple[Journey, int, Lane]:
    """The journey, phase and lane a new card goes into; every problem of the row raised together. A phase
    renamed in the workbook since the kit is said as such (``book``'s record knows the kit's phases)."""
    apart = _touchpoint_or_persona(change.lane, canvas)
    if apart is not None:  # the one thing to say: a phase left blank is no problem of such a row
        raise Rejected(apart, "col_lane")
    problems: list[Rejected] = []
    if not change.new_text:
        problems.append(Rejected("a new card needs its text", "col_new"))
    what = f"the new card {change.new_text!r}" if change.new_text else "the new card"
    place: tuple[int, int] | None = None
    if not change.phase:
        problems.append(Rejected(f"{what} has no phase: choose one from the drop-down", "col_phase"))
    else:
        try:
            place = _phase(change, canvas, book)
        except Rejected as rejected:
            problems.append(rejected)
    lane: Lane | None = None
    if not change.lane:
        problems.append(Rejected(f"{what} has no lane: choose one from the drop-down", "col_lane"))
    elif place is not None:
        try:
            lane = _lane(change.lane, canvas, place[0], change.language, _which(change))
        except Rejected as rejected:
            problems.append(rejected)
    elif change.phase:  # the phase names no journey: the lane is said too when no journey has it
        problems += _lane_anywhere(change.lane, canvas, change.language, _which(change))
    if problems:
        raise Rejected(str(problems[0]), problems[0].column, tuple(problems[1:]))
    assert place is not None and lane is not None
    return canvas.journeys[place[0]], place[1], lane


def _touchpoint_or_persona(typed: str, canvas: Canvas) -> str | None:
    """Why a new card cannot go where its lane names the kit's touchpoints ("Contactmoment") or a persona's line
    ("Forens Fatima · Doelen"), as the kit's own rows print them: those are rows and cells of their own sheets, not
    a lane's; None for any other lane."""
    typed_key = label_key(typed)
    card = next(
        (c for c in cards_of(canvas) if c.kind in ("touchpoint", "persona") and label_key(c.lane) == typed_key), None
    )
    if card is None or not typed_key or typed_key in {label_key(lane) for lane in lane_choices(canvas)}:
        return None  # a lane of that label takes the card
    sheet = f" on sheet '{card.item.source.sheet}'" if card.item.source is not None else ""
    if card.kind == "touchpoint":
        return (
            f"{typed!r} names the touchpoints{sheet}, not a lane: a new touchpoint is not added from the changes "
            f"sheet — write it in a row of its own{sheet}, with its phase"
        )
    return (
        f"{typed!r} names a persona's line{sheet}, not a lane: a persona's new words are not added from the "
        f"changes sheet — write them in the persona's cell{sheet}, or change that line on its own row (by its ID)"
    )


def _phase(change: Change, canvas: Canvas, book: ChangesBook | None) -> tuple[int, int]:
    choices = phase_choices(canvas)
    typed = label_key(change.phase)
    exact = [
        place
        for _, place in choices
        if typed in phase_written(canvas, place[0], canvas.journeys[place[0]].phases[place[1]].name)
    ]  # as this kit writes it, or by its code as kits before it did ("R1 · Beoordelen")
    if exact:
        return exact[0]
    alone = [
        (name, place) for name, place in choices if label_key(canvas.journeys[place[0]].phases[place[1]].name) == typed
    ]
    if len(alone) == 1:
        return alone[0][1]
    day = typed_date(change.phase, change.language)
    dated = (
        [(name, place) for name, place in choices if _phase_date(canvas, place, change.language) == day] if day else []
    )
    if len(dated) == 1:  # "12.11.2026" for the phase the canvas shows as "12. November 2026" (said: read_as)
        return dated[0][1]
    worded = journey_worded(change.phase, canvas)
    if worded is not None and not alone:  # "Huidig · Beoordelen", as the cards head it (said: read_as)
        return worded[0]
    if alone:
        names = " or ".join(repr(name) for name, _ in alone)
        raise Rejected(
            f"the phase {change.phase!r} is in {len(alone)} journeys: write which under {_column(change, 'col_phase')} "
            f"({names})",
            "col_phase",
        )
    raise Rejected(_unknown_phase(change, [name for name, _ in choices], book, canvas), "col_phase")


#: A date written in figures: day first ("12.11.2026", "12-11-2026", "12/11/26") or ISO ("2026-11-12").
DAY_FIRST = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def typed_date(text: str, language: str) -> dt.date | None:
    """The date a team typed as text in ``language`` ("12.11.2026", "2026-11-12", "12 november 2026"), or
    None: what a phase named by a date is matched by when it is not typed as the kit printed it."""
    text = text.strip()
    try:
        if (found := DAY_FIRST.fullmatch(text)) is not None:
            day, _, month, year = found.groups()
            return dt.date(int(year) + (2000 if len(year) == 2 else 0), int(month), int(day))
        if (found := _ISO.fullmatch(text)) is not None:
            return dt.date(*(int(part) for part in found.groups()))
    except ValueError:
        return None
    when = read_when(text, language or "en")
    return when.date() if isinstance(when, dt.datetime) else when


#: What stands between a journey's word and a phase where a team writes both: "Huidig · Beoordelen" as the cards
#: head it, "Ideaal - Betalen", "Ideaal: Betalen", "Ideaal Betalen"; or the word after it in brackets.
_BETWEEN = r"(?:\s*[·•|:/–—-]\s*|\s+)"


def _journey_words(canvas: Canvas) -> list[tuple[str, int]]:
    """The words each journey is told apart by, with its index: its name as the cards and handouts print it
    ("Huidig", ``journey_names``), its sheet's name, its scenario ("Ideaal") and its code ("R2"); only the
    words that name one journey."""
    names = journey_names(canvas)
    words: list[tuple[str, int]] = []
    for j, journey in enumerate(canvas.journeys):
        scenario = journey.meta.get("scenario")
        own = [names[j] if j < len(names) else "", journey.sheet, scenario.text if scenario else "", f"R{j + 1}"]
        words += [(word.strip(), j) for word in own if word.strip()]
    journeys_of: dict[str, set[int]] = {}
    for word, j in words:
        journeys_of.setdefault(label_key(word), set()).add(j)
    return list(dict.fromkeys((w, j) for w, j in words if len(journeys_of[label_key(w)]) == 1))


def journey_worded(typed: str, canvas: Canvas) -> tuple[tuple[int, int], str] | None:
    """The (journey, phase) a team named with the journey's word and the phase ("Huidig · Beoordelen",
    "beoordelen (huidig)"), and that word; None unless exactly one phase is so named."""
    if len(canvas.journeys) < 2:
        return None
    found: dict[tuple[int, int], str] = {}
    for word, j in _journey_words(canvas):
        w = re.escape(word)
        shapes = (rf"{w}{_BETWEEN}(?P<phase>.+)", rf"(?P<phase>.+?){_BETWEEN}{w}", rf"(?P<phase>.+?)\s*\(\s*{w}\s*\)")
        for shape in shapes:
            match = re.fullmatch(shape, typed.strip(), re.IGNORECASE)
            phases = canvas.journeys[j].phases
            if match is not None:
                for i, phase in enumerate(phases):
                    if label_key(phase.name) == label_key(match["phase"]):
                        found.setdefault((j, i), word)
    return next(iter(found.items())) if len(found) == 1 else None


def _phase_date(canvas: Canvas, place: tuple[int, int], language: str) -> dt.date | None:
    """The date a phase is named by: its date cell's, or the date its name writes as text ("13.11.2026" in a CSV
    or ODS canvas, where a date is text), read as the canvas's language writes dates."""
    phase = canvas.journeys[place[0]].phases[place[1]]
    when = phase.when
    if when is None:
        return typed_date(phase.written or phase.name, canvas.language or language)
    return when.date() if isinstance(when, dt.datetime) else when


def _unknown_phase(change: Change, now: list[str], book: ChangesBook | None, canvas: Canvas) -> str:
    """Why a phase is unknown: renamed in the workbook since the kit (said with its new name: only when every
    other phase is as the kit had it, at its place), a phase of the other workbook the kit was made from, or
    gone since the kit, or never one (the codes before the phases then said: the cards print the journeys'
    names, "Huidig · Beoordelen", where the drop-down writes "R1 · Beoordelen")."""
    canvas_file = canvas.file
    kit = list(book.record.phases) if book is not None and book.record is not None else []
    keys = [label_key(p) for p in kit]
    at = keys.index(label_key(change.phase)) if label_key(change.phase) in keys else None
    if at is None:
        key = journey_key(canvas)
        closest = _closest_phase(change.phase, now)
        return (
            f"unknown phase {change.phase!r} for {_which(change)}: "
            + (f"did you mean {closest!r}? choose it, or another " if closest else "choose one ")
            + f"from the drop-down ({listed(now, 20)})"
            + (f", where {key}" if key else "")
            + _unnamed_hint(change, canvas)
        )
    if _renamed_at(keys, at, canvas):
        return (
            f"the phase {change.phase!r} is named {now[at]!r} in the workbook now (it was renamed since the kit "
            f"was made): write {now[at]!r} under {_column(change, 'col_phase')} for this card, or make a new kit"
        )
    made_from = book.record.workbook if book is not None and book.record is not None else ""
    if made_from and made_from != canvas_file:  # another canvas, most likely: nothing was renamed
        return (
            f"the phase {change.phase!r} is one of {made_from}'s, the workbook the kit was made from; "
            f"{canvas_file} has the phases {listed(now, 20)}: apply these changes to {made_from}, or choose "
            "one of these phases"
        )
    return (
        f"the phase {change.phase!r} was in the workbook when the kit was made but is not any more "
        f"(its phases are now {listed(now, 20)}): choose one of them, or make a new kit"
    )


def _closest_phase(typed: str, phases: list[str]) -> str | None:
    """The one named phase a team most likely meant by a name the canvas does not have: the one whose name holds
    every word typed ("Nazorg" in 'Afronding & nazorg'), else the one whose name is closest to it (a typo);
    None where none is, or several are alike."""
    words = label_key(typed).split()
    if not words:
        return None
    holding = [p for p in phases if set(words) <= set(label_key(p).split())]
    if not holding:  # a word typed shorter or longer ("Nazorgen", "Afspraak" in 'Zoeken & afspraak maken')
        holding = [p for p in phases if all(any(w in own or own in w for own in label_key(p).split()) for w in words)]
        holding = [p for p in holding if all(len(w) >= 4 for w in words)]
    if len(holding) == 1:
        return holding[0]
    if holding:
        return None
    close = difflib.get_close_matches(label_key(typed), {label_key(p): p for p in phases}, n=2, cutoff=0.8)
    keyed = {label_key(p): p for p in phases}
    return keyed[close[0]] if len(close) == 1 else None


def _renamed_at(kit: list[str], at: int, canvas: Canvas) -> bool:
    """Whether the kit's phase at ``at`` (its drop-down's, by ``label_key``) was renamed since the kit: the
    workbook has as many phases, the one at that place named otherwise now, and every other phase as the kit
    named it (in any way a kit names it: ``phase_written``) but for one phase per journey at most (the same
    phase renamed on the ideal and the current journey's sheet)."""
    places = [place for _, place in phase_choices(canvas)]
    if len(kit) != len(places):
        return False
    changed = [
        n
        for n, (j, i) in enumerate(places)
        if kit[n] not in phase_written(canvas, j, canvas.journeys[j].phases[i].name)
    ]
    journeys = [places[n][0] for n in changed]
    return at in changed and len(journeys) == len(set(journeys))


def _unnamed_hint(change: Change, canvas: Canvas) -> str:
    """A phase the team knows by a name the sheet never wrote ("Actie") may be the one whose header is blank,
    which the drop-down names by its place ("Ideaal · Fase 3"): said, with how to give it that name."""
    unnamed = [name for name, (j, i) in phase_choices(canvas) if canvas.journeys[j].phases[i].unnamed]
    if not unnamed:
        return ""
    shown = " or ".join(repr(name) for name in unnamed[:4])
    return (
        f"; {shown} has no name on the canvas (its header is blank): if {change.phase!r} is that phase, choose "
        f"it for this card, and write {change.phase!r} over its column in the canvas to name it"
    )


def _which(change: Change) -> str:
    """The card a row places, as its problems name it: a new card, or the card it moves ("card F1-KP-01, moved")."""
    return f"card {change.moving}, moved" if change.moving else "a new card"


def _column(change: Change, field: str) -> str:
    """A column of the changes sheet as its header names it, in the sheet's language ("Phase", "Fase")."""
    return KIT_WORDS[change.language or "nl"][field]


def read_as(change: Change, canvas: Canvas, journey: int, phase: int, lane: Lane, path: Path) -> list[CanvasWarning]:
    """What a new card's Fase and Baan were read as, where the row did not write them as the drop-downs
    offer them ("Offerte" read as "R2 · Offerte", "Klantprocess" as the lane "Klantproces"): one warning
    each, at its cell, so a misread is seen and corrected there."""
    said: list[CanvasWarning] = []
    name = phase_choice(canvas, journey, canvas.journeys[journey].phases[phase].name)
    if label_key(change.phase) not in phase_written(canvas, journey, canvas.journeys[journey].phases[phase].name):
        worded = journey_worded(change.phase, canvas)
        code = journey_words(canvas)[journey] if len(canvas.journeys) > 1 else f"R{journey + 1}"
        why = "the only phase of that name"
        if worded is not None and worded[0] == (journey, phase):
            by_code = label_key(worded[1]) == label_key(code)
            why = f"{code}'s phase of that name" if by_code else f"{worded[1]!r} is {code}"
        said.append(
            CanvasWarning(
                Location.of(path, change.sheet, change.cell("col_phase")),
                f"row {change.row}: the phase {change.phase!r} is read as {name!r} ({why}); "
                f"write another under {_column(change, 'col_phase')} if the card goes elsewhere",
            )
        )
    if label_key(change.lane) not in (label_key(lane.heading), label_key(lane.label)):
        said.append(
            CanvasWarning(
                Location.of(path, change.sheet, change.cell("col_lane")),
                f"row {change.row}: the lane {change.lane!r} is read as {lane.heading!r} of {name!r}; "
                f"write another under {_column(change, 'col_lane')} if the card goes elsewhere",
            )
        )
    return said


#: How a lane is told from what the row says, in order: the first step that picks one lane decides.
_Step = Callable[[str, Lane, str], bool]


def _role_words(lane: Lane, language: str) -> list[str]:
    """The labels of the lane's role in the sheet's language (none for a lane without a role)."""
    if lane.kind == CUSTOM_LANE:
        return []
    return list(LANE_LABELS.get(language, {}).get(str(lane.kind), ()))


def _by_label(typed: str, lane: Lane, _: str) -> bool:
    return typed == label_key(lane.heading) or typed == label_key(lane.label)


def _by_role(typed: str, lane: Lane, language: str) -> bool:
    return any(typed == label_key(word) for word in _role_words(lane, language))


def _by_typo(typed: str, lane: Lane, language: str) -> bool:
    known = [lane.heading, lane.label, *_role_words(lane, language)[:1]]
    return any(is_typo_of(typed, word) for word in known)


#: What a plural adds to its singular, in the kit's languages ("Knelpunt" for "Knelpunten", "Pain point" for
#: "Pain points", "Schmerzpunkt" for "Schmerzpunkte"): the slip a workshop makes most, no typo by its length.
_PLURAL_ENDINGS = ("s", "es", "en", "n", "e", "er", "x")


def _by_number(typed: str, lane: Lane, language: str) -> bool:
    """The label (or its role's) in the singular where it is plural, or the other way round."""
    return _other_number(typed, [lane.heading, lane.label, *_role_words(lane, language)[:1]])


def _by_own_number(typed: str, lane: Lane, language: str) -> bool:
    """The lane's own label in the singular where it is plural, or the other way round: before the role's
    words, so "Schmerzpunkt" is the lane "Schmerzpunkte", not every lane of pain points."""
    return _other_number(typed, [lane.heading, lane.label])


def _other_number(typed: str, words: list[str]) -> bool:
    return any(
        longer.startswith(shorter) and longer[len(shorter) :] in _PLURAL_ENDINGS and len(shorter) >= 4
        for word in map(label_key, words)
        for shorter, longer in (sorted((typed, word), key=len),)
        if typed != word
    )


_STEPS: tuple[_Step, ...] = (_by_label, _by_own_number, _by_role, _by_number, _by_typo)


def _lane(typed: str, canvas: Canvas, journey: int, language: str, which: str = "a new card") -> Lane:
    """The lane of ``journey`` the row names (see the module's text), or why none."""
    lanes = [lane for _, lane in card_lanes(canvas.journeys[journey])]
    key = label_key(typed)
    for step in _STEPS:
        picked = [lane for lane in lanes if step(key, lane, language)]
        if len(picked) == 1:
            return picked[0]
        if picked:
            names = " or ".join(repr(lane.heading) for lane in picked)
            raise Rejected(f"the lane {typed!r} could be {names}: write one as the drop-down offers it", "col_lane")
    journey_lanes = canvas.journeys[journey].lanes
    if any(lane.kind == SCORE_LANE and _by_label(key, lane, language) for lane in journey_lanes):
        raise Rejected(
            f"the lane {typed!r} holds the scores, which take no cards: to score a phase, type its score under the "
            "new text on the phase's score row (its ID ends in -SC)",
            "col_lane",
        )
    where = f" of R{journey + 1}" if len(canvas.journeys) > 1 else ""
    raise _unknown_lane(typed, which, f"choose one of the lanes{where}", [lane.heading for lane in lanes])


def _unknown_lane(typed: str, which: str, what: str, lanes: list[str]) -> Rejected:
    return Rejected(f"unknown lane {typed!r} for {which}: {what} from the drop-down ({listed(lanes, 20)})", "col_lane")


def _lane_anywhere(typed: str, canvas: Canvas, language: str, which: str) -> list[Rejected]:
    """The lane's problem when the phase names no journey: none when some journey has such a lane."""
    for journey in range(len(canvas.journeys)):
        try:
            _lane(typed, canvas, journey, language)
        except Rejected:
            continue
        return []
    return [_unknown_lane(typed, which, "no journey has such a lane; choose one", lane_choices(canvas))]
