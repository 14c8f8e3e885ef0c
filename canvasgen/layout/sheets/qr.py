"""A card's QR code: reportlab's encoder, the same modules it makes, with its choice of mask made faster.

reportlab's ``QRCode.make`` lays the code out with each of the eight masks and scores each with pure-Python
list work (``QRUtil.getLostPoint``): a third of a workshop kit's time. Here each mask's modules are scored as
strings of 0 and 1 by the same rules, with their quirks (only the pattern that starts dark, never at a row's
last start, and only along rows), and the first mask of the lowest score is chosen, as reportlab chooses it;
``tests/layout/sheets/test_qr_codes.py`` compares the modules with reportlab's own for every card ID."""

from __future__ import annotations

import functools
import itertools
import re

#: A run of five or more modules of one colour (reportlab's rule 1: a run of n scores n - 2).
_RUN = re.compile("0{5,}|1{5,}")
#: The finder-like pattern of reportlab's rule 3 (dark first, then four light), 40 each, along rows only.
_FINDER = "10111010000"


def qr_modules(text: str) -> list[list[bool]]:
    """The QR code of ``text`` at error-correction level M, as reportlab's ``QRCode.make`` lays it out:
    its modules by row, True where dark."""
    # Imported here, by the cards that draw one: the barcode package registers every barcode widget of
    # reportlab (its shapes and charts) as it is imported, which no other sheet or command needs.
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.version = code.calculate_version()
    # Laid out once for the scoring (as reportlab's test layouts: no format bits, so only the data modules
    # differ from mask to mask); each mask's rows then as bits: the fixed modules, the data XOR the mask.
    code.makeImpl(True, 0)
    width = code.moduleCount
    places = code.dataPosIterator()
    bits = list(code.dataBitIterator(code.dataCache))
    data, fixed = [0] * width, [int("".join("1" if m else "0" for m in row), 2) for row in code.modules]
    for (column, row), bit in zip(places, bits):
        if bit:
            data[row] |= 1 << (width - 1 - column)
    kept = _data_places(code.version, width, tuple(places))
    fixed = [f & ~k for f, k in zip(fixed, kept[8])]
    scores = []
    for mask in range(8):
        rows = [format(f | (d ^ m), f"0{width}b") for f, d, m in zip(fixed, data, kept[mask])]
        scores.append(lost_points(rows))
    code.makeImpl(False, scores.index(min(scores)))  # the first of the lowest, as reportlab's loop keeps it
    return [[bool(m) for m in row] for row in code.modules]


@functools.lru_cache(maxsize=64)
def _data_places(version: int, width: int, places: tuple[tuple[int, int], ...]) -> list[list[int]]:
    """Per row as bits, for a code of ``version``: where each of the eight masks darkens a data module, and
    (ninth) every data module."""
    from reportlab.graphics.barcode import qrencoder

    rows = [[0] * width for _ in range(9)]
    for column, row in places:
        bit = 1 << (width - 1 - column)
        rows[8][row] |= bit
        for mask in range(8):
            if qrencoder.QRUtil.getMask(mask)(row, column):
                rows[mask][row] |= bit
    return rows


def lost_points(rows: list[str]) -> int:
    """reportlab's penalty of a mask (``QRUtil.getLostPoint``), computed on its rows (and columns) as text
    of 0 and 1."""
    columns = ["".join(column) for column in zip(*rows)]
    runs = sum(len(run) - 2 for line in (*rows, *columns) for run in _RUN.findall(line))
    return runs + _blocks(rows) + sum(_finders(row) for row in rows) + _balance(rows)


def _blocks(rows: list[str]) -> int:
    """Rule 2: 3 for each 2 x 2 block of one colour."""
    width = len(rows[0])
    full = (1 << width) - 1
    score = 0
    for upper, lower in itertools.pairwise(rows):
        a, b = int(upper, 2), int(lower, 2)
        vertical = ~(a ^ b) & full  # a module the same as the one below it
        horizontal = ~(a ^ (a >> 1)) & (full >> 1)  # a module the same as the one to its left (bit shifted)
        score += 3 * (vertical & (vertical >> 1) & horizontal).bit_count()
    return score


def _finders(row: str) -> int:
    """Rule 3 along one row, as reportlab scans it: left to right, a match skips its length, and the row's
    last place a pattern could start is never tried."""
    score, start, last = 0, 0, len(row) - len(_FINDER)
    while (found := row.find(_FINDER, start)) != -1 and found < last:
        score += 40
        start = found + len(_FINDER)
    return score


def _balance(rows: list[str]) -> int:
    """Rule 4: 10 for each 5 % the share of dark modules is away from half (percent rounded down)."""
    dark = sum(row.count("1") for row in rows)
    return 10 * (abs(100 * dark // (len(rows) * len(rows[0])) - 50) // 5)
