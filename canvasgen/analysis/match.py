"""Pairing text items across two canvases by similarity, so that a user can see why two were paired."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from canvasgen.model import Item
from canvasgen.text import label_key

DEFAULT_THRESHOLD = 0.6


def similarity(a: str, b: str) -> float:
    """0..1: the better of character similarity and shared-word overlap, on normalised text."""
    ka, kb = label_key(a), label_key(b)
    if ka == kb:
        return 1.0
    if not ka or not kb:
        return 0.0
    chars = SequenceMatcher(None, ka, kb, autojunk=False).ratio()
    wa, wb = set(ka.split()), set(kb.split())
    words = len(wa & wb) / len(wa | wb)
    return max(chars, words)


@dataclass(frozen=True)
class Pair:
    left: Item
    right: Item
    score: float

    @property
    def exact(self) -> bool:
        return self.score >= 1.0


@dataclass
class Matching:
    pairs: list[Pair]
    left_only: list[Item]
    right_only: list[Item]


def match(left: list[Item], right: list[Item], threshold: float = DEFAULT_THRESHOLD) -> Matching:
    """One-to-one pairs, best similarity first, at or above the threshold; the rest stay unpaired."""
    candidates = sorted(
        ((similarity(a.text, b.text), i, j) for i, a in enumerate(left) for j, b in enumerate(right)),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_left: set[int] = set()
    used_right: set[int] = set()
    pairs: list[tuple[int, Pair]] = []
    for score, i, j in candidates:
        if score < threshold:
            break
        if i in used_left or j in used_right:
            continue
        used_left.add(i)
        used_right.add(j)
        pairs.append((i, Pair(left[i], right[j], round(score, 3))))
    pairs.sort(key=lambda p: p[0])
    return Matching(
        [p for _, p in pairs],
        [a for i, a in enumerate(left) if i not in used_left],
        [b for j, b in enumerate(right) if j not in used_right],
    )
