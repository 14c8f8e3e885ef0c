"""``gaps`` says what scale each journey's scores were read on, says so clearly where the two differ, and writes
each side's scores as its own scale writes them: a score of a 1..10 scale never with a plus sign as if it were
signed (round 24, a new user's "ideaal +9", "+7,75")."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run
from tests.support.workbooks import webshop_feelings


def test_gaps_says_each_sides_scale_and_never_signs_a_score_of_one_to_ten(tmp_path: Path) -> None:
    ideal = webshop_feelings(tmp_path / "ideaal.xlsx", ["+2", "+1", "😊", "9", "+1"])
    current = webshop_feelings(tmp_path / "huidig.xlsx", ["+1", "-2", "😊", "??", "-1"])
    code, out, err = run("gaps", ideal, current, "-o", tmp_path / "out")
    assert code == 0, err
    flat = " ".join((out + err).split())
    assert "scores: ideaal op -2..+2, huidig op -2..+2" in flat
    assert "Hoe voelt het: huidig -2 → ideaal +1" in flat and "huidig +1 → ideaal +1" in flat
    assert "7,75" not in flat and "+9" not in flat and "verschillende schalen" not in flat
    # the row that scores the phases in both (by its words in one, as the score row in the other) is compared on
    # each phase's score line: never "only in the ideal journey"
    assert "Hoe voelt het: alleen in de ideale reis" not in flat
    # a 1..10 ideal beside a -2..+2 current: said clearly, each side's scores written as its scale writes them
    ten = webshop_feelings(tmp_path / "tien.xlsx", [8, 7, 9, 6, 8], label="Hoe voelt het (1-10)")
    code, out, err = run("gaps", ten, current, "-o", tmp_path / "out2")
    assert code == 0, err
    flat = " ".join((out + err).split())
    assert "scores: ideaal op 1..10, huidig op -2..+2" in flat
    assert "de twee reizen scoren op verschillende schalen (ideaal 1..10, huidig -2..+2)" in flat
    assert "huidig -2 → ideaal 7" in flat and "huidig +1 → ideaal 8" in flat
    assert "+7" not in flat and "+8" not in flat and "+9" not in flat
