"""A lane's cell merged over several phases, cut into one part per phase: where a card goes that the team
put in one of those phases only.

The reader reads a cell merged over phases as the same card in each phase it covers (one card in the kit).
A change or a removal of that card is one change of one cell. But a card added to (or moved into) one of its
phases belongs to that phase alone: written into the merged cell, it would be read in every phase the range
covers. ``apply`` then splits the range: each phase gets its own part (its columns, or its rows in a canvas
whose phases run down), every part holding what the merged cell held, and only the named phase's part the
new card; parts side by side that still hold the same stay merged together.

A part's bounds come from the phases' header cells: a phase's part starts at its header's first column (row)
and ends before the next covered phase's; the first starts and the last ends with the range. When the
headers do not tell the parts apart, the row is refused, asking to unmerge the range in the workbook.
"""

from __future__ import annotations

from dataclasses import dataclass

from canvasgen.analysis.places import Rejected
from canvasgen.model import Journey, Lane, Source
from canvasgen.read.grid import column_letters
from canvasgen.read.package.references import position


@dataclass(frozen=True)
class MergedParts:
    """A merged range of a lane (``range``, "E14:G14") and, per phase it covers, its part ("F14")."""

    sheet: str
    range: str
    parts: tuple[tuple[int, str], ...]  # (phase, the part's range), in the sheet's order
    names: dict[int, str]  # each covered phase's name

    @property
    def phases(self) -> tuple[int, ...]:
        return tuple(phase for phase, _ in self.parts)


def spanned_phases(lane: Lane, source: Source) -> list[int]:
    """The phases of ``lane`` holding an item read from ``source`` (a merged range: each phase it covers)."""
    return [p for p, cell in enumerate(lane.cells) if any(item.source == source for item in cell)]


def merged_parts(journey: Journey, lane: Lane, source: Source, phase: int, what: str) -> MergedParts | None:
    """The parts of the merged range ``source`` of ``lane``, one per phase it covers, when it covers more
    than one (else None: a card added there lands in that phase only); ``what`` names the card for a refusal
    ("the new card 'Geen herinnering'"), which says the phases and asks to unmerge the range."""
    covered = spanned_phases(lane, source)
    if ":" not in source.cell or len(covered) < 2 or phase not in covered:
        return None
    first_col, first_row, last_col, last_row = _bounds(source.cell)
    heads = [journey.phases[p].source for p in covered]
    across = len({_start(h.cell)[1] for h in heads if h is not None}) == 1  # the phases side by side in a row
    starts = [(_start(h.cell)[0] if across else _start(h.cell)[1]) if h is not None else None for h in heads]
    low, high = (first_col, last_col) if across else (first_row, last_row)
    bounds: list[tuple[int, int]] = []
    for k, start in enumerate(starts):
        begin = low if k == 0 else start
        after = starts[k + 1] if k + 1 < len(starts) else high + 1
        if begin is None or after is None or not low <= begin < after <= high + 1:
            names = ", ".join(repr(journey.phases[p].name) for p in covered)
            raise Rejected(
                f"{what} goes into {journey.phases[phase].name!r} only, but {source.cell} is one cell merged over "
                f"{names} and canvasgen cannot tell which part of it is whose: unmerge {source.cell} in the "
                "workbook, or give the card the phases the merged cell has"
            )
        bounds.append((begin, after - 1))
    parts = tuple(
        (p, _range((b, first_row, e, last_row) if across else (first_col, b, last_col, e)))
        for p, (b, e) in zip(covered, bounds)
    )
    return MergedParts(source.sheet, source.cell, parts, {p: journey.phases[p].name for p in covered})


def joined(parts: list[str]) -> str:
    """Parts side by side made one range again ("E14" and "F14" → "E14:F14")."""
    first, last = _bounds(parts[0]), _bounds(parts[-1])
    return _range((first[0], first[1], last[2], last[3]))


def _bounds(cell: str) -> tuple[int, int, int, int]:
    """A cell's or a range's first column, first row, last column and last row."""
    ends = [position(end) for end in cell.split(":")]
    if None in ends:
        raise ValueError(f"{cell!r} is not a cell reference")  # the reader's own references: a bug, not bad input
    places = [end for end in ends if end is not None]
    (top, left), (bottom, right) = places[0], places[-1]
    return left, top, right, bottom


def _start(cell: str) -> tuple[int, int]:
    """A header's first column and row."""
    col, row, _, _ = _bounds(cell)
    return col, row


def _range(bounds: tuple[int, int, int, int]) -> str:
    first_col, first_row, last_col, last_row = bounds
    top = f"{column_letters(first_col)}{first_row}"
    bottom = f"{column_letters(last_col)}{last_row}"
    return top if top == bottom else f"{top}:{bottom}"
