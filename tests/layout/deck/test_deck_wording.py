"""The deck's own words fit what they stand before: the agenda's persona line in the plural when the deck
has two persona slides; a lane label that ends in a question mark gets no colon of ours before its value
("Hoe voelt het? -1", never "Hoe voelt het?: -1"). Read back from the PPTX."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from canvasgen.text import labelled
from tests.support.cli import run_clean
from tests.support.read_back import shape_texts, title_of
from tests.support.workbooks import make_book

PHASES = {"B1": "Pech onderweg", "C1": "Afspraak", "D1": "Ophalen"}
JOURNEY = {
    "A1": "Fase",
    **PHASES,
    "A2": "Wat doet de klant?",
    "B2": "Krijgt een lekke band",
    "C2": "Belt de winkel",
    "D2": "Haalt de fiets op",
    "A3": "Hoe voelt het?",
    "B3": -1,
    "C3": 0,
    "D3": 2,
}
PERSONAS = {
    "A1": "Naam",
    "B1": "Rol",
    "C1": "Doelen",
    "A2": "Forens Femke",
    "B2": "Forens",
    "C2": "Op tijd op het werk",
    "A3": "Student Sem",
    "B3": "Student",
    "C3": "Goedkoop gerepareerd",
}


def _deck(tmp_path: Path, personas: dict[str, object]) -> list[tuple[str, str]]:
    sheets = {"Klantreis": JOURNEY, **({"Personas": personas} if personas else {})}
    source = make_book(tmp_path / "spaak.xlsx", sheets)  # type: ignore[arg-type]
    code, _, err = run_clean("build", source, "-o", tmp_path, "--lane", "Hoe voelt het?=score", "--lang", "nl")
    assert code == 0, err
    slides = Presentation(str(tmp_path / "spaak.pptx")).slides
    return [(title_of(s), "\n".join(t for shape in s.shapes for t in shape_texts(shape))) for s in slides]


def _agenda(slides: list[tuple[str, str]]) -> str:
    return next(text for title, text in slides if title in ("Agenda", "Programma"))


@pytest.mark.parametrize("second", ["Student Sem", "Student Sem (vervolg)"])
def test_two_persona_slides_are_the_personas_on_the_agenda(second: str, tmp_path: Path) -> None:
    """Persona slides counted by their kind, a follow-up slide not another persona: a persona whose name ends
    as a follow-up slide's title does ("(vervolg)") is one (it was taken for a follow-up)."""
    slides = _deck(tmp_path, {**PERSONAS, "A3": second})
    assert sum(1 for title, _ in slides if title.startswith("Persona:")) == 2
    agenda = _agenda(slides)
    assert "De persona's" in agenda and "De persona\n" not in agenda + "\n"


def test_one_persona_slide_is_the_persona(tmp_path: Path) -> None:
    one = {k: v for k, v in PERSONAS.items() if not k.endswith("3")}
    agenda = _agenda(_deck(tmp_path, one))
    assert "De persona" in agenda and "De persona's" not in agenda


def test_a_label_that_asks_gets_no_colon_before_its_score(tmp_path: Path) -> None:
    text = "\n".join(text for _, text in _deck(tmp_path, {}))
    assert "Hoe voelt het?:" not in text
    assert "Hoe voelt het? -1" in text and "Hoe voelt het? +2" in text


def test_labelled() -> None:
    assert labelled("Score", "-1") == "Score: -1"
    assert labelled("Hoe voelt het?", "-1") == "Hoe voelt het? -1"
    assert labelled("Let op!", "x") == "Let op! x" and labelled("Stand:", "1") == "Stand: 1"
