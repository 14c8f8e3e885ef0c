"""A phase's follow-up slide never holds only a tail of a line or two while its first slide spends a band on
"To be filled in during the session: …" (F25: blink's "coletar assinatura do cliente." alone on a slide): the
band's room holds the tail, and its line goes to the speaker notes."""

from __future__ import annotations

import itertools

from canvasgen.layout.deck.frames import INSET, WRAP_SLACK, Slide
from canvasgen.layout.text.setter import Setter
from tests.support.layouts import deck_fonts, example_deck
from tests.support.workbooks import CORPUS

BLINK = CORPUS / "blink_licitacoes_customer_journey.xlsx"


def _tails(slides: list[Slide], setter: Setter) -> list[tuple[str, int]]:
    """Each phase follow-up of a line or two whose first slide has a "to be filled in" band: title, lines."""
    phases = [s for s in slides if s.kind == "phase"]
    found = []
    for first, follow_up in itertools.pairwise(phases):
        if not follow_up.continued or not any(f.name == "empty" for f in first.frames):
            continue
        lines = sum(
            setter.line_count(p.text, p.text_width(f.box.w - 2 * INSET, p.size) * WRAP_SLACK, p.role, p.size)
            for f in follow_up.frames
            if not f.name.startswith("phase strip")
            for p in f.paras
            if not p.bold
        )
        if lines <= 2:
            found.append((follow_up.title, lines))
    return found


def test_no_follow_up_of_a_tail_where_the_to_be_filled_band_could_give_its_room() -> None:
    deck = example_deck(BLINK)
    assert not _tails(deck.slides, Setter(deck_fonts()))
    phases = [s for s in deck.slides if s.kind == "phase"]
    moved = [s for s in phases if s.notes.endswith("To be filled in during the session: Dores · Insumo")]
    assert moved and not any(f.name == "empty" for s in moved for f in s.frames)  # the band said in the notes
    text = " ".join(p.text for s in moved for f in s.frames for p in f.paras)
    assert "coletar assinatura do cliente." in text  # the tail on the phase's one slide
