"""A lane with no label holding small numbers under a score row (round 19, hostile tester's F1): the warning about
two score rows calls it by the name the canvas shows ('Baan 2'), not 'Row 3'; a ``--lane`` for that name says why
it cannot apply (the name is canvasgen's, not the sheet's) and what to do."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from canvasgen.read.corrections import from_options
from canvasgen.read.reader import read_canvas


def _book(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Klantreis"
    for j, phase in enumerate(["Oriënteren", "Vergelijken", "Kopen", "Gebruiken"], start=2):
        sheet.cell(1, j, phase)
        sheet.cell(2, j, f"Doet {phase.lower()}")
        sheet.cell(3, j, [1, 2, 3, 2][j - 2])
        sheet.cell(4, j, f"Last bij {phase.lower()}")
        sheet.cell(5, j, [0, -1, 1, 2][j - 2])
    sheet["A2"], sheet["A4"], sheet["A5"] = "Klantproces", "Pijnpunten", "Score"
    book.save(path)
    return path


def test_the_unlabelled_lane_has_one_name_in_the_warnings(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path / "baan.xlsx"))
    (journey,) = canvas.journeys
    assert "Baan 2" in [lane.label for lane in journey.lanes]
    (said,) = [w.message for w in canvas.warnings if "two rows score the phases" in w.message]
    assert "row 3 ('Baan 2')" in said and "Row 3" not in said


def test_a_lane_correction_for_the_made_name_says_what_to_do(tmp_path: Path) -> None:
    corrections = from_options(None, None, None, ("Baan 2=score",))
    canvas = read_canvas(_book(tmp_path / "baan.xlsx"), corrections=corrections)
    (said,) = [w.message for w in canvas.warnings if "could not be applied" in w.message]
    assert "has no label in the sheet" in said and "write its label at the start of its row" in said
