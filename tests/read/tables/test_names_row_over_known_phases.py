"""A persona's or a segment's row written right over the phase names, with no blank row between ("Persona | Sanne |
Joost | …" over "Oriënteren | Vergelijken | …") (round 19, hostile tester's F16): the phase names are the phase
row, not a lane 'Baan 1' under four persona names; the row passed over is said with the ``--phases-row`` that
reads it. A row of groups over the phases (a name over a run of them) keeps its place."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from canvasgen.read.reader import read_canvas

_PHASES = ["Oriënteren", "Vergelijken", "Kopen", "Gebruiken"]


def _book(path: Path, over: list[str]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Klantreis"
    for j, text in enumerate(over, start=1):
        sheet.cell(1, j, text)
    for j, phase in enumerate(_PHASES, start=2):
        sheet.cell(2, j, phase)
    for i, lane in enumerate(["Klantproces", "Pijnpunten"], start=3):
        sheet.cell(i, 1, lane)
        for j in range(2, 6):
            sheet.cell(i, j, f"{lane} {j - 1}")
    sheet["A5"] = "Score"
    for j, score in enumerate([0, -1, 1, 2], start=2):
        sheet.cell(5, j, score)
    book.save(path)
    return path


@pytest.mark.parametrize(
    "over",
    [
        ["Persona", "Sanne", "Joost", "Fatima", "Kees"],
        ["Doelgroep", "Starters", "Gezinnen", "Senioren", "Studenten"],
    ],
)
def test_the_phase_names_under_a_row_of_people_are_the_phases(tmp_path: Path, over: list[str]) -> None:
    (journey,) = read_canvas(_book(tmp_path / "personas.xlsx", over)).journeys
    assert [p.name for p in journey.phases] == _PHASES
    assert [lane.label for lane in journey.lanes] == ["Klantproces", "Pijnpunten", "Score"]
    (said,) = [line for line in journey.reading if "names of people over the phase names" in line]
    assert f"row 1 opens with '{over[0]}'" in said and "--phases-row 1" in said


def test_a_row_of_groups_right_over_the_known_phases_keeps_its_place(tmp_path: Path) -> None:
    path = _book(tmp_path / "groups.xlsx", ["", "Voor", "", "Na", ""])
    (journey,) = read_canvas(path).journeys
    assert [p.name for p in journey.phases] == _PHASES
    assert [g.name.text for g in journey.phase_groups] == ["Voor", "Na"]
