"""A journey split over several poster pages (its phases do not fit one page: a narrow paper) sets the team's
words at one size on all its pages (#31 item 7, seen in the sweep): no part drops to a smaller size because
the rows from the other sheets (touchpoints, figures, buying group) were squeezed onto it, and no part is
larger than the others. Layout numbers only: the size most of each page's cell text is set in."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from canvasgen.layout.boxes import Page
from canvasgen.layout.poster.poster import PosterSpec
from canvasgen.units import parse_paper
from tests.support.layouts import DATE, default_kit, laid_poster
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES, DATA

PART = re.compile(r"^(?P<journey>.*) \((?P<part>\d+)/(?P<parts>\d+)\)$")  # "Klantreis (2/3)"
CELL = re.compile(r"^[^!]+![A-Z]+\d+$")  # a block showing a workbook cell


def _cell_size(page: Page) -> float:
    """The size most of the page's cell text (the lanes) is set in."""
    sizes: Counter[float] = Counter()
    for block in page.blocks:
        if CELL.match(block.source):
            for line in block.lines:
                if line.role == "body":
                    sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0]


@pytest.mark.parametrize(
    ("path", "paper"),
    # the HR example's eight phases stand on one A2 portrait page (its labels need no fifth of the width):
    # a paper a quarter metre wide splits them, its rows from the other sheets beside them
    [(CANVASES / "example-hr-software-b2b.xlsx", "250x600mm"), (DATA / "long-many-stages-lookalike.xlsx", "A2")],
    ids=lambda p: p.stem if isinstance(p, Path) else p,
)
def test_the_parts_of_a_split_journey_share_one_size(path: Path, paper: str) -> None:
    kit, fonts = default_kit()
    canvas = read_canvas(path)
    width, height = sorted(parse_paper(paper))  # portrait
    poster = laid_poster(canvas, kit, fonts, PosterSpec(width, height, "nl", path.name, DATE))
    parts: dict[str, dict[int, float]] = {}
    for page in poster.pages:
        found = PART.match(page.title)
        if found and page.kind == "poster":
            parts.setdefault(found["journey"], {})[int(found["part"])] = _cell_size(page)
    assert parts, f"the journey is split over pages on {paper} portrait"
    for journey, sizes in parts.items():
        assert len(set(sizes.values())) == 1, f"{journey}: the parts' cell text sizes differ: {sizes}"
