"""Round 16 F3: two canvases side by side, the current journey beside the ideal one, are two journeys with one
or two blank columns between them — and were glued into one with three or more (the second's label column a
phase 'Fase', its phases 'Oriëntatie (2)'…), the explanation naming the first canvas's columns only."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl.utils import get_column_letter

from canvasgen.cli import main
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

PHASES = ["Oriëntatie", "Aankoop", "Levering", "Service"]
LANES = ["Klantproces", "Pijnpunten", "Kansen"]


@pytest.mark.parametrize("gap", [1, 3, 4, 7])
def test_two_canvases_side_by_side_are_two_journeys_however_far_apart(tmp_path: Path, gap: int) -> None:
    cells: dict[str, object] = {}
    for left, title in ((1, "Huidige reis"), (6 + gap, "Ideale reis")):
        cells[f"{get_column_letter(left)}1"] = title
        for i, name in enumerate(["Fase", *PHASES]):
            cells[f"{get_column_letter(left + i)}2"] = name
        for r, lane in enumerate(LANES, start=3):
            cells[f"{get_column_letter(left)}{r}"] = lane
            for c in range(1, 5):
                cells[f"{get_column_letter(left + c)}{r}"] = f"{title.split()[0]} {lane.lower()} {c}"
    path = make_book(tmp_path / "vergelijk.xlsx", {"Vergelijk": cells})
    canvas = read_canvas(path)
    assert [j.name for j in canvas.journeys] == ["Huidige reis", "Ideale reis"]
    for journey in canvas.journeys:
        assert [p.name for p in journey.phases] == PHASES
        assert [lane.label for lane in journey.lanes] == LANES
        word = journey.name.split()[0]
        assert all(i.text.startswith(word) for lane in journey.lanes for cell in lane.cells for i in cell)
    assert lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    blank = f"{get_column_letter(6)}:{get_column_letter(5 + gap)}" if gap > 1 else "F"
    assert (
        f"set apart a second canvas beside this one (its labels down column {get_column_letter(6 + gap)}" in explained
    )
    assert blank in explained
