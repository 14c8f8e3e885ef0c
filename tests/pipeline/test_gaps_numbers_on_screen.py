"""``gaps`` on the terminal: its words are English, its scores written as the canvases write numbers (a Dutch
canvas's half score "1,5", as ``diff`` writes them), never "1.5" beside the workbook's own "1,5"."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run
from tests.support.workshop import canvas


def test_gaps_on_screen_writes_a_dutch_canvass_scores_with_its_decimal_comma(tmp_path: Path) -> None:
    ideal = canvas(tmp_path / "ideaal.xlsx", {"B9": 1.5, "C9": 2, "D6": "Krijgt de fiets thuisbezorgd"})
    current = canvas(tmp_path / "huidig.xlsx", {"B9": -0.5})
    code, out, err = run("gaps", ideal, current, "-o", tmp_path / "out")
    assert code == 0, err
    assert "Experience: current -0,5 → ideal 1,5" in out and "improve: Ervaringsscore: -0,5 → 1,5" in out
    assert "-0.5" not in out and "1.5" not in out
