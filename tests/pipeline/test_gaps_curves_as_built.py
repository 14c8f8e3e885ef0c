"""The gap report's compared curves keep the line styles ``build`` gives them (new user 14, F9): the build's
page of compared curves draws a workbook's journeys in its order, the first in the first style; the gap
report drew the ideal first whatever the order, so the two documents of one workshop swapped their key."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from pptx import Presentation

from tests.support.cli import run
from tests.support.workbooks import make_book
from tests.support.workshop import LEASE


def _series(deck: Path) -> list[list[str]]:
    """Each chart's series names, in the order they are drawn (the first takes the first line style)."""
    charts = [shape.chart for slide in Presentation(str(deck)).slides for shape in slide.shapes if shape.has_chart]
    return [[series.name for series in chart.plots[0].series] for chart in charts]


def test_the_gap_reports_curves_are_drawn_in_the_workbooks_order_as_the_build_draws_them(tmp_path: Path) -> None:
    ideal = {**LEASE, "B9": 2, "C9": 1, "D6": "Krijgt de fiets thuisbezorgd"}
    for sheets, first in ((("Huidig", "Ideaal"), "Huidig"), (("Ideaal", "Huidig"), "Ideaal")):
        cells = {"Huidig": dict(LEASE), "Ideaal": ideal}
        source = make_book(tmp_path / f"{first}.xlsx", {name: cells[name] for name in sheets})
        code, _, err = run("gaps", source, "-o", tmp_path / first)
        assert code == 0, err
        series = _series(tmp_path / first / f"{first}-gaps.pptx")
        assert series and series[0][0] == first, series
        # the page of both curves is titled by the journey, not by the current view alone ("… – Huidig")
        page = pypdfium2.PdfDocument(tmp_path / first / f"{first}-gaps.pdf")[0].get_textpage().get_text_range()
        assert page.splitlines()[1].strip() == "Klantreis fietslease", page  # under "Emotiecurves vergeleken"
