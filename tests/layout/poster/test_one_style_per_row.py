"""One style per row on the journey page (#31): every lane label at one size (the score row's too, where it
fits its row), and one item style per lane: a touchpoint lane whose items name channels marks every item
with an icon (the neutral mark where no channel is named), never icons and bullets mixed."""

from __future__ import annotations

from canvasgen.layout.text.setter import BULLET
from canvasgen.read.reader import read_canvas
from tests.support.layouts import poster
from tests.support.workbooks import CANVASES

SOLAR = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"


def test_every_lane_label_has_one_size() -> None:
    page = poster(SOLAR).pages[0]
    labels = [b for b in page.blocks if b.tag == "H3" and b.lines]
    assert len(labels) >= 8 and any(b.source == "score label" for b in labels)
    assert len({round(line.size, 2) for b in labels for line in b.lines}) == 1


def test_a_touchpoint_lane_has_one_item_style() -> None:
    page = poster(SOLAR).pages[0]
    lane = next(lane for lane in read_canvas(SOLAR).journeys[0].lanes if lane.kind == "touchpoints")
    cells = {str(item.source) for cell in lane.cells for item in cell}
    bullets = [b for b in page.blocks if b.tag == "Artifact" and b.source in cells and b.lines[0].text == BULLET]
    assert bullets == []
    items = sum(len(cell) for cell in lane.cells)
    neutral = [icon for icon in page.icons if icon.channel == "other"]
    assert neutral and len(page.icons) >= items
