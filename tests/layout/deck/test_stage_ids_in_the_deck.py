"""A stage list's ids (S01, S02…) are on the deck where it names a phase, as on the poster (#31, round 16: the
poster showed them, the deck did not): each phase slide's title and its tab in the phase strip lead with the
phase's id, read back out of the PPTX; an id that is only the phase's number is not said twice."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from canvasgen.layout.headings import phase_heading_with_id
from canvasgen.model import Phase
from tests.support.cli import run_clean
from tests.support.read_back import title_of
from tests.support.workbooks import stage_ids_workbook


def test_each_phase_slide_names_its_phase_with_its_stage_id(tmp_path: Path) -> None:
    path = stage_ids_workbook(tmp_path / "ids.xlsx")
    code, out, err = run_clean("build", path, "--no-pdf", "-o", tmp_path / "out")
    assert code == 0, out + err
    deck = Presentation(str(tmp_path / "out" / "ids.pptx"))
    named = {"S01": "Research", "S02": "Compare", "S03": "Purchase"}
    found: list[str] = []
    for slide in deck.slides:
        tabs = [shape.text_frame.text for shape in slide.shapes if shape.name.startswith("phase strip")]
        if not tabs:
            continue
        title = title_of(slide)
        stage_id = next(i for i, name in named.items() if title.endswith(f"{i} {name}"))
        found.append(stage_id)
        (current,) = [
            shape.text_frame.text
            for shape in slide.shapes
            if shape.name.startswith("phase strip") and "current" in shape.name
        ]
        assert current == f"{stage_id} {named[stage_id]}"
        assert tabs == [f"{i} {name}" for i, name in named.items()]
    assert found and found == ["S01", "S02", "S03"] * (len(found) // 3)  # each journey's phase slides, in order


def test_an_id_that_is_the_phase_number_or_begins_its_name_is_not_said_again() -> None:
    assert phase_heading_with_id(Phase("Research", stage_id="1"), 1) == "Research"
    assert phase_heading_with_id(Phase("F2 Compare", stage_id="F2"), 2) == "F2 Compare"
    assert phase_heading_with_id(Phase("Compare", stage_id="F2"), 2) == "F2 Compare"
    assert phase_heading_with_id(Phase("Compare"), 2) == "Compare"
