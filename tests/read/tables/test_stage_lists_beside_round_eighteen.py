"""Round 18 (#30): stage lists beside a canvas, whatever their header words and length. A numbered list of
stages (``nr | naam | doel``, ``# | name | goal``) was read as personas and a list of one stage was poured into
the canvas as a phase or a lane: both are stage lists, joined to the canvas when they name its phases, else
notes, said with the phases they lack when they name some; a numbered list of people (a field only people
have, "Leeftijd") stays personas. No word lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.read.reader import read_canvas
from tests.support.cli import run_clean
from tests.support.neighbours import ACROSS, DOWN, PHASES, Rows, lanes_of, sheet_with_neighbours
from tests.support.read_back import lost_lines

NUMBERED = {
    "nl": [
        ["nr", "naam", "doel"],
        [1, "Oriënteren", "Bereik"],
        [2, "Aanmelden", "Conversie"],
        [3, "Gebruiken", "Behoud"],
    ],
    "en": [["#", "name", "goal"], [1, "Oriënteren", "Reach"], [2, "Aanmelden", "Convert"], [3, "Gebruiken", "Keep"]],
}
SIDES_AND_GRIDS = [(side, grid) for side in ("right", "below", "left", "above") for grid in ("across", "down")]


def _grid(name: str) -> Rows:
    return ACROSS if name == "across" else DOWN


@pytest.mark.parametrize("words", ["nl", "en"])
@pytest.mark.parametrize(("side", "grid"), SIDES_AND_GRIDS)
def test_a_numbered_list_of_the_canvas_phases_joins_it_and_makes_no_personas(
    tmp_path: Path, words: str, side: str, grid: str
) -> None:
    rows = NUMBERED[words]
    path = sheet_with_neighbours(tmp_path / "genummerd.xlsx", _grid(grid), {side: rows}, gap=1 + (side == "left"))
    canvas = read_canvas(path)
    assert canvas.personas == []
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == PHASES
    assert [p.stage_id for p in journey.phases] == ["1", "2", "3"]
    goal = journey.lanes[-1]
    assert [lane.label for lane in journey.lanes] == [*lanes_of(_grid(grid)), str(rows[0][2])]
    assert [[i.text for i in cell] for cell in goal.cells] == [[str(r[2])] for r in rows[1:]]
    assert not lost_lines(path, canvas)


def test_check_says_the_numbered_list_is_the_canvas_stage_list(tmp_path: Path) -> None:
    path = sheet_with_neighbours(tmp_path / "genummerd.xlsx", ACROSS, {"right": NUMBERED["nl"]}, gap=1)
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert "0 touchpoints, 0 personas" in out
    assert "its phases are those listed in Noor!F1:H4 ('Oriënteren', 'Aanmelden', 'Gebruiken'), matched by name" in out


@pytest.mark.parametrize(("side", "grid"), SIDES_AND_GRIDS)
def test_a_numbered_list_of_other_stages_is_notes_and_said(tmp_path: Path, side: str, grid: str) -> None:
    rows: Rows = [["nr", "naam", "doel"], [1, "Werven", "Bereik"], [2, "Binden", "Trouw"], [3, "Boeien", "Score"]]
    path = sheet_with_neighbours(tmp_path / "anders.xlsx", _grid(grid), {side: rows}, gap=1)
    canvas = read_canvas(path)
    assert canvas.personas == []
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == PHASES
    assert [lane.label for lane in journey.lanes] == lanes_of(_grid(grid))
    assert [n.text for n in journey.notes if "Werven" in n.text or "Boeien" in n.text] == [
        "1 · Werven · Bereik",
        "3 · Boeien · Score",
    ]
    assert any("lists other phases than the canvas's: kept as notes" in line for line in canvas.reading)
    assert not lost_lines(path, canvas)


@pytest.mark.parametrize(("side", "grid"), SIDES_AND_GRIDS)
def test_a_numbered_list_naming_some_phases_is_warned_with_those_it_lacks(tmp_path: Path, side: str, grid: str) -> None:
    rows: Rows = [["#", "name", "goal"], [1, "Oriënteren", "Reach"], [2, "Nazorg", "Keep"]]
    path = sheet_with_neighbours(tmp_path / "deels.xlsx", _grid(grid), {side: rows}, gap=1)
    canvas = read_canvas(path)
    assert canvas.personas == []
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == PHASES
    (said,) = [w.message for w in canvas.warnings if "stage list" in w.message]
    assert "names 1 of the 3 phases of the map on sheet 'Noor' but not 'Aanmelden', 'Gebruiken'" in said
    assert "and also 'Nazorg'" in said and "kept as notes" in said
    assert not lost_lines(path, canvas)


@pytest.mark.parametrize(("side", "grid"), SIDES_AND_GRIDS)
def test_a_stage_list_of_one_row_is_a_list_never_the_canvas_phases_or_lanes(
    tmp_path: Path, side: str, grid: str
) -> None:
    rows: Rows = [["id", "title", "macro"], ["S1", "Oriënteren", "Voor"]]
    path = sheet_with_neighbours(tmp_path / "een.xlsx", _grid(grid), {side: rows}, gap=1)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == PHASES
    assert [lane.label for lane in journey.lanes] == lanes_of(_grid(grid))
    (said,) = [w.message for w in canvas.warnings if "stage list" in w.message]
    assert "names 1 of the 3 phases of the map on sheet 'Noor' but not 'Aanmelden', 'Gebruiken'" in said
    assert not lost_lines(path, canvas)


@pytest.mark.parametrize("side", ["right", "below"])
def test_a_numbered_list_of_people_stays_personas(tmp_path: Path, side: str) -> None:
    rows: Rows = [["nr", "naam", "leeftijd", "doel"], [1, "Lotte", 34, "Fitter"], [2, "Sem", 41, "Afvallen"]]
    path = sheet_with_neighbours(tmp_path / "mensen.xlsx", ACROSS, {side: rows}, gap=1)
    canvas = read_canvas(path)
    assert [p.name.text for p in canvas.personas if p.name is not None] == ["Lotte", "Sem"]
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == PHASES
    assert not lost_lines(path, canvas)


BY_NAME: Rows = [["Stage", "Goal"], ["Oriënteren", "Reach"], ["Aanmelden", "Convert"], ["Gebruiken", "Keep"]]


@pytest.mark.parametrize(("side", "grid"), SIDES_AND_GRIDS)
def test_a_list_of_stages_by_name_alone_joins_the_canvas_it_lists(tmp_path: Path, side: str, grid: str) -> None:
    path = sheet_with_neighbours(tmp_path / "fasen.xlsx", _grid(grid), {side: BY_NAME}, gap=1)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == PHASES
    assert [p.stage_id for p in journey.phases] == [None, None, None]  # no ids: none made up
    assert [lane.label for lane in journey.lanes] == [*lanes_of(_grid(grid)), "Goal"]
    assert [[i.text for i in cell] for cell in journey.lanes[-1].cells] == [["Reach"], ["Convert"], ["Keep"]]
    assert not journey.notes
    assert not lost_lines(path, canvas)


@pytest.mark.parametrize(("side", "grid"), SIDES_AND_GRIDS)
def test_a_list_of_stages_by_name_naming_two_phases_is_warned_never_a_second_canvas(
    tmp_path: Path, side: str, grid: str
) -> None:
    path = sheet_with_neighbours(tmp_path / "twee.xlsx", _grid(grid), {side: BY_NAME[:3]}, gap=1)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == PHASES
    assert [lane.label for lane in journey.lanes] == lanes_of(_grid(grid))
    (said,) = [w.message for w in canvas.warnings if "stage list" in w.message]
    assert "names 2 of the 3 phases of the map on sheet 'Noor' but not 'Gebruiken': it is no stage list" in said
    assert not any("tells phases from lanes" in w.message for w in canvas.warnings)
    assert not lost_lines(path, canvas)


def test_check_says_a_list_by_name_naming_two_phases_and_what_to_write(tmp_path: Path) -> None:
    path = sheet_with_neighbours(tmp_path / "twee.xlsx", DOWN, {"below": BY_NAME[:3]}, gap=1)
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert "names only some of the canvas's phases (not 'Gebruiken'): kept as notes" in out
    assert "to join it to the canvas, give it one row per phase of the canvas" in out


#: A canvas of the team's own words: no known lane label or phase name, so no canvas found by its shape first.
OWN_WORDS: Rows = [
    [None, "Werven", "Binden", "Boeien"],
    ["Wie", "Noor", "Sem", "Lotte"],
    ["Wat", "Leest", "Belt", "Komt"],
]


@pytest.mark.parametrize("side", ["below", "right"])
def test_a_partial_stage_list_by_a_canvas_of_own_words_is_warned_as_one_beside_a_known_canvas(
    tmp_path: Path, side: str
) -> None:
    rows: Rows = [["id", "title", "macro"], ["S1", "Werven", "Voor"], ["S2", "Nazorg", "Na"], ["S3", "Evalueren", "Na"]]
    path = sheet_with_neighbours(tmp_path / "eigen.xlsx", OWN_WORDS, {side: rows}, gap=1)
    canvas = read_canvas(path)
    listed, own = sorted(canvas.journeys, key=lambda j: len(j.lanes))
    assert [p.name for p in own.phases] == ["Werven", "Binden", "Boeien"]
    assert [lane.label for lane in own.lanes] == ["Wie", "Wat"]  # never the list's columns, beside it or not
    assert [p.name for p in listed.phases] == ["Werven", "Nazorg", "Evalueren"]
    (said,) = [w.message for w in canvas.warnings if "stage list" in w.message]
    assert "names 1 of the 3 phases of the map on sheet 'Noor' but not 'Binden', 'Boeien'" in said
    assert "and also 'Nazorg', 'Evalueren'" in said and "read as a journey of its own" in said
    assert not lost_lines(path, canvas)
