"""``private.split_string`` encodes text as reportlab's ``splitString`` does, on a canvas of the pinned
reportlab: the same subsets and bytes for every line in turn, the fast path (characters all known in the
first subset) and the slow one (new characters; more than 256 of them, a second subset; a no-break space;
a character the font has no glyph for)."""

from __future__ import annotations

import random
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from canvasgen.layout.text.fonts import SCRIPT_FONTS, register
from canvasgen.render.pdf.private import FirstSubset, document_of, split_string


def test_split_string_encodes_every_line_as_reportlab_does(tmp_path: Path) -> None:
    font = pdfmetrics.getFont(register(SCRIPT_FONTS[2]))  # Droid Sans Fallback: Latin and thousands of Han
    ours, theirs = Canvas(str(tmp_path / "ours.pdf")), Canvas(str(tmp_path / "theirs.pdf"))
    (doc, _), (reference, _) = document_of(ours), document_of(theirs)
    rng = random.Random(3)
    latin = "klant offerte € 7.400\u00a0kWh éèü"
    han = [chr(c) for c in range(0x4E00, 0x4E00 + 400)]  # more than a subset's 256 codes
    missing = "\U000e0001"  # a tag character: no glyph in the font
    known = FirstSubset()
    fast = 0
    for _ in range(400):
        text = "".join(rng.choice([*latin, *rng.sample(han, 2), missing]) for _ in range(rng.randint(0, 30)))
        fast += bool(text) and known.chars.issuperset(text)
        assert split_string(font, text, doc, known) == font.splitString(text, reference), text
    assert fast > 20  # the fast path was taken, and gave what reportlab gives
