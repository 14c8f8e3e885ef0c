"""A slide's size (``best_size``) searches each frame after the first only under the least size found so far
(a frame that holds at the whole step above it is not searched): the size is the one that searching every
frame from the largest size gives, for every canvas."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from canvasgen.layout.deck import deck as decks
from canvasgen.layout.deck import frames as framing
from canvasgen.layout.deck import sheets as slide_sheets
from tests.support.layouts import _deck as fresh_deck
from tests.support.workbooks import DATA, EXAMPLES, trapkracht

CANVASES = [*EXAMPLES, *sorted(DATA.glob("*.xlsx"))]
#: Heights of the frames a deck sized, as shares of theirs: a half-height frame fits at a size between the two.
SHARES = (0.5, 0.34, 1.0)
#: A long cell of the testers' canvas: the deck sizes its persona cards and other slides' frames beside it.
LONG = "Vraagt de vergunning aan en wacht op het besluit van de gemeente, belt twee keer en mailt. " * 7


def test_frames_of_several_sizes_are_sized_as_each_searched_in_full(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The case the bound is for: several frames, the later ones searched only under an earlier one's size. The
    deck sizes its phase slides by their arrangements now (a canvas of long cells no longer reaches a slide of
    several frames here), so the frames a deck sizes are put on one slide: the bounded search gives the least of
    each frame's full search, and the frames differ in size (the bound cuts a search)."""
    seen: list[tuple[Any, list[Any]]] = []
    original = framing.best_size

    def recorded(ctx, frames, smallest=framing.BODY_MIN, largest=framing.MAX_SIZE):  # type: ignore[no-untyped-def]
        seen.append((ctx, frames))
        return original(ctx, frames, smallest, largest)

    monkeypatch.setattr(framing, "best_size", recorded)
    monkeypatch.setattr(decks, "best_size", recorded)
    monkeypatch.setattr(slide_sheets, "best_size", recorded)
    fresh_deck(trapkracht(tmp_path / "trap.xlsx", LONG))
    ctx = seen[0][0]
    sized = [frame for c, some in seen if c is ctx for frame in some if frame[1]]
    # the same frames in boxes of a half and a third of their height: frames that fit at different sizes
    frames = [(replace(box, h=box.h * share), paras, extra) for share in SHARES for box, paras, extra in sized]
    full = [
        framing.base_size(framing.fit_frame(ctx.setter, paras, box, framing.MAX_SIZE, framing.BODY_MIN)[0])
        for box, paras, _ in frames
    ]
    assert len(set(full)) > 1, full
    for first in range(len(frames)):  # each frame first: the later ones searched under its size, or not at all
        order = [frames[first], *frames[:first], *frames[first + 1 :]]
        assert original(ctx, order) == min(full), (first, full)


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
