"""Journeys scored on different scales (a 1..10 ideal beside a -2..+2 current, round 24) laid over each other:
each curve drawn by its scores' place on its own scale, on the first journey's axis; the 1..10 ideal was drawn
flat along the top of a -2..+2 plot (every score past +2), on the poster's comparison page and the deck's chart."""

from __future__ import annotations

from pathlib import Path

from canvasgen.layout.deck.deck import compared_lines
from canvasgen.layout.poster.compare_page import comparison_page
from canvasgen.layout.text.setter import Setter
from canvasgen.model import Journey
from tests.support.layouts import default_kit
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

PHASES = ("Zoeken", "Vergelijken", "Bestellen", "Ontvangen")


def _journey(path: Path, feelings: list[object], label: str) -> Journey:
    cells: dict[str, object] = {
        "A1": "Klantreis: een stofzuiger online bestellen",
        "A3": "Fase",
        "A4": "Wat doet de klant?",
    }
    for col, phase, feeling in zip("BCDE", PHASES, feelings, strict=True):
        cells |= {f"{col}3": phase, f"{col}4": f"Klant gaat {phase.lower()}", f"{col}5": feeling}
    cells["A5"] = label
    return read_canvas(make_book(path, {"Reis": cells})).journeys[0]


def test_curves_of_two_scales_are_each_drawn_by_their_place_on_their_own_scale(tmp_path: Path) -> None:
    current = _journey(tmp_path / "huidig.xlsx", [1, -2, -1, 0], "Score")
    ideal = _journey(tmp_path / "ideaal.xlsx", [10, 1, 7, 5.5], "Score (1-10)")
    assert str(current.score_scale) == "-2..+2" and str(ideal.score_scale) == "1..10"
    # the deck's chart, on the current's -2..+2 axis: 10 is its top, 1 its bottom, 5,5 its middle
    lines = compared_lines([current, ideal], default_kit()[0])
    assert lines[0].values == [1, -2, -1, 0]
    assert lines[1].values == [2, -2, 0.67, 0]
    # the poster's page: the ideal's dots at the heights of the same places on the current's axis
    kit, fonts = default_kit()
    page = comparison_page(
        [("Huidig", current), ("Ideaal", ideal)], kit, Setter(fonts), (841.0, 594.0), 10.0, ("A", "B"), "nl"
    )
    (figure,) = page.figures
    dots = [page.dots[i] for i in figure.dots]
    now, ideal_dots = dots[:4], dots[4:]
    heights = {round(d.y, 3) for d in now}
    top, bottom, middle = ideal_dots[0].y, ideal_dots[1].y, ideal_dots[3].y
    assert round(top, 3) == round(2 * now[3].y - now[1].y, 3)  # 10 of 1..10 where +2 is: as far over 0 as -2 under
    assert round(bottom, 3) == round(now[1].y, 3)  # 1 of 1..10 where -2 of -2..+2 is
    assert round(middle, 3) == round(now[3].y, 3)  # 5,5 where 0 is
    assert top < middle < bottom and len(heights) == 4
