"""A chart of measured figures against their targets colours each measured bar met (green) or missed (red):
its key says those colours, each with its words ("Measured · met", "Measured · missed", "Target"), not the
chart's own legend of one swatch a series ("■ Measured" in orange over green and red bars: F28)."""

from __future__ import annotations

from pptx import Presentation

from tests.support.layouts import Built
from tests.support.read_back import title_of
from tests.support.workbooks import CANVASES


def _fill(shape_format) -> str | None:  # type: ignore[no-untyped-def]
    fill = shape_format.fill
    return str(fill.fore_color.rgb) if fill.type == 1 else None  # MSO_FILL.SOLID


def test_a_chart_of_met_and_missed_bars_has_a_key_of_its_colours(built: Built) -> None:
    deck = Presentation(str(built.deck(CANVASES / "example-hr-software-b2b.xlsx")))
    charted = [s for s in deck.slides if "Measured against target" in title_of(s)]
    assert charted
    for slide in charted:
        (chart,) = [shape.chart for shape in slide.shapes if shape.has_chart]
        assert not chart.has_legend
        measured, *others = chart.plots[0].series
        drawn = {_fill(point.format) for point in (measured.points[i] for i in range(len(measured.values)))}
        drawn |= {_fill(series.format) for series in others}
        swatches = [shape for shape in slide.shapes if shape.name == "key swatch"]
        words = [shape.text_frame.text for shape in slide.shapes if shape.name == "key"]
        assert len(swatches) == len(words) >= 2
        assert {_fill(shape) for shape in swatches} == drawn - {None}  # every colour drawn, said; none else
        assert "Target" in words and all(w in ("Measured · met", "Measured · missed", "Target") for w in words)
        bottom = max(shape.top + shape.height for shape in slide.shapes)
        assert bottom <= deck.slide_height
        frame = next(shape for shape in slide.shapes if shape.has_chart)
        assert all(shape.top >= frame.top + frame.height for shape in swatches)  # under the bars, not over them
