"""An action table under the journey grid, past blank rows, in the lane labels' column ("Actie | Eigenaar |
Deadline" under "Klantactie", round 24, hostile tester), under a title ("Actiepunten", "Action items") or not:
its rows became lanes, "Eigenaar" and "Deadline" the first phases' cells. It is a table among the notes, said in
check, and the lanes end above it. One, two or three blank rows; Dutch and English."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.support.cli import run_clean
from tests.support.neighbours import Rows, put
from tests.support.reading import read_canvas

_GRID: Rows = [
    ["Fase", "Zoeken", "Boeken", "Ophalen", "Terugbrengen"],
    ["Klantactie", "Zoekt een verhuurder", "Kiest een e-bike", "Haalt de sleutel op", "Zet de fiets terug"],
    ["Contactmoment", "Website", "App", "Balie", "Stalling"],
    ["Pijnpunten", "Prijs onduidelijk", "App crasht", "Lange rij", "Stalling vol"],
]
_TABLES: dict[str, tuple[str, Rows]] = {
    "nl": (
        "Actiepunten",
        [
            ["Actie", "Eigenaar", "Deadline"],
            ["Prijzen op de homepage", "Marieke", "1 mei"],
            ["App-crash oplossen", "Dev-team", "15 april"],
        ],
    ),
    "en": (
        "Action items",
        [
            ["Action", "Owner", "Deadline"],
            ["Prices on the homepage", "Marieke", "1 May"],
            ["Fix the app crash", "Dev team", "15 April"],
        ],
    ),
}


def _book(path: Path, language: str, blank_rows: int, titled: bool) -> tuple[Path, int]:
    title, table = _TABLES[language]
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Reis"
    put(sheet, 1, 1, _GRID)
    row = len(_GRID) + blank_rows + 1
    if titled:
        put(sheet, row, 1, [[title]])
        row += 1
    put(sheet, row, 1, table)
    book.save(path)
    return path, row


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("blank_rows", [1, 2, 3])
@pytest.mark.parametrize("titled", [True, False])
def test_the_table_under_the_grid_is_a_table_not_lanes(
    tmp_path: Path, language: str, blank_rows: int, titled: bool
) -> None:
    path, _ = _book(tmp_path / "reis.xlsx", language, blank_rows, titled)
    (journey,) = read_canvas(path).journeys
    assert [p.name for p in journey.phases] == _GRID[0][1:]
    assert [lane.label for lane in journey.lanes] == [row[0] for row in _GRID[1:]]  # no lane 'Actie'/'Action'
    title, table = _TABLES[language]
    assert [t.header for t in journey.notes_tables] == [tuple(table[0])]
    assert [t.title.text if t.title else None for t in journey.notes_tables] == [title if titled else None]


def test_check_says_the_table_was_read_as_one(tmp_path: Path) -> None:
    path, header_row = _book(tmp_path / "reis.xlsx", "nl", 2, True)
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    said = " ".join(out.split())
    assert f"A{header_row}:C{header_row + 2} is a small table of 3 rows outside the canvas" in said
    assert f"'Actiepunten' (A{header_row - 1}), alone right above the table" in said
