"""The deck's one table size (#31) is found from the table slides alone: the first pass lays out only
the slides of ``TABLE_KINDS``, and they are the table slides the whole deck has at the same context."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from canvasgen.layout.deck import deck as decks
from canvasgen.layout.deck.frames import TABLE_KINDS, Slide, family_table_size
from tests.support.layouts import _deck as fresh_deck  # laid out here, not the test process's shared deck
from tests.support.workbooks import EXAMPLES


def _tables(slides: list[Slide]) -> list[tuple[str, str, float, list[list[str]]]]:
    return [(s.kind, s.title, t.size, t.rows) for s in slides if s.kind in TABLE_KINDS for t in s.tables]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_the_first_pass_lays_out_the_table_slides_the_whole_deck_has(
    monkeypatch: pytest.MonkeyPatch, path: Path
) -> None:
    passes: list[tuple[bool, tuple[Any, ...], list[Slide]]] = []
    original = decks._deck

    def recorded(ctx, canvas, views, made, tables_only=False):  # type: ignore[no-untyped-def]
        laid = original(ctx, canvas, views, made, tables_only)
        passes.append((tables_only, (ctx, canvas, views, made), laid.slides))
        return laid

    monkeypatch.setattr(decks, "_deck", recorded)
    deck = fresh_deck(path)
    assert [tables_only for tables_only, _, _ in passes] == [True, False]
    _, args, first = passes[0]
    whole = original(*args).slides  # the whole deck at the first pass's context: each table at its own size
    assert len(first) < len(whole)  # the glance, phase, pain and exercise slides are not laid out
    assert _tables(first) == _tables(whole)
    assert deck.table_size == family_table_size(args[0], whole)
