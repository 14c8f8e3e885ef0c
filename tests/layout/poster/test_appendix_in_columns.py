"""Flowed pages (an appendix, a journey's continued cells) set short cards in as many columns as their lines
need, not in one column of sixty characters: the A2-portrait webshop appendix put six "Contactmoment" cards of
short lines down one column, its right half and lower half white (look #13, #27)."""

from __future__ import annotations

from canvasgen.layout.boxes import Page
from canvasgen.layout.poster.arrange.flow import FlowBlock, FlowTitles, flow
from canvasgen.layout.text.setter import Setter
from canvasgen.units import parse_paper
from tests.support.layouts import default_kit, poster
from tests.support.workbooks import CANVASES

TITLES = FlowTitles("BIJLAGE", "Klantreis", "{heading} (vervolg)")


def _card_columns(page: Page) -> set[int]:
    """The left edges of a flowed page's card headings (one a column)."""
    return {round(block.box.x) for block in page.blocks if block.tag == "H2"}


def test_short_cards_flow_in_two_columns_or_more() -> None:
    kit, fonts = default_kit()
    width, height = parse_paper("A2", True)
    blocks = [
        FlowBlock(f"Contactmoment: moment {n}", [(f"Kanaal: e-mail {n}", f"B{n}"), (f"KPI: open rate {n}%", f"C{n}")])
        for n in range(1, 7)
    ]
    pages, starts = flow(blocks, kit, Setter(fonts), width, height, 12.7, TITLES, ceiling=19.0)
    assert len(pages) == 1 and starts == [0] * 6
    assert len(_card_columns(pages[0])) >= 2
    said = " ".join(line.text for block in pages[0].blocks for line in block.lines)
    for n in range(1, 7):  # every card whole, its words all there
        assert f"Contactmoment: moment {n}" in said and f"KPI: open rate {n}%" in said


def test_long_lines_keep_their_readable_column() -> None:
    kit, fonts = default_kit()
    width, height = parse_paper("A2", True)
    long = "De klant leest de productpagina en vergelijkt de prijs met die van drie andere winkels " * 2
    blocks = [FlowBlock(f"Notitie {n}", [(long, f"B{n}")]) for n in range(1, 4)]
    pages, _ = flow(blocks, kit, Setter(fonts), width, height, 12.7, TITLES, ceiling=19.0)
    widths = {round(block.box.w) for page in pages for block in page.blocks if block.tag == "H2"}
    assert all(w >= 30 * 12.7 for w in widths), widths  # about sixty characters a line, not narrower


def test_the_webshop_appendix_at_a2_portrait_uses_the_width() -> None:
    layout = poster(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx", "A2", portrait=True)
    # the appendix, at the foot of the map's page at this size (issue #31 item 5: a page of its own before)
    (held,) = [
        page
        for page in layout.pages
        if any(line.text.startswith("Contactmoment: Reel van") for block in page.blocks for line in block.lines)
    ]
    cards = {
        round(block.box.x)
        for block in held.blocks
        if block.tag == "H2" and block.lines and block.lines[0].text.startswith("Contactmoment:")
    }
    assert len(cards) >= 2, [page.title for page in layout.pages]
