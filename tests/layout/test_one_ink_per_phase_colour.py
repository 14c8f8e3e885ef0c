"""Round 20 (look #19): the cards of one phase had white band text on the poster's phase green and dark
text on the same green on the kit's cards (and the deck's glance tabs): one ink per band colour, on the
poster's phase heads, the deck's phase tabs and the kit's cards alike."""

from __future__ import annotations

from pathlib import Path

from canvasgen.analysis.cards import cards_of
from canvasgen.brand.colors import Colour
from canvasgen.layout.boxes import Page
from canvasgen.layout.sheets.cards import FORMATS, card_faces, sheets_of
from canvasgen.layout.text.setter import Setter
from canvasgen.words import KIT_WORDS
from tests.support.layouts import default_kit, example_deck, poster
from tests.support.reading import read_canvas
from tests.support.workbooks import small_journey_book

PHASES = ("Aandacht", "Afweging", "Actie", "Altijd", "Advocaat")


def _inks_on(pages: list[Page], phases: set[Colour]) -> set[tuple[Colour, Colour]]:
    """(band colour, text colour) of every text block that starts on a band of a phase's colour."""
    found = set()
    for page in pages:
        bands = [r for r in page.rects if r.fill in phases]
        for block in page.blocks:
            for line in block.lines:
                on = [r.fill for r in bands if r.box.x <= line.x <= r.box.right and r.box.y <= line.y <= r.box.bottom]
                found |= {(fill, line.colour) for fill in on}
    return found


def test_a_phase_colour_has_one_ink_on_poster_deck_and_cards(tmp_path: Path) -> None:
    book, _ = small_journey_book(PHASES)
    path = tmp_path / "vijf.xlsx"
    book.save(path)
    kit, fonts = default_kit()
    phases = {kit.palette.phase(i) for i in range(len(PHASES))}
    canvas = read_canvas(path)
    setter = Setter(fonts)
    cards = sheets_of(
        card_faces(cards_of(canvas), [], kit, setter, FORMATS["2x4"], KIT_WORDS["nl"], canvas),
        kit,
        setter,
        FORMATS["2x4"],
    )
    found = _inks_on(cards, phases) | _inks_on(poster(path).pages, phases)
    deck = example_deck(path)
    found |= {
        (frame.fill, para.colour)
        for slide in deck.slides
        for frame in slide.frames
        if frame.fill in phases
        for para in frame.paras
    }
    assert {fill for fill, _ in found} == phases  # every phase's band seen
    for fill in phases:
        inks = {ink.hex for band, ink in found if band == fill}
        assert len(inks) == 1, f"{fill.hex}: {inks}"
