"""Every label of a poster's label column is set at one size on every page: the lane labels and the phase
row's own label in the corner ("Etapa/Fase"), which followed each page's phase names (19 pt on page 1,
22.3 pt on page 2 of the 21-phase look-alike at A1, beside 27 pt lane labels) (#31)."""

from __future__ import annotations

from canvasgen.layout.boxes import Page
from tests.support.layouts import poster
from tests.support.workbooks import DATA


def _label_sizes(page: Page) -> set[float]:
    """The sizes of a page's label column: its lane labels (tagged H3) and the phase row's label."""
    return {
        round(line.size, 1)
        for block in page.blocks
        if block.tag == "H3" or block.source == "phase label"
        for line in block.lines
    }


def test_the_labels_of_a_split_journey_are_one_size_on_every_page() -> None:
    layout = poster(DATA / "long-many-stages-lookalike.xlsx")
    journey_pages = [page for page in layout.pages if any(b.source == "phase label" for b in page.blocks)]
    assert len(journey_pages) == 2  # 21 phases over two A1 pages
    corner = [b for page in journey_pages for b in page.blocks if b.source == "phase label"]
    assert {line.runs[0][0] for block in corner for line in block.lines} == {"Etapa/Fase"}
    sizes = set().union(*(_label_sizes(page) for page in journey_pages))
    assert len(sizes) == 1, sizes
