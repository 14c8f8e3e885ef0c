"""The pains slide: pain points and opportunities in as many columns of cards each (two beside two, or one
beside one), not one wide column of pain points beside two narrow ones of opportunities, which read as
unequal halves, the opportunities down then across (F26)."""

from __future__ import annotations

from pathlib import Path

from canvasgen.brand.kit import load_kit
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from canvasgen.words import DECK_WORDS
from tests.support.layouts import deck_fonts, laid_deck
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

PHASES = ("Bewustwording", "Interesse", "Overweging", "Aankoop", "Service")


def _canvas(path: Path) -> Path:
    cells: dict[str, object] = {"A1": "Fase", "A2": "Klantproces", "A3": "Pijnpunten", "A4": "Kansen"}
    for index, phase in enumerate(PHASES):
        column = "BCDEF"[index]
        cells[f"{column}1"] = phase
        cells[f"{column}2"] = f"Klant in de fase {phase.lower()}"
        if index != 3:  # four pain points, five opportunities: the sides hold about as much
            cells[f"{column}3"] = f"Wacht te lang op antwoord over {phase.lower()}"
        cells[f"{column}4"] = f"Een buurtavond met een ambassadeur over {phase.lower()}"
    return make_book(path, {"Klantreis": cells})


def test_both_sides_have_as_many_columns_of_cards(tmp_path: Path) -> None:
    kit, _ = load_kit(None)
    canvas = read_canvas(_canvas(tmp_path / "kaarten.xlsx"))
    deck = laid_deck(canvas, kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")
    words = DECK_WORDS["nl"]
    (slide,) = [s for s in deck.slides if s.kind == "pains"]
    heads = {f.name: f.box for f in slide.frames if f.name in (words["pains"], words["opportunities"])}
    split = heads[words["opportunities"]].x
    cards = [f for f in slide.frames if f.name == "card"]
    said = " ".join(p.text for f in cards for p in f.paras)
    assert all(f"ambassadeur over {phase.lower()}" in said for phase in PHASES)  # every card on the one slide
    columns = [{round(f.box.x) for f in cards if (f.box.x < split) == left} for left in (True, False)]
    assert len(columns[0]) == len(columns[1]), columns
