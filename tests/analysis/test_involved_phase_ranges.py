"""A buying-group role's "Betrokken in fasen" written as a range ("Vergelijken t/m Bestellen"): a new user's
decision maker was split at the slash of "t/m" into 'Vergelijken t' and 'm Bestellen', both no phase, and drawn
in none of the phases (an empty bar on the poster, no dot on the deck)."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.analysis.involvement import involvement, involvement_warnings
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

PHASES = ["Oriënteren", "Vergelijken", "Aankoop", "Bestellen", "Levering", "Service"]


def _book(path: Path, involved: str) -> Path:
    sheet: dict[str, object] = {"A1": "Fase", "A2": "Wat doet de inkoper?"}
    for column, phase in zip("BCDEFG", PHASES):
        sheet[f"{column}1"], sheet[f"{column}2"] = phase, f"stap in {phase.lower()}"
    personas = {"A1": "Naam", "B1": "Rol in de inkoopgroep", "C1": "Betrokken in fasen"}
    personas.update({"A2": "Ruud Gerritsen", "B2": "Beslisser", "C2": involved})
    return make_book(path, {"Klantreis": sheet, "Personas": personas})


@pytest.mark.parametrize(
    ("involved", "expected"),
    [
        ("Vergelijken t/m Bestellen", ["Vergelijken", "Aankoop", "Bestellen"]),
        ("Vergelijken tot en met Bestellen", ["Vergelijken", "Aankoop", "Bestellen"]),
        ("Aankoop – Levering", ["Aankoop", "Bestellen", "Levering"]),
        ("Levering to Bestellen", ["Bestellen", "Levering"]),  # written the other way round
        ("Oriënteren / Service; Aankoop", ["Oriënteren", "Aankoop", "Service"]),
        ("alle fasen", PHASES),
    ],
)
def test_a_range_of_phases_names_every_phase_in_it(tmp_path: Path, involved: str, expected: list[str]) -> None:
    canvas = read_canvas(_book(tmp_path / "groothandel.xlsx", involved))
    (journey,) = canvas.journeys
    (persona,) = canvas.personas
    flags = involvement(persona, journey, canvas)
    assert flags is not None
    assert [phase.name for phase, on in zip(journey.phases, flags, strict=True) if on] == expected
    assert involvement_warnings(canvas, "groothandel.xlsx") == []


def test_a_range_with_an_end_that_is_no_phase_is_said_whole(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path / "groothandel.xlsx", "Vergelijken t/m Afrekenen"))
    said = [w.message for w in involvement_warnings(canvas, "groothandel.xlsx")]
    assert said == ["'Vergelijken t/m Afrekenen' in the involved phases is not a phase of 'Klantreis'"]
