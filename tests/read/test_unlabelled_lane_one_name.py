"""A lane with no label holding small numbers under a score row (round 19, hostile tester's F1): the warning about
two score rows calls it by the name the canvas shows ('Baan 2'), not 'Row 3'; a ``--lane`` for that name says why
it cannot apply (the name is canvasgen's, made once the lanes are read) and offers the correction by the lane's place
(``--lane 'row 3=score'``), which works (round 20), as it does for a column with no label of a canvas turned."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from canvasgen.model import LaneKind, RoleBy
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
    assert "--lane 'row 3=score'" in said
    offered = read_canvas(_book(tmp_path / "baan.xlsx"), corrections=from_options(None, None, None, ("row 3=score",)))
    (journey,) = offered.journeys
    (scored,) = [lane for lane in journey.lanes if lane.kind == LaneKind.SCORE]
    assert scored.role_by == RoleBy.CORRECTED and scored.source is None
    assert [phase[0].value for phase in journey.scores] == [1, 2, 3, 2]
    assert not [w for w in offered.warnings if "matches nothing" in w.message or "could not be applied" in w.message]


@pytest.mark.parametrize(("place", "kind"), [("row 3", LaneKind.PAIN_POINTS), ("Row 3", LaneKind.CHANNELS)])
def test_the_lane_is_given_its_role_by_its_place(tmp_path: Path, place: str, kind: LaneKind) -> None:
    corrections = from_options(None, None, None, (f"{place}={kind.value}",))
    canvas = read_canvas(_book(tmp_path / "baan.xlsx"), corrections=corrections)
    (journey,) = canvas.journeys
    lane = journey.lanes[1]
    assert (lane.kind, lane.role_by) == (kind, RoleBy.CORRECTED)
    assert [item.text for cell in lane.cells for item in cell] == ["1", "2", "3", "2"]
    assert not [w for w in canvas.warnings if "matches nothing" in w.message]


def test_the_explain_offers_the_correction_by_its_place(tmp_path: Path) -> None:
    (journey,) = read_canvas(_book(tmp_path / "baan.xlsx")).journeys
    (said,) = [line for line in journey.reading if "has no label: called 'Baan 2'" in line]
    assert "--lane 'row 3=<kind>'" in said


def test_a_column_with_no_label_of_a_canvas_turned_is_given_its_role_by_its_place(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Reis"
    sheet["A1"], sheet["B1"], sheet["D1"] = "Fase", "Klantproces", "Pijnpunten"
    for i, phase in enumerate(["Oriënteren", "Vergelijken", "Kopen"], start=2):
        sheet.cell(i, 1, phase)
        for j, text in enumerate(["doet", "via", "last"], start=2):
            sheet.cell(i, j, f"{phase} {text}")
    path = tmp_path / "turned.xlsx"
    book.save(path)
    (journey,) = read_canvas(path).journeys
    (said,) = [line for line in journey.reading if "the lane in column C has no label" in line]
    assert "--lane 'column C=<kind>'" in said
    canvas = read_canvas(path, corrections=from_options(None, None, None, ("column C=channels",)))
    (journey,) = canvas.journeys
    assert journey.shape == "transposed"
    (lane,) = [lane for lane in journey.lanes if lane.kind == LaneKind.CHANNELS]
    assert [item.text for cell in lane.cells for item in cell] == ["Oriënteren via", "Vergelijken via", "Kopen via"]
    assert not [w for w in canvas.warnings if "matches nothing" in w.message]
