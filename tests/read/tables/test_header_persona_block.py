"""A persona described in the map's header, one field a row under their name (new user, round 24), with our own
look-alikes: "Persona: Ria Kuipers" over "Leeftijd | 63, net met pensioen", "Situatie | …", "Wil graag | …",
"Is bang voor | …" above the canvas.

Was: "Situatie" the journey's scenario (unsaid), the other rows notes, and the deck's persona slide asking who the
customer is, "nog in te vullen". Now one persona card with those fields, on the deck; the journey is theirs."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli import run_clean
from tests.support.read_back import pdftotext, slide_text
from tests.support.reading import read_canvas
from tests.support.workbooks import rows_canvas

_CANVAS: list[tuple[object, ...]] = [
    ("Fase", "Oriëntatie", "Offerte", "Installatie"),
    ("Wat doet de klant?", "Leest ervaringen op een forum", "Vraagt drie offertes op", "Blijft thuis op de dag"),
    ("Pijnpunten", "Veel jargon", "Prijzen lastig te vergelijken", "Lange levertijd"),
    ("Emotie", 1, -1, 0),
]
_FIELDS = {
    "age": ("Leeftijd", "63, net met pensioen"),
    "bio": ("Situatie", "Woont in een jaren-dertigwoning in Zwolle met haar man"),
    "goals": ("Wil graag", "Een warm huis zonder hoge energierekening"),
    "frustrations": ("Is bang voor", "Een installateur die halverwege verdwijnt"),
}


def _rows(name_row: tuple[object, ...], fields: dict[str, tuple[str, str]]) -> list[tuple[object, ...]]:
    top: list[tuple[object, ...]] = [("Klantreis: een warmtepomp laten plaatsen",), (), name_row]
    return [*top, *((label, value) for label, value in fields.values()), (), *_CANVAS]


@pytest.mark.parametrize(
    "name_row", [("Persona: Ria Kuipers",), ("Persona:", "Ria Kuipers")], ids=["in one cell", "beside"]
)
@pytest.mark.parametrize(
    "keys",
    [("age", "bio", "goals", "frustrations"), ("bio", "goals"), ("bio",), ("age", "frustrations")],
    ids=["four", "two", "situation alone", "age and fears"],
)
def test_the_rows_under_the_header_persona_are_their_fields(
    tmp_path: Path, name_row: tuple[object, ...], keys: tuple[str, ...]
) -> None:
    fields = {k: _FIELDS[k] for k in keys}
    canvas = read_canvas(rows_canvas(tmp_path / "warmte.xlsx", _rows(name_row, fields)))
    (journey,) = canvas.journeys
    (persona,) = canvas.personas
    assert persona.name is not None and persona.name.text == "Ria Kuipers"
    assert {k: v.text for k, v in persona.fields.items()} == {k: value for k, (_, value) in fields.items()}
    assert journey.meta["persona"].text == "Ria Kuipers"
    assert "scenario" not in journey.meta  # was: 'Situatie' the map's scenario
    notes = " ".join(n.text for n in [*journey.notes, *canvas.notes])
    assert not [value for _, value in fields.values() if value in notes]  # was: notes


@pytest.mark.parametrize(
    "rows",
    [
        [("Persona:", "Ria Kuipers"), _FIELDS["age"], _FIELDS["frustrations"], ("Scenario", "Huidige situatie")],
        [("Persona: Ria Kuipers",), _FIELDS["bio"], _FIELDS["goals"], ("Scenario", "Huidige situatie")],
    ],
    ids=["a block of three", "a block of two"],
)
def test_a_row_that_says_scenario_stays_the_maps(tmp_path: Path, rows: list[tuple[object, ...]]) -> None:
    canvas = read_canvas(rows_canvas(tmp_path / "warmte.xlsx", [*rows, (), *_CANVAS]))
    (journey,) = canvas.journeys
    assert journey.meta["scenario"].text == "Huidige situatie"  # was, in a block of three: the persona's field
    (persona,) = canvas.personas
    assert "scenario" not in persona.fields and len(persona.fields) == 2


def test_the_deck_and_check_show_the_persona_described(tmp_path: Path) -> None:
    path = rows_canvas(tmp_path / "warmte.xlsx", _rows(("Persona: Ria Kuipers",), _FIELDS))
    code, out, err = run_clean("check", "--explain", path)
    assert code == 0, out + err
    assert "persona 'Ria Kuipers' (Klantreis!A5), whose fields stand under their name above the table" in out
    assert "those rows were read as the persona's fields: age (B6), bio (B7), goals (B8), frustrations (B9)" in out
    assert "scenario" not in out.lower()
    code, out, err = run_clean("build", path, "-o", tmp_path / "out")
    assert code == 0, out + err
    deck = " ".join(slide_text(tmp_path / "out" / "warmte.pptx").split())
    assert "nog in te vullen" not in deck.split("oogopslag")[0]  # the slides before the glance: the persona's
    for _, value in _FIELDS.values():
        assert value in deck
    assert "63, net met pensioen" in deck and "63 jaar" not in deck  # the age as written
    poster = " ".join(pdftotext(tmp_path / "out" / "warmte.pdf").split())
    assert "Ria Kuipers" in poster and "Is bang voor" in poster


def test_check_says_a_situation_under_the_persona_is_theirs(tmp_path: Path) -> None:
    rows = [("Persona:", "Ria Kuipers"), ("Situatie", _FIELDS["bio"][1]), (), *_CANVAS]
    code, out, err = run_clean("check", "--explain", rows_canvas(tmp_path / "warmte.xlsx", rows))
    assert code == 0, out + err
    assert (
        "Klantreis!A4:B4 under the persona 'Ria Kuipers' in the header is read as the persona's fields: 'Situatie' "
        "as bio — not the map's scenario; to make it the scenario, write 'Scenario' as its label" in out
    )


@pytest.mark.parametrize("keys", [("bio", "goals", "frustrations"), ("goals",)], ids=["three", "one"])
def test_the_maps_own_title_right_over_the_persona_is_its_title_not_the_blocks_heading(
    tmp_path: Path, keys: tuple[str, ...]
) -> None:
    # no blank row under "Klantreis: …": it was taken for the heading of the persona's block, and the journey's
    # name, a heading's few words ("warmtepomp plaatsen"), was on neither poster nor deck (hostile tester, round 24)
    fields = {k: _FIELDS[k] for k in keys}
    rows = [("Klantreis: warmtepomp plaatsen",), ("Persona:", "Ria Kuipers"), *fields.values(), (), *_CANVAS]
    source = rows_canvas(tmp_path / "warmte.xlsx", rows)
    canvas = read_canvas(source)
    (journey,) = canvas.journeys
    assert "warmtepomp plaatsen" in journey.name.casefold()
    assert not any("heads the block" in said for said in journey.reading + canvas.reading)
    code, _, err = run_clean("build", source, "-o", tmp_path / "out")
    assert code == 0, err
    assert "warmtepomp plaatsen" in " ".join(pdftotext(tmp_path / "out" / "warmte.pdf").split()).casefold()
