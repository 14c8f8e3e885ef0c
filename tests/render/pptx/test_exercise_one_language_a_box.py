"""One language a box on the exercise slides (#31 round 22, item 8): a Russian canvas's deck is in English
(canvasgen has no Russian words), and its exercise boxes read "Действия клиента: What does the customer do?",
one box in two languages. A team's label in another language stands alone in its box; canvasgen's questions
in the deck's language stand in the others. Read back from the deck."""

from __future__ import annotations

import unicodedata

from pptx import Presentation

from tests.support.layouts import Built
from tests.support.read_back import title_of
from tests.support.workbooks import DATA


def _scripts(text: str) -> set[str]:
    return {unicodedata.name(ch).split()[0] for ch in text if ch.isalpha()}


def test_no_exercise_box_of_a_russian_canvas_mixes_two_languages(built: Built) -> None:
    deck = Presentation(str(built.deck(DATA / "russian-lookalike.csv")))
    exercises = [s for s in deck.slides if title_of(s).startswith("Exercise · ")]
    assert exercises
    for slide in exercises:
        boxes = [shape.text_frame.text for shape in slide.shapes if shape.name.startswith("q_")]
        assert all(len(_scripts(text)) == 1 for text in boxes), boxes
        assert "Действия клиента" in boxes  # the team's own lane, named as they wrote it
        assert "What must we do?" in boxes  # canvasgen's question, in the deck's language


def test_an_italian_canvas_labels_stand_alone_beside_the_decks_english_questions(built: Built) -> None:
    """#31: the Italian blueprint's exercise boxes read "Azioni del paziente: What does the customer do?". The
    team's Italian labels stand alone (their own words); canvasgen's questions, in the deck's English, in the
    other boxes."""
    deck = Presentation(str(built.deck(DATA / "italian-blueprint-lookalike.xlsx")))
    exercises = [s for s in deck.slides if title_of(s).startswith("Exercise · ")]
    assert exercises
    for slide in exercises:
        boxes = [shape.text_frame.text for shape in slide.shapes if shape.name.startswith("q_")]
        assert "Azioni del paziente" in boxes and "Azioni frontstage" in boxes, boxes
        assert "How does the customer experience it?" in boxes
        assert not [box for box in boxes if "Azioni" in box and "?" in box], boxes
