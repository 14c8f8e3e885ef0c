"""The emotion curve in words (#31 F11): phases that tie for the lowest or highest score are all named, and
a lowest score that is no bad one is the least good, not the worst."""

from __future__ import annotations

from canvasgen.analysis.curve_reading import read_curve

PHASES = ["Oriënteren", "Aanvragen", "Betalen", "Gebruiken"]


def test_three_phases_tied_at_a_good_score_are_the_least_good_all_three() -> None:
    said = read_curve(PHASES, [4, 4, 4, 5], "nl", signed=False, middle=3)
    assert said.startswith(
        "De klant beleeft 'Oriënteren', 'Aanvragen' en 'Betalen' het minst goed (4) en 'Gebruiken' het best (5)."
    ), said


def test_a_bad_lowest_score_is_the_worst() -> None:
    said = read_curve(PHASES, [-1, 2, -1, 0], "nl", signed=True, middle=0)
    assert said.startswith("De klant beleeft 'Oriënteren' en 'Betalen' het slechtst (-1) en 'Aanvragen' het best (+2).")
    assert read_curve(PHASES, [2, 1, 3, 5], "en", middle=3).startswith(
        "The customer experiences 'Aanvragen' worst (1) and 'Gebruiken' best (5)."
    )
