"""Greedy word wrapping with a width function: pure, so it can be tested with numbers.

Words are measured one at a time and lines summed (reportlab sets no kerning,
so a line is exactly as wide as its words and spaces): each distinct word is
measured once, whatever the number of sizes tried.
"""

from __future__ import annotations

from collections.abc import Callable

Measure = Callable[[str], float]  # width of a string at the current size, in points


def wrap(text: str, width: float, measure: Measure) -> list[str]:
    """Lines of at most ``width``; a word longer than a line is broken between characters."""
    space = measure(" ")
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in text.split():
        w = measure(word)
        if current and used + space + w <= width:
            current.append(word)
            used += space + w
            continue
        if current:
            lines.append(" ".join(current))
            current, used = [], 0.0
        while w > width:
            cut = _longest_prefix(word, width, measure)
            lines.append(word[:cut])
            word = word[cut:]
            w = measure(word)
        current, used = [word], w
    if current or not lines:
        lines.append(" ".join(current))
    return lines


def _longest_prefix(word: str, width: float, measure: Measure) -> int:
    low, high = 1, len(word)
    while low < high:
        mid = (low + high + 1) // 2
        if measure(word[:mid]) <= width:
            low = mid
        else:
            high = mid - 1
    return max(low, 1)
