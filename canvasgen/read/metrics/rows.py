"""One row of measured data (a Metrics sheet row or a CSV line) checked and turned into a ``Metric``.

Every problem in a row is reported, with its cell or line: a figure that is no
number, a percentage where money is meant, a phase or touchpoint the canvas
does not have. Figures that cannot be placed are never dropped quietly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from canvasgen.errors import CanvasError, Location, ReadError
from canvasgen.figures import PERCENT, Figure, FigureError, format_figure, parse_figure, target_bound
from canvasgen.model import Canvas, Item, LaneKind, Metric, MetricOrigin
from canvasgen.read.metrics.cells import cell_figure
from canvasgen.read.metrics.kinds import kind_of
from canvasgen.text import excerpt, label_key, listed
from canvasgen.vocabulary.metrics import (
    DURATIONS,
    LOWER_IS_BETTER,
    METRIC_FIELDS,
    NOT_LOWER_AFTER,
    NOT_LOWER_BEFORE,
    MetricKind,
)

METRIC_INDEX = {label_key(word): key for key, words in METRIC_FIELDS.items() for word in words}
_LOWER_WORDS = {label_key(word) for word in LOWER_IS_BETTER}

Locate = Callable[[Item | None], Location]
#: Told of a row's phase the canvas lacks (its cell) and the phase its touchpoint gives instead (or None): the
#: figure is kept, under the phase as written, and the caller says so — a renamed phase never refuses a workbook.
StrayPhase = Callable[[Item, str | None], None]


@dataclass
class Places:
    """The canvas's phases and touchpoints, by matching key, that measured data may name."""

    phases: dict[str, str]
    touchpoints: dict[str, tuple[Item, str | None]]

    @classmethod
    def of(cls, canvas: Canvas) -> Places:
        phases = {label_key(p.name): p.name for j in canvas.journeys for p in j.phases}
        touchpoints: dict[str, tuple[Item, str | None]] = {}
        for tp in canvas.touchpoints:
            if tp.name is not None:
                phase = phases.get(label_key(tp.phase.text)) if tp.phase is not None else None
                touchpoints.setdefault(label_key(tp.name.text), (tp.name, phase))
        for journey in canvas.journeys:
            lane = journey.lane(LaneKind.TOUCHPOINTS)
            for index, cell in enumerate(lane.cells if lane else []):
                for item in cell:
                    touchpoints.setdefault(label_key(item.text), (item, journey.phases[index].name))
        return cls(phases, touchpoints)

    def phase_list(self) -> str:
        return _listed(list(self.phases.values()))

    def touchpoint_list(self) -> str:
        return _listed([item.text for item, _ in self.touchpoints.values()])


def _listed(names: list[str]) -> str:
    return listed([f"'{n}'" for n in names]) if names else "none"


def metric_from_row(
    row: dict[str, Item],
    places: Places,
    language: str,
    origin: MetricOrigin,
    locate: Locate,
    stray_phase: StrayPhase | None = None,
    warn: Callable[[Item, str], None] | None = None,
) -> tuple[Metric | None, list[CanvasError]]:
    """The metric a row states, or None and every problem with the row; with ``stray_phase``, a phase the
    canvas lacks is no problem: the figure keeps the phase as written, and ``stray_phase`` is told; with
    ``warn``, a cell whose format disagrees with its metric (a € format over a conversion rate, as pasting
    values leaves it) is no problem: its number is read in the metric's unit, and ``warn`` is told."""
    errors: list[CanvasError] = []
    notes: list[str] = []  # how a cell's number was read where its format shows more than a figure

    def problem(item: Item | None, message: str) -> None:
        errors.append(ReadError(locate(item), message))

    name = row.get("metric")
    if name is None or not name.text.strip():
        problem(None, "the row has no metric name")
        return None, errors
    kind = kind_of(name.text)
    value_item = row.get("value")
    value = target = None
    if value_item is None:
        problem(name, f"'{excerpt(name.text)}' has no value")
    else:
        value = _figure(value_item, name.text, kind, language, problem, notes, warn=warn)
    target_item = row.get("target")
    bound: tuple[bool, str] | None = None
    if target_item is not None:
        bound, written = target_bound(target_item.text)
        figure = Item(written, target_item.source, target_item.value, number_format=target_item.number_format)
        target = _figure(figure, name.text, kind, language, problem, notes, what="target", warn=warn)
    if value is not None and target is not None and value.unit and target.unit and value.unit != target.unit:
        problem(
            target_item,
            f"'{excerpt(name.text)}' is measured in {_unit_name(value.unit)} but its target "
            f"'{excerpt(target_item.text) if target_item else ''}' is in {_unit_name(target.unit)}",
        )
    read_as = ""
    if (
        value is not None
        and target is not None
        and target_item is not None
        and _fraction_beside_percent(value_item, value, target_item, target)
    ):
        # Excel keeps "2,4%" as 0.024: a bare 0.03 beside it is the same kind of number, 3%
        share, written = (format_figure(v, PERCENT, language) for v in (target.value * 100, target.value))
        shown = value_item.text if value_item else ""
        read_as = (
            f"its target '{target_item.text}' is read as a share, as its value '{shown}' is: {share} "
            f"(write '{written}' if that is what is meant)"
        )
        target = Figure(float(Decimal(repr(target.value)) * 100), PERCENT, max(0, target.places - 2))
    read_as = "; ".join([*notes, read_as] if read_as else notes)
    phase, touchpoint = _place(row, places, name, problem, stray_phase)
    if errors or value is None:
        return None, errors
    unit = value.unit or (target.unit if target else "") or _default_unit(kind)
    lower, why = _direction(name.text, kind, unit, bound)
    return (
        Metric(
            name=name,
            value=value.value,
            unit=unit,
            value_item=value_item or name,
            kind=kind.key if kind else None,
            lower_is_better=lower,
            direction=why,
            direction_guessed=bound is None and kind is None,
            read_as=read_as,
            target=target.value if target else None,
            target_item=target_item,
            places=value.places,
            target_places=target.places if target else None,
            phase=phase,
            touchpoint=touchpoint,
            period=row.get("period"),
            origin=origin,
        ),
        [],
    )


def _fraction_beside_percent(value_item: Item | None, value: Figure, target_item: Item, target: Figure) -> bool:
    """Whether a target is a bare share (0.03, a number typed in a General cell) beside a value that Excel
    keeps as a share and shows in percent (0.024 shown as 2.4%)."""
    raw, typed = value_item.value if value_item else None, target_item.value
    return (
        value.unit == PERCENT
        and not target.unit
        and isinstance(raw, (int, float))
        and not isinstance(raw, bool)
        and abs(raw * 100 - value.value) < 1e-9
        and isinstance(typed, (int, float))
        and not isinstance(typed, bool)
        and "%" not in target_item.text
        and 0 < abs(typed) <= 1
    )


def _direction(name: str, kind: MetricKind | None, unit: str, bound: tuple[bool, str] | None) -> tuple[bool, str]:
    """Whether lower is better for a figure, and why: its target's words ("max 10%"), a metric canvasgen
    knows, a word of its name that says so (``LOWER_IS_BETTER``: "Afhakers", "Wartezeit"), a duration,
    else higher is better."""
    if bound is not None:
        return bound[0], f"its target says '{bound[1]}'"
    if kind is not None:
        return kind.lower_is_better, f"'{name}' is a known metric ({kind.key.replace('_', ' ')})"
    said = _lower_word(label_key(name))
    if said is not None:
        return True, f"'{said}' in its name"
    if unit in DURATIONS.values():  # a duration of the agency's own (lead time, waiting time)
        return True, "it is a duration"
    named = duration_in_name(name)
    if named is not None:  # "Time-to-value (dagen)": a figures sheet's bare 45 is a duration all the same
        return True, f"'{named}' in its name: a duration"
    return False, NOTHING_SAYS_LOWER


#: Why a figure is read as higher is better when nothing says which way: a guess, said in plain ``check``.
NOTHING_SAYS_LOWER = "nothing says lower is better"
_UNIT_IN_NAME = re.compile(r"(?:^|\s)\(\s*(?:in\s+)?([^\W\d_]+)\.?\s*\)|\bin\s+([^\W\d_]+)\s*$", re.IGNORECASE)


def duration_in_name(name: str) -> str | None:
    """The unit of time a figure's name gives it, in brackets or after "in" at its end ("Time-to-value (dagen)",
    "Wachttijd (min)", "Levertijd in dagen"), as written; None for a rate of time ("Bezoekers (per dag)") and a
    plural's ending ("Bezoeker(s)", not seconds)."""
    for match in _UNIT_IN_NAME.finditer(name):
        word = match[1] or match[2]
        if word.lower() in DURATIONS:
            return word
    return None


def _lower_word(key: str) -> str | None:
    """The word of a name (as its matching key) that says lower is better: one of ``LOWER_IS_BETTER``, or
    a word that starts or ends with one ("klantklachten"), unless a word before it or its ending turns it
    around ("zonder klachten", "foutenvrij", "fehlerfrei")."""
    words = key.split()
    for w in sorted(_LOWER_WORDS, key=len, reverse=True):
        size = len(w.split())
        for i in range(len(words) - size + 1):
            if i and words[i - 1] in NOT_LOWER_BEFORE:
                continue
            if size > 1:
                if words[i : i + size] == w.split():
                    return w
                continue
            x = words[i]
            if x == w or (len(w) >= 4 and x.endswith(w)):
                return w
            if len(w) >= 4 and x.startswith(w) and x[len(w) :].lstrip("-") not in NOT_LOWER_AFTER:
                return w
    return None


def _figure(
    item: Item,
    name: str,
    kind: MetricKind | None,
    language: str,
    problem: Callable[[Item | None, str], None],
    notes: list[str],
    what: str = "value",
    warn: Callable[[Item, str], None] | None = None,
) -> Figure | None:
    from_cell = cell_figure(item)
    if from_cell is not None:  # a number in a cell is its number, whatever its format shows
        figure, said = from_cell
        if said:
            shown = format_figure(figure.value, figure.unit, language, places=figure.places)
            notes.append(f"the {what} {said} {shown}")
    else:
        try:
            figure = parse_figure(item.text, language)
        except FigureError as error:
            problem(item, f"the {what} of '{excerpt(name)}': {error}")
            return None
    if kind is None:
        return figure
    wrong = None
    name, written = excerpt(name), excerpt(item.text)  # as a warning quotes them: a long cell by its start
    if from_cell is not None and warn is not None and _unit_disagrees(kind, figure):
        figure = _in_kinds_unit(item, kind, figure, name, language, what, warn)
    if kind.unit == "percent" and figure.unit not in ("", PERCENT):
        wrong = f"'{name}' is a percentage, but its {what} '{written}' is an amount in {figure.unit}"
    elif kind.unit == "money" and figure.unit == PERCENT:
        wrong = f"'{name}' is an amount of money, but its {what} '{written}' is a percentage"
    elif kind.unit == "score" and figure.unit:
        wrong = f"'{name}' is a score from -100 to 100, but its {what} '{written}' has the unit {figure.unit}"
    elif kind.unit == "percent" and not 0 <= figure.value <= 100:
        shown = format_figure(figure.value, PERCENT, language)
        wrong = f"'{name}' is a percentage between 0% and 100%, but its {what} '{written}' reads as {shown}"
    elif kind.unit == "score" and not -100 <= figure.value <= 100:
        wrong = f"'{name}' is a score from -100 to 100, but its {what} is '{written}'"
    if wrong:
        problem(item, wrong)
        return None
    return figure


def _unit_disagrees(kind: MetricKind, figure: Figure) -> bool:
    """Whether a figure's unit is not the one its metric is measured in (a percentage in €, money in %)."""
    return (
        (kind.unit == "percent" and figure.unit not in ("", PERCENT))
        or (kind.unit == "money" and figure.unit == PERCENT)
        or (kind.unit == "score" and bool(figure.unit))
    )


def _in_kinds_unit(
    item: Item, kind: MetricKind, figure: Figure, name: str, language: str, what: str, warn: Callable[[Item, str], None]
) -> Figure:
    """A cell's number read in its metric's unit where the cell's format shows another (pasting values keeps
    the cell's old format): a share of at most 1 is a percentage as Excel keeps one (0.024 is 2.4%), any
    other number is the number; said (``warn``) with the cell, the format's showing and what to do."""
    raw = item.value
    number = float(raw) if isinstance(raw, (int, float)) and not isinstance(raw, bool) else figure.value
    if kind.unit == "percent":
        share = -1 <= number <= 1
        percent = float(Decimal(repr(number)) * 100) if share else number
        read = Figure(percent, PERCENT, _places(percent))
        how, fix = ("a share, as Excel keeps a percentage" if share else "a percentage"), "a percentage"
    elif kind.unit == "money":
        read = Figure(number, _default_unit(kind), _places(number))
        how, fix = "an amount", "an amount (a number or a currency format)"
    else:
        read = Figure(number, "", _places(number))
        how, fix = "a score", "a number"
    shown = format_figure(read.value, read.unit, language, places=read.places)
    warn(
        item,
        f"the {what} of '{name}' is the number {_number(number)}, but its cell's format '{item.number_format}' "
        f"shows it as '{excerpt(item.text)}' (in {_unit_name(figure.unit)}): read as {how}, {shown} — "
        f"format the cell as {fix} to say so",
    )
    return read


def _places(value: float) -> int:
    """The decimals a number has as stored, at most six (2.4: one)."""
    exponent = Decimal(repr(value)).normalize().as_tuple().exponent
    return min(6, max(0, -exponent)) if isinstance(exponent, int) else 0


def _number(value: float) -> str:
    """A stored number as it is, without float noise (0.024, 12)."""
    return f"{value:.10g}"


def _place(
    row: dict[str, Item],
    places: Places,
    name: Item,
    problem: Callable[[Item | None, str], None],
    stray_phase: StrayPhase | None = None,
) -> tuple[str | None, Item | None]:
    """The canvas phase and touchpoint a row names; each unknown name is a problem (an unknown phase is
    told to ``stray_phase`` instead, where given: the figure stays, under the phase as written, or under its
    touchpoint's phase)."""
    phase_item, tp_item = row.get("phase"), row.get("touchpoint")
    either = row.get("phase_or_touchpoint")
    if either is not None:
        if label_key(either.text) in places.phases:
            phase_item = phase_item or either
        elif label_key(either.text) in places.touchpoints:
            tp_item = tp_item or either
        else:
            problem(
                either,
                f"'{excerpt(either.text)}' is neither a phase of this canvas ({places.phase_list()}) "
                f"nor a touchpoint ({places.touchpoint_list()})",
            )
            return None, None
    phase = touchpoint = None
    stray = None  # a phase named that the canvas lacks, kept as written
    if phase_item is not None:
        phase = places.phases.get(label_key(phase_item.text))
        if phase is None and stray_phase is not None:
            stray = phase_item
        elif phase is None:
            problem(
                phase_item, f"phase '{excerpt(phase_item.text)}' is not a phase of this canvas ({places.phase_list()})"
            )
    if tp_item is not None:
        found = places.touchpoints.get(label_key(tp_item.text))
        if found is None:
            problem(
                tp_item,
                f"touchpoint '{excerpt(tp_item.text)}' is not a touchpoint of this canvas ({places.touchpoint_list()})",
            )
        else:
            touchpoint = tp_item
            if phase is None and (phase_item is None or stray is not None):
                phase = found[1]
            elif found[1] is not None and phase is not None and found[1] != phase:
                problem(
                    tp_item,
                    f"touchpoint '{excerpt(tp_item.text)}' belongs to phase '{excerpt(found[1])}', not to "
                    f"'{excerpt(phase)}'",
                )
    if phase_item is None and tp_item is None and either is None:
        problem(name, f"'{excerpt(name.text)}' names neither a phase nor a touchpoint")
    if stray is not None and stray_phase is not None:
        stray_phase(stray, phase)
        phase = phase or stray.text
    return phase, touchpoint


def _default_unit(kind: MetricKind | None) -> str:
    if kind is None:
        return ""
    return {"percent": PERCENT, "money": "€"}.get(kind.unit, "")


def _unit_name(unit: str) -> str:
    return "percent" if unit == PERCENT else unit


def is_figure(item: Item, language: str, cell: Item | None = None) -> bool:
    """Whether a value or target cell holds a figure: a number in the cell (``cell``: the item whose cell it is,
    where ``item`` is its text without the words before it), or a text that reads as one."""
    if cell_figure(cell or item) is not None:
        return True
    try:
        parse_figure(item.text, language)
    except FigureError:
        return False
    return True
