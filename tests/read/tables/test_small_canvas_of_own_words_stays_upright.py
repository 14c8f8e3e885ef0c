"""A small canvas in the client's own words (no lane or phase canvasgen knows) with a blank corner stays the way it
is written (round 20, issue #30): with two lanes, the cells down each phase are two, alike or not by chance, and
that "alike" vote alone turned it sideways (phases down the lane labels). Two cells weigh nothing; the longer side
holds the phases, said as the guess it is — also for the same canvas written turned."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from canvasgen.read.reader import read_canvas
from canvasgen.vocabulary import is_known_phase, lane_kind
from tests.support.read_back import lost_lines

PHASES = ["Ochtend", "Middag", "Avond", "Nacht"]
# each phase's cells alike in length (short, long, middling), each lane's not: the two-cell vote's trap
LANES = {
    "Ritme": ["koffie", "lange vergadering met het hele team over de planning", "wandelen met de hond", "slapen"],
    "Muziek": ["radio", "koptelefoon op tegen het lawaai van de open werkvloer", "een plaat van vroeger", "stilte"],
}


def _book(path: Path, phases: list[str], turned: bool) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Dag"

    def put(row: int, col: int, text: str) -> None:
        sheet.cell(*((col, row) if turned else (row, col)), text)  # A1 stays blank either way

    for j, phase in enumerate(phases, start=2):
        put(1, j, phase)
    for i, (lane, cells) in enumerate(LANES.items(), start=2):
        put(i, 1, lane)
        for j, text in enumerate(cells[: len(phases)], start=2):
            put(i, j, text)
    book.save(path)
    return path


def test_the_words_are_none_canvasgen_knows() -> None:
    assert not any(lane_kind(word) or is_known_phase(word) for word in [*PHASES, *LANES])


@pytest.mark.parametrize("n_phases", [3, 4])
@pytest.mark.parametrize("turned", [False, True])
def test_a_small_canvas_of_own_words_is_read_the_way_it_is_written(tmp_path: Path, n_phases: int, turned: bool) -> None:
    path = _book(tmp_path / "dag.xlsx", PHASES[:n_phases], turned)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == PHASES[:n_phases]
    assert [lane.label for lane in journey.lanes] == list(LANES)
    assert journey.shape == ("transposed" if turned else "grid")
    assert any("the longer side" in line and "was taken for the phases" in line for line in journey.reading)
    assert not any("alike" in line for line in journey.reading)
    assert lost_lines(path, canvas) == []
