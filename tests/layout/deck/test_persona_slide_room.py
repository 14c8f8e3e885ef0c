"""The persona slides use their room (#31, round 16): a slide of one short card set at 24 pt stood two-thirds
empty, so the persona slides are a family of their own, set at one size — the largest at which every card
holds on its slide, up to ``PERSONA_MAX`` (past the other slides' body text, below the title) — read back
out of the PPTX: one body size on every persona slide, larger than ``MAX_SIZE`` for short cards, and a
longer card holding all its words on its slide at the size it sets for all."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from canvasgen.layout.deck.frames import MAX_SIZE
from canvasgen.layout.deck.sheets import PERSONA_MAX
from tests.support.cli import run_clean
from tests.support.read_back import title_of
from tests.support.workbooks import make_book, words

JOURNEY = {"A1": "Fase", "B1": "Oriëntatie", "C1": "Aankoop", "A2": "Klantproces", "B2": "Zoekt", "C2": "Koopt"}
HEADERS = {"A1": "Naam", "B1": "Rol", "C1": "Doelen", "D1": "Frustraties"}


def _persona_sizes(tmp_path: Path, rows: list[list[str]]) -> dict[str, tuple[set[float], str]]:
    personas = dict(HEADERS)
    for number, row in enumerate(rows, start=2):
        personas.update({f"{column}{number}": text for column, text in zip("ABCD", row)})
    book = make_book(tmp_path / "fietsen.xlsx", {"Klantreis": JOURNEY, "Personas": personas})
    code, out, err = run_clean("build", book, "--no-pdf", "--lang", "nl", "-o", tmp_path / "out")
    assert code == 0, out + err
    found: dict[str, tuple[set[float], str]] = {}
    for slide in Presentation(str(tmp_path / "out" / "fietsen.pptx")).slides:
        if title_of(slide).startswith("Persona: "):
            (card,) = [shape for shape in slide.shapes if shape.name == "persona"]
            body = {run.font.size.pt for para in card.text_frame.paragraphs[1:] for run in para.runs}
            found[title_of(slide)] = (body, card.text_frame.text)
    return found


def test_short_persona_cards_grow_past_the_body_size_together(tmp_path: Path) -> None:
    found = _persona_sizes(
        tmp_path,
        [["Sanne", "Forens", "Droog op het werk", "Lekke band"], ["Daan", "Student", "Goedkoop", "Diefstal"]],
    )
    assert set(found) == {"Persona: Sanne", "Persona: Daan"}
    sizes = {size for body, _ in found.values() for size in body}
    (size,) = sizes  # one size on every persona slide
    assert MAX_SIZE < size <= PERSONA_MAX


def test_a_long_card_sets_the_family_and_keeps_every_word_on_its_slide(tmp_path: Path) -> None:
    goals = words(400)
    found = _persona_sizes(
        tmp_path,
        [["Sanne", "Forens", goals, "Lekke band"], ["Daan", "Student", "Goedkoop", "Diefstal"]],
    )
    assert set(found) == {"Persona: Sanne", "Persona: Daan"}  # no follow-up slide
    (size,) = {size for body, _ in found.values() for size in body}
    assert size < PERSONA_MAX  # the long card holds only smaller, and the short one follows it
    assert goals in found["Persona: Sanne"][1].replace("\v", " ").replace("\n", " ")
