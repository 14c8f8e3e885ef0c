"""A cost with a target keeps it on the poster and in the deck (round 5, H8): the budget row and the budget
table said "Kosten 2.000 €" and lost "Ziel 1.500 €"."""

from __future__ import annotations

from pathlib import Path

from canvasgen.layout.deck.tables import budget_table
from canvasgen.layout.poster.map_rows import budget_line
from canvasgen.words import POSTER_WORDS
from tests.support.reading import read_canvas
from tests.support.workbooks import template_with


def test_a_budget_with_a_target_shows_it_and_whether_it_was_kept(tmp_path: Path) -> None:
    rows = {"Messwerte": [["Interesse", "", "Kosten", "2.000", "1.500", "Q1"]]}
    canvas = read_canvas(template_with(tmp_path / "kosten.xlsx", "de", "KPIs", [], rows))
    (cost,) = canvas.metrics
    line = budget_line(cost, canvas.metrics, POSTER_WORDS["de"], "de")
    assert "Kosten 2.000\xa0€ (Ziel 1.500\xa0€: verfehlt)" in line.replace(" €", "\xa0€")
    table = budget_table(canvas.metrics, "de")
    assert table is not None
    (rows_, chart) = table
    assert "(Ziel 1.500" in rows_[1][0][2]
    assert chart.targets == [1500] and chart.met == [False]
