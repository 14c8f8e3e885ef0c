"""Gap analysis: the ideal journey against the current one, phase by phase, into action points.

Per aligned phase: what the ideal journey has that today's lacks (start doing),
what the company does today that serves nothing in the ideal journey (candidates
to stop), and how far the experience score falls short. Items are paired by
similarity, and the pairs are kept so a user can see why two were paired.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from enum import StrEnum

from canvasgen.analysis.align import align_phases
from canvasgen.analysis.match import DEFAULT_THRESHOLD, Matching, Pair, match, similarity
from canvasgen.analysis.scenario import marked, scenario_word
from canvasgen.errors import ReadError
from canvasgen.figures import format_scores
from canvasgen.model import SCORE_LANE, Canvas, Item, Journey, Lane, ScoreScale, Touchpoint
from canvasgen.text import label_key
from canvasgen.vocabulary.channels import channel_of, touchpoint_identity
from canvasgen.vocabulary.scenarios import CURRENT_WORDS, IDEAL_WORDS
from canvasgen.words import GAP_SHEETS, GAP_WORDS

#: Lanes compared: what the customer does, what the company does, where they meet.
COMPARED = ("customer", "internal", "touchpoints", "channels")
#: Lanes whose current-only items are the company's own effort: candidates to stop.
EFFORT = ("internal", "touchpoints", "channels")
#: Lanes that name touchpoints, as the Touchpoints sheet does.
TOUCHPOINT_KINDS = ("touchpoints", "channels")
LanePair = tuple[Lane | None, Lane | None]  # an ideal lane and the current one it is compared with
#: How alike two lane labels must be (difflib's ratio) to pair them before lanes are paired by place.
CLOSE_LABEL = 0.85


KIND_WEIGHT = {"start": 1.0, "improve": 0.75}  # what a start or improve weighs before the score gap
#: The kinds of action: "stop" only where the ideal says so (a touchpoint marked "nee" in its ideal
#: column); a current item the ideal's cell does not hold is "stop?" (the ideal has other items there),
#: or "unfilled" (the ideal left that cell empty: a question about the cell, never a reason to stop, low).
KINDS = ("start", "improve", "stop", "stop?", "unfilled")


@dataclass
class PhaseGap:
    phase: str
    current_phase: str
    missing: list[tuple[str, Item]] = field(default_factory=list)  # (lane label, ideal item)
    without_effect: list[tuple[str, Item]] = field(default_factory=list)  # (lane label, current item)
    #: Today's customer steps the ideal journey no longer has (lane label, current item): often the very pains
    #: the ideal does away with ("Belt en hangt 18 minuten in de wacht"); said, never an action to stop.
    left_behind: list[tuple[str, Item]] = field(default_factory=list)
    #: The current items of ``without_effect`` whose cell the ideal journey leaves empty in this phase.
    unfilled: list[Item] = field(default_factory=list)
    pairs: list[tuple[str, Pair]] = field(default_factory=list)
    ideal_score: float | None = None  # normalised, -1..+1
    current_score: float | None = None
    ideal_values: list[float] = field(default_factory=list)  # the phase's scores as written, on their scale
    current_values: list[float] = field(default_factory=list)
    experience: str = ""  # the score row's label, for the report's score line and the action text
    scale: ScoreScale | None = None  # the current journey's score scale: what the gap is told on
    ideal_scale: ScoreScale | None = None  # the ideal journey's: its scores are written as it writes them

    @property
    def signs(self) -> tuple[bool, bool]:
        """Whether the current and the ideal scores are each on a scale round zero ("+1" there); a score of
        a 1..10 scale is never written with a plus sign as if it were one, whatever the other side's scale."""
        return tuple(s is not None and s.low < 0 for s in (self.scale, self.ideal_scale))  # type: ignore[return-value]

    @property
    def gap_on_scale(self) -> float | None:
        """The score gap on the scale the scores beside it are written on (ideal 1, current -2: 3); None
        where either journey has no score for the phase: a missing score gives no difference (not 0)."""
        if self.ideal_score is None or self.current_score is None:
            return None
        if self.scale is None:
            return self.score_gap
        return self.score_gap * (self.scale.high - self.scale.low) / 2

    @property
    def ideal_text(self) -> str:
        """The ideal scores as the terminal writes them ("-0.5"); reports use ``figures.format_scores``."""
        return format_scores(self.ideal_values, "en")

    @property
    def current_text(self) -> str:
        return format_scores(self.current_values, "en")

    @property
    def score_gap(self) -> float:
        """How far today's experience falls short of the ideal (normalised, 0 when it doesn't)."""
        if self.ideal_score is None or self.current_score is None:
            return 0.0
        return max(0.0, self.ideal_score - self.current_score)


class Side(StrEnum):
    """Which of the two journeys compared a cell is in: the same "Klantreis!C9" names a cell of either."""

    IDEAL = "ideal"
    CURRENT = "current"


def located(source: object, side: Side, language: str) -> str:
    """A cell and the journey it is in ("Ideaal: Klantreis!C9"): the ideal's and today's workbooks both have
    a "Klantreis!C9"; empty for an action of no cell (a score to improve)."""
    return f"{GAP_SHEETS[language][side]}: {source}" if source else ""


@dataclass
class Action:
    phase: str
    action: str
    kind: str  # one of KINDS
    priority: str  # high, medium or low
    source: str = ""
    #: For a score to improve: the current and the ideal scores, which a report writes in its language.
    scores: tuple[list[float], list[float]] | None = None
    #: Whether the current and the ideal scores are on a scale round zero: "+1", as everywhere else.
    signed: tuple[bool, bool] = (False, False)
    side: Side = Side.CURRENT  # the journey ``source`` is a cell of: what is missing today is in the ideal's
    #: Read from a touchpoints or channels lane: the Touchpoints sheet may name the same touchpoint.
    touchpoint: bool = False
    #: The channel a Touchpoints sheet's row names in its channel column (None: the one its name names).
    channel: str | None = None

    def text(self, language: str = "en") -> str:
        """The action as a report in ``language`` writes it (a score's numbers in its language)."""
        if self.scores is None:
            return self.action
        # the score row's label as the client wrote it (a colon of its own kept), else the report's word for it
        label = self.action.rpartition(":")[0] or GAP_WORDS[language]["experience"]
        current, ideal = (
            format_scores(values, language, signed) or "–"
            for values, signed in zip(self.scores, self.signed, strict=True)
        )
        return f"{label}: {current} → {ideal}"


class Unmatched(StrEnum):
    """Why a lane with words in it is not in the comparison (each said in the report, never left out silently)."""

    EMPTY_IDEAL = "empty_ideal"  # a compared kind, empty in the whole ideal journey: nothing to stop
    BOTH = "kind_both"  # a kind gaps does not compare (pain points, learning goals, a lane of the agency's own)
    IDEAL_ONLY = "kind_ideal"
    CURRENT_ONLY = "kind_current"
    #: A kind gaps does not compare, with words in one journey, its lane empty in the other (the team filled
    #: in the ideal's customer and company lanes, not its pain points).
    EMPTY_IN_IDEAL = "kind_empty_ideal"
    EMPTY_IN_CURRENT = "kind_empty_current"
    NO_PARTNER_IDEAL = "unpaired_ideal"  # a second lane of a compared kind, no lane of its label in the current
    NO_PARTNER_CURRENT = "unpaired_current"


@dataclass(frozen=True)
class NotCompared:
    label: str
    why: Unmatched


@dataclass
class GapReport:
    ideal: str
    current: str
    threshold: float
    phases: list[PhaseGap]
    unaligned_ideal: list[str]
    unaligned_current: list[str]
    actions: list[Action]
    #: Lanes with words in them that are not compared, and why: a lane the ideal journey leaves empty everywhere
    #: says nothing of what to stop; a lane of another kind (pain points, a lane of the agency's own) is not
    #: what the gap analysis compares.
    not_compared: list[NotCompared] = field(default_factory=list)
    #: The lanes' actions said once as the Touchpoints sheet's (``one_per_touchpoint``): (lane's, sheet's).
    said_once: list[tuple[Action, Action]] = field(default_factory=list)
    #: The compared lanes' items of the phases that could not be aligned, (phase, lane label, item): of the ideal
    #: journey's (missing now) and of the current one's (left behind), so the team's workbook loses none of them.
    unaligned_ideal_items: list[tuple[str, str, Item]] = field(default_factory=list)
    unaligned_current_items: list[tuple[str, str, Item]] = field(default_factory=list)
    #: The scale each journey's scores were read on, ideal's and current's (None: a journey of no scores).
    scales: tuple[ScoreScale | None, ScoreScale | None] = (None, None)

    def scales_differ(self) -> bool:
        """Whether both journeys are scored, each on a scale of its own (1..10 beside -2..+2)."""
        ideal, current = self.scales
        return ideal is not None and current is not None and ideal != current


def pick_ideal_and_current(canvases: list[tuple[str, Canvas]]) -> tuple[Journey, Journey]:
    """The two journeys to compare: one per file, or the sheets/scenarios marked ideal and current."""
    if len(canvases) == 2:
        return canvases[0][1].journeys[0], canvases[1][1].journeys[0]
    name, canvas = canvases[0]
    ideal = [j for j in canvas.journeys if marked(j, IDEAL_WORDS)]
    current = [j for j in canvas.journeys if marked(j, CURRENT_WORDS)]
    if not ideal or not current:
        found = ", ".join(f"'{j.name}' (sheet '{j.sheet}')" for j in canvas.journeys)
        raise ReadError(
            name,
            "needs an ideal and a current journey: name the sheets (or set the scenario to, or begin each "
            "journey's title with) 'Ideaal'/'Ideal'/'Soll' and 'Huidig'/'Current'/'Ist', or give two workbooks "
            f"(found journeys {found})",
        )
    # A journey that says both (its sheet named 'Huidig', its Scenario cell 'Ideaal') is never compared with
    # itself: the journeys that say one scenario only are, and when there are none, its words are refused.
    both = [j for j in ideal if any(j is c for c in current)]
    ideal_only = [j for j in ideal if not any(j is b for b in both)]
    current_only = [j for j in current if not any(j is b for b in both)]
    if both and not (ideal_only and current_only):
        said = "; ".join(f"sheet '{j.sheet}' says one scenario by its name, the other{_scenario_cell(j)}" for j in both)
        raise ReadError(
            name,
            f"cannot tell its ideal journey from its current one: {said} — correct the sheet names or the Scenario "
            "cells so that each journey says one, or give two workbooks (canvasgen gaps IDEAL.xlsx CURRENT.xlsx)",
        )
    if both:
        return ideal_only[0], current_only[0]
    return ideal[0], current[0]


def _scenario_cell(journey: Journey) -> str:
    """Where the journey says the other scenario than its sheet's name, for a sentence: " by its Scenario
    'Ideaal' in Huidig!B8", or " in its name too" for a sheet's name that says both."""
    scenario = journey.meta.get("scenario")
    if scenario is None:
        return " in its name too"
    return f" by its Scenario '{scenario.text}'" + (f" in {scenario.source}" if scenario.source else "")


#: The shortest first word taken for a deed's verb ("Beoordeelt", "Reviews"): shorter ones are articles.
_VERB = 4


def _same_deed(matching: Matching) -> Matching:
    """The one ideal item and the one current item a lane's phase leaves unpaired, both beginning with the same
    word, the deed's verb ("Beoordeelt de aanvraag handmatig; bij twijfel …" and "Beoordeelt standaardaanvragen
    automatisch"): the same deed done otherwise, an improvement, never a "stop?" of it and a "start" of it (a
    long cell's other words kept their likeness under the threshold). Paired with their likeness as it is."""
    if len(matching.left_only) != 1 or len(matching.right_only) != 1:
        return matching
    ideal, current = matching.left_only[0], matching.right_only[0]
    first = [label_key(item.text).split()[:1] for item in (ideal, current)]
    if not first[0] or first[0] != first[1] or len(first[0][0]) < _VERB:
        return matching
    pair = Pair(
        ideal,
        current,
        round(similarity(ideal.text, current.text), 3),
        (matching.left_only_at[0], matching.right_only_at[0]),
        deed=current.text.split()[0],
    )
    return Matching([*matching.pairs, pair], [], [], [], [])


def analyse(ideal: Journey, current: Journey, threshold: float = DEFAULT_THRESHOLD) -> GapReport:
    alignment = align_phases(ideal, current)
    lanes: list[tuple[str, Lane | None, Lane | None]] = []
    alone: list[NotCompared] = []
    for kind in COMPARED:
        paired, unpaired = _lanes_of(kind, ideal, current)
        lanes += [(kind, a, b) for a, b in paired]
        alone += unpaired
    # A lane the ideal journey leaves empty in every phase was not filled in: it proposes nothing to stop.
    empty = [(kind, a, b) for kind, a, b in lanes if b is not None and b.item_count() and not (a and a.item_count())]
    phases: list[PhaseGap] = []
    for i, j in alignment.pairs:
        gap = PhaseGap(ideal.phases[i].name, current.phases[j].name, scale=current.score_scale)
        gap.ideal_scale = ideal.score_scale
        for kind, ideal_lane, current_lane in lanes:
            if (kind, ideal_lane, current_lane) in empty:
                continue
            left = ideal_lane.cells[i] if ideal_lane else []
            right = current_lane.cells[j] if current_lane else []
            if not left and not right:
                continue
            label = (ideal_lane or current_lane).label  # type: ignore[union-attr]
            matching = _same_deed(match(left, right, threshold))
            gap.pairs += [(label, p) for p in matching.pairs]
            gap.missing += [(label, item) for item in matching.left_only]
            if kind in EFFORT:
                gap.without_effect += [(label, item) for item in matching.right_only]
                gap.unfilled += [] if left else matching.right_only
            else:  # the customer's own steps: not the company's to stop, but what the ideal leaves behind
                gap.left_behind += [(label, item) for item in matching.right_only]
        gap.ideal_score, gap.ideal_values = _score(ideal, i)
        score_lane = ideal.lane(SCORE_LANE) or current.lane(SCORE_LANE)
        if score_lane is not None:
            gap.experience = score_lane.label
        gap.current_score, gap.current_values = _score(current, j)
        phases.append(gap)
    report = GapReport(
        *_told_apart(ideal, current),
        threshold,
        phases,
        [ideal.phases[i].name for i in alignment.left_only],
        [current.phases[j].name for j in alignment.right_only],
        [],
        [NotCompared(b.label, Unmatched.EMPTY_IDEAL) for _, _, b in empty if b is not None]
        + alone
        + _other_lanes(ideal, current),
    )
    for side, phase_indexes, journey in ((0, alignment.left_only, ideal), (1, alignment.right_only, current)):
        items = [
            (journey.phases[n].name, lane.label, item)
            for n in phase_indexes
            for _, *pair in lanes
            if (lane := pair[side]) is not None
            for item in lane.cells[n]
        ]
        if side == 0:
            report.unaligned_ideal_items = items
        else:
            report.unaligned_current_items = items
    # where the Touchpoints sheet may name a touchpoint again (``one_per_touchpoint``)
    touchpoint_lanes = {lane.label for kind, *pair in lanes if kind in TOUCHPOINT_KINDS for lane in pair if lane}
    own_lanes = {lane.label for kind, *pair in lanes if kind == "internal" for lane in pair if lane}
    report.actions = _actions(report, touchpoint_lanes, own_lanes)
    report.scales = (_scored_on(ideal), _scored_on(current))
    return report


def _scored_on(journey: Journey) -> ScoreScale | None:
    """The scale a journey's scores were read on; None for a journey of no scores."""
    return journey.score_scale if any(journey.scores) else None


def _told_apart(ideal: Journey, current: Journey) -> tuple[str, str]:
    """The two journeys' names, each with its own scenario word when both have one name ("Van knieklachten tot
    weer fietsen (Ideaal)" and "… (Huidig)"): a report that names one journey twice tells nothing apart."""
    if ideal.name != current.name or scenario_word(ideal) == scenario_word(current):
        return ideal.name, current.name
    return _with_word(ideal), _with_word(current)


def _with_word(journey: Journey) -> str:
    word = scenario_word(journey)
    return f"{journey.name} ({word})" if word else journey.name


def _other_lanes(ideal: Journey, current: Journey) -> list[NotCompared]:
    """The lanes with words in them whose kind the gap analysis does not compare, by label: in both journeys,
    in one of them with the other's lane of that label empty, or in one of them only."""

    # the row that scores the phases (the score row in one journey, a lane of score words under its label in the
    # other): compared on each phase's score line, never a lane left out
    scoring = {label_key(lane.label) for journey in (ideal, current) if (lane := journey.lane(SCORE_LANE))}

    def labels(journey: Journey, filled: bool) -> dict[str, str]:
        return {
            label_key(lane.label): lane.label
            for lane in journey.lanes
            if lane.kind not in COMPARED
            and lane.kind != SCORE_LANE
            and label_key(lane.label) not in scoring
            and bool(lane.item_count()) == filled
        }

    left, right = labels(ideal, True), labels(current, True)
    left_empty, right_empty = labels(ideal, False), labels(current, False)

    def why(key: str, other: dict[str, str], empty: dict[str, str], only: Unmatched, emptied: Unmatched) -> Unmatched:
        return Unmatched.BOTH if key in other else emptied if key in empty else only

    said = [
        NotCompared(label, why(key, right, right_empty, Unmatched.IDEAL_ONLY, Unmatched.EMPTY_IN_CURRENT))
        for key, label in left.items()
    ]
    return said + [
        NotCompared(label, why(key, left, left_empty, Unmatched.CURRENT_ONLY, Unmatched.EMPTY_IN_IDEAL))
        for key, label in right.items()
        if key not in left
    ]


def _lanes_of(
    kind: str, ideal: Journey, current: Journey
) -> tuple[list[tuple[Lane | None, Lane | None]], list[NotCompared]]:
    """The lanes of a kind in both journeys, paired by label first (the same label, then a close one: "Klantacties"
    with "Klantacties" wherever each stands), the rest by their place among the lanes of that kind (a second
    "Intern proces" with the other's second, "Klantproces" with "Customer doing"). A lane left without a partner
    while the other journey has lanes of its kind is not compared (said, with why): its words are not missing
    or superfluous, they are in a lane the other journey names differently. A kind only one journey has is
    compared with nothing (all of it to start, or without effect)."""
    left = [lane for lane in ideal.lanes if lane.kind == kind]
    right = [lane for lane in current.lanes if lane.kind == kind]
    if not left or not right:
        return [(lane, None) for lane in left] + [(None, lane) for lane in right], []
    pairs: dict[int, int] = {}  # the ideal's lane -> the current's, by their place in left and right
    for close in (_same_label, _close_label):
        for a, lane in enumerate(left):
            b = next(
                (b for b, other in enumerate(right) if b not in pairs.values() and close(lane.label, other.label)), None
            )
            if a not in pairs and b is not None:
                pairs[a] = b
    rest = [b for b in range(len(right)) if b not in pairs.values()]
    for a in [a for a in range(len(left)) if a not in pairs][: len(rest)]:
        pairs[a] = rest.pop(0)
    paired: list[LanePair] = [(left[a], right[pairs[a]]) for a in sorted(pairs)]
    alone = [NotCompared(left[a].label, Unmatched.NO_PARTNER_IDEAL) for a in range(len(left)) if a not in pairs]
    alone += [NotCompared(right[b].label, Unmatched.NO_PARTNER_CURRENT) for b in rest]
    has_words = {lane.label for lane in (*left, *right) if lane.item_count()}
    return paired, [said for said in alone if said.label in has_words]


def _same_label(a: str, b: str) -> bool:
    return label_key(a) == label_key(b)


def _close_label(a: str, b: str) -> bool:
    """Labels that differ by a typing slip or an ending ("Klantactie", "Klantacties")."""
    return SequenceMatcher(None, label_key(a), label_key(b)).ratio() >= CLOSE_LABEL


def _score(journey: Journey, index: int) -> tuple[float | None, list[float]]:
    scores = journey.scores[index] if index < len(journey.scores) else []
    return journey.phase_score(index), [s.value for s in scores]


def _priority(kind: str, gap: PhaseGap, own: bool = False) -> str:
    """Start and improve: from the kind of action, the score gap, and how badly the phase is experienced
    today (closing the gap is doing what the ideal has). A "stop?" is a guess (the ideal's cell does not hold
    the item), and a low score says what is missing, not what to stop: its priority does not grow with the
    gap. It is low, as a stop the Touchpoints sheet says outright; medium for the company's ``own`` process
    in a phase experienced badly today; never more for a touchpoint or channel, which may not be the
    company's to stop (a review site, a platform)."""
    badly = gap.current_score is not None and gap.current_score <= -0.25
    if kind == "stop?":
        return "medium" if own and badly else "low"
    value = KIND_WEIGHT[kind] + gap.score_gap
    if badly:
        value += 0.5
    return "high" if value >= 1.75 else "medium" if value >= 1.0 else "low"


def _actions(report: GapReport, touchpoint_lanes: set[str], own_lanes: set[str]) -> list[Action]:
    actions: list[Action] = []
    for gap in report.phases:
        for label, item in gap.missing:
            start = Action(gap.phase, item.text, "start", _priority("start", gap), str(item.source), side=Side.IDEAL)
            actions.append(replace(start, touchpoint=label in touchpoint_lanes))
        for _, pair in gap.pairs:
            if not pair.exact:
                text = f"{pair.right.text} → {pair.left.text}"
                improve = Action(gap.phase, text, "improve", _priority("improve", gap), str(pair.right.source))
                actions.append(improve)
        if gap.score_gap > 0:
            text = f"{gap.experience}: {gap.current_text} → {gap.ideal_text}"
            scores = (gap.current_values, gap.ideal_values)
            priority = _priority("improve", gap)
            actions.append(Action(gap.phase, text, "improve", priority, scores=scores, signed=gap.signs))
        for label, item in gap.without_effect:
            if any(item is empty for empty in gap.unfilled):  # only the ideal's empty cell says it: asked
                kind, priority = "unfilled", "low"
            else:
                kind, priority = "stop?", _priority("stop?", gap, label in own_lanes and label not in touchpoint_lanes)
            actions.append(
                Action(gap.phase, item.text, kind, priority, str(item.source), touchpoint=label in touchpoint_lanes)
            )
    return ordered(actions)


#: A kind of action the Touchpoints sheet says outright (its ideal column) against the lane's guesses.
_SURER = {"start": ("start",), "improve": ("start", "improve"), "stop": ("stop?", "unfilled")}
_RANK = {"high": 0, "medium": 1, "low": 2}


def touchpoints_against(ideal: Canvas, current: Canvas, report: GapReport) -> list[Action]:
    """Two workbooks' Touchpoints sheets compared phase by phase, as the lanes are (``match``, the report's
    threshold): a touchpoint only the ideal's sheet has is one to start, one today's names otherwise (the pair
    at least as alike as the threshold) one to improve, and one only today's has a "stop?", low (a guess: the
    ideal's sheet not naming it is no reason to stop) — unless its own current or ideal column says what to do
    (``touchpoint_actions``). A touchpoint of no phase the report has is not compared here."""
    phases = _report_phases(report)
    gaps = {gap.phase: gap for gap in report.phases}
    sides: list[dict[str, list[Item]]] = [{}, {}]
    told: list[Item] = []  # today's touchpoints whose own columns say what to do
    for side, canvas in enumerate((ideal, current)):
        for tp in canvas.touchpoints:
            phase = phases.get(label_key(tp.phase.text)) if tp.phase is not None else None
            if phase in gaps and tp.name is not None and tp.name.text.strip():
                sides[side].setdefault(phase, []).append(tp.name)
                told += [tp.name] if side == 1 and (label_key(tp.get("current")) or label_key(tp.get("ideal"))) else []
    actions: list[Action] = []
    for phase, gap in gaps.items():
        matching = match(sides[0].get(phase, []), sides[1].get(phase, []), report.threshold)
        for item in matching.left_only:
            start = Action(phase, item.text, "start", _priority("start", gap), str(item.source), side=Side.IDEAL)
            actions.append(replace(start, touchpoint=True))
        for pair in (pair for pair in matching.pairs if not pair.exact):
            text = f"{pair.right.text} → {pair.left.text}"
            actions.append(Action(phase, text, "improve", _priority("improve", gap), str(pair.right.source)))
        for item in (item for item in matching.right_only if not any(item is t for t in told)):
            actions.append(Action(phase, item.text, "stop?", "low", str(item.source), touchpoint=True))
    return actions


def _report_phases(report: GapReport) -> dict[str, str]:
    """The report's phase of each phase name either journey writes (its key): the current's name first."""
    phases = {label_key(gap.phase): gap.phase for gap in report.phases}
    phases |= {label_key(gap.current_phase): gap.phase for gap in report.phases}
    return phases | {label_key(name): name for name in report.unaligned_ideal + report.unaligned_current}


def one_per_touchpoint(report: GapReport, extra: list[Action]) -> list[Action]:
    """The Touchpoints sheet's actions (``touchpoint_actions``), each touchpoint once: a sheet's touchpoint
    that the lanes' comparison also proposes in its phase ("Pechnummer" on the phone on the sheet,
    "Pechnummer (telefoon)" in the lane: the same channel, and one name once its channel's words are set
    aside, ``touchpoint_identity``) is one action, no longer two with different weights. The sheet's kind
    stays (its ideal column says it: "stop", where the lane could only ask "stop?"), and its priority is
    the higher of the two (the lane's weighs how the phase is experienced); the lane's action leaves
    ``report.actions`` (its words stay in its phase's lines) and the pair is in ``report.said_once``.
    Another channel is another touchpoint: "Intake telefoon" and "Intake via app" stay two."""
    lanes: dict[tuple[str, tuple[str | None, frozenset[str]]], list[Action]] = {}
    for a in report.actions:  # the lanes' touchpoints by phase and identity, each computed once
        if a.touchpoint and a.phase:
            lanes.setdefault((a.phase, touchpoint_identity(a.action)), []).append(a)
    kept: list[Action] = []
    for action in extra:
        same = lanes.get((action.phase, touchpoint_identity(action.action, action.channel)), []) if action.phase else []
        twin = next((a for a in same if a.kind in _SURER.get(action.kind, ())), None)
        if twin is None:
            kept.append(action)
            continue
        report.actions.remove(twin)
        same.remove(twin)  # one lane's action is said once, with the first of the sheet's that is its twin
        priority = min(action.priority, twin.priority, key=_RANK.__getitem__)
        merged = replace(action, priority=priority)
        report.said_once.append((twin, merged))
        kept.append(merged)
    return kept


def ordered(actions: list[Action]) -> list[Action]:
    """High priority first; within a priority, the order they were found in."""
    return sorted(actions, key=lambda a: _RANK[a.priority])


def touchpoint_actions(canvas: Canvas, report: GapReport) -> tuple[list[Action], list[Touchpoint]]:
    """From a Touchpoints sheet's current and ideal columns: start, improve or stop per touchpoint, in the
    report's phase it names: a phase of the current journey or of the ideal one, as the report names it (the
    ideal's "Contract & sign-off" aligned by position with today's unnamed "Column G" is one phase, whichever
    the sheet names). A touchpoint whose phase neither journey has is returned apart, to be said once with its
    cell: never an action of no phase."""
    yes = {"ja", "yes", "y", "j", "x", "1", "true", "waar"}
    partly = {"deels", "partly", "partially", "gedeeltelijk", "half"}
    phases = _report_phases(report)
    actions, unplaced = [], []
    for tp in canvas.touchpoints:
        current, ideal = label_key(tp.get("current")), label_key(tp.get("ideal"))
        if not current and not ideal:
            continue
        name = tp.name.text if tp.name else ""
        phase = phases.get(label_key(tp.phase.text), "") if tp.phase else ""
        source = str(tp.name.source) if tp.name else ""
        channel = channel_of(tp.get("channel")) or channel_of(name)
        if ideal in yes and current not in yes | partly:
            action = Action(phase, name, "start", "high", source, channel=channel)
        elif ideal in yes and current in partly:
            action = Action(phase, name, "improve", "medium", source, channel=channel)
        elif ideal and ideal not in yes and current in yes | partly:
            action = Action(phase, name, "stop", "low", source, channel=channel)
        else:
            continue
        if phase:
            actions.append(action)
        else:
            unplaced.append(tp)
    return actions, unplaced
