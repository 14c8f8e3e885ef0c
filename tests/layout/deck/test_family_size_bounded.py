"""The phase slides' one size (``family_size``) searches each phase that goes on to a follow-up slide only up
to the smallest size found so far: the family takes the smallest, so the answer is the one the search to the
body's largest size gives, for every canvas."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from canvasgen.layout.deck import deck as decks
from canvasgen.layout.deck.frames import BODY_MIN, FAMILY_MIN
from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from tests.support.layouts import _deck as fresh_deck
from tests.support.workbooks import DATA, EXAMPLES, trapkracht

CANVASES = [*EXAMPLES, *sorted(DATA.glob("*.xlsx"))]
LONG = "Vraagt de vergunning aan en wacht op het besluit van de gemeente, belt twee keer en mailt. " * 40
SENTENCE = "Vergelijkt offertes, belt de installateur en leest reviews van buren voor de levering. "


def test_a_canvas_of_long_cells_searches_phases_that_go_on(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The case the bound is for: phases that go on to a follow-up slide even at the floor."""
    assert _going_on(monkeypatch, trapkracht(tmp_path / "trap.xlsx", LONG)) > 0


@pytest.mark.parametrize("path", CANVASES, ids=lambda p: p.name)
def test_the_bounded_search_gives_the_family_the_full_search_gives(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    _going_on(monkeypatch, path)


def _going_on(monkeypatch: pytest.MonkeyPatch, path: Path) -> int:
    """The deck of ``path`` laid out; its family size compared with the full search's; how many phases went on."""
    seen: list[tuple[Any, list[Any], float]] = []
    original = decks.family_size

    def recorded(ctx, phases):  # type: ignore[no-untyped-def]
        size = original(ctx, phases)
        seen.append((ctx, phases, size))
        return size

    monkeypatch.setattr(decks, "family_size", recorded)
    fresh_deck(path)
    for ctx, phases, size in seen:
        fitting = [p for p in phases if p.fits(ctx, BODY_MIN)]
        more, floor = (1, BODY_MIN) if fitting else (0, FAMILY_MIN)
        full = [p.best(ctx) for p in fitting]
        full += [p.largest_in(ctx, p.slide_count(ctx, FAMILY_MIN) + more) for p in phases if p not in fitting]
        family = max(floor, min(full, default=size))
        roomy = [s for p in phases if p not in fitting and (s := p.roomy_best(ctx)) is not None]
        held = min([family, *roomy])
        assert size == (max(floor, held) if family - held < decks.WORTH_A_SLIDE else family)
    return sum(len(phases) - len([p for p in phases if p.fits(ctx, BODY_MIN)]) for ctx, phases, _ in seen)


def _dense(path: Path) -> Path:
    """Six phases whose every lane holds a long paragraph of its own: each goes on to follow-up slides, and one
    (the last, the longest) takes more slides at any size over the floor than at the floor."""
    lanes = default_lanes(["touchpoints", "channels", "pain_points"])
    phases = [f"Fase {i}" for i in range(1, 7)]
    content = {
        lane: [f"{lane} {phase}: " + SENTENCE * (5 + i) for i, phase in enumerate(phases)]
        for lane in lanes
        if lane != "score"
    }
    write_workbook(WorkbookSpec("nl", [JourneySheet(phases, lanes, content=content)], [], [], []), path)
    return path


def test_a_family_at_the_floor_is_found_without_searching_the_larger_sizes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Every phase is asked one size over the floor before any is searched up to the body's largest: one that
    takes more slides there sets the family at the floor, whatever the others' own sizes (the search of the
    first phase tried sizes up to 24 pt, and the family came to the floor all the same)."""
    asked: list[float] = []
    original = decks._PhaseSlide.takes_at_most

    def recorded(self, ctx, size, count):  # type: ignore[no-untyped-def]
        asked.append(size)
        return original(self, ctx, size, count)

    monkeypatch.setattr(decks._PhaseSlide, "takes_at_most", recorded)
    deck = fresh_deck(_dense(tmp_path / "dense.xlsx"))
    assert deck.phase_size == FAMILY_MIN
    assert asked and max(asked) == FAMILY_MIN + 1
