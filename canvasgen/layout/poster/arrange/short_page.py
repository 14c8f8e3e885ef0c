"""A short page designed rather than left half empty: its parts (its map's rows, the notes and cards at its
foot) follow each other in reading order from the top, the room they leave spread evenly between them, up
to a set share of the page's height each, never a part pinned to the foot with a hole above it.

Pure geometry on a laid-out page: what is drawn is moved down, never set again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from canvasgen.layout.boxes import Box, Page

#: The widest gap between two parts of a short page, as a share of the page's height: wider, the parts
#: read as strangers (the rest of the room stays under the last part).
MOST_GAP = 0.04


@dataclass(frozen=True)
class Part:
    """A band of the page drawn across its width with room above and below it: from ``top`` to ``bottom``."""

    top: float
    bottom: float


def parts(page: Page, top: float, bottom: float, least_gap: float) -> list[Part]:
    """The page's parts between ``top`` and ``bottom`` (under its title band, above its footer), top to
    bottom: what it draws there, in bands split where at least ``least_gap`` of blank page stands between."""
    spans = sorted(s for s in _spans(page) if s[0] >= top - 0.01 and s[1] <= bottom + 0.01)
    found: list[Part] = []
    for start, end in spans:
        if found and start < found[-1].bottom + least_gap:
            found[-1] = Part(found[-1].top, max(found[-1].bottom, end))
        else:
            found.append(Part(start, end))
    return found


def spread(page: Page, top: float, bottom: float, least_gap: float, most_gap: float) -> None:
    """The page's parts under ``top`` moved in place: the first where it is, each after it ``gap`` under the
    one before, the gap the room they leave above ``bottom`` shared evenly, at least ``least_gap`` (as laid
    out) and at most ``most_gap``."""
    found = parts(page, top, bottom, least_gap)
    if len(found) < 2:
        return
    heights = sum(part.bottom - part.top for part in found)
    free = bottom - found[0].top - heights
    gap = max(least_gap, min(most_gap, free / (len(found) - 1)))
    y = found[0].bottom
    for part in found[1:]:
        y += gap
        _move(page, part, y - part.top)
        y += part.bottom - part.top


def _spans(page: Page) -> list[tuple[float, float]]:
    """The vertical span of everything the page draws, its background aside."""
    spans = [(r.box.y, r.box.bottom) for r in page.rects if not r.bleeds]
    spans += [(b.box.y, b.box.bottom) for b in page.blocks]
    spans += [(i.y, i.y + i.size) for i in page.icons]
    spans += [(min(y for _, y in s.points), max(y for _, y in s.points)) for s in page.strokes if s.points]
    spans += [(d.y - d.radius, d.y + d.radius) for d in page.dots]
    spans += [(p.box.y, p.box.bottom) for p in page.portraits]
    return spans


def _move(page: Page, part: Part, by: float) -> None:
    """Everything drawn within ``part`` moved down ``by``."""

    def inside(top: float, bottom: float) -> bool:
        return top >= part.top - 0.01 and bottom <= part.bottom + 0.01

    def moved(box: Box) -> Box:
        return replace(box, y=box.y + by)

    page.rects = [
        replace(r, box=moved(r.box)) if not r.bleeds and inside(r.box.y, r.box.bottom) else r for r in page.rects
    ]
    for block in page.blocks:
        if inside(block.box.y, block.box.bottom):
            block.box = moved(block.box)
            block.lines = [replace(line, y=line.y + by) for line in block.lines]
    page.icons = [replace(i, y=i.y + by) if inside(i.y, i.y + i.size) else i for i in page.icons]
    page.strokes = [
        replace(s, points=[(x, y + by) for x, y in s.points])
        if s.points and inside(min(y for _, y in s.points), max(y for _, y in s.points))
        else s
        for s in page.strokes
    ]
    page.dots = [replace(d, y=d.y + by) if inside(d.y - d.radius, d.y + d.radius) else d for d in page.dots]
    page.portraits = [replace(p, box=moved(p.box)) if inside(p.box.y, p.box.bottom) else p for p in page.portraits]
    page.figures = [replace(f, box=moved(f.box)) if inside(f.box.y, f.box.bottom) else f for f in page.figures]
