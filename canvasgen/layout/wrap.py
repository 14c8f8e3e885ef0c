"""Greedy word wrapping with a width function: pure, so it can be tested with numbers.

Words are measured one at a time and lines summed (reportlab sets no kerning,
so a line is exactly as wide as its words and spaces): each distinct word is
measured once, whatever the number of sizes tried.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import SupportsIndex, overload

from canvasgen.text import NO_BREAK, keep_together

Measure = Callable[[str], float]  # width of a string at the current size, in points


class Lines(list[str]):
    """Wrapped lines; ``glued`` holds the indices of lines that end inside a word broken between
    characters (the next line goes on with it, no space between: text read out of a PDF needs to know).
    Slices and sums keep it, so lines split over columns and pages still know."""

    def __init__(self, lines: Iterable[str] = (), glued: Iterable[int] = ()) -> None:
        super().__init__(lines)
        self.glued: set[int] = set(glued)

    @overload
    def __getitem__(self, index: SupportsIndex) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Lines: ...
    def __getitem__(self, index: SupportsIndex | slice) -> str | Lines:
        if not isinstance(index, slice):
            return super().__getitem__(index)
        start, stop, step = index.indices(len(self))
        kept = {i - start for i in self.glued if start <= i < stop} if step == 1 else set()
        return Lines(super().__getitem__(index), kept)

    def __add__(self, other: list[str]) -> Lines:  # type: ignore[override]
        shifted = {i + len(self) for i in getattr(other, "glued", ())}
        return Lines([*self, *other], self.glued | shifted)


def wrap(text: str, width: float, measure: Measure) -> Lines:
    """Lines of at most ``width``; a word longer than a line is broken between characters. An amount and
    its currency sign, a number and its unit stay on one line (``keep_together``)."""
    space = measure(" ")
    lines = Lines()
    current: list[str] = []
    used = 0.0
    for word in words(text):
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
            lines.glued.add(len(lines))
            lines.append(word[:cut])
            word = word[cut:]
            w = measure(word)
        current, used = [word], w
    if current or not lines:
        lines.append(" ".join(current))
    return lines


_BREAKING_SPACE = re.compile(f"[^\\S{NO_BREAK}]+")


def words(text: str) -> list[str]:
    """The pieces a line may break between: "€ 7.400" is one, with a plain space inside."""
    return [w.replace(NO_BREAK, " ") for w in _BREAKING_SPACE.split(keep_together(text).strip()) if w]


def _longest_prefix(word: str, width: float, measure: Measure) -> int:
    low, high = 1, len(word)
    while low < high:
        mid = (low + high + 1) // 2
        if measure(word[:mid]) <= width:
            low = mid
        else:
            high = mid - 1
    return max(low, 1)
