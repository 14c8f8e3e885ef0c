"""A page of persona cards, for a workbook that holds personas but no journey.

The cards are those of the journey page's persona panel, set as large as the page allows
(up to 2.4 times the minimum size for the paper); when even the minimum size does not fit
them on one page, the appendix lists the personas in full instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from canvasgen.brand.kit import BrandKit
from canvasgen.layout.boxes import Box, Page, Rect
from canvasgen.layout.poster.flow import band
from canvasgen.layout.poster.map_draw import draw_persona_cards, persona_cards_height
from canvasgen.layout.poster.map_rows import persona_panel
from canvasgen.layout.poster.sheet import content_bottom, page_margin
from canvasgen.layout.text.setter import Setter
from canvasgen.model import Canvas, EmpathyMap

_SCALES = (2.4, 2.0, 1.6, 1.3, 1.0)


def persona_pages(
    canvas: Canvas,
    kit: BrandKit,
    setter: Setter,
    size: tuple[float, float],
    u: float,
    words: dict[str, str],
    drawn: Sequence[EmpathyMap] = (),
) -> list[Page]:
    """The page of persona cards; ``drawn``: the empathy maps on pages of their own (not said again)."""
    if canvas.journeys or not canvas.personas:
        return []
    panel = persona_panel(canvas, words, drawn)
    if not panel.cards:
        return []
    width, height = size
    margin = page_margin(width, height)
    page = Page(kind="continued", title=words["personas"])
    page.rects.append(Rect(Box(0, 0, width, height), kit.palette.background, bleeds=True))
    top = band(page, kit, setter, width, u, margin, kit.footer or words["product"], words["personas"]) + u * 1.2
    bottom = content_bottom(width, height, u)
    for scale in _SCALES:
        text = u * scale
        if top + persona_cards_height(panel, setter, width - 2 * margin, text) <= bottom:
            draw_persona_cards(page, panel, kit, setter, Box(margin, top, width - 2 * margin, bottom - top), text)
            return [page]
    return []
