"""Empathy maps among other things (round 14): the pains/gains headings of each language ("Frust | Nutzen",
"Frustrations | Bénéfices") known, an unknown heading among known ones said; a map beside a persona block or
under a canvas on one sheet read as the map alone, the block and the canvas read as they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.model import EmpathyQuadrant
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

_Q = EmpathyQuadrant


def _three_by_two(pains: str, gains: str) -> dict[str, str]:
    """A German map, three headings over three, entries under each (a gap of blank rows between)."""
    return {
        "A1": "Empathiekarte Jana",
        "A3": "Was denkt und fühlt sie?",
        "D3": "Was hört sie?",
        "G3": "Was sieht sie?",
        "A4": "Hat Angst vor versteckten Kosten",
        "D4": "Freundinnen empfehlen Portale",
        "G4": "Werbung in der U-Bahn",
        "A8": "Was sagt und tut sie?",
        "D8": pains,
        "G8": gains,
        "A9": "Fragt im Forum nach",
        "D9": "Hotline nie erreichbar",
        "G9": "Spart 200 Euro im Jahr",
    }


def _entries(path: Path) -> dict[EmpathyQuadrant, list[str]]:
    (found,) = read_canvas(path).empathy_maps
    return {q: [i.text for i in items] for q, items in found.entries.items()}


@pytest.mark.parametrize(
    ("pains", "gains"),
    [("Frust", "Nutzen"), ("Frustrationen", "Vorteile"), ("Frustrations", "Bénéfices"), ("Frustraties", "Voordelen")],
)
def test_the_usual_pains_and_gains_headings_of_each_language_head_their_boxes(
    tmp_path: Path, pains: str, gains: str
) -> None:
    path = make_book(tmp_path / "map.xlsx", {"Karte": _three_by_two(pains, gains)})
    entries = _entries(path)
    assert entries[_Q.PAINS] == ["Hotline nie erreichbar"]
    assert entries[_Q.GAINS] == ["Spart 200 Euro im Jahr"]
    assert entries[_Q.SAY_DO] == ["Fragt im Forum nach"]
    assert not [w for w in read_canvas(path).warnings if "heading would" in w.message]


def test_an_unknown_heading_among_known_ones_is_said_with_its_cell(tmp_path: Path) -> None:
    path = make_book(tmp_path / "map.xlsx", {"Karte": _three_by_two("Ärgernisse", "Nutzen")})
    canvas = read_canvas(path)
    (warning,) = [w for w in canvas.warnings if "Ärgernisse" in w.message]
    assert warning.location.cell == "D8"
    assert "'Was sagt und tut sie?'" in warning.message and "Pains" in warning.message
    assert any("'Ärgernisse' (D8) stands where a heading would" in line for line in canvas.reading)
    # no word lost: the cell is still an entry
    assert "Ärgernisse" in _entries(path)[_Q.SAY_DO]


_MAP_BESIDE = {
    "D1": "Denken & voelen",
    "F1": "Horen",
    "D2": "Moe na nachtdienst",
    "F2": "Collega's klagen",
    "D4": "Zien",
    "F4": "Zeggen & doen",
    "D5": "Lege gangen",
    "F5": "Ruilt diensten via app",
    "D7": "Pijn",
    "F7": "Winst",
    "D8": "Onregelmatig slapen",
    "F8": "Toeslag",
}


def test_a_persona_block_beside_a_map_is_the_persona_and_the_map_hers(tmp_path: Path) -> None:
    block = {"A1": "Naam", "B1": "Sanne Visser", "A2": "Leeftijd", "B2": "31", "A3": "Beroep", "B3": "Verpleegkundige"}
    path = make_book(tmp_path / "sanne.xlsx", {"Persona Sanne": {**block, **_MAP_BESIDE}})
    canvas = read_canvas(path)
    (persona,) = canvas.personas
    assert persona.name is not None and persona.name.text == "Sanne Visser"
    assert persona.fields["age"].text == "31"
    assert _entries(path)[_Q.THINK_FEEL] == ["Moe na nachtdienst"]
    (found,) = canvas.empathy_maps
    assert found.owner is persona
    assert any("stand apart from the empathy map" in line and "A1" in line for line in canvas.reading)


_CANVAS = {
    "A1": "Fase",
    "B1": "Oriënteren",
    "C1": "Aanmelden",
    "D1": "Gebruiken",
    "A2": "Klantproces",
    "B2": "Leest flyer",
    "C2": "Meldt zich aan",
    "D2": "Traint 2x per week",
    "A3": "Pijnpunten",
    "B3": "Flyer onduidelijk",
    "C3": "Contract 12 maanden",
    "D3": "Te druk om 18 uur",
}
_MAP_UNDER = {
    "A7": "Empathiekaart Noor",
    "A9": "Denken & voelen",
    "C9": "Horen",
    "A10": "Twijfelt of ze het volhoudt",
    "C10": "Vriendin sport ook",
    "A12": "Zien",
    "C12": "Zeggen & doen",
    "A13": "Fitte mensen op Instagram",
    "C13": "Zegt: vanaf maandag",
}


def test_a_canvas_with_a_map_under_it_is_a_journey_and_the_map_noors(tmp_path: Path) -> None:
    path = make_book(tmp_path / "noor.xlsx", {"Canvas Noor": {**_CANVAS, **_MAP_UNDER}})
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Oriënteren", "Aanmelden", "Gebruiken"]
    assert {lane.label for lane in journey.lanes} >= {"Klantproces", "Pijnpunten"}
    (found,) = canvas.empathy_maps
    assert found.persona == "Noor"
    assert _Q.PAINS not in found.entries
    assert [i.text for i in found.entries[_Q.THINK_FEEL]] == ["Twijfelt of ze het volhoudt"]
