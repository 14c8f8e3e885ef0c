"""A journey's analysis, computed once from the model: what check reports and both layouts draw."""

from __future__ import annotations

import importlib
from pathlib import Path

from click.testing import CliRunner
from pytest import MonkeyPatch

from canvasgen.analysis.view import JourneyView, view_of
from canvasgen.cli import main
from canvasgen.model import Canvas, Journey
from canvasgen.pipeline import BuildOptions, read, run
from canvasgen.units import PrintOptions, parse_paper
from tests.support.layouts import DATE
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES

HR = CANVASES / "example-hr-software-b2b.xlsx"


def test_view_of_the_hr_journey() -> None:
    canvas = read_canvas(HR)
    journey = canvas.journeys[0]
    view = view_of(journey, canvas)
    assert len(view.touchpoints) == 6
    assert all(0 <= p.phase < len(journey.phases) for p in view.touchpoints)
    assert sum(1 for p in view.touchpoints if p.served_now is False) == 3
    # every source the journey page draws (#31): the sheet's six rows and the touchpoints lane's items that
    # name a channel ("Reference call", "Training sessions"), a touchpoint in both ("Webinar") once
    assert {channel: sum(counts) for channel, counts in view.channels.items()} == {
        "website": 3,
        "event": 4,
        "phone": 3,
        "email": 2,
        "social": 1,
    }
    assert [(p.name.text if p.name else "", sum(flags)) for p, flags in view.involvement][:2] == [
        ("Sandra Okafor", 5),
        ("Mark Jansen", 4),
    ]
    assert all(m.phase in {p.name for p in journey.phases} for m in view.metrics)


def test_check_reports_the_view() -> None:
    result = CliRunner().invoke(main, ["check", str(HR)])
    assert result.exit_code == 0
    assert (
        "on the map: 6 touchpoints (3 not served today); channels website 3, event 4, phone 3, email 2, social 1"
        in result.stdout
    )
    assert "Sandra Okafor in 5 of 7 phases" in result.stdout


def test_a_build_analyses_each_journey_once_for_poster_and_deck(tmp_path: Path, monkeypatch: MonkeyPatch) -> None:
    import canvasgen.analysis.view as view_module
    import canvasgen.layout.deck.deck as deck_module
    import canvasgen.layout.poster.map_rows as map_rows_module

    analyse_module = importlib.import_module("canvasgen.analysis.analyse")  # the module, not its function

    analysed: list[str] = []

    def counting(journey: Journey, canvas: Canvas) -> JourneyView:
        analysed.append(journey.name)
        return view_module.view_of(journey, canvas)

    # The layouts take the views they are given: none of them can make one.
    assert not any(hasattr(module, "view_of") for module in (deck_module, map_rows_module))
    monkeypatch.setattr(analyse_module, "view_of", counting)
    canvas = read(HR)
    options = BuildOptions(tmp_path, parse_paper("A1"), PrintOptions(), None, DATE, pptx=True)
    result = run(HR, options, canvas=canvas)
    assert result.pdf.exists() and result.pptx.exists()
    assert analysed == [journey.name for journey in canvas.journeys]


def test_a_journeys_figures_are_in_its_phases_order() -> None:
    """Look tester, round 18: the deck's KPI table and charts listed the figures as the Metrics sheet lists them
    ("Aankoop" first, then "Oriëntatie", "Aankoop" again): in the journey's order, each phase's figures as the
    sheet lists them."""
    canvas = read_canvas(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx")
    for journey in canvas.journeys:
        order = [p.name for p in journey.phases]
        metrics = view_of(journey, canvas).metrics
        places = [order.index(m.phase or "") for m in metrics]
        assert places == sorted(places) and len(set(places)) > 1, places
        sheet = [m for m in canvas.metrics if m in metrics]
        for phase in order:  # within a phase, as read
            assert [m for m in metrics if m.phase == phase] == [m for m in sheet if m.phase == phase]
    # the sheet itself does list them out of the journey's order: the test would not pass by chance
    (journey,) = canvas.journeys[:1]
    listed = [
        [p.name for p in journey.phases].index(m.phase)
        for m in canvas.metrics
        if m.phase in {p.name for p in journey.phases}
    ]
    assert listed != sorted(listed)
