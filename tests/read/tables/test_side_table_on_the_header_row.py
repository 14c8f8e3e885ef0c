"""Round 18 (#30): a side table on a canvas's header row, right of its last phase (or lane) past a blank column,
under header words of its own and with rows of its own below ("Bron | Aantal" over "Interview | 12", more rows or
fewer than the canvas's lanes fill), was read as further phases (or lanes): it is a side table, kept as notes and
said. (Columns past a blank one whose rows are just the canvas's lanes stay its phases: round 17's decision,
tests/read/tables/test_hostile_round_seventeen.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.read.reader import read_canvas
from tests.support.cli import run_clean
from tests.support.neighbours import ACROSS, DOWN, PHASES, Rows, lanes_of, sheet_with_neighbours
from tests.support.read_back import lost_lines

SIDE_TABLES: dict[str, Rows] = {  # rows of their own: more or fewer than the canvas's lanes fill
    "two columns": [["Bron", "Aantal"], ["Interview", 12], ["Enquête", 340], ["Panel", 8], ["Logdata", 9100]],
    "three columns": [["Source", "Count", "When"], ["Interviews", 12, "March"]],
    "five rows": [["Versiebeheer door", "Team"], *[[f"Persoon {i}", f"Team {i}"] for i in range(1, 6)]],
}


@pytest.mark.parametrize("gap", [1, 2])
@pytest.mark.parametrize("table", SIDE_TABLES)
@pytest.mark.parametrize("grid", ["across", "down"])
def test_a_side_table_right_of_the_canvas_is_notes(tmp_path: Path, grid: str, table: str, gap: int) -> None:
    canvas_rows = ACROSS if grid == "across" else DOWN
    rows = SIDE_TABLES[table]
    path = sheet_with_neighbours(tmp_path / "zij.xlsx", canvas_rows, {"right": rows}, gap)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == PHASES
    assert [lane.label for lane in journey.lanes] == lanes_of(canvas_rows)
    noted = " ".join(n.text for n in journey.notes)
    assert all(str(v) in noted for line in rows for v in line)
    assert any("a side table, kept as notes" in line for line in canvas.reading)
    assert not lost_lines(path, canvas)


def test_check_says_the_side_table_and_how_to_join_it(tmp_path: Path) -> None:
    path = sheet_with_neighbours(tmp_path / "zij.xlsx", ACROSS, {"right": SIDE_TABLES["two columns"]}, 1)
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert "3 phases: Oriënteren | Aanmelden | Gebruiken" in out
    assert (
        "F1:G5 stands right of the canvas (a blank column between) under its own header ('Bron', 'Aantal'): a side "
        "table, kept as notes" in out
    )
    assert "fill the blank column between" in out
