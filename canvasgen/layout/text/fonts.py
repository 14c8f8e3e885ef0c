"""The fonts a poster is set in: real metrics for measuring, coverage for every character.

Text is measured with the TrueType files that will be embedded, so what the
layout computes is what the PDF shows. A character the brand font lacks is set
in a bundled fallback font (Noto Sans Symbols); one that no font has, and every
character above U+FFFF (reportlab writes a broken ToUnicode entry for those), is
replaced by a visible U+FFFD and reported with its cell.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from canvasgen.brand.deck_font import SYMBOL_FACE, DeckFont, family
from canvasgen.brand.kit import FontRole
from canvasgen.layout.boxes import Run

FALLBACK_FONTS = (
    Path(__file__).resolve().parents[2] / "fonts" / "NotoSansSymbols2-Regular.ttf",
    Path(__file__).resolve().parents[2] / "fonts" / "NotoSansSymbols-Regular.ttf",
)
REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class Missing:
    """A character no font could draw, and what was printed instead."""

    char: str


def describe_missing(missing: list[Missing]) -> str:
    """One sentence for the characters of one text that no font draws (a line of Japanese is one
    warning, not one per character)."""
    if len(missing) == 1:
        char = missing[0].char
        return f"character {char!r} (U+{ord(char):04X}) cannot be drawn by the fonts; printed as {REPLACEMENT}"
    listed = ", ".join(f"{m.char!r} (U+{ord(m.char):04X})" for m in missing)  # every one: none goes unnamed
    return f"{len(missing)} characters cannot be drawn by the fonts: {listed}; printed as {REPLACEMENT}"


_SPACES = " \t\n"  # set in whatever font the text around them is: a line break draws nothing


@dataclass(eq=False)  # compared by identity: the width cache below must never compare cmaps
class FontSet:
    """Registered fonts by role ("heading", "body") plus the fallbacks."""

    roles: dict[FontRole, str]
    fallbacks: list[str]
    _cmaps: dict[str, frozenset[int]] = field(default_factory=dict)
    # The name a slide gives each registered font (a deck names typefaces; a PDF embeds files).
    faces: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, heading: Path, body: Path, extra: tuple[Path, ...] = ()) -> FontSet:
        """The brand's fonts, then ``extra`` (a kit's own fallbacks), then canvasgen's symbol fonts."""
        roles: dict[FontRole, str] = {"heading": register(heading), "body": register(body)}
        fallbacks = [register(path) for path in (*extra, *FALLBACK_FONTS) if path.is_file()]
        fonts = cls(roles, fallbacks)
        for name in [*roles.values(), *fallbacks]:
            fonts._cmaps[name] = _cmap(name)
        return fonts

    @classmethod
    def for_deck(cls, deck: DeckFont, extra: tuple[Path, ...] = ()) -> FontSet:
        """The deck's typeface measured with its twin; symbols named as Segoe UI Symbol, which every
        PowerPoint has, and a kit's own fallbacks by their family."""
        fonts = cls.load(deck.heading, deck.body, extra)
        fonts.faces = {name: deck.name for name in fonts.roles.values()}
        for path in (*extra, *FALLBACK_FONTS):
            if path.is_file():
                fonts.faces.setdefault(register(path), SYMBOL_FACE if path in FALLBACK_FONTS else family(path))
        return fonts

    def runs(self, text: str, role: FontRole, keep_missing: bool = False) -> tuple[list[Run], list[Missing]]:
        """Split text into runs by the font that can draw each character. A character no font has is
        replaced by U+FFFD, or kept in the primary font (``keep_missing``: a slide, where the client's
        PowerPoint may still find a font for it)."""
        primary = self.roles[role]
        if self._cmaps[primary].issuperset(map(ord, text)):
            return [(text, primary)], []  # the usual case, checked at C speed
        runs: list[Run] = []
        missing: list[Missing] = []
        for ch in text:
            font = self._font_for(ch, primary)
            if font is None:
                missing.append(Missing(ch))
                ch, font = (ch if keep_missing else REPLACEMENT), primary
            if ch in _SPACES and runs and ord(ch) in self._cmaps[runs[-1][1]]:
                font = runs[-1][1]  # a space stays in the run it separates words of (one RTL phrase, one run)
            if runs and runs[-1][1] == font:
                runs[-1] = (runs[-1][0] + ch, font)
            else:
                runs.append((ch, font))
        return runs, missing

    def _font_for(self, ch: str, primary: str) -> str | None:
        code = ord(ch)
        if code > 0xFFFF:
            return None
        if code in self._cmaps[primary] or ch in _SPACES:
            return primary
        return next((f for f in self.fallbacks if code in self._cmaps[f]), None)

    def draws(self, char: str, role: FontRole) -> bool:
        """Whether the role's own font has ``char``."""
        return ord(char) in self._cmaps[self.roles[role]]

    def width(self, text: str, role: FontRole, size: float) -> float:
        """Width of text at a size, in points, across fallback runs."""
        return _unit_width(self, role, text) * size

    def unit_measure(self, role: FontRole) -> Callable[[str], float]:
        """Width of a text at 1 pt in a role: for measuring many words fast."""
        return functools.partial(_unit_width, self, role)

    def baseline_share(self, role: FontRole) -> float:
        """Where the baseline sits in a line, as a share of the line height (ascent / (ascent + descent))."""
        face = pdfmetrics.getFont(self.roles[role]).face
        ascent, descent = float(face.ascent), abs(float(face.descent))
        return ascent / (ascent + descent) if ascent + descent else 0.8


@lru_cache(maxsize=200_000)
def _unit_width(fonts: FontSet, role: FontRole, text: str) -> float:
    runs, _ = fonts.runs(text, role)
    return float(sum(pdfmetrics.stringWidth(t, f, 1.0) for t, f in runs))


def register(path: Path) -> str:
    """Register a TrueType font once; its name is derived from the file's content."""
    digest = hashlib.sha1(path.read_bytes()).hexdigest()[:10]
    name = f"{path.stem}-{digest}"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return name


def _cmap(name: str) -> frozenset[int]:
    face = pdfmetrics.getFont(name).face
    return frozenset(face.charToGlyph)
