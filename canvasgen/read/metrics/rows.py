"""One row of measured data (a Metrics sheet row or a CSV line) checked and turned into a ``Metric``.

Every problem in a row is reported, with its cell or line: a figure that is no
number, a percentage where money is meant, a phase or touchpoint the canvas
does not have. Figures that cannot be placed are never dropped quietly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from canvasgen.errors import CanvasError, Location, ReadError
from canvasgen.figures import DURATIONS, PERCENT, Figure, FigureError, format_figure, parse_figure
from canvasgen.model import Canvas, Item, LaneKind, Metric, MetricOrigin
from canvasgen.read.metrics.kinds import kind_of
from canvasgen.text import label_key
from canvasgen.vocabulary.metrics import METRIC_FIELDS, MetricKind

METRIC_INDEX = {label_key(word): key for key, words in METRIC_FIELDS.items() for word in words}

Locate = Callable[[Item | None], Location]


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
    shown = ", ".join(f"'{n}'" for n in names[:8])
    return shown + (f" and {len(names) - 8} more" if len(names) > 8 else "") if names else "none"


def metric_from_row(
    row: dict[str, Item], places: Places, language: str, origin: MetricOrigin, locate: Locate
) -> tuple[Metric | None, list[CanvasError]]:
    """The metric a row states, or None and every problem with the row."""
    errors: list[CanvasError] = []

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
        problem(name, f"'{name.text}' has no value")
    else:
        value = _figure(value_item, name.text, kind, language, problem)
    target_item = row.get("target")
    if target_item is not None:
        target = _figure(target_item, name.text, kind, language, problem, what="target")
    if value is not None and target is not None and value.unit and target.unit and value.unit != target.unit:
        problem(
            target_item,
            f"'{name.text}' is measured in {_unit_name(value.unit)} but its target "
            f"'{target_item.text if target_item else ''}' is in {_unit_name(target.unit)}",
        )
    phase, touchpoint = _place(row, places, name, problem)
    if errors or value is None:
        return None, errors
    unit = value.unit or (target.unit if target else "") or _default_unit(kind)
    return (
        Metric(
            name=name,
            value=value.value,
            unit=unit,
            value_item=value_item or name,
            kind=kind.key if kind else None,
            # a duration of the agency's own (lead time, waiting time): shorter is better
            lower_is_better=kind.lower_is_better if kind else unit in DURATIONS.values(),
            target=target.value if target else None,
            target_item=target_item,
            phase=phase,
            touchpoint=touchpoint,
            period=row.get("period"),
            origin=origin,
        ),
        [],
    )


def _figure(
    item: Item,
    name: str,
    kind: MetricKind | None,
    language: str,
    problem: Callable[[Item | None, str], None],
    what: str = "value",
) -> Figure | None:
    try:
        figure = parse_figure(item.text, language)
    except FigureError as error:
        problem(item, f"the {what} of '{name}': {error}")
        return None
    if kind is None:
        return figure
    wrong = None
    if kind.unit == "percent" and figure.unit not in ("", PERCENT):
        wrong = f"'{name}' is a percentage, but its {what} '{item.text}' is an amount in {figure.unit}"
    elif kind.unit == "money" and figure.unit == PERCENT:
        wrong = f"'{name}' is an amount of money, but its {what} '{item.text}' is a percentage"
    elif kind.unit == "score" and figure.unit:
        wrong = f"'{name}' is a score from -100 to 100, but its {what} '{item.text}' has the unit {figure.unit}"
    elif kind.unit == "percent" and not 0 <= figure.value <= 100:
        shown = format_figure(figure.value, PERCENT, language)
        wrong = f"'{name}' is a percentage between 0% and 100%, but its {what} '{item.text}' reads as {shown}"
    elif kind.unit == "score" and not -100 <= figure.value <= 100:
        wrong = f"'{name}' is a score from -100 to 100, but its {what} is '{item.text}'"
    if wrong:
        problem(item, wrong)
        return None
    return figure


def _place(
    row: dict[str, Item], places: Places, name: Item, problem: Callable[[Item | None, str], None]
) -> tuple[str | None, Item | None]:
    """The canvas phase and touchpoint a row names; each unknown name is a problem."""
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
                f"'{either.text}' is neither a phase of this canvas ({places.phase_list()}) "
                f"nor a touchpoint ({places.touchpoint_list()})",
            )
            return None, None
    phase = touchpoint = None
    if phase_item is not None:
        phase = places.phases.get(label_key(phase_item.text))
        if phase is None:
            problem(phase_item, f"phase '{phase_item.text}' is not a phase of this canvas ({places.phase_list()})")
    if tp_item is not None:
        found = places.touchpoints.get(label_key(tp_item.text))
        if found is None:
            problem(
                tp_item,
                f"touchpoint '{tp_item.text}' is not a touchpoint of this canvas ({places.touchpoint_list()})",
            )
        else:
            touchpoint = tp_item
            if phase is None and phase_item is None:
                phase = found[1]
            elif found[1] is not None and phase is not None and found[1] != phase:
                problem(tp_item, f"touchpoint '{tp_item.text}' belongs to phase '{found[1]}', not to '{phase}'")
    if phase_item is None and tp_item is None and either is None:
        problem(name, f"'{name.text}' names neither a phase nor a touchpoint")
    return phase, touchpoint


def _default_unit(kind: MetricKind | None) -> str:
    if kind is None:
        return ""
    return {"percent": PERCENT, "money": "€"}.get(kind.unit, "")


def _unit_name(unit: str) -> str:
    return "percent" if unit == PERCENT else unit
