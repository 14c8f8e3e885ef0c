"""Which way a table runs: phases across its header row, or down its label column.

Each sign in the sheet votes, weighted by how much it says: known lane words and blueprint or
emotion-level rows (lanes), numbering and arrows or known phase words (phases), a row or column
of scores (a lane), an upper header level over steps (phases across), names repeating down the
label column (a long table), and which lines hold alike cells (a lane's cells are alike; a
phase's are not). When nothing votes, the longer side holds the phases (across on a tie), and
the reading says it was a guess.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from openpyxl.utils import get_column_letter

from canvasgen.read.grid import CellValue, Grid, Pos
from canvasgen.read.tables.blocks import Frame
from canvasgen.read.tables.sheet_roles import listed_stages
from canvasgen.text import label_key
from canvasgen.vocabulary import is_known_phase, lane_kind
from canvasgen.vocabulary.roles import feeling_of_row
from canvasgen.vocabulary.structure import blueprint_line, blueprint_part, is_arrow, is_decorated


@dataclass(frozen=True)
class Orientation:
    across: bool
    rule: str  # why, in words, for ``check --explain``
    guessed: bool = False


def orient(grid: Grid, frame: Frame, used: set[Pos], grouped: bool = False) -> Orientation:
    """Which way round the frame's table runs; ``grouped``: its upper row names groups of the phases."""
    if frame.banners:
        return Orientation(True, "lane titles are written across the phases, each above its items")
    # a date cell's day is no numbering ("15 maart"): its dates vote on their own (``_vote_dates``)
    header = [_undated(grid, (frame.header_row, c)) for c in frame.header_cols]
    labels = [_undated(grid, (r, frame.label_col)) for r in frame.label_rows]
    votes: list[tuple[int, str]] = []
    _vote_words(votes, header, labels)
    _vote_dates(votes, grid, frame)
    _vote_lines(votes, grid, frame, used)
    _vote_arrows(votes, grid, frame)
    _vote_listed(votes, grid, header, labels, frame)
    if frame.upper_row is not None:
        what = "groups of the phases" if grouped else "phases over the steps"
        votes.append((3, f"row {frame.upper_row} names {what} in row {frame.header_row}"))
    keys = [label_key(t) for t in labels if not is_arrow(t)]  # arrows between the names are no names
    if len(set(keys)) < len(keys):
        votes.append((-4, f"names repeat down column {_letter(frame.label_col)}: a long table, one row per step"))
    total = sum(v for v, _ in votes)
    if total:
        agreeing = sorted((vote for vote in votes if vote[0] * total > 0), key=lambda vote: -abs(vote[0]))
        return Orientation(total > 0, "; ".join(why for _, why in agreeing[:3]))
    across = len(frame.header_cols) >= len(frame.label_rows)
    side = "row" if across else "column"
    return Orientation(
        across,
        f"nothing in the sheet tells phases from lanes; the longer side ({side}) was taken for the phases",
        guessed=True,
    )


def _vote_words(votes: list[tuple[int, str]], header: list[str], labels: list[str]) -> None:
    lanes_down = sum(1 for t in labels if lane_kind(t) or blueprint_part(t) or blueprint_line(t))
    lanes_across = sum(1 for t in header if lane_kind(t) or blueprint_part(t))
    if lanes_down != lanes_across:
        votes.append((3 * (lanes_down - lanes_across), f"known lane labels: {lanes_down} down, {lanes_across} across"))
    levels = sum(1 for t in labels if feeling_of_row(t) is not None)
    if levels >= 2:
        votes.append((3, f"{levels} rows are labelled by a level of feeling"))
    decorated = sum(1 for t in header if t and is_decorated(t)) - sum(1 for t in labels if t and is_decorated(t))
    if abs(decorated) >= 2:
        votes.append((2 * _sign(decorated), "numbered or arrowed names " + ("across" if decorated > 0 else "down")))
    phases = sum(1 for t in header if is_known_phase(t)) - sum(1 for t in labels if is_known_phase(t))
    if phases:
        votes.append((2 * phases, "known phase names " + ("across" if phases > 0 else "down")))
    questions = sum(1 for t in labels if t.rstrip().endswith(("?", ":"))) - sum(
        1 for t in header if t.rstrip().endswith(("?", ":"))
    )
    if abs(questions) >= 2:
        votes.append((_sign(questions), "labels written as questions " + ("down" if questions > 0 else "across")))


def _vote_listed(votes: list[tuple[int, str]], grid: Grid, header: list[str], labels: list[str], frame: Frame) -> None:
    """Names that a stage list on the sheet titles its stages by ("id | title": "S1 | Oriënteren") are phases:
    the list's canvas names them along its phases, whatever words its lanes are in."""
    listed = listed_stages(grid)
    if not listed.titles:
        return
    across = listed.named_in(frame.header_row, header) - listed.named_in(frame.header_row, labels)
    if abs(across) >= 2:
        where = f"row {frame.header_row}" if across > 0 else f"column {_letter(frame.label_col)}"
        votes.append((3 * _sign(across), f"{where} names the stages of the stage list on the sheet"))


def _undated(grid: Grid, pos: Pos) -> str:
    """The cell's text, "" for a date cell."""
    value = grid.get(pos)
    return "" if value is None or value.when is not None else value.text


def _vote_dates(votes: list[tuple[int, str]], grid: Grid, frame: Frame) -> None:
    """Date cells in a row of names (1 March, 15 March, ...) are a timeline: they run along the phases."""
    across = sum(1 for c in frame.header_cols if (v := grid.get((frame.header_row, c))) and v.when is not None)
    down = sum(1 for r in frame.label_rows if (v := grid.get((r, frame.label_col))) and v.when is not None)
    if abs(across - down) >= 2:
        votes.append((2 * _sign(across - down), "dates " + ("across" if across > down else "down")))


def _arrow(grid: Grid, pos: Pos) -> bool:
    value = grid.cells.get(pos)
    return value is not None and (is_arrow(value.text) or (value.placeholder and is_decorated("x " + value.text)))


def _vote_arrows(votes: list[tuple[int, str]], grid: Grid, frame: Frame) -> None:
    """Arrows in cells of their own between the names (">>" between two phases) point along the phases."""
    first, last = frame.header_cols[0], frame.header_cols[-1]
    across = sum(1 for c in range(first + 1, last) if _arrow(grid, (frame.header_row, c)))
    down = sum(1 for r in range(frame.label_rows[0] + 1, frame.label_rows[-1]) if _arrow(grid, (r, frame.label_col)))
    if across != down and max(across, down) >= 2:
        where = f"row {frame.header_row}" if across > down else f"column {_letter(frame.label_col)}"
        said = f"arrows between the names in {where} point along the phases (separators, no phases)"
        votes.append((3 * _sign(across - down), said))


def _vote_lines(votes: list[tuple[int, str]], grid: Grid, frame: Frame, used: set[Pos]) -> None:
    """Scores and alike cells: a lane's line holds one kind of content."""
    by_row: dict[int, list[CellValue]] = {r: [] for r in frame.label_rows}
    by_col: dict[int, list[CellValue]] = {c: [] for c in frame.header_cols}
    for r in frame.label_rows:
        for c in frame.header_cols:
            value = grid.cells.get((r, c))
            if value is not None and (r, c) not in used and not value.placeholder:
                by_row[r].append(value)
                by_col[c].append(value)
    numeric_rows = [r for r, cells in by_row.items() if _all_numbers(cells, len(frame.header_cols))]
    numeric_cols = [c for c, cells in by_col.items() if _all_numbers(cells, len(frame.label_rows))]
    if numeric_rows and not numeric_cols:
        votes.append((3, f"row {numeric_rows[0]} holds a number for each column: a score lane"))
    elif numeric_cols and not numeric_rows:
        votes.append((-3, f"column {_letter(numeric_cols[0])} holds a number for each row: a score lane"))
    rows = [[_size(v.text) for v in cells] for cells in by_row.values()]
    cols = [[_size(v.text) for v in cells] for cells in by_col.values()]
    within_rows, within_cols = _spread(rows), _spread(cols)
    if within_rows is None or within_cols is None:
        return
    if within_rows < 0.6 * within_cols:
        votes.append((1, "cells along each row are alike (rows are lanes)"))
    elif within_cols < 0.6 * within_rows:
        votes.append((-1, "cells down each column are alike (columns are lanes)"))


def _all_numbers(cells: list[CellValue], line: int) -> bool:
    return len(cells) >= max(2, line // 2) and all(v.number is not None for v in cells)


def _size(text: str) -> float:
    return math.log(1 + len(text))


#: The cells a line holds for how alike they are to be weighed: two cells (a canvas of two lanes, down each phase)
#: are alike or not by chance, and turned small canvases of the client's own words sideways.
_ALIKE_CELLS = 3


def _spread(lines: list[list[float]]) -> float | None:
    """Mean standard deviation within lines of at least ``_ALIKE_CELLS`` cells (None: fewer than two such lines)."""
    spreads = []
    for values in lines:
        if len(values) >= _ALIKE_CELLS:
            mean = sum(values) / len(values)
            spreads.append(math.sqrt(sum((v - mean) ** 2 for v in values) / len(values)))
    if len(spreads) < 2:
        return None
    return sum(spreads) / len(spreads) + 1e-9


def _sign(n: int) -> int:
    return 1 if n > 0 else -1


def _letter(col: int) -> str:
    return str(get_column_letter(col))
