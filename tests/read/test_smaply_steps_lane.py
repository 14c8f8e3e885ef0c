"""Round 16 F9: a Smaply lane-kind export whose first lane is "Steps" (Smaply's default name) was read with the
steps row as the phase row — "Steps" heads phases elsewhere — so the lane kind "Text" became a phase, the real
phases items of a lane 'Lane', and the emotion scores text."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

ROWS = [
    ["Lane", "Lane type", "Research", "Switch", "Onboarding"],
    ["Steps", "Text", "Compares prices", "Signs contract", "Gets the app"],
    ["Emotions", "Emotion", 1, -1, 2],
    ["Channels", "Channel", "website", "phone", "app"],
    ["Pain points", "Text", "Too many tariffs", "Long wait", "App crashes"],
]


@pytest.mark.parametrize("above", [[], [["Journey map", "Energie overstap"], ["Persona", "Ilse"], []]])
def test_a_smaply_export_whose_first_lane_is_steps_keeps_its_phases(tmp_path: Path, above: list[list[str]]) -> None:
    rows = above + ROWS
    cells = {f"{chr(65 + c)}{r}": v for r, row in enumerate(rows, start=1) for c, v in enumerate(row)}
    path = make_book(tmp_path / "smaply.xlsx", {"Smaply": cells})
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Research", "Switch", "Onboarding"]
    assert (journey.lanes[0].label, journey.lanes[0].kind) == ("Steps", "customer")  # the persona's steps
    assert [i.text for i in journey.lanes[0].cells[1]] == ["Signs contract"]
    assert [[s.value for s in phase] for phase in journey.scores] == [[1], [-1], [2]]  # a curve, not text
    assert lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    header = len(above) + 1
    assert f"phases in row {header} (C{header}:E{header})" in explained
    assert "column B ('Lane type') names each lane's kind" in explained
    row = len(above) + 2
    assert f"lane 'Steps' of kind 'Text' (A{row}): the persona's steps" in explained
    assert "if it is not, give --lane 'Steps=<kind>'" in explained
    assert not [w for w in canvas.warnings if "'Steps'" in str(w)]  # no "no role" warning left
    corrected = CliRunner().invoke(main, ["check", "--lane", "Steps=learning", str(path)]).output
    assert "lane 'Steps' [learning, corrected]" in corrected
