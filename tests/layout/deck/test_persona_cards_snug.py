"""A canvas without a Personas sheet shows each journey's persona as a card (its name and the workshop's
question): two such cards were full-height boxes whose text sat in their top third over an empty slide.
The cards are as tall as their text, and centred in the slide's body. Read back out of the PPTX."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from canvasgen.words import DECK_WORDS
from tests.support.layouts import build_deck
from tests.support.read_back import title_of
from tests.support.workbooks import make_book

EMU = 12700
SLIDE_H = 540 * EMU


def _two_journeys(path: Path) -> Path:
    def sheet(persona: str, phases: tuple[str, ...]) -> dict[str, object]:
        rows = [
            ("Persona", persona),
            (None,),
            ("Fase", *phases),
            ("Klantproces", *(f"Doet iets in {p}" for p in phases)),
            ("Intern proces", *(f"Wij doen iets in {p}" for p in phases)),
        ]
        return {f"{c}{r}": v for r, row in enumerate(rows, start=1) for c, v in zip("ABCD", row) if v is not None}

    return make_book(
        path,
        {
            "Huurder": sheet("Sanne, huurder van een studio", ("Zoeken", "Bezichtigen", "Tekenen")),
            "Verhuurder": sheet("Mark, verhuurder van drie panden", ("Adverteren", "Kiezen", "Tekenen")),
        },
    )


def test_two_persona_cards_are_as_tall_as_their_text_and_centred(tmp_path: Path) -> None:
    pptx = build_deck(_two_journeys(tmp_path / "twee.xlsx"), tmp_path / "out")
    slide = next(s for s in Presentation(str(pptx)).slides if title_of(s) == DECK_WORDS["nl"]["personas_neutral"])
    cards = [sh for sh in slide.shapes if sh.name == "persona"]
    assert len(cards) == 2
    assert "Sanne" in cards[0].text_frame.text and "Mark" in cards[1].text_frame.text
    band = next(sh for sh in slide.shapes if sh.top == 0 and sh.height < SLIDE_H / 3)  # the title band
    body_top = band.top + band.height
    top, bottom = min(c.top for c in cards), max(c.top + c.height for c in cards)
    assert bottom - top < 0.5 * (SLIDE_H - body_top)  # not full-height boxes of a few lines
    assert top - body_top > 0.2 * (SLIDE_H - body_top)  # centred: not in the top third, over nothing
    assert {c.height for c in cards} == {cards[0].height}  # one row, one height


def test_the_agenda_names_two_persona_cards_in_the_plural(tmp_path: Path) -> None:
    """The agenda said "De persona" over a slide of two personas' cards."""
    pptx = build_deck(_two_journeys(tmp_path / "twee.xlsx"), tmp_path / "out")
    words = DECK_WORDS["nl"]
    agenda = next(s for s in Presentation(str(pptx)).slides if title_of(s) == words["agenda"])
    topics = [row.cells[1].text for sh in agenda.shapes if sh.has_table for row in list(sh.table.rows)[1:]]
    assert words["a_personas"] in topics and words["a_persona"] not in topics
