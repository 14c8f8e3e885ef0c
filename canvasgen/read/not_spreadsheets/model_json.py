"""The model as ``check --json`` prints it, read back: check --json -> edit -> build model.json.

Every text item keeps its text, cell, value, order and level; journeys keep their phases
(with steps and the names as written), lanes (with groups), scores, lines, notes and meta.
A file that is no canvasgen model is one clear sentence; a model whose shape is wrong (a lane with
fewer cells than phases, no phases, a boundary past the lanes, a number where text belongs, NaN) gets
one sentence per problem, each with the place in the file, before anything is read from it. The
shape is the JSON Schema beside this module (``model.schema.json``); what a schema cannot say (the
cells of a lane against the phases) is checked here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from canvasgen.errors import CanvasError, CanvasErrors, Location, NoCanvas, ReadError
from canvasgen.model import (
    MODEL_VERSION,
    PERSONA_HEADINGS,
    PERSONA_PICTURE,
    Boundary,
    Canvas,
    EmpathyMap,
    EmpathyQuadrant,
    Item,
    Journey,
    Lane,
    LaneKind,
    Light,
    Metric,
    MetricFrom,
    MetricOrigin,
    NotesColumn,
    NotesTable,
    Persona,
    Phase,
    PhaseGroup,
    PictureFrom,
    RoleBy,
    Score,
    ScoreScale,
    Source,
    Suggestion,
    Touchpoint,
)
from canvasgen.read.package.portraits import pictures_again
from canvasgen.text import counted, excerpt
from canvasgen.vocabulary.metrics import KINDS

MAX_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 16
MAX_PROBLEMS = 20  # said one by one; the rest are counted
SCHEMA = Path(__file__).with_name("model.schema.json")


def is_model(data: object) -> bool:
    """Whether parsed JSON is canvasgen's model (by its keys: an object with a list of journeys)."""
    return isinstance(data, dict) and isinstance(data.get("journeys"), list)


def load_json(path: Path, name: str) -> Any:
    """The file's JSON, refused in one sentence when too large, not JSON, or nested too deep; NaN and
    infinity are kept as ``NotANumber`` for the checks to name where they are."""
    if path.stat().st_size > MAX_BYTES:
        raise ReadError(name, "refused: the model file is over 20 MB")
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"), parse_constant=NotANumber)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ReadError(name, f"the file is not valid JSON ({error})") from None
    except RecursionError:
        data = None  # nested deeper than Python's parser goes: refused just below
    if data is None or _depth(data) > MAX_DEPTH:
        raise ReadError(name, f"refused: the JSON is nested more than {MAX_DEPTH} levels deep (a model has about 8)")
    return data


def read_model_json(path: Path, name: str) -> Canvas:
    data = load_json(path, name)
    if not is_model(data):
        raise ReadError(name, "not a canvasgen model: expected the output of 'canvasgen check --json FILE'")
    version = data.get("schema_version", 1)
    if isinstance(version, int) and not isinstance(version, bool) and version > MODEL_VERSION:
        raise ReadError(
            name,
            f"the model is of version {version}, written by a newer canvasgen; this one reads models up to "
            f"version {MODEL_VERSION}: update canvasgen",
        )
    problems = model_problems(data, name)
    if not problems and not data["journeys"] and not data.get("personas"):
        raise NoCanvas(name, "the model holds no journey (and no personas): there is nothing to build from it")
    if problems:
        if len(problems) > MAX_PROBLEMS:
            more = len(problems) - MAX_PROBLEMS
            problems = [*problems[:MAX_PROBLEMS], ReadError(name, f"and {more:,} more problems like these")]
        raise CanvasErrors(problems)
    try:
        canvas = canvas_from_dict(data, Path(name).name)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ReadError(
            name, f"not a canvasgen model: {type(error).__name__} {error} (edit text, not structure)"
        ) from None
    canvas.reading.extend(_pictures_again(canvas, data, path.parent))
    return canvas


def _pictures_again(canvas: Canvas, data: dict[str, Any], folder: Path) -> list[str]:
    """The personas' pictures the model names (where each was found, not its pixels), found there again: a file
    beside the model by its persona's name (``pictures_beside``, as beside a workbook), one placed in the
    workbook from that workbook beside the model, by its cell. What is not found is said; the initials stand
    in for it."""
    said, wanted = [], []
    for persona, record in zip(canvas.personas, data.get("personas", []), strict=False):
        picture = record.get(PERSONA_PICTURE)
        if not isinstance(picture, dict):
            continue
        origin, name = str(picture.get("origin", "")), persona.name.text if persona.name else ""
        if picture.get("found") == PictureFrom.WORKBOOK.value:
            wanted.append((persona, origin))
        elif not (folder / Path(origin).name).is_file():
            said.append(f"the picture of '{excerpt(name)}' ({origin}) is not beside the model: its initials stand in")
    workbook = folder / Path(str(data.get("file", ""))).name
    if wanted and workbook.suffix.lower() in (".xlsx", ".xlsm") and workbook.is_file():
        return said + pictures_again(wanted, workbook)
    return said + [
        f"the picture of '{excerpt(persona.name.text if persona.name else '')}' ({origin}) is in the workbook "
        f"{workbook.name or 'it was read from'}, which is not beside the model: its initials stand in"
        for persona, origin in wanted
    ]


class NotANumber:
    """NaN or infinity as the JSON wrote it (``NaN``, ``Infinity``): no number canvasgen can read, and
    no text either, so the checks name every place one stands."""

    def __init__(self, token: str) -> None:
        self.token = token

    def __str__(self) -> str:
        return self.token


def model_problems(data: dict[str, Any], name: str) -> list[CanvasError]:
    """Every way the model's shape differs from what canvasgen reads, one sentence each with its place."""
    from jsonschema.validators import Draft202012Validator

    validator = Draft202012Validator(_schema())
    found = [_schema_problem(error, name) for error in sorted(validator.iter_errors(data), key=_order)]
    return found + list(_shape_problems(data, name))


@functools.lru_cache(maxsize=1)  # the schema shipped in the package: it does not change in a run
def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return schema


def _order(error: Any) -> tuple[str, ...]:
    return tuple(str(p) for p in error.absolute_path)


def _place(path: Any) -> str:
    """A place in the model as a path: journeys[0].lanes[2].cells[1]."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "the model"


_KINDS = {
    "string": "text",
    "number": "a number",
    "integer": "a whole number",
    "array": "a list",
    "object": "an object",
    "boolean": "true or false",
    "null": "null",
}


def _kind_of(value: object) -> str:
    if isinstance(value, NotANumber):
        return f"{value} (not a number)"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return "text"
    return "a list" if isinstance(value, list) else "an object" if isinstance(value, dict) else "null"


def _schema_problem(error: Any, name: str) -> CanvasError:
    where = Location(name, _place(error.absolute_path))
    value, rule, expected = error.instance, error.validator, error.validator_value
    if isinstance(value, NotANumber):
        return ReadError(where, f"{value} is not a number canvasgen can read; write a number there")
    if rule == "type":
        wanted = " or ".join(_KINDS[t] for t in ([expected] if isinstance(expected, str) else expected))
        return ReadError(where, f"{_kind_of(value)} where {wanted} belongs")
    if rule == "required":
        missing = next((key for key in expected if key not in value), "?")
        return ReadError(where, f"'{missing}' is missing")
    if rule == "maxLength":
        return ReadError(
            where,
            f"the text holds {len(value):,} characters; canvasgen reads at most {expected:,} "
            "(Excel's limit for a cell)",
        )
    if rule == "minItems" and error.absolute_path and error.absolute_path[-1] == "phases":
        return ReadError(where, "the journey has no phases; a journey needs at least one")
    if rule == "minimum":
        return ReadError(where, f"{value} is below {expected}")
    if rule == "enum":
        return ReadError(where, f"'{value}' is none of {', '.join(map(str, expected))}")
    if rule == "pattern" and error.absolute_path and error.absolute_path[-1] == "when":
        return ReadError(where, f"'{value}' is no date such as '2026-12-15'")
    if rule == "pattern":
        return ReadError(where, f"'{value}' is no scale such as '-2..+2' or '1..5'")
    return ReadError(where, error.message)


def _shape_problems(data: dict[str, Any], name: str) -> Iterator[CanvasError]:
    """What the schema cannot say: a lane has one list of items per phase, scores no more phases than the
    journey, a boundary lies between its lanes; numbers are finite. (Parts of the wrong type are the
    schema's to name, and passed over here.)"""
    for j, journey in enumerate(data["journeys"]):
        phases, lanes = _list(journey, "phases"), _list(journey, "lanes")
        for i, lane in enumerate(lanes):
            cells = _list(lane, "cells")
            if isinstance(lane, dict) and "cells" in lane and len(cells) != len(phases):
                yield ReadError(
                    Location(name, f"journeys[{j}].lanes[{i}]"),
                    f"lane '{lane.get('label')}' has {len(cells)} cell(s) for {len(phases)} phase(s); "
                    "give it one list of items per phase",
                )
        if len(scores := _list(journey, "scores")) > len(phases):
            yield ReadError(
                Location(name, f"journeys[{j}].scores"),
                f"scores for {counted(len(scores), 'phase')}, but the journey has {len(phases)}",
            )
        after = 0  # groups in order, none overlapping, inside the phases
        for g, group in enumerate(_list(journey, "phase_groups")):
            first, count = (group.get("first"), group.get("count")) if isinstance(group, dict) else (None, None)
            if isinstance(first, int) and isinstance(count, int):
                if first < after or first + count > len(phases):
                    place = Location(name, f"journeys[{j}].phase_groups[{g}]")
                    yield ReadError(
                        place,
                        f"the group of phases {first + 1} to {first + count} overlaps the group before it or lies "
                        f"past the journey's {len(phases)} phase(s)",
                    )
                after = first + count
        for b, boundary in enumerate(_list(journey, "boundaries")):
            before = boundary.get("before") if isinstance(boundary, dict) else None
            if isinstance(before, int) and before > len(lanes):
                place = Location(name, f"journeys[{j}].boundaries[{b}]")
                yield ReadError(place, f"the line before lane {before} lies past the journey's {len(lanes)} lane(s)")
    personas = _list(data, "personas")
    names = {p["name"].get("text") for p in personas if isinstance(p, dict) and isinstance(p.get("name"), dict)}
    for m, found in enumerate(_list(data, "empathy_maps")):
        owner, persona = (found.get("owner"), found.get("persona")) if isinstance(found, dict) else (None, None)
        if isinstance(owner, int) and owner >= len(personas) and persona not in names:  # found by neither
            place = Location(name, f"empathy_maps[{m}].owner")
            named = f", none named '{excerpt(str(persona))}'" if persona is not None else ""
            said = f"the map is of persona {owner + 1}, but the model has {counted(len(personas), 'persona')}{named}"
            yield ReadError(place, said)
    for where, value in _numbers(data, []):
        if not math.isfinite(value):
            yield ReadError(Location(name, _place(where)), f"{value} is not a number canvasgen can read")


def _list(data: object, key: str) -> list[Any]:
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, list) else []


def _numbers(value: object, path: list[str | int]) -> Iterator[tuple[list[str | int], float]]:
    if isinstance(value, float):
        yield path, value
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from _numbers(inner, [*path, key])
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _numbers(inner, [*path, index])


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
    canvas.personas = [_persona(dict(r)) for r in data.get("personas", [])]
    canvas.empathy_maps = [_empathy_map(m, canvas.personas) for m in data.get("empathy_maps", [])]
    canvas.language, canvas.language_decided = data.get("language"), bool(data.get("language_decided", False))
    canvas.written_in, canvas.region = data.get("written_in"), data.get("region")
    canvas.reading = [str(line) for line in data.get("reading", [])]
    canvas.touchpoint_columns = _fields(data.get("touchpoint_columns", {}))
    canvas.persona_columns = _fields(data.get("persona_columns", {}))
    canvas.persona_title = _maybe(data.get("persona_title"))
    canvas.metric_columns = _fields(data.get("metric_columns", {}))
    canvas.metrics = [_metric(m) for m in data.get("metrics", [])]
    canvas.notes = [_item(n) for n in data.get("notes", [])]
    canvas.notes_columns, canvas.notes_tables = _notes_columns(data), _notes_tables(data)
    canvas.figure_sheets = [str(sheet) for sheet in data.get("figure_sheets", [])]
    canvas.headings = [_item(h) for h in data.get("headings", [])]
    _one_item_per_cell(canvas, {})
    return canvas


_ItemKey = tuple[str, Source, object, int | None, float | None, str | None]


def _one_item_per_cell(node: Any, seen: dict[_ItemKey, Item]) -> Any:
    """The model with every item read from one cell, with the same words, made one item again, as the reader
    makes it: a cell merged over neighbouring phases is one item in each (drawn once, across them), a
    group's label over its lanes, a column's heading that heads a persona's field, a touchpoint a figure
    names. The JSON writes each place apart; what the outputs tell by identity (``Lane.runs``) comes back.
    Items of no cell (added in the file by hand) stay apart. Returns ``node``, or its copy when frozen."""
    if isinstance(node, Item):
        if node.source is None:
            return node
        key = (node.text, node.source, node.value, node.order, node.level, node.number_format)
        return seen.setdefault(key, node)
    if isinstance(node, list):
        node[:] = [_one_item_per_cell(child, seen) for child in node]
    elif isinstance(node, tuple):
        return tuple(_one_item_per_cell(child, seen) for child in node)
    elif isinstance(node, dict):
        for key, child in node.items():
            node[key] = _one_item_per_cell(child, seen)
    elif dataclasses.is_dataclass(node) and not isinstance(node, type):
        changed = {}
        for spec in dataclasses.fields(node):
            if spec.name == "owner":  # a reference back to a persona, walked as one of the canvas's
                continue
            value = getattr(node, spec.name)
            if (again := _one_item_per_cell(value, seen)) is not value:
                changed[spec.name] = again
        if changed and type(node).__dataclass_params__.frozen:  # type: ignore[attr-defined]
            return dataclasses.replace(node, **changed)
        for name, value in changed.items():
            setattr(node, name, value)
    return node


def _item(data: dict[str, Any]) -> Item:
    value, written = data.get("value"), data.get("format")
    number_format = str(written) if written is not None else None
    return Item(
        str(data["text"]),
        _source(data.get("cell")),
        value,
        data.get("order"),
        data.get("level"),
        number_format=number_format,
        when=_iso_date(value),
    )


def _persona(record: dict[str, Any]) -> Persona:
    """A persona's record: its name, its fields, and (apart from them) its own headings; its picture is not
    in the model, only where it was found (``_pictures_again``)."""
    record.pop(PERSONA_PICTURE, None)
    headings = _fields(record.pop(PERSONA_HEADINGS, {}))
    return Persona(_maybe(record.pop("name", None)), _fields(record), headings=headings)


def _empathy_map(data: dict[str, Any], personas: list[Persona]) -> EmpathyMap:
    """An empathy map, given back to its persona (by its place in the list, or by its name when the persona
    at that place has another: one taken out of the file before it): the persona's fields already hold its
    entries, as the reader wrote them (``attach_empathy_maps``), so they are not written again."""
    owner = data.get("owner")

    def by_quadrant(key: str) -> dict[EmpathyQuadrant, Any]:
        return {EmpathyQuadrant(q): value for q, value in data.get(key, {}).items()}

    title, persona = data.get("title"), data.get("persona")
    at = personas[owner] if isinstance(owner, int) and owner < len(personas) else None
    named = [p for p in personas if p.name is not None and p.name.text == persona]
    if named and not any(p is at for p in named):  # a persona taken out of the list before it: by its name
        at = named[0]
    return EmpathyMap(
        sheet=str(data.get("sheet", "")),
        title=_item(title) if title is not None else None,
        headings={q: _item(item) for q, item in by_quadrant("headings").items()},
        entries={q: [_item(i) for i in items] for q, items in by_quadrant("entries").items()},
        persona=persona,
        owner=at,
        fields={q: str(key) for q, key in by_quadrant("fields").items()},
        joined={q: [str(c) for c in cells] for q, cells in by_quadrant("joined").items()},
        places={q: (int(place[0]), int(place[1])) for q, place in by_quadrant("places").items()},
        over=[(_item(o["heading"]), [str(c) for c in o.get("cells", [])]) for o in data.get("over", [])],
    )


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}(?::\d{2})?)?")


def _iso_date(value: object) -> dt.date | None:
    """The date an item's value holds: a date cell's model keeps it as ISO text ("2026-12-15", "2026-12-15
    14:30"), shown in the canvas's language as a workbook's date cell is; None for any other value."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return None
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.time() != dt.time(0, 0) else when.date()


def _maybe(data: dict[str, Any] | None) -> Item | None:
    return _item(data) if data is not None else None


def _fields(data: dict[str, Any]) -> dict[str, Item]:
    return {key: _item(value) for key, value in data.items()}


def _notes_columns(data: dict[str, Any]) -> list[NotesColumn]:
    return [
        NotesColumn(
            _item(column["title"]),
            frozenset(source for cell in column.get("cells", []) if (source := _source(cell)) is not None),
        )
        for column in data.get("notes_columns", [])
    ]


def _notes_tables(data: dict[str, Any]) -> list[NotesTable]:
    """The tables among the notes, each with the cells of its rows' notes (the header row's first)."""
    return [
        NotesTable(
            tuple(str(text) for text in table.get("header", [])),
            tuple(tuple(str(text) for text in row) for row in table.get("rows", [])),
            tuple(source for cell in table.get("cells", []) if (source := _source(cell)) is not None),
            _item(table["title"]) if table.get("title") else None,
        )
        for table in data.get("notes_tables", [])
    ]


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
            when=_iso_date(p.get("when")),
            number_format=p.get("format"),
            stage_id=p.get("stage_id"),
            unnamed=bool(p.get("unnamed", False)),
        )
        for p in data["phases"]
    ]
    lanes = [
        Lane(
            LaneKind(lane["kind"]),
            str(lane["label"]),
            [[_item(i) for i in cell] for cell in lane["cells"]],
            _source(lane.get("cell")),
            _maybe(lane.get("group")),
            RoleBy(lane["role_by"]) if "role_by" in lane else None,
            lane.get("role_match"),
            tuple(
                Suggestion(str(s["label"]), LaneKind(s["kind"]), frozenset(s.get("languages", ())))
                for s in lane.get("suggestions", [])
            ),
            LaneKind(lane["as_text"]) if lane.get("as_text") else None,
        )
        for lane in data["lanes"]
    ]
    return Journey(
        name=str(data["name"]),
        sheet=str(data.get("sheet", "")),
        shape=str(data.get("shape", "grid")),
        phases=phases,
        lanes=lanes,
        scores=[[_score(s) for s in p] for p in data["scores"]],
        meta={key: _item(value) for key, value in data.get("meta", {}).items()},
        notes=[_item(n) for n in data.get("notes", [])],
        notes_title=_item(data["notes_title"]) if data.get("notes_title") else None,
        titled={source for cell in data.get("titled_notes", []) if (source := _source(cell)) is not None},
        notes_columns=_notes_columns(data),
        notes_tables=_notes_tables(data),
        phase_labels=[_item(i) for i in data.get("phase_labels", [])],
        boundaries=[Boundary(b["kind"], int(b["before"]), _source(b.get("cell"))) for b in data.get("boundaries", [])],
        phase_groups=[
            PhaseGroup(_item(g["name"]), int(g["first"]), int(g["count"])) for g in data.get("phase_groups", [])
        ],
        reading=[*data.get("reading", []), "read back from canvasgen's JSON model"],
    )


def _score(data: dict[str, Any]) -> Score:
    face, light, mark = data.get("face"), data.get("light"), data.get("mark")
    return Score(
        float(data["value"]),
        _scale(data["scale"]),
        _source(data.get("cell")),
        str(face) if face else None,
        Light(str(light)) if light else None,
        str(mark) if mark else None,
        str(data.get("written", "")),
    )


def _origin(text: str) -> MetricOrigin:
    """A figure's origin as ``check --json`` wrote it ("lane KPI's", "touchpoints", a sheet or a file)."""
    if text.startswith("lane "):
        return MetricOrigin(MetricFrom.LANE, text.removeprefix("lane "))
    if text == "touchpoints":
        return MetricOrigin(MetricFrom.TOUCHPOINTS)
    return MetricOrigin(MetricFrom.FILE if text.lower().endswith((".csv", ".tsv", ".txt")) else MetricFrom.SHEET, text)


def _metric(data: dict[str, Any]) -> Metric:
    source = _source(data.get("cell"))
    value, unit = float(data["value"]), str(data.get("unit", ""))
    target = data.get("target")
    known = next((k for k in KINDS if k.key == data.get("kind")), None)
    items = data.get("items", {})  # the items as read (version 2): the plain keys win where they were edited

    def read(key: str, text: object) -> Item | None:
        if text is None or text == "":
            return None
        item = _item(items[key]) if key in items else Item(str(text), source)
        if item.text != str(text):  # edited in the file: the new text, at its cell
            item = Item(str(text), item.source)
        return item

    # The figure as written (its cell's raw value: 0.024 for "2,4%"): the poster prints ``value``, reformatted.
    value_item = _item(items["value"]) if "value" in items else Item(f"{value:g}", source, value)
    target_item = _item(items["target"]) if "target" in items and target is not None else None
    return Metric(
        name=read("name", data["metric"]) or Item(str(data["metric"]), source),
        value=value,
        unit=unit,
        value_item=value_item,
        kind=data.get("kind"),
        lower_is_better=bool(data.get("lower_is_better", known.lower_is_better if known is not None else False)),
        target=float(target) if target is not None else None,
        target_item=target_item,
        phase=data.get("phase"),
        touchpoint=read("touchpoint", data.get("touchpoint")),
        period=read("period", data.get("period")),
        origin=_origin(str(data.get("origin", ""))),
        direction=str(data.get("direction", "")),
        read_as=str(data.get("read_as", "")),
        direction_guessed=data.get("direction_guessed") is True,
        places=_places(data.get("places")),
        target_places=_places(data.get("target_places")),
    )


def _places(value: object) -> int | None:
    """The decimals a figure was written with, as ``check --json`` wrote them (the schema checked them)."""
    return int(value) if isinstance(value, int) and not isinstance(value, bool) else None
