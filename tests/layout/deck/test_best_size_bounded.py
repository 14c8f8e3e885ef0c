"""A slide's size (``best_size``) searches each frame after the first only under the least size found so far
(a frame that holds at the whole step above it is not searched): the size is the one that searching every
frame from the largest size gives, for every canvas."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from canvasgen.layout.deck import deck as decks
from canvasgen.layout.deck import frames as framing
from tests.support.layouts import _deck as fresh_deck
from tests.support.workbooks import DATA, EXAMPLES, trapkracht

CANVASES = [*EXAMPLES, *sorted(DATA.glob("*.xlsx"))]
#: A cell that holds on its slide only in a roomier arrangement (its lane at full height): that phase's size is
#: searched over the arrangement's several frames (the usual grid's are searched as laid out, restacked).
LONG = "Vraagt de vergunning aan en wacht op het besluit van de gemeente, belt twee keer en mailt. " * 7


def test_a_canvas_of_long_cells_sizes_slides_of_many_frames(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The case the bound is for: slides of several frames, some of them searched under another's size."""
    assert _many_frames(monkeypatch, trapkracht(tmp_path / "trap.xlsx", LONG)) > 0


@pytest.mark.parametrize("path", CANVASES, ids=lambda p: p.name)
def test_the_bounded_search_gives_the_size_the_full_search_gives(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    _many_frames(monkeypatch, path)


def _many_frames(monkeypatch: pytest.MonkeyPatch, path: Path) -> int:
    """The deck of ``path`` laid out; every slide's size compared with each frame searched in full; how many
    of those slides had more than one frame with text."""
    seen: list[tuple[Any, list[Any], float, float, float]] = []
    original = framing.best_size

    def recorded(ctx, frames, smallest=framing.BODY_MIN, largest=framing.MAX_SIZE):  # type: ignore[no-untyped-def]
        size = original(ctx, frames, smallest, largest)
        seen.append((ctx, frames, smallest, largest, size))
        return size

    monkeypatch.setattr(framing, "best_size", recorded)
    monkeypatch.setattr(decks, "best_size", recorded)
    fresh_deck(path)
    for ctx, frames, smallest, largest, size in seen:
        full = [
            framing.base_size(framing.fit_frame(ctx.setter, paras, box, largest, smallest)[0])
            for box, paras, _ in frames
            if paras
        ]
        assert size == min(full, default=framing.MAX_SIZE)
    return sum(len([paras for _, paras, _ in frames if paras]) > 1 for _, frames, *_ in seen)
