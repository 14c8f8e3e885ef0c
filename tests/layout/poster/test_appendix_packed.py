"""The appendix takes no page of its own where it fits the companion page's foot at the paper's least size
(#31, round five): the webshop examples' appendix page was 42% full, its cards fitting the foot of page 2 at
18 pt where the flow's least size, 19.8 pt, did not. A map keeps its size for it."""

from __future__ import annotations

import pytest

from tests.support.layouts import poster
from tests.support.workbooks import CANVASES


@pytest.mark.parametrize("example", ["voorbeeld-webshop-kpis-v2", "voorbeeld-webshop-kpis-v3"])
def test_the_appendix_packs_at_the_foot_of_the_companion_page(example: str) -> None:
    layout = poster(CANVASES / f"{example}.xlsx")
    assert len(layout.pages) == 2, [page.title for page in layout.pages]
    last = layout.pages[-1]
    said = [line for block in last.blocks for line in block.lines]
    foot = [line for line in said if line.text.startswith("Contactmoment: Reel van")]  # an appendix card
    assert foot and all(line.size >= layout.min_size - 0.01 for line in said)
    assert layout.body_sizes[0] == pytest.approx(layout.min_size * 1.5)  # the map at its size, 27 pt
