"""The model as ``check --json`` prints it, read back: check --json -> edit -> build model.json.

Every text item keeps its text, cell, value, order and level; journeys keep their phases
(with steps and the names as written), lanes (with groups), scores, lines, notes and meta.
A file that is no canvasgen model is one clear sentence.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from canvasgen.errors import CanvasError
from canvasgen.model import (
    Boundary,
    Canvas,
    Item,
    Journey,
    Lane,
    Metric,
    Persona,
    Phase,
    RoleBy,
    Score,
    ScoreScale,
    Source,
    Suggestion,
    Touchpoint,
)
from canvasgen.vocabulary.metrics import KINDS

MAX_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 16


def is_model_json(path: Path) -> bool:
    return path.suffix.lower() == ".json"


def read_model_json(path: Path, name: str) -> Canvas:
    if path.stat().st_size > MAX_BYTES:
        raise CanvasError(name, "refused: the model file is over 20 MB")
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise CanvasError(name, f"the file is not valid JSON ({error})") from None
    except RecursionError:
        data = None  # nested deeper than Python's parser goes: refused just below
    if data is None or _depth(data) > MAX_DEPTH:
        raise CanvasError(name, f"refused: the JSON is nested more than {MAX_DEPTH} levels deep (a model has about 8)")
    if not isinstance(data, dict) or not isinstance(data.get("journeys"), list):
        raise CanvasError(name, "not a canvasgen model: expected the output of 'canvasgen check --json FILE'")
    try:
        return canvas_from_dict(data, path.name)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise CanvasError(
            name, f"not a canvasgen model: {type(error).__name__} {error} (edit text, not structure)"
        ) from None


def _depth(data: Any) -> int:
    """How deeply lists and objects nest, counted without recursion."""
    deepest, todo = 0, [(data, 1)]
    while todo:
        value, depth = todo.pop()
        if isinstance(value, (dict, list)):
            deepest = max(deepest, depth)
            if depth <= MAX_DEPTH:
                todo.extend((v, depth + 1) for v in (value.values() if isinstance(value, dict) else value))
    return deepest


def canvas_from_dict(data: dict[str, Any], file: str) -> Canvas:
    canvas = Canvas(file=file, journeys=[_journey(j) for j in data["journeys"]])
    canvas.touchpoints = [
        Touchpoint(_maybe(r.pop("phase", None)), _maybe(r.pop("name", None)), _fields(r))
        for r in (dict(x) for x in data.get("touchpoints", []))
    ]
    canvas.personas = [
        Persona(_maybe(r.pop("name", None)), _fields(r)) for r in (dict(x) for x in data.get("personas", []))
    ]
    canvas.touchpoint_columns = _fields(data.get("touchpoint_columns", {}))
    canvas.persona_columns = _fields(data.get("persona_columns", {}))
    canvas.metric_columns = _fields(data.get("metric_columns", {}))
    canvas.metrics = [_metric(m) for m in data.get("metrics", [])]
    canvas.notes = [_item(n) for n in data.get("notes", [])]
    return canvas


def _item(data: dict[str, Any]) -> Item:
    cell = data.get("cell")
    source = None
    if isinstance(cell, str) and "!" in cell:
        sheet, _, ref = cell.rpartition("!")
        source = Source(sheet, ref)
    return Item(str(data["text"]), source, data.get("value"), data.get("order"), data.get("level"))


def _maybe(data: dict[str, Any] | None) -> Item | None:
    return _item(data) if data is not None else None


def _fields(data: dict[str, Any]) -> dict[str, Item]:
    return {key: _item(value) for key, value in data.items()}


def _source(cell: Any) -> Source | None:
    if isinstance(cell, str) and "!" in cell:
        sheet, _, ref = cell.rpartition("!")
        return Source(sheet, ref)
    return None


def _scale(text: str) -> ScoreScale:
    low, _, high = text.partition("..")
    return ScoreScale(float(low), float(high))


def _journey(data: dict[str, Any]) -> Journey:
    phases = [
        Phase(
            str(p["name"]),
            _source(p.get("cell")),
            int(p.get("steps", 1)),
            [_item(s) for s in p.get("step_names", [])],
            p.get("written"),
            list(p.get("variants", [])),
        )
        for p in data["phases"]
    ]
    lanes = [
        Lane(
            str(lane["kind"]),
            str(lane["label"]),
            [[_item(i) for i in cell] for cell in lane["cells"]],
            _source(lane.get("cell")),
            _maybe(lane.get("group")),
            RoleBy(lane["role_by"]) if "role_by" in lane else None,
            lane.get("role_match"),
            tuple(Suggestion(str(s["label"]), str(s["kind"])) for s in lane.get("suggestions", [])),
        )
        for lane in data["lanes"]
    ]
    for lane in lanes:  # lanes of a group share one group item, as when read from a sheet
        for other in lanes:
            if lane.group is not None and other.group is not None and other.group == lane.group:
                other.group = lane.group
    return Journey(
        name=str(data["name"]),
        sheet=str(data.get("sheet", "")),
        shape=str(data.get("shape", "grid")),
        phases=phases,
        lanes=lanes,
        scores=[
            [Score(float(s["value"]), _scale(s["scale"]), _source(s.get("cell"))) for s in p] for p in data["scores"]
        ],
        meta={key: _item(value) for key, value in data.get("meta", {}).items()},
        notes=[_item(n) for n in data.get("notes", [])],
        phase_labels=[_item(i) for i in data.get("phase_labels", [])],
        boundaries=[Boundary(b["kind"], int(b["before"]), _source(b.get("cell"))) for b in data.get("boundaries", [])],
        reading=[*data.get("reading", []), "read back from canvasgen's JSON model"],
    )


def _score(data: dict[str, Any]) -> Score:
    return Score(float(data["value"]), _scale(data["scale"]), _source(data.get("cell")))


def _metric(data: dict[str, Any]) -> Metric:
    source = _source(data.get("cell"))
    value, unit = float(data["value"]), str(data.get("unit", ""))
    target = data.get("target")
    known = next((k for k in KINDS if k.key == data.get("kind")), None)
    return Metric(
        name=Item(str(data["metric"]), source),
        value=value,
        unit=unit,
        value_item=Item(f"{value:g}", source, value),
        kind=data.get("kind"),
        lower_is_better=known.lower_is_better if known is not None else False,
        target=float(target) if target is not None else None,
        phase=data.get("phase"),
        touchpoint=Item(data["touchpoint"], source) if data.get("touchpoint") else None,
        period=Item(data["period"], source) if data.get("period") else None,
        origin=str(data.get("origin", "")),
    )
