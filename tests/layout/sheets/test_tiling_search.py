"""The search for the seams that cut the fewest words prices only what can still win, and finds what the
full search finds.

``_fewest_cuts`` keeps, after each seam, the seams that got furthest for what they cost; it does not price
a place when seams found before get as far for no less than the place costs at the least. These tests hold
it to the full search it replaced (every place after every kept seam priced, then sorted): the same seams
at the same cost, and the same cuts, for obstacle sets of many shapes."""

from __future__ import annotations

import random

import pytest

from canvasgen.layout.sheets import tiling
from canvasgen.layout.sheets.tiling import MIN_OVERLAP, Obstacles, Span, cuts
from canvasgen.units import mm

SEEDS = range(24)  # obstacle sets enough to tell a pruning that loses a seam (see the last test)


def _full_search(
    total: float, span: float, words: Obstacles, overlap: float, count: int
) -> tuple[int, list[float]] | None:
    """The search as it was: every place after every seam kept priced, the options sorted, cheaper first
    then further on, and of each cost only the one that gets further than every cheaper one kept."""
    frontier: list[tuple[int, list[float]]] = [(0, [0.0])]
    for k in range(1, count):
        options = []
        for cost, seams in frontier:
            low, high = tiling._reach(total, span, overlap, seams[-1], count - k - 1)
            before = tiling._window(total, span, seams[-1])
            options += [
                (cost + words.cost(p, (before, tiling._window(total, span, p))), [*seams, p])
                for p in words.places(low, high)
                if low <= p <= high
            ]
        frontier = []
        for option in sorted(options, key=lambda o: (o[0], -o[1][-1])):
            if not frontier or option[1][-1] > frontier[-1][1][-1]:
                frontier.append(option)
    finals = [(cost, seams) for cost, seams in frontier if total - seams[-1] <= span + 1e-6]
    return min(finals, key=lambda f: f[0], default=None)


def _lines(seed: int, total: float, span: float) -> tuple[list[Span], list[Span]]:
    """Lines of words across a length: short labels, lines of a column, lines longer than a sheet (wide),
    sparse or so dense that every seam has to cut some."""
    rng = random.Random(seed)
    words: list[Span] = []
    wide: list[Span] = []
    for _ in range(rng.choice([1, 5, 20, 60])):
        x = rng.uniform(-mm(20), total)
        end = x + rng.choice([mm(30), span / 2, span, 2 * span])
        line: list[Span] = []
        while x < min(end, total):
            width = rng.uniform(mm(3), mm(40))
            line.append((x, x + width))
            x += width + rng.uniform(mm(1), mm(4))
        too_wide = bool(line) and line[-1][1] - line[0][0] > span - MIN_OVERLAP
        (wide if too_wide else words).extend(line * rng.choice([1, 1, 3]))  # a span shared by lines below
    return words, wide


@pytest.mark.parametrize("seed", SEEDS)
def test_the_pruned_search_finds_the_seams_the_full_search_finds(seed: int) -> None:
    rng = random.Random(1000 + seed)
    span = rng.choice([mm(180), mm(267), mm(390)])
    total = span * rng.uniform(1.3, 5.5)
    words, wide = _lines(seed, total, span)
    fewest = int((total - MIN_OVERLAP) // (span - MIN_OVERLAP)) + 1
    for count in range(fewest, fewest + 3):
        full = _full_search(total, span, Obstacles(words, wide), MIN_OVERLAP, count)
        assert tiling._fewest_cuts(total, span, Obstacles(words, wide), MIN_OVERLAP, count) == full


@pytest.mark.parametrize("seed", SEEDS)
def test_the_cuts_are_those_of_the_full_search(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    rng = random.Random(2000 + seed)
    span = rng.choice([mm(180), mm(267), mm(390)])
    total = span * rng.uniform(1.3, 5.5)
    words, wide = _lines(seed, total, span)
    pruned = cuts(total, span, Obstacles(words, wide))
    monkeypatch.setattr(tiling, "_fewest_cuts", _full_search)
    assert pruned == cuts(total, span, Obstacles(words, wide))


def test_the_random_obstacles_make_seams_cut_words() -> None:
    """The sets above are not all easy: some make every way of placing the seams cut a word."""
    costs = []
    for seed in SEEDS:
        rng = random.Random(1000 + seed)
        span = rng.choice([mm(180), mm(267), mm(390)])
        total = span * rng.uniform(1.3, 5.5)
        words, wide = _lines(seed, total, span)
        fewest = int((total - MIN_OVERLAP) // (span - MIN_OVERLAP)) + 1
        found = tiling._fewest_cuts(total, span, Obstacles(words, wide), MIN_OVERLAP, fewest + 1)
        costs.append(found[0] if found else None)
    assert any(c == 0 for c in costs)
    assert sum(1 for c in costs if c and c % 1000) >= 3  # lines too long for a sheet crossed
    assert sum(1 for c in costs if c and c >= 1000) >= 3  # words cut
