"""Many thin phases on few slides (F13): a journey of many phases, each of a few lines, gets its phases side by
side, several a slide (as many as read well at the phase slides' one size), and one exercise slide per such
group rather than a near-empty slide and a "1.5 minutes" exercise slide per phase (a CSV of 6 journeys x 13
phases made a 198-slide deck). A canvas of few phases, or of any phase that needs a slide of its own, keeps
its slide per phase."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from canvasgen.brand.colors import WHITE, Colour, heading_ink
from canvasgen.layout.boxes import Box
from canvasgen.layout.deck.frames import (
    INSET,
    Ctx,
    Frame,
    Para,
    Slide,
    continued_slides,
    fits,
    grid_spots,
    para_height,
)

#: A journey of at least this many phases is "many" (canvases usually have 3 to 10; a workshop runs a
#: slide per phase for a few of them, not for thirteen).
MANY_PHASES = 8

#: At most this many phases a slide, and a column at least this many ems of the body size wide: narrower
#: columns break a line every two or three words.
MOST_A_SLIDE = 4
READABLE_EMS = 10.0

GAP = 8.0

#: The share of a journey's phases that must be thin for its phases to share slides.
MOSTLY_THIN = 0.75


@dataclass(frozen=True)
class Grouping:
    """How a journey's thin phases share slides: ``per_slide`` of them a slide, set at ``size``, and for each
    phase whether it is thin (holds whole in a column of such a slide at that size)."""

    per_slide: int
    size: float
    thin: list[bool]


#: The least size at which thin phases share slides: four columns at 18 pt are each over ten ems wide and
#: read as well as three at 24 pt, where the three left every column half empty (F35).
GROUPED_MIN = 18.0


def grouping(ctx: Ctx, columns: Sequence[list[Para]], most: float) -> Grouping | None:
    """How a journey's phases (their ``columns``: heading, lanes and score as a column's paragraphs) share
    slides, at ``most`` (the phase slides' one size) at the largest: the way that leaves the fewest phases
    dense (a slide of their own breaks the groups' rhythm: 2, then 1, then 3s, F1), then the most phases a
    slide (up to ``MOST_A_SLIDE``), then the largest size (not below ``GROUPED_MIN``), each column at least
    ``READABLE_EMS`` wide and most phases (``MOSTLY_THIN``) thin. None for a journey of fewer than
    ``MANY_PHASES`` phases or of few thin ones: a slide a phase."""
    if len(columns) < MANY_PHASES:
        return None
    best: Grouping | None = None
    for count in range(MOST_A_SLIDE, 1, -1):
        spot = _spots(ctx, count)[0]
        size = float(min(most, spot.w // READABLE_EMS))
        while size >= min(GROUPED_MIN, most):
            thin = [fits(ctx.setter, paras, spot, size) for paras in columns]
            if sum(thin) >= MOSTLY_THIN * len(columns) and (best is None or _better(thin, count, best)):
                best = Grouping(count, size, thin)
            if all(thin):  # smaller sizes hold no more phases
                break
            size -= 1.0
    return best


def _better(thin: list[bool], count: int, than: Grouping) -> bool:
    """Fewer dense phases, else more a slide (a size is only tried after the larger ones of its count)."""
    dense, other = thin.count(False), than.thin.count(False)
    return dense < other or (dense == other and count > than.per_slide)


def thin_at(ctx: Ctx, columns: Sequence[list[Para]], per_slide: int, size: float) -> list[bool]:
    """Which phases hold whole in a column of a slide of ``per_slide`` at ``size``."""
    spot = _spots(ctx, per_slide)[0]
    return [fits(ctx.setter, paras, spot, size) for paras in columns]


def groups(thin: Sequence[bool], per_slide: int) -> list[range]:
    """Every phase in order, in groups: each run of thin phases in consecutive groups of at most
    ``per_slide``, as even as they can be (13 phases 4 a slide: 4, 3, 3, 3, not 4, 4, 4, 1); a phase that
    is not thin a group of its own (its own slide)."""
    found: list[range] = []
    start = 0
    while start < len(thin):
        end = start + 1
        while thin[start] and end < len(thin) and thin[end]:
            end += 1
        count = end - start
        slides = -(-count // per_slide)
        base, extra = divmod(count, slides)
        for number in range(slides):
            size = base + (1 if number < extra else 0)
            found.append(range(start, start + size))
            start += size
    return found


def grouped_slides(
    ctx: Ctx,
    title: str,
    section: str,
    notes: str,
    columns: Sequence[tuple[Para, list[Para], Colour]],
    size: float,
) -> list[Slide]:
    """One slide of several phases side by side, each a column: its heading (``Para``) on a tab in its
    phase colour, as the phase strip shows it, over its lanes (a pale fill of that colour), set at the
    family's ``size``; what a column cannot hold goes on as on any phase slide (it does not:
    ``phases_a_slide`` chose the columns so that each holds). A group's columns share its slide's width (a
    last group of three is not three columns of four beside an empty one)."""
    spots = _spots(ctx, len(columns))
    width = spots[0].w - 2 * INSET
    heads = [head.at_size(size * 1.1) for head, _, _ in columns]
    tab = max(para_height(ctx.setter, [head], width) for head in heads) + 2 * INSET
    tabs = [
        Frame(Box(spot.x, spot.y, spot.w, tab), [replace(head, colour=heading_ink(colour, head.colour))], fill=colour)
        for spot, head, (_, _, colour) in zip(spots, heads, columns, strict=True)
    ]
    for number, frame in enumerate(tabs, start=1):
        frame.name = f"phase tab {number}"
    frames = [
        (Box(spot.x, spot.y + tab, spot.w, spot.h - tab), paras, {"fill": colour.mix(WHITE, 0.92), "name": "phase"})
        for spot, (_, paras, colour) in zip(spots, columns, strict=True)
    ]
    slides = list(continued_slides(ctx, "phase", title, section, notes, frames, size))
    return [replace(slide, frames=[*tabs, *slide.frames]) for slide in slides]


def _spots(ctx: Ctx, count: int) -> list[Box]:
    return grid_spots(ctx.body, count, count, GAP)
