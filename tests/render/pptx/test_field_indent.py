"""A persona's field over several lines ("Betrokken in fasen: Oriëntatie, Aankoop, ...") goes on under its
value, not at the margin: a hanging indent as wide as its label, read back out of the PPTX's paragraph
properties; a short label's field only, so that a long label does not squeeze its value into a sliver: its
wrapped lines stand in by a fixed indent instead (round 22: at the margin they read as a field of their own)."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.oxml.ns import qn

from canvasgen.layout.deck.frames import HANG_MOST, LONG_LABEL_HANG
from canvasgen.layout.text.setter import Setter
from tests.support.cli import run_clean
from tests.support.layouts import deck_fonts
from tests.support.read_back import title_of
from tests.support.workbooks import make_book, words

JOURNEY = {"A1": "Fase", "B1": "Oriëntatie", "C1": "Aankoop", "A2": "Klantproces", "B2": "Zoekt", "C2": "Koopt"}


def test_a_field_over_several_lines_hangs_under_its_value(tmp_path: Path) -> None:
    long_label = "Wat deze persona in de eerste weken na de aankoop het meest nodig heeft"
    personas = {"A1": "Naam", "B1": "Doelen", "C1": long_label, "A2": "Femke", "B2": words(40), "C2": words(30)}
    book = make_book(tmp_path / "femke.xlsx", {"Klantreis": JOURNEY, "Personas": personas})
    code, out, err = run_clean("build", book, "--no-pdf", "--lang", "nl", "-o", tmp_path / "out")
    assert code == 0, out + err
    deck = Presentation(str(tmp_path / "out" / "femke.pptx"))
    (slide,) = [s for s in deck.slides if title_of(s) == "Persona: Femke"]
    (card,) = [sh for sh in slide.shapes if sh.name == "persona"]
    paras = {p.text.partition(":")[0]: p for p in card.text_frame.paragraphs}
    goals = paras["Doelen"]
    props = goals._p.find(qn("a:pPr"))
    size = goals.runs[0].font.size.pt
    label = Setter(deck_fonts()).width("Doelen: ", "body", size)
    margin, indent = int(props.get("marL")) / 12700, int(props.get("indent")) / 12700
    assert abs(margin - label) < 1 and indent == -margin  # the first line at the margin, the rest under the value
    assert props.find(qn("a:buNone")) is not None  # no bullet in the indent
    assert Setter(deck_fonts()).width(f"{long_label}: ", "body", 1.0) > HANG_MOST
    # a long label: its value not squeezed under it, but its wrapped lines stand in from the margin, never
    # read as a field of their own (round 22, #31)
    long_props = paras[long_label]._p.find(qn("a:pPr"))
    long_size = paras[long_label].runs[0].font.size.pt
    assert abs(int(long_props.get("marL")) / 12700 - LONG_LABEL_HANG * long_size) < 1
    assert int(long_props.get("indent")) == -int(long_props.get("marL"))
