"""Version comparison: what changed between two versions of a canvas, per phase and lane.

In the workshop's words: a card whose text changed is "changed (old → new)", not one removed and one
added. In a cell with one item each side, a changed text is a change whatever the similarity; in a
cell with several, items pair by similarity (``match``), then what is left pairs by position: between
the same unchanged neighbours, in order. Only what is left after that was added or removed.
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any, Literal

from canvasgen.analysis.align import Alignment, align_phases
from canvasgen.analysis.match import DEFAULT_THRESHOLD, Pair, match
from canvasgen.model import CUSTOM_LANE, SCORE_LANE, Canvas, Item, Journey, Lane, Metric, MetricFrom, Source
from canvasgen.read.metrics.kinds import kind_of
from canvasgen.read.shown import read_when
from canvasgen.text import label_key


@dataclass(frozen=True)
class ItemChange:
    """An item whose text changed: paired with what it was by similarity (``similarity`` its score) or,
    with nothing alike enough, by its place in the cell (``similarity`` None)."""

    old: Item
    new: Item
    similarity: float | None

    @property
    def paired_by(self) -> Literal["similarity", "position"]:
        return "position" if self.similarity is None else "similarity"


@dataclass(frozen=True)
class ItemMove:
    """An item that left one place (``old``: "phase · lane") and is, with the same text, here now."""

    item: Item
    old: str


@dataclass
class LaneChange:
    lane: str
    added: list[Item] = field(default_factory=list)
    removed: list[Item] = field(default_factory=list)
    changed: list[ItemChange] = field(default_factory=list)
    moved: list[ItemMove] = field(default_factory=list)  # here now, from another phase or lane
    #: A cell several journeys show (a stage list's, joined to each persona's journey) is said once, in the
    #: first: the journeys that show it, by the text said (an item's, a change's new text).
    journeys: dict[str, list[str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed or self.moved)


@dataclass
class PhaseChange:
    old: str
    new: str
    renamed: bool
    lanes: list[LaneChange] = field(default_factory=list)
    score: tuple[str, str] | None = None  # (old, new) when it changed, as the JSON gives them
    score_values: tuple[list[float], list[float]] = ([], [])  # the same as numbers, for a report's language
    score_signed: bool = False  # scored on a scale round zero: written "+1", as the poster writes it

    def __bool__(self) -> bool:
        return self.renamed or bool(self.lanes) or self.score is not None


@dataclass
class JourneyChange:
    name: str
    phases: list[PhaseChange]
    phases_added: list[str]
    phases_removed: list[str]
    lanes_added: list[str]
    lanes_removed: list[str]
    meta: list[tuple[str, str, str]] = field(default_factory=list)  # (label, old, new)
    #: The phases both versions have, in the old order and in the new, when that order changed (columns moved).
    order: tuple[list[str], list[str]] | None = None

    def __bool__(self) -> bool:
        changed = self.phases_added or self.phases_removed or self.lanes_added or self.lanes_removed or self.meta
        return any(self.phases) or bool(changed) or self.order is not None


@dataclass
class FigureChange:
    """A measured figure that changed, came or went (``old`` or ``new`` is None then)."""

    metric: str
    where: str  # "Actie · Checkout"
    old: Metric | None
    new: Metric | None


@dataclass
class RecordChange:
    """A touchpoint or a persona (of the Touchpoints and Personas sheets) that came, went or changed: its
    name, and each field that changed (the name itself under the name column's label)."""

    name: str
    old: Item | None  # its name item; None when it is new
    new: Item | None  # None when it is gone
    fields: list[tuple[str, Item | None, Item | None]] = field(default_factory=list)  # (label, old, new)


@dataclass
class VersionDiff:
    old: str
    new: str
    journeys: list[JourneyChange]
    journeys_added: list[str]
    journeys_removed: list[str]
    figures: list[FigureChange] = field(default_factory=list)
    touchpoints: list[RecordChange] = field(default_factory=list)
    personas: list[RecordChange] = field(default_factory=list)
    #: The language the versions were compared in: their dates, and the scores a report writes ("-1,5" in Dutch).
    language: str = "en"

    def to_dict(self) -> dict[str, Any]:
        def item(i: Item) -> dict[str, Any]:
            return i.to_dict()

        def shown_in(lane: LaneChange, text: str) -> dict[str, Any]:
            return {"journeys": lane.journeys[text]} if text in lane.journeys else {}

        def figure(m: Metric | None) -> dict[str, Any] | None:
            if m is None:
                return None
            return {
                "value": m.value,
                "unit": m.unit,
                "target": m.target,
                "met": m.met,
                "period": m.period.text if m.period else None,
            }

        def records(changes: list[RecordChange], kind: str) -> dict[str, Any]:
            return {
                f"{kind}_added": [item(c.new) for c in changes if c.old is None and c.new is not None],
                f"{kind}_removed": [item(c.old) for c in changes if c.new is None and c.old is not None],
                f"{kind}_changed": [
                    {"name": c.name, "field": label, "old": item(a) if a else None, "new": item(b) if b else None}
                    for c in changes
                    if c.old is not None and c.new is not None
                    for label, a, b in c.fields
                ],
            }

        return {
            "old": self.old,
            "new": self.new,
            **records(self.touchpoints, "touchpoints"),
            **records(self.personas, "personas"),
            "figures": [
                {"metric": f.metric, "where": f.where, "old": figure(f.old), "new": figure(f.new)} for f in self.figures
            ],
            "journeys_added": self.journeys_added,
            "journeys_removed": self.journeys_removed,
            "journeys": [
                {
                    "name": j.name,
                    "phases_added": j.phases_added,
                    "phases_removed": j.phases_removed,
                    "lanes_added": j.lanes_added,
                    "lanes_removed": j.lanes_removed,
                    "meta": [{"field": f, "old": o, "new": n} for f, o, n in j.meta],
                    "phases_reordered": (
                        {"old": " | ".join(j.order[0]), "new": " | ".join(j.order[1])} if j.order else None
                    ),
                    "phases": [
                        {
                            "old": p.old,
                            "new": p.new,
                            "renamed": p.renamed,
                            "score": {"old": p.score[0], "new": p.score[1]} if p.score else None,
                            "lanes": [
                                {
                                    "lane": lane.lane,
                                    "added": [item(i) | shown_in(lane, i.text) for i in lane.added],
                                    "removed": [item(i) | shown_in(lane, i.text) for i in lane.removed],
                                    "moved": [
                                        {"card": m.item.text, "old": m.old, "new": f"{p.new} · {lane.lane}"}
                                        | ({"cell": str(m.item.source)} if m.item.source is not None else {})
                                        for m in lane.moved
                                    ],
                                    "changed": [
                                        {
                                            "old": item(c.old),
                                            "new": item(c.new),
                                            "similarity": c.similarity,
                                            "paired_by": c.paired_by,
                                        }
                                        | shown_in(lane, c.new.text)
                                        for c in lane.changed
                                    ],
                                }
                                for lane in p.lanes
                            ],
                        }
                        for p in j.phases
                        if p
                    ],
                }
                for j in self.journeys
            ],
        }


def compare(old: Canvas, new: Canvas, threshold: float = DEFAULT_THRESHOLD, language: str = "en") -> VersionDiff:
    new_by_key = {label_key(j.name): j for j in new.journeys}
    pairs: list[tuple[Journey, Journey]] = []
    unpaired_new = list(new.journeys)
    removed = []
    for index, journey in enumerate(old.journeys):
        partner = new_by_key.get(label_key(journey.name))
        if partner is None and index < len(new.journeys) and new.journeys[index] in unpaired_new:
            partner = new.journeys[index]  # renamed journeys are paired by position
        if partner is None or partner not in unpaired_new:
            removed.append(journey.name)
            continue
        unpaired_new.remove(partner)
        pairs.append((journey, partner))
    changes = [_journey(a, b, threshold) for a, b in pairs]
    _shared_once(changes)
    # a phase's old name -> its new one; a name both versions give a phase (two names swapped) stays that name's
    renamed = {
        label_key(c.old): c.new
        for change in changes
        for c in change.phases
        if label_key(c.old) not in {label_key(p.new) for p in change.phases}
    }
    touchpoints = _record_changes(_touchpoints(old), _touchpoints(new), threshold, renamed)
    figures = _figure_changes(old, new, renamed, _renamed_records(touchpoints))
    touchpoints = _told_once(touchpoints, figures)
    personas = _record_changes(_personas(old), _personas(new), threshold, {})
    return VersionDiff(
        old.file, new.file, changes, [j.name for j in unpaired_new], removed, figures, touchpoints, personas, language
    )


Record = tuple[Item, dict[str, tuple[str, Item]]]  # a record's name, and its other fields: key -> (label, item)


def _shared_once(journeys: list[JourneyChange]) -> None:
    """A cell several journeys show (a stage list's cell, joined to each persona's journey) that changed is one
    change: said in the first journey that shows it, naming every one (``LaneChange.journeys``), and no more in
    the others. Only across journeys: a cell merged over one journey's phases is said as ``_journey`` says it."""
    first: dict[tuple[object, ...], tuple[LaneChange, str]] = {}

    def once(key: tuple[object, ...], lane: LaneChange, journey: str, text: str) -> bool:
        """Whether this is the change's first journey (else it is named under the first's, and not said here)."""
        owner, where = first.setdefault(key, (lane, journey))
        if where == journey:
            return True
        shown = owner.journeys.setdefault(text, [where])
        if journey not in shown:
            shown.append(journey)
        return False

    for journey in journeys:
        for phase in journey.phases:
            for lane in phase.lanes:
                for kind, items in (("added", lane.added), ("removed", lane.removed)):
                    items[:] = [
                        i
                        for i in items
                        if i.source is None or once((kind, i.source, i.text), lane, journey.name, i.text)
                    ]
                lane.changed = [
                    c
                    for c in lane.changed
                    if c.old.source is None
                    or once(("changed", c.old.source, c.old.text, c.new.text), lane, journey.name, c.new.text)
                ]
            phase.lanes = [lane for lane in phase.lanes if lane]


def _touchpoints(canvas: Canvas) -> list[Record]:
    def label(key: str, default: str) -> str:
        head = canvas.touchpoint_columns.get(key)
        return head.text if head is not None else default

    records = []
    for tp in canvas.touchpoints:
        if tp.name is None:
            continue
        fields = {key: (label(key, key), item) for key, item in tp.fields.items()}
        if tp.phase is not None:
            fields["phase"] = (label("phase", "phase"), tp.phase)
        records.append((tp.name, fields))
    return records


def _personas(canvas: Canvas) -> list[Record]:
    """Each persona with its fields, a field a second sheet writes again (alike or otherwise) keyed by that sheet
    too: a field one version keeps twice ("Leeftijd" 34 and 35, the reader's ``age`` and ``age_2``) and the next
    writes alike on both (36, one ``age`` written again) pairs each copy with its own cell, a change of each, not
    a field gone."""
    records = []
    for n, persona in enumerate(canvas.personas, start=1):
        name = persona.name or Item(f"Persona {n}")
        headings = canvas.persona_headings(persona)
        fields = {}
        for key, item in persona.fields.items():
            base = _numbered.fullmatch(key)
            copy = base is not None and base.group(1) in persona.fields and item.source is not None
            head = headings.get(key) or (headings.get(base.group(1)) if copy and base is not None else None)
            where = f"{base.group(1)} @ {item.source.sheet}" if copy and base and item.source else key
            fields[where] = (head.text if head is not None else key, item)
        for again in persona.written_again:
            for key, source in again.items():
                if key in persona.fields and f"{key} @ {source.sheet}" not in fields:
                    head = headings.get(key)
                    written = Item(persona.fields[key].text, source)
                    fields[f"{key} @ {source.sheet}"] = (head.text if head is not None else key, written)
        records.append((name, fields))
    return records


_numbered = re.compile(r"(.+)_\d+")  # a persona's field the reader kept twice ("age_2"), after the first


def _record_changes(
    old: list[Record], new: list[Record], threshold: float, renamed: dict[str, str]
) -> list[RecordChange]:
    """Records paired by name (the same, then alike, then by place), each with the fields that changed; a
    touchpoint's phase that only follows its phase's new name (``renamed``) did not change."""
    changes = []
    for i, j in _paired_places([name for name, _ in old], [name for name, _ in new], threshold):
        if i is None or j is None:
            a, b = old[i][0] if i is not None else None, new[j][0] if j is not None else None
            changes.append(RecordChange((b or a).text, a, b))  # type: ignore[union-attr]
            continue
        (a, before), (b, after) = old[i], new[j]
        fields: list[tuple[str, Item | None, Item | None]] = [] if _same_text(a.text, b.text) else [("name", a, b)]
        said: dict[str, tuple[str, str]] = {}  # key -> (old, new) text: a copy changed as its first is said once
        for key in [*after, *(k for k in before if k not in after)]:
            x, y = before.get(key), after.get(key)
            label = y[0] if y is not None else x[0] if x is not None else key
            was = renamed.get(label_key(x[1].text), x[1].text) if x is not None and key == "phase" else None
            if (
                x is None
                or y is None
                or not (
                    _same_text(was or x[1].text, y[1].text) or _same_text(x[1].text, y[1].text)  # as written in both
                )
            ):
                texts = (x[1].text if x else "", y[1].text if y else "")
                if said.get(key.split(" @ ")[0]) == texts:
                    continue
                said[key] = texts
                fields.append((label, x[1] if x else None, y[1] if y else None))
        if fields:
            changes.append(RecordChange(b.text, a, b, fields))
    return changes


def _told_once(changes: list[RecordChange], figures: list[FigureChange]) -> list[RecordChange]:
    """The touchpoints' changes without those the measured figures tell: a KPI cell whose figures changed and
    nothing else ("Wachttijd 55 min (doel 30 min)" → "Wachttijd 40 min (doel 30 min)") is one change, under
    the figures, where it belongs; any other change in the cell beside the figures ("3 klachten" → "5
    klachten", "Q2" → "Q3") stays here too: only the figures' own written value and target are set aside."""
    read = {str(m.value_item.source) for f in figures for m in (f.old, f.new) if m is not None and m.value_item.source}

    def told(old: Item | None, new: Item | None) -> bool:
        if old is None or new is None or not {str(old.source), str(new.source)} <= read:
            return False
        was = [f.old for f in figures if f.old is not None and f.old.value_item.source == old.source]
        now = [f.new for f in figures if f.new is not None and f.new.value_item.source == new.source]
        return _without_figures(old.text, was) == _without_figures(new.text, now)

    kept = []
    for change in changes:
        fields = [field for field in change.fields if not told(field[1], field[2])]
        if fields or not change.fields:
            kept.append(RecordChange(change.name, change.old, change.new, fields))
    return kept


def _without_figures(text: str, metrics: list[Metric]) -> str:
    """A cell's text without the figures read from it (each one's value and target as written, once): what a
    figure's change leaves as it was. Any other number in it stays, to be compared."""
    for metric in metrics:
        for item in (metric.value_item, metric.target_item):
            if item is not None and item.text.strip():
                text = text.replace(item.text.strip(), "\x00", 1)
    return " ".join(text.split())


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def paired(old: list[Item], new: list[Item], threshold: float) -> list[tuple[Item | None, Item | None]]:
    """Items paired as a changed cell pairs them (the same text, then alike, then by place between the same
    unchanged neighbours); an item without a partner is paired with None. In the new items' order, then
    the items gone."""
    return [
        (old[i] if i is not None else None, new[j] if j is not None else None)
        for i, j in _paired_places(old, new, threshold)
    ]


def _paired_places(old: list[Item], new: list[Item], threshold: float) -> list[tuple[int | None, int | None]]:
    """``paired``, by the items' places in their lists."""
    placed = _pair_places(old, new, threshold)
    partner = dict((j, i) for i, j in placed.by_place)
    partner.update((p.at[1], p.at[0]) for p in placed.pairs)
    pairs: list[tuple[int | None, int | None]] = [(partner.get(j), j) for j in range(len(new))]
    pairs += [(i, None) for i in sorted(placed.removed)]
    return pairs


def _renamed_records(changes: list[RecordChange]) -> dict[str, str]:
    """The records (touchpoints) renamed between two versions: old name's matching key -> new name."""
    return {
        label_key(c.old.text): c.new.text
        for c in changes
        if c.old is not None and c.new is not None and not _same_text(c.old.text, c.new.text)
    }


def _figure_changes(
    old: Canvas, new: Canvas, renamed: dict[str, str], touchpoints_renamed: dict[str, str]
) -> list[FigureChange]:
    """Measured figures (Metrics sheet, CSV) by phase, touchpoint and metric: changed, new, gone. A figure
    of a phase or touchpoint that was renamed (``renamed``, ``touchpoints_renamed``) is the same figure
    under its new name: one change, not one gone and one new. Figures written in a lane are lane text,
    compared with the lanes."""

    def key(m: Metric, phase: str | None, touchpoint: str | None) -> tuple[str, str, str]:
        kind = kind_of(m.name.text)
        metric = kind.key if kind else label_key(m.name.text)
        return (label_key(phase or ""), label_key(touchpoint or ""), metric)

    def measured(canvas: Canvas) -> list[Metric]:
        return [m for m in canvas.metrics if m.origin.read_from is not MetricFrom.LANE]

    def was(m: Metric) -> str | None:
        return touchpoints_renamed.get(label_key(m.touchpoint.text), m.touchpoint.text) if m.touchpoint else None

    phases = {label_key(p.name) for j in new.journeys for p in j.phases}

    def now(m: Metric) -> str | None:
        """A new figure's phase; one still naming a phase renamed since (kept under its old name, and said
        by the reading) is the renamed phase's figure, as it was."""
        stray = m.phase is not None and label_key(m.phase) not in phases
        return renamed.get(label_key(m.phase or ""), m.phase) if stray else m.phase

    before = {key(m, renamed.get(label_key(m.phase or ""), m.phase), was(m)): m for m in measured(old)}
    after = {key(m, now(m), m.touchpoint.text if m.touchpoint else None): m for m in measured(new)}
    changes = []
    for k in [*after, *(k for k in before if k not in after)]:
        a, b = before.get(k), after.get(k)
        if a is not None and b is not None and (a.value, a.unit, a.target) == (b.value, b.unit, b.target):
            continue
        m = b or a
        assert m is not None
        where = " · ".join(t for t in (m.phase or "", m.touchpoint.text if m.touchpoint else "") if t)
        changes.append(FigureChange(m.name.text, where, a, b))
    return changes


def _lane_key(lane: Lane) -> str:
    return label_key(lane.label) if lane.kind == CUSTOM_LANE else lane.kind


def _lanes(journey: Journey) -> dict[tuple[str, int], Lane]:
    """The lanes that hold text by what they are, a second lane of the same (two lanes "Pijnpunten") by
    its place among them: each is compared with the lane in the same place in the other version."""
    found: dict[tuple[str, int], Lane] = {}
    for lane in journey.lanes:
        # a score row too: its text (words beside a score, a cell that is no score) is compared as any lane's
        key = _lane_key(lane)
        if key == SCORE_LANE and (key, 0) in found and not lane.item_count():
            continue  # a further row of a phase's scores (a phase of two steps written anew): its scores are compared
        found[(key, sum(1 for k, _ in found if k == key))] = lane
    return found


def _lane_of_its_own(lane: Lane, other: Journey) -> bool:
    """Whether a lane only one version has is one to say as added or removed: not a score row of scores alone
    where the other version scores its phases otherwise (a Mermaid journey's task scores, written as a row in
    its new workbook): the same scores, compared phase by phase."""
    return not (lane.kind == SCORE_LANE and not lane.item_count() and any(other.scores))


def _lane_name(lane: Lane, key: tuple[str, int]) -> str:
    """A lane's label, with its place among lanes of the same when it is not the first ("Pijnpunten (2)")."""
    return lane.label if key[1] == 0 else f"{lane.label} ({key[1] + 1})"


def _journey(old: Journey, new: Journey, threshold: float) -> JourneyChange:
    alignment = _names_swapped(old, new, align_phases(old, new))
    old_lanes, new_lanes = _lanes(old), _lanes(new)
    phases = []
    compared: list[_Compared] = []
    for i, j in alignment.pairs:
        change = PhaseChange(old.phases[i].name, new.phases[j].name, (i, j) in alignment.renamed)
        for key, new_lane in new_lanes.items():
            old_lane = old_lanes.get(key)
            if old_lane is None:
                continue
            lane = _lane_change(_lane_name(new_lane, key), old_lane.cells[i], new_lane.cells[j], threshold)
            compared.append(_Compared(key, old_lane, new_lane, lane))
            if lane:
                change.lanes.append(lane)
        values = (
            [s.value for s in old.scores[i]] if i < len(old.scores) else [],
            [s.value for s in new.scores[j]] if j < len(new.scores) else [],
        )
        before, after = (" · ".join(f"{v:g}" for v in side) for side in values)  # the JSON's, as ever
        if before != after:
            change.score, change.score_values = (before, after), values
            change.score_signed = new.score_scale.low < 0
        phases.append(change)
    _merged_cards_apart(compared)
    _moves(phases)
    return JourneyChange(
        new.name,
        phases,
        [new.phases[j].name for j in alignment.right_only],
        [old.phases[i].name for i in alignment.left_only],
        [
            _lane_name(lane, key)
            for key, lane in new_lanes.items()
            if key not in old_lanes and _lane_of_its_own(lane, old)
        ],
        [
            _lane_name(lane, key)
            for key, lane in old_lanes.items()
            if key not in new_lanes and _lane_of_its_own(lane, new)
        ],
        _meta_changes(old, new),
        _order(old, new, alignment),
    )


#: The share of a phase's cards another version's phase must hold for the two to be one phase (``_names_swapped``).
SAME_PHASE_CARDS = 0.5


def _cards_of(journey: Journey, phase: int) -> list[str]:
    return [" ".join(item.text.split()) for lane in journey.lanes for item in lane.cells[phase] if item.text.strip()]


def _shared(a: list[str], b: list[str]) -> float:
    """The share of the larger of two phases' cards that both hold (0 when either has none)."""
    if not a or not b:
        return 0.0
    rest = list(b)
    both = 0
    for text in a:
        if text in rest:
            rest.remove(text)
            both += 1
    return both / max(len(a), len(b))


def _names_swapped(old: Journey, new: Journey, alignment: Alignment) -> Alignment:
    """Phases paired by name whose cards are not alike, each of whose cards are another such pair's: the
    phases' names were swapped (or passed round) and their cards stayed. Paired by their cards instead, each a
    phase renamed, rather than every card of both said changed "in its place"."""
    unlike = [
        (i, j)
        for i, j in alignment.pairs
        if (i, j) not in alignment.renamed and _shared(_cards_of(old, i), _cards_of(new, j)) < SAME_PHASE_CARDS
    ]
    if len(unlike) < 2:
        return alignment
    news = [j for _, j in unlike]
    repaired: dict[int, int] = {}
    for i, _ in unlike:
        cards = _cards_of(old, i)
        shares = {j: _shared(cards, _cards_of(new, j)) for j in news}
        best = max(news, key=lambda j: shares[j])
        if shares[best] < SAME_PHASE_CARDS or best in repaired.values():
            return alignment  # not every one of them found its cards in another: edited, not swapped
        repaired[i] = best
    pairs = sorted([*((i, j) for i, j in alignment.pairs if i not in repaired), *repaired.items()])
    renamed = alignment.renamed | {(i, j) for i, j in repaired.items() if (i, j) not in alignment.pairs}
    return Alignment(pairs, renamed, alignment.left_only, alignment.right_only)


def _order(old: Journey, new: Journey, alignment: Alignment) -> tuple[list[str], list[str]] | None:
    """The phases both versions have, in either's order, when the new version has them in another order."""
    pairs = sorted(alignment.pairs)
    news = [j for _, j in pairs]
    if news == sorted(news):
        return None
    return [old.phases[i].name for i, _ in pairs], [new.phases[j].name for j in sorted(news)]


@dataclass(frozen=True)
class _Compared:
    """One lane's cell in one phase as compared: the lane in either version, and what changed in it."""

    key: tuple[str, int]  # the lane's (``_lanes``): the same in every phase
    old: Lane
    new: Lane
    change: LaneChange


def _merged_cards_apart(compared: list[_Compared]) -> None:
    """A card merged over several phases is one card: paired by its place with another item in some of its
    phases only (kept as it was, or gone, in the others) it is not that item changed. The team kept it in
    one phase and added a card in another, or took it out and added one: there it is said as removed, and
    the other item as added (or moved, ``_moves``). A card rewritten in every phase it covers is changed."""
    for side in ("old", "new"):
        by_place: dict[tuple[tuple[str, int], Source], list[tuple[_Compared, ItemChange]]] = {}
        for cell in compared:
            for change in cell.change.changed:
                source = (change.old if side == "old" else change.new).source
                if change.similarity is None and source is not None and ":" in source.cell:
                    by_place.setdefault((cell.key, source), []).append((cell, change))
        for (_, source), found in by_place.items():
            lane = found[0][0].old if side == "old" else found[0][0].new
            covered = sum(1 for items in lane.cells if any(item.source == source for item in items))
            if len(found) >= covered:
                continue  # paired by place in every phase it covers: the card itself rewritten
            for cell, change in found:
                cell.change.changed.remove(change)
                cell.change.removed.append(change.old)
                cell.change.added.append(change.new)


def _moves(phases: list[PhaseChange]) -> None:
    """An item removed from one place whose text was added in exactly one other (and removed from no other
    place) was moved, as ``apply`` moves a card: said once, where it is now, with where it was."""

    def text(item: Item) -> str:
        return " ".join(item.text.split())

    gone: dict[str, list[tuple[PhaseChange, LaneChange, Item]]] = {}
    came: dict[str, list[tuple[PhaseChange, LaneChange, Item]]] = {}
    for phase in phases:
        for lane in phase.lanes:
            for item in lane.removed:
                gone.setdefault(text(item), []).append((phase, lane, item))
            for item in lane.added:
                came.setdefault(text(item), []).append((phase, lane, item))
    for key, left in gone.items():
        arrived = came.get(key, [])
        if len(left) != 1 or len(arrived) != 1:
            continue  # the same text gone from or come to several places: which went where is not known
        (old_phase, old_lane, old_item), (_, new_lane, new_item) = left[0], arrived[0]
        old_lane.removed.remove(old_item)
        new_lane.added.remove(new_item)
        new_lane.moved.append(ItemMove(new_item, f"{old_phase.new} · {old_lane.lane}"))
    for phase in phases:
        phase.lanes = [lane for lane in phase.lanes if lane]


@dataclass(frozen=True)
class _Placed:
    """A cell's items paired, by their places: by text or likeness, by place between unchanged neighbours,
    and those left over on either side."""

    pairs: list[Pair]
    by_place: list[tuple[int, int]]
    removed: list[int]
    added: list[int]


def _pair_places(old: list[Item], new: list[Item], threshold: float) -> _Placed:
    matching = match(old, new, threshold)
    # An unpaired item's stretch of the cell: how many items kept as they were come before it (items paired
    # by similarity may have moved: they mark no place).
    kept = [p for p in matching.pairs if p.exact]
    anchors = (sorted(p.at[0] for p in kept), sorted(p.at[1] for p in kept))
    left: dict[int, list[int]] = {}
    right: dict[int, list[int]] = {}
    for i in matching.left_only_at:
        left.setdefault(bisect_left(anchors[0], i), []).append(i)
    for j in matching.right_only_at:
        right.setdefault(bisect_left(anchors[1], j), []).append(j)
    placed = _Placed(matching.pairs, [], [], [])
    stayed = ([p.at[0] for p in matching.pairs], [p.at[1] for p in matching.pairs])  # paired by text or likeness
    for key in sorted(set(left) | set(right)):
        gone, came = left.get(key, []), right.get(key, [])
        # the same cell first (a touchpoint's row renamed in place, its neighbours emptied), then in order
        same = _same_cells(old, new, gone, came)
        gone = [i for i in gone if i not in {i for i, _ in same}]
        came = [j for j in came if j not in {j for _, j in same}]
        # one card edited only where both are the same card (its key): read from the same cell (a record renamed
        # where it stands), or at the same place among the cell's cards that stayed (apply writes an edit where the
        # card stood, a new card after the others); else a card was taken out and another one added, said as such
        pairs = same + [(i, j) for i, j in zip(gone, came) if _before(stayed[0], i) == _before(stayed[1], j)]
        placed.by_place.extend(sorted(pairs))
        placed.removed.extend(i for i in _unpaired(left.get(key, []), pairs, 0))
        placed.added.extend(j for j in _unpaired(right.get(key, []), pairs, 1))
    return placed


def _before(paired: list[int], at: int) -> int:
    """How many of a side's items that stayed (paired by text or likeness) stand before place ``at``."""
    return sum(1 for n in paired if n < at)


def _unpaired(at: list[int], pairs: list[tuple[int, int]], side: int) -> list[int]:
    """The places of ``at`` in no pair (``side`` 0: the old items, 1: the new)."""
    paired = {pair[side] for pair in pairs}
    return [n for n in at if n not in paired]


def _same_cells(old: list[Item], new: list[Item], gone: list[int], came: list[int]) -> list[tuple[int, int]]:
    """Of the items gone and come in one stretch, those pairs read from the same cell, each item in one pair:
    a record (a touchpoint's row) whose name was rewritten where it stands is that record renamed, not the
    first record of the stretch. Items of one lane's cell share their cell: they pair in order, as before."""
    at: dict[Source, list[int]] = {}
    for j in came:
        if (source := new[j].source) is not None:
            at.setdefault(source, []).append(j)
    cells = {old[i].source for i in gone} | {new[j].source for j in came}
    if len(cells) <= 1:  # one cell's items: no cell tells them apart
        return []
    pairs = []
    for i in gone:
        source = old[i].source
        if source is not None and at.get(source):
            pairs.append((i, at[source].pop(0)))
    return pairs


def _lane_change(label: str, old: list[Item], new: list[Item], threshold: float) -> LaneChange:
    """One lane's cell in one phase: items paired by text, then similarity, then position."""
    placed = _pair_places(old, new, threshold)
    # A pair whose text differs only in case or punctuation is paired as the same, but its text changed.
    changed = [
        (p.at[1], ItemChange(p.left, p.right, p.score))
        for p in placed.pairs
        if " ".join(p.left.text.split()) != " ".join(p.right.text.split())
    ]
    changed += [(j, ItemChange(old[i], new[j], None)) for i, j in placed.by_place]
    changed.sort(key=lambda c: c[0])  # in the new items' order
    return LaneChange(label, [new[j] for j in placed.added], [old[i] for i in placed.removed], [c for _, c in changed])


def _meta_changes(old: Journey, new: Journey) -> list[tuple[str, str, str]]:
    """Metadata that changed (version, date, ...), with the workbook's own labels."""
    found = []
    for key in sorted(set(old.meta) | set(new.meta)):
        if key.endswith("_label"):
            continue
        before = old.meta[key].text if key in old.meta else ""
        after = new.meta[key].text if key in new.meta else ""
        if before != after:
            label = new.meta.get(f"{key}_label") or old.meta.get(f"{key}_label")
            found.append((label.text.rstrip(":") if label else key, before, after))
    return found


def newer_first(old: Canvas, new: Canvas) -> str:
    """What says the first of two versions is the newer (its version number higher, else its date later):
    "version 0,10 against 0,9, dated 7 december 2026 against 3 december 2026"; "" when nothing says so, or when
    the other sign says the opposite (``order_in_doubt``). A diff then reads every change backwards ("added"
    for what the team removed)."""
    later, earlier = _order_signs(old, new)
    return ", ".join(later) if later and not earlier else ""


def order_in_doubt(old: Canvas, new: Canvas) -> str:
    """The two versions' signs of their order where they disagree (the version says the first is the newer,
    the date the second, or the other way): "version v10 against v2, but dated 1-2-2026 against 12-11-2026";
    "" when they agree or only one says anything."""
    later, earlier = _order_signs(old, new)
    return f"{later[0]}, but {earlier[0]}" if later and earlier else ""


def _order_signs(old: Canvas, new: Canvas) -> tuple[list[str], list[str]]:
    """What says the first version is the later, and what says it is the earlier: its version, its date."""
    if not old.journeys or not new.journeys:
        return [], []
    first, second = old.journeys[0].meta, new.journeys[0].meta
    later: list[str] = []
    earlier: list[str] = []
    versions = [_version_number(meta["version"].text) if "version" in meta else () for meta in (first, second)]
    if all(versions) and versions[0] != versions[1]:
        sign = f"version {first['version'].text} against {second['version'].text}"
        (later if versions[0] > versions[1] else earlier).append(sign)
    was, now = (
        _day(meta["date"], canvas.language) if "date" in meta else None
        for meta, canvas in ((first, old), (second, new))
    )
    if was is not None and now is not None and was != now:
        sign = f"dated {first['date'].text} against {second['date'].text}"
        (later if was > now else earlier).append(sign)
    return later, earlier


def _version_number(text: str) -> tuple[int, ...]:
    """A version as numbers to compare ("0,10" is (0, 10), after "0,9"); its first number only ("v10 (jan
    2026)" is (10,): the year beside it is no part of it); () when it writes none."""
    found = re.search(r"\d+(?:[.,]\d+)*", text)
    return tuple(int(part) for part in re.findall(r"\d+", found[0])) if found else ()


def _day(item: Item, language: str | None) -> _dt.date | None:
    """The day a date cell holds, or the date its text writes ("7 december 2026", as ``apply`` writes it;
    "12-11-2026" day first, as the five languages but American English write it; "2026-11-12")."""
    when = item.when or read_when(item.text, language or "en") or _numeric_day(item.text.strip())
    return when.date() if isinstance(when, _dt.datetime) else when


def _numeric_day(text: str) -> _dt.date | None:
    found = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})|(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if found is None:
        return None
    day, month, year = (found[1], found[2], found[3]) if found[1] else (found[6], found[5], found[4])
    try:
        return _dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
