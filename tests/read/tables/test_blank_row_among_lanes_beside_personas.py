"""A canvas with a blank row among its lanes and a persona block under or beside it on the same sheet (issue #30):
the lanes under the blank row stay the canvas's (they were taken as the persona's fields and two nameless
personas), the block is one persona."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

_CANVAS = [
    ["Phase", "Search", "Book", "Travel"],
    ["Customer actions", "Compares fares", "Pays by card", "Boards late"],
    None,  # the blank row among the lanes
    ["Pain points", "Hidden fees", "Card refused", "No seat"],
    ["Opportunities", "Price alert", "Pay later", "Seat map"],
]
_BLOCK = [("Name", "Yara Mendes"), ("Age", "29"), ("Goals", "Cheap weekends away")]


@pytest.mark.parametrize("block_at", [(7, 1), (8, 1), (10, 2), (1, 6), (3, 7)])
def test_the_lanes_under_the_blank_row_stay_the_canvass(tmp_path: Path, block_at: tuple[int, int]) -> None:
    cells: dict[str, object] = {}
    for r, row in enumerate(_CANVAS, start=1):
        for c, value in enumerate(row or [], start=1):
            cells[f"{chr(64 + c)}{r}"] = value
    top, left = block_at
    for i, (label, value) in enumerate(_BLOCK):
        cells[f"{chr(64 + left)}{top + i}"], cells[f"{chr(65 + left)}{top + i}"] = label, value
    path = make_book(tmp_path / "trip.xlsx", {"Trip": cells})
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [lane.label for lane in journey.lanes] == ["Customer actions", "Pain points", "Opportunities"]
    assert [p.name for p in journey.phases] == ["Search", "Book", "Travel"]
    (persona,) = canvas.personas
    assert persona.name is not None and persona.name.text == "Yara Mendes"
    assert persona.get("goals") == "Cheap weekends away"
    assert lost_lines(path, canvas) == []
