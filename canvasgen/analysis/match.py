"""Pairing text items across two canvases by similarity, so that a user can see why two were paired.

Callers pair by phase and lane first (``diff``, ``gaps``) and ask for the items of one cell at a time.
Within a cell, items with the same text pair first (by a look-up, not a comparison); the rest are
compared by similarity. A cell of a few dozen items each side compares every item with every other; a
larger one (a 3,000-row table may put hundreds in one cell) compares each item only with the items near
its place and those sharing its rarest words, so the work grows with the items, not with their square.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher

from canvasgen.model import Item
from canvasgen.text import label_key

DEFAULT_THRESHOLD = 0.6
#: Comparisons made all-against-all in one cell; past this, each item meets only its likeliest partners.
ALL_PAIRS_BUDGET = 2_500
#: In a larger cell: the items either side of an item's place, and per rare word, that it is compared with.
NEARBY = 8
PER_WORD = 8
RARE_WORDS = 2


def similarity(a: str, b: str) -> float:
    """0..1: the better of character similarity and shared-word overlap, on normalised text."""
    return _similarity(label_key(a), label_key(b))


def _similarity(ka: str, kb: str) -> float:
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
    at: tuple[int, int]  # the left item's place in its list, the right one's in its
    #: The word both items begin with when that, not their likeness, paired them under the threshold (the same
    #: deed done otherwise, ``gaps._same_deed``): said beside the likeness, which alone would not pair them.
    deed: str = ""

    @property
    def exact(self) -> bool:
        return self.score >= 1.0


@dataclass
class Matching:
    pairs: list[Pair]
    left_only: list[Item]
    right_only: list[Item]
    left_only_at: list[int]  # the places of the unpaired items in their lists
    right_only_at: list[int]


Measure = Callable[[str, str], float]


def match(
    left: list[Item], right: list[Item], threshold: float = DEFAULT_THRESHOLD, measure: Measure | None = None
) -> Matching:
    """One-to-one pairs, the same text first, then best similarity first, at or above the threshold; the
    rest stay unpaired. ``measure`` compares two normalised texts (``similarity``'s own by default)."""
    measure = measure or _similarity
    lkeys = [label_key(a.text) for a in left]
    rkeys = [label_key(b.text) for b in right]
    free_right: dict[str, list[int]] = {}
    for j, key in enumerate(rkeys):
        free_right.setdefault(key, []).append(j)
    found: dict[int, tuple[int, float]] = {}  # left index -> (right index, score)
    for i, key in enumerate(lkeys):
        if free_right.get(key):
            found[i] = (free_right[key].pop(0), 1.0)
    used_right = {j for j, _ in found.values()}
    rest_left = [i for i in range(len(left)) if i not in found]
    rest_right = [j for j in range(len(right)) if j not in used_right]
    candidates = sorted(
        (
            (score, i, j)
            for i, j in _candidates(rest_left, rest_right, lkeys, rkeys)
            if (score := measure(lkeys[i], rkeys[j])) >= threshold
        ),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    for score, i, j in candidates:
        if i in found or j in used_right:
            continue
        found[i] = (j, score)
        used_right.add(j)
    return Matching(
        [Pair(left[i], right[j], round(score, 3), (i, j)) for i, (j, score) in sorted(found.items())],
        [a for i, a in enumerate(left) if i not in found],
        [b for j, b in enumerate(right) if j not in used_right],
        [i for i in range(len(left)) if i not in found],
        [j for j in range(len(right)) if j not in used_right],
    )


def _candidates(lefts: list[int], rights: list[int], lkeys: list[str], rkeys: list[str]) -> list[tuple[int, int]]:
    """The pairs worth comparing: all of them in a cell of ordinary size; in a large one, each left item
    with the right items near its place and those sharing its rarest words (each word's first few)."""
    if len(lefts) * len(rights) <= ALL_PAIRS_BUDGET:
        return [(i, j) for i in lefts for j in rights]
    postings: dict[str, list[int]] = {}
    for j in rights:
        for word in set(rkeys[j].split()):
            postings.setdefault(word, []).append(j)
    pairs: set[tuple[int, int]] = set()
    for n, i in enumerate(lefts):
        at = round(n * len(rights) / len(lefts))
        pairs.update((i, j) for j in rights[max(0, at - NEARBY) : at + NEARBY + 1])
        words = sorted(set(lkeys[i].split()), key=lambda w: (len(postings.get(w, ())), w))
        for word in [w for w in words if w in postings][:RARE_WORDS]:
            pairs.update((i, j) for j in postings[word][:PER_WORD])
    return sorted(pairs)
