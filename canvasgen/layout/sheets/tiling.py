"""A big poster page cut into office-printer sheets: where each sheet's window onto the poster goes.

Pure geometry, in points. Each sheet shows a window of the poster (its ``source``) inside the sheet's
printable area; neighbouring windows overlap by at least ``MIN_OVERLAP`` so the sheets can be laid over
each other and taped. Each sheet is trimmed at its seam with the sheet before it (left and above), and
the seams are placed so that they go through no word: a horizontal seam between two lines of text, a
vertical one between two words of the row of sheets it divides (each row of sheets has seams of its
own). Only when no such place is within reach is a word cut.
"""

from __future__ import annotations

import bisect
import collections
import math
import re
from dataclasses import dataclass
from typing import NamedTuple

from reportlab.pdfbase.pdfmetrics import stringWidth

from canvasgen.layout.boxes import Box, Page
from canvasgen.units import mm

UNPRINTABLE = mm(5)  # what an office printer cannot reach, at every edge
GUTTER = mm(4)  # between the printable edge and the window: cut marks and overlap bars
BAND = mm(17)  # below the window: the sheet's label, a map of the sheets, how to join them
MIN_OVERLAP = mm(10)
ASCENT, DESCENT = 0.95, 0.3  # of a line's size, above and below its baseline: generous, any font
_TOKENS = re.compile(r"\s+|\S+")

Span = tuple[float, float]


class Cut(NamedTuple):
    """One sheet's place along one direction: the window of the poster it shows (``start`` to ``end``)
    and its seam, where its own part begins (the edge trimmed; the window's start, except for a last
    sheet, whose window ends at the poster's edge)."""

    start: float
    end: float
    seam: float


@dataclass(frozen=True)
class Tile:
    column: int
    row: int
    source: Box  # the part of the poster page this sheet shows
    own: Box  # the part of it seen once the sheets are put together: from its seams to the next sheets'

    @property
    def label(self) -> str:
        """Column letter(s) and row number, as on a map: "B2"."""
        return f"{column_letters(self.column)}{self.row + 1}"


@dataclass(frozen=True)
class Tiling:
    sheet: tuple[float, float]  # width, height of a sheet as it lies (portrait or landscape)
    window: Box  # where the poster shows on every sheet
    rows: list[Cut]  # each row's poster y range, top to bottom
    columns: list[list[Cut]]  # per row: each column's poster x range, left to right (as many in every row)

    @property
    def column_count(self) -> int:
        return len(self.columns[0])

    @property
    def tiles(self) -> list[Tile]:
        tiles = []
        for r, row in enumerate(self.rows):
            bottom = self.rows[r + 1].seam if r + 1 < len(self.rows) else row.end
            for c, column in enumerate(self.columns[r]):
                right = self.columns[r][c + 1].seam if c + 1 < len(self.columns[r]) else column.end
                source = Box(column.start, row.start, column.end - column.start, row.end - row.start)
                own = Box(column.seam, row.seam, right - column.seam, bottom - row.seam)
                tiles.append(Tile(c, r, source, own))
        return tiles


def column_letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: spreadsheet-style, so any number of columns gets a name."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def sheet_window(sheet: tuple[float, float]) -> Box:
    width, height = sheet
    inset = UNPRINTABLE + GUTTER
    return Box(inset, inset, width - 2 * inset, height - inset - UNPRINTABLE - BAND)


def tile_page(page: Page, poster: tuple[float, float], paper: tuple[float, float]) -> Tiling:
    """The tiling of a poster page on sheets of ``paper`` (either way round), whichever orientation
    needs fewer sheets (portrait when equal)."""
    words = word_boxes(page)
    short, long = sorted(paper)
    best: Tiling | None = None
    for sheet in ((short, long), (long, short)):
        window = sheet_window(sheet)
        rows = cuts(poster[1], window.h, Obstacles([(w.box.y, w.box.bottom) for w in words]))
        columns = _columns(poster[0], window.w, rows, words)
        if best is None or len(columns[0]) * len(rows) < best.column_count * len(best.rows):
            best = Tiling(sheet, window, rows, columns)
    assert best is not None
    return best


def _columns(total: float, span: float, rows: list[Cut], words: list[Word]) -> list[list[Cut]]:
    """Each row's columns, as many in every row: the seams of a row go round the words in that row's own
    part of the poster (the sheets below cover the rest of its window). A line longer than a sheet's
    window cannot be whole on one sheet: a seam goes between its words where it can."""
    bands = [(row.seam, rows[r + 1].seam if r + 1 < len(rows) else row.end) for r, row in enumerate(rows)]
    obstacles = []
    for top, bottom in bands:
        inside = [w for w in words if w.box.y < bottom and w.box.bottom > top]
        wide = [w.line[1] - w.line[0] > span - MIN_OVERLAP for w in inside]
        whole = [(w.box.x, w.box.right) for w, too_wide in zip(inside, wide) if not too_wide]
        obstacles.append(Obstacles(whole, [(w.box.x, w.box.right) for w, too_wide in zip(inside, wide) if too_wide]))
    columns = [cuts(total, span, o) for o in obstacles]
    count = max(len(c) for c in columns)
    return [c if len(c) == count else cuts(total, span, o, count=count) for c, o in zip(columns, obstacles)]


CLEARANCE = mm(0.5)  # a seam passes at least this far from a word: trimming by hand is not exact
_TRIES = 3  # windows taken beyond the fewest to keep every word whole, at most


class Obstacles:
    """What seams along one direction go round: words (their spans along it), a few of them on lines too
    long to be whole on one sheet (``wide``: cut only when no other word need be)."""

    def __init__(self, words: list[Span], wide: list[Span] | None = None) -> None:
        every = [(a, b, False) for a, b in words] + [(a, b, True) for a, b in wide or []]
        # The words of one line share their span across it: each span once, with how many words it stands for.
        self._words = sorted((a, b, wide, n) for (a, b, wide), n in collections.Counter(every).items())
        self._starts = [a for a, _, _, _ in self._words]
        self._longest = max((b - a for a, b, _ in every), default=0.0)
        self._through: dict[float, list[tuple[float, float, bool, int]]] = {}  # place -> the words across it
        self._costs: dict[tuple[float, tuple[Span, Span]], int] = {}  # (place, shown) -> what a seam costs
        self._least: dict[float, int] = {}  # place -> the least a seam there costs
        self.blocked = _merged([(a - CLEARANCE, b + CLEARANCE) for a, b, _ in every])
        beside = {p for a, b, _ in every for p in (a - CLEARANCE / 4, b + CLEARANCE / 4)}
        self.beside = sorted(beside | {p for span in self.blocked for p in span})  # where a seam may go

    def cost(self, place: float, shown: tuple[Span, Span]) -> int:
        """What a seam there costs, between sheets that show ``shown`` (the sheet before it, the sheet
        after): a word it goes through costs 1000, one of a wide line 1; a word neither sheet shows whole
        (a word lost) far more."""
        found = self._costs.get((place, shown))
        if found is None:  # the same seam after the same sheet is asked again by each try of a count
            (before, before_end), (after, after_end) = shown
            found = 0
            for a, b, wide, n in self._across(place):
                whole = (before <= a and b <= before_end) or (after <= a and b <= after_end)
                found += n * ((1 if wide else 1000) if whole else 1_000_000)
            self._costs[(place, shown)] = found
        return found

    def least_cost(self, place: float) -> int:
        """The least a seam there can cost, whatever the sheets show: each word it goes through whole."""
        found = self._least.get(place)
        if found is None:
            found = sum(n * (1 if wide else 1000) for _, _, wide, n in self._across(place))
            self._least[place] = found
        return found

    def _across(self, place: float) -> list[tuple[float, float, bool, int]]:
        """The words a seam at ``place`` goes through (asked again for each seam before it)."""
        found = self._through.get(place)
        if found is None:
            first = bisect.bisect_left(self._starts, place - self._longest)
            found = [w for w in self._words[first : bisect.bisect_left(self._starts, place)] if w[1] > place]
            self._through[place] = found
        return found

    def free_near(self, target: float, low: float, high: float) -> float | None:
        """The place between ``low`` and ``high`` nearest ``target`` that is beside every word; None if none."""
        target = min(max(target, low), high)
        if not self._inside(target):
            return target
        # The nearest free places are the edges of the (merged, so disjoint) blocked spans, or the ends.
        ends = [p for p in (low, high) if not self._inside(p)]
        at = bisect.bisect_left(self.blocked, (low, low))
        edges = [p for a, b in self.blocked[max(at - 1, 0) :] if a <= high for p in (a, b) if low <= p <= high]
        return min([*ends, *edges], key=lambda p: abs(p - target), default=None)

    def places(self, low: float, high: float) -> list[float]:
        return [low, high, *self.beside[bisect.bisect_left(self.beside, low) : bisect.bisect_right(self.beside, high)]]

    def places_back(self, low: float, high: float) -> list[float]:
        """The places of ``places``, each once, from ``high`` back to ``low``; none when ``low`` is past ``high``."""
        if low >= high:
            return [high] if low == high else []
        inner = self.beside[bisect.bisect_right(self.beside, low) : bisect.bisect_left(self.beside, high)]
        return [high, *reversed(inner), low]

    def _inside(self, place: float) -> bool:
        at = bisect.bisect_left(self.blocked, (place, place))
        return any(a < place < b for a, b in self.blocked[max(at - 1, 0) : at + 1])


def cuts(total: float, span: float, words: Obstacles, overlap: float = MIN_OVERLAP, count: int = 0) -> list[Cut]:
    """Windows of length ``span`` from 0 to ``total``, as few as reach (or ``count``), their seams spread
    evenly, each window reaching at least ``overlap`` past the next one's seam. A seam that would go
    through a word moves to the nearest place between words within reach; when a seam finds none, one
    more window is taken (a few times at most); and when that does not help either, the seams go where
    they cut the fewest words, of long lines first."""
    if total <= span:
        return [Cut(0.0, total, 0.0)]
    fewest = count or math.ceil((total - overlap) / (span - overlap) - 1e-9)
    best: tuple[int, list[float]] | None = None
    for tried in range(fewest, fewest + (1 if count else _TRIES)):
        placed = _even_seams(total, span, words, overlap, tried)
        if placed is not None and placed[0]:  # some seam cut a word: the fewest cuts over all seams
            placed = min(placed, _fewest_cuts(total, span, words, overlap, tried) or placed)
        if placed is not None and (best is None or placed[0] < best[0]):
            best = placed
        if best is not None and best[0] == 0:
            break
    assert best is not None  # ``fewest`` windows always reach
    return _windows(total, span, best[1])


def _reach(total: float, span: float, overlap: float, prev: float, left: int) -> tuple[float, float]:
    """Where the next seam may go after one at ``prev`` with ``left`` windows after it: the window before
    reaches past it by the overlap, and the windows after it can still reach the end."""
    low = max(prev + span / 4, total - span - left * (span - overlap))
    return low, min(prev + span - overlap, total - span / 4)


def _even_seams(
    total: float, span: float, words: Obstacles, overlap: float, count: int
) -> tuple[int, list[float]] | None:
    """``count`` seams (the first at 0), each aiming at an equal share of what is left, and what the words
    they cut cost; None when ``count`` windows cannot reach the end."""
    seams, cost = [0.0], 0
    for k in range(1, count):
        prev = seams[-1]
        low, high = _reach(total, span, overlap, prev, count - k - 1)
        if low > high:
            return None
        target = prev + (total - prev) / (count - k + 1)
        place = words.free_near(target, low, high)
        if place is None:
            before = _window(total, span, prev)
            costs = {p: words.cost(p, (before, _window(total, span, p))) for p in words.places(low, high)}
            place = min(costs, key=lambda p: (costs[p], abs(p - target)))
            cost += costs[place]
        seams.append(place)
    return (cost, seams) if total - seams[-1] <= span + 1e-6 else None


def _fewest_cuts(
    total: float, span: float, words: Obstacles, overlap: float, count: int
) -> tuple[int, list[float]] | None:
    """``count`` seams cutting the fewest words in all (a seam that must cut one can leave the next the
    room to cut none): for each cost so far, the seams that got furthest with it. A seam is not priced
    when seams found before it get as far for no more than it costs at the least (``_Furthest``): the
    cheaper seams so far first, each from its furthest place back, so most are never priced."""
    frontier = [_Seams(0, [0.0])]
    for k in range(1, count):
        furthest = _Furthest()
        for seams in frontier:  # cheapest first: of two seams as good, the one found first is kept
            low, high = _reach(total, span, overlap, seams.last, count - k - 1)
            before = _window(total, span, seams.last)
            reached = furthest.reach(seams.cost)  # by seams found so far, for no more than these cost
            for place in words.places_back(low, high):
                if reached >= place:  # nor any place before it: a seam costs nothing at the least
                    break
                least = words.least_cost(place)
                if least and furthest.reach(seams.cost + least) >= place:
                    continue
                cost = seams.cost + (words.cost(place, (before, _window(total, span, place))) if least else 0)
                furthest.add(cost, place, seams)
                if cost == seams.cost:
                    reached = place
        frontier = furthest.seams
    finals = [(s.cost, s.places) for s in frontier if total - s.last <= span + 1e-6]
    return min(finals, key=lambda f: f[0], default=None)


class _Seams(NamedTuple):
    cost: int  # of the words the seams cut
    places: list[float]

    @property
    def last(self) -> float:
        return self.places[-1]


class _Furthest:
    """The seams found so far that got furthest for what they cost: each cost to the next gets further."""

    def __init__(self) -> None:
        self._costs: list[int] = []  # rising
        self.seams: list[_Seams] = []  # their last places rising

    def reach(self, cost: int) -> float:
        """How far seams found so far got, costing no more than ``cost``."""
        at = bisect.bisect_right(self._costs, cost)
        return self.seams[at - 1].last if at else -math.inf

    def add(self, cost: int, place: float, before: _Seams) -> None:
        """The seams ``before`` and one more at ``place``, kept if none found before got as far for as little;
        those it gets further than for as little go."""
        if self.reach(cost) >= place:
            return
        at = bisect.bisect_left(self._costs, cost)
        end = at
        while end < len(self.seams) and self.seams[end].last <= place:
            end += 1
        self._costs[at:end] = [cost]
        self.seams[at:end] = [_Seams(cost, [*before.places, place])]


def _window(total: float, span: float, seam: float) -> Span:
    """The window of the sheet whose seam is at ``seam``: from there, or ending at the poster's end."""
    start = min(seam, total - span)
    return start, start + span


def _windows(total: float, span: float, seams: list[float]) -> list[Cut]:
    cuts = [Cut(*_window(total, span, seam), seam) for seam in seams]
    cuts[-1] = Cut(total - span, total, cuts[-1].seam)  # exactly, whatever the rounding
    return cuts


def _merged(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


class Word(NamedTuple):
    box: Box
    line: Span  # the horizontal extent of its line


def word_boxes(page: Page) -> list[Word]:
    """Every word's box (its width measured with the fonts it is set in, its line's height), with its line."""
    words: list[Word] = []
    for block in page.blocks:
        for line in block.lines:
            top, bottom = line.y - ASCENT * line.size, line.y + DESCENT * line.size
            boxes: list[Box] = []
            x, start = line.x, None
            for text, font in line.runs:
                for token in _TOKENS.findall(text):
                    width = stringWidth(token, font, line.size)
                    if token.isspace():
                        if start is not None:
                            boxes.append(Box(start, top, x - start, bottom - top))
                            start = None
                    elif start is None:
                        start = x
                    x += width
            if start is not None:
                boxes.append(Box(start, top, x - start, bottom - top))
            words += [Word(box, (line.x, x)) for box in boxes]
    return words
