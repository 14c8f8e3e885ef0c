"""Personas in a map's header, round 24 (#30 leftovers, items 1, 2 and 4), with our own look-alikes.

- Two canvases stacked on one sheet, each under "Persona:" in one cell and the name in the next: each journey is
  its own persona's (was: the first persona given to both, the second kept as a note).
- "Leeftijd: 45" ("Age: 45", "Leeftijd | 45") under "Persona: Jan" in the header is Jan's age (was: "Leeftijd:"
  the map's title and 45 a note, silently); the map's title stays what it was.
- The reading of two journeys sharing a header persona quotes the name, not the age in brackets after it."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.cli import run_clean
from tests.support.reading import read_canvas
from tests.support.workbooks import rows_canvas

_CANVAS: list[tuple[object, ...]] = [
    ("Fase", "Oriëntatie", "Selectie", "Aankoop"),
    ("Klantactiviteiten", "Zoekt een installateur", "Vraagt drie offertes op", "Tekent de opdracht"),
    ("Pijnpunten", "Veel jargon", "Prijzen lastig te vergelijken", "Lange levertijd"),
    ("Emotie", 1, -1, 0),
]
_FIRST = ("Noor", "Bram", "Ayşe", "Willemijn", "Pieter-Jan")
_LAST = ("Visser", "de Groot", "El Idrissi", "van Dam", "Kuipers")


def _names(draw: st.DrawFn) -> tuple[str, str]:
    first = draw(st.lists(st.sampled_from(_FIRST), min_size=2, max_size=2, unique=True))
    last = draw(st.lists(st.sampled_from(_LAST), min_size=2, max_size=2))
    return f"{first[0]} {last[0]}", f"{first[1]} {last[1]}"


@st.composite
def _stacked(draw: st.DrawFn) -> tuple[list[tuple[object, ...]], tuple[str, str], tuple[str, str] | None]:
    names = _names(draw)
    label = draw(st.sampled_from(["Persona:", "Persona", "Doelgroep:"]))
    ages = (str(draw(st.integers(18, 60))), str(draw(st.integers(61, 90)))) if draw(st.booleans()) else None
    in_one = draw(st.booleans())
    rows: list[tuple[object, ...]] = [()] * draw(st.integers(0, 2))  # blank rows above it all
    for number, name in enumerate(names):
        if number:
            rows += [()] * draw(st.integers(2, 4))  # the canvases apart
        rows.append((label, name))
        if ages is not None:  # each persona's age under their name
            rows.append((f"Leeftijd: {ages[number]}",) if in_one else ("Leeftijd", ages[number]))
        rows += [()] * draw(st.integers(0, 1))  # a blank row under the persona, or none
        rows += _CANVAS
    return rows, names, ages


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_stacked())
def test_each_stacked_canvas_is_its_own_personas(
    case: tuple[list[tuple[object, ...]], tuple[str, str], tuple[str, str] | None],
) -> None:
    rows, names, ages = case
    with tempfile.TemporaryDirectory() as folder:
        canvas = read_canvas(rows_canvas(Path(folder) / "reizen.xlsx", rows))
    assert [j.meta["persona"].text for j in canvas.journeys] == list(names)  # was: the first name twice
    assert not [n for j in canvas.journeys for n in j.notes if n.text in names]  # the second no note
    assert not [n for n in canvas.notes if n.text in names]
    assert not [j for j in canvas.journeys if "Leeftijd" in j.name]  # an age is no canvas's title
    if ages is not None:  # each their own age, never the first one's for both
        found = {p.name.text: p.get("age") for p in canvas.personas if p.name is not None}
        assert found == dict(zip(names, ages, strict=True))


def test_check_says_the_second_persona_is_that_canvas_own(tmp_path: Path) -> None:
    rows = [("Persona:", "Noor Visser"), (), *_CANVAS, (), (), ("Persona:", "Bram de Groot"), (), *_CANVAS]
    path = rows_canvas(tmp_path / "reizen.xlsx", rows)
    code, out, err = run_clean("check", "--explain", path)
    assert code == 0, out + err
    assert "journey 'Klantreis – Bram de Groot'" in out
    assert (
        "Klantreis!A11:B11 ('Persona: | Bram de Groot') right above this canvas is its own persona, not the sheet's"
        in out
    )


@st.composite
def _aged(draw: st.DrawFn) -> tuple[list[tuple[object, ...]], str, str, str | None]:
    name = _names(draw)[0]
    age = str(draw(st.integers(18, 90)))
    label = draw(st.sampled_from(["Leeftijd", "Age", "Alter"]))
    title = draw(st.sampled_from([None, "Nieuwe warmtepomp", "Klantreis zonnepanelen"]))
    in_one = draw(st.booleans())
    number = draw(st.booleans())  # 45 typed as a number, or as text
    rows: list[tuple[object, ...]] = [()] * draw(st.integers(0, 2))
    if title is not None:
        rows.append((title,))
    rows.append((f"Persona: {name}",) if draw(st.booleans()) else ("Persona:", name))
    rows.append((f"{label}: {age}",) if in_one else (label, int(age) if number else age))
    rows += [()] * draw(st.integers(0, 2))
    return [*rows, *_CANVAS], name, age, title


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_aged())
def test_an_age_under_the_header_persona_is_theirs(case: tuple[list[tuple[object, ...]], str, str, str | None]) -> None:
    rows, name, age, title = case
    with tempfile.TemporaryDirectory() as folder:
        canvas = read_canvas(rows_canvas(Path(folder) / "reis.xlsx", rows))
    (journey,) = canvas.journeys
    (persona,) = canvas.personas
    assert persona.name is not None and persona.name.text == name and persona.get("age") == age
    assert journey.meta["persona"].text == name
    assert ("title" in journey.meta) == (title is not None)  # was: "Leeftijd: 45" the map's title
    if title is not None:
        assert journey.meta["title"].text == title
    assert not [n for n in [*journey.notes, *canvas.notes] if n.text.strip() == age]  # was: 45 a note
    assert not [w for w in canvas.warnings if "may be a persona" in w.message]


def test_check_says_the_age_is_the_personas(tmp_path: Path) -> None:
    path = rows_canvas(tmp_path / "reis.xlsx", [("Persona: Jan",), ("Leeftijd: 45",), (), *_CANVAS])
    code, out, err = run_clean("check", "--explain", path)
    assert code == 0, out + err
    assert "journey 'Klantreis'" in out
    assert (
        "Klantreis!A4 ('Leeftijd: 45') under the persona 'Jan' in the header is their age (45), not the map's title"
        in out
    )


def test_two_journeys_of_one_header_persona_are_said_by_the_name_alone(tmp_path: Path) -> None:
    rows = [("Persona: Jan de Vries (45)",), *_CANVAS, (), (), ("Persona: Jan de Vries (45)",), *_CANVAS]
    canvas = read_canvas(rows_canvas(tmp_path / "reizen.xlsx", rows))
    said = [line for line in canvas.reading if "is written the same in the headers" in line]
    assert said and said[0].startswith("the persona 'Jan de Vries' is written the same in the headers of 2 journeys")
    assert "(45)" not in said[0]
