"""The pages of the personas: a page of persona cards, for a workbook that holds personas but no
journey, and a page per empathy map.

The cards are those of the journey page's persona panel, set as large as the page allows
(up to the largest body size of the paper's journey pages) and filling its height, unless the appendix is at its
foot; when even the minimum size does not fit them on one page, the appendix lists the personas in full
instead.

An empathy map's page has the persona's name in the band, the four quadrants (Think & feel, Hear, See,
Say & do, headed as the client wrote them) as a 2×2 grid and pains and gains beneath, set as large as
the page allows, in the same steps. A map that does not fit its page even at the minimum size is not
drawn: its entries stay on its persona's card and in the appendix.
"""

from __future__ import annotations

from canvasgen.brand.colors import WHITE, readable_on
from canvasgen.brand.kit import BrandKit
from canvasgen.layout.boxes import Box, Page, Rect
from canvasgen.layout.empathy import BENEATH, Quadrant, drawn_maps, grid_boxes, map_heading, quadrants
from canvasgen.layout.poster.arrange.flow import band
from canvasgen.layout.poster.journey_page import MAX_GROWTH
from canvasgen.layout.poster.map_draw import draw_persona_cards, persona_cards_height
from canvasgen.layout.poster.map_rows import PersonaPanel
from canvasgen.layout.poster.sheet import content_bottom, page_margin
from canvasgen.layout.text.setter import ITEM_GAP, Paragraph, Setter
from canvasgen.model import Canvas, EmpathyMap

_SCALES = (2.4, 2.0, 1.6, 1.3, 1.0)
#: A page of persona cards sets them no larger than the largest body a journey page of the paper is set in
#: (``MAX_GROWTH`` times the minimum): one type system per poster, never a persona's words in display type
#: (#31: a page of two cards at 3.2 times the minimum read as a headline); the cards' fill still reaches the footer.
_CARD_SCALES = tuple(scale for scale in (MAX_GROWTH, *_SCALES) if scale <= MAX_GROWTH)
_PAD = 0.6  # an empathy map's box's inner margin, in text sizes


def persona_pages(
    canvas: Canvas,
    kit: BrandKit,
    setter: Setter,
    size: tuple[float, float],
    u: float,
    words: dict[str, str],
    panel: PersonaPanel,
    stretch: bool = False,
) -> list[Page]:
    """The page of the persona cards of ``panel`` (``persona_panel``: what the empathy maps on pages of their own
    show is not said again), on a canvas of no journey; ``stretch``: the cards fill the page's height (where
    nothing is to go at its foot)."""
    if canvas.journeys or not canvas.personas or not panel.cards:
        return []
    width, height = size
    margin = page_margin(width, height)
    page = Page(kind="continued", title=words["personas"])
    page.rects.append(Rect(Box(0, 0, width, height), kit.palette.background, bleeds=True))
    top = band(page, kit, setter, width, u, margin, kit.footer or words["product"], words["personas"]) + u * 1.2
    bottom = content_bottom(width, height, u)
    heading = False  # the band says "Personas" already: never twice
    for scale in _CARD_SCALES:
        text = u * scale
        if top + persona_cards_height(panel, setter, width - 2 * margin, text, heading) <= bottom:
            room = Box(margin, top, width - 2 * margin, bottom - top)
            draw_persona_cards(page, panel, kit, setter, room, text, heading, stretch)
            return [page]
    return []


def empathy_pages(
    canvas: Canvas, kit: BrandKit, setter: Setter, size: tuple[float, float], u: float, words: dict[str, str]
) -> tuple[list[Page], list[EmpathyMap]]:
    """A page for each of the canvas's empathy maps that fits one, and the maps so drawn."""
    pages: list[Page] = []
    drawn: list[EmpathyMap] = []
    for found in drawn_maps(canvas):
        page = _map_page(found, kit, setter, size, u, words)
        if page is not None:
            pages.append(page)
            drawn.append(found)
    return pages, drawn


def _map_page(
    found: EmpathyMap, kit: BrandKit, setter: Setter, size: tuple[float, float], u: float, words: dict[str, str]
) -> Page | None:
    width, height = size
    margin = page_margin(width, height)
    title = map_heading(found, words["empathy_map"])
    page = Page(kind="continued", title=title)
    page.rects.append(Rect(Box(0, 0, width, height), kit.palette.background, bleeds=True))
    top = band(page, kit, setter, width, u, margin, kit.footer or words["product"], title) + u * 1.2
    area = Box(margin, top, width - 2 * margin, content_bottom(width, height, u) - top)
    rows, beneath = quadrants(found)
    grid_at, beneath_at = grid_boxes(area, u, [len(row) for row in rows], len(beneath))
    placed = [*zip([q for row in rows for q in row], grid_at), *zip(beneath, beneath_at)]
    for scale in _SCALES:
        text = u * scale
        if all(_height(setter, q, box, text) <= box.h for q, box in placed):
            for quadrant, box in placed:
                _draw(page, quadrant, box, kit, setter, text)
            return page
    return None


def _paragraphs(setter: Setter, quadrant: Quadrant, box: Box, size: float) -> list[Paragraph]:
    inner = box.w - 2 * size * _PAD
    if quadrant.heading is None:
        return []
    head = setter.paragraph(quadrant.heading.text, inner, "heading", size, str(quadrant.heading.source), False)
    return [head] + [setter.paragraph(i.text, inner, "body", size, str(i.source), False) for i in quadrant.entries]


def _height(setter: Setter, quadrant: Quadrant, box: Box, size: float) -> float:
    paras = _paragraphs(setter, quadrant, box, size)
    return Setter.height(paras, size) + size * ITEM_GAP + 2 * size * _PAD if paras else 0.0


def _draw(page: Page, quadrant: Quadrant, box: Box, kit: BrandKit, setter: Setter, size: float) -> None:
    """A quadrant: a filled box (pains and gains in a lighter tint of the brand colour), its heading as
    written, then its entries (the map's quadrants only: no box for one it lacks)."""
    lower = quadrant.kind in BENEATH
    fill = kit.palette.primary.mix(WHITE, 0.88) if lower else kit.palette.muted
    if quadrant.heading is None:
        fill = fill.mix(WHITE, 0.6)
    page.rects.append(Rect(box, fill, radius=size * 0.3))
    paras = _paragraphs(setter, quadrant, box, size)
    if not paras:
        return
    ink = readable_on(fill, kit.palette.text)
    pad = size * _PAD
    inner = Box(box.x + pad, box.y + pad, box.w - 2 * pad, box.h - 2 * pad)
    head_h = Setter.height(paras[:1], size)
    page.blocks.append(setter.place(paras[:1], Box(inner.x, inner.y, inner.w, head_h), "heading", size, ink, False)[0])
    if paras[1:]:
        y = inner.y + head_h + size * ITEM_GAP
        body = Box(inner.x, y, inner.w, inner.bottom - y)
        page.blocks.append(setter.place(paras[1:], body, "body", size, ink, False)[0])
