"""Finding canvases in a sheet by their structure, in any language.

The sheet is cut into blocks of cells (``blocks``); a block whose first spanning row meets a
column of labels is a table, whatever words it holds. ``orient`` decides whether the phases
run across its header row or down its label column; known words only vote. The table is
read, its cells set aside, and the search repeats for further tables. A sheet with no such
table may still hold stages down a column with a score beside each (``_headerless``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter

from canvasgen.excel.across import read_across
from canvasgen.excel.blocks import Frame, find_blocks, frame_of
from canvasgen.excel.down import read_down
from canvasgen.excel.found import RawScore, Section, Table, phase_keys
from canvasgen.excel.grid import Grid, Pos
from canvasgen.excel.orient import Orientation, orient
from canvasgen.model import CUSTOM_LANE, SCORE_LANE, Lane, Phase
from canvasgen.vocabulary import is_persona_header, is_phase_header


@dataclass
class Hints:
    """The user's corrections for one sheet: where the phases are, and what a lane label means."""

    phases_row: int | None = None
    phases_col: int | None = None
    labels_col: int | None = None
    labels_row: int | None = None
    lane_kinds: dict[str, str] = field(default_factory=dict)


def find_tables(grid: Grid, file: str, taken: set[Pos] | None = None, hints: Hints | None = None) -> list[Table]:
    """The tables in a sheet, apart from cells already ``taken`` (persona blocks, say)."""
    hints = hints or Hints()
    used: set[Pos] = set(taken or ())
    tables: list[Table] = []
    while True:
        table = _next_table(grid, used, file, hints, tables)
        if table is None:
            break
        used |= table.used
        tables.append(table)
    if not tables and not taken:
        headerless = _headerless(grid)
        if headerless is not None:
            tables.append(headerless)
    return tables


def _belongs(table: Table, orientation: Orientation, found: list[Table]) -> bool:
    """A later table in a sheet is a journey only with a sign of one: phases it shares with an earlier
    table, or words that name phases or lanes. A lookup table beside a journey (touchpoints with a
    priority, say) stays notes."""
    if not found or orientation.rule.startswith("set by"):
        return True
    earlier = {k for t in found for s in t.sections for k in phase_keys(s.phases)}
    section = table.sections[0]
    if earlier & set(phase_keys(section.phases)):
        return True
    known = [lane for s in table.sections for lane in s.lanes if lane.kind != CUSTOM_LANE]
    return bool(known) or (section.phase_label is not None and is_phase_header(section.phase_label.text))


def _next_table(grid: Grid, used: set[Pos], file: str, hints: Hints, found: list[Table]) -> Table | None:
    for block in find_blocks(grid, used):
        frame = _corrected(grid, frame_of(grid, block, used), hints, block.left, used)
        if frame is None:
            continue
        orientation = _orientation(grid, frame, used, hints)
        table = _read(grid, frame, orientation, used, file, hints)
        if table.used - used and any(s.phases for s in table.sections) and _belongs(table, orientation, found):
            for section in table.sections:
                section.reading = _reading(grid, frame, orientation)
            return table
    return None


def _orientation(grid: Grid, frame: Frame, used: set[Pos], hints: Hints) -> Orientation:
    if hints.phases_row is not None or hints.labels_col is not None:
        return Orientation(True, "set by --phases-row / --labels")
    if hints.phases_col is not None or hints.labels_row is not None:
        return Orientation(False, "set by --phases-col")
    return orient(grid, frame, used)


def _corrected(grid: Grid, frame: Frame | None, hints: Hints, left: int, used: set[Pos]) -> Frame | None:
    """The frame the user asked for, where they named the phase row or label column."""
    row = hints.phases_row or hints.labels_row
    col = hints.labels_col or hints.phases_col
    if row is None and col is None:
        return frame
    if frame is None and (row is None or col is None):
        return None
    header_row = row if row is not None else frame.header_row  # type: ignore[union-attr]
    label_col = col if col is not None else min(c for (r, c) in grid.cells if r > header_row and c >= left)
    header_cols = tuple(c for c in grid.row(header_row) if c > label_col and (header_row, c) not in used)
    rows = [r for r in grid.column(label_col) if r > header_row and (r, label_col) not in used]
    if len(header_cols) < 1 or not rows:
        return None
    bottom = max(r for (r, c) in grid.cells if c >= label_col and r > header_row)
    return Frame(
        header_row, label_col, None, None, header_cols, tuple(rows), bottom, (header_row, label_col) in grid.cells
    )


def _read(grid: Grid, frame: Frame, orientation: Orientation, used: set[Pos], file: str, hints: Hints) -> Table:
    if orientation.across:
        return read_across(grid, frame, used, file, hints.lane_kinds)
    phase_col = _phase_column(grid, frame)
    return read_down(
        grid, frame.header_row, phase_col, used, hints.lane_kinds, (frame.label_col, max(frame.header_cols))
    )


def _phase_column(grid: Grid, frame: Frame) -> int:
    """In a table with phases down: the column headed 'Phase'/'Stage', else the first that is not a persona's."""
    columns = [frame.label_col, *frame.header_cols]
    named = [c for c in columns if is_phase_header(grid.text((frame.header_row, c)))]
    if named:
        return named[0]
    for c in columns:
        if not is_persona_header(grid.text((frame.header_row, c))):
            return c
    return frame.label_col


def _reading(grid: Grid, frame: Frame, orientation: Orientation) -> list[str]:
    """How the table was read, in sentences for ``check --explain``."""
    col = get_column_letter(frame.label_col)
    first, last = get_column_letter(frame.header_cols[0]), get_column_letter(frame.header_cols[-1])
    header = f"row {frame.header_row} ({first}{frame.header_row}:{last}{frame.header_row})"
    labels = f"column {col} ({col}{frame.label_rows[0]}:{col}{frame.label_rows[-1]})"
    lines = [
        f"{'phases' if orientation.across else 'lanes'} in {header}; {'lanes' if orientation.across else 'phases'} "
        f"in {labels}; body down to row {frame.bottom}",
        f"phases {'across' if orientation.across else 'down'}: {orientation.rule}",
    ]
    if frame.upper_row is not None:
        lines.append(f"phase names in row {frame.upper_row}, their steps in row {frame.header_row}")
    if frame.group_col is not None:
        lines.append(f"lane groups in column {get_column_letter(frame.group_col)}")
    if not frame.corner:
        lines.append(f"the corner cell {col}{frame.header_row} is empty")
    return lines


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
            ok = value is not None and value.is_text and beside is not None and beside.number is not None
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
    section = Section(phases, [lane], scores, "transposed")
    section.reading = [f"no header row: stages down column {get_column_letter(best_col)} with a score beside each"]
    return Table([section], used, min(best))
