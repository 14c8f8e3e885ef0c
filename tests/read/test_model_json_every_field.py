"""The JSON model carries every part of the model (#30 item 9, #31 item 6): a canvas with every field of
every dataclass filled — random text in several scripts, found by walking the model's own type hints, so a
field added later is filled too — is written as ``check --json`` writes it, read back, and equal to the
one written, field by field, the fields left out of ``==`` included. What the JSON deliberately does not
hold is listed here with the reason; anything else it drops fails."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import random
import types
import typing
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from canvasgen import model
from canvasgen.errors import ReadError
from canvasgen.model import (
    MODEL_VERSION,
    Canvas,
    EmpathyMap,
    Item,
    Journey,
    Metric,
    MetricFrom,
    MetricOrigin,
    Persona,
    PhaseGroup,
    ScoreScale,
    Source,
)
from canvasgen.pipeline.read import read
from canvasgen.read.not_spreadsheets.model_json import canvas_from_dict, model_problems, read_model_json
from tests.support.layouts import canvas_of
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES, journey_with_empathy_map, personas_with_pictures, photo

#: Fields the JSON does not hold, and why: anything not named here must come back as it was written.
NOT_CARRIED = {
    (Persona, "picture"): "its pixels are not in the model, only where it was found (read_model_json says so)",
    (Persona, "written_again"): "the cells of its copies on other sheets, where apply writes a change of it: a model "
    "read back is no workbook to write into",
    (Canvas, "warnings"): "said when the workbook was read; the model keeps them as text, not read back",
    (Canvas, "sheet_names"): "the workbook's sheets, which a correction of its reading names: a model read back is "
    "corrected by the sheets of its journeys",
    (EmpathyMap, "owner"): "a reference back to a persona: compared by its place in the list, below",
    (EmpathyMap, "strays"): "said as warnings when the workbook was read (their words stay the map's entries)",
}

_SCRIPTS = [
    "Klantreis oriënteren",
    "Кузнецова: «оплата»",
    "顾客旅程 – 付款",
    "رحلة العميل",
    "Ελληνικά ß ø",
    "Wacht 😕 lang",
    "line one\nline two",
]


def _text(rng: random.Random) -> str:
    return f"{rng.choice(_SCRIPTS)} {rng.randint(1, 999)}"


def _key(rng: random.Random) -> str:
    """A field's key as the reader makes them (``label_key`` words, a "_2" after a second one)."""
    return rng.choice(["doelen", "pijnpunten", "kanaal", "цели", "goals 2", "empathy see"]) + str(rng.randint(1, 99))


class _Filler:
    """A value of every annotated type, every field of a dataclass filled; the model's own invariants (a
    lane has a cell per phase, a date cell's value is its ISO date, …) kept by ``_coherent``."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def value(self, hint: Any) -> Any:
        rng = self.rng
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        if origin in (typing.Union, types.UnionType):
            return self.value(rng.choice([a for a in args if a is not type(None)]))  # every field filled
        if origin is list:
            return [self.value(args[0]) for _ in range(rng.randint(1, 2))]
        if origin in (set, frozenset):
            return origin(self.value(args[0]) for _ in range(2))
        if origin is tuple:
            if len(args) == 2 and args[1] is Ellipsis:
                return tuple(self.value(args[0]) for _ in range(rng.randint(1, 2)))
            return tuple(self.value(a) for a in args)
        if origin is dict:
            return {self._dict_key(args[0]): self.value(args[1]) for _ in range(rng.randint(1, 3))}
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return rng.choice(list(hint))
        if dataclasses.is_dataclass(hint) and hint is not Source:
            return self.record(hint)
        return self.scalar(hint)

    def scalar(self, hint: Any) -> Any:
        rng = self.rng
        makers: dict[Any, typing.Callable[[], Any]] = {
            str: lambda: _text(rng),
            bool: lambda: rng.random() < 0.5,
            int: lambda: rng.randint(0, 15),
            float: lambda: rng.randint(-40, 40) / 4,
            bytes: lambda: rng.randbytes(8),
            dt.date: lambda: dt.date(rng.randint(2000, 2030), rng.randint(1, 12), rng.randint(1, 28)),
            Source: lambda: Source(_text(rng), f"{rng.choice('ABCDH')}{rng.randint(1, 60)}"),
        }
        assert hint in makers, f"no filler for {hint!r}: teach the test the new type"
        return makers[hint]()

    def _dict_key(self, hint: Any) -> Any:
        return _key(self.rng) if hint is str else self.value(hint)

    def record(self, cls: Any) -> Any:
        hints = typing.get_type_hints(cls, vars(model))
        filled = [f for f in dataclasses.fields(cls) if f.init and (cls, f.name) not in NOT_CARRIED]
        return _coherent(cls(**{f.name: self.value(hints[f.name]) for f in filled}), self.rng)


def _coherent(found: Any, rng: random.Random) -> Any:
    """The invariants the reader keeps and the JSON relies on, put back after random filling."""
    if isinstance(found, Item) and found.when is not None:
        if rng.random() < 0.5:
            found.value = found.when.isoformat()  # a date cell: its value is its ISO date
        else:
            found.when = None  # a text or number cell
    if isinstance(found, model.Phase):
        found.name = found.name or "Fase"
    if isinstance(found, model.Score):
        found.scale = ScoreScale(rng.choice([-2.0, 1.0]), rng.choice([2.0, 5.0, 10.0]))
        found.face = found.face or None
        found.mark = found.mark or None
    if isinstance(found, Metric):
        name = _text(rng)
        found.origin = rng.choice(
            [
                MetricOrigin(MetricFrom.LANE, name),
                MetricOrigin(MetricFrom.TOUCHPOINTS),
                MetricOrigin(MetricFrom.SHEET, "Metingen"),
                MetricOrigin(MetricFrom.FILE, "export.csv"),
            ]
        )
    if isinstance(found, Journey):
        count = len(found.phases)
        for lane in found.lanes:
            lane.cells = [lane.cells[i % len(lane.cells)] for i in range(count)]
        found.scores = found.scores[:count]
        found.boundaries = [dataclasses.replace(b, before=min(b.before, len(found.lanes))) for b in found.boundaries]
        found.phase_groups = [PhaseGroup(found.phase_groups[0].name, 0, count)]
        found.titled = {n.source for n in found.notes if n.source is not None}
    if isinstance(found, Canvas):
        for i, empathy in enumerate(found.empathy_maps):
            empathy.owner = found.personas[i % len(found.personas)]
        for touchpoint in found.touchpoints:  # "phase" and "name" are the record's own keys, never a field's
            touchpoint.fields = {k: v for k, v in touchpoint.fields.items() if k not in ("phase", "name")}
    return found


def _differences(one: Any, other: Any, where: str) -> list[str]:
    """Where two models differ, every dataclass field compared (those left out of ``==`` too)."""
    if dataclasses.is_dataclass(one) and not isinstance(one, type):
        if type(one) is not type(other):
            return [f"{where}: {type(one).__name__} became {type(other).__name__}"]
        found = []
        for spec in dataclasses.fields(one):
            if (type(one), spec.name) in NOT_CARRIED:
                continue
            found += _differences(getattr(one, spec.name), getattr(other, spec.name), f"{where}.{spec.name}")
        return found
    if isinstance(one, (list, tuple)) and isinstance(other, (list, tuple)):
        if len(one) != len(other):
            return [f"{where}: {len(one)} became {len(other)}"]
        return [d for i, (a, b) in enumerate(zip(one, other, strict=True)) for d in _differences(a, b, f"{where}[{i}]")]
    if isinstance(one, dict) and isinstance(other, dict):
        if list(one) != list(other):
            return [f"{where}: keys {list(one)} became {list(other)}"]
        return [d for k in one for d in _differences(one[k], other[k], f"{where}[{k!r}]")]
    return [] if one == other and type(one) is type(other) else [f"{where}: {one!r} became {other!r}"]


@pytest.mark.parametrize("seed", range(4))
def test_a_model_with_every_field_filled_comes_back_from_its_json_equal(seed: int) -> None:
    canvas = _Filler(random.Random(seed)).record(Canvas)
    data = json.loads(json.dumps(canvas.to_dict(), ensure_ascii=False, allow_nan=False))
    assert model_problems(data, "model.json") == []  # the schema takes what canvasgen writes
    again = canvas_from_dict(data, canvas.file)
    for journey in again.journeys:  # the one sentence reading it back adds to each journey's reading
        assert journey.reading.pop() == "read back from canvasgen's JSON model"
    assert _differences(canvas, again, "canvas") == []
    owners = [[p is m.owner for p in canvas.personas].index(True) for m in canvas.empathy_maps]
    assert [[p is m.owner for p in again.personas].index(True) for m in again.empathy_maps] == owners


def test_a_picture_is_named_in_the_model_and_found_again_beside_it_or_said_to_be_missing(tmp_path: Path) -> None:
    """Sanne's picture is placed in the workbook (Personas!H2), Inès's a file beside it: the model names both,
    and a build from the model beside them draws both again; moved elsewhere, it says what it lacks."""
    path = personas_with_pictures(tmp_path / "fietsen.xlsx")
    (tmp_path / "Inès Bakker.png").write_bytes(photo())
    canvas = read(path)
    model_file = tmp_path / "fietsen.json"
    model_file.write_text(json.dumps(canvas.to_dict()), encoding="utf-8")
    again = read(model_file)
    pictured = {p.name.text: p.picture for p in again.personas if p.name is not None and p.picture is not None}
    assert {name: (pic.origin, pic.found, pic.width) for name, pic in pictured.items()} == {
        name: (pic.origin, pic.found, pic.width)
        for name, pic in ((p.name.text, p.picture) for p in canvas.personas if p.name is not None)
        if pic is not None
    }
    assert set(pictured) == {"Sanne de Wit", "Inès Bakker"}
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    moved = elsewhere / "fietsen.json"
    moved.write_text(model_file.read_text(encoding="utf-8"), encoding="utf-8")
    alone = read(moved)
    assert all(p.picture is None for p in alone.personas)
    assert [line for line in alone.reading if "initials stand in" in line] == [
        "the picture of 'Inès Bakker' (Inès Bakker.png) is not beside the model: its initials stand in",
        "the picture of 'Sanne de Wit' (Personas!H2) is in the workbook fietsen.xlsx, which is not beside the "
        "model: its initials stand in",
    ]


def test_a_model_of_version_one_is_read_and_one_of_a_newer_canvasgen_is_refused_in_a_sentence(tmp_path: Path) -> None:
    canvas = _Filler(random.Random(7)).record(Canvas)
    data = canvas.to_dict()
    old = {k: v for k, v in data.items() if k not in ("schema_version", "empathy_maps", "language", "reading")}
    old["personas"] = [{k: v for k, v in p.items() if not k.startswith("_")} for p in data["personas"]]
    path = tmp_path / "oud.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    again = read_model_json(path, "oud.json")
    assert [j.name for j in again.journeys] == [j.name for j in canvas.journeys]
    assert again.empathy_maps == [] and again.language is None
    newer = tmp_path / "nieuw.json"
    newer.write_text(json.dumps({**data, "schema_version": MODEL_VERSION + 1}), encoding="utf-8")
    with pytest.raises(ReadError) as refused:
        read_model_json(newer, "nieuw.json")
    assert str(refused.value) == (
        f"nieuw.json: the model is of version {MODEL_VERSION + 1}, written by a newer canvasgen; this one reads "
        f"models up to version {MODEL_VERSION}: update canvasgen"
    )


def test_an_empathy_map_keeps_its_persona_when_a_persona_before_it_is_taken_out_of_the_file() -> None:
    canvas = _Filler(random.Random(3)).record(Canvas)
    canvas.personas = [Persona(Item("Eerste")), Persona(Item("Sanne de Wit"))]
    found = canvas.empathy_maps[0]
    found.owner, found.persona = canvas.personas[1], "Sanne de Wit"
    data = json.loads(json.dumps(canvas.to_dict()))
    del data["personas"][0]  # edited out by hand: the map's place in the list now points past it
    assert model_problems(data, "model.json") == []
    again = canvas_from_dict(data, canvas.file)
    assert again.empathy_maps[0].owner is again.personas[0]
    data["empathy_maps"][0]["persona"] = "Niemand"  # and named by no persona: said, at its place
    assert [str(p) for p in model_problems(data, "model.json")] == [
        "model.json: empathy_maps[0].owner: the map is of persona 2, but the model has 1 persona, none named 'Niemand'"
    ]


def _places_of_shared_items(canvas: Canvas) -> list[list[str]]:
    """Where each item the model holds in more than one place stands (a merged cell in each of its phases, a
    heading of a column and of a persona's field): the sharing the outputs tell by identity."""
    places: dict[int, list[str]] = {}

    def walk(node: Any, where: str) -> None:
        if isinstance(node, Item):
            places.setdefault(id(node), []).append(where)
        elif isinstance(node, (list, tuple)):
            for i, child in enumerate(node):
                walk(child, f"{where}[{i}]")
        elif isinstance(node, dict):
            for key, child in node.items():
                walk(child, f"{where}[{key!s}]")
        elif dataclasses.is_dataclass(node) and not isinstance(node, type):
            for spec in dataclasses.fields(node):
                if spec.name != "owner":
                    walk(getattr(node, spec.name), f"{where}.{spec.name}")

    walk(canvas, "canvas")
    return sorted(found for found in places.values() if len(found) > 1)


def test_what_the_reader_holds_in_two_places_is_one_item_again_when_read_back(tmp_path: Path) -> None:
    """A cell merged over two phases (drawn once, across both), a map's headings heading its persona's fields,
    a second persona sheet's own heading, a touchpoint a figure names: one item each, after the JSON too."""
    path = journey_with_empathy_map(tmp_path / "zon.xlsx")
    book = openpyxl.load_workbook(path)
    journey = book["Klantreis"]
    journey["C2"] = None
    journey.merge_cells("B2:C2")
    people = book.create_sheet("Betrokkenen")
    for row in (["Naam", "Job", "Wil graag"], ["Installateur", "Monteur", "Een droog dak om op te werken"]):
        people.append(row)
    book.save(path)
    for canvas in (read_canvas(path), canvas_of(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx")):
        shared = _places_of_shared_items(canvas)
        assert shared  # what this test is about
        again = canvas_from_dict(json.loads(json.dumps(canvas.to_dict())), canvas.file)
        assert _places_of_shared_items(again) == shared
    merged = read_canvas(path).journeys[0].lanes[0]
    assert merged.runs()[0] == (0, 1)


def test_the_new_parts_edited_wrongly_get_one_sentence_each_at_their_place() -> None:
    canvas = _Filler(random.Random(5)).record(Canvas)
    data = json.loads(json.dumps(canvas.to_dict()))
    found = data["empathy_maps"][0]
    found["headings"]["Denken"] = {"text": "Denken"}  # no quadrant
    found["entries"][next(iter(found["entries"]))] = "één regel"
    data["personas"][0]["_headings"] = {"role": "Job"}
    data["journeys"][0]["phases"][0]["when"] = "gisteren"
    data["schema_version"] = "2"
    said = [str(p) for p in model_problems(data, "m.json")]
    quadrants = ", ".join(q.value for q in model.EmpathyQuadrant)
    assert said == [
        f"m.json: empathy_maps[0].entries.{next(iter(found['entries']))}: text where a list belongs",
        f"m.json: empathy_maps[0].headings: 'Denken' is none of {quadrants}",
        "m.json: journeys[0].phases[0].when: 'gisteren' is no date such as '2026-12-15'",
        "m.json: personas[0]._headings.role: text where an object belongs",
        "m.json: schema_version: text where a whole number belongs",
    ]
