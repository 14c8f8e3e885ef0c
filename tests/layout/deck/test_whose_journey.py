"""A deck of several journeys: every slide made of one journey's lanes (its glance, curve, phases, pains,
actions, exercise canvases) says whose journey it is in its title, so that a slide shown alone or printed
is told apart from the same slide of another persona (F27)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from canvasgen.brand.kit import load_kit
from canvasgen.layout.deck.deck import JOURNEYS_OWN, DeckLayout
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from canvasgen.read.reader import read_canvas
from tests.support.layouts import deck_fonts, laid_deck
from tests.support.workbooks import two_personas


def _deck(path: Path) -> DeckLayout:
    kit, _ = load_kit(None)
    return laid_deck(read_canvas(path), kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")


def test_each_journeys_own_slides_name_its_persona(tmp_path: Path) -> None:
    deck = _deck(two_personas(tmp_path / "twee.xlsx", ([1, -1, 2], [-2, 0, 1])))
    own = [s for s in deck.slides if s.kind in JOURNEYS_OWN]
    kinds = {s.kind for s in own}
    assert {"overview", "curve", "phase", "pains", "exercise"} <= kinds
    for persona in ("Noor", "Daan"):
        mine = [s for s in own if s.section.endswith(persona)]
        assert mine, persona
        assert all(s.title.startswith(f"{persona} · ") for s in mine), [s.title for s in mine]
    # the two journeys' phase slides no longer read alike
    phases = [s.title for s in own if s.kind == "phase"]
    assert len(set(phases)) == len(phases)


def test_a_deck_of_one_journey_keeps_its_titles(tmp_path: Path) -> None:
    path = two_personas(tmp_path / "twee.xlsx", ([1, -1, 2], [-2, 0, 1]))
    book = load_workbook(path)
    del book["Daan"]
    book.save(path)
    deck = _deck(path)
    assert not [s.title for s in deck.slides if "Noor · " in s.title]
