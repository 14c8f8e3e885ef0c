"""The workshop cards: every lane item, touchpoint and persona line of a canvas, each with a short
stable ID (``F2-KP-03``: phase 2, the customer-process lane, its third item; ``P2-CU-03`` in English).

An ID is made from the item's place in the canvas, never from its text, so the same workbook gives
the same IDs on every run; the changes sheet keeps each card's text beside its ID to tell whether a
card was edited in the workbook since the kit was made. Codes are in the canvas's language (``F2-KP-03``
in a Dutch canvas, ``P2-CU-03`` in an English one), not the kit's: the same workbook gives the same IDs
whichever language the kit is printed in; ``apply`` reads the Dutch IDs of kits made before too.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from canvasgen.analysis.view import phase_index_of, touchpoint_phase
from canvasgen.figures import score_in
from canvasgen.model import (
    CUSTOM_LANE,
    SCORE_LANE,
    Canvas,
    Item,
    Journey,
    Lane,
    LaneKind,
    Score,
    Source,
    Touchpoint,
    told_apart,
)
from canvasgen.read.package.references import position, reference
from canvasgen.read.package.safety import UNCALCULATED
from canvasgen.text import label_key
from canvasgen.vocabulary import PERSONA_STRUCTURE
from canvasgen.vocabulary.scores import writes_score
from canvasgen.words import DEFAULT_LANGUAGE, said_age

#: Two letters per lane kind, in the canvas's language: Dutch, as the agencies' own canvases (KP = klantproces),
#: and English for every other (CU = customer); ``apply`` reads a kit's Dutch IDs of any canvas still.
DUTCH_CODES = {
    "customer": "KP",
    "internal": "IP",
    "experience": "BE",
    "learning": "LV",
    "touchpoints": "CM",
    "channels": "KA",
    "emotions": "EM",
    "pain_points": "PP",
    "opportunities": "KS",
    "kpis": "KI",
}
ENGLISH_CODES = {
    "customer": "CU",
    "internal": "IN",
    "experience": "EX",
    "learning": "LE",
    "touchpoints": "TC",
    "channels": "CH",
    "emotions": "EM",
    "pain_points": "PA",
    "opportunities": "OP",
    "kpis": "KI",
}
#: The letters before a journey's and a phase's number ("R1-F2": reis, fase; "J1-P2": journey, phase).
DUTCH_PLACES = ("R", "F")
ENGLISH_PLACES = ("J", "P")


def codes_language(canvas: Canvas) -> str:
    """The language of a canvas's card codes: Dutch for a Dutch canvas (and one of no known language, as
    kits have always been), English for any other."""
    return "nl" if canvas.language in (None, "nl") else "en"


TOUCHPOINT_CODE = "TP"
PERSONA_CODE = "PE"
#: A phase's experience score on the changes sheet (``F2-SC``): one per phase, so no number after it.
SCORE_CODE = "SC"
#: The kind of the card of the words beside a score (``score_words``): the experience they tell of.
SCORE_WORDS = LaneKind.EXPERIENCE


@dataclass(frozen=True)
class Card:
    id: str
    text: str
    item: Item  # what it was read from (its cell)
    journey: int | None  # index into canvas.journeys; None for touchpoints and personas
    phase: int | None  # index into the journey's phases (a touchpoint's phase when it names one)
    phase_name: str
    lane: str  # the lane's label as written ("Klantproces"), "Touchpoints", a persona's name
    kind: str  # the lane kind, "touchpoint" or "persona"
    details: tuple[str, ...] = ()  # a touchpoint's other fields, a persona's role: printed small
    touchpoint: Touchpoint | None = None  # a touchpoint card's touchpoint: its card shows its facts in words
    #: What the card prints where it says its item otherwise than the cell: an age no heading labels, "45 jaar"
    #: in the canvas's language (its text stays "45", the cell's, which the changes sheet and apply compare).
    shown: str | None = None


def lane_codes(journey: Journey, language: str = "nl") -> dict[int, str]:
    """Each lane's code, by the lane's index: its kind's code, or ``X1``, ``X2``, ... for lanes of the
    agency's own; a second lane of the same kind gets a number after its code (``KP2``)."""
    codes: dict[int, str] = {}
    seen: dict[str, int] = {}
    custom = 0
    for index, lane in enumerate(journey.lanes):
        if lane.kind == CUSTOM_LANE or lane.kind not in DUTCH_CODES:
            custom += 1
            codes[index] = f"X{custom}"
            continue
        seen[lane.kind] = seen.get(lane.kind, 0) + 1
        code = (DUTCH_CODES if language == "nl" else ENGLISH_CODES)[lane.kind]
        codes[index] = code if seen[lane.kind] == 1 else f"{code}{seen[lane.kind]}"
    return codes


def card_lanes(journey: Journey) -> list[tuple[int, Lane]]:
    """The lanes whose items become cards: every lane with text (scores are drawn, not written)."""
    return [(i, lane) for i, lane in enumerate(journey.lanes) if lane.kind != SCORE_LANE]


def _spanned(item: Item) -> bool:
    """Whether an item comes from a cell merged over a range (the reader puts it in each phase it covers)."""
    return item.source is not None and ":" in item.source.cell


def cards_of(canvas: Canvas, language: str | None = None, once: bool = True) -> list[Card]:
    """Every card of the canvas, journey by journey, phase by phase, lane by lane; then the
    touchpoints and the persona lines. IDs carry the journey's number when a canvas has several; their
    codes are in the canvas's language (``codes_language``), or ``language``'s ("nl": a kit's Dutch IDs).
    An item every journey shares (a stage list's cell joined to each persona's journey) is one card, in the
    first journey (``shared_cards`` says which); ``once`` False: a card in each, as kits made before had."""
    cards: list[Card] = []
    several = len(canvas.journeys) > 1
    language = language or codes_language(canvas)
    journey_letter, phase_letter = DUTCH_PLACES if language == "nl" else ENGLISH_PLACES
    in_journeys: set[tuple[Source, str]] = set()  # the cells' items carded in an earlier journey
    for j, journey in enumerate(canvas.journeys):
        prefix = f"{journey_letter}{j + 1}-" if several else ""
        codes = lane_codes(journey, language)
        # A cell merged over phases is the same item in each of them: one card, in its first phase. Only
        # such items are looked for among those carded (comparing every item with every card was quadratic).
        carded: list[Item] = []
        for p, phase in enumerate(journey.phases):
            for index, lane in card_lanes(journey):
                fresh = [
                    item
                    for item in lane.cells[p]
                    if not (_spanned(item) and any(item is c for c in carded))
                    and not (once and shared_key(item) in in_journeys)
                ]
                carded.extend(item for item in fresh if _spanned(item))
                for n, item in enumerate(fresh, start=1):
                    card_id = f"{prefix}{phase_letter}{p + 1}-{codes[index]}-{n:02d}"
                    cards.append(Card(card_id, item.text, item, j, p, phase.name, lane.heading, lane.kind))
            words = [(lane, i) for lane, i in score_words(journey, p) if not (once and shared_key(i) in in_journeys)]
            for n, (lane, item) in enumerate(words, start=1):  # F2-SC-01: beside the score F2-SC
                card_id = f"{prefix}{phase_letter}{p + 1}-{SCORE_CODE}-{n:02d}"
                cards.append(Card(card_id, item.text, item, j, p, phase.name, lane.heading, SCORE_WORDS))
        in_journeys.update(_shared_keys(journey))
    cards.extend(_touchpoint_cards(canvas))
    cards.extend(_persona_cards(canvas))
    return cards


def score_words(journey: Journey, phase: int) -> list[tuple[Lane, Item]]:
    """The words a phase's score cell writes beside its score ("-1 ongerust, pijn bij elke trede", "0⏎neutraal"):
    the score lane's items read from the cell of one of the phase's scores. Each is a card of the experience
    (``SCORE_WORDS``), ``F2-SC-01`` beside the score's row ``F2-SC``: the team changes the words on the wall, and
    ``apply`` writes them back into the cell beside its score."""
    scored = {s.source for s in journey.scores[phase] if s.source is not None} if phase < len(journey.scores) else ()
    return [
        (lane, item)
        for lane in journey.lanes
        if lane.kind == SCORE_LANE
        for item in lane.cells[phase]
        if item.source in scored
    ]


def beside_score(card: Card, canvas: Canvas) -> bool:
    """Whether a card is the words its phase's score cell writes beside the score (``score_words``)."""
    if card.journey is None or card.phase is None or card.kind != SCORE_WORDS:
        return False
    return any(card.item is item for _, item in score_words(canvas.journeys[card.journey], card.phase))


def shared_cards(canvas: Canvas, cards: list[Card]) -> list[tuple[Card, list[int]]]:
    """The cards of items that several journeys share (one cell, one card: ``cards_of``), each with the
    indexes of the journeys that show it, its own first."""
    shown: dict[tuple[Source, str], list[int]] = {}
    for j, journey in enumerate(canvas.journeys):
        for seen in _shared_keys(journey):
            shown.setdefault(seen, []).append(j)
    return [
        (card, sorted(set(shown[key])))
        for card in cards
        if card.journey is not None and (key := shared_key(card.item)) and len(set(shown.get(key, []))) > 1
    ]


def _shared_keys(journey: Journey) -> set[tuple[Source, str]]:
    """The keys (``shared_key``) of every item on the journey's cards, the words beside its scores too."""
    carded = [item for _, lane in card_lanes(journey) for cell in lane.cells for item in cell]
    carded += [item for p in range(len(journey.phases)) for _, item in score_words(journey, p)]
    return {key for item in carded if (key := shared_key(item))}


def shared_key(item: Item) -> tuple[Source, str] | None:
    """What makes two journeys' items one: the cell they were read from and their text (a stage list's cell
    joined to every persona's journey); None for an item of no cell, never shared."""
    return (item.source, item.text) if item.source is not None else None


def score_text(score: Score, language: str) -> str:
    """A score as the changes sheet writes it: signed on a scale around 0 ("+1", "0", "-2"), else as is; a half
    in the canvas's language ("-0,5")."""
    return score_in(score.scale, score.value, language)


class ScoreRow(Enum):
    """Whether a phase gets a score row on the changes sheet (``score_row``), and why not."""

    SCORED = "scored"  # one score read from a cell, a number or a face, with or without words after it
    UNSCORED = "unscored"  # no score yet: the empty cell where the score row crosses the phase takes one
    FORMULA = "formula"  # that cell holds a formula read as empty: apply never writes over it
    NO_PLACE = "no place"  # no score and no empty cell for one (no score row, or text in it: said as words)
    CARDED = "carded"  # the score a card's text writes ("Gevoel: Slecht"): changed by that card
    SEVERAL = "several"  # several scores in one phase (its steps, a Mermaid section's tasks)
    LIGHT = "light"  # a traffic light
    WORD = "word"  # a score written as a word ("slecht"): the word is the team's
    NO_CELL = "no cell"  # a score of no cell of its own

    @property
    def rowed(self) -> bool:
        return self in (ScoreRow.SCORED, ScoreRow.UNSCORED)


def score_row(journey: Journey, phase: int, formulas: set[Source], carded: set[Source]) -> ScoreRow:
    """Whether the team may score ``phase`` on the changes sheet, and why not: the one rule ``score_cards`` makes
    its rows by and the kit says the phases without one by. ``formulas``: ``uncalculated_cells``; ``carded``:
    the journey's ``scoring_cards``."""
    scores = journey.scores[phase]
    if not scores:
        lane = journey.lane(SCORE_LANE)
        if lane is None or lane.cells[phase]:
            return ScoreRow.NO_PLACE
        return ScoreRow.FORMULA if score_crossing(journey, phase) in formulas else ScoreRow.UNSCORED
    if len(scores) > 1:
        return ScoreRow.SEVERAL
    score = scores[0]
    if score.source is not None and score.source in carded:
        return ScoreRow.CARDED
    if score.light is not None:
        return ScoreRow.LIGHT
    if score.mark is not None:
        return ScoreRow.WORD
    return ScoreRow.SCORED if score.source is not None else ScoreRow.NO_CELL


def score_cards(canvas: Canvas, language: str | None = None, over_formulas: bool = False) -> list[Card]:
    """A row per phase the team may score in the workshop (``P2-SC``, ``F2-SC``; ``score_row`` says which): on the
    changes sheet only (a score is drawn on the poster, not a card on the wall). A phase with one score read from
    a cell, written as a number, a face or both, with or without words after it (``apply`` writes the new number
    and keeps the rest); a phase with no score yet, where the journey has a score row to write one in (an empty
    text). IDs in the codes' language, as ``cards_of``. A phase whose score cell is a formula read as empty gets
    no row (``over_formulas``: it does, for ``apply`` to refuse a kit's row for it by name)."""
    cards = []
    formulas = uncalculated_cells(canvas)  # once: each unscored phase asks
    several = len(canvas.journeys) > 1
    journey_letter, phase_letter = DUTCH_PLACES if (language or codes_language(canvas)) == "nl" else ENGLISH_PLACES
    for j, journey in enumerate(canvas.journeys):
        prefix = f"{journey_letter}{j + 1}-" if several else ""
        lane = journey.lane(SCORE_LANE)
        label = lane.heading if lane is not None else "Score"
        carded = scoring_cards(journey)
        for p, (phase, scores) in enumerate(zip(journey.phases, journey.scores)):
            row = score_row(journey, p, formulas, carded)
            if row is ScoreRow.SEVERAL and steps_rowed(scores, carded):
                cards += _step_score_cards(canvas, j, p, f"{prefix}{phase_letter}{p + 1}", label)
                continue
            if row is ScoreRow.SCORED:
                item = Item(score_text(scores[0], canvas.language or DEFAULT_LANGUAGE), source=scores[0].source)
            elif row is ScoreRow.UNSCORED or (row is ScoreRow.FORMULA and over_formulas):
                item = Item("")  # unscored: the cell where the score row crosses the phase takes the team's
            else:
                continue
            card_id = f"{prefix}{phase_letter}{p + 1}-{SCORE_CODE}"
            cards.append(Card(card_id, item.text, item, j, p, phase.name, label, SCORE_LANE))
    return cards


def steps_rowed(scores: list[Score], carded: set[Source]) -> bool:
    """Whether a phase's several scores (its steps') each get a row of their own on the changes sheet: each a
    number or a face read from a sheet's cell of its own, none a traffic light, a word or a card's text."""
    cells = [s.source for s in scores]
    return (
        # each a cell of a sheet ("F14"): a Mermaid section's tasks are lines, written back as one phase's score
        all(cell is not None and cell not in carded and position(cell.cell.split(":")[0]) for cell in cells)
        and len(set(cells)) == len(cells)
        and all(s.light is None and s.mark is None for s in scores)
    )


def _step_score_cards(canvas: Canvas, j: int, p: int, place: str, label: str) -> list[Card]:
    """A row per step score of a phase scored in several cells (``F5.1-SC``, ``F5.2-SC``): labelled with the
    step's name where the sheet names as many steps as there are scores ("Hoe voelt ze zich? · week 1-3"), else
    with its number ("· 1/2"), so that the team changes each score in its own cell, as every other phase's."""
    journey = canvas.journeys[j]
    phase, scores = journey.phases[p], journey.scores[p]
    names = [n.text for n in phase.step_names] if len(phase.step_names) == len(scores) else []
    cards = []
    for n, score in enumerate(scores, start=1):
        step = names[n - 1] if names else f"{n}/{len(scores)}"
        item = Item(score_text(score, canvas.language or DEFAULT_LANGUAGE), source=score.source)
        card_id = f"{place}.{n}-{SCORE_CODE}"
        cards.append(Card(card_id, item.text, item, j, p, phase.name, f"{label} · {step}", SCORE_LANE))
    return cards


def scoring_cards(journey: Journey) -> set[Source]:
    """The cells of cards whose text writes their phase's score ("Gevoel: Slecht", "🙂 snel"): the card is what
    the team changes, and the score follows it. Never a card that only shares its place with a score (a Mermaid
    task "Monteur komt: 5" is the card "Monteur komt" and the score 5 on one line)."""
    return {
        item.source
        for _, lane in card_lanes(journey)
        for cell in lane.cells
        for item in cell
        if item.source is not None and writes_score(item.text)
    }


def score_crossing(journey: Journey, phase: int) -> Source | None:
    """The cell where a journey's score row (or column) crosses a phase's column (or row): where a phase not
    scored yet takes its first score; None without a score lane or a phase cell."""
    lane = journey.lane(SCORE_LANE)
    return crossing(journey, phase, lane.source if lane is not None else None)


def crossing(journey: Journey, phase: int, lane: Source | None) -> Source | None:
    """The cell where a lane's row (or column) crosses a phase's column (or row); None without a lane or a
    phase cell.
    A phase whose header cell was blank (named "Stap 3" by the reader) is placed by a cell its lanes were read
    from: a new card in its empty cell has a place as in any other phase."""
    head = journey.phases[phase].source or _phase_cell_of_items(journey, phase)
    if head is None or lane is None:
        return None
    head_at, lane_at = position(head.cell.split(":")[0]), position(lane.cell.split(":")[0])
    if head_at is None or lane_at is None:
        return None
    rows = {at[0] for p in journey.phases if p.source is not None and (at := position(p.source.cell.split(":")[0]))}
    (p_row, p_col), (l_row, l_col) = head_at, lane_at
    return Source(head.sheet, reference(l_row, p_col) if len(rows) == 1 else reference(p_row, l_col))


def _phase_cell_of_items(journey: Journey, phase: int) -> Source | None:
    """A cell of ``phase`` read from a single cell (a range may be merged over other phases): it stands in the
    phase's column (or row) as its blank header would."""
    return next(
        (
            item.source
            for lane in journey.lanes
            for item in lane.cells[phase]
            if item.source is not None and ":" not in item.source.cell
        ),
        None,
    )


def uncalculated_cells(canvas: Canvas) -> set[Source]:
    """The cells holding a formula Excel never calculated (read as empty, warned): no empty cell to write in."""
    return {
        Source(w.location.sheet, w.location.cell)
        for w in canvas.warnings
        if w.message.startswith(UNCALCULATED) and w.location.sheet and w.location.cell
    }


def changes_cards(canvas: Canvas, carded: list[Card] | None = None, scores: list[Card] | None = None) -> list[Card]:
    """The rows of the changes sheet: every card (``cards_of``, or ``carded`` where the caller has them) with
    each phase's score after its phase's lane cards (``score_cards``, or ``scores``), before the touchpoints and
    personas. One pass: the lane cards come journey by journey, phase by phase, as the scores do."""
    pending = list(reversed(score_cards(canvas) if scores is None else scores))  # taken from the end: the first last
    rows: list[Card] = []
    for card in cards_of(canvas) if carded is None else carded:
        lane_card = card.journey is not None and card.phase is not None
        while pending and (not lane_card or _place(pending[-1]) < _place(card)):
            rows.append(pending.pop())
        rows.append(card)
    rows.extend(reversed(pending))
    return rows


def _place(card: Card) -> tuple[int, int]:
    assert card.journey is not None and card.phase is not None
    return card.journey, card.phase


def _touchpoint_cards(canvas: Canvas) -> list[Card]:
    cards = []
    phases = phase_index_of(canvas.journeys[0]) if canvas.journeys else {}
    head = canvas.touchpoint_columns.get("touchpoint")
    label = head.text if head is not None else "Touchpoints"
    for n, tp in enumerate(canvas.touchpoints, start=1):
        if tp.name is None:
            continue
        phase_text = tp.phase.text if tp.phase else ""
        index = touchpoint_phase(tp, phases)  # the phase the poster draws it in
        details = tuple(
            f"{canvas.touchpoint_columns[k].text if k in canvas.touchpoint_columns else k}: {v.text}"
            for k, v in tp.fields.items()
        )
        cards.append(
            Card(
                f"{TOUCHPOINT_CODE}-{n:02d}",
                tp.name.text,
                tp.name,
                None,
                index,
                phase_text,
                label,
                "touchpoint",
                details,
                tp,
            )
        )
    return cards


def _persona_cards(canvas: Canvas, structure: bool = False) -> list[Card]:
    """A card per persona line: the name, then each field that is content. Which phases a persona takes
    part in ("Betrokken in fasen: alle fasen") is structure and gets no card; the other cards keep the
    number the field has among all of them, so the IDs of kits made before stay the same. ``structure``:
    the structure lines' cards instead, as kits made before had them (``retired_cards``)."""
    cards = []
    language = canvas.language or DEFAULT_LANGUAGE
    for p, persona in enumerate(canvas.personas, start=1):
        name = persona.name.text if persona.name else f"Persona {p}"
        lines: list[tuple[str, Item, bool, str | None]] = [(name, persona.name, True, None)] if persona.name else []
        for key, item in persona.fields.items():
            head = canvas.persona_headings(persona).get(key)
            # an age no heading labels ("Jan de Vries (45)"): "45 jaar" under the name, never "Jan de Vries · age"
            age = said_age(item.text, language) if head is None and key == "age" else None
            lane = name if age else f"{name} · {head.text if head is not None else key}"
            lines.append((lane, item, key not in PERSONA_STRUCTURE, age))
        for n, (lane, item, content, shown) in enumerate(lines, start=1):
            if content != structure:
                card_id = f"{PERSONA_CODE}{p}-{n:02d}"
                cards.append(Card(card_id, item.text, item, None, None, "", lane, "persona", shown=shown))
    return cards


def retired_cards(canvas: Canvas) -> list[Card]:
    """The cards a kit of an earlier canvasgen printed that today's kit does not: a persona's involvement
    per phase ("Betrokken in fasen: alle fasen", ``PE1-05``), under the ID it had then. ``apply`` still
    applies a team's edit of one to the cell it was read from; no kit prints them."""
    return _persona_cards(canvas, structure=True)


def journey_names(canvas: Canvas) -> list[str]:
    """Each journey's name as the kit tells them apart, as the deck does (``told_apart``: "Huidige reis" of
    "Van knieklachten – Huidige reis"), never its sheet's name ("Blad1" is no name for a participant); none
    for a canvas of one journey, whose cards need no journey's name."""
    journeys = canvas.journeys
    if len(journeys) < 2:
        return []
    return told_apart([j.name for j in journeys])


#: The longest journey's name the changes sheet writes before a phase ("Huidig · Beoordelen"): a longer one
#: would crowd the Fase drop-down, and the journeys are coded R1, R2 … there instead.
_WORD_BEFORE_PHASE = 24


def journey_words(canvas: Canvas) -> list[str]:
    """What the changes sheet writes before each journey's phases: its name as the cards head it ("Huidig",
    ``journey_names``) where the names are short, else its code ("R1"); none for a canvas of one journey."""
    names = journey_names(canvas)
    if all(len(name) <= _WORD_BEFORE_PHASE and "·" not in name for name in names):
        return names
    return [f"R{n}" for n in range(1, len(names) + 1)]


def journey_key(canvas: Canvas) -> str:
    """What "R1", "R2" … before a phase on the changes sheet stand for: "R1 = Huidige reis · R2 = Ideale reis";
    "" for a canvas of one journey, or of journeys the sheet names as the cards do."""
    if journey_words(canvas) == journey_names(canvas):
        return ""
    return " · ".join(f"R{n} = {name}" for n, name in enumerate(journey_names(canvas), start=1))


def phase_choice(canvas: Canvas, journey: int, phase: str) -> str:
    """A phase as the changes sheet names it (and ``apply`` reads it back): "Actie", or "Huidig · Actie" (or
    "R2 · Actie", ``journey_words``) when the canvas has several journeys."""
    words = journey_words(canvas)
    return f"{words[journey]} · {phase}" if journey < len(words) else phase


def phase_written(canvas: Canvas, journey: int, phase: str) -> set[str]:
    """Each way a changes sheet names a phase, by ``label_key``: as this kit does, by its code as kits
    before the journeys' names did ("R1 · Actie"), and by its sheet's name as kits before round 17 did where
    the names' last parts were alike ("Blad1 · Actie")."""
    several = len(canvas.journeys) > 1
    written = {
        label_key(phase_choice(canvas, journey, phase)),
        label_key(f"R{journey + 1} · {phase}" if several else phase),
    }
    sheets = [j.sheet for j in canvas.journeys]
    if several and journey < len(sheets) and sheets.count(sheets[journey]) == 1:
        written.add(label_key(f"{sheets[journey]} · {phase}"))
    return written
