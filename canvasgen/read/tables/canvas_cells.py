"""Where a sheet plainly holds a canvas: a phase row over a column of lane labels.

Read before the personas of a sheet, so a persona block or persona table standing above, under or beside a
canvas on the same sheet takes none of the canvas's cells (its phase row as personas' names, its last lane as a
persona's fields). Only the plain shape counts: a corner headed as phases ("Fase", "Stage") over at least one
known lane label, or known phase names over at least two known lane labels, each run of cells unbroken.
"""

from __future__ import annotations

from dataclasses import dataclass

from canvasgen.read.grid import Grid, Pos
from canvasgen.vocabulary import is_known_phase, is_phase_header, lane_kind

#: The fewest phases of a canvas: one filled cell beside a label is a key/value pair, not a phase row.
_MIN_PHASES = 2


@dataclass(frozen=True)
class CanvasArea:
    """A canvas found by its shape: its corner, its last row and column, and the cells in it."""

    corner: Pos
    last: Pos
    cells: frozenset[Pos]


def _run(grid: Grid, start: Pos, across: bool) -> list[Pos]:
    """The filled cells from ``start`` on (right or down), unbroken; a merged cell counts once."""
    run: list[Pos] = []
    row, col = start
    while grid.text((row, col)).strip() and grid.owner((row, col)) == (row, col):
        run.append((row, col))
        height, width = grid.span((row, col))
        row, col = (row, col + width) if across else (row + height, col)
    return run


def _area_at(grid: Grid, corner: Pos) -> CanvasArea | None:
    row, col = corner
    phases = _run(grid, (row, col + 1), across=True)
    labels = _run(grid, (row + 1, col), across=False)
    if len(phases) < _MIN_PHASES or not labels:
        return None
    known_lanes = sum(1 for pos in labels if lane_kind(grid.text(pos)))
    headed = is_phase_header(grid.text(corner))
    known_phases = sum(1 for pos in phases if is_known_phase(grid.text(pos))) * 2 >= len(phases)
    if not ((headed and known_lanes >= 1) or (known_phases and known_lanes >= 2)):
        return None
    last_col = phases[-1][1] + grid.span(phases[-1])[1] - 1
    last_row = labels[-1][0] + grid.span(labels[-1])[0] - 1
    cells = frozenset(pos for pos in grid.cells if row <= pos[0] <= last_row and col <= pos[1] <= last_col)
    return CanvasArea(corner, (last_row, last_col), cells)


def canvas_areas(grid: Grid) -> list[CanvasArea]:
    """The canvases of a sheet found by their plain shape, top to bottom, none inside another."""
    # a corner is headed as phases, stands over a known lane label, or beside a known phase name: only those are
    # followed along their row and column (following every cell of a dense sheet is quadratic in its size)
    corners = {
        (r, c) for r, c in grid.cells if is_phase_header(grid.text((r, c))) or is_known_phase(grid.text((r, c + 1)))
    } | {(r - 1, c) for r, c in grid.cells if r > 1 and lane_kind(grid.text((r, c)))}
    areas: list[CanvasArea] = []
    taken: set[Pos] = set()
    for corner in sorted(corners):
        if corner in taken:
            continue
        area = _area_at(grid, corner)
        if area is not None:
            areas.append(area)
            taken |= area.cells
    return areas
