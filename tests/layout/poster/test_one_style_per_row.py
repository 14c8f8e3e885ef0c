"""One style per row on the journey page (#31): every lane label at one size (the score row's too, where it
fits its row), and one item style per lane: a touchpoint lane whose items name channels marks every item
with an icon (the neutral mark where no channel is named), never icons and bullets mixed."""

from __future__ import annotations

from dataclasses import replace

from canvasgen.layout.text.setter import BULLET
from canvasgen.model import Item, MetricFrom, MetricOrigin
from canvasgen.read.metrics.collect import merged
from tests.support.layouts import canvas_of, poster
from tests.support.workbooks import CANVASES

SOLAR = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"


def test_every_lane_label_has_one_size() -> None:
    page = poster(SOLAR).pages[0]
    labels = [b for b in page.blocks if b.tag == "H3" and b.lines]
    assert len(labels) >= 8 and any(b.source == "score label" for b in labels)
    assert len({round(line.size, 2) for b in labels for line in b.lines}) == 1


def test_a_touchpoint_lane_has_one_item_style() -> None:
    page = poster(SOLAR).pages[0]
    lane = next(lane for lane in canvas_of(SOLAR).journeys[0].lanes if lane.kind == "touchpoints")
    cells = {str(item.source) for cell in lane.cells for item in cell}
    bullets = [b for b in page.blocks if b.tag == "Artifact" and b.source in cells and b.lines[0].text == BULLET]
    assert bullets == []
    items = sum(len(cell) for cell in lane.cells)
    neutral = [icon for icon in page.icons if icon.channel == "other"]
    assert neutral and len(page.icons) >= items


HR = CANVASES / "example-hr-software-b2b.xlsx"


def _figures_page(path):  # type: ignore[no-untyped-def]
    return next(p for p in poster(path).pages if any(b.source == "Metrics!D6" for b in p.blocks))


def _texts(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [" ".join(line.text for line in block.lines) for block in page.blocks]


def test_a_figure_the_kpi_lane_and_the_metrics_sheet_both_give_is_said_once() -> None:
    """'Demo-to-proposal rate: 45%' in the KPI lane (E18) and 45% on the Metrics sheet for the same phase:
    one figure, the measured one (with its target); the lane's cell stays in its lane on page 1."""
    canvas = canvas_of(HR)
    demo = [m for m in canvas.metrics if m.name.text == "Demo-to-proposal rate"]
    assert [str(m.value_item.source) for m in demo] == ["Metrics!D6"]
    page = _figures_page(HR)
    said = " ".join(" ".join(_texts(page)).split())
    assert said.count("Demo-to-proposal") == 1


def test_a_different_value_from_the_lane_stays_beside_the_measured_one_distinguishable() -> None:
    canvas = canvas_of(HR)
    measured = next(m for m in canvas.metrics if str(m.value_item.source) == "Metrics!D6")
    written = replace(
        measured, value=38.0, target=None, touchpoint=None, period=None, origin=MetricOrigin(MetricFrom.LANE)
    )
    written = replace(written, value_item=Item("38%", None))
    both = merged([written], [measured])
    assert len(both) == 2
    same = replace(written, value=45.0)
    assert merged([same], [measured]) == [measured]


def test_the_figures_row_has_one_style_and_no_stray_marker() -> None:
    """Every cell of the measured figures' row tiles, or every cell lines with bars; a figure without a bar
    ('average deal €84,000') gets no bullet dot."""
    page = _figures_page(HR)
    canvas = canvas_of(HR)
    figure_cells = {str(m.value_item.source) for m in canvas.metrics if not m.is_cost}
    dots = [b for b in page.blocks if b.tag == "Artifact" and b.source in figure_cells and b.lines[0].text == BULLET]
    assert dots == []
    tiles = {b.source for b in page.blocks if b.source in figure_cells and len(b.lines) > 1 and b.tag != "Artifact"}
    lines_only = {b.source for b in page.blocks if b.source in figure_cells} - tiles
    # a tile draws its figure in a separate, larger line; a line of text keeps one size
    sizes = {b.source: {round(line.size, 1) for line in b.lines} for b in page.blocks if b.source in figure_cells}
    styles = {len(s) > 1 for s in sizes.values()}
    assert len(styles) == 1, (tiles, lines_only, sizes)
