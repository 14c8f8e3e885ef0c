"""A phase down a column named with the phase word and more ("phase added 0", "Phase two of the trip") is a row
of the transposed canvas, never the header of a second table under it: its row opened a second canvas (and its
words were lost between the two; round 20, found by hypothesis). A row opening with "Fase" whose other cells
name the lanes again still heads a table of its own."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from canvasgen.model import Journey
from canvasgen.read.reader import read_canvas
from tests.support.read_back import lost_lines

LANES = ["Klantproces", "Ωmega lane", "Пункт"]
ROWS = [
    ("Oriënteren", ["zoekt online", "leest folder", "vraagt rond"]),
    ("Vergelijken", ["belt adviseur", "", "maakt lijstje"]),
    ("Gebruiken", ["gebruikt product", "belt helpdesk", ""]),
]


def _turned(path: Path, rows: list[tuple[str, list[str]]], top: int = 2, left: int = 2) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Reis"
    sheet.cell(top, left, "Phase")
    for j, lane in enumerate(LANES, start=1):
        sheet.cell(top, left + j, lane)
    for i, (phase, cells) in enumerate(rows, start=1):
        sheet.cell(top + i, left, phase)
        for j, text in enumerate(cells, start=1):
            if text:
                sheet.cell(top + i, left + j, text)
    book.save(path)
    return path


def _items(journey: Journey, phase: int) -> list[str]:
    return [item.text for lane in journey.lanes for item in lane.cells[phase]]


@pytest.mark.parametrize("place", [1, 3])
@pytest.mark.parametrize("name", ["phase added 0", "Phase out 0", "Phase two of the trip", "Fase van de 2e keuze"])
def test_a_phase_named_with_the_phase_word_stays_a_row_of_the_canvas(tmp_path: Path, name: str, place: int) -> None:
    rows = [*ROWS[:place], (name, ["tekent contract", "archiveert", "wacht lang"]), *ROWS[place:]]
    path = _turned(tmp_path / "reis.xlsx", rows)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert journey.shape == "transposed"
    assert [p.name for p in journey.phases] == [phase for phase, _ in rows]
    assert [lane.label for lane in journey.lanes] == LANES
    assert _items(journey, place) == ["tekent contract", "archiveert", "wacht lang"]
    assert lost_lines(path, canvas) == []


def test_a_row_opening_with_the_phase_word_over_the_lanes_again_heads_a_second_table(tmp_path: Path) -> None:
    rows = [*ROWS, ("", []), ("Fase", LANES), ("Kopen", ["bestelt", "stuurt factuur", "betaalt"]), *ROWS[1:]]
    path = _turned(tmp_path / "twee.xlsx", rows)
    canvas = read_canvas(path)
    assert [[p.name for p in j.phases] for j in canvas.journeys] == [
        ["Oriënteren", "Vergelijken", "Gebruiken"],
        ["Kopen", "Vergelijken", "Gebruiken"],
    ]
    assert lost_lines(path, canvas) == []
