"""Text boxes of a deck whose text does not fit them, found as PowerPoint draws them and independently of
canvasgen's layout: each paragraph of each text box read back from the .pptx (its runs' sizes and weights,
its line pitch, space before, indent and bullet, the box's insets), wrapped greedily at the box's inner width
with the metrics of the deck's typeface (Calibri's, from its bundled twin Carlito: the font canvasgen measures
with, not canvasgen's measuring code), and its lines' height compared with the box's. A box whose text is
taller than the box shows that text under the next box or off the slide (round 22, findings 17, 28, 29).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fontTools.ttLib import TTFont
from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.shapes.base import BaseShape
from pptx.shapes.group import GroupShape

from canvasgen.brand.deck_font import TWINS

EMU = 12700  # a point
DEFAULT_INSET = 91440 / EMU  # a text box's margins where its bodyPr names none (0.1 inch)
DEFAULT_SIZE = 18.0  # PowerPoint's text size where a run names none
NATURAL_PITCH = 1.2  # a line's height, in ems, where the paragraph names no line spacing
#: What a box's text may pass its height by: rounding of the sizes written in hundredths of a point.
TOLERANCE = 0.5
_BREAK = re.compile(r"(?<= )")  # PowerPoint breaks a line after a space (a no-break space joins)


@dataclass(frozen=True)
class Overflow:
    """A text box whose text is taller than the box (in points)."""

    slide: int
    name: str
    width: float
    height: float
    needs: float
    text: str

    def __str__(self) -> str:
        box = f"{self.width:.0f}x{self.height:.0f} pt"
        return f"slide {self.slide}: {self.name} {box} needs {self.needs:.0f} pt: {self.text[:70]!r}"


@dataclass(frozen=True)
class _Face:
    widths: dict[int, float]  # advance widths in ems, by code point

    def width(self, text: str, size: float) -> float:
        return sum(self._char(c) for c in text) * size

    def _char(self, char: str) -> float:
        found = self.widths.get(ord(char))
        if found is not None:
            return found
        if char == "\xa0":  # Carlito has no no-break space; Calibri's is its space
            return self.widths[ord(" ")]
        # a character the face lacks is drawn in a fallback: a wide (East Asian) one an em, others 0.6
        return 1.0 if unicodedata.east_asian_width(char) in "WF" else 0.6


@cache
def _face(bold: bool) -> _Face:
    font = TTFont(str(TWINS["calibri"][int(bold)]))
    per_em = font["head"].unitsPerEm
    metrics = font["hmtx"].metrics
    return _Face({code: metrics[glyph][0] / per_em for code, glyph in font.getBestCmap().items()})


def overflows(pptx: Path) -> list[Overflow]:
    """Every text box of the deck whose text, wrapped at its inner width, is taller than its inner height."""
    found = []
    for number, slide in enumerate(Presentation(str(pptx)).slides, start=1):
        for shape in _shapes(slide.shapes):
            if not shape.has_text_frame or not shape.text_frame.text.strip():
                continue
            body = shape.text_frame._txBody
            props = body.find(qn("a:bodyPr"))
            if props is not None and props.get("wrap") == "none":
                continue  # one line as written, not wrapped to the box (a label beside a point)
            inset = {k: _points(props, k) for k in ("lIns", "rIns", "tIns", "bIns")}
            width = shape.width / EMU - inset["lIns"] - inset["rIns"]
            room = shape.height / EMU - inset["tIns"] - inset["bIns"]
            needs = text_height(body, width)
            if needs > room + TOLERANCE:
                found.append(
                    Overflow(number, shape.name, shape.width / EMU, shape.height / EMU, needs, shape.text_frame.text)
                )
    return found


def _shapes(shapes: object) -> Iterator[BaseShape]:
    for shape in shapes:  # type: ignore[attr-defined]
        if isinstance(shape, GroupShape):
            yield from _shapes(shape.shapes)
        else:
            yield shape


def _points(element: object, key: str) -> float:
    value = element.get(key) if element is not None else None  # type: ignore[attr-defined]
    return int(value) / EMU if value is not None else DEFAULT_INSET


def text_height(body: object, width: float) -> float:
    """The height of a text body's paragraphs wrapped at ``width`` points: their lines at their line pitch and
    the space before each paragraph after the first."""
    total = 0.0
    for index, para in enumerate(body.findall(qn("a:p"))):  # type: ignore[attr-defined]
        lines = _lines(para)
        if not any(text.strip() for line in lines for text, _, _ in line):
            continue
        props = para.find(qn("a:pPr"))
        sizes = [size for line in lines for _, size, _ in line] or [DEFAULT_SIZE]
        size = max(sizes)
        margin = int(props.get("marL", 0)) / EMU if props is not None else 0.0
        indent = int(props.get("indent", 0)) / EMU if props is not None else 0.0
        bullet = props is not None and props.find(qn("a:buChar")) is not None
        first = margin if bullet else margin + indent  # where the first line's text starts
        count = sum(_line_count(line, width - first, width - margin) for line in lines)
        total += count * _pitch(props, size) + (_before(props) if index else 0.0)
    return total


Run = tuple[str, float, bool]  # text, size, bold


def _lines(para: object) -> list[list[Run]]:
    """A paragraph's runs, in the pieces its line breaks (``<a:br/>``) part it into."""
    lines: list[list[Run]] = [[]]
    for child in para:  # type: ignore[attr-defined]
        if child.tag == qn("a:br"):
            lines.append([])
        elif child.tag in (qn("a:r"), qn("a:fld")):
            props = child.find(qn("a:rPr"))
            size = int(props.get("sz")) / 100 if props is not None and props.get("sz") else DEFAULT_SIZE
            bold = props is not None and props.get("b") in ("1", "true")
            text = child.findtext(qn("a:t")) or ""
            lines[-1].append((text.replace("\u00ad", ""), size, bold))
    return lines


def _line_count(runs: list[Run], first: float, rest: float) -> int:
    """How many lines the runs take wrapped greedily at word ends: ``first`` points wide on the first line,
    ``rest`` on the others; a word wider than a line is broken between its letters, as PowerPoint does."""
    pieces = [(piece, size, bold) for text, size, bold in runs for piece in _BREAK.split(text) if piece]
    count, used = 1, 0.0
    for piece, size, bold in pieces:
        face = _face(bold)
        word = piece.rstrip(" ")
        inked, advance = face.width(word, size), face.width(piece, size)
        avail = first if count == 1 else rest
        if used and used + inked > avail + 0.01:
            count, used = count + 1, 0.0
            avail = rest
        while inked > avail + 0.01 and word:  # a word longer than the line: broken where the line ends
            cut = _letters_within(word, face, size, avail)
            word = word[cut:]
            count += 1
            inked = face.width(word, size)
            advance = inked + face.width(" ", size) * (len(piece) - len(piece.rstrip(" ")))
        used += advance
    return count


def _letters_within(word: str, face: _Face, size: float, width: float) -> int:
    taken = 0
    while taken < len(word) and face.width(word[: taken + 1], size) <= width + 0.01:
        taken += 1
    return max(taken, 1)


def _pitch(props: object, size: float) -> float:
    spacing = props.find(qn("a:lnSpc")) if props is not None else None  # type: ignore[attr-defined]
    if spacing is not None:
        exact = spacing.find(qn("a:spcPts"))
        if exact is not None:
            return int(exact.get("val")) / 100
        share = spacing.find(qn("a:spcPct"))
        if share is not None:
            return int(share.get("val")) / 100_000 * NATURAL_PITCH * size
    return NATURAL_PITCH * size


def _before(props: object) -> float:
    space = props.find(qn("a:spcBef")) if props is not None else None  # type: ignore[attr-defined]
    exact = space.find(qn("a:spcPts")) if space is not None else None
    return int(exact.get("val")) / 100 if exact is not None else 0.0
