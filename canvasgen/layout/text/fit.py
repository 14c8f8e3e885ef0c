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
    return _boundary(fits, low, high, step)[0]


def smallest_fitting(fits: Callable[[float], bool], low: float, high: float, step: float) -> float:
    """The smallest size in [low, high], to within ``step``, at which ``fits`` holds, where it holds at ``high``
    and at every size above one it holds at (a frame's height at which a card still takes its slides)."""
    return _boundary(lambda size: not fits(size), low, high, step)[1]


def _boundary(below: Callable[[float], bool], low: float, high: float, step: float) -> tuple[float, float]:
    """Halving [low, high] down to ``step``: the two sizes either side of where ``below`` stops holding (it holds
    at the lower one, or that is ``low``; not at the higher one, or that is ``high``)."""
    bottom, top = float(low), float(high)
    while top - bottom > step:
        mid = (bottom + top) / 2
        if below(mid):
            bottom = mid
        else:
            top = mid
    return bottom, top
