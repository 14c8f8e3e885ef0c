"""A lane whose label is a feeling word naming a scale ("Tevredenheid (1-10)") over numbers, one with a face
after it ("4 😡"), is the score row on that scale — not a lane of text with no curve, unsaid (round 13, H26)."""

from __future__ import annotations

from pathlib import Path

from canvasgen.model import SCORE_LANE
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book


def test_a_feeling_label_naming_a_scale_over_numbers_is_the_score_row(tmp_path: Path) -> None:
    cells = {"A1": "Fase", "B1": "Oriënteren", "C1": "Kopen", "D1": "Gebruiken", "E1": "Service"}
    cells |= {"A2": "Klantacties", "B2": "Zoekt", "C2": "Koopt", "D2": "Gebruikt", "E2": "Belt"}
    cells |= {"A3": "Tevredenheid (1-10)", "B3": 7, "D3": 9, "E3": "4 😡"}
    (journey,) = read_canvas(make_book(tmp_path / "t10.xlsx", {"Klantreis": cells})).journeys
    assert [[s.value for s in scores] for scores in journey.scores] == [[7], [], [9], [4]]
    assert {(s.scale.low, s.scale.high) for scores in journey.scores for s in scores} == {(1, 10)}
    assert [lane.kind for lane in journey.lanes if lane.label == "Tevredenheid (1-10)"] == [SCORE_LANE]
    assert any("holds only scores" in line for line in journey.reading)
