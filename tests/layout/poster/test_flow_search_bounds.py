"""The column-height search of flowed text skips what is sure to fail, and finds what the full search finds.

The search for the least column height (``_shortest``) does not pack the trial heights below a floor (the
lines of the fullest column between its paddings), and the foot of a page does not search at all for
text sure to be taller than its room. These tests hold the pruned search to the full one: the same
columns, the same lines, for cards of many shapes."""

from __future__ import annotations

import math
import random

import pytest

from canvasgen.layout.poster.arrange import flow as flowing
from canvasgen.layout.poster.arrange.flow import FlowBlock, FlowTitles, FootRoom, at_foot
from canvasgen.layout.text.setter import Setter
from tests.support.layouts import default_kit

TITLES = FlowTitles("Bijlage", "reis.xlsx", "{heading} (vervolg)")
U = 18.0  # A1's minimum size
WIDTH = 2282.9  # an A1 page's content


def _blocks(seed: int) -> list[FlowBlock]:
    """Cards of mixed lengths: one-line notes, long paragraphs, cards of many items."""
    rng = random.Random(seed)
    words = [
        "klant",
        "offerte",
        "levering",
        "bestelling",
        "ervaring",
        "service",
        "vraag",
        "antwoord",
        "prijs",
        "kwaliteit",
    ]
    return [
        FlowBlock(
            f"Kaart {b}",
            [
                (" ".join(rng.choice(words) for _ in range(rng.choice([2, 12, 60, 200]))), f"B{b}{i}")
                for i in range(rng.randint(1, 7))
            ],
        )
        for b in range(rng.randint(1, 30))
    ]


def _searched(seed: int, columns: int, column: float | None) -> list[list[tuple[str, int, float]]]:
    _, fonts = default_kit()
    setter = Setter(fonts)
    size = U * 1.1
    units = flowing._units(_blocks(seed), setter, flowing._columns(WIDTH, size)[1], size, TITLES)
    pieces = units.pieces()
    one = flowing._column_height(flowing._pack(pieces, math.inf, size, units.again)[0], size)
    real = one + size if column is None else column
    packed = flowing._shortest(pieces, one, size, columns, units.again, real)
    if len(packed) <= columns:  # the floor is below every packing in so many columns
        assert flowing._tallest(packed, size) >= flowing._floor(pieces, size, columns)
    return [[(p.unit.para.source, len(p.lines), round(p.y, 6)) for p in c] for c in packed]


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize(("columns", "column"), [(1, None), (2, None), (4, None), (3, flowing.SPLIT)])
def test_the_pruned_search_packs_the_columns_the_full_search_packs(
    monkeypatch: pytest.MonkeyPatch, seed: int, columns: int, column: float | None
) -> None:
    pruned = _searched(seed, columns, column)
    monkeypatch.setattr(flowing, "_floor", lambda pieces, size, columns: 0.0)  # every trial height packed
    assert pruned == _searched(seed, columns, column)


def test_text_sure_to_be_taller_than_the_foots_room_is_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    kit, fonts = default_kit()
    searches: list[int] = []
    original = flowing._shortest

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        searches.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(flowing, "_shortest", counted)
    blocks = [FlowBlock(f"Notitie {i}", [("woord " * 80, f"C{i}")] * 3) for i in range(40)]
    assert at_foot(blocks, kit, Setter(fonts), WIDTH, U, TITLES, U, room=FootRoom(300.0)) is None
    assert not searches
    found = at_foot(blocks[:2], kit, Setter(fonts), WIDTH, U, TITLES, U, room=FootRoom(3000.0))
    assert found is not None and found[0] <= 3000.0 and searches  # room enough: searched, and it fits
