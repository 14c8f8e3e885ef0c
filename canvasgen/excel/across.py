"""The classic canvas: phases across one row, lane labels down one column."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from canvasgen.errors import CanvasError, Location
from canvasgen.excel.found import RawScore, Section, Table
from canvasgen.excel.grid import Grid, Pos
from canvasgen.model import CUSTOM_LANE, SCORE_LANE, Lane, Phase
from canvasgen.text import label_key
from canvasgen.vocabulary import is_phase_header, lane_kind


def read_across(grid: Grid, label_col: int, phase_row: int, used: set[Pos], file: str) -> Table:
    taken: set[Pos] = set()
    rows = _lane_rows(grid, label_col, phase_row, used)
    content_cols = {c for (r, c) in grid.cells if r in set(rows) and c > label_col and (r, c) not in used}
    phases, phase_cols, errors = _phases(grid, label_col, phase_row, content_cols, used, file, taken)
    corner = (phase_row, label_col)
    phase_label = None
    if corner in grid.cells and corner not in used:
        taken.add(corner)
        phase_label = grid.whole(corner)

    lanes: list[Lane] = []
    lane_rows: list[list[int]] = []
    last_owner: Pos | None = None
    for r in rows:
        owner = grid.owner((r, label_col))
        label = grid.cells.get(owner) if owner not in used else None
        if label is not None and owner != last_owner:
            text = " ".join(label.text.split())
            lanes.append(Lane(lane_kind(label.text) or CUSTOM_LANE, text, [[] for _ in phases], grid.source(owner)))
            lane_rows.append([r])
            taken.add(owner)
            last_owner = owner
        elif lanes:
            lane_rows[-1].append(r)
        else:
            lanes.append(Lane(CUSTOM_LANE, f"Row {r}", [[] for _ in phases]))
            lane_rows.append([r])

    scores: list[list[RawScore]] = [[] for _ in phases]
    for lane, lrows in zip(lanes, lane_rows):
        for index, cols in enumerate(phase_cols):
            for r in lrows:
                for c in cols:
                    pos = (r, c)
                    if pos not in grid.cells or pos in used:
                        continue
                    taken.add(pos)
                    value = grid.cells[pos]
                    if lane.kind == SCORE_LANE and value.number is not None:
                        scores[index].append(RawScore(value.number, grid.source(pos), lane.label))
                    else:
                        lane.cells[index].extend(grid.items(pos))
    section = Section(phases, lanes, scores, "grid", phase_label=phase_label)
    return Table([section], taken, phase_row, errors)


def _lane_rows(grid: Grid, label_col: int, phase_row: int, used: set[Pos]) -> list[int]:
    """Rows below the phase row that belong to the canvas."""
    occupied: dict[int, list[int]] = {}
    for r, c in grid.cells:
        if c >= label_col and r > phase_row and (r, c) not in used:
            occupied.setdefault(r, []).append(c)
    rows: list[int] = []
    r = phase_row + 1
    while r <= grid.max_row:
        label = grid.text((r, label_col))
        if r in occupied or (label and grid.owner((r, label_col)) not in used):
            if label and is_phase_header(label) and rows:
                break  # the corner of another canvas below this one
            rows.append(r)
            r += 1
            continue
        # A blank row ends the canvas unless a known lane label follows it.
        following = [row for row in occupied if row > r]
        nxt = min(following) if following else None
        if nxt is None or lane_kind(grid.text((nxt, label_col))) is None:
            break
        r = nxt
    return rows


def _phases(
    grid: Grid,
    label_col: int,
    phase_row: int,
    content_cols: set[int],
    used: set[Pos],
    file: str,
    taken: set[Pos],
) -> tuple[list[Phase], list[list[int]], list[CanvasError]]:
    phases: list[Phase] = []
    cols: list[list[int]] = []
    errors: list[CanvasError] = []
    seen: dict[str, Phase] = {}
    last_owner: Pos | None = None
    header_cols = {c for (r, c) in grid.cells if r == phase_row and c > label_col}
    merged_cols = {c for c in range(label_col + 1, grid.max_col + 1) if grid.owner((phase_row, c)) != (phase_row, c)}
    end = max(header_cols | content_cols | merged_cols | {label_col})
    for c in range(label_col + 1, end + 1):
        owner = grid.owner((phase_row, c))
        value = grid.cells.get(owner) if owner not in used else None
        if value is None:
            if c in content_cols and phases and cols[-1][-1] == c - 1:
                cols[-1].append(c)  # a step column under the phase on its left
                phases[-1].steps += 1
            elif c in content_cols:
                name = f"Column {get_column_letter(c)}"
                phases.append(Phase(name, None))
                cols.append([c])
            continue
        name = " ".join(value.text.split())
        key = label_key(name)
        if owner == last_owner or (phases and key == label_key(phases[-1].name) and cols[-1][-1] == c - 1):
            cols[-1].append(c)  # merged header, or the same name repeated: steps of one phase
            phases[-1].steps += 1
            taken.add((phase_row, c))
            continue
        if key in seen:
            first = seen[key]
            errors.append(
                CanvasError(
                    Location(file, grid.title, grid.ref(owner)),
                    f"phase '{name}' repeats the phase in {first.source.cell if first.source else '?'}; "
                    "give each phase its own name (adjacent columns under one name are read as steps "
                    "of one phase)",
                )
            )
        phase = Phase(name, grid.source(owner))
        phases.append(phase)
        cols.append([c])
        seen.setdefault(key, phase)
        taken.add(owner)
        last_owner = owner
    return phases, cols, errors
