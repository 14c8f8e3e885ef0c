"""A persona card too long for its slide is split evenly over its slides (#31): filled to the foot of its first
slide, it went on to a follow-up of its heading again and one line. Each slide holds about its share, every
word of the card over the two, and the rest of a field cut where it goes on stands under its value."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.layout.deck.frames import INSET, para_heights
from canvasgen.layout.text.setter import Setter
from tests.support.layouts import deck_fonts, example_deck
from tests.support.read_back import squeeze, unmarked
from tests.support.workbooks import make_book, words

JOURNEY = {"A1": "Fase", "B1": "Oriëntatie", "C1": "Aankoop", "A2": "Klantproces", "B2": "Zoekt", "C2": "Koopt"}


@pytest.mark.parametrize("length", [950, 1000, 1150])
def test_a_long_persona_card_is_split_evenly_over_its_slides(tmp_path: Path, length: int) -> None:
    goals, frustrations = words(length), words(length // 2)
    personas = {"A1": "Naam", "B1": "Rol", "C1": "Doelen", "D1": "Frustraties"}
    personas |= {"A2": "Femke", "B2": "Koper", "C2": goals, "D2": frustrations}
    deck = example_deck(make_book(tmp_path / "femke.xlsx", {"Klantreis": JOURNEY, "Personas": personas}))
    cards = [f for s in deck.slides if s.kind == "persona" for f in s.frames if f.name == "persona"]
    assert len(cards) == 2  # the case: the card goes on to one follow-up slide
    setter = Setter(deck_fonts())
    heights = [para_heights(setter, card.paras, card.box.w - 2 * INSET)[-1] for card in cards]
    assert heights[1] >= heights[0] / 2, heights  # the follow-up holds about its share, not a line
    said = " ".join(unmarked(p.text) for card in cards for p in card.paras if not p.bold)  # no heading again
    assert squeeze(goals) in squeeze(said.replace("Doelen: ", "")) and squeeze(frustrations) in squeeze(said)
    rest = cards[1].paras[1]  # the rest of "Doelen", under its value: every line at the field's indent
    assert rest.mark == "under" and rest.indent(16) == cards[0].paras[2].indent(16) > 0
