"""A big poster page cut into office-printer sheets: where each sheet's window onto the poster goes.

Pure geometry, in points. Each sheet shows a window of the poster (its ``source``) inside the sheet's
printable area; neighbouring windows overlap by at least ``MIN_OVERLAP`` so the sheets can be laid over
each other and taped. Cuts are moved back (never forward) so that no word is split between two sheets
when one sheet could hold it whole: every word is then readable on at least one sheet.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

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


@dataclass(frozen=True)
class Tile:
    column: int
    row: int
    source: Box  # the part of the poster page this sheet shows

    @property
    def label(self) -> str:
        """Column letter(s) and row number, as on a map: "B2"."""
        return f"{column_letters(self.column)}{self.row + 1}"


@dataclass(frozen=True)
class Tiling:
    sheet: tuple[float, float]  # width, height of a sheet as it lies (portrait or landscape)
    window: Box  # where the poster shows on every sheet
    columns: list[Span]  # each column's poster x range, left to right
    rows: list[Span]  # each row's poster y range, top to bottom

    @property
    def tiles(self) -> list[Tile]:
        return [
            Tile(c, r, Box(x0, y0, x1 - x0, y1 - y0))
            for r, (y0, y1) in enumerate(self.rows)
            for c, (x0, x1) in enumerate(self.columns)
        ]


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
    spans_x, spans_y = word_spans(page)
    short, long = sorted(paper)
    best: Tiling | None = None
    for sheet in ((short, long), (long, short)):
        window = sheet_window(sheet)
        columns = cuts(poster[0], window.w, spans_x)
        rows = cuts(poster[1], window.h, spans_y)
        if best is None or len(columns) * len(rows) < len(best.columns) * len(best.rows):
            best = Tiling(sheet, window, columns, rows)
    assert best is not None
    return best


def cuts(total: float, span: float, words: list[Span], overlap: float = MIN_OVERLAP) -> list[Span]:
    """Windows of length ``span`` from 0 to ``total``, as few as reach and spread evenly, each starting
    at least ``overlap`` before its neighbour ends; a window starts earlier when its neighbour's end would
    cut a word in two (up to half a window: a word wider than that is cut wherever it falls), and one
    more window is taken when those moves leave the end unreached. The last window ends at ``total``."""
    if total <= span:
        return [(0.0, total)]
    ordered = sorted(words)
    fewest = math.ceil((total - overlap) / (span - overlap) - 1e-9)
    for count in range(fewest, fewest + _TRIES):
        windows = _spread(total, span, ordered, overlap, count)
        if windows[-1][1] >= total - 0.01:
            break
    else:
        windows = _spread(total, span, [], overlap, fewest)  # cut words rather than take ever more sheets
    windows[-1] = (total - span, total)  # exactly, whatever the rounding
    return windows


_TRIES = 4


def _spread(total: float, span: float, words: list[Span], overlap: float, count: int) -> list[Span]:
    """``count`` windows, each starting an equal share of what is left on from the one before (so a
    window moved back for a word spreads the move over the ones after it)."""
    windows = [(0.0, span)]
    for k in range(1, count):
        start, end = windows[-1]
        nxt = min(start + (total - span - start) / (count - k), end - overlap)
        for a, b in words:  # sorted by where they start: the first one cut by ``end`` decides
            if a >= nxt:
                break
            if a < end < b and a >= start + span / 2:
                nxt = a
        windows.append((nxt, nxt + span))
    return windows


def word_spans(page: Page) -> tuple[list[Span], list[Span]]:
    """Every word's horizontal extent and every line's vertical one, measured with the fonts it is set in."""
    xs: list[Span] = []
    ys: list[Span] = []
    for block in page.blocks:
        for line in block.lines:
            ys.append((line.y - ASCENT * line.size, line.y + DESCENT * line.size))
            x, start = line.x, None
            for text, font in line.runs:
                for token in _TOKENS.findall(text):
                    width = stringWidth(token, font, line.size)
                    if token.isspace():
                        if start is not None:
                            xs.append((start, x))
                            start = None
                    elif start is None:
                        start = x
                    x += width
            if start is not None:
                xs.append((start, x))
    return xs, ys
