"""Round 17 (#30): a stage list beside a canvas on its sheet that names some of the canvas's phases (one, with
others the canvas lacks) stayed notes without a word. Like a stage list on a sheet of its own, it is said:
which phases it names, which it lacks, and what to write to make it the canvas's list; no word lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.neighbours import ACROSS, DOWN, PHASES, Rows, sheet_with_neighbours
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas

PARTLY: Rows = [
    ["id", "title", "macro"],
    ["S1", "Oriënteren", "Voor"],
    ["S2", "Nazorg", "Na"],
]


@pytest.mark.parametrize("side", ["right", "below"])
@pytest.mark.parametrize("canvas_rows", [ACROSS, DOWN], ids=["across", "down"])
def test_a_stage_list_naming_one_phase_beside_the_canvas_is_said_with_the_phases_it_lacks(
    tmp_path: Path, side: str, canvas_rows: Rows
) -> None:
    path = sheet_with_neighbours(tmp_path / "deels.xlsx", canvas_rows, {side: PARTLY}, gap=1)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == PHASES  # the list neither phases nor lanes of the canvas
    assert lost_lines(path, canvas) == []
    (said,) = [w.message for w in canvas.warnings if "stage list" in w.message]
    assert "names 1 of the 3 phases of the map on sheet 'Noor' but not 'Aanmelden', 'Gebruiken'" in said
    assert "and also 'Nazorg'" in said and "kept as notes" in said
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "names only some of the canvas's phases (not 'Aanmelden', 'Gebruiken'): kept as notes" in explained
    assert "to join it to the canvas, give it one row per phase of the canvas" in explained
