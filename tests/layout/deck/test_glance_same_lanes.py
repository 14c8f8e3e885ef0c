"""A glance in parts shows the same lanes on every slide (#31, F26): blink's 21 phases took four glance slides
that showed Persona / Ações / Insumo, then Persona / Ações, then Persona / Ações / Dores — the same table
changing its rows. Every part now shows the lanes every part holds, a "–" where its phases have none. Read
back from the PPTX."""

from __future__ import annotations

from pptx import Presentation

from tests.support.layouts import Built
from tests.support.read_back import title_of
from tests.support.workbooks import CORPUS


def test_every_glance_slide_shows_the_same_lanes(built: Built) -> None:
    deck = Presentation(str(built.deck(CORPUS / "blink_licitacoes_customer_journey.xlsx")))
    glances = [s for s in deck.slides if title_of(s).startswith("The journey at a glance")]
    assert len(glances) > 1  # the premise: the glance in parts
    lanes = [
        [sh.text_frame.text for sh in sorted(s.shapes, key=lambda sh: sh.top) if sh.name.startswith("glance lane ")]
        for s in glances
    ]
    assert lanes[0] and all(shown == lanes[0] for shown in lanes), lanes
