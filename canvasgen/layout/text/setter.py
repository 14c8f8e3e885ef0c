"""Setting text into boxes with the real fonts: measuring, wrapping, placing lines.

The setter is the one place that turns strings into positioned lines, so the
poster, its continuation pages and (later) the deck all measure text the same way.
It also collects every character that no font can draw, with the cell it came from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from canvasgen.brand.colors import Colour
from canvasgen.brand.kit import FontRole
from canvasgen.layout.boxes import Box, Line, TextBlock
from canvasgen.layout.text.fonts import FontSet, describe_missing
from canvasgen.layout.text.hyphenation import SOFT_HYPHEN, Hyphenate, hyphenator
from canvasgen.layout.text.shaping import visual
from canvasgen.layout.text.wrap import breaks_anywhere, line_count, own_hyphens, word_widths, words, wrap
from canvasgen.text import runs_right_to_left

LEADING = 1.22  # line height as a multiple of the font size
ITEM_GAP = 0.3  # extra space between items, as a multiple of the font size
BULLET = "•"
HYPHEN = "\u2010"  # a line's last hyphen that text readers keep (U+002D they take for the layout's)
#: Words of this many characters may be hyphenated once when text sizes are chosen; shorter ones fit
#: their line whole. (Any word longer than its line is hyphenated where it breaks.)
LONG_WORD = 12
#: A field's label wider than this share of its line is not hung: its value would be a narrow column.
HANG_MOST = 0.45


class _UnitWidths(dict[str, float]):
    """Texts' widths at 1 pt in one role, each measured the first time it is asked for (``__missing__``);
    its ``__getitem__`` maps a line's words to their widths without a call into Python for the known ones."""

    def __init__(self, measure: Callable[[str], float]) -> None:
        super().__init__()
        self.measure = measure

    def __missing__(self, text: str) -> float:
        width = self[text] = self.measure(text)
        return width


@dataclass
class Paragraph:
    """Lines of one item, wrapped at one size; ``indent`` leaves room for a bullet or icon."""

    lines: list[str]
    indent: float
    source: str
    #: A field's hanging indent ("Doelen: " of "Doelen: ..."): every line but the first starts this much
    #: further in, under the value (0: none).
    hang: float = 0.0


def _no_syllables(word: str) -> tuple[int, ...]:
    """No dictionary's break points: a language canvasgen hyphenates none of."""
    return ()


@dataclass
class Setter:
    fonts: FontSet
    #: The language whose syllables a word too long for its line breaks at (a PDF's text only: a slide's
    #: lines are PowerPoint's to break).
    language: str | None = None
    #: The words a long compound's parts may be, so that it breaks at their joint (``hyphenation.Syllables``):
    #: the canvas's own and canvasgen's (``language.compound_parts``).
    known: frozenset[str] = frozenset()
    problems: list[tuple[str, str]] = field(default_factory=list)
    _reported: set[tuple[str, str]] = field(default_factory=set)
    _wrapped: dict[tuple[str, float, str, float], list[str]] = field(default_factory=dict)
    _counted: dict[tuple[str, float, str, float], int] = field(default_factory=dict)
    _word_widths: dict[tuple[str, FontRole], tuple[tuple[float, ...], ...] | None] = field(default_factory=dict)
    _widest: dict[tuple[str, FontRole, int], float] = field(default_factory=dict)
    _widest_of_text: dict[tuple[str, FontRole, int], float | None] = field(default_factory=dict)
    _longest: dict[tuple[str, FontRole], float] = field(default_factory=dict)
    _unbroken: dict[tuple[str, FontRole], float] = field(default_factory=dict)
    _widest_line: dict[tuple[str, FontRole], float] = field(default_factory=dict)
    _unit_widths: dict[FontRole, _UnitWidths] = field(default_factory=dict)
    #: Each role's break points (``_hyphenate``), asked for every text wrapped: by role and language (a role
    #: or two, one language: a few entries; the fonts are the setter's own for its life).
    _hyphenators: dict[tuple[FontRole, str | None], Hyphenate | None] = field(default_factory=dict)

    def width(self, text: str, role: FontRole, size: float) -> float:
        return self.fonts.width(text, role, size)

    def wrap(self, text: str, width: float, role: FontRole, size: float) -> list[str]:
        """Wrapped lines, remembered: fitting tries the same text at the same sizes many times."""
        key = (text, width, role, size)
        lines = self._wrapped.get(key)
        if lines is None:
            lines = self._wrapped[key] = self._wrap(text, width, role, size)
        return lines

    def line_count(self, text: str, width: float, role: FontRole, size: float) -> int:
        """How many lines ``wrap`` makes of the text, remembered as a number and the lines let go: a deck
        measures thousands of texts and sets none of their lines (PowerPoint does); kept, those lines were
        most of the objects the garbage collector's full passes walked."""
        key = (text, width, role, size)
        count = self._counted.get(key)
        if count is None:
            lines = self._wrapped.get(key)
            count = len(lines) if lines is not None else self._count(text, max(width, size) / size, role)
            if count is None:  # a word that breaks: wrapped
                count = len(self._wrap(text, width, role, size))
            self._counted[key] = count
        return count

    def _count(self, text: str, width: float, role: FontRole) -> int | None:
        """``line_count`` at 1 pt in ``width`` from the text's word widths, measured once (every size and
        width tried counts the same words); None where only ``wrap`` can tell."""
        if (text, role) not in self._word_widths:
            self._word_widths[(text, role)] = word_widths(text, self._measure(role))
        widths = self._word_widths[(text, role)]
        return None if widths is None else line_count(widths, self.fonts.width(" ", role, 1.0), width)

    def _measure(self, role: FontRole) -> Callable[[str], float]:
        """The width at 1 pt of a text in ``role``, looked up in C where it was measured before: a deck counts
        the lines of thousands of texts (each cut of a long cell tried is one), each word looked up in turn."""
        widths = self._unit_widths.get(role)
        if widths is None:
            widths = self._unit_widths[role] = _UnitWidths(self.fonts.unit_measure(role))
        return widths.__getitem__

    def _wrap(self, text: str, width: float, role: FontRole, size: float) -> list[str]:
        # Measured at 1 pt against the width scaled down: one cached look-up per word.
        return wrap(text, max(width, size) / size, self._measure(role), self._hyphenate(role))

    def longest_word(self, text: str, role: FontRole) -> float:
        """The width at 1 pt of the text's widest word (``words``: an amount and its currency sign are one),
        0 for none. Remembered: a table's columns are sized from their longest words at every size tried."""
        key = (text, role)
        found = self._longest.get(key)
        if found is None:
            found = self._longest[key] = max((self.width(word, role, 1.0) for word in words(text)), default=0.0)
        return found

    def longest_unbroken(self, text: str, role: FontRole) -> float:
        """The width at 1 pt of the widest piece of the text a line must hold whole: its widest word, a
        compound by its widest part ("zonnepanelen-|ambassadeur"): PowerPoint, LibreOffice and ``wrap`` break
        a word after a hyphen of its own (``own_hyphens``), which adds no hyphen. Remembered."""
        key = (text, role)
        found = self._unbroken.get(key)
        if found is None:
            found = self._unbroken[key] = max((self._widest_part(word, role) for word in words(text)), default=0.0)
        return found

    def _widest_part(self, word: str, role: FontRole) -> float:
        cuts = [0, *own_hyphens(word), len(word)]
        return max(self.width(word[a:b], role, 1.0) for a, b in pairwise(cuts))

    def widest_line(self, text: str, role: FontRole) -> float:
        """The width at 1 pt of the text's widest line as written (unwrapped), 0 for none. Remembered: a
        table's columns are sized for their cells on one line at every size tried."""
        key = (text, role)
        found = self._widest_line.get(key)
        if found is None:
            found = self._widest_line[key] = max(
                (self.width(line, role, 1.0) for line in text.splitlines()), default=0.0
            )
        return found

    def widest_piece(self, word: str, role: FontRole, long_word: int = LONG_WORD) -> float:
        """The width at 1 pt a line needs for ``word``: its own, or a long word's (of ``long_word`` characters
        or more) wider half when hyphenated at its best syllable (text may grow until that half fills a line).
        Remembered: every page a search tries asks for the same words."""
        key = (word, role, long_word)
        found = self._widest.get(key)
        if found is None:
            found = self._widest[key] = self._widest_piece(word, role, long_word)
        return found

    def widest_piece_of(self, text: str, role: FontRole, long_word: int = LONG_WORD) -> float | None:
        """The largest ``widest_piece`` of the text's words (split at white space), None for a text without
        one. Remembered: a page's search for its size asks it of every cell at every column width it tries."""
        key = (text, role, long_word)
        if key not in self._widest_of_text:
            found = max((self.widest_piece(w, role, long_word) for w in text.split()), default=None)
            self._widest_of_text[key] = found
        return self._widest_of_text[key]

    def _widest_piece(self, word: str, role: FontRole, long_word: int) -> float:
        if breaks_anywhere(word):  # CJK breaks between characters: a line needs room for a few of them
            return max((self.width(word[i : i + 2], role, 1.0) for i in range(0, len(word), 2)), default=0.0)
        whole = self.width(word, role, 1.0)
        hyphenate = self._hyphenate(role)
        if len(word) < long_word:
            return whole
        # a compound at its own hyphen ("SMS-|уведомление"), which ``wrap`` tries first, in any language
        own = (max(self.width(word[:p], role, 1.0), self.width(word[p:], role, 1.0)) for p in own_hyphens(word))
        syllables = hyphenate(word) if hyphenate is not None else ()
        halves = (max(self.width(word[:p] + "-", role, 1.0), self.width(word[p:], role, 1.0)) for p in syllables)
        return min([*own, *halves, whole])

    def _hyphenate(self, role: FontRole) -> Hyphenate | None:
        """The language's break points where the font draws a hyphen; without a language, none (a word cut
        where it must still gets its hyphen: ``wrap``); None where the font draws no hyphen. Remembered by
        role: a poster wraps thousands of texts, and pyphen's look-up of the language's dictionary took a
        tenth of its wrapping."""
        key = (role, self.language)
        if key in self._hyphenators:
            return self._hyphenators[key]
        found: Hyphenate | None = None
        if self.fonts.draws(SOFT_HYPHEN, role):
            found = (hyphenator(self.language, self.known) if self.language else None) or _no_syllables
        self._hyphenators[key] = found
        return found

    def paragraph(
        self,
        text: str,
        width: float,
        role: FontRole,
        size: float,
        source: str,
        bullet: bool,
        indent: float | None = None,
    ) -> Paragraph:
        if indent is None:
            indent = self.bullet_indent(size) if bullet else 0.0
        return Paragraph(self.wrap(text, width - indent, role, size), indent, source)

    def field(self, text: str, width: float, role: FontRole, size: float, source: str) -> Paragraph:
        """A "Label: value" line with a hanging indent: the value wrapped in the width beside its label, its
        further lines (wrapped or the cell's own line breaks) under the value's first word, not at the
        margin. Plain wrapped text where there is no label, the label takes more than ``HANG_MOST`` of the
        width (the value would be a narrow column), or the text runs right to left."""
        label, colon, value = text.partition(": ")
        hang = self.width(f"{label}{colon}", role, size) if colon and value.strip() and "\n" not in label else 0.0
        if not hang or hang > width * HANG_MOST or runs_right_to_left(text):
            return self.paragraph(text, width, role, size, source, False)
        lines = self.wrap(value, width - hang, role, size)
        first = lines[:]  # a copy (its glued lines kept): the wrapped lines are remembered for the next who asks
        first[0] = f"{label}{colon}{first[0]}"
        return Paragraph(first, 0.0, source, hang)

    def bullet_indent(self, size: float) -> float:
        return self.fonts.width(BULLET + "  ", "body", size)

    @staticmethod
    def height(paragraphs: list[Paragraph], size: float) -> float:
        """Height of paragraphs set one below another (no padding)."""
        if not paragraphs:
            return 0.0
        lines = sum(len(p.lines) for p in paragraphs)
        return lines * size * LEADING + (len(paragraphs) - 1) * size * ITEM_GAP

    def line(
        self,
        text: str,
        x: float,
        y: float,
        role: FontRole,
        size: float,
        colour: Colour,
        source: str,
        paragraph_rtl: bool | None = None,
    ) -> Line:
        """A line with its baseline at y, split into font runs, ordered in its paragraph's direction
        (``paragraph_rtl``; None: the line's own); unknown glyphs reported once."""
        drawn = visual(text, paragraph_rtl)
        runs, missing = self.fonts.runs(drawn, role)
        new = []
        for m in missing:
            key = (source, m.char)
            if key not in self._reported:
                self._reported.add(key)
                new.append(m)
        if new:
            self.problems.append((source, describe_missing(new)))
        width = sum(self.fonts.width(t, role, size) for t, _ in runs)
        return Line(x, y, runs, size, colour, width, role, actual=text if drawn != text else None)

    def place(
        self,
        paragraphs: list[Paragraph],
        box: Box,
        role: FontRole,
        size: float,
        colour: Colour,
        bullet: bool,
        top: float | None = None,
    ) -> tuple[TextBlock, list[tuple[float, float]]]:
        """Place wrapped paragraphs from the top of a box; returns the block and bullet spots (x, baseline)."""
        lines: list[Line] = []
        spots: list[tuple[float, float]] = []
        y = box.y if top is None else top
        share = self.fonts.baseline_share(role)
        for i, para in enumerate(paragraphs):
            if i:
                y += size * ITEM_GAP
            # The paragraph's direction by its first strong letter (bidi P2), not by any Arabic word in it.
            rtl = runs_right_to_left("".join(para.lines))
            for j, text in enumerate(para.lines):
                baseline = y + size * LEADING * share
                if j == 0 and bullet:  # right to left: the bullet (or icon) at the right
                    slot = size * 0.95 if para.indent >= size * 0.95 else self.width(BULLET, "body", size)
                    spots.append((box.right - slot if rtl else box.x, baseline))
                indent = para.indent + (para.hang if j else 0.0)
                glued = j in getattr(para.lines, "glued", ())  # lines sliced by the flow lose it: no harm
                # a hyphen that ends a line its paragraph goes on from (a compound broken at its own, "pre-"):
                # U+2010, which readers keep; U+002D they take for the layout's and drop (lines copied
                # out of a wrap, a card's, lost ``glued``)
                goes_on = j < len(para.lines) - 1
                if goes_on and text.endswith("-") and self.fonts.draws(HYPHEN, role):
                    text = text[:-1] + HYPHEN
                line = self.line(text, box.x + indent, baseline, role, size, colour, para.source, rtl)
                if rtl:  # right-aligned, the indent kept at the right
                    line.x = box.right - para.indent - line.width if bullet else box.right - line.width
                line.item = i
                line.glued = glued
                lines.append(line)
                y += size * LEADING
        return TextBlock(box, lines, paragraphs[0].source if paragraphs else ""), spots
