"""A table whose rows all fit a slide whole is packed by their heights alone (``packed_rows``): its slides are
the ones the packing that can cut a row (``_chunks``) makes, at every size; a row too tall for a slide is
still cut and goes on."""

from __future__ import annotations

import random

import pytest

from canvasgen.layout.deck.frames import Ctx, _chunks, _row_height, balanced, table_chunks
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from canvasgen.words import DECK_WORDS
from tests.support.layouts import deck_fonts, default_kit

WORDS = ["klant", "belt", "offerte", "levering", "website", "app", "vraag", "antwoord", "factuur", "e-mail"]
HEADER = ["Fase", "Contactmoment", "Kanaal", "Toelichting"]


def _rows(seed: int, count: int, longest: int) -> list[list[str]]:
    rng = random.Random(seed)
    return [
        [f"Fase {i % 5}", f"Moment {i}", rng.choice(WORDS), " ".join(rng.choices(WORDS, k=rng.randint(1, longest)))]
        for i in range(count)
    ]


def _cut_as_before(ctx: Ctx, rows: list[list[str]], widths: list[float], size: float) -> list[list[list[str]]]:
    """``table_chunks`` as it packed every table: ``_chunks`` at every limit."""
    height = ctx.body.h

    def need(row: list[str]) -> float:
        return _row_height(ctx, row, widths, size)

    return balanced(lambda limit: _chunks(ctx, HEADER, rows, widths, size, height, limit, need), need(HEADER), height)


@pytest.mark.parametrize(("seed", "count", "longest"), [(1, 3, 5), (2, 40, 12), (3, 100, 20), (4, 12, 400)])
def test_packed_by_heights_as_the_cutting_packing_packs(seed: int, count: int, longest: int) -> None:
    kit, _ = default_kit()
    ctx = Ctx(kit, Setter(deck_fonts()), DECK_WORDS["nl"], SLIDE_WIDTH, SLIDE_HEIGHT, "nl")
    rows = _rows(seed, count, longest)
    widths = [ctx.body.w * share for share in (0.15, 0.2, 0.15, 0.5)]
    for size in (14.0, 17.0, 20.0):
        chunks = table_chunks(ctx, HEADER, rows, widths, size, ctx.body.h)
        assert chunks == _cut_as_before(ctx, rows, widths, size)
        if count >= 40:
            assert len(chunks) > 1  # packed over slides, balanced
        if longest == 400:  # a cell longer than a slide: cut, and it goes on in a row of its own
            assert sum(len(chunk) for chunk in chunks) > len(rows)
