"""Round 20 (hostile, F14): a long card continued on a second card was cut in the middle of a sentence ("…
verantwoordelijk is voor de" | "afrekening. …") without a sign, one line after a sentence's end. A card now
ends at a sentence's end where one is a line up, and a cut mid-sentence is marked with "…" at both ends."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from canvasgen.analysis.cards import cards_of
from canvasgen.layout.sheets.cards import FORMATS, card_faces
from canvasgen.layout.text.setter import Setter
from canvasgen.text import ends_sentence
from canvasgen.words import KIT_WORDS
from tests.support.layouts import default_kit
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

SENTENCES = (
    "Klant belt de klantenservice omdat de factuur niet klopt. Hij wordt drie keer doorverbonden. "
    "Niemand weet wie verantwoordelijk is voor de afrekening. Na veertig minuten hangt hij op. "
    "De volgende dag stuurt hij een boze e-mail naar de directie. Die antwoordt pas na twee weken. "
) * 3
NO_SENTENCE_END = " ".join(["een heel lang verhaal over wat de klant allemaal meemaakt"] * 14)


@pytest.mark.parametrize(
    ("text", "cards"),
    [(SENTENCES, "2x4"), (NO_SENTENCE_END, "2x4"), (NO_SENTENCE_END, "3x8")],
    ids=["sentences-2x4", "no-sentence-end-2x4", "no-sentence-end-3x8"],
)
def test_a_card_continued_ends_at_a_sentence_or_is_marked_at_both_ends(tmp_path: Path, text: str, cards: str) -> None:
    book = make_book(
        tmp_path / "lang.xlsx", {"Klantreis": {"A1": "Fase", "B1": "Aandacht", "A2": "Klantproces", "B2": text.strip()}}
    )
    kit, fonts = default_kit()
    faces = [
        f
        for f in card_faces(cards_of(read_canvas(book)), [], kit, Setter(fonts), FORMATS[cards], KIT_WORDS["nl"])
        if f.cards > 1
    ]
    assert len(faces) >= 2
    for before, after in itertools.pairwise(faces):
        if ends_sentence(before.lines[-1]) and not before.lines[-1].endswith("…"):
            assert not after.lines[0].startswith("…")
        else:  # cut mid-sentence: said at both ends
            assert before.lines[-1].endswith("…") and after.lines[0].startswith("… "), (before.lines, after.lines)
    # every word of the client's text, in its order, once the marks are set aside
    said = " ".join(line for face in faces for line in face.lines).replace("… ", " ").replace("…", "")
    assert said.split() == text.split()
    if text == SENTENCES:  # a sentence's end a line up: no mark needed
        assert ends_sentence(faces[0].lines[-1]) and not faces[0].lines[-1].endswith("…")
