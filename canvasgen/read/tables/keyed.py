"""A long table keyed by two columns: one row per persona and stage (``persona_id, stage_id, goal, ...``).

The header names a persona column and a stage column; persona ids repeat down the rows, each over
most of the same stages, and each (persona, stage) pair comes once. Each persona is a journey over the same
stages: the stage ids in order (by number when they are numbers), a persona without a row for a stage
has an empty phase there. The other columns are lanes (an emotion or score column scores the phases).
An id with a row for a single stage among personas with many ("EXPL": an explanation) is no journey:
its rows stay notes. The header cell over the persona ids stays a note too: it names no one.
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from canvasgen.model import LaneKind, Phase
from canvasgen.read.grid import Grid, Pos
from canvasgen.read.tables.down import Row, section_of
from canvasgen.read.tables.found import Section, Table
from canvasgen.text import phase_key
from canvasgen.vocabulary import is_persona_header, is_phase_header
from canvasgen.vocabulary.structure import strip_decoration

_MIN_PERSONAS = 2
#: A matrix: each persona has a row for most of the stages (a long table's personas go their own ways).
_COVERED = 0.6
#: Rows of the header looked for among a sheet's first filled rows.
_HEADER_REACH = 5


def read_keyed(grid: Grid, used: set[Pos], lane_kinds: dict[str, LaneKind]) -> Table | None:
    """The journeys of a persona × stage table in the sheet, or None when it holds none."""
    found = _header(grid, used)
    if found is None:
        return None
    header_row, persona_col, stage_col = found
    cols = [c for c in grid.row(header_row) if (header_row, c) not in used]
    rows = _rows(grid, header_row, (persona_col, stage_col), used)
    by_persona: dict[str, list[int]] = {}
    for r in rows:
        by_persona.setdefault(_key(grid, (r, persona_col)), []).append(r)
    pairs = {(_key(grid, (r, persona_col)), _key(grid, (r, stage_col))) for r in rows}
    stages_of = {p: {_key(grid, (r, stage_col)) for r in rs} for p, rs in by_persona.items()}
    journeys = [p for p, s in stages_of.items() if len(s) >= 2]
    every = {s for p in journeys for s in stages_of[p]}
    if len(journeys) < _MIN_PERSONAS or len(pairs) < 0.9 * len(rows):
        return None  # no persona goes through stages, or pairs repeat: no table keyed by the two
    if any(len(stages_of[p]) < _COVERED * len(every) for p in journeys):
        return None  # personas through stages of their own: a long table per persona, read as such
    stages = _stage_order(grid, [r for p in journeys for r in by_persona[p]], stage_col)
    lane_cols = [c for c in cols if c not in (persona_col, stage_col)]
    taken: set[Pos] = {(header_row, c) for c in cols if c != persona_col}
    sections: list[Section] = []
    for persona in journeys:
        group = [Row(r, (r, stage_col), (r, persona_col)) for r in by_persona[persona]]
        name = grid.whole((group[0].row, persona_col))
        section = section_of(grid, header_row, group, lane_cols, used, taken, name, lane_kinds)
        taken.update(row.group for row in group if row.group is not None)
        taken.update(row.phase for row in group if row.phase is not None)
        _spread_over(grid, section, stages)
        section.phase_label = grid.whole((header_row, stage_col))
        sections.append(section)
    apart = [grid.text((by_persona[p][0], persona_col)).strip() for p in stages_of if p not in journeys]
    p_letter, s_letter = get_column_letter(persona_col), get_column_letter(stage_col)
    reading = (
        f"a long table keyed by two columns: persona in column {p_letter}, stage in column {s_letter} (header row "
        f"{header_row}); one journey per persona ({len(journeys)}) over the same {len(stages)} stages, named by "
        f"their ids in order; the other columns are lanes"
    )
    if apart:
        reading += f"; {', '.join(repr(p) for p in apart)} with a row for one stage only: notes"
    reading += (
        f" — to name the stages, write their names in column {s_letter} instead of their ids, or give a "
        "stage list (id, title) and a persona list (id, name) with --with, matched by id"
    )
    for section in sections:
        section.reading = [reading, *section.reading]
    return Table(sections, taken, header_row)


def _header(grid: Grid, used: set[Pos]) -> tuple[int, int, int] | None:
    for row in sorted({r for r, _ in grid.cells})[:_HEADER_REACH]:
        cols = [c for c in grid.row(row) if (row, c) not in used]
        if len(cols) < 3:
            continue
        persona = next((c for c in cols if is_persona_header(grid.text((row, c)))), None)
        stage = next((c for c in cols if c != persona and is_phase_header(grid.text((row, c)))), None)
        if persona is not None and stage is not None:
            return row, persona, stage
    return None


def _rows(grid: Grid, header_row: int, keys: tuple[int, int], used: set[Pos]) -> list[int]:
    """The rows under the header with both keys filled, up to the first without."""
    rows: list[int] = []
    for r in sorted({r for r, _ in grid.cells if r > header_row}):
        if any((r, c) not in grid.cells or (r, c) in used or not grid.text((r, c)).strip() for c in keys):
            break
        rows.append(r)
    return rows


def _key(grid: Grid, pos: Pos) -> str:
    return phase_key(strip_decoration(" ".join(grid.text(pos).split())))


def _stage_order(grid: Grid, rows: list[int], col: int) -> list[tuple[str, Pos]]:
    """The stages (key, first cell) in order: by number when every id is one, else as they first come."""
    first: dict[str, Pos] = {}
    for r in rows:
        first.setdefault(_key(grid, (r, col)), (r, col))
    numbers = {k: grid.cells[p].number for k, p in first.items()}
    if all(n is not None for n in numbers.values()):
        return sorted(first.items(), key=lambda kp: numbers[kp[0]] or 0.0)
    return list(first.items())


def _spread_over(grid: Grid, section: Section, stages: list[tuple[str, Pos]]) -> None:
    """The section's phases put in the stages' order, an empty phase where the persona has no row."""
    index = {phase_key(p.name): i for i, p in enumerate(section.phases)}
    order = [index.get(key) for key, _ in stages]
    phases: list[Phase] = []
    for (_, pos), i in zip(stages, order, strict=True):
        shown = strip_decoration(" ".join(grid.text(pos).split()))
        phases.append(section.phases[i] if i is not None else Phase(shown, grid.source(pos)))
    for lane in section.lanes:
        lane.cells = [lane.cells[i] if i is not None else [] for i in order]
    section.scores = [section.scores[i] if i is not None else [] for i in order]
    section.phases = phases
