"""The one search for the largest text size that fits, used by the poster and the deck alike.

Fitting is monotone (what fits at a size fits at every smaller one), so the largest size that
fits is found by halving: in whole points for slides (PowerPoint shows whole points), to a
twentieth of a point on the poster (finer makes no visible difference).
"""

from __future__ import annotations

from collections.abc import Callable


def largest_fitting(fits: Callable[[float], bool], low: float, high: float, step: float) -> float:
    """The largest size in [low, high], in steps of ``step`` from ``low`` when ``step`` is whole,
    at which ``fits`` holds; ``low`` when even that does not fit."""
    if fits(high):
        return high
    if not fits(low):
        return low
    if step >= 1:  # whole steps: low, low + step, ...
        count = int((high - low) // step)
        first, last = 0, count
        while first < last:
            half = (first + last + 1) // 2
            if fits(low + half * step):
                first = half
            else:
                last = half - 1
        return low + first * step
    bottom, top = float(low), float(high)
    while top - bottom > step:
        mid = (bottom + top) / 2
        if fits(mid):
            bottom = mid
        else:
            top = mid
    return bottom


def smallest_fitting(fits: Callable[[float], bool], low: float, high: float, step: float) -> float:
    """The smallest size in [low, high], to within ``step``, at which ``fits`` holds, where it holds at ``high``
    and at every size above one it holds at (a frame's height at which a card still takes its slides)."""
    bottom, top = float(low), float(high)
    while top - bottom > step:
        mid = (bottom + top) / 2
        if fits(mid):
            top = mid
        else:
            bottom = mid
    return top
