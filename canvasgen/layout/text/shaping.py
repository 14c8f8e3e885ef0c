"""Right-to-left text as it is drawn: Arabic shaped, and every line in visual order.

A line is wrapped in logical order (the order typed), then shaped and reordered on its own:
arabic-reshaper gives each Arabic letter its contextual form (initial, medial, final, isolated) and
the lam-alef ligatures, as the Unicode presentation forms that Noto Sans Arabic maps in its cmap;
python-bidi applies the Unicode bidirectional algorithm, so numbers and Latin words inside Arabic or
Hebrew keep their own direction. The drawn string then goes through the same font machinery as any
other text (embedding, subsetting, ToUnicode), and the PDF carries the logical text as ActualText.

Why not HarfBuzz: canvasgen's PDF text is reportlab's Unicode-keyed subsets, which draw characters,
not glyph ids; the presentation forms cover Arabic's joining and its obligatory ligatures, which is
what the bundled Noto Sans Arabic draws for a poster's phrases (optional ligatures and marks placed
by GPOS are not applied).
"""

from __future__ import annotations

import functools

import arabic_reshaper
from bidi import get_display

from canvasgen.text import right_to_left, runs_right_to_left


@functools.lru_cache(maxsize=20_000)
def visual(text: str, paragraph_rtl: bool | None = None) -> str:
    """``text`` as drawn from left to right: unchanged unless it holds right-to-left letters. A line is
    ordered in its paragraph's direction (``paragraph_rtl``; None: the line's own, by its first strong
    letter): the wrapped line "(توصية) buren" of a Dutch paragraph runs left to right like its first line."""
    if right_to_left(text) is None:
        return text
    rtl = runs_right_to_left(text) if paragraph_rtl is None else paragraph_rtl
    return str(get_display(arabic_reshaper.reshape(text), base_dir="R" if rtl else "L"))
