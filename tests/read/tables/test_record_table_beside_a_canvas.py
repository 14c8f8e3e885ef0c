"""A table of records beside a canvas on its header row, past a blank column (issue #30, round 19): an action
list ("Actie | Eigenaar | Deadline") with exactly as many rows as the canvas has lanes, or a persona table
("Persona | Rol | Doel") beside a canvas whose corner is blank and whose lanes are in the team's own words.
The rule is not the shape alone: most of the table's headers name a record's fields (a persona's, a
touchpoint's, the map's), none of the canvas's phases does. The table is never more phases, never takes the
canvas over; said in check."""

from __future__ import annotations

import itertools
from pathlib import Path

import openpyxl
import pytest

from tests.support.cli import run_clean
from tests.support.neighbours import Rows, put
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas

_PHASES = ["Oriënteren", "Aanmelden", "Gebruiken"]
_LANES = {
    "known": ["Klantproces", "Pijnpunten", "Kansen"],
    "own words": ["Wat doet Noor?", "Waar loopt Noor op vast?", "Wat kunnen wij doen?"],
}
_ACTIONS: Rows = [
    ["Actie", "Eigenaar", "Deadline"],
    ["Flyer herschrijven", "Anna", "1 mei"],
    ["Formulier inkorten", "Bram", "1 juni"],
    ["Piekuren spreiden", "Cor", "1 juli"],
]
_PERSONAS: Rows = [
    ["Persona", "Rol", "Doel"],
    ["Sanne", "Student", "Huurtoeslag"],
    ["Gezin De Vries", "Ouders", "School"],
]


def _book(path: Path, lanes: str, corner: str | None, beside: Rows, gap: int) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Reis"
    canvas: Rows = [[corner, *_PHASES]]
    canvas += [[label, *(f"{label.split()[-1]} {p[:4]}" for p in _PHASES)] for label in _LANES[lanes]]
    put(sheet, 2, 1, canvas)
    put(sheet, 2, len(_PHASES) + 2 + gap, beside)
    book.save(path)
    return path


@pytest.mark.parametrize(("lanes", "corner", "gap"), list(itertools.product(_LANES, ("Fase", None), (1, 2))))
def test_an_action_list_as_long_as_the_lanes_is_no_more_phases(
    tmp_path: Path, lanes: str, corner: str | None, gap: int
) -> None:
    path = _book(tmp_path / "acties.xlsx", lanes, corner, _ACTIONS, gap)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == _PHASES
    assert [lane.label for lane in journey.lanes] == _LANES[lanes]
    assert all(len(lane.cells) == len(_PHASES) for lane in journey.lanes)
    assert not lost_lines(path, canvas)  # the action list is kept as notes, a row each


@pytest.mark.parametrize("rows", [2, 3])
@pytest.mark.parametrize("gap", [1, 2])
def test_a_persona_table_beside_a_blank_cornered_canvas_of_own_words_takes_nothing_over(
    tmp_path: Path, rows: int, gap: int
) -> None:
    personas = [*_PERSONAS, ["Opa Kees", "Gepensioneerd", "Rust"]][: rows + 1]
    path = _book(tmp_path / "personas.xlsx", "own words", None, personas, gap)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == _PHASES
    assert [lane.label for lane in journey.lanes] == _LANES["own words"]
    assert [p.name.text for p in canvas.personas if p.name] == [str(row[0]) for row in personas[1:]]
    assert not lost_lines(path, canvas)


def test_check_says_the_table_beside_is_no_phase_and_the_personas_stand_apart(tmp_path: Path) -> None:
    code, out, _ = run_clean("check", "--explain", _book(tmp_path / "acties.xlsx", "known", "Fase", _ACTIONS, 1))
    assert code == 0
    assert "3 phases: Oriënteren | Aanmelden | Gebruiken" in out
    assert "column G stands apart from the table (the blank column E between), headed 'Eigenaar' in G2: notes" in out
    code, out, _ = run_clean("check", "--explain", _book(tmp_path / "p.xlsx", "own words", None, _PERSONAS, 1))
    assert "3 phases: Oriënteren | Aanmelden | Gebruiken" in out
    assert "a phase row over lane labels in A2:D5 read as a canvas, kept from the personas on the sheet" in out
    assert "2 personas read: Sanne, Gezin De Vries" in out
