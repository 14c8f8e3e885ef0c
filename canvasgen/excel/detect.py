"""Finding canvases in a sheet, wherever they start.

A canvas is where a row of phase names meets a column of lane labels (phases
across), or where a header row of lane labels meets a phase column (phases
down). Candidates are scored by how many known labels they hold; the best is
read, its cells set aside, and the search repeats for further tables.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from canvasgen.excel.across import read_across
from canvasgen.excel.down import read_down
from canvasgen.excel.found import RawScore, Section, Table
from canvasgen.excel.grid import Grid, Pos
from canvasgen.model import SCORE_LANE, Lane, Phase
from canvasgen.vocabulary import is_persona_header, is_phase_header, lane_kind

#: Rows above the first lane label in which the phase row may be found.
_PHASE_ROW_REACH = 4


@dataclass
class _Candidate:
    score: int
    read: Callable[[], Table]


def find_tables(grid: Grid, file: str) -> list[Table]:
    used: set[Pos] = set()
    tables: list[Table] = []
    while True:
        candidates = _across_candidates(grid, used, file) + _down_candidates(grid, used)
        if not candidates:
            break
        best = max(candidates, key=lambda c: c.score)
        table = best.read()
        if not table.used - used or not any(s.phases for s in table.sections):
            break
        used |= table.used
        tables.append(table)
    if not tables:
        headerless = _headerless(grid)
        if headerless is not None:
            tables.append(headerless)
    return tables


def _across_candidates(grid: Grid, used: set[Pos], file: str) -> list[_Candidate]:
    by_col: dict[int, list[int]] = {}
    for (r, c), value in grid.cells.items():
        if (r, c) not in used and value.number is None and lane_kind(value.text):
            by_col.setdefault(c, []).append(r)
    found: list[_Candidate] = []
    for col, rows in by_col.items():
        if len(rows) < 2:
            continue
        first = min(rows)
        for phase_row in range(first - 1, max(first - 1 - _PHASE_ROW_REACH, 0), -1):
            right = [c for c in grid.row(phase_row) if c > col and (phase_row, c) not in used]
            if len(right) >= 2:
                bonus = 2 if is_phase_header(grid.text((phase_row, col))) else 0
                found.append(_Candidate(len(rows) + bonus, _reader_across(grid, col, phase_row, used, file)))
                break
    # A corner cell reading "Fase" / "Phase" with names to its right also starts a canvas.
    for (r, c), value in grid.cells.items():
        if (r, c) in used or not is_phase_header(value.text):
            continue
        right = [cc for cc in grid.row(r) if cc > c and (r, cc) not in used]
        below = [rr for rr in grid.column(c) if rr > r and (rr, c) not in used]
        if len(right) >= 2 and below and sum(1 for cc in right if lane_kind(grid.text((r, cc)))) < 2:
            labels = sum(1 for rr in below if lane_kind(grid.text((rr, c))))
            found.append(_Candidate(2 + labels, _reader_across(grid, c, r, used, file)))
    return found


def _down_candidates(grid: Grid, used: set[Pos]) -> list[_Candidate]:
    by_row: dict[int, list[int]] = {}
    for (r, c), value in grid.cells.items():
        if (r, c) not in used and value.number is None:
            by_row.setdefault(r, []).append(c)
    found: list[_Candidate] = []
    for row, cols in by_row.items():
        texts = {c: grid.cells[(row, c)].text for c in cols}
        lanes = [c for c, t in texts.items() if lane_kind(t)]
        phase_cols = [c for c, t in texts.items() if is_phase_header(t)]
        below = [r for r in by_row if r > row]
        if not below:
            continue
        if phase_cols and len(cols) >= 2:
            phase_col = phase_cols[0]
            if any((r, phase_col) in grid.cells for r in below) or grid.owner((row + 1, phase_col)) != (
                row + 1,
                phase_col,
            ):
                found.append(_Candidate(len(lanes) + 2, _reader_down(grid, row, phase_col, used)))
        elif len(lanes) >= 2:
            leftmost = min(cols)
            if leftmost not in lanes and not is_persona_header(texts[leftmost]):
                found.append(_Candidate(len(lanes), _reader_down(grid, row, leftmost, used)))
    return found


def _reader_across(grid: Grid, col: int, row: int, used: set[Pos], file: str) -> Callable[[], Table]:
    return lambda: read_across(grid, col, row, used, file)


def _reader_down(grid: Grid, row: int, col: int, used: set[Pos]) -> Callable[[], Table]:
    return lambda: read_down(grid, row, col, used)


def _headerless(grid: Grid) -> Table | None:
    """A column of at least three phase names, each with a score beside it.

    Some teams skip headers altogether: stages down a column, a number per
    stage. Read it as phases with scores; everything else stays a note.
    """
    best: list[int] = []
    best_col = 0
    for col in sorted({c for _, c in grid.cells}):
        run: list[int] = []
        for row in [*grid.column(col), grid.max_row + 2]:
            value = grid.cells.get((row, col))
            beside = grid.cells.get((row, col + 1))
            ok = value is not None and value.number is None and beside is not None and beside.number is not None
            if ok and (not run or run[-1] == row - 1):
                run.append(row)
                continue
            if len(run) > len(best):
                best, best_col = run, col
            run = [row] if ok else []
    if len(best) < 3:
        return None
    phases = [Phase(" ".join(grid.cells[(r, best_col)].text.split()), grid.source((r, best_col))) for r in best]
    scores = [[RawScore(grid.cells[(r, best_col + 1)].number or 0.0, grid.source((r, best_col + 1)), "")] for r in best]
    lane = Lane(SCORE_LANE, "Score", [[] for _ in phases])
    used = {(r, best_col) for r in best} | {(r, best_col + 1) for r in best}
    return Table([Section(phases, [lane], scores, "transposed")], used, min(best))
