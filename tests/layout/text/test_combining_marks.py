"""A decomposed accent ("e" + U+0301, as macOS and some exports write "é") is measured and set as the
precomposed letter the fonts have: the deck warned that U+0301 was in none of its fonts. The words stay."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from tests.support.cli import run_clean
from tests.support.layouts import deck_fonts
from tests.support.read_back import slide_text
from tests.support.workbooks import trapkracht

DECOMPOSED = "Cafe\u0301 met cre\u0300me bru\u0302le\u0301e en e\u0301e\u0301n kopje"


def test_a_decomposed_accent_is_set_as_the_letter_the_fonts_have() -> None:
    runs, missing = deck_fonts().runs(DECOMPOSED, "body", keep_missing=True)
    assert missing == []
    assert (
        "".join(text for text, _ in runs)
        == unicodedata.normalize("NFC", DECOMPOSED)
        == ("Café met crème brûlée en één kopje")
    )


def test_the_deck_has_no_warning_and_every_word(tmp_path: Path) -> None:
    source = trapkracht(tmp_path / "accent.xlsx", long_cell=DECOMPOSED)
    code, stdout, stderr = run_clean("build", source, "-o", tmp_path / "out")
    assert code == 0, stdout + stderr
    assert "U+0301" not in stdout + stderr and "U+0300" not in stdout + stderr
    said = slide_text(tmp_path / "out" / "accent.pptx").split()
    for word in ["Café", "met", "crème", "brûlée", "en", "één", "kopje"]:
        assert word in said, word


def test_a_cjk_compatibility_ideograph_stays_as_written() -> None:
    """NFC would turn U+FA19 (a variant of 神 a name may be written with) into U+795E, another glyph: it is
    kept, while the decomposed accent beside it is composed."""
    runs, _ = deck_fonts().runs("\ufa19田さん cafe\u0301", "body", keep_missing=True)
    assert "".join(text for text, _ in runs) == "\ufa19田さん café"
