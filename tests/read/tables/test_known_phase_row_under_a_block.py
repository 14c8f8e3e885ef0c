"""A persona block over the canvas and a phase row whose corner says no "Fase" ("5 A's") (round 18, new user's
finding 13): the row of known phase names (a phase model's words) is the phase row, not the persona row above
it ("Persona 1 | Sanne, 21, … | Doel | …"); said in ``--explain`` with the ``--phases-row`` that reads the other."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from canvasgen.read.corrections import from_options
from canvasgen.read.reader import read_canvas

_PHASES = ["Aandacht", "Afweging", "Actie", "Altijd", "Advocaat"]


def _book(path: Path, corner: str) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Huidige reis"
    sheet["A1"] = "Verhuizen naar onze gemeente"
    for row, (label, name, goal) in enumerate(
        [
            ("Persona 1", "Sanne, 21, student verpleegkunde", "Snel ingeschreven zijn voor huurtoeslag"),
            ("Persona 2", "Gezin De Vries (2 volwassenen, 2 kinderen)", "School en huisarts geregeld"),
        ],
        start=3,
    ):
        sheet.cell(row, 1, label)
        sheet.cell(row, 2, name)
        sheet.cell(row, 4, "Doel")
        sheet.cell(row, 5, goal)
    sheet["A6"], sheet["B6"] = "Versie", 0.9
    sheet["A7"], sheet["B7"] = "Datum", "23-11-2026"  # one blank row to the phase row: one block of cells
    sheet.cell(9, 1, corner)
    for j, phase in enumerate(_PHASES, start=2):
        sheet.cell(9, j, phase)
    for i, lane in enumerate(["Wat doet de inwoner?", "Touchpoints", "Emoties", "Wat leren we?"], start=10):
        sheet.cell(i, 1, lane)
        for j in range(2, 7):
            sheet.cell(i, j, f"{lane.split()[0]} {j - 1}")
    book.save(path)
    return path


@pytest.mark.parametrize("corner", ["5 A's", "Klantreis"])
def test_the_row_of_known_phase_names_is_the_phase_row_and_said(tmp_path: Path, corner: str) -> None:
    canvas = read_canvas(_book(tmp_path / "v3.xlsx", corner))
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == _PHASES
    assert [lane.label for lane in journey.lanes] == ["Wat doet de inwoner?", "Touchpoints", "Emoties", "Wat leren we?"]
    (said,) = [line for line in journey.reading if "names known phases" in line]
    assert "not row 3 above it" in said and "--phases-row 3" in said


def test_the_phases_row_said_reads_the_row_passed_over(tmp_path: Path) -> None:
    path = _book(tmp_path / "v3.xlsx", "5 A's")
    canvas = read_canvas(path, corrections=from_options("3", None, None, ()))
    (journey,) = canvas.journeys
    assert journey.phases[0].name == "Sanne, 21, student verpleegkunde"
