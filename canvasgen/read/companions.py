"""Several workbooks, one journey: the map, and the touchpoint analysis and personas beside it.

``canvasgen build MAP.xlsx --with TOUCHPOINTS.xlsx --with PERSONA.xlsx``: the companion's
touchpoints, personas, figures and notes join the map's; its journeys' lanes and scores join
the map's journey whose phases they share, matched by name. A phase of the companion that the
map lacks is reported, and its items are kept as notes: nothing is dropped.

Matched by id (a persona × stage long table names its stages and personas by id only): a companion
stage list (``id, title, …``) whose ids are the phase names of the map's journeys names those phases
by its titles (the id kept as the phase's name as written), and its other columns join every such
journey as lanes; a companion persona list whose ids (a name such as "P1", or an id column) are the
map's journey names names those journeys after its personas.
"""

from __future__ import annotations

from pathlib import Path

from canvasgen.errors import CanvasWarning, Location, display_name
from canvasgen.model import Canvas, Item, Journey, Lane, Persona, Phase
from canvasgen.text import label_key
from canvasgen.vocabulary.structure import strip_decoration


def join_companion(canvas: Canvas, companion: Canvas, path: Path) -> None:
    """Merge what ``companion`` (read from ``path``) holds into ``canvas``."""
    _name_personas_by_id(canvas, companion, display_name(path))
    stage_lists = [j for j in companion.journeys if _stage_ids(j)]
    for stages in stage_lists:
        named = _name_stages_by_id(canvas, stages, display_name(path))
        if named:
            companion.journeys.remove(stages)
            for journey_named in named:
                _join(journey_named, stages, canvas, display_name(path))
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


def _stage_ids(journey: Journey) -> dict[str, Phase] | None:
    """A stage list's phases by their id key (the stage list writes each phase as "<id>. <title>"); None
    for a journey of another kind."""
    if not journey.reading or not journey.reading[0].startswith("a stage list"):
        return None
    ids = {}
    for phase in journey.phases:
        written = phase.written or ""
        if ". " not in written:
            return None
        ids[label_key(written.split(". ", 1)[0])] = phase
    return ids


def _name_stages_by_id(canvas: Canvas, stages: Journey, file: str) -> list[Journey]:
    """The map's journeys whose every phase is a stage id of ``stages``, their phases named by its titles
    (the id kept as written); the journeys so named."""
    ids = _stage_ids(stages) or {}
    named = []
    for journey in canvas.journeys:
        keys = [label_key(p.name) for p in journey.phases]
        if not keys or not all(k in ids for k in keys):
            continue
        for phase, key in zip(journey.phases, keys, strict=True):
            phase.written, phase.name = phase.name, ids[key].name
        journey.reading.append(
            f"its stages named by id from {Path(file).name}: "
            + ", ".join(f"{p.written} = '{p.name}'" for p in journey.phases)
        )
        named.append(journey)
    return named


def _name_personas_by_id(canvas: Canvas, companion: Canvas, file: str) -> None:
    """The map's journeys named by a persona id ("P1") called after the companion's persona of that id (its
    name, when the companion names it otherwise than by its id)."""
    by_id: dict[str, Persona] = {}
    for listed in companion.personas:
        ids = [v for k, v in listed.fields.items() if k == "id" or k.endswith("_id") or k.startswith("id_")]
        for item in ids:
            by_id.setdefault(label_key(item.text), listed)
    for journey in canvas.journeys:
        written = journey.meta.get("persona")
        if written is None:
            continue
        persona = by_id.get(label_key(written.text))
        if persona is None or persona.name is None or label_key(persona.name.text) == label_key(written.text):
            continue
        journey.reading.append(f"persona id '{written.text}' named by {Path(file).name}: '{persona.name.text}'")
        journey.meta["persona"] = persona.name
        if journey.name.endswith(written.text):  # "long – P1": the sheet's name and the persona's
            journey.name = journey.name[: -len(written.text)] + persona.name.text
