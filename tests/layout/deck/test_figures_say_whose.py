"""In a deck of several journeys the slides of figures say whose they are, and a later journey's slide of
figures names the ones it shares with an earlier section (F20): the HR deck's IT Manager section titled
"Measured KPIs" (untagged, so read as every journey's) listed its one own figure where its poster page
showed eight, and nothing said where the others were."""

from __future__ import annotations

from pathlib import Path

from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from tests.support.layouts import deck_fonts, default_kit, laid_deck
from tests.support.reading import read_canvas
from tests.support.workbooks import Cells, make_book


def _journey(actions: list[str], kpis: list[str]) -> Cells:
    cells: Cells = {"A1": "Phase", "B1": "Orientation", "C1": "Evaluation", "D1": "Purchase"}
    cells |= {"A2": "Customer actions", "A3": "KPIs"}
    for column, action, kpi in zip("BCD", actions, kpis, strict=True):
        cells[f"{column}2"] = action
        if kpi:
            cells[f"{column}3"] = kpi
    return cells


def test_each_journeys_figures_are_titled_with_its_name_and_the_shared_ones_named(tmp_path: Path) -> None:
    metrics: Cells = {"A1": "Phase", "B1": "Metric", "C1": "Value", "D1": "Target"}
    figures = [
        ("Orientation", "Downloads", 1240, 1000),
        ("Evaluation", "Sign-ups", 38, 50),
        ("Purchase", "Win rate", 28, 30),
    ]
    for row, figure in enumerate(figures, start=2):
        metrics |= {f"{column}{row}": value for column, value in zip("ABCD", figure, strict=True)}
    book = make_book(
        tmp_path / "buying.xlsx",
        {
            "HR Director": _journey(
                ["Reads a report", "Compares vendors", "Signs"], ["Downloads", "Sign-ups", "Win rate"]
            ),
            "IT Manager": _journey(["Hears of it", "Tests the sandbox", "Approves"], ["", "", "Uptime 99.9%"]),
            "Metrics": metrics,
        },
    )
    kit, _ = default_kit()
    deck = laid_deck(read_canvas(book), kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "en")
    tables = {s.title: [row[1] for row in s.table_rows[1]] for s in deck.slides if s.kind == "kpis" and s.table_rows}
    assert tables == {
        "HR Director · Measured KPIs": ["Downloads", "Sign-ups", "Win rate"],
        "IT Manager · Measured KPIs": ["Uptime"],
    }
    (own,) = [s for s in deck.slides if s.title == "IT Manager · Measured KPIs"]
    said = " ".join(p.text for frame in own.frames for p in frame.paras)
    assert said.endswith("in the section of HR Director: Downloads, Sign-ups, Win rate"), said
    figure_slides = [s for s in deck.slides if s.kind in ("kpi_chart", "kpis", "channels")]
    assert figure_slides and all(s.title.startswith(("HR Director · ", "IT Manager · ")) for s in figure_slides)
