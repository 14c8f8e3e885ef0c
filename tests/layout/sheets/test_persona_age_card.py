"""The kit's card of a persona's age that no heading labels (read from "Persona: Jan de Vries (45)" in the
journey's header, or "Leeftijd: 45" under it): "45 jaar" in the canvas's language under the persona's name, as
poster and deck print it (#30 round 24 item 3; was "Jan de Vries · age" over a bare "45", an English word on a
Dutch canvas). The card's text stays the cell's "45": the changes sheet and apply compare it."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.analysis.cards import cards_of
from canvasgen.layout.sheets.cards import FORMATS, card_faces
from canvasgen.layout.text.setter import Setter
from canvasgen.words import KIT_WORDS
from tests.support.layouts import default_kit
from tests.support.reading import read_canvas
from tests.support.workbooks import rows_canvas

_NL: list[tuple[object, ...]] = [
    ("Fase", "Oriëntatie", "Offerte", "Installatie"),
    ("Klantactiviteiten", "Leest reviews van installateurs", "Vergelijkt twee offertes", "Is een dag thuis"),
    ("Pijnpunten", "Veel vaktaal", "Prijsverschil onduidelijk", "Rommel in huis"),
]
_EN: list[tuple[object, ...]] = [
    ("Phase", "Awareness", "Quote", "Installation"),
    ("Customer actions", "Reads installer reviews", "Compares two quotes", "Stays home for a day"),
    ("Pain points", "Too much jargon", "Unclear price gap", "Mess in the house"),
]


@pytest.mark.parametrize(
    ("header", "canvas", "language", "said"),
    [
        ([("Persona:", "Jan de Vries (45)")], _NL, "nl", "45 jaar"),
        ([("Persona: Jan de Vries",), ("Leeftijd: 45",)], _NL, "nl", "45 jaar"),
        ([("Persona:", "Jan de Vries (45)")], _EN, "en", "age 45"),
    ],
)
def test_an_unheaded_age_card_says_the_age_in_the_canvas_language(
    tmp_path: Path, header: list[tuple[object, ...]], canvas: list[tuple[object, ...]], language: str, said: str
) -> None:
    read = read_canvas(rows_canvas(tmp_path / "reis.xlsx", [*header, (), *canvas]))
    assert read.language == language
    cards = [c for c in cards_of(read) if c.kind == "persona"]
    age = next(c for c in cards if c.item.text == "45")
    assert age.text == "45"  # the cell's, as the changes sheet lists it and apply compares it
    kit, fonts = default_kit()
    faces = card_faces(cards, [], kit, Setter(fonts), FORMATS["2x4"], KIT_WORDS[language], read)
    face = next(f for f in faces if f.code == age.id)
    assert " ".join(face.lines) == said  # was: "45" under "Jan de Vries · age"
    assert " ".join(face.band) == "Jan de Vries"
    assert all("age" not in line.split() for f in faces for line in f.band)
