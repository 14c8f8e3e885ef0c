"""Greedy word wrapping with a width function: pure, so it can be tested with numbers.

Words are measured one at a time and lines summed (reportlab sets no kerning,
so a line is exactly as wide as its words and spaces): each distinct word is
measured once, whatever the number of sizes tried.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable
from typing import SupportsIndex, overload

from canvasgen.layout.text.hyphenation import MIN_PIECE, SOFT_HYPHEN, Hyphenate, Syllables, hyphenates
from canvasgen.text import NO_BREAK, keep_together

Measure = Callable[[str], float]  # width of a string at the current size, in points


class Lines(list[str]):
    """Wrapped lines; ``glued`` holds the indices of lines that end inside a word broken between
    characters (the next line goes on with it, no space between: text read out of a PDF needs to know).
    Slices and sums keep it, so lines split over columns and pages still know."""

    __slots__ = ("glued",)  # made for every text wrapped: no __dict__ to make with it

    def __init__(self, lines: Iterable[str] = (), glued: Iterable[int] = ()) -> None:
        super().__init__(lines)
        # Frozen, and one shared empty one: a layout keeps every text it wrapped (``Setter.wrap``), and a set
        # of its own for each was half the objects the garbage collector's full passes walked.
        self.glued: frozenset[int] = frozenset(glued) or _UNGLUED

    @overload
    def __getitem__(self, index: SupportsIndex) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Lines: ...
    def __getitem__(self, index: SupportsIndex | slice) -> str | Lines:
        if not isinstance(index, slice):
            return super().__getitem__(index)
        start, stop, step = index.indices(len(self))
        kept = [i - start for i in self.glued if start <= i < stop] if step == 1 else ()
        return Lines(super().__getitem__(index), kept)

    def __add__(self, other: list[str]) -> Lines:  # type: ignore[override]
        shifted = [i + len(self) for i in getattr(other, "glued", ())]
        return Lines([*self, *other], [*self.glued, *shifted])


_UNGLUED: frozenset[int] = frozenset()


def wrap(text: str, width: float, measure: Measure, hyphenate: Hyphenate | None = None) -> Lines:
    """Lines of at most ``width``. A line break in the text is kept (a persona's two needs stay two lines;
    blank lines are dropped). A word longer than a line breaks after a hyphen of its own, else at a
    syllable ``hyphenate`` gives (the line then ends in a soft hyphen), else between characters. An
    amount and its currency sign, a number and its unit stay on one line (``keep_together``)."""
    parts = _parts(text)
    if len(parts) < 2:
        return _wrap_line(text, width, measure, hyphenate)
    lines = Lines()
    for part in parts:
        lines = lines + _wrap_line(part, width, measure, hyphenate)
    return lines


def word_widths(text: str, measure: Measure) -> tuple[tuple[float, ...], ...] | None:
    """The widths of the words of each of the text's lines, as ``wrap`` takes them; None where a word
    breaks between characters (Chinese, Japanese, Korean: only ``wrap`` knows where those lines end)."""
    parts = _parts(text)
    pieces = [words(text)] if len(parts) < 2 else [words(part) for part in parts]
    # the whole text searched first: a text without such characters has no word of them (one search, not
    # one a word; a text with them may have them only in an ideographic space, between words)
    if breaks_anywhere(text) and any(breaks_anywhere(word) for line in pieces for word in line):
        return None
    return tuple(tuple(map(measure, line)) for line in pieces)


def line_count(widths: tuple[tuple[float, ...], ...], space: float, width: float) -> int | None:
    """How many lines ``wrap`` makes of words this wide (``word_widths``) in ``width``, its sums taken in
    its order, without making the lines: a text measured at many sizes is counted in floats. None when a
    word is wider than the line (``wrap`` breaks it)."""
    count = 0
    for line in widths:
        used, started = 0.0, False
        for w in line:
            if started and used + space + w <= width:
                used += space + w
                continue
            if w > width:
                return None
            count += started
            used, started = w, True
        count += 1
    return count


_HARD_BREAK = re.compile(r"\r\n|[\n\r\v\u2028\u2029]")


@functools.lru_cache(maxsize=20_000)
def _parts(text: str) -> tuple[str, ...]:
    """The text's lines as written, blank ones dropped. Remembered, as ``words`` is."""
    return tuple(part for part in _HARD_BREAK.split(text) if part.strip())


def _wrap_line(text: str, width: float, measure: Measure, hyphenate: Hyphenate | None) -> Lines:
    space = measure(" ")
    lines = Lines()
    current: list[str] = []
    used = 0.0
    for word in words(text):
        w = measure(word)
        if current and used + space + w <= width:
            current.append(word)
            used += space + w
            continue
        if current and breaks_anywhere(word):  # Chinese, Japanese, Korean: the line's rest is filled
            cut = _longest_prefix(word, width - used - space, measure, at_least=0)
            if cut:
                current.append(word[:cut])
                lines.glued |= {len(lines)}
                word = word[cut:]
                w = measure(word)
        if current:
            lines.append(" ".join(current))
            current, used = [], 0.0
        points = break_points(word, hyphenate) if w > width else []
        joints = hyphenate.joints(word) if w > width and isinstance(hyphenate, Syllables) else frozenset()
        # a word of letters (no CJK, address or code) cut where it must takes a hyphen where the font draws one
        marked = w > width and hyphenate is not None and hyphenates(word) and not breaks_anywhere(word)
        own = own_hyphens(word) if w > width else []
        done = 0  # characters of the word already set on lines above
        while w > width:
            # the word's own hyphen first: "zonnepanelen-/ambassadeur", not "zonnepanelen-ambassa-/deur"
            cut, hyphen = _hyphen_cut(word, [(p - done, False) for p in own if p > done], width, measure)
            if not cut:
                at = [(p - done, h) for p, h in points if p > done]
                cut, hyphen = _hyphen_cut(word, at, width, measure, frozenset(j - done for j in joints if j > done))
            if not cut:
                cut, hyphen = _cut_anywhere(word, width, measure, marked)
            lines.glued |= {len(lines)}
            lines.append(word[:cut] + hyphen)
            word, done = word[cut:], done + cut
            w = measure(word)
        current, used = [word], w
    if current or not lines:
        lines.append(" ".join(current))
    return lines


_BREAKING_SPACE = re.compile(f"[^\\S{NO_BREAK}]+")


@functools.lru_cache(maxsize=20_000)
def words(text: str) -> tuple[str, ...]:
    """The pieces a line may break between: "€ 7.400" is one, with a plain space inside, and so is a
    separator with the word before it (``kept_with_neighbours``). Remembered: fitting wraps the same text
    at many widths."""
    kept = kept_with_neighbours(keep_together(text))
    return tuple(w.replace(NO_BREAK, " ") for w in _BREAKING_SPACE.split(kept.strip()) if w)


#: A separator (" · ", " | ") never starts a line: a line "· target 50" reads as a list's bullet (F32).
_BEFORE_SEPARATOR = re.compile(r"[ \t]+(?=[·|](?:\s|$))")
#: An arrow never ends a line: "Cost €12,000 →" / "NPS +41" parts the step from where it leads.
_AFTER_ARROW = re.compile(r"(?<=[→⇒➔])[ \t]+(?=\S)")
#: A figure's short capitals name and its figure: "NPS +41", "CTR 1,8%" (broken, the figure stood alone).
_BEFORE_FIGURE = re.compile(r"(\b[A-Z]{2,5})[ \t]+(?=[+\-−]?\d)")


def kept_with_neighbours(text: str) -> str:
    """``text`` with no-break spaces where a separator, an arrow or a figure's short name would be parted
    from its neighbour by a line break."""
    for rule in (_BEFORE_SEPARATOR, _AFTER_ARROW):
        text = rule.sub(NO_BREAK, text)
    return _BEFORE_FIGURE.sub(rf"\1{NO_BREAK}", text)


def break_points(word: str, hyphenate: Hyphenate | None) -> list[tuple[int, bool]]:
    """Where ``word`` may break, and whether a hyphen is added there: after a slash ("/klant/"), after an
    address's "?", "&" and "=", and at
    the syllables the dictionary gives (none in an address or a code: ``hyphenates``). A hyphen of the
    word's own is ``own_hyphens``: ``wrap`` tries it first, the deck's glance leaves it to PowerPoint."""
    slashes = [(i + 1, False) for i, ch in enumerate(word[:-1]) if ch == "/" and i > 0 and word[i + 1] != "/"]
    if is_address(word):  # and an address's query after "?", "&", "=": never inside a parameter or a number
        slashes += [(i + 1, False) for i, ch in enumerate(word[:-1]) if ch in "?&=" and i > 0]
    # never a syllable with fewer than MIN_PIECE letters on a side, the word's marks not counted ("Verwijsprogram-|ma:")
    syllables: list[tuple[int, bool]] = []
    if hyphenate and hyphenates(word):
        before = _letters_before(word)
        syllables = [
            (p, True)
            for p in hyphenate(word)
            if not _MARKS & {word[p - 1], word[p]} and before[p] >= MIN_PIECE and before[-1] - before[p] >= MIN_PIECE
        ]
    return sorted({*slashes, *syllables})


def _letters_before(word: str) -> list[int]:
    """How many letters and digits (``str.isalnum``) come before each place of ``word``: counted once per word,
    not once per syllable and side (a long word has a dozen syllables, each asked of both its sides)."""
    return list(itertools.accumulate(map(str.isalnum, word), initial=0))


_ADDRESS = re.compile(r"@|://|^\W*www\.|\?\w+=", re.IGNORECASE)


def is_address(word: str) -> bool:
    """Whether ``word`` is a web or e-mail address, or a link's query ("detalhe.asp?id=5")."""
    return _ADDRESS.search(word) is not None


def own_hyphens(word: str) -> list[int]:
    """Where ``word`` may break after a hyphen of its own ("zonnepanelen-|ambassadeur"), with
    ``MIN_PIECE`` letters on either side: no "e-|mail". The line then ends in the word's hyphen, which the
    poster draws as U+2010 (``Setter.place``): text readers drop a line's last U+002D as the layout's."""
    if is_address(word):  # a hyphen ending a line of an address reads as the layout's
        return []
    if "-" not in word and "\u2010" not in word:
        return []
    before = _letters_before(word)
    return [
        i + 1
        for i, ch in enumerate(word)
        if ch in "-\u2010" and before[i] >= MIN_PIECE and before[-1] - before[i + 1] >= MIN_PIECE
    ]


_MARKS = set("-‐‑–—/")  # no syllable break beside them: a hyphen after a dash or a slash reads as a typo


def _hyphen_cut(
    word: str, points: list[tuple[int, bool]], width: float, measure: Measure, joints: frozenset[int] = frozenset()
) -> tuple[int, str]:
    """The last break point whose first part (with its hyphen) fits ``width``, or the last of the compound's
    ``joints`` that fits where its line is filled half as far at least (``JOINT_FILL``): "Klant-|tevredenheid"
    rather than "Klanttevre-|denheid"; (0, "") when none fits."""
    fitting = [(p, h) for p, h in points if measure(word[:p] + ("-" if h else "")) <= width]
    if not fitting:
        return 0, ""
    point, hyphen = fitting[-1]
    at_joints = [(p, h) for p, h in fitting if p in joints]
    if at_joints and point not in joints and measure(word[: at_joints[-1][0]]) >= JOINT_FILL * measure(word[:point]):
        point, hyphen = at_joints[-1]
    return point, SOFT_HYPHEN if hyphen else ""


#: How full, at least, the line a compound's joint ends is to be taken over a later syllable's: as full as that
#: line by half (a ragged line is read more easily than a word cut inside one of its parts).
JOINT_FILL = 0.5


def _cut_anywhere(word: str, width: float, measure: Measure, marked: bool) -> tuple[int, str]:
    """Where a word (or its rest) with no break point that fits is cut: as many characters as fit; with a
    hyphen where ``marked`` (unmarked, "Backstage-Proze|sse" read as two words), never beside a hyphen of
    the word's own, each piece two letters at least."""
    if not marked or len(word) < 4:
        return _longest_prefix(word, width, measure), ""
    cut = _longest_prefix(word, width - measure("-"), measure)
    while cut > 2 and _MARKS & {word[cut - 1], word[cut]}:
        cut -= 1
    if cut < 2 or len(word) - cut < 2 or _MARKS & {word[cut - 1], word[cut]}:
        return _longest_prefix(word, width, measure), ""
    return cut, SOFT_HYPHEN


def _longest_prefix(word: str, width: float, measure: Measure, at_least: int = 1) -> int:
    """How many of the word's first characters fit ``width`` (``at_least`` when fewer do). In Chinese,
    Japanese and Korean, the cut moves back so that no line starts with a closing mark ("。", "」") and
    none ends with an opening one ("「") (kinsoku)."""
    low, high = 0, len(word)
    while low < high:
        mid = (low + high + 1) // 2
        if measure(word[:mid]) <= width:
            low = mid
        else:
            high = mid - 1
    cut = low
    if 0 < cut < len(word) and breaks_anywhere(word):
        while cut > 0 and (word[cut] in NO_LINE_START or word[cut - 1] in NO_LINE_END):
            cut -= 1
    return max(cut, at_least)


# Scripts written without spaces between words, where a line may break between any two characters:
# CJK punctuation, Hiragana, Katakana, Hangul, Han (and their extensions), fullwidth forms.
_BREAKS_ANYWHERE = re.compile(
    "[\u2e80-\u2fdf\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
    "\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f]"
)
#: Kinsoku: characters a line must not start with, and ones it must not end with.
NO_LINE_START = frozenset(
    "、。，．・：；？！ー」』）〕］｝〉》】〙〗〟’”ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〻‐゠–〜～)]},.:;?!%"
)
NO_LINE_END = frozenset("「『（〔［｛〈《【〘〖〝‘“([{")


def breaks_anywhere(word: str) -> bool:
    """Whether ``word`` holds characters of a script that breaks lines between characters (CJK)."""
    return _BREAKS_ANYWHERE.search(word) is not None
