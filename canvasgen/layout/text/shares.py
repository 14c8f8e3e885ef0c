"""Sharing a length between parts by what each needs (the poster's lane heights)."""

from __future__ import annotations

import math


def share(needs: list[float], total: float) -> list[float]:
    """Split ``total`` between parts.

    When everything fits, each part gets what it needs and the room left over is
    spread in proportion to the needs. When it does not, parts that need less
    than an equal share get exactly what they need and the rest split what is
    left equally (water-filling), so a short lane is never squeezed for a long one.
    """
    if not needs:
        return []
    need_sum = sum(needs)
    if need_sum <= total:
        if need_sum == 0:
            return [total / len(needs)] * len(needs)
        extra = total - need_sum
        return [n + extra * n / need_sum for n in needs]
    result = [0.0] * len(needs)
    left = total
    pending = sorted(range(len(needs)), key=lambda i: needs[i])
    while pending:
        level = left / len(pending)
        i = pending[0]
        if needs[i] <= level:
            result[i] = needs[i]
            left -= needs[i]
            pending.pop(0)
        else:
            for j in pending:
                result[j] = level
            break
    return result


#: The most a curve grows to, as a multiple of a text row's height (the rows' mean) beside it, past what it
#: needs: a curve taller than that squeezes the lanes into strips; the rest of the page goes to the text.
CURVE_PER_TEXT_ROW = 1.5


def share_with_curve(
    needs: list[float], curve: float, total: float, line: float, readable: float = math.inf
) -> tuple[list[float], float]:
    """Split ``total`` between text rows that need ``needs`` and a curve that needs ``curve``, when
    everything fits: the curve first gets at least its fair share (an equal part of ``total`` among all
    the rows), each text row no more than it needs plus a margin (a quarter of its need and two
    ``line`` heights, room to write on), then the curve what is left up to ``CURVE_PER_TEXT_ROW`` times a
    text row's height (never less than it needs), and the text rows the rest, by their needs. The curve grows
    past its need to ``readable`` at most (all a readable chart takes): beside a single text row, 1.5 times
    that row was 60% of the page. Returns the text rows' heights and the curve's."""
    spare = total - sum(needs) - curve
    if spare <= 0 or not needs:
        return share(needs, max(total - curve, 0.0)), curve
    tallest = max(readable, curve)
    fair = min(total / (len(needs) + 1), tallest)
    grown = min(spare, max(fair - curve, 0.0))
    curve, spare = curve + grown, spare - grown
    margins = [0.25 * n + 2 * line for n in needs]
    given = min(spare, sum(margins))
    heights = [n + given * m / sum(margins) for n, m in zip(needs, margins, strict=True)]
    spare -= given
    # the curve at CURVE_PER_TEXT_ROW times the text rows' mean height: c = 1.5 (total - c) / n
    most = min(CURVE_PER_TEXT_ROW * total / (len(needs) + CURVE_PER_TEXT_ROW), tallest)
    more = min(spare, max(most - curve, 0.0))
    curve, spare = curve + more, spare - more
    return share(heights, sum(heights) + spare), curve


def at_least(heights: list[float], floors: list[float]) -> list[float]:
    """``heights`` with each part raised to its floor, the height taken from the parts above theirs in
    proportion to what they have over it (their sum unchanged); ``heights`` as they are where the parts
    have not that much over their floors."""
    short = sum(max(floor - height, 0.0) for height, floor in zip(heights, floors, strict=True))
    over = sum(max(height - floor, 0.0) for height, floor in zip(heights, floors, strict=True))
    if short <= 0 or over < short:
        return heights
    return [
        floor if height <= floor else height - short * (height - floor) / over
        for height, floor in zip(heights, floors, strict=True)
    ]
