"""Signed scores mean a signed scale (round 24, a new user's ideal canvas ``+2 | +1 | 😊 | 9 | +1``): one unsigned
"9" among them is the odd cell, said at its cell and kept as text, not a reason to read the row on 1..10 (where
"+2" was 2 of 10 and 😊 7,75)."""

from __future__ import annotations

from pathlib import Path

from tests.support.reading import read_canvas
from tests.support.workbooks import webshop_feelings


def test_one_unsigned_number_among_signed_scores_is_the_odd_cell_not_a_scale(tmp_path: Path) -> None:
    for label in ("Hoe voelt het", "Score"):  # a feelings lane scoring by its words, and the score row itself
        canvas = read_canvas(webshop_feelings(tmp_path / "ideaal.xlsx", ["+2", "+1", "😊", "9", "+1"], label))
        journey = canvas.journeys[0]
        assert str(journey.score_scale) == "-2..+2", label
        assert journey.phase_means() == [2, 1, 1, None, 1], label  # 😊 on the signed scale: +1, never 7,75
        lane = next(lane for lane in journey.lanes if lane.label == label)
        assert "9" in [item.text for item in lane.cells[3]], label  # the odd cell's text kept on its phase
        said = [str(w) for w in canvas.warnings]
        assert not any("read on 1 to 10" in w for w in said), said
        assert any(
            "Reis!E6: '9' is no score on -2..+2, the scale the row's other scores are written on with their signs "
            "(+2, +1)"
            in w
            and "write the phase's score on -2 to +2 in E6" in w
            for w in said
        ), said


def test_an_unsigned_number_that_fits_the_signed_scale_is_a_score(tmp_path: Path) -> None:
    journey = read_canvas(webshop_feelings(tmp_path / "reis.xlsx", ["+2", "1", "😞", "-1", "+1"])).journeys[0]
    assert journey.phase_means() == [2, 1, -2, -1, 1]
    # a scale the label names is the row's: one number off it is a typo there, as before
    canvas = read_canvas(webshop_feelings(tmp_path / "tien.xlsx", [8, 7, 9, 6, 8], "Hoe voelt het (1-10)"))
    assert str(canvas.journeys[0].score_scale) == "1..10" and canvas.journeys[0].phase_means() == [8, 7, 9, 6, 8]


def test_a_school_grade_among_signed_scores_is_said_and_kept_as_the_client_wrote_it(tmp_path: Path) -> None:
    # "8+" reads as the grade 8.25, off the signed scale: the odd cell; said and kept as "8+", never as "8.25"
    canvas = read_canvas(webshop_feelings(tmp_path / "reis.xlsx", ["+1", "-2", "😊", "8+", "-1"]))
    journey = canvas.journeys[0]
    assert journey.phase_means() == [1, -2, 1, None, -1]
    lane = next(lane for lane in journey.lanes if lane.label == "Hoe voelt het")
    assert [item.text for item in lane.cells[3]] == ["8+"]
    said = [str(w) for w in canvas.warnings]
    assert any("Reis!E6: '8+' is no score on -2..+2" in w for w in said), said
    assert not any("8.25" in w for w in said), said
