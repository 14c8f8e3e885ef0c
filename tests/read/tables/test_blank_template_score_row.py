"""``template --lanes`` with a score label says that label's row is the score row; the blank template read back
had it as an extra experience lane ("Tevredenheid (1-10)") or a lane of no role ("NPS (0-10)", "Score",
"Cijfer 1-5") until numbers were typed in (round 21, hostile F12): an empty row whose label is a score word or
names a scale in brackets is the score row, to be filled."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.model import SCORE_LANE
from tests.support.cli import run
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book


@pytest.mark.parametrize(
    "label", ["Tevredenheid (1-10)", "NPS (0-10)", "Score", "Cijfer 1-5", "Cijfer (1-10)", "Rating"]
)
def test_the_blank_templates_own_score_label_is_read_as_its_score_row(tmp_path: Path, label: str) -> None:
    out = tmp_path / "t.xlsx"
    code, stdout, _ = run("template", str(out), "--lanes", label)
    assert code == 0 and f"'{label}' is the score row" in stdout
    canvas = read_canvas(out)
    (journey,) = canvas.journeys
    assert [lane.label for lane in journey.lanes if lane.kind == SCORE_LANE] == [label]
    said = " ".join(str(w) for w in canvas.warnings)
    assert "second experience lane" not in said and "no role" not in said


def test_an_empty_row_naming_a_scale_beside_a_filled_score_row_stays_a_lane(tmp_path: Path) -> None:
    cells = {"A1": "Fase", "B1": "Zoeken", "C1": "Kopen", "A2": "Klantproces", "B2": "Zoekt", "C2": "Koopt"}
    cells |= {"A3": "Score", "B3": 1, "C3": -1, "A4": "NPS (0-10)"}
    (journey,) = read_canvas(make_book(tmp_path / "c.xlsx", {"Reis": cells})).journeys
    assert [lane.label for lane in journey.lanes if lane.kind == SCORE_LANE] == ["Score"]
    assert [[s.value for s in phase] for phase in journey.scores] == [[1], [-1]]
