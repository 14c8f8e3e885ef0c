"""Round 18 (#30): two columns of notes beside a canvas under the SAME heading ("Opmerkingen" twice) each keep
their own notes under their own title: the later one numbered ("Opmerkingen (2)") and said, never merged with
the first nor titled alike; no word lost."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from canvasgen.read.reader import read_canvas
from tests.support.cli import run_clean
from tests.support.neighbours import ACROSS, DOWN, PHASES, Rows, put
from tests.support.read_back import lost_lines


def _book(path: Path, canvas: Rows, heading: str, gap: int) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Noor"
    put(sheet, 1, 1, canvas)
    first = max(map(len, canvas)) + 1 + gap
    put(sheet, 1, first, [[heading], ["Interview 3"], ["Privacy!"]])
    put(sheet, 1, first + 1 + gap, [[heading], ["Bijlage B"], ["Later bellen"]])
    book.save(path)
    return path


@pytest.mark.parametrize("gap", [1, 2])
@pytest.mark.parametrize("heading", ["Opmerkingen", "Notes"])
@pytest.mark.parametrize("grid", ["across", "down"])
def test_each_column_keeps_its_notes_under_a_title_of_its_own(
    tmp_path: Path, grid: str, heading: str, gap: int
) -> None:
    path = _book(tmp_path / "twee.xlsx", ACROSS if grid == "across" else DOWN, heading, gap)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == PHASES
    assert journey.notes_title is not None and journey.notes_title.text == heading
    (second,) = journey.notes_columns
    assert second.title.text == f"{heading} (2)"
    by_cell = {n.source.cell: n.text for n in journey.notes if n.source is not None}
    assert sorted(by_cell[s.cell] for s in journey.titled) == ["Interview 3", "Privacy!"]
    assert sorted(by_cell[s.cell] for s in second.cells) == ["Bijlage B", "Later bellen"]
    assert not lost_lines(path, canvas)


def test_check_says_the_second_heading_is_numbered(tmp_path: Path) -> None:
    path = _book(tmp_path / "twee.xlsx", ACROSS, "Opmerkingen", 1)
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert (
        "'Opmerkingen' in H1 heads an earlier column of notes too: its notes keep their own column, titled "
        "'Opmerkingen (2)' — to title it otherwise, write another heading in H1" in out
    )
