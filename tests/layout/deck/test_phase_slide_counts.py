"""A phase slide's arrangements are laid out only as far as the search needs (``slide_count`` stops an
arrangement once it takes as many slides as the fewest so far, ``takes_at_most`` once it takes more than
asked, ``slides`` once it takes one more than the usual grid): every answer is the one that laying out
every arrangement in full gives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from canvasgen.layout.deck import deck as decks
from canvasgen.layout.deck.frames import FAMILY_MIN, MAX_SIZE, continued_slides
from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from tests.support.layouts import _deck as fresh_deck
from tests.support.workbooks import trapkracht

LONG = "Vraagt de vergunning aan en wacht op het besluit van de gemeente, belt twee keer en mailt. " * 30
SENTENCE = "Vergelijkt offertes, belt de installateur en leest reviews van buren voor de levering. "


def _every_cell_long(path: Path) -> Path:
    """Five phases whose every lane holds a few sentences: each phase goes on in every arrangement, and
    at the larger sizes some other arrangement takes as many slides as the usual grid, in fewer cuts."""
    lanes = default_lanes(["touchpoints", "channels"])
    phases = [f"Fase {i}" for i in range(1, 6)]
    content = {
        lane: [f"{lane} {phase}: " + SENTENCE * (2 + (i + len(lane)) % 3) for i, phase in enumerate(phases)]
        for lane in lanes
        if lane != "score"
    }
    write_workbook(
        WorkbookSpec("nl", [JourneySheet(phases, lanes, content=content, scores=[1, 0, -1, 2, -2])], [], [], []), path
    )
    return path


def _phases(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[tuple[Any, list[Any]]]:
    """The deck's context and phase slides, as ``family_size`` is given them."""
    seen: list[tuple[Any, list[Any]]] = []
    original = decks.family_size

    def recorded(ctx, phases):  # type: ignore[no-untyped-def]
        seen.append((ctx, phases))
        return original(ctx, phases)

    monkeypatch.setattr(decks, "family_size", recorded)
    fresh_deck(path)
    return seen


def _laid_in_full(ctx: Any, phase: Any, size: float) -> list[list[Any]]:
    """The phase's slides in every arrangement (its stacked frames shared out at ``size``), each laid out to its end."""
    return [
        list(
            continued_slides(
                ctx, "phase", phase.title, "", phase.notes, decks.restacked(ctx.setter, frames, size), size
            )
        )
        for frames in [phase.frames, *phase.others]
    ]


@pytest.mark.parametrize(
    "canvas", [_every_cell_long, lambda path: trapkracht(path, LONG)], ids=["every-cell", "one-cell"]
)
def test_counts_and_choices_are_those_of_every_arrangement_in_full(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, canvas: Callable[[Path], Path]
) -> None:
    (ctx, phases), *_ = _phases(monkeypatch, canvas(tmp_path / "canvas.xlsx"))
    going_on = [p for p in phases if not p.fits(ctx, FAMILY_MIN)]
    assert going_on  # the case the bounds are for: a phase that goes on to follow-up slides
    other_chosen = longest = 0
    for phase in going_on:
        for size in (FAMILY_MIN, 20.0, MAX_SIZE):
            full = _laid_in_full(ctx, phase, size)
            fewest = min(len(slides) for slides in full)
            longest = max(longest, fewest)  # a phase may hold on its slide stacked as its lanes need (round 22)
            assert phase.slide_count(ctx, size) == fewest
            for count in (fewest - 1, fewest, fewest + 1):
                assert phase.takes_at_most(ctx, size, count) == (fewest <= count)
            chosen = full[0]
            for other in full[1:]:
                chosen = other if decks._cuts(other) < decks._cuts(chosen) else chosen
            slides = phase.slides(ctx, "", size)
            assert [s.title for s in slides] == [s.title for s in chosen]
            assert [[f.box for f in s.frames[len(phase.strip) :]] for s in slides] == [
                [f.box for f in s.frames] for s in chosen
            ]
            other_chosen += chosen is not full[0] and len(chosen) == len(full[0])
    assert longest > 1  # and one that goes on to follow-up slides in every arrangement
    if canvas is _every_cell_long:  # an arrangement of as many slides as the usual grid's, chosen for fewer cuts
        assert other_chosen
