"""Parts of a split journey on one sheet, one above the other (tiers): each with its own title band, phase
header, lanes and curve, as each would be on a page of its own.

A long journey split over pages for its words to stand unbroken (thirteen stages on A2 portrait) left each
half a page three quarters empty: two short lanes under the band, 13 pages for six journeys (#31). Where the
parts' rows at the height they need fit one sheet, they share it; the page's spare height is shared by
them. A lower part is laid out as on a page of its own, with the room of those above kept free, and moved
down under them: its marks, text, pictures and curve, its reading order after theirs.
"""

from __future__ import annotations

from dataclasses import replace

from canvasgen.layout.boxes import Box, Figure, Page, Rect, TextBlock

__all__ = ["stacked_page"]


def stacked_page(tiers: list[Page], shifts: list[float], paper: tuple[float, float]) -> Page:
    """One page of the ``tiers`` (each a part's page as on a sheet of its own), each moved down by its shift
    (``paper``: the page's width and height, whose background only the first draws). Reading order: tier by
    tier, top to bottom; each tier keeps its figures (the curve) with their own marks. The page's bookmark
    and logo are the first tier's."""
    whole = Box(0, 0, *paper)
    page = replace(tiers[0], figures=[])
    for number, (tier, shift) in enumerate(zip(tiers, shifts, strict=True)):
        if number == 0:
            page.rects = list(tier.rects)
        else:
            page.rects += [_moved_rect(r, shift) for r in tier.rects if r.box != whole]
        offsets = (len(page.strokes), len(page.dots), len(page.blocks)) if number else (0, 0, 0)
        page.figures += [_moved_figure(f, shift, offsets, number) for f in tier.figures]
        if number == 0:
            page.blocks, page.strokes, page.dots = list(tier.blocks), list(tier.strokes), list(tier.dots)
            page.icons, page.portraits = list(tier.icons), list(tier.portraits)
            continue
        page.blocks += [_ordered(_moved_block(b, shift), number) for b in tier.blocks]
        page.icons += [replace(i, y=i.y + shift) for i in tier.icons]
        page.strokes += [replace(s, points=[(x, y + shift) for x, y in s.points]) for s in tier.strokes]
        page.dots += [replace(d, y=d.y + shift) for d in tier.dots]
        page.portraits += [replace(p, box=_moved(p.box, shift)) for p in tier.portraits]
    return page


#: How far a tier's reading order goes on from the tier above it, in the first place of its blocks' orders
#: (a page's are 0 for its band, 1 for its map, 2 for its curve; 99 for text with none, read after all).
TIER_ORDER = 10


def _moved(box: Box, shift: float) -> Box:
    return Box(box.x, box.y + shift, box.w, box.h)


def _moved_rect(rect: Rect, shift: float) -> Rect:
    return replace(rect, box=_moved(rect.box, shift))


def _moved_block(block: TextBlock, shift: float) -> TextBlock:
    return replace(block, box=_moved(block.box, shift), lines=[replace(line, y=line.y + shift) for line in block.lines])


def _ordered(block: TextBlock, tier: int) -> TextBlock:
    """The block in its tier's place in the page's reading order (a block with no place keeps none: read after
    the ordered ones, in drawing order)."""
    return replace(block, order=_after(block.order, tier))


def _after(order: tuple[int, ...], tier: int) -> tuple[int, ...]:
    return (order[0] + tier * TIER_ORDER, *order[1:]) if order else order


def _moved_figure(figure: Figure, shift: float, offsets: tuple[int, int, int], tier: int) -> Figure:
    """A tier's figure, moved, its marks' indices after those of the tiers above."""
    strokes, dots, blocks = offsets
    return replace(
        figure,
        order=_after(figure.order, tier),
        box=_moved(figure.box, shift),
        strokes=range(figure.strokes.start + strokes, figure.strokes.stop + strokes),
        dots=range(figure.dots.start + dots, figure.dots.stop + dots),
        blocks=range(figure.blocks.start + blocks, figure.blocks.stop + blocks),
    )
