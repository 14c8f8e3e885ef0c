"""A score curve beside a single text lane takes what a readable chart needs, not 60% of the page (#31, look
F15: ibu562's "status" curve over one "text" lane). The rule of round 18 (at most 1.5x a text lane) gave it
1.5 parts of 2.5 where the one lane was stretched over the page; the curve now stops at a readable chart's
height at its values' size, and the rest of the page goes to the text lane."""

from __future__ import annotations

from pathlib import Path

from canvasgen.layout.poster.curve_row import CURVE_MOST
from canvasgen.layout.poster.journey_page import min_text_size
from tests.support.layouts import poster
from tests.support.workbooks import make_book

PHASES = ["Zoeken", "Vergelijken", "Kopen", "Installeren", "Gebruiken", "Onderhoud"]
SCORES = [1, 0, -1, -2, 2, 1]


def _one_lane_and_scores(path: Path) -> Path:
    cells: dict[str, object] = {"A1": "Fase", "A2": "Klantproces", "A3": "Score"}
    for column, (phase, score) in zip("BCDEFG", zip(PHASES, SCORES, strict=True), strict=True):
        cells |= {f"{column}1": phase, f"{column}2": f"De klant {phase.lower()} online", f"{column}3": score}
    return make_book(path, {"Klantreis": cells})  # type: ignore[arg-type]


def test_the_curve_beside_one_text_lane_is_a_readable_chart_not_most_of_the_page(tmp_path: Path) -> None:
    layout = poster(_one_lane_and_scores(tmp_path / "een-baan.xlsx"))
    page = layout.pages[0]
    (curve,) = page.figures
    u = min_text_size(layout.width, layout.height)
    body = layout.body_sizes[0]
    # the curve's values grow with the body (at most the body over 1.5); the chart at most 26 of them tall
    chart = max(u, body / 1.5)
    assert curve.box.h <= CURVE_MOST * chart + 0.5
    assert curve.box.h < layout.height * 0.4  # it took 60% of the page's rows
    assert curve.box.h >= 11 * u  # still what a readable chart needs
    # the text lane's row is the taller: the rest of the page goes to the text
    lane = next(b for b in page.blocks if " ".join(x.text.strip() for x in b.lines).startswith("De klant zoeken"))
    text_row_h = max(r.box.h for r in page.rects if abs(r.box.y - lane.box.y) < body and r.box.x >= lane.box.x - body)
    assert text_row_h > curve.box.h
