"""A table beside the canvas on its phase row, past a blank column, while one phase's header was left blank
(round 18, new user's finding 20): the canvas keeps every phase, the blank-headed one and those after it; the
table beside is a block of its own (personas "Persona | Rol | Doel"), never a table of the last phases."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from canvasgen.read.reader import read_canvas

_PHASES = ["Aandacht", "Afweging", None, "Altijd", "Advocaat"]
_LANES = ["Wat doet de inwoner?", "Contactmomenten", "Emoties", "Pijnpunten"]


def _book(path: Path, corner: str | None, blank_phase: int) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Ideaal"
    sheet["A1"] = "Verhuizen naar onze gemeente"
    if corner:
        sheet.cell(3, 1, corner)
    phases = [None if i == blank_phase else p or "Actie" for i, p in enumerate(_PHASES)]
    for j, phase in enumerate(phases, start=2):
        if phase:
            sheet.cell(3, j, phase)
    for i, lane in enumerate(_LANES, start=4):
        sheet.cell(i, 1, lane)
        for j in range(2, 2 + len(phases)):
            sheet.cell(i, j, f"{lane.split()[0]} in fase {j - 1}")
    beside = len(phases) + 3  # one blank column between the canvas and the persona table
    rows = [["Persona", "Rol", "Doel"], ["Sanne", "Student", "Huurtoeslag"], ["Gezin De Vries", "Ouders", "School"]]
    for i, line in enumerate(rows, start=3):
        for j, value in enumerate(line, start=beside):
            sheet.cell(i, j, value)
    book.save(path)
    return path


@pytest.mark.parametrize("corner", ["Fase", None])
@pytest.mark.parametrize("blank_phase", [1, 2, 3])
def test_a_persona_table_on_the_phase_row_takes_no_phase_after_a_blank_header(
    tmp_path: Path, corner: str | None, blank_phase: int
) -> None:
    canvas = read_canvas(_book(tmp_path / "verhuizen.xlsx", corner, blank_phase))
    (journey,) = canvas.journeys
    assert len(journey.phases) == 5
    named = [p.name for i, p in enumerate(journey.phases) if i != blank_phase]
    assert named == [p or "Actie" for i, p in enumerate(_PHASES) if i != blank_phase]
    for lane in journey.lanes:  # every phase holds its cell of every lane
        assert all(len(cell) == 1 for cell in lane.cells), lane.label
    assert [p.name.text for p in canvas.personas if p.name is not None] == ["Sanne", "Gezin De Vries"]
    assert any("has no phase name" in w.message for w in canvas.warnings)
