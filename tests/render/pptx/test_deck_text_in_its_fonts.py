"""Every character a deck writes is in the font its run names (new user round 22, finding 28): the deck kept
"30 min" and "€ 38,50" together with a no-break space (U+00A0) and a scale's signs with a word joiner (U+2060),
neither of which Carlito, Calibri's metric twin, has, so LibreOffice drew them in another font. Each run of a
deck, read back out of its slides and notes, is checked against the font file canvasgen measures its typeface
with: Calibri's runs against Carlito; the symbol and emoji faces against canvasgen's bundled fallbacks."""

from __future__ import annotations

import zipfile
from functools import cache
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from lxml import etree
from pptx import Presentation

from canvasgen.brand.deck_font import EMOJI_FACE, SYMBOL_FACE, TWINS
from tests.support.cli import run_clean
from tests.support.layouts import Built
from tests.support.read_back import slide_text
from tests.support.workbooks import SAMPLES, make_book

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
FONTS = Path(__file__).resolve().parents[3] / "canvasgen" / "fonts"
#: The files of the faces the deck names beside its own for what its own lacks (``deck_font``).
FALLBACKS = {
    SYMBOL_FACE: ("NotoSansSymbols-Regular.ttf", "NotoSansSymbols2-Regular.ttf", "DroidSansFallback.ttf"),
    EMOJI_FACE: ("NotoEmoji-Regular.ttf", "NotoSansSymbols2-Regular.ttf"),
}
#: Characters that select a form or join others and draw nothing of their own (an emoji's variation selector).
_NO_GLYPH = frozenset("\n\t\ufe0f\ufe0e\u200d")


@cache
def _cmap(*files: str) -> frozenset[int]:
    return frozenset(code for name in files for code in TTFont(FONTS / name).getBestCmap())


def _font_files(face: str | None) -> tuple[str, ...] | None:
    if face is None or face.lower() in TWINS:
        return tuple(path.name for path in TWINS[(face or "Calibri").lower()])
    return FALLBACKS.get(face)


def missing_characters(pptx: Path) -> list[str]:
    """Each character of a run of the deck's slides and notes that its typeface's font file lacks, with where."""
    found = []
    with zipfile.ZipFile(pptx) as package:
        parts = [name for name in package.namelist() if name.startswith("ppt/") and "slide" in name]
        for name in (n for n in parts if n.endswith(".xml")):
            for run in etree.fromstring(package.read(name)).iter(f"{A}r"):
                latin = run.find(f"{A}rPr/{A}latin")
                face = latin.get("typeface") if latin is not None else None
                files = _font_files(face)
                assert files is not None, f"{name}: a run in {face}, a face canvasgen has no file of"
                codes = _cmap(*files)
                text = run.findtext(f"{A}t") or ""
                found += [f"{name}: U+{ord(c):04X} in {text!r} ({face})" for c in text if ord(c) not in codes]
    return [f for f in found if not any(f"U+{ord(c):04X}" in f for c in _NO_GLYPH)]


def test_words_kept_together_are_in_the_deck_font_and_read_back_whole(tmp_path: Path) -> None:
    cells = {"A1": "Fase", "B1": "Intake", "C1": "Rekening", "D1": "Nazorg"}
    cells |= {"A2": "Wat doet Marieke?", "B2": "Intake + onderzoek (45 min)", "C2": "Krijgt een rekening van € 38,50"}
    cells |= {"D2": "Belt 06 1234 5678 in Q3 2026"}
    cells |= {"A3": "Ervaringsscore (-2 t/m +2)", "B3": "-1", "C3": "-2", "D3": "+1"}
    book = make_book(tmp_path / "fysio.xlsx", {"Reis": cells})  # type: ignore[dict-item]
    code, _, err = run_clean("build", book, "--no-pdf", "-o", tmp_path / "out")
    assert code == 0, err
    deck = tmp_path / "out" / "fysio.pptx"
    assert missing_characters(deck) == []
    text = slide_text(deck)
    assert "\u00a0" not in text and "\u2060" not in text
    # kept together with a narrow no-break space, Carlito's at a space's width: the words read back as written
    shown = text.replace("\u202f", " ").replace("\ufeff", "")
    for words in ("Intake + onderzoek (45 min)", "€ 38,50", "06 1234 5678", "Q3 2026", "(-2 t/m +2)"):
        assert words in shown, words
    assert "45\u202fmin" in text and "€\u202f38,50" in text  # still one word to a line breaker
    notes = [s.notes_slide.notes_text_frame.text for s in Presentation(str(deck)).slides if s.has_notes_slide]
    assert not any("\u00a0" in n for n in notes)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_every_sample_decks_text_is_in_its_fonts(built: Built, sample: Path) -> None:
    assert missing_characters(built.deck(sample)) == []
