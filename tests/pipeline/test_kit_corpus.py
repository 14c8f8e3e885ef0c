"""The workshop kit of every real workbook in the corpus (an extra where the corpus is there): every PDF it
writes opens and has pages, and every card's text is on the cards."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest

from canvasgen.analysis.cards import cards_of
from canvasgen.pipeline.kit import KitOptions, run_kit
from canvasgen.pipeline.read import read
from canvasgen.pipeline.warm import brand_kit
from tests.support.read_back import squeeze
from tests.support.workbooks import corpus_files

pytestmark = pytest.mark.corpus


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_the_kit_of_a_real_workbook(path: Path, tmp_path: Path) -> None:
    result = run_kit(path, KitOptions(tmp_path))
    canvas = read(path)
    pdfs = [p for p in result.outputs if p.suffix == ".pdf"]
    # a list of personas (no journey) has no phases to hand out and no map to tile: its cards only
    expected = {"handouts.pdf", "tiles.pdf"} if canvas.journeys else {"cards.pdf"}
    assert {p.name.rsplit("-", 1)[-1] for p in pdfs} >= expected
    for pdf in pdfs:
        assert len(pypdfium2.PdfDocument(pdf)) >= 1, pdf.name
    cards = cards_of(canvas)
    sheet = tmp_path / f"{path.stem}-cards.pdf"
    assert sheet.exists() == bool(cards)
    if cards:
        text = squeeze("".join(page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(sheet)))
        # a long item goes on over a second card, whose band interrupts it: then word by word
        # what the fonts shipped do not draw (CJK, "≤") is printed as U+FFFD and said by cell
        _, fonts, _ = brand_kit("default")
        drawn = [c for c in cards if all(ch.isspace() or fonts.draws(ch, "body") for ch in c.text)]
        lost = [
            c.id for c in drawn if squeeze(c.text) not in text and not all(squeeze(w) in text for w in c.text.split())
        ]
        assert lost == []
