"""``gaps`` on the terminal: in the canvases' language (round 17), its scores written as the canvases write
numbers (a Dutch canvas's half score "1,5", as ``diff`` writes them), never "1.5" beside the workbook's own "1,5"."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run
from tests.support.read_back import slide_text
from tests.support.workshop import canvas


def test_gaps_on_screen_writes_a_dutch_canvass_scores_with_its_decimal_comma(tmp_path: Path) -> None:
    ideal = canvas(tmp_path / "ideaal.xlsx", {"B9": 1.5, "C9": 2, "D6": "Krijgt de fiets thuisbezorgd"})
    current = canvas(tmp_path / "huidig.xlsx", {"B9": -0.5})
    code, out, err = run("gaps", ideal, current, "-o", tmp_path / "out")
    assert code == 0, err
    assert "Ervaringsscore: huidig -0,5 → ideaal +1,5" in out and "verbeteren: Ervaringsscore: -0,5 → +1,5" in out
    assert "-0.5" not in out and "1.5" not in out


def test_gap_slides_and_lines_sign_a_positive_score_on_a_scale_round_zero(tmp_path: Path) -> None:
    """F33: "huidig -1 → ideaal 1" on the gap deck and page, where every other score of a -2..+2 scale is
    written "+1" (the poster, the deck's curve, the README)."""
    ideal = canvas(tmp_path / "ideaal.xlsx", {"B9": 1, "C9": 2})
    current = canvas(tmp_path / "huidig.xlsx", {"B9": -1, "C9": 1})
    code, out, err = run("gaps", ideal, current, "-o", tmp_path / "out")
    assert code == 0, err
    deck = slide_text(next((tmp_path / "out").glob("*.pptx")))
    for text in (out, deck):
        assert "huidig -1 → ideaal +1" in text and "huidig +1 → ideaal +2" in text, text
        assert "ideaal 1" not in text and "→ 2" not in text


def test_the_one_deed_left_in_a_lane_done_otherwise_is_an_improvement_not_a_stop_and_a_start(tmp_path: Path) -> None:
    """New user 14 (F10): "Beoordeelt de aanvraag handmatig …" (current, long) and "Beoordeelt automatisch …"
    (ideal) in one lane and phase were a "stop?" and a "start" (a municipality cannot stop assessing): the
    one item each side leaves, with the same verb, is the same deed done otherwise."""
    current = canvas(
        tmp_path / "huidig.xlsx",
        {"C7": "Beoordeelt de aanvraag met de hand en vraagt bij twijfel per brief extra stukken op binnen vier weken"},
    )
    ideal = canvas(tmp_path / "ideaal.xlsx", {"C7": "Beoordeelt standaardaanvragen automatisch binnen een dag"})
    code, out, err = run("gaps", ideal, current, "-o", tmp_path / "out")
    assert code == 0, err
    actions = out.split("Actiepunten", 1)[1]
    assert "Aanvraag: verbeteren: Beoordeelt de aanvraag met de hand" in actions
    assert "→ Beoordeelt standaardaanvragen automatisch binnen een dag" in actions
    assert "stoppen?" not in actions and "starten: Beoordeelt" not in actions
