""" "Inkoopgroep" (buying group) only on a B2B canvas (round 18, finding 16): a municipality's journey of its
citizens (a student and a family moving house), its Personas sheet with a plain "Rol" column, was headed
"Inkoopgroep: betrokken per fase" on the poster and "Persona's en inkoopgroep" in the deck. The canvas's own
words decide: a persona sheet or role column named for a buying group, a buying-group role ("beslisser"), or
the B2B phase model's phases; else neutral headings ("Betrokken per fase", "Persona's")."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.layout.meta import buying_group, with_group_word
from canvasgen.read.reader import read_canvas
from canvasgen.words import DECK_WORDS, PHASE_MODELS, POSTER_WORDS
from tests.support.layouts import build_deck, build_poster
from tests.support.read_back import pdf_text, slide_text, squeeze
from tests.support.workbooks import make_book

FIVE_A = list(PHASE_MODELS["nl"]["five-a"])
CITIZENS = [["Sanne", "Student (21)", "alle fasen"], ["Gezin De Vries", "Ouders met 2 kinderen", "Afweging, Actie"]]


def _book(path: Path, phases: list[str], role: str = "Rol", people: list[list[str]] = CITIZENS) -> Path:
    journey: dict[str, object] = {"A1": "Fase", "A2": "Wat doet de inwoner?", "A3": "Wat doet de gemeente?"}
    for col, phase in enumerate(phases):
        letter = chr(66 + col)
        journey |= {f"{letter}1": phase, f"{letter}2": f"Inwoner bij {phase}", f"{letter}3": f"Balie bij {phase}"}
    rows = [["Naam", role, "Betrokken in fasen"], *people]
    personas = {f"{chr(65 + c)}{r}": value for r, row in enumerate(rows, start=1) for c, value in enumerate(row)}
    return make_book(path, {"Verhuizen": journey, "Personas": personas})


def test_a_citizens_journey_is_headed_without_a_buying_group_on_poster_and_deck(tmp_path: Path) -> None:
    path = _book(tmp_path / "verhuizen.xlsx", FIVE_A)
    poster = squeeze(pdf_text(build_poster(path, tmp_path / "out")))
    deck = squeeze(slide_text(build_deck(path, tmp_path / "out")))
    assert squeeze("Betrokken per fase") in poster
    assert squeeze("Wie is waar betrokken") in deck
    for text in (poster, deck):
        assert "inkoopgroep" not in text.casefold()


@pytest.mark.parametrize(
    ("phases", "role", "people"),
    [
        (FIVE_A, "Rol in de inkoopgroep", CITIZENS),  # the role column is headed for a buying group
        (FIVE_A, "Rol", [["Sandra", "HR-directeur – beslisser", "alle fasen"], ["Mark", "IT", "Actie"]]),  # a role
        (list(PHASE_MODELS["nl"]["b2b7"]), "Rol", CITIZENS),  # the B2B phase model
    ],
    ids=["role-heading", "role-word", "b2b-phases"],
)
def test_a_b2b_canvas_keeps_the_buying_group_words(
    tmp_path: Path, phases: list[str], role: str, people: list[list[str]]
) -> None:
    canvas = read_canvas(_book(tmp_path / "b2b.xlsx", phases, role, people))
    assert buying_group(canvas)
    assert with_group_word(POSTER_WORDS["nl"], canvas, "nl")["roles_by_phase"] == "Inkoopgroep: betrokken per fase"
    assert with_group_word(DECK_WORDS["nl"], canvas, "nl")["personas"] == "Persona's en inkoopgroep"


def test_every_language_has_a_neutral_word_for_every_buying_group_word(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path / "verhuizen.xlsx", FIVE_A))
    assert not buying_group(canvas)
    group_words = {"buying group", "inkoopgroep", "buying center", "groupe d'achat", "grupo de compra"}
    for language in POSTER_WORDS:
        for words in (POSTER_WORDS[language], DECK_WORDS[language]):
            shown = with_group_word(words, canvas, language)
            for key in ("roles_by_phase", "a_roles", "roles", "personas"):
                if key in words and any(word in words[key].casefold() for word in group_words):
                    assert not any(word in shown[key].casefold() for word in group_words), (language, key)
