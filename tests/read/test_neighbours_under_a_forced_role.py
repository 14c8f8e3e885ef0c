"""Round 17 (#30): ``--sheet NAME=journey`` skipped the reading of the blocks around a canvas, so a persona
block or a column of notes on that sheet was poured into the canvas as lanes ('Naam', 'Leeftijd', 'Doelen').
The user's word makes the sheet a journey; the blocks apart from its canvas are read on their own still."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.read.corrections import from_options
from tests.support.neighbours import ACROSS, DOWN, NEIGHBOURS, Rows, lanes_of, sheet_with_neighbours
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas

PLACINGS = {
    "persona block below": {"below": NEIGHBOURS["persona block"].rows},
    "persona block right": {"right": NEIGHBOURS["persona block"].rows},
    "persona block below, notes right": {
        "below": NEIGHBOURS["persona block"].rows,
        "right": NEIGHBOURS["notes column"].rows,
    },
}


@pytest.mark.parametrize("placing", PLACINGS)
@pytest.mark.parametrize("canvas_rows", [ACROSS, DOWN], ids=["across", "down"])
def test_a_journey_by_the_users_word_keeps_its_neighbours_apart(
    tmp_path: Path, placing: str, canvas_rows: Rows
) -> None:
    path = sheet_with_neighbours(tmp_path / "noor.xlsx", canvas_rows, PLACINGS[placing], gap=1)
    canvas = read_canvas(path, corrections=from_options(None, None, None, (), roles=("Noor=journey",)))
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Oriënteren", "Aanmelden", "Gebruiken"]
    assert [lane.label for lane in journey.lanes] == lanes_of(canvas_rows)  # no 'Naam', 'Leeftijd' lanes
    assert [p.name.text for p in canvas.personas if p.name is not None] == ["Noor Haddad"]
    if "notes" in placing:
        assert [n.text for n in journey.titled_notes()[0]] == ["Interview 3", "Privacy!", "Bijlage B"]
    assert lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", "--sheet", "Noor=journey", str(path)]).output
    assert "sheet 'Noor': journey, as set in the command line" in explained
    assert "kept from the personas on the sheet, which stand apart from it (the sheet a journey as set in" in explained
    assert "lane 'Naam'" not in explained
