"""A paragraph's direction follows its first strong letter (Unicode bidi rule P2/P3), not the presence of a
right-to-left letter: a Dutch sentence with one Arabic word, and a "Quote: ..." line whose value starts in
Arabic, run left to right on the poster, in the deck and on the kit's handouts; a cell written in Arabic still
runs right to left."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.layout.boxes import Page
from canvasgen.layout.sheets.handouts import handout_pages
from canvasgen.layout.text.fonts import FontSet
from canvasgen.layout.text.setter import Setter
from canvasgen.text import runs_right_to_left
from tests.support.layouts import canvas_of, default_kit, poster
from tests.support.workbooks import make_book

DUTCH = "Raadt ons aan (tavsiye / توصية) bij de buren; bekijkt het verbruik in de app"
QUOTE = '"الكهرباء الخضراء — als de monteur maar aan huis komt."'
ARABIC = "خدمة العملاء سريعة"  # "customer service is fast"


def _book(tmp_path: Path) -> Path:
    return make_book(
        tmp_path / "reis.xlsx",
        {
            "Klantreis": {
                "A1": "Persona",
                "B1": "Leeftijd",
                "C1": "Quote",
                "A2": "Mohammed El Amrani",
                "B2": 67,
                "C2": QUOTE,
                "A4": "Fase",
                "B4": "Oriëntatie",
                "C4": "Aankoop",
                "A5": "Klantproces",
                "B5": DUTCH,
                "C5": ARABIC,
                "A6": "Intern proces",
                "B6": "Belt terug",
                "C6": "Stuurt offerte",
            }
        },
    )


def test_the_direction_is_the_first_strong_letters() -> None:
    assert not runs_right_to_left(DUTCH)
    assert not runs_right_to_left(f"Quote: {QUOTE}")
    assert runs_right_to_left(QUOTE)  # starts in Arabic: right to left by the rule
    assert runs_right_to_left(f"12 {ARABIC} ok")  # figures are no strong letters
    assert not runs_right_to_left("\u2067" + ARABIC + "\u2069 daarna Nederlands")  # an isolate is skipped
    assert not runs_right_to_left("12,50 €")


def _left_aligned(pages: list[Page], words: str) -> int:
    """How many lines of the pages hold ``words``' start, each checked to start at its block's left edge."""
    found = 0
    for page in pages:
        for block in page.blocks:
            for line in block.lines:
                if words in line.text:
                    found += 1
                    assert line.x - block.box.x < 2 * line.size, (block.source, line.text)  # at most a bullet's indent
    return found


def test_a_dutch_sentence_with_an_arabic_word_runs_left_to_right_on_the_poster(tmp_path: Path) -> None:
    layout = poster(_book(tmp_path), "A3")
    assert _left_aligned(layout.pages, "Raadt ons aan") == 1
    assert _left_aligned(layout.pages, "Quote: ") >= 1  # the persona's quote line, its label at the left
    arabic = [line for page in layout.pages for b in page.blocks for line in b.lines if b.source == "Klantreis!C5"]
    block = next(b for page in layout.pages for b in page.blocks if b.source == "Klantreis!C5")
    assert arabic and all(line.x > (block.box.x + block.box.right) / 2 for line in arabic)  # still at the right


def test_a_dutch_sentence_with_an_arabic_word_runs_left_to_right_on_the_handouts(tmp_path: Path) -> None:
    kit, _ = default_kit()
    fonts = FontSet.load(kit.heading_font, kit.body_font, kit.fallback_fonts)
    pages = handout_pages(canvas_of(_book(tmp_path)), kit, Setter(fonts), "nl")
    assert _left_aligned(pages, "Raadt ons aan") >= 1


def test_a_dutch_sentence_with_an_arabic_word_is_no_right_to_left_paragraph_in_the_deck(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(_book(tmp_path)), "-o", str(tmp_path / "out"), "--size", "A3"])
    assert result.exit_code == 0, result.output
    deck = zipfile.ZipFile(tmp_path / "out" / "reis.pptx")
    xml = "".join(deck.read(n).decode() for n in deck.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n))
    paragraphs = re.findall(r"<a:p>.*?</a:p>", xml)
    dutch = [p for p in paragraphs if "Raadt ons aan" in p]
    quotes = [p for p in paragraphs if "als de monteur" in p and "Quote" in p]
    arabic = [p for p in paragraphs if ARABIC in p and "Raadt ons" not in p]
    assert dutch and quotes and arabic
    assert all('rtl="1"' not in p for p in dutch + quotes)
    assert all('rtl="1"' in p for p in arabic)


def test_a_quote_with_arabic_words_on_its_persona_card_is_not_printed_again(tmp_path: Path) -> None:
    """Round 19 (F4): the card's lines were compared as drawn (Arabic shaped and reordered) with the quote as
    typed, so the quote was "not shown" and the appendix printed a box "Persona: …" with it again."""
    layout = poster(_book(tmp_path), "A3")
    blocks = [b for page in layout.pages for b in page.blocks if any("als de monteur" in ln.text for ln in b.lines)]
    assert len(blocks) == 1, [b.source for b in blocks]
