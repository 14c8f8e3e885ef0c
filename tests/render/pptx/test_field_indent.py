"""A persona's field over several lines ("Betrokken in fasen: Oriëntatie, Aankoop, ...") goes on under its
value, not at the margin: a hanging indent as wide as its label, read back out of the PPTX's paragraph
properties; every field of a card alike (#31), but one whose label takes more than ``HANG_MOST`` of the card's
line, so that a question as a label does not squeeze its value into a sliver: its wrapped lines stand in by a
fixed indent instead (round 22: at the margin they read as a field of their own)."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.oxml.ns import qn

from canvasgen.brand.colors import BLACK
from canvasgen.layout.deck.frames import HANG_MOST, INSET, LONG_LABEL_HANG, WRAP_SLACK, Para, para_heights
from canvasgen.layout.deck.sheets import PERSONA_MAX
from canvasgen.layout.text.setter import LEADING, Setter
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
    line = (card.width.pt - 2 * INSET) / PERSONA_MAX  # the card's line in ems at the largest persona size
    assert Setter(deck_fonts()).width(f"{long_label}: ", "body", 1.0) > HANG_MOST * line
    # a long label: its value not squeezed under it, but its wrapped lines stand in from the margin, never
    # read as a field of their own (round 22, #31)
    long_props = paras[long_label]._p.find(qn("a:pPr"))
    long_size = paras[long_label].runs[0].font.size.pt
    assert abs(int(long_props.get("marL")) / 12700 - LONG_LABEL_HANG * long_size) < 1
    assert int(long_props.get("indent")) == -int(long_props.get("marL"))


#: A persona's labels as teams write them, of 8 to 10 ems ("Rol in de inkoopgroep: " 9.4): a fixed limit of
#: 8 ems hung "Voorkeurskanalen:" (7.9) under its value and these by 1.5 ems on one card (#31).
LABELS = ("Rol in de inkoopgroep", "Betrokken in fasen", "Voorkeurskanalen", "Doelen")


def test_every_field_of_a_card_hangs_under_its_value(tmp_path: Path) -> None:
    values = ("Besluitvormer samen met de partner en de adviseur van de bank", words(14), "Website, WhatsApp", "Rust")
    personas = {"A1": "Naam", "A2": "Femke"}
    for column, label, value in zip("BCDE", LABELS, values, strict=True):
        personas[f"{column}1"], personas[f"{column}2"] = label, value
    book = make_book(tmp_path / "femke.xlsx", {"Klantreis": JOURNEY, "Personas": personas})
    code, out, err = run_clean("build", book, "--no-pdf", "--lang", "nl", "-o", tmp_path / "out")
    assert code == 0, out + err
    deck = Presentation(str(tmp_path / "out" / "femke.pptx"))
    (slide,) = [s for s in deck.slides if title_of(s) == "Persona: Femke"]
    (card,) = [sh for sh in slide.shapes if sh.name == "persona"]
    paras = {p.text.partition(":")[0]: p for p in card.text_frame.paragraphs}
    setter = Setter(deck_fonts())
    for label in LABELS:
        props = paras[label]._p.find(qn("a:pPr"))
        size = paras[label].runs[0].font.size.pt
        margin, indent = int(props.get("marL")) / 12700, int(props.get("indent")) / 12700
        assert abs(margin - setter.width(f"{label}: ", "body", size)) < 1 and indent == -margin, label


def test_a_hung_field_is_measured_as_its_value_beside_its_label() -> None:
    """Its label stands in the indent of its first line: its lines are its value's in the width beside the
    label (measured as a whole there, the label counted twice, a card of long labels was set smaller)."""
    setter = Setter(deck_fonts())
    label, size, width = "Rol in de inkoopgroep: ", 20.0, 600.0
    hang = setter.width(label, "body", 1.0)
    beside = (width - hang * size) * WRAP_SLACK

    def lines(text: str) -> int:
        return setter.line_count(text, beside, "body", size)

    value = next(words(n) for n in range(4, 200) if lines(words(n)) == 2 and lines(label + words(n)) == 3)
    para = Para(label + value, size, BLACK, hang=hang, label_hung=True)
    (height,) = para_heights(setter, [para], width)
    assert height == 2 * size * LEADING
