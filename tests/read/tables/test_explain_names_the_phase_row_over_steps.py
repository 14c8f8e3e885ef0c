"""Round 23 (#30): a canvas whose phases have steps under some of them (a phase name merged over two step names, the
others with none) is read with the phases in the upper row and the steps in the row under it; ``check --explain``
named the step row as the phases' ("phases in row 2 (B2:F2)"). It names the phase row, and the step row as the
steps', with the cells of each — wherever the canvas stands on the sheet."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from tests.support.cli import run_clean
from tests.support.neighbours import Rows, put
from tests.support.reading import read_canvas

_ROWS: Rows = [
    ["Fase", "Oriënteren", "Vergelijken", None, "Kopen", "Gebruiken"],
    [None, None, "Online", "In de winkel", None, None],
    ["Klantproces", "Leest blog", "Vergelijkt sites", "Bezoekt winkel", "Tekent", "Belt"],
    ["Intern proces", "Schrijft", "Onderhoudt site", "Adviseert", "Plant", "Helpt"],
]


@pytest.mark.parametrize("at", [(1, 1), (3, 2), (5, 4)])
def test_explain_names_the_phase_row_and_the_step_row_as_the_steps(tmp_path: Path, at: tuple[int, int]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    put(sheet, at[0], at[1], _ROWS)
    row, col = at

    def ref(r: int, c: int) -> str:
        return f"{get_column_letter(col + c)}{row + r}"

    sheet.merge_cells(f"{ref(0, 2)}:{ref(0, 3)}")
    path = tmp_path / "stappen.xlsx"
    book.save(path)
    (journey,) = read_canvas(path).journeys
    assert [p.name for p in journey.phases] == ["Oriënteren", "Vergelijken", "Kopen", "Gebruiken"]
    assert [[s.text for s in p.step_names] for p in journey.phases][1] == ["Online", "In de winkel"]
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    said = " ".join(out.split())
    assert (
        f"phases in row {row} ({ref(0, 1)}:{ref(0, 5)}), their steps in row {row + 1} ({ref(1, 2)}:{ref(1, 3)}); "
        f"lanes in column {get_column_letter(col)}"
    ) in said
    assert f"phases in row {row + 1} (" not in said  # the step row is never named as the phases'
