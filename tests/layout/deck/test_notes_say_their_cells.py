"""The speaker notes keep the trace of what they cite, said in the deck's language ("Bron: blad IDEAL, cel C11",
"Source: sheet IDEAL, cell C11"), not as a cell reference ("IDEAL!C11") on a deck handed to a client (round
19, F10)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation

from tests.support.cli import run_clean
from tests.support.workbooks import GREEN_POWER_CANVAS, make_book


@pytest.mark.parametrize(
    ("language", "said"), [("nl", "Bron: blad IDEAL, cel A1 — "), ("en", "Source: sheet IDEAL, cell A1 — ")]
)
def test_the_title_slides_notes_say_the_cell_in_the_decks_words(tmp_path: Path, language: str, said: str) -> None:
    path = make_book(
        tmp_path / "stroom.xlsx",
        {
            "IDEAL": {
                "A1": "Klantreis: Overstappen naar groene stroom",
                **GREEN_POWER_CANVAS,
            }
        },
    )
    code, out, err = run_clean("build", path, "--no-pdf", "-o", tmp_path / "out", "--lang", language)
    assert code == 0, out + err
    slides = Presentation(str(tmp_path / "out" / "stroom.pptx")).slides
    notes = "\n".join(s.notes_slide.notes_text_frame.text for s in slides if s.has_notes_slide)
    assert f"{said}Klantreis: Overstappen naar groene stroom" in notes
    assert re.search(r"\w![A-Z]{1,3}\d", notes) is None
