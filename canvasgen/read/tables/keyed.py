"""A long table keyed by two columns: one row per persona and stage (``persona_id, stage_id, goal, ...``).

The header names a persona column and a stage column; persona ids repeat down the rows, each over
most of the same stages, and each (persona, stage) pair comes once. Each persona is a journey over the same
stages: the stage ids in order (by number when they are numbers), a persona without a row for a stage
has an empty phase there. The other columns are lanes (an emotion or score column scores the phases).
An id with a row for a single stage among personas with many ("EXPL": an explanation) is no journey:
its rows stay notes. The header cell over the persona ids ("persona_id") heads them: a heading, said, not a
note.

A persona written once over its rows (blank below) is the persona of the rows under it. A row with no
stage (a remark: "Let op: …", a note in the group column) is a note, said. A column headed as a group of
stages ("stage_group", "Fasegroep", "Macro") whose values give each stage one group, in runs of
neighbouring stages, is the journeys' phase groups; otherwise it stays a lane, and the reading says why.
Stage ids are ordered by their number when they are numbered alike ("Stage 2" before "Stage 10").

A long table may be keyed by its persona column alone (``wie, cijfer, wat``; with no header row at all too):
names that repeat down the first column in runs, one run per persona, with a score column beside them (small
numbers) and the persona's words. Each persona is a journey over its rows in order, the phases numbered
("1", "2", …): names repeated down a column are personas, never phases of the same name.

A card list is keyed by two columns too: one card per row under a phase column, a lane column ("Baan", "Lane",
or known lane labels) and one text column (``ID | Fase | Baan | Tekst``); its phases and lanes are the names
those columns hold, each card an item of its lane in its phase.

A persona × stage table laid out wide (``Persona | Awareness | Research …``, personas down its first column,
stages across its header row, each cell what that persona does in that stage) reads like a persona list's
header, but its columns are stages (known phase names, or another sheet's phases): a journey per persona over
the same stages. The sheet is read as an ordinary grid (phases across, a lane per row), then each persona's row
is cut out as a journey of its own, named after the persona (``persona_matrix``, ``by_persona``).
"""

from __future__ import annotations

import copy
import itertools
import re
from dataclasses import dataclass

from openpyxl.utils import get_column_letter

from canvasgen.errors import CanvasWarning, Location
from canvasgen.model import CUSTOM_LANE, SCORE_LANE, Journey, Lane, LaneKind, LaneRole, Phase, PhaseGroup, RoleBy
from canvasgen.read.grid import Grid, Pos
from canvasgen.read.lane_roles import lane_role_of, new_lane
from canvasgen.read.tables.down import Row, section_of
from canvasgen.read.tables.found import GroupsHint, Section, Table
from canvasgen.read.tables.stage_list import id_order, names_lanes
from canvasgen.text import excerpt, label_key, phase_key
from canvasgen.vocabulary import (
    is_group_header,
    is_known_phase,
    is_persona_header,
    is_phase_header,
    is_stage_id_header,
    lane_kind,
)
from canvasgen.vocabulary.structure import CARD_PHASE_HEADERS, LANE_COLUMN_HEADERS, is_card_text_header

#: How the reading of a table keyed by persona starts (``check --explain``); by it such a journey is known.
READING_START = "a long table keyed by"


def is_keyed(journey: Journey) -> bool:
    """True for a journey read from a long table keyed by persona (and stage)."""
    return bool(journey.reading) and journey.reading[0].startswith(READING_START)


_MIN_PERSONAS = 2
#: A matrix: each persona has a row for most of the stages (a long table's personas go their own ways).
_COVERED = 0.6
#: Rows of the header looked for among a sheet's first filled rows.
_HEADER_REACH = 5


def read_keyed(
    grid: Grid, used: set[Pos], lane_kinds: dict[str, LaneRole], groups_hint: GroupsHint | None = None
) -> Table | None:
    """The journeys of a persona × stage table in the sheet, or None when it holds none."""
    found = _header(grid, used)
    if found is None:
        return None
    header_row, persona_col, stage_col = found
    cols = [c for c in grid.row(header_row) if (header_row, c) not in used]
    return _keyed(grid, used, lane_kinds, groups_hint, (header_row, persona_col, stage_col), cols)


def _keyed(
    grid: Grid,
    used: set[Pos],
    lane_kinds: dict[str, LaneRole],
    groups_hint: GroupsHint | None,
    keys: tuple[int, int, int],
    cols: list[int],
) -> Table | None:
    """The journeys of a persona × stage table: its header row (a row above the first when it has none),
    persona and stage columns, and the columns it spans."""
    header_row, persona_col, stage_col = keys
    headed = any((header_row, c) in grid.cells for c in cols)
    rows, filled, remarks = _rows(grid, header_row, cols, (persona_col, stage_col), used)
    by_persona: dict[str, list[int]] = {}
    persona_of = {r: filled.get(r, (r, persona_col)) for r in rows}
    for r in rows:
        by_persona.setdefault(_key(grid, persona_of[r]), []).append(r)
    pairs = {(_key(grid, persona_of[r]), _key(grid, (r, stage_col))) for r in rows}
    stages_of = {p: {_key(grid, (r, stage_col)) for r in rs} for p, rs in by_persona.items()}
    journeys = [p for p, s in stages_of.items() if len(s) >= 2]
    every = {s for p in journeys for s in stages_of[p]}
    if len(journeys) < _MIN_PERSONAS:
        return None  # no persona goes through stages: no table keyed by the two
    if any(len(stages_of[p]) < _COVERED * len(every) for p in journeys):
        return None  # personas through stages of their own: a long table per persona, read as such
    stages, order = _stage_order(grid, [by_persona[p] for p in journeys], stage_col)
    group_col, groups, why_not = _groups(grid, header_row, cols, [r for p in journeys for r in by_persona[p]], stages)
    if group_col is not None and groups_hint is GroupsHint.NONE:
        why_not = (
            f"column {get_column_letter(group_col)} ('{grid.quoted((header_row, group_col))}') groups the stages, "
            "but is kept as a lane (as you said: --groups none)"
        )
        group_col, groups = None, []
    lane_cols = [c for c in cols if c not in (persona_col, stage_col, group_col)]
    taken: set[Pos] = {(header_row, c) for c in cols if c != persona_col}
    sections: list[Section] = []
    for persona in journeys:
        group = [Row(r, (r, stage_col), persona_of[r]) for r in by_persona[persona]]
        name = grid.whole(persona_of[group[0].row])
        section = section_of(grid, header_row, group, lane_cols, used, taken, name, lane_kinds)
        taken.update(row.group for row in group if row.group is not None)
        taken.update(row.phase for row in group if row.phase is not None)
        _spread_over(grid, section, stages)
        section.phase_label = grid.whole((header_row, stage_col)) if headed else None
        _score_named(section, headed)
        if group_col is not None:
            section.groups = list(groups)
            section.group_label = grid.whole((header_row, group_col))
            taken.update((r, group_col) for r in by_persona[persona] if (r, group_col) in grid.cells)
        sections.append(section)
    _one_layout(sections)
    apart = [grid.text(persona_of[by_persona[p][0]]).strip() for p in stages_of if p not in journeys]
    p_letter, s_letter = get_column_letter(persona_col), get_column_letter(stage_col)
    reading = (
        f"{READING_START} two columns: persona in column {p_letter}, stage in column {s_letter} ("
        + (
            f"header row {header_row}"
            if headed
            else "no header row: the names in column "
            f"{p_letter} repeat in runs, those in column {s_letter} come back in every run"
        )
        + f"); one journey per persona ({len(journeys)}) over the same {len(stages)} stages, {order}; "
        "the other columns are lanes"
    )
    several = _several(grid, journeys, by_persona, persona_of, stage_col, len(rows) - len(pairs))
    if several:
        reading += f"; {several}"
    if headed and not is_persona_header(grid.text((header_row, persona_col))):
        reading += (
            f"; column {p_letter} ('{grid.quoted((header_row, persona_col))}') by its values: they come back down "
            "the rows, each with stages of its own"
        )
    if filled:
        reading += (
            f"; column {p_letter} left blank under a persona: its rows are that persona's "
            f"({', '.join(str(r) for r in sorted(filled))})"
        )
    if apart:
        shown = ", ".join(f"'{excerpt(p)}'" for p in apart)
        reading += f"; {shown} with a row for one stage only: notes"
    reading += (
        f" — to name the stages, write their names in column {s_letter} instead of their ids, or give a "
        "stage list (id, title) and a persona list (id, name) with --with or on sheets of their own, matched by id"
        if order.startswith("named by their ids")
        else f" — the stages are named as column {s_letter} writes them: a stage list naming them alike, on a sheet "
        "of its own or with --with, joins its columns by name"
    )
    persona_head = (header_row, persona_col)
    heading = {persona_head} if headed and persona_head in grid.cells and persona_head not in used else set()
    if heading:  # it heads the ids that name the journeys: structure, as a block's "Veld | Details" is
        reading += (
            f"; '{grid.text(persona_head)}' in {grid.ref(persona_head)} heads the personas: a heading, not a note"
        )
    said = [reading]
    if group_col is not None:
        said.append(
            f"column {get_column_letter(group_col)} ('{grid.quoted((header_row, group_col))}') groups the stages: the "
            "phase groups — if it is no grouping of the stages, give --groups none"
        )
    elif why_not:
        said.append(why_not)
    said += [
        f"row {r} ('{grid.quoted((r, grid.row(r)[0]))}') names no stage: a remark, kept as a note" for r in remarks
    ]
    for section in sections:
        section.reading = [*said, *section.reading]
    return Table(sections, taken, header_row, headings=heading)


def read_by_persona(
    grid: Grid, used: set[Pos], lane_kinds: dict[str, LaneRole], groups_hint: GroupsHint | None = None
) -> Table | None:
    """The journeys of a long table keyed by its first column alone: names repeating in runs down it (a
    persona's rows together), a column of scores beside them; each persona a journey over its rows, numbered.
    None when the sheet holds no such table."""
    found = _persona_runs(grid, used)
    if found is None:
        return None
    header_row, persona_col, rows, score_col, owner = found
    headed = header_row in {r for r, _ in grid.cells}
    cols = sorted({c for r, c in grid.cells if r in rows and c != persona_col})
    runs: list[list[int]] = []
    for r in rows:
        if runs and _key(grid, owner[r]) == _key(grid, owner[runs[-1][0]]):
            runs[-1].append(r)
        else:
            runs.append([r])
    stage_col = _stage_column(grid, runs, [c for c in cols if c != score_col])
    if stage_col is not None:  # a column of names coming back in every run: the stages, keyed by both
        return _keyed(grid, used, lane_kinds, groups_hint, (header_row, persona_col, stage_col), [persona_col, *cols])
    taken: set[Pos] = {(header_row, c) for c in cols if (header_row, c) in grid.cells}
    sections: list[Section] = []
    steps = max(len(run) for run in runs)
    for run in runs:
        group = [Row(r, (r, persona_col), owner[r], str(i)) for i, r in enumerate(run, start=1)]
        name = grid.whole(owner[run[0]])
        section = section_of(grid, header_row, group, cols, used, taken, name, lane_kinds)
        taken.update((r, persona_col) for r in run if (r, persona_col) in grid.cells)
        for i in range(len(run) + 1, steps + 1):  # a persona with fewer rows: its later steps empty
            section.phases.append(Phase(str(i)))
            section.scores.append([])
            for lane in section.lanes:
                lane.cells.append([])
        _score_named(section, headed)
        sections.append(section)
    _one_layout(sections)
    p_letter, s_letter = get_column_letter(persona_col), get_column_letter(score_col)
    header = (
        f"header row {header_row}, column {p_letter} headed '{grid.quoted((header_row, persona_col))}'"
        if headed
        else "no header row"
    )
    reading = (
        f"{READING_START} persona ({header}): the names in column {p_letter} repeat down it in runs, "
        f"each run a persona's rows, with scores in column {s_letter} beside them; one journey per persona "
        f"({len(runs)}) over its rows in order, numbered 1–{steps}; the other columns are lanes — names repeated "
        f"down a column are personas, not phases: to name the steps, add a stage column headed 'Stage' beside "
        f"column {p_letter}; if column {p_letter} does name phases, give --phases-col {p_letter}"
    )
    named = _names_each_row(grid, rows, [c for c in cols if c != score_col])
    if named is not None:  # "Thuis | Plannen", "Thuis | Kaartje kopen": column A may group the phases beside it
        n_letter = get_column_letter(named)
        reading += f"; if column {p_letter} groups the phases named in column {n_letter}, give --phases-col {n_letter}"
    carried = [r for r in rows if owner[r] != (r, persona_col)]
    if carried:
        reading += (
            f"; column {p_letter} left blank under a persona: its rows are that persona's "
            f"({', '.join(str(r) for r in carried)})"
        )
    for section in sections:
        section.reading = [reading, *section.reading]
    return Table(sections, taken, header_row if headed else rows[0])


def _score_named(section: Section, headed: bool) -> None:
    """A score lane of a table with no header row is "Score", not "Column C"."""
    for lane in section.lanes if not headed else ():
        if lane.kind == SCORE_LANE and lane.label.startswith("Column "):
            lane.label = "Score"


def _stage_column(grid: Grid, runs: list[list[int]], cols: list[int]) -> int | None:
    """The column of a table keyed by persona runs whose short names come back in every run, each run
    holding most of them (a stage column with no header over it: "Zoeken, Kiezen, Kopen" under each
    persona); None when no column does."""
    for c in cols:
        values = [grid.cells.get((r, c)) for run in runs for r in run]
        if any(v is None or not v.is_text or v.number is not None or len(v.text.split()) > 4 for v in values):
            continue
        sets = [{_key(grid, (r, c)) for r in run} for run in runs]
        every = set().union(*sets)
        if 2 <= len(every) < len(values) and all(len(found) >= max(2, _COVERED * len(every)) for found in sets):
            return c
    return None


def _persona_runs(grid: Grid, used: set[Pos]) -> tuple[int, int, list[int], int, dict[int, Pos]] | None:
    """The header row (or the row above the first, when there is none), the persona column, the rows, the
    score column and each row's persona cell of a table keyed by its first column alone: in it, short names
    each written on every row of one run, or once on its first row with the cells under it left blank (two
    runs at least, one of two rows or more, no name coming back after another); beside it, a column of small
    numbers on every row."""
    cells = [pos for pos in grid.cells if pos not in used]
    if not cells:
        return None
    top = min(r for r, _ in cells)
    first_col = min(c for r, c in cells if r == top)
    all_rows = sorted({r for r, _ in cells})
    for header_row in (top, top - 1):
        rows = [r for r in all_rows if r > header_row]
        if len(rows) < 4 or rows != list(range(rows[0], rows[0] + len(rows))):
            continue
        owner = _carried_down(grid, rows, first_col)
        if owner is None:
            continue
        written = [r for r in rows if owner[r] == (r, first_col)]
        keys = [_key(grid, owner[r]) for r in rows]
        runs = [k for i, k in enumerate(keys) if i == 0 or k != keys[i - 1]]
        if len(set(runs)) < _MIN_PERSONAS or len(runs) != len(set(runs)) or len(runs) == len(keys):
            continue
        if sum(1 for r in written if is_known_phase(grid.text((r, first_col)))) * 2 >= len(written):
            continue  # phase names repeated over their steps ("Oriëntatie", "Oriëntatie"): a long table's phases
        if is_phase_header(grid.text((header_row, first_col))) or lane_kind(grid.text((header_row, first_col))):
            continue
        if _groups_phases_down(grid, header_row, first_col):
            continue  # "Moment | Fase | …": the names down column A group the phases named beside them
        score = next((c for c in sorted({c for r, c in cells if c > first_col}) if _scores_down(grid, rows, c)), None)
        header = grid.cells.get((header_row, score)) if score is not None else None
        if score is not None and (header is None or header.number is None):  # a number on top: no header
            return header_row, first_col, rows, score, owner
    return None


def _names_each_row(grid: Grid, rows: list[int], cols: list[int]) -> int | None:
    """The first column holding a short name of its own on every row, none written twice ("Plannen",
    "Inchecken"): maybe the phases, when the names repeated down the first column group them."""
    for c in cols:
        values = [grid.cells.get((r, c)) for r in rows]
        if any(v is None or not v.is_text or v.number is not None or len(v.text.split()) > 3 for v in values):
            continue
        if len({_key(grid, (r, c)) for r in rows}) == len(rows):
            return c
    return None


def _groups_phases_down(grid: Grid, header_row: int, first_col: int) -> bool:
    """Whether the first column is headed as phase groups ("Moment", "Fasegroep") or, headed as no persona,
    stands beside a column headed as phases ("Fase", "Stage", "Stap"): its names repeated down it group the
    phases, they are no personas."""
    first = grid.text((header_row, first_col))
    if is_group_header(first):
        return True
    beside = [grid.text((header_row, c)) for c in grid.row(header_row) if c != first_col]
    return not is_persona_header(first) and any(is_phase_header(h) and not is_group_header(h) for h in beside)


def _carried_down(grid: Grid, rows: list[int], col: int) -> dict[int, Pos] | None:
    """Each row's name cell in ``col``: its own, or, left blank, the last name above it (a persona written
    once over its rows); None when a cell holds no short name or the first row none."""
    owner: dict[int, Pos] = {}
    last: Pos | None = None
    for r in rows:
        value = grid.cells.get((r, col))
        if value is None and last is not None:
            owner[r] = last
            continue
        if value is None or not value.is_text or len(value.text.split()) > 4:
            return None
        last = owner[r] = (r, col)
    return owner


def _scores_down(grid: Grid, rows: list[int], col: int) -> bool:
    """True when every row holds a small number in ``col``, not counting 1, 2, 3… down the rows."""
    values = [grid.cells.get((r, col)) for r in rows]
    numbers = [v.number for v in values if v is not None and v.number is not None]
    return len(numbers) == len(rows) and all(-10 <= n <= 10 for n in numbers) and numbers != sorted(numbers)


def read_cards(grid: Grid, used: set[Pos], lane_kinds: dict[str, LaneRole], file: str) -> Table | None:
    """A card list, one card per row under a header naming a phase column ("Fase"), a lane column ("Baan",
    or one holding only known lane labels) and one column of the cards' texts ("Tekst"), an id column beside
    them or not: a canvas whose phases and lanes are the two columns' names (in the order they first come),
    each card an item of its lane in its phase. None when the sheet holds no such list."""
    found = _card_header(grid, used)
    if found is None:
        return None
    header_row, phase_col, lane_col, text_col, beside = found
    rows = [r for r in sorted({r for r, _ in grid.cells}) if r > header_row and (r, phase_col) in grid.cells]
    rows = [r for r in rows if (r, lane_col) in grid.cells and (r, phase_col) not in used]
    if len(rows) < _MIN_CARDS:
        return None
    taken: set[Pos] = {(header_row, phase_col)}
    phases: list[Phase] = []
    lanes: list[Lane] = []
    phase_index: dict[str, int] = {}
    lane_index: dict[str, int] = {}
    placed: list[tuple[int, int, int]] = []
    for r in rows:
        written = " ".join(grid.text((r, phase_col)).split())
        name = grid.phase_name((r, phase_col))
        key = phase_key(name)
        if key not in phase_index:
            phase_index[key] = len(phases)
            phases.append(grid.phase((r, phase_col), name, written))
        label = " ".join(grid.text((r, lane_col)).split())
        if label_key(label) not in lane_index:
            lane_index[label_key(label)] = len(lanes)
            role = lane_role_of(label, None, lane_kinds, blueprint=False)
            lanes.append(new_lane(role, label, 0, grid.source((r, lane_col))))
        placed.append((r, phase_index[key], lane_index[label_key(label)]))
        taken.update({(r, phase_col), (r, lane_col)})
    for lane in lanes:
        lane.cells = [[] for _ in phases]
    for r, phase, lane_at in placed:
        lanes[lane_at].cells[phase].extend(grid.items((r, text_col)))
        taken.add((r, text_col))
    section = Section(phases, lanes, [[] for _ in phases], "transposed")
    section.phase_label = grid.whole((header_row, phase_col))
    letter = get_column_letter
    section.reading = [
        f"a card list: one card per row, the phases named by column {letter(phase_col)} "
        f"('{grid.quoted((header_row, phase_col))}'), the lanes by column {letter(lane_col)} "
        f"('{grid.quoted((header_row, lane_col))}'), each card the text of column {letter(text_col)} "
        f"('{grid.quoted((header_row, text_col))}') in its phase and lane; the other cells stay notes"
        + (
            " (the cards' "
            + ", ".join(f"column {letter(c)} ('{grid.quoted((header_row, c))}')" for c in beside)
            + " too: no phases, lanes or scores)"
            if beside
            else ""
        )
        + f" — if the rows are stages, give --phases-col {letter(phase_col)}"
    ]
    # the lane and text columns' headers ("Lane", "Text") head what was read, as the phase column's does: kept
    # with the canvas's headings, not printed as the client's notes
    heads = {(header_row, c) for c in (lane_col, text_col) if (header_row, c) in set(grid.cells) - used}
    table = Table([section], taken, header_row, warnings=_cards_unplaced(grid, file, found, rows, used))
    table.headings |= heads
    return table


def _cards_unplaced(
    grid: Grid, file: str, found: tuple[int, int, int, int, list[int]], placed: list[int], used: set[Pos]
) -> list[CanvasWarning]:
    """A warning for each card of the list with no phase or no lane (a sticky outside every frame or lane):
    it stays a note, said with the cell that places it."""
    header_row, phase_col, lane_col, text_col, _ = found
    said: list[CanvasWarning] = []
    for r in sorted({r for r, _ in grid.cells if r > header_row} - set(placed)):
        if (r, text_col) not in grid.cells or (r, text_col) in used:
            continue
        blank = [(c, what) for c, what in ((phase_col, "phase"), (lane_col, "lane")) if (r, c) not in grid.cells]
        if not blank:
            continue
        c, what = blank[0]
        header = grid.quoted((header_row, c))
        said.append(
            CanvasWarning(
                Location(file, grid.title, grid.ref((r, c))),
                f"the card of row {r} ('{excerpt(grid.text((r, text_col)))}') has no {what} ('{header}' is blank): "
                f"kept as a note — to place it on the canvas, write its {what} in {grid.ref((r, c))}",
            )
        )
    return said


_MIN_CARDS = 3
#: Of a card list's cards, the share a column headed as the cards' place ("Frame") names at least: a card or
#: two outside every frame (its place blank) leave it the phases' column.
_PLACED_SHARE = 0.75


def _card_header(grid: Grid, used: set[Pos]) -> tuple[int, int, int, int, list[int]] | None:
    """The header row of a card list, its phase, lane and text columns, and the other columns beside them (a
    tool's colour, author, date: kept as notes; an id column is neither). The lane column headed so, or holding
    only known lane labels below it (``stage_list.names_lanes``); the phase column headed so, or — beside a
    text column headed so ("Text", "Content") — the one column whose short names come in runs down the cards
    (a canvas tool's "Column"). Of several other columns the text is the one headed so, else the one of the
    longest texts."""
    filled = sorted({r for r, _ in grid.cells})
    for at, row in enumerate(filled[:_HEADER_REACH]):
        cols = [c for c in grid.row(row) if (row, c) not in used]
        texts = {c: grid.text((row, c)) for c in cols}
        phase = next((c for c in cols if is_phase_header(texts[c]) and not is_group_header(texts[c])), None)
        below = filled[at + 1 :]
        lane = next(
            (
                c
                for c in cols
                if c != phase
                and (below or label_key(texts[c]) in LANE_COLUMN_HEADERS)
                and names_lanes(grid, row, [r for r in below if (r, c) in grid.cells], c)
            ),
            None,
        )
        if lane is None:
            continue
        rest = [c for c in cols if c not in (phase, lane) and not is_stage_id_header(texts[c])]
        if phase is None:
            phase = _phase_column_by_runs(grid, row, [r for r in below if (r, lane) in grid.cells], rest)
            if phase is None:
                continue
            rest.remove(phase)
        text = rest[0] if len(rest) == 1 else _card_text_column(grid, row, below, rest)
        if text is not None:
            return row, phase, lane, text, [c for c in rest if c != text]
    return None


#: A value no phase is named by: a date or time as text ("2026-11-02"), a number, a colour code ("#FFF9B1").
_CODE = re.compile(r"^\s*(?:#[0-9a-fA-F]{3,8}|[\d\s./:T+-]+)\s*$")


def _phase_column_by_runs(grid: Grid, header_row: int, rows: list[int], cols: list[int]) -> int | None:
    """With no column headed as the phases: beside a column headed as the cards' texts, the one column of short
    names (no numbers, dates or colour codes) that repeat down the cards: headed as a place on the board
    ("Column", "Frame"), else the one column whose names come in runs, each name one run — the phases."""
    if not any(is_card_text_header(grid.text((header_row, c))) for c in cols):
        return None
    repeated: list[int] = []
    runs: list[int] = []
    for c in cols:
        cells = [grid.cells.get((r, c)) for r in rows]
        values = [v for v in cells if v is not None]
        # a card outside every frame leaves the place column blank on its row: still the phases' column
        place = label_key(grid.text((header_row, c))) in CARD_PHASE_HEADERS
        if len(values) < _MIN_CARDS or is_card_text_header(grid.text((header_row, c))):
            continue
        if len(values) < (len(rows) * _PLACED_SHARE if place else len(rows)):
            continue
        if any(not v.is_text or _CODE.match(v.text) or len(v.text.split()) > 4 for v in values):
            continue
        keys = [label_key(v.text) for v in values]
        starts = [k for i, k in enumerate(keys) if i == 0 or k != keys[i - 1]]
        if 2 <= len(set(keys)) < len(keys):
            repeated.append(c)
            if len(starts) == len(set(starts)):
                runs.append(c)
    placed = [c for c in repeated if label_key(grid.text((header_row, c))) in CARD_PHASE_HEADERS]
    chosen = placed if placed else runs
    return chosen[0] if len(chosen) == 1 else None


def _card_text_column(grid: Grid, header_row: int, rows: list[int], cols: list[int]) -> int | None:
    """Of several columns beside the phase and lane columns, the cards' texts: the one headed so ("Tekst",
    "Content"), else the one whose values are longest by far (a colour, an author, a date are a word or two)."""
    headed = [c for c in cols if is_card_text_header(grid.text((header_row, c)))]
    if len(headed) == 1:
        return headed[0]
    if headed:
        return None

    def words(c: int) -> float:
        values = [grid.text((r, c)) for r in rows if (r, c) in grid.cells]
        return sum(len(v.split()) for v in values) / max(len(values), 1)

    ranked = sorted(cols, key=words, reverse=True)
    return ranked[0] if words(ranked[0]) >= 2 * words(ranked[1]) and words(ranked[0]) >= 2 else None


def _header(grid: Grid, used: set[Pos]) -> tuple[int, int, int] | None:
    for row in sorted({r for r, _ in grid.cells})[:_HEADER_REACH]:
        cols = [c for c in grid.row(row) if (row, c) not in used]
        if len(cols) < 3:
            continue
        persona = next((c for c in cols if is_persona_header(grid.text((row, c)))), None)
        stage = next(
            (
                c
                for c in cols
                if c != persona and is_phase_header(grid.text((row, c))) and not is_group_header(grid.text((row, c)))
            ),
            None,
        )
        if stage is not None and persona is None:
            persona = _repeating_column(grid, row, [c for c in cols if c < stage], stage)
        if persona is not None and stage is not None:
            return row, persona, stage
    return None


def _repeating_column(grid: Grid, header_row: int, cols: list[int], stage_col: int) -> int | None:
    """A column left of the stage column, under a header in no known role (``Персона``, ``Klantprofiel``),
    whose values come back down the rows, each with a stage of its own: the personas of a table keyed by
    two columns, whatever its header's words. The reader then checks that they go through the same stages."""
    rows = [r for r in sorted({r for r, _ in grid.cells if r > header_row}) if grid.text((r, stage_col)).strip()]
    for c in cols:
        header = grid.text((header_row, c))
        if not header.strip() or lane_kind(header) or is_phase_header(header) or is_group_header(header):
            continue
        if is_stage_id_header(header):
            continue
        if not rows or not grid.text((rows[0], c)).strip():
            continue
        keys: list[str] = []
        for r in rows:  # a persona written once over its rows (blank below) is theirs
            keys.append(_key(grid, (r, c)) if grid.text((r, c)).strip() else keys[-1])
        if not 2 <= len(set(keys)) <= len(keys) / 2:
            continue
        pairs = {(key, _key(grid, (r, stage_col))) for key, r in zip(keys, rows, strict=True)}
        if len(pairs) == len(keys):
            return c
    return None


def _rows(
    grid: Grid, header_row: int, cols: list[int], keys: tuple[int, int], used: set[Pos]
) -> tuple[list[int], dict[int, Pos], list[int]]:
    """The rows under the header naming a stage, each with its persona: written, or left blank under the
    persona above (those rows and the persona's cell: ``filled``); and the rows naming no stage, a remark
    (one cell, or words in the group column only), kept as notes. The table ends at a row naming no stage
    that fills several of its columns (another table), or at one outside its columns."""
    persona_col, stage_col = keys
    rows: list[int] = []
    filled: dict[int, Pos] = {}
    remarks: list[int] = []
    last: Pos | None = None
    for r in sorted({r for r, _ in grid.cells if r > header_row}):
        if any((r, c) in used for c in grid.row(r)) or any(c not in cols for c in grid.row(r)):
            break
        if not grid.text((r, stage_col)).strip():
            if len(grid.row(r)) > 1:
                break
            remarks.append(r)
            continue
        if grid.text((r, persona_col)).strip():
            last = (r, persona_col)
        elif last is None or len(grid.row(r)) < 2:
            break
        else:
            filled[r] = last
        rows.append(r)
    return rows, filled, remarks


def _key(grid: Grid, pos: Pos) -> str:
    return phase_key(grid.phase_name(pos))


def _stage_order(grid: Grid, runs: list[list[int]], col: int) -> tuple[list[tuple[str, Pos]], str]:
    """The stages (key, first cell) in order, and that order in words: by number when every id is one or
    numbered alike ("S2", "Stage 10"); else every persona's order merged (``merged_order``)."""
    first: dict[str, Pos] = {}
    for r in (r for run in runs for r in run):
        first.setdefault(_key(grid, (r, col)), (r, col))
    keys = id_order(grid, list(first.values()))
    if keys is not None:
        ordered = [kp for _, kp in sorted(zip(keys, first.items(), strict=True), key=lambda pair: pair[0])]
        return ordered, "named by their ids in order (by their number)"
    orders = [list(dict.fromkeys(_key(grid, (r, col)) for r in run)) for run in runs]
    merged, broken = merged_order(orders)
    said = (
        "as written, in the order every persona's rows give them (merged: a stage only some have goes between "
        "its neighbours)"
    )
    if broken:
        before, after = broken
        shown = {key: grid.quoted(pos) for key, pos in first.items()}
        said += (
            f"; the personas' orders disagree ('{shown[after]}' comes before '{shown[before]}' in one, after it in "
            'another): where they disagree, the order the stages first come in — number the stages ("1 Zoeken") '
            "to set their order"
        )
    return [(key, first[key]) for key in merged], said


def merged_order(orders: list[list[str]]) -> tuple[list[str], tuple[str, str] | None]:
    """One order of every name in ``orders`` that keeps each list's order (a topological merge: a name only
    some lists hold goes after the names before it in those lists); where the lists disagree, the name
    that comes first overall goes first. And the first pair found out of order in some list (or None)."""
    first = list(dict.fromkeys(name for order in orders for name in order))
    rank = {name: i for i, name in enumerate(first)}
    before: dict[str, set[str]] = {name: set() for name in first}  # the names each must follow
    for order in orders:
        for a, b in itertools.pairwise(order):
            before[b].add(a)
    merged: list[str] = []
    broken: tuple[str, str] | None = None
    left = set(first)
    while left:
        free = [n for n in left if not before[n] & left]
        if not free:  # a cycle: the lists disagree; the earliest name goes first
            name = min(left, key=rank.__getitem__)
            later = min(before[name] & left, key=rank.__getitem__)
            broken = broken or (name, later)
        else:
            name = min(free, key=rank.__getitem__)
        merged.append(name)
        left.discard(name)
    return merged, broken


def _several(
    grid: Grid, journeys: list[str], by_persona: dict[str, list[int]], persona_of: dict[int, Pos], col: int, extra: int
) -> str:
    """In words, the stages a persona has several rows for (two touchpoints of one stage): their texts are
    the stage's items, their scores averaged into its point; "" when every persona has one row per stage."""
    if not extra:
        return ""
    found: list[str] = []
    for persona in journeys:
        count: dict[str, list[int]] = {}
        for r in by_persona[persona]:
            count.setdefault(_key(grid, (r, col)), []).append(r)
        name = grid.quoted(persona_of[by_persona[persona][0]])
        found += [
            f"'{name}' {len(rs)} for '{grid.quoted((rs[0], col))}' (rows {', '.join(map(str, rs))})"
            for rs in count.values()
            if len(rs) > 1
        ]
    shown = "; ".join(found[:4]) + (f" and {len(found) - 4} more" if len(found) > 4 else "")
    return (
        f"several rows for one persona's stage ({shown}): each row's words are items of that stage in their lanes, "
        "its scores averaged into the stage's point on the curve"
    )


def _groups(
    grid: Grid, header_row: int, cols: list[int], rows: list[int], stages: list[tuple[str, Pos]]
) -> tuple[int | None, list[PhaseGroup], str]:
    """The column headed as a group of stages whose values give each stage one group in runs of
    neighbouring stages, and its groups; else None, and (for a column so headed) why it stays a lane."""
    stage_col = stages[0][1][1]
    index = {key: i for i, (key, _) in enumerate(stages)}
    for c in cols:
        if c == stage_col or not is_group_header(grid.text((header_row, c))):
            continue  # the stages' own column ("Moment") never groups them too
        of_stage: dict[int, set[str]] = {}
        first: dict[str, Pos] = {}
        for r in rows:
            text = " ".join(grid.text((r, c)).split())
            if text:
                i = index[_key(grid, (r, stage_col))]
                of_stage.setdefault(i, set()).add(label_key(text))
                first.setdefault(label_key(text), (r, c))
        letter = get_column_letter(c)
        two = [stages[i][0] for i, names in of_stage.items() if len(names) > 1]
        if two or len(of_stage) < len(stages):
            why = f"stage '{excerpt(two[0])}' is under two groups" if two else "a stage has no group"
            return (
                None,
                [],
                (
                    f"column {letter} ('{grid.quoted((header_row, c))}') is headed as a group of stages but does not "
                    f"group them: {why} — it is kept as a lane"
                ),
            )
        names = [next(iter(of_stage[i])) for i in range(len(stages))]
        runs = [n for i, n in enumerate(names) if i == 0 or n != names[i - 1]]
        if len(runs) != len(set(runs)):
            return (
                None,
                [],
                (
                    f"column {letter} ('{grid.quoted((header_row, c))}') is headed as a group of stages but its groups "
                    "come back after others (no runs of neighbouring stages): it is kept as a lane"
                ),
            )
        groups: list[PhaseGroup] = []
        for i, name in enumerate(names):
            if groups and i > 0 and names[i - 1] == name:
                groups[-1] = PhaseGroup(groups[-1].name, groups[-1].first, groups[-1].count + 1)
            else:
                groups.append(PhaseGroup(grid.whole(first[name]), i, 1))
        return c, groups, ""
    return None, [], ""


def _spread_over(grid: Grid, section: Section, stages: list[tuple[str, Pos]]) -> None:
    """The section's phases put in the stages' order, an empty phase where the persona has no row."""
    index = {phase_key(p.name): i for i, p in enumerate(section.phases)}
    order = [index.get(key) for key, _ in stages]
    phases: list[Phase] = []
    for (_, pos), i in zip(stages, order, strict=True):
        phases.append(section.phases[i] if i is not None else grid.phase(pos, grid.phase_name(pos)))
    for lane in section.lanes:
        lane.cells = [lane.cells[i] if i is not None else [] for i in order]
    section.scores = [section.scores[i] if i is not None else [] for i in order]
    section.phases = phases


def _one_layout(sections: list[Section]) -> None:
    """The journeys of one long table keyed by persona share its layout: a persona with a stage on two rows
    makes it long for all of them, never "transposed" for one and "long" for the next."""
    if any(section.shape == "long" for section in sections):
        for section in sections:
            section.shape = "long"


#: What the reading of a journey cut out of such a table says first (``check --explain``); by it it is known.
READING_MARK = ": a persona × stage table — personas down column"


def is_persona_matrix(journey: Journey) -> bool:
    """True for a journey cut out of a wide persona × stage table (one persona's row)."""
    return bool(journey.reading) and READING_MARK in journey.reading[0]


#: The fewest personas (rows) and stages (columns) of a wide persona × stage table.
_MIN_WIDE_PERSONAS = 2
_MIN_WIDE_STAGES = 2


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
    if len(filled_rows) < 1 + _MIN_WIDE_PERSONAS:
        return None
    header_row, *rows = filled_rows
    cols = grid.row(header_row)
    if len(cols) < 1 + _MIN_WIDE_STAGES or not is_persona_header(grid.text((header_row, cols[0]))):
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


#: What a persona's row of a persona × stage table is taken for, for ``--explain``.
PERSONAS_ROW = "the persona's row of a persona × stage table: what that persona does"


def _what_the_persona_does(lane: Lane) -> Lane:
    """A persona's row of a persona × stage table, its label the persona's name: the customer process of that
    persona's journey, unless its label names a role of its own or the user gave one (``--lane``)."""
    if lane.kind != CUSTOM_LANE or lane.role_by != RoleBy.NONE:
        return lane
    lane.kind, lane.role_by, lane.role_match, lane.suggestions = LaneKind.CUSTOMER, RoleBy.SYNONYM, PERSONAS_ROW, ()
    return lane


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
            lanes=[_what_the_persona_does(lane)],
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
