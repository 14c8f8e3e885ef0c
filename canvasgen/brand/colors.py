"""Brand colours: parsing, contrast (WCAG) and CMYK for print."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_HEX = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
_CMYK = re.compile(r"^cmyk\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*\)$", re.IGNORECASE)


@dataclass(frozen=True)
class Colour:
    """A colour as sRGB (0..1), with the CMYK the brand gave for print, if any."""

    rgb: tuple[float, float, float]
    cmyk_given: tuple[float, float, float, float] | None = None

    @property
    def cmyk(self) -> tuple[float, float, float, float]:
        """CMYK for print: as given by the brand, else a plain conversion from RGB."""
        if self.cmyk_given is not None:
            return self.cmyk_given
        r, g, b = self.rgb
        k = 1 - max(r, g, b)
        if k >= 1:
            return (0.0, 0.0, 0.0, 1.0)
        return ((1 - r - k) / (1 - k), (1 - g - k) / (1 - k), (1 - b - k) / (1 - k), k)

    @property
    def hex(self) -> str:
        return _hex(self.rgb)

    def mix(self, other: Colour, amount: float) -> Colour:
        """This colour moved ``amount`` (0..1) towards another: pre-blended, never transparent."""
        return _mixed(self.rgb, other.rgb, amount)

    def luminance(self) -> float:
        return _luminance(self.rgb)


@functools.lru_cache(maxsize=1024)  # the same few colours mixed for every cell, card and tile
def _mixed(rgb: tuple[float, float, float], other: tuple[float, float, float], amount: float) -> Colour:
    mixed = tuple(a + (b - a) * amount for a, b in zip(rgb, other))
    return Colour((mixed[0], mixed[1], mixed[2]))


@functools.lru_cache(maxsize=1024)  # readable_on asks it of the same few colours for every cell and card
def _luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@functools.lru_cache(maxsize=1024)  # a deck writes the same few colours thousands of times
def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(c * 255):02X}" for c in rgb)


def parse_colour(text: str) -> Colour:
    """ "#1D4E5F", "#fff" or "cmyk(100, 40, 0, 20)" (percentages). Raises ValueError."""
    text = text.strip()
    match = _HEX.match(text)
    if match:
        digits = match.group(1)
        if len(digits) == 3:
            digits = "".join(d * 2 for d in digits)
        r, g, b = (int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
        return Colour((r, g, b))
    match = _CMYK.match(text)
    if match:
        c, m, y, k = (float(v) / 100 for v in match.groups())
        if not all(0 <= v <= 1 for v in (c, m, y, k)):
            raise ValueError(f"'{text}': CMYK percentages must lie between 0 and 100")
        rgb = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
        return Colour(rgb, (c, m, y, k))
    raise ValueError(f"'{text}' is not a colour: use #RRGGBB or cmyk(c, m, y, k) in percent")


def contrast(a: Colour, b: Colour) -> float:
    """WCAG contrast ratio, 1..21."""
    hi, lo = sorted((a.luminance(), b.luminance()), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


WHITE = Colour((1.0, 1.0, 1.0))
BLACK = Colour((0.0, 0.0, 0.0))


def readable_on(background: Colour, dark: Colour, large: bool = False) -> Colour:
    """White or the dark text colour, whichever reads better on the background.

    For large bold text (headings) white wins whenever it passes WCAG AA for large text (3:1),
    so that a row of phase colours keeps one text colour where it can.
    """
    if large and contrast(WHITE, background) >= 3.0:
        return WHITE
    return WHITE if contrast(WHITE, background) >= contrast(dark, background) else dark


def heading_ink(band: Colour, dark: Colour) -> Colour:
    """The ink of a name on a coloured band (a phase's, a group's): one per colour on poster, deck and kit
    alike, so that a phase's cards, tabs and heads read as one set (white on a green the poster's phase
    heads had, dark on the same green on its cards, round 20). The rule of large text: a band's name is a
    bold heading, and white where it passes 3:1 keeps a row of phase colours in one ink."""
    return readable_on(band, dark, large=True)
