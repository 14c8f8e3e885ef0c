"""Sharing a length between parts by what each needs (the poster's lane heights)."""

from __future__ import annotations


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
