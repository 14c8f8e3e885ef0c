"""A persona × stage table laid out wide: personas down its first column (headed "Persona"), stages across its
header row, each cell what that persona does in that stage.

Its header reads like a persona list's ("Persona | Awareness | Research …"), but its columns are stages (known
phase names, or the phases of another sheet): it is a journey per persona over the same stages, never a list of
personas whose stage cells are descriptions. The sheet is read as an ordinary grid (phases across, a lane per
row), then each persona's row is cut out as a journey of its own, named after the persona.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from openpyxl.utils import get_column_letter

from canvasgen.model import Journey
from canvasgen.read.grid import Grid
from canvasgen.read.tables.found import Section, Table
from canvasgen.text import label_key
from canvasgen.vocabulary import is_known_phase, is_persona_header

#: What the reading of a journey cut out of such a table says first (``check --explain``); by it it is known.
READING_MARK = ": a persona × stage table — personas down column"


def is_persona_matrix(journey: Journey) -> bool:
    """True for a journey cut out of a wide persona × stage table (one persona's row)."""
    return bool(journey.reading) and READING_MARK in journey.reading[0]


#: The fewest personas (rows) and stages (columns) of such a table.
_MIN_PERSONAS = 2
_MIN_STAGES = 2


@dataclass(frozen=True)
class PersonaMatrix:
    """Where a wide persona × stage table stands: its header row, the personas' column and rows, the stages'
    columns."""

    header_row: int
    persona_col: int
    rows: tuple[int, ...]
    stage_cols: tuple[int, ...]

    def said(self, grid: Grid) -> str:
        """How it was read, with the correction, for ``check --explain``."""
        first, last = get_column_letter(self.stage_cols[0]), get_column_letter(self.stage_cols[-1])
        return (
            f"sheet '{grid.title}'{READING_MARK} "
            f"{get_column_letter(self.persona_col)} under '{grid.quoted((self.header_row, self.persona_col))}', "
            f"stages across row {self.header_row} ({first}{self.header_row}:{last}{self.header_row}): a journey per "
            f"persona over its stages, each persona's row its lane, not a list of personas — if it is a list of "
            f"personas, give --sheet '{grid.title}=personas'"
        )


def persona_matrix(grid: Grid, phase_keys: set[str]) -> PersonaMatrix | None:
    """The sheet's wide persona × stage table, when the sheet is one: a persona header over a column of distinct
    names, the header's other cells mostly stage names (known phases or ``phase_keys``, another sheet's), and
    most of the cells under them filled."""
    filled_rows = sorted({r for r, _ in grid.cells})
    if len(filled_rows) < 1 + _MIN_PERSONAS:
        return None
    header_row, *rows = filled_rows
    cols = grid.row(header_row)
    if len(cols) < 1 + _MIN_STAGES or not is_persona_header(grid.text((header_row, cols[0]))):
        return None
    persona_col, stage_cols = cols[0], cols[1:]
    if stage_cols != list(range(stage_cols[0], stage_cols[0] + len(stage_cols))):
        return None  # a blank column among them: no one table
    named = [grid.text((header_row, c)) for c in stage_cols]
    if 2 * sum(1 for n in named if is_known_phase(n) or label_key(n) in phase_keys) < len(named):
        return None
    names = [label_key(grid.text((r, persona_col))) for r in rows]
    if not all(names) or len(set(names)) != len(names):
        return None
    if any(c < persona_col or c > stage_cols[-1] for r in rows for c in grid.row(r)):
        return None  # cells outside the table: another shape
    filled = sum(1 for r in rows for c in stage_cols if grid.text((r, c)).strip())
    if 2 * filled < len(rows) * len(stage_cols):
        return None
    return PersonaMatrix(header_row, persona_col, tuple(rows), tuple(stage_cols))


def by_persona(grid: Grid, matrix: PersonaMatrix | None, table: Table) -> Table:
    """The table read as a grid (a lane per persona's row) cut into a journey per persona, each with its
    row as its one lane, named after the persona; as read when the sheet holds no such table (``matrix``
    None) or its lanes are not the personas' rows one for one (a row read as scores)."""
    if matrix is None or len(table.sections) != 1:
        return table
    (section,) = table.sections
    sources = [lane.source.cell if lane.source else "" for lane in section.lanes]
    wanted = [grid.ref((r, matrix.persona_col)) for r in matrix.rows]
    if sources != wanted or any(section.scores):
        return table
    said = matrix.said(grid)
    sections = [
        Section(
            phases=copy.deepcopy(section.phases),
            lanes=[lane],
            scores=[[] for _ in section.phases],
            shape=section.shape,
            suffix=grid.whole((r, matrix.persona_col)),
            suffix_kind="persona",
            phase_label=section.phase_label,
            groups=list(section.groups),
            reading=[said, *section.reading],
        )
        for r, lane in zip(matrix.rows, section.lanes, strict=True)
    ]
    return Table(
        sections,
        table.used,
        table.top,
        warnings=table.warnings,
        corrected=table.corrected,
        guess=table.guess,
        phase_col=table.phase_col,
        headings=table.headings,
    )
