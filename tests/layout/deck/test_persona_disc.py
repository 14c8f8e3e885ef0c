"""A persona without a picture gets its initials in a disc on its slide (#31 item 6), never an empty box:
an ellipse of the brand colour beside the persona's card, the letters centred in it."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.oxml.ns import qn

from canvasgen.brand.kit import load_kit
from canvasgen.layout.deck.frames import BODY_MIN
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from tests.support.cli import run_clean
from tests.support.layouts import deck_fonts, laid_deck
from tests.support.read_back import title_of
from tests.support.reading import read_canvas
from tests.support.workbooks import journey_with_empathy_map


def test_the_persona_slide_has_a_disc_of_initials_beside_the_card(tmp_path: Path) -> None:
    path = journey_with_empathy_map(tmp_path / "zon.xlsx")
    kit, _ = load_kit(None)
    deck = laid_deck(read_canvas(path), kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")
    slide = next(s for s in deck.slides if s.kind == "persona")
    (disc,) = [f for f in slide.frames if f.disc]
    (card,) = [f for f in slide.frames if not f.disc]
    assert [p.text for p in disc.paras] == ["SW"] and disc.fill == kit.palette.primary
    assert disc.box.w == disc.box.h and card.box.right < disc.box.x  # round, beside the card
    assert disc.paras[0].size >= BODY_MIN
    code, out, err = run_clean("build", path, "-o", tmp_path / "out")
    assert code == 0, out + err
    made = next(s for s in Presentation(str(tmp_path / "out" / "zon.pptx")).slides if title_of(s).startswith("Persona"))
    (shape,) = [sh for sh in made.shapes if sh.name == "initials"]
    assert shape.text_frame.text == "SW"
    assert shape.element.find(f".//{qn('a:prstGeom')}").get("prst") == "ellipse"
    assert shape.text_frame.paragraphs[0]._p.pPr.get("algn") == "ctr"
