"""The "measured against target" charts (#31 item 7): no chart of a lone figure (the HR deck's NPS was one
bar filling a slide), no figures of very different magnitude on one axis (its €84,000 average deal on the
€1.4M axis of a revenue); every figure still in the table of figures. Read back from the PPTX's charts."""

from __future__ import annotations

from pptx import Presentation

from canvasgen.layout.deck.tables import MAGNITUDE
from tests.support.layouts import Built, canvas_of
from tests.support.read_back import shape_texts, squeeze, title_of
from tests.support.workbooks import CANVASES, EXAMPLES

HR = CANVASES / "example-hr-software-b2b.xlsx"


def _charts(pptx: object) -> list[tuple[str, list[str], list[list[float | None]]]]:
    """Each bar chart of figures against target: its slide's title, categories and series' values."""
    found = []
    for slide in Presentation(str(pptx)).slides:
        for shape in slide.shapes:
            if shape.has_chart and shape.chart.chart_type.name == "BAR_CLUSTERED":
                plot = shape.chart.plots[0]
                found.append((title_of(slide), list(plot.categories), [list(s.values) for s in plot.series]))
    return found


def _kpi_charts(pptx: object) -> list[tuple[str, list[str], list[list[float | None]]]]:
    return [c for c in _charts(pptx) if not c[0].startswith(("Budget", "Kosten"))]


def test_no_lone_figure_and_no_mixed_magnitudes_on_a_chart(built: Built) -> None:
    for path in EXAMPLES:
        for title, categories, series in _kpi_charts(built.deck(path)):
            assert len(categories) >= 2, (path.name, title, categories)
            sizes = [max(abs(v or 0.0) for v in point) for point in zip(*series)]
            assert max(sizes) <= MAGNITUDE * min(sizes), (path.name, title, categories, sizes)


def test_no_two_chart_slides_of_one_deck_share_a_title(built: Built) -> None:
    """The webshop's percentages of very different sizes were charted apart on two slides both titled
    "Gemeten tegen doel (%)": the second goes on, "(vervolg)"."""
    titled = 0
    for path in EXAMPLES:
        titles = [title for title, _, _ in _kpi_charts(built.deck(path))]
        assert len(titles) == len(set(titles)), (path.name, titles)
        titled += sum(1 for t in titles if t.endswith("(vervolg)"))
    assert titled  # an example has a unit charted on two slides


def test_the_hr_decks_figures_are_charted_where_they_read_and_all_in_the_table(built: Built) -> None:
    pptx = built.deck(HR)
    charts = _kpi_charts(pptx)
    charted = {category for _, categories, _ in charts for category in categories}
    assert not any(c.startswith("NPS") for c in charted)  # one net promoter score: a table row, not a chart
    assert not ({"average deal · Purchase decision", "Revenue · Purchase decision"} <= charted)
    assert any("(%)" in title for title, _, _ in charts)
    table = "".join(
        squeeze(text)
        for slide in Presentation(str(pptx)).slides
        if title_of(slide).startswith("Measured KPIs")
        for shape in slide.shapes
        for text in shape_texts(shape)
    )
    for metric in canvas_of(HR).metrics:
        if not metric.is_cost:
            assert squeeze(metric.name.text) in table, metric.name.text
