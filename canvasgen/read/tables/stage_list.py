"""A stage list: one row per stage, with an id column and named columns (``id, title, zone, phase, goal``).

The header row (among the sheet's first rows: a title may stand above it) names an id column ("id", "Step
ID", "nr", "№") and a title (name) column ("title", "Naam fase", "Label"); every id and every title comes
once (an id given twice, "01" and "1" alike, is an error naming both cells). A row of one cell under it
(a source, a remark) is a note. The stages are the phases, named by their titles, in id order (by number
when the ids are numbers or numbered alike: "S2" before "S10", "Stage 3" after "Stage 2"); the
other columns are lanes, each stage's cell in its phase. A column whose values repeat over neighbouring
stages groups them ("Before", "During", "After"): its runs are the journey's phase groups, not a lane (one
such column: one headed as a group, "phase" or "macro", else one of group words, else the one of fewest
groups; the others stay lanes). ``--groups none`` keeps it a lane; the reading says which.
"""

from __future__ import annotations

import re

from openpyxl.utils import get_column_letter

from canvasgen.errors import Location, ReadError
from canvasgen.model import Journey, LaneKind, Phase, PhaseGroup
from canvasgen.read.grid import Grid, Pos
from canvasgen.read.tables.down import Row, section_of
from canvasgen.read.tables.found import GroupsHint, Table
from canvasgen.text import label_key, phase_key
from canvasgen.vocabulary import is_persona_header, is_stage_id_header, is_stage_title_header
from canvasgen.vocabulary.structure import PHASE_GROUP_HEADERS, is_group_word

_MIN_STAGES = 3
#: Rows looked at for the header: a title and a blank row or two may stand above it.
_HEADER_REACH = 5
#: How the reading of a stage list starts (``check --explain``); by it a stage list's journey is known.
READING_START = "a stage list"


def is_stage_list(journey: Journey) -> bool:
    """True for a journey read from a stage list (its phases written "<id>. <title>")."""
    return bool(journey.reading) and journey.reading[0].startswith(READING_START)


def decoration_taken_off(journey: Journey, phase: Phase) -> str | None:
    """The phase's name as the sheet wrote it, when numbering or arrows came off it ("Stage 2: Apply >>" for
    "Apply"); None when nothing did. A stage list's id before its title ("3. Kopen") was not written in the
    title, and a name given by a companion (stage "3" named "Kopen") is no numbering taken off."""
    written = phase.written
    if written and is_stage_list(journey) and ". " in written:
        written = written.split(". ", 1)[1]
    if not written or written == phase.name or phase_key(phase.name) not in phase_key(written):
        return None
    return written


def read_stage_list(
    grid: Grid, used: set[Pos], lane_kinds: dict[str, LaneKind], file: str = "", groups_hint: GroupsHint | None = None
) -> Table | None:
    """The sheet's stage list, or None; a ReadError for a stage list that gives an id twice."""
    rows = sorted(r for r in {r for r, _ in grid.cells} if not any((r, c) in used for c in grid.row(r)))  # once a row
    found = _header(grid, rows)
    if found is None:
        return None
    header_row, id_col, title_col = found
    cols = grid.row(header_row)
    if any(is_persona_header(grid.text((header_row, c))) for c in cols):
        return None
    below = [r for r in rows if r > header_row]
    # a row of one cell among rows of several (a source, a remark under the list) is a note, not a stage
    remarks = [r for r in below if len(grid.row(r)) == 1] if len(cols) >= 3 else []
    body = [r for r in below if r not in remarks]
    if len(body) < _MIN_STAGES:
        return None
    ids = [grid.text((r, id_col)).strip() for r in body]
    titles = [label_key(grid.text((r, title_col))) for r in body]
    _refuse_repeated_ids(grid, body, id_col, ids, file)
    if not all(ids) or not all(titles) or len(set(ids)) < len(ids) or len(set(titles)) < len(titles):
        return None
    keys = id_order(grid, [(r, id_col) for r in body])
    order = [r for _, r in sorted(zip(keys, body, strict=True))] if keys is not None else body
    grouping = [c for c in cols if c not in (id_col, title_col) and _groups(grid, order, c)]
    group_col = _group_column(grid, header_row, order, grouping) if groups_hint is not GroupsHint.NONE else None
    lane_cols = [c for c in cols if c not in (id_col, title_col, group_col)]
    taken: set[Pos] = set()
    section = section_of(
        grid, header_row, [Row(r, (r, title_col), None) for r in order], lane_cols, used, taken, None, lane_kinds
    )
    for phase, r in zip(section.phases, order, strict=True):
        phase.written = f"{ids[body.index(r)]}. {phase.written or phase.name}"
        taken.add((r, id_col))
    section.phase_label = grid.whole((header_row, title_col))
    taken.add((header_row, title_col))
    if (header_row, id_col) in grid.cells:  # "id" heads the ids the phases are written with: a header, no note
        section.id_label = grid.whole((header_row, id_col))
        taken.add((header_row, id_col))
    if group_col is not None:  # its header heads the groups as the title's heads the phases: "title / macro"
        section.groups = _runs(grid, order, group_col, taken)
        if (header_row, group_col) in grid.cells:
            section.group_label = grid.whole((header_row, group_col))
            taken.add((header_row, group_col))
    reading = [
        f"{READING_START}: one row per stage (rows {body[0]} to {body[-1]}), ids in column "
        f"{get_column_letter(id_col)}, the phases named by column {get_column_letter(title_col)} "
        + ("in id order" if keys is not None else "as written (the ids hold no numbers to order them by)")
        + f", the other columns lanes — if the rows are no stages, give --phases-row {header_row}"
    ]
    reading += [
        f"row {r} ('{' '.join(grid.text((r, grid.row(r)[0])).split())}') holds one cell under the list's "
        f"{len(cols)} columns: a remark, kept as a note"
        for r in remarks
    ]
    reading += [
        f"column {get_column_letter(c)} ('{grid.text((header_row, c))}') groups neighbouring stages: "
        + (
            "the phase groups — if it is no grouping of the stages, give --groups none"
            if c == group_col
            else "kept as a lane"
            + (" (as you said: --groups none)" if groups_hint is GroupsHint.NONE else " (one column groups the phases)")
        )
        for c in grouping
    ]
    reading += [  # headed as a group, but its values come back after others: no runs of stages
        f"column {get_column_letter(c)} ('{grid.text((header_row, c))}') is headed as a group of stages, but its "
        "values come back after others (no runs of neighbouring stages): kept as a lane"
        for c in lane_cols
        if c not in grouping and label_key(grid.text((header_row, c))) in PHASE_GROUP_HEADERS
    ]
    section.reading = reading
    section.shape = "transposed"
    return Table([section], taken, header_row)


def _header(grid: Grid, rows: list[int]) -> tuple[int, int, int] | None:
    """The header row among the first rows (a title and blank rows above it) with its id and title columns:
    a header naming ids ("id", "Step ID", "nr", "№") and one naming titles ("title", "Naam fase", "Label"),
    a name word before a stage word alone ("id, title, …, phase": the title names the stages)."""
    for row in rows[:_HEADER_REACH]:
        cols = grid.row(row)
        id_col = next((c for c in cols if is_stage_id_header(grid.text((row, c)))), None)
        sure = {c: is_stage_title_header(grid.text((row, c))) for c in cols if c != id_col}
        title_col = max((c for c in sure if sure[c]), key=lambda c: (sure[c], -c), default=None)
        if id_col is not None and title_col is not None:
            return row, id_col, title_col
    return None


def id_order(grid: Grid, cells: list[Pos]) -> list[float] | None:
    """The ids' order keys: their numbers ("3", "03"), or the number in each when they are written alike
    around it ("S10", "Stage 3", "Fase 2b" is no such id); None when they are not all numbered so."""
    numbers = [grid.cells[p].number for p in cells]
    if None not in numbers:
        return [n or 0.0 for n in numbers]
    found = [_NUMBERED_ID.fullmatch(" ".join(grid.text(p).split())) for p in cells]
    if any(m is None for m in found):
        return None
    shapes = {(label_key(m.group(1)), label_key(m.group(3))) for m in found if m is not None}
    if len(shapes) != 1:
        return None
    return [float(m.group(2)) for m in found if m is not None]


_NUMBERED_ID = re.compile(r"(\D*?)\s*(\d{1,6})\s*(\D*)")


def _refuse_repeated_ids(grid: Grid, body: list[int], id_col: int, ids: list[str], file: str) -> None:
    """A ReadError naming both cells of the first id given twice ("01" and "1" are one id)."""
    seen: dict[str, int] = {}
    for r, written in zip(body, ids, strict=True):
        key = str(int(written)) if written.isdigit() else label_key(written)
        if not key:
            continue
        if key in seen:
            first, second = grid.ref((seen[key], id_col)), grid.ref((r, id_col))
            raise ReadError(
                Location(file, grid.title, first),
                f"the stage id '{written}' is given twice, in {first} and {second}: give each stage its own id",
            )
        seen[key] = r


def _group_column(grid: Grid, header_row: int, rows: list[int], grouping: list[int]) -> int | None:
    """The column whose runs are the phase groups: one headed as a group ("macro", "phase"), else one of
    group words ("Before", "Tijdens"), else the one of fewest groups; the first of equals. One value over
    every stage groups nothing apart: a lane."""
    grouping = [c for c in grouping if len({label_key(grid.text((r, c))) for r in rows}) >= 2]
    headed = [c for c in grouping if label_key(grid.text((header_row, c))) in PHASE_GROUP_HEADERS]
    worded = [c for c in grouping if all(is_group_word(grid.text((r, c))) for r in rows)]
    fewest = sorted(grouping, key=lambda c: len({label_key(grid.text((r, c))) for r in rows}))
    return next(iter(headed or worded or fewest), None)


def _runs(grid: Grid, rows: list[int], col: int, taken: set[Pos]) -> list[PhaseGroup]:
    """The column's runs of one value as groups of the phases (one per row, in order), each named by the
    run's first cell; the run's other cells repeat it and are taken with it."""
    groups: list[PhaseGroup] = []
    for index, r in enumerate(rows):
        taken.add((r, col))
        if groups and " ".join(grid.text((r, col)).split()) == groups[-1].name.text:
            last = groups[-1]
            groups[-1] = PhaseGroup(last.name, last.first, last.count + 1)
        else:
            groups.append(PhaseGroup(grid.whole((r, col)), index, 1))
    return groups


def _groups(grid: Grid, rows: list[int], col: int) -> bool:
    """Values that repeat over neighbouring rows, in runs: fewer distinct values than rows, each one run."""
    values = [label_key(grid.text((r, col))) for r in rows]
    runs = [v for i, v in enumerate(values) if i == 0 or v != values[i - 1]]
    return all(values) and len(set(values)) < len(values) and len(runs) == len(set(runs))
