"""Several workbooks, one journey: the map, and the touchpoint analysis and personas beside it.

``canvasgen build MAP.xlsx --with TOUCHPOINTS.xlsx --with PERSONA.xlsx``: the companion's
touchpoints, personas, figures and notes join the map's; its journeys' lanes and scores join
the map's journey whose phases they share, matched by name. A phase of the companion that the
map lacks is reported, and its items are kept as notes: nothing is dropped.
"""

from __future__ import annotations

from pathlib import Path

from canvasgen.errors import CanvasWarning, Location, display_name
from canvasgen.model import Canvas, Item, Journey, Lane
from canvasgen.text import label_key
from canvasgen.vocabulary.structure import strip_decoration


def join_companion(canvas: Canvas, companion: Canvas, path: Path) -> None:
    """Merge what ``companion`` (read from ``path``) holds into ``canvas``."""
    canvas.touchpoints.extend(companion.touchpoints)
    canvas.personas.extend(companion.personas)
    canvas.metrics.extend(companion.metrics)
    canvas.notes.extend(companion.notes)
    for columns, extra in (
        (canvas.touchpoint_columns, companion.touchpoint_columns),
        (canvas.persona_columns, companion.persona_columns),
        (canvas.metric_columns, companion.metric_columns),
    ):
        for key, item in extra.items():
            columns.setdefault(key, item)
    canvas.warnings.extend(companion.warnings)
    for journey in companion.journeys:
        target = _best_match(canvas.journeys, journey)
        if target is None:
            canvas.journeys.append(journey)
            continue
        _join(target, journey, canvas, display_name(path))


def _key(name: str) -> str:
    return label_key(strip_decoration(name))


def _best_match(journeys: list[Journey], other: Journey) -> Journey | None:
    """The journey sharing the most phase names with ``other`` (None when none shares one)."""
    keys = {_key(p.name) for p in other.phases}
    scored = [(len(keys & {_key(p.name) for p in j.phases}), j) for j in journeys]
    best = max(scored, key=lambda pair: pair[0], default=(0, None))
    return best[1] if best[0] else None


def _join(target: Journey, journey: Journey, canvas: Canvas, file: str) -> None:
    index = {_key(p.name): i for i, p in enumerate(target.phases)}
    order = [index.get(_key(p.name)) for p in journey.phases]
    for lane in journey.lanes:
        cells: list[list[Item]] = [[] for _ in target.phases]
        for src, dst in enumerate(order):
            if dst is None:
                target.notes.extend(lane.cells[src])
            else:
                cells[dst].extend(lane.cells[src])
        target.lanes.append(Lane(lane.kind, lane.label, cells, lane.source, lane.group))
    while len(target.scores) < len(target.phases):
        target.scores.append([])
    for src, dst in enumerate(order):
        if src < len(journey.scores):
            if dst is None:
                target.notes.extend(Item(f"{s.value:g}", s.source, s.value) for s in journey.scores[src])
            else:
                target.scores[dst].extend(journey.scores[src])
    target.notes.extend(journey.notes)
    target.phase_labels.extend(journey.phase_labels)
    target.reading.append(f"joined from {Path(file).name}: {len(journey.lanes)} lane(s) over matching phases")
    missing = [p for p, dst in zip(journey.phases, order) if dst is None]
    if missing:
        target.notes.extend(Item(p.name, p.source) for p in missing)
        names = ", ".join(f"'{p.name}'" for p in missing)
        canvas.warnings.append(
            CanvasWarning(
                Location(file, missing[0].source.sheet if missing[0].source else None),
                f"phase(s) {names} match no phase of '{target.name}'; their items are kept as notes "
                "(name the phases alike in both workbooks to place them)",
            )
        )
