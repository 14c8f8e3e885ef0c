"""The classic canvas: phases across the header row, lane labels down the label column.

The frame (``blocks``) says where header row and label column are. Phases may have steps: an
upper row naming phases over the header's step names, or the same name repeated (or merged)
over neighbouring columns. Lanes may have groups (a column of names over several labels), may
be levels of feeling (an emotion-position grid: each item scores its row's level), and a row
naming a service-blueprint line is a boundary between lanes, not a lane.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from openpyxl.utils import get_column_letter

from canvasgen.errors import CanvasWarning, Location
from canvasgen.model import CUSTOM_LANE, SCORE_LANE, Boundary, Item, Lane, LaneKind, LaneRole, Phase, PhaseGroup, RoleBy
from canvasgen.read.grid import CellValue, Grid, Pos
from canvasgen.read.lane_roles import (
    by_tool_kind,
    lane_option,
    lane_role_of,
    new_lane,
    paired_role,
    scored_by_content,
    text_option,
    unlabelled_lane,
)
from canvasgen.read.limits import MAX_PHASES
from canvasgen.read.tables.blocks import (
    Frame,
    is_meta_label,
    is_stage_id,
    lane_words,
    name_runs,
    note_in,
    step_number,
    steps_under_merged,
    without_notes,
)
from canvasgen.read.tables.found import (
    LEVEL_SCALE,
    SCORE_LIKE,
    GroupsHint,
    RawScore,
    Section,
    Table,
    dash_kept,
    feelings_said,
    feelings_shaped,
    holds_score,
    in_words,
    is_light_label,
    lights_said,
    lights_shaped,
    numbered_said,
    numbered_shaped,
    row_signs,
    scale_scores,
    score_cell,
    score_in,
    score_shaped,
)
from canvasgen.text import counted, excerpt, label_key, numbered_name, phase_key
from canvasgen.vocabulary import (
    PERSONA_INDEX,
    is_group_header,
    is_known_phase,
    is_phase_header,
    lane_kind,
)
from canvasgen.vocabulary.roles import RoleMatch, feeling_of_row, icon_before_label
from canvasgen.vocabulary.scores import evenly, is_dash, scale_in_label
from canvasgen.vocabulary.structure import (
    blueprint_line,
    emotion_level,
    is_arrow,
    is_arrow_down,
    is_group_word,
    is_step_header,
    reads_as_note,
)


@dataclass
class _Row:
    lane: Lane
    rows: list[int]
    level: float | None = None
    #: Scores written in words ("Goed | Matig | Slecht") in an experience or emotions lane: the words stay
    #: the lane's items, and each also scores its phase.
    word_scores: bool = False


def read_across(
    grid: Grid,
    frame: Frame,
    used: set[Pos],
    file: str,
    lane_kinds: dict[str, LaneRole],
    groups_hint: GroupsHint | None = None,
) -> Table:
    taken: set[Pos] = set()
    groups_at, groups_said, unfound = groups_row(grid, frame, used, groups_hint)
    if groups_at is not None:  # the upper row names groups of the phases: the header row names the phases
        frame = replace(frame, upper_row=None)
    rows = _rows(grid, frame, used)
    content_cols, right = _content_columns(grid, frame, rows, used)
    phases, phase_cols, said, explained = _phases(grid, frame, content_cols, used, file, taken)
    if len(phases) > MAX_PHASES:  # refused by the reader once the journey is named: its cells are never read
        return _past_the_cap(grid, frame, rows, phases, (phase_cols, right), taken, groups_at)
    phase_label = _corner_label(grid, frame, used, taken, groups_at)
    # why the row over the phase names is no groups of them by its shape ("": it is), asked once for both
    not_groups = (
        _not_groups(grid, frame, (rows, phase_cols), used)
        if groups_at is None and frame.upper_row is None and not frame.banners
        else None
    )
    groups_at, shape_said = _groups_by_shape(grid, frame, used, groups_hint, groups_at, not_groups)
    groups_said = [*groups_said, *shape_said]
    groups_at, below_said = _groups_below(grid, frame, (rows, phase_cols), used, groups_hint, groups_at)
    lanes, boundaries, notes, lanes_said = _lanes(grid, frame, rows, len(phases), used, taken, lane_kinds)
    top = min(r for r in (frame.number_row, frame.upper_row, frame.header_row, groups_at) if r is not None)
    groups_said = [*groups_said, *below_said, *lanes_said]
    why = (not_groups or "") if groups_at is None else ""
    above, over_said = _row_over(grid, frame, phase_cols, (top, taken), used, lane_kinds, why, groups_hint)
    groups_said.extend(over_said)
    if above is not None:  # a lane over the phase names ("Doel: ..." per phase): the map's first
        lanes.insert(0, above)
        boundaries = [Boundary(b.kind, b.before + 1, b.source) for b in boundaries]
        top -= 1
    scored, two_scores = _scores_by_shape(grid, lanes, phase_cols, used, file)
    scores: list[list[RawScore]] = [[] for _ in phases]
    cells_said: list[str] = []
    for lane_rows in lanes:
        lane = lane_rows.lane
        signs = row_signs(_values(grid, lane_rows.rows, phase_cols, used))
        for index, cols in enumerate(phase_cols):
            for r in lane_rows.rows:
                for c in cols:
                    pos = (r, c)
                    if pos not in grid.cells or pos in used:
                        continue
                    taken.add(pos)
                    value = grid.cells[pos]
                    items = grid.items(pos) or dash_kept(value, grid.source(pos), signs)
                    if lane.kind == SCORE_LANE:
                        by_content = text_option(lane) if lane.role_by == RoleBy.CONTENT else ""
                        read = score_cell(value, grid.source(pos), lane.label, signs, by_content)
                        scores[index].extend(read.scores())
                        cells_said.extend([read.said] if read.said else [])
                        if not read.keep and not read.words:
                            continue
                        items = items if read.keep else [Item(read.words, grid.source(pos))]
                    elif (
                        lane_rows.word_scores
                        and items
                        and (raw := score_in(value, grid.source(pos), lane.label)) is not None
                    ):
                        items = _scored_word(value, items, raw, scores[index])
                    if lane_rows.level is not None:
                        for item in items:
                            item.level = lane_rows.level
                            scores[index].append(RawScore(lane_rows.level, grid.source(pos), LEVEL_SCALE))
                    lane.cells[index].extend(items)
                    cells_said.extend(_spread(grid, pos, phase_cols, index, (lane, items), phases))
    section = Section(phases, [lr.lane for lr in lanes], scores, "grid", phase_label=phase_label)
    section.id_label = _ids_label(grid, frame, used, taken) if any(p.stage_id for p in phases) else None
    section.reading = explained + groups_said + scored + cells_said
    if groups_at is not None:
        section.groups, remarks = _phase_groups(grid, frame, groups_at, phase_cols, used, taken, groups_hint)
        section.reading.extend(remarks)
        section.group_label = _group_label(grid, frame, groups_at, used, taken)
    said.extend(CanvasWarning(Location(file, grid.title), text) for text in (unfound,) if text is not None)
    said.extend(two_scores)
    section.boundaries = boundaries
    section.notes = notes
    return Table([section], taken, top, said)


def _content_columns(grid: Grid, frame: Frame, rows: list[int], used: set[Pos]) -> tuple[set[int], int]:
    """The columns right of the labels with content in the table's rows, and the table's last column. A
    column of nothing but arrows or placeholders (">>" between the phases) is decoration, no phase."""
    row_set = set(rows)
    right = frame.right if frame.right is not None else grid.max_col
    content_cols = {
        c
        for (r, c), v in grid.cells.items()
        if r in row_set and frame.first_col <= c <= right and (r, c) not in used and not v.placeholder
    }
    return content_cols, right


def _past_the_cap(
    grid: Grid,
    frame: Frame,
    rows: list[int],
    phases: list[Phase],
    columns: tuple[list[list[int]], int],
    taken: set[Pos],
    groups_at: int | None,
) -> Table:
    """A table of more phases than canvasgen lays out: its phases, and every cell of its rows taken without
    being read into items (hundreds of phases by hundreds of lanes cost seconds to read, to be refused)."""
    phase_cols, right = columns
    heads = {r for r in (frame.upper_row, frame.header_row) if r is not None}
    body = set(rows)
    # the cells there are, never the area (a sparse table may span thousands of rows by columns)
    taken |= {(r, c) for r, c in grid.cells if r in heads and phase_cols[0][0] <= c <= phase_cols[-1][-1]}
    taken |= {(r, c) for r, c in grid.cells if r in body and frame.label_col <= c <= right}
    top = min(r for r in (frame.number_row, frame.upper_row, frame.header_row, groups_at) if r is not None)
    return Table([Section(phases, [], [[] for _ in phases], "grid")], taken, top)


def _groups_below(
    grid: Grid,
    frame: Frame,
    body: tuple[list[int], list[list[int]]],
    used: set[Pos],
    hint: GroupsHint | None,
    above: int | None,
) -> tuple[int | None, list[str]]:
    """The row of groups: ``above`` the phase names when one is there; else the row right under them when it
    names groups of them (taken out of the body's rows): no lane label beside it (or a header of groups,
    "Fase groep"), a lane under it, and names only, each over whole phases, fewer than the phases, one merged
    over several of them at least (or all words for groups); and what was decided, with the corrections
    that change it."""
    rows, phase_cols = body
    if above is not None:
        return above, []
    if frame.banners or len(rows) < 2 or len(phase_cols) < 3 or rows[0] != frame.header_row + 1:
        return None, []
    row = rows[0]
    label = grid.owner((row, frame.label_col))
    if label in grid.cells and label not in used and not is_group_header(grid.text(label)):
        return None, []
    owners = [p for p in _group_owners(grid, frame, row, used) if p != label]
    firsts = {cols[0]: i for i, cols in enumerate(phase_cols)}
    lasts = {cols[-1]: i for i, cols in enumerate(phase_cols)}
    spans = [(firsts.get(p[1]), lasts.get(min(p[1] + grid.span(p)[1] - 1, phase_cols[-1][-1]))) for p in owners]
    if not owners or any(a is None or b is None for a, b in spans) or len(owners) >= len(phase_cols):
        return None, []
    values = [grid.cells[p] for p in owners]
    if not all(v.is_text and _named(v) and not lane_kind(v.text) for v in values):
        return None, []
    merged = any(b is not None and a is not None and b > a for a, b in spans)
    if not merged and not all(is_group_word(v.text) for v in values):
        return None, []
    shown = ", ".join(f"'{excerpt(v.text)}'" for v in values)
    where = f"row {row} ({shown}), right under the phase names in row {frame.header_row} with no lane label"
    if hint is GroupsHint.NONE:
        return None, [f"{where}, is a lane, as you said (--groups none)"]
    rows.remove(row)
    how = "merged over several phases" if merged else "its names words for groups of phases"
    return row, [
        f"{where} and {how}, names groups of the phases — if it is a lane, give it a label in "
        f"{grid.ref((row, frame.label_col))}, or give --groups none"
    ]


def _group_owners(grid: Grid, frame: Frame, row: int, used: set[Pos]) -> list[Pos]:
    """The cells of a row over the phases, left to right: a cell merged from further left (over the label
    column too) counts when it reaches over a phase."""
    first = frame.first_col
    last = frame.right if frame.right is not None else grid.max_col  # a remarks column beside it: no name
    owners = {grid.owner((row, c)) for c in range(1, last + 1) if (row, c) in grid.cells or c >= first}
    return sorted(p for p in owners - used if p in grid.cells and p[1] + grid.span(p)[1] - 1 >= first)


def groups_row(
    grid: Grid, frame: Frame, used: set[Pos], hint: GroupsHint | None
) -> tuple[int | None, list[str], str | None]:
    """The row above the header when it names groups of the phases ("Before | During | After" merged over
    them), not phases over their steps; what was decided, with the correction that changes it; and, when
    ``--groups above`` was said and no row of groups is found, the row looked at and why, for a warning.
    Groups when its names are words for groups, or when the header row under it names known phases (each
    once) and it names none; the user's ``--groups`` decides over both."""

    def names(row: int) -> list[str]:
        owners = [p for p in _group_owners(grid, frame, row, used) if _named(grid.cells[p])]
        if row != frame.header_row and hint is not GroupsHint.ABOVE:
            owners = without_notes(grid, owners)
        return [" ".join(grid.cells[run[0]].text.split()) for run in name_runs(grid, owners)]

    if frame.upper_row is None:
        if hint is GroupsHint.ABOVE:
            return _said_above(grid, frame, used, names)
        return None, _merged_above(grid, frame, used, names), None
    upper_row, header_row = frame.upper_row, frame.header_row
    upper, lower = names(upper_row), names(header_row)
    shown = ", ".join(f"'{excerpt(n)}'" for n in upper)
    owners = [p for p in _group_owners(grid, frame, upper_row, used) if _named(grid.cells[p])]
    if any(len(run) > 1 for run in name_runs(grid, owners)):
        shown += "; a name repeated over neighbouring cells counts once"
    if hint is GroupsHint.NONE:
        said = f"row {upper_row} ({shown}) names phases over their steps in row {header_row}, as you said"
        return None, [f"{said} (--groups none)"], None
    if hint is GroupsHint.ABOVE:
        said = f"row {upper_row} ({shown}) names groups of the phases in row {header_row}, as you said"
        return upper_row, [f"{said} (--groups above)"], None
    # each phase's name as the phases are named (a date cell's whole: "12 maart" and "19 maart" are two)
    lower_owners = [p for p in _group_owners(grid, frame, header_row, used) if _named(grid.cells[p])]
    if steps_under_merged(grid, owners, lower_owners):
        # step names only under the names merged over several columns, none under the others: the steps of
        # those phases (groups would leave the other columns phases with no name)
        merged = ", ".join(f"'{excerpt(grid.text(p))}'" for p in owners if grid.span(p)[1] > 1)
        return (
            None,
            [
                f"row {upper_row} ({shown}) names phases over their steps in row {header_row}: its step names stand "
                f"only under {merged}, merged over them — if it names groups of phases, give --groups above"
            ],
            None,
        )
    keys = [phase_key(grid.cells[run[0]].phase_name) for run in name_runs(grid, lower_owners)]
    known, known_above = _known_share(lower), _known_share(upper)
    by_words = bool(upper) and all(is_group_word(n) for n in upper)
    # The row of known phase names names the phases when most of its names are known (each once) and the row
    # over it names no larger share of known ones: on a tie the lower row wins, every column kept a phase.
    by_phases = (
        len(set(keys)) == len(keys)
        and known[0] >= 0.5 * known[1]
        and known[0] * known_above[1] >= (known_above[0] * known[1])
    )
    # "Fase" beside the header row says it names the phases: the names over them group them
    corner = " ".join(grid.text((header_row, frame.label_col)).split())
    by_header = is_phase_header(corner) and not is_step_header(corner)
    if by_words or by_phases or by_header:
        why = (
            "its names are words for groups of phases"
            if by_words
            else f"the row under it names known phases: {_share(known)}, {_share(known_above)} in row {upper_row}"
            if by_phases
            else f"the row under it is headed as the phases ('{excerpt(corner)}')"
        )
        return (
            upper_row,
            [
                f"row {upper_row} ({shown}) names groups of the phases in row {header_row} ({why}) — if it names "
                "phases over their steps, give --groups none"
            ],
            None,
        )
    shape = _group_shape(grid, (owners, lower_owners), len(set(keys)) == len(keys), (known, known_above), header_row)
    if shape.signs and (shape.by_names or not shape.steps):
        # the row's own shape says groups (no word of the corner, no known names decides): said in check too
        said = f"row {upper_row} ({shown}) names groups of the phases in row {header_row} ({'; '.join(shape.signs)})"
        against = f", though {shape.steps}" if shape.steps else ""
        return (
            upper_row,
            [f"{said}{against} — if it names phases over their steps, give --groups none"],
            f"{said}, each column a phase of its own{against} — if it names phases over their steps, give "
            "--groups none",
        )
    if shape.signs:  # groups by its shape, but its names are the more known phase names: phases over steps
        said = (
            f"row {upper_row} ({shown}) names phases over their steps in row {header_row} ({shape.steps}), though "
            f"{'; '.join(shape.signs)}"
        )
        return (
            None,
            [f"{said} — if it names groups of phases, give --groups above"],
            (
                f"{said}: the steps' columns share their phase's column and score — if it names groups of phases, "
                "give --groups above"
            ),
        )
    if known[0] * 2 >= known[1] and len(set(keys)) == len(keys):
        why = f" ({_share(known_above)} of its names are known phase names, {_share(known)} in row {header_row})"
    elif known[0]:
        why = f" (only {_share(known)} of the names in row {header_row} are known phase names)"
    else:
        why = ""
    return (
        None,
        [
            f"row {upper_row} ({shown}) names phases over their steps in row {header_row}{why} — if it names groups "
            "of phases, give --groups above"
        ],
        None,
    )


@dataclass(frozen=True)
class _GroupShape:
    """What a row over the phase names shows by its shape when no corner word or known names decide:
    ``signs`` of groups of phases, ``by_names`` when a sign is in its names (group words, a group named as its
    one phase), not only in its merged cells; ``steps``: why its names look like phases all the same ("")."""

    signs: list[str]
    by_names: bool
    steps: str


def _group_shape(
    grid: Grid,
    rows: tuple[list[Pos], list[Pos]],
    distinct: bool,
    shares: tuple[tuple[int, int], tuple[int, int]],
    header_row: int,
) -> _GroupShape:
    """Signs that a row over the phase names groups them ("Voor de operatie | Operatie | Na de operatie" over
    seven phases): some of its names are words for groups; a name stands over the one column of the same name
    under it; or a name is merged over several columns of a row that names each column once. Against them:
    its names are more often known phase names than those under it ("Bewustwording" over "Oriëntatie")."""
    upper_owners, lower_owners = rows
    upper_runs, lower_runs = name_runs(grid, upper_owners), name_runs(grid, lower_owners)
    signs: list[str] = []
    words = [" ".join(grid.text(run[0]).split()) for run in upper_runs if is_group_word(grid.text(run[0]))]
    if words:
        quoted = ", ".join(f"'{w}'" for w in words)
        signs.append(f"{quoted} {'is a word' if len(words) == 1 else 'are words'} for groups of phases")
    same: list[str] = []
    merged = False
    for run in upper_runs:
        first, last = run[0][1], run[-1][1] + grid.span(run[-1])[1] - 1
        under = [low for low in lower_runs if first <= low[0][1] <= last]
        name = " ".join(grid.text(run[0]).split())
        if len(under) == 1 and phase_key(name) == phase_key(grid.phase_name(under[0][0])):
            same.append(name)
        merged = merged or (len(under) > 1 and (len(run) > 1 or grid.span(run[0])[1] > 1))
    if same:
        quoted = ", ".join(f"'{n}'" for n in same)
        signs.append(f"{quoted} stands over the one column of the same name")
    numbers = [n for run in upper_runs if (n := step_number(grid.cells[run[0]])) is not None]
    numbered = len(upper_runs) >= 2 and len(numbers) == len(upper_runs) and numbers == sorted(set(numbers))
    if merged and distinct and numbered:
        # "Fase 1" merged over "Oriënteren | Vergelijken": a numbered phase over named sub-columns. Read as a
        # group of them, each named column a phase: the client's names stay the phases' names, and a number
        # over one column groups that one (the other reading, phases with steps, is --groups none)
        signs.append(
            "its names number the phases and one is merged over several named columns: each number a group of "
            "the named columns under it"
        )
    elif merged and distinct:
        signs.append("its names are merged over columns that each have a name of their own")
    known, known_above = shares
    steps = (
        f"{_share(known_above)} of its names are known phase names, {_share(known)} in row {header_row}"
        if known_above[0] * known[1] > known[0] * known_above[1]
        else ""
    )
    return _GroupShape(signs, bool(words or same or (merged and distinct and numbered)), steps)


def _known_share(names: list[str]) -> tuple[int, int]:
    """How many of a row's names are known phase names, of how many."""
    return sum(1 for n in names if is_known_phase(n)), len(names)


def _share(counts: tuple[int, int]) -> str:
    return f"{counts[0]} of {counts[1]}"


def _said_above(
    grid: Grid, frame: Frame, used: set[Pos], names: Callable[[int], list[str]]
) -> tuple[int | None, list[str], str | None]:
    """``--groups above`` where the sheet's shape shows no row of groups: the row right above the phase names
    is that row, as the user said, when it holds names over the phases (one cell merged over all of them
    is the map's title, no group); else none, and why, naming the row looked at."""
    header_row = frame.number_row or frame.header_row
    row = header_row - 1
    owners = [p for p in _group_owners(grid, frame, row, used) if _named(grid.cells[p])] if row >= 1 else []
    first, last = frame.header_cols[0], frame.header_cols[-1]
    title = len(owners) == 1 and owners[0][1] <= first and owners[0][1] + grid.span(owners[0])[1] - 1 >= last
    if owners and not title:
        shown = ", ".join(f"'{excerpt(n)}'" for n in names(row))
        said = f"row {row} ({shown}) names groups of the phases in row {frame.header_row}, as you said"
        return row, [f"{said} (--groups above)"], None
    if row < 1:
        return (
            None,
            [],
            f"--groups above: the phase {'numbers' if frame.number_row else 'names'} are in row {header_row}, "
            "with no row above them: no phase groups read",
        )
    why = "holds one title merged over all of them, no group of them" if title else "holds no names over them"
    return (
        None,
        [],
        (
            f"--groups above: row {row}, above the phase {'numbers' if frame.number_row else 'names'} in row "
            f"{header_row}, {why}: no phase groups read — "
            "write or merge each group's name over its phases in that row"
        ),
    )


def _merged_above(grid: Grid, frame: Frame, used: set[Pos], names: Callable[[int], list[str]]) -> list[str]:
    """What is said of names merged over the phases right above them that the reader did not take for phase
    groups (they go to notes): the row, and the ``--groups above`` that makes them groups. Nothing for a
    title merged over all of them, or a row with no name merged over two phases."""
    header_row = frame.number_row or frame.header_row
    row = header_row - 1
    owners = [p for p in _group_owners(grid, frame, row, used) if _named(grid.cells[p])] if row >= 1 else []
    merged = [p for p in owners if len(set(_grid_cols(grid, p)) & set(frame.header_cols)) >= 2]
    if len(owners) < 2 or not merged:
        return []
    shown = ", ".join(f"'{excerpt(n)}'" for n in names(row))
    return [
        f"row {row} ({shown}), merged over the phases in row {header_row}, is read as notes, not as groups of "
        "the phases — if it names groups of them, give --groups above"
    ]


def _grid_cols(grid: Grid, pos: Pos) -> range:
    """The columns a cell covers, its merged range's included."""
    return range(pos[1], pos[1] + grid.span(pos)[1])


def _named(value: CellValue) -> bool:
    """Words in a row of group names: a group word that also reads as a placeholder ("Na", Dutch for
    after; "N/A" elsewhere) is a name there."""
    return value.number is None and (not value.placeholder or is_group_word(value.text))


def _phase_groups(
    grid: Grid,
    frame: Frame,
    row: int,
    phase_cols: list[list[int]],
    used: set[Pos],
    taken: set[Pos],
    hint: GroupsHint | None,
) -> tuple[list[PhaseGroup], list[str]]:
    """The groups a row above the phases names: each name over the phases its merged cell spans, or,
    written once, up to the next name; one name repeated over neighbouring phases is one group. A name
    over no phase stays a note, and so does a remark beside the names ("Versie 2 – concept", unless
    ``--groups above`` said the row is all groups): said, for the reading."""
    named = [p for p in _group_owners(grid, frame, row, used) if _named(grid.cells[p])]
    owners = named if hint is GroupsHint.ABOVE else without_notes(grid, named)
    said = [
        f"{grid.ref(p)} ({' '.join(grid.text(p).split())!r}) in the row of groups reads as a note ({note_in(grid, p)}),"
        " no group: kept as a note — if it names a group of phases, give --groups above"
        for p in named
        if p not in owners
    ]
    last = phase_cols[-1][-1] if phase_cols else 0
    groups: list[PhaseGroup] = []
    for pos in owners:
        width = grid.span(pos)[1]
        # written once, a name reaches up to the next name (or remark: never past it)
        after = next((p[1] for p in named if p[1] > pos[1]), last + 1)
        end = pos[1] + width - 1 if width > 1 else after - 1
        members = [i for i, cols in enumerate(phase_cols) if max(pos[1], frame.first_col) <= cols[0] <= end]
        if not members:
            continue
        taken.add(pos)
        name = grid.whole(pos)
        if groups and groups[-1].last == members[0] - 1 and groups[-1].name.text.casefold() == name.text.casefold():
            previous = groups[-1]  # "Voor | Voor": one group over both phases
            groups[-1] = PhaseGroup(previous.name, previous.first, previous.count + len(members))
        else:
            groups.append(PhaseGroup(name, members[0], len(members)))
    return groups, said


def _corner_label(grid: Grid, frame: Frame, used: set[Pos], taken: set[Pos], groups_at: int | None) -> Item | None:
    """The word in the corner, beside the phase names ("Fase"): it heads the phases. Beside the names' row
    empty, a word naming phases in the corner of the row of their numbers ("Fase | 1 | 2 | 3") or of the
    phases over their steps heads them as well: the heading of the phases, never a note (beside a row read as
    groups of the phases, ``groups_at``, it heads the groups)."""
    corner = grid.owner((frame.header_row, frame.label_col))  # merged over the groups' column too, maybe
    if corner in grid.cells and corner not in used and grid.cells[corner].is_text:
        taken.add(corner)
        return grid.whole(corner)
    for row in (frame.number_row, frame.upper_row):
        above = grid.owner((row, frame.label_col)) if row is not None and row != groups_at else None
        if above is None or above not in grid.cells or above in used or above in taken:
            continue
        if grid.cells[above].is_text and is_phase_header(grid.text(above)):
            taken.add(above)
            return grid.whole(above)
    return None


def _ids_label(grid: Grid, frame: Frame, used: set[Pos], taken: set[Pos]) -> Item | None:
    """The word in the corner of a row of stage ids over the names ("Stage | S01 | S02"): it heads the ids, as
    "id" heads a stage list's, never a note."""
    if frame.number_row is None:
        return None
    corner = grid.owner((frame.number_row, frame.label_col))
    if corner not in grid.cells or corner in used or corner in taken or not grid.cells[corner].is_text:
        return None
    if corner[1] + grid.span(corner)[1] - 1 >= frame.first_col:
        return None
    taken.add(corner)
    return grid.whole(corner)


def _group_label(grid: Grid, frame: Frame, row: int, used: set[Pos], taken: set[Pos]) -> Item | None:
    """The word beside the group names, in the label column ("Moment" beside them as "Fase" beside the
    phase names): it heads the groups; None when there is none (or it reaches over a phase: a group)."""
    label = grid.owner((row, frame.label_col))
    if label not in grid.cells or label in used or not grid.cells[label].is_text:
        return None
    if label[1] + grid.span(label)[1] - 1 >= frame.first_col:
        return None
    taken.add(label)
    return grid.whole(label)


def _by_tool_kind(grid: Grid, frame: Frame, row: int, role: RoleMatch) -> RoleMatch:
    """A lane whose label names no role, given the kind a journey tool's column of kinds writes beside it."""
    return by_tool_kind(role, grid.text((row, frame.kind_col))) if frame.kind_col is not None else role


def _row_above(
    grid: Grid, frame: Frame, row: int, phase_cols: list[list[int]], used: set[Pos], lane_kinds: dict[str, LaneRole]
) -> _Row | None:
    """The row right above the phase names as a lane, when it holds words over at least half of the
    phases, each within one phase, and nothing else but a label beside them: a goal or a question per
    phase. A title (one cell across), step numbers or metadata ("Klant: ACME") are no lane."""
    if row < 1 or frame.banners:
        return None
    phase_of = {c: i for i, cols in enumerate(phase_cols) for c in cols}
    owners = {grid.owner((row, c)) for c in grid.row(row)} - used
    label = (row, frame.label_col) if (row, frame.label_col) in owners else None
    over = [pos for pos in owners if pos != label]
    spans = [{phase_of.get(c) for c in range(pos[1], pos[1] + grid.span(pos)[1])} for pos in over]
    if any(len(span) != 1 or None in span for span in spans) or len(over) < max(2, (len(phase_cols) + 1) // 2):
        return None
    values = [grid.cells[pos] for pos in [*over, *([label] if label else [])]]
    if not all(v.is_text for v in values) or any(is_meta_label(v.text) for v in values):
        return None
    if label is None:
        return _Row(unlabelled_lane(f"Row {row}", len(phase_cols), lane_kinds), [row])
    text = " ".join(grid.cells[label].text.split())
    return _Row(new_lane(lane_role_of(text, None, lane_kinds), text, len(phase_cols), grid.source(label)), [row])


def _row_over(
    grid: Grid,
    frame: Frame,
    phase_cols: list[list[int]],
    at: tuple[int, set[Pos]],
    used: set[Pos],
    lane_kinds: dict[str, LaneRole],
    why: str,
    hint: GroupsHint | None,
) -> tuple[_Row | None, list[str]]:
    """The row right above the map (``at``: the map's top row, and the cells taken, to which its label is
    added) read as a lane, if it is one; and, when no row of groups was found, ``why`` the row over the
    phase names names none (``_not_groups``, asked once per table; "" when its shape was not looked at, or
    says groups and --groups none said otherwise), said with ``--groups above``."""
    top, taken = at
    above = _row_above(grid, frame, top - 1, phase_cols, used, lane_kinds)
    if above is not None:
        if above.lane.source is not None:  # its label is the lane's, no note beside it too
            taken.add((top - 1, frame.label_col))
        return above, _said_of_row_above(above, top - 1, why)
    if why and hint is not GroupsHint.NONE and _names_over_phases(grid, frame, top - 1, phase_cols, used):
        return None, [
            f"row {top - 1}, over the phase names with no label beside it, names no groups of them, as {why} — "
            "if its names head groups of the phases, give --groups above"
        ]
    return None, []


def _said_of_row_above(above: _Row, row: int, why: str) -> list[str]:
    """A row over the phase names read as a lane with no label: said, why its names are no groups of the
    phases, and the correction that makes them so."""
    if above.lane.source is not None:
        return []
    return [
        f"row {row}, over the phase names with no label beside it, is a lane named by its place among the lanes "
        f"(words over single phases{f'; no groups, as {why}' if why else ''}) — if its names head groups of the "
        "phases, give --groups above"
    ]


def _label_opening(name: str) -> str | None:
    """The label a name opens with, as a lane's item may ("Doel: meer weten", "Goal 1", "Pain – wachten"):
    the words before a colon, else its first word, when they name a lane, a persona's field or metadata."""
    head = name.partition(":")[0] if ":" in name else name.split()[0]
    if len(head.split()) < len(name.split()) and (
        lane_kind(head) or PERSONA_INDEX.get(label_key(head)) or is_meta_label(head)
    ):
        return head.strip()
    return None


#: A group's name is a few words: more, and the row over the phases reads as a lane of sentences.
_GROUP_WORDS, _GROUP_CHARS = 6, 48


def _groups_by_shape(
    grid: Grid, frame: Frame, used: set[Pos], hint: GroupsHint | None, found: int | None, not_groups: str | None
) -> tuple[int | None, list[str]]:
    """The row right above the phase names, not merged, when its shape says it names groups of them: no
    label beside it, a short name over the first phase of each group and blank over the others (the first
    phase named, some blank), nothing else in the row, no name repeated, none a remark, a lane's label, a
    phase's name or an item of the lanes (``not_groups`` says why not, "" when it does; None when the shape
    is not looked at). What was decided is said, with the correction that changes it. A row of groups
    ``found`` already (merged, words for groups, ``--groups above``), or phases over steps, stays."""
    header_row = frame.number_row or frame.header_row
    row = header_row - 1
    if found is not None or not_groups is None:
        return found, []
    if not_groups:
        return None, []
    owners = _group_owners(grid, frame, row, used)
    shown = ", ".join(f"{grid.ref(p)} '{' '.join(grid.text(p).split())}'" for p in owners)
    where = f"row {row} ({shown}), over the phase names in row {header_row} with no label beside it"
    if hint is GroupsHint.NONE:
        return None, [f"{where}, names no groups of the phases, as you said (--groups none)"]
    return row, [
        f"{where}, names groups of the phases by its shape: a short name over the first phase of each group, "
        f"blank over the others — if it is a lane, give it a label in {grid.ref((row, frame.label_col))}, or give "
        "--groups none"
    ]


def _names_over_phases(grid: Grid, frame: Frame, row: int, phase_cols: list[list[int]], used: set[Pos]) -> bool:
    """Two names or more in the row, each over a phase, with nothing in it left of the phases."""
    owners = {grid.owner((row, c)) for c in grid.row(row)} if row >= 1 else set()
    last = phase_cols[-1][-1] if phase_cols else 0
    return len(owners) >= 2 and all(p not in used and frame.first_col <= p[1] <= last for p in owners)


def _not_groups(grid: Grid, frame: Frame, body: tuple[list[int], list[list[int]]], used: set[Pos]) -> str:
    """Why the row right above the phase names does not name groups of them by its shape ("" when it does):
    see ``_groups_by_shape``."""
    rows, phase_cols = body
    row = (frame.number_row or frame.header_row) - 1
    if row < 1 or len(phase_cols) < 3:
        return "there are too few phases to group"
    owners = [grid.owner((row, c)) for c in grid.row(row)]
    if any(p[1] < frame.first_col or p in used for p in owners):
        return f"it has a label in {grid.ref(owners[0])}"
    starts = {cols[0]: i for i, cols in enumerate(phase_cols)}
    if any(p[1] not in starts or grid.span(p) != (1, 1) for p in owners):
        return "a cell of it stands over no phase's first column, or is merged"
    firsts = sorted(starts[p[1]] for p in owners)
    if not firsts or firsts[0] != 0:
        return "its first phase has no name over it"
    if len(firsts) < 2:
        return "it holds one name at most"
    if len(firsts) >= len(phase_cols):
        return "it has a name over every phase"
    items = {label_key(grid.text(pos)) for r in rows for cols in phase_cols for c in cols for pos in [(r, c)]}
    items |= {label_key(grid.text((frame.header_row, cols[0]))) for cols in phase_cols}
    names = [" ".join(grid.text(p).split()) for p in owners]
    for pos, name in zip(owners, names):
        value = grid.cells[pos]
        if not value.is_text or "\n" in value.text.strip():
            return f"{grid.ref(pos)} holds no one-line name"
        if len(name.split()) > _GROUP_WORDS or len(name) > _GROUP_CHARS or reads_as_note(name):
            return f"'{name}' in {grid.ref(pos)} is no short name"
        if lane_kind(name) or is_phase_header(name) or is_meta_label(name):
            return f"'{name}' in {grid.ref(pos)} is a label"
        if (head := _label_opening(name)) is not None:
            return f"'{name}' in {grid.ref(pos)} opens with a label ('{head}'), as an item of a lane does"
        if label_key(name) in items:
            return f"'{name}' in {grid.ref(pos)} is also a phase or an item of the lanes"
    if len({label_key(n) for n in names}) < len(names):
        return "a name comes back"
    return lane_words(names)


def _rows(grid: Grid, frame: Frame, used: set[Pos]) -> list[int]:
    """Rows under the header that belong to the canvas: up to the frame's bottom or another canvas's corner."""
    occupied = {r for (r, c) in grid.cells if c >= frame.label_col and (r, c) not in used}
    rows: list[int] = []
    for r in range(frame.header_row + 1, frame.bottom + 1):
        label = grid.text((r, frame.label_col))
        if label and is_phase_header(label) and rows and grid.owner((r, frame.label_col))[0] == r:
            break  # the corner of another canvas below this one
        if r in occupied or (label and grid.owner((r, frame.label_col)) not in used):
            rows.append(r)
    return rows


def _lanes(
    grid: Grid,
    frame: Frame,
    rows: list[int],
    n_phases: int,
    used: set[Pos],
    taken: set[Pos],
    lane_kinds: dict[str, LaneRole],
) -> tuple[list[_Row], list[Boundary], list[Item], list[str]]:
    labels = {r: grid.text((r, frame.label_col)) for r in rows}
    levels = _levels([t for t in labels.values() if t])
    faces = _levels([t for t in labels.values() if t], icons=True).keys() - levels.keys()
    found: list[_Row] = []
    boundaries: list[Boundary] = []
    notes: list[Item] = []
    said: list[str] = []
    last_owner: Pos | None = None
    unlabelled: list[tuple[int, int]] = []  # rows with no label read as more of the lane above: its place, the row
    for r in rows:
        if frame.banners:
            _banner_lane(grid, frame, r, found, n_phases, taken, lane_kinds)
            continue
        owner = grid.owner((r, frame.label_col))
        label = grid.cells.get(owner) if owner not in used else None
        if label is not None and owner != last_owner and label.is_text:
            text = " ".join(label.text.split())
            last_owner = owner
            taken.add(owner)
            remark = reads_as_note(text)
            if remark not in ("", "a sentence") and not [c for c in grid.row(r) if c > owner[1]]:
                # "Notes: workshop 12 May", "Bron: interviews (n=9)" alone on a row: a note, no lane
                notes.append(grid.whole(owner))
                said.append(
                    f"{grid.ref(owner)} ({text!r}), alone on its row, reads as {remark}: kept as a note, no lane — "
                    f"to make it a lane, write in its row or give it a label of its own"
                )
                continue
            line = blueprint_line(text)
            if line is not None:
                boundaries.append(Boundary(line, len(found), grid.source(owner)))
                notes.append(grid.whole(owner))
                notes.extend(_row_texts(grid, r, frame.label_col, used, taken))
                continue
            group = _group(grid, frame, r, used, taken)
            paired = _paired(grid, frame, r, used, taken)
            role = _by_tool_kind(
                grid, frame, r, lane_role_of(text, group, lane_kinds, level=(label_key(text) or text) in levels)
            )
            if (label_key(text) or text) in faces:
                said.append(
                    f"{grid.ref(owner)} ({text!r}): the {icon_before_label(text)} before a lane's label is its icon, "
                    "no level of feeling (an emotion-position grid names its rows by the feeling alone: '😀', '😞')"
                )
            if paired is not None:  # "Doing" beside "What does the customer do?": one label of two lines
                joined = f"{paired}\n{text}" if (frame.pair_col or 0) < frame.label_col else f"{text}\n{paired}"
                role = paired_role(role, joined, paired, group, lane_kinds)
                text = joined
            lane = new_lane(role, text, n_phases, grid.source(owner), group)
            found.append(_Row(lane, [r], levels.get(label_key(text) or text) if levels else None))
        elif label is None and (arrows := _only_decoration(grid, r, frame.label_col, used, taken)) is not None:
            if arrows:  # a row of arrows under the phases: decoration, no lane; "v" as an arrow said
                shown = ", ".join(f"'{grid.text(p).strip()}' ({grid.ref(p)})" for p in arrows)
                said.append(
                    f"row {r}, with no label, holds only arrows ({shown}): read as arrows between the lanes, no "
                    f"cards — to make them cards, give row {r} a label in {grid.ref((r, frame.label_col))}"
                )
            continue
        elif label is None and (written := _line_across(grid, r, frame.label_col, used)) is not None:
            boundaries.append(Boundary(blueprint_line(written.text) or "", len(found), written.source))
            notes.extend(_row_texts(grid, r, frame.label_col, used, taken))
        elif found and (label is None or owner == last_owner):
            found[-1].rows.append(r)
            if label is None:
                unlabelled.append((len(found) - 1, r))
        else:
            found.append(_Row(unlabelled_lane(f"Row {r}", n_phases, lane_kinds), [r]))
            if label is not None and label.placeholder:  # "?", "TBD": the team's label says nothing yet
                ref, shown = grid.ref(owner), " ".join(label.text.split())
                said.append(
                    f"{ref} holds only '{excerpt(shown)}', which names no lane: the lane is named by its place; write "
                    f"its name in {ref} to change that"
                )
    said.extend(_unlabelled_rows(grid, frame.label_col, found, unlabelled, (n_phases, bool(boundaries)), lane_kinds))
    return found, boundaries, notes, said


def _unlabelled_rows(
    grid: Grid,
    label_col: int,
    found: list[_Row],
    unlabelled: list[tuple[int, int]],
    shape: tuple[int, bool],
    lane_kinds: dict[str, LaneRole],
) -> list[str]:
    """Rows with no label read as more of the lane above them (``unlabelled``: that lane's place, the row).
    Where one lane alone has such rows and a labelled lane follows it (no blueprint lines), they are a lane of
    their own between two labelled lanes, never silently more of the one above (named by its role or place
    once the language is known); otherwise (lanes of several rows, each labelled in its first) they stay the
    lane's. Either way said, with the correction."""
    n_phases, lines = shape
    said: list[str] = []
    lanes = {index for index, _ in unlabelled}
    if len(lanes) == 1 and (index := next(iter(lanes))) < len(found) - 1 and not lines:
        above = found[index]
        rows = [r for _, r in unlabelled]
        above.rows = [r for r in above.rows if r not in rows]
        for offset, r in enumerate(rows, start=1):  # each row a lane, named by its own place: no two rows in one
            found.insert(index + offset, _Row(unlabelled_lane(f"Row {r}", n_phases, lane_kinds), [r]))
        first, last = grid.ref((above.rows[0], label_col)), grid.ref((rows[-1], label_col))
        each = "a lane of its own" if len(rows) == 1 else "each a lane of its own"
        said.append(
            f"{counted(len(rows), 'row')} with no label ({', '.join(str(r) for r in rows)}) between lanes "
            f"'{excerpt(above.lane.label)}' and '{excerpt(found[index + len(rows) + 1].lane.label)}': {each} — to "
            f"read {'it' if len(rows) == 1 else 'them'} as more of '{excerpt(above.lane.label)}', merge {first}:{last}"
        )
        return said
    for index, r in unlabelled:
        lane = found[index].lane
        said.append(
            f"row {r}, with no label, is read as more of lane '{excerpt(lane.label)}' (the lane above it) — to make it "
            f"a lane of its own, write its label in {grid.ref((r, label_col))}"
        )
    return said


def _values(grid: Grid, rows: list[int], phase_cols: list[list[int]], used: set[Pos]) -> list[CellValue]:
    """The cells of a lane's rows under the phases, not read as anything else."""
    cells = [(r, c) for r in rows for cols in phase_cols for c in cols]
    return [grid.cells[p] for p in cells if p in grid.cells and p not in used]


def _scores_by_shape(
    grid: Grid, lanes: list[_Row], phase_cols: list[list[int]], used: set[Pos], file: str
) -> tuple[list[str], list[CanvasWarning]]:
    """Lanes of unknown label that hold only small numbers, feelings or traffic lights become the score
    row, as do emotion and experience lanes holding nothing but scores; what was decided, said. One row
    scores the phases: a second source (a second score label, or a lane of scores by its content) keeps its
    words as text, warned with the correction that chooses it instead."""
    said = []
    warned: list[CanvasWarning] = []

    def filled_of(lane_rows: _Row) -> tuple[list[CellValue], list[CellValue]]:
        values = _values(grid, lane_rows.rows, phase_cols, used)
        signs = row_signs(values)  # "-- | - | 0 | +": its dashes are scores, not cells left empty
        return values, [v for v in values if not v.placeholder or (signs and is_dash(v.text))]

    # a row labelled for scores over no score (as a cell holds one): text, unless its content is read as scores
    # below ("-1 😕 lange wachttijd | 0⏎neutraal"), said once it is known which
    as_text = [lane_rows for lane_rows in lanes if _text_not_scores(lane_rows.lane, filled_of(lane_rows)[1])]
    labelled = [lr for lr in lanes if lr.lane.kind == SCORE_LANE]
    empty = [lr for lr in labelled if not filled_of(lr)[1]]
    # the score row proper: the one the user named, else the first labelled so that holds something (a template's
    # empty score row beside the team's own, filled, "Cijfer (1-10)"), else the first labelled
    proper = next(
        (lr for lr in labelled if lr.lane.role_by == RoleBy.CORRECTED),
        next((lr for lr in labelled if lr not in empty), labelled[0] if labelled else None),
    )
    # an empty score row scores nothing: a lane scoring by its content below is the score row in its place
    waiting = proper if proper in empty and proper is not None and proper.lane.role_by != RoleBy.CORRECTED else None
    warned.extend(_second_labels(grid.title, file, labelled, proper, empty))
    if waiting is not None:
        proper = None
    for lane_rows in lanes:
        lane = lane_rows.lane
        values, filled = filled_of(lane_rows)
        if (
            lane.kind == SCORE_LANE
            or lane.kind not in (CUSTOM_LANE, *SCORE_LIKE)
            or lane_rows.level is not None
            or lane in (lr.lane for lr in labelled)
            # the user's word for a lane that only looks like scores (emotions): text, as said; the experience
            # lane the user names keeps scoring the phases
            or (lane.kind not in (CUSTOM_LANE, LaneKind.EXPERIENCE, SCORE_LANE) and lane.role_by == RoleBy.CORRECTED)
        ):
            continue
        scores = lane.kind != CUSTOM_LANE and bool(filled) and all(holds_score(v) for v in filled)
        # "Tevredenheid (1-10)": a label naming a scale over numbers, some with a face or words after them
        # ("Mood (1-5)" over "2 😟 | 3 🙂" too: a number first, written as text)
        named_scale = scale_in_label(lane.label) is not None
        with_words = not scores and lane.kind != CUSTOM_LANE and scale_scores(lane.label, filled)
        scores = scores or with_words
        custom = lane.kind == CUSTOM_LANE and lane.role_by != RoleBy.CORRECTED
        # "Goed | Matig": words, kept in the lane. Under a label naming a scale ("Mood (1-5)" over "2/5") the
        # row is the score row, as it is over plain numbers: one decision, said alike in check and drawn so
        # a row of nothing but numbers and faces ("+1 | -2 | 😊") is scores alone, each drawn once on the curve
        if scores and not with_words and not named_scale and any(in_words(v) for v in filled):
            words = ", ".join(dict.fromkeys(v.text for v in filled if in_words(v)))
            if proper is not None:
                warned.append(_second(grid.title, file, proper, lane_rows, f"score words ({words})"))
                continue
            lane_rows.word_scores = True
            proper = lane_rows
            said.append(
                f"row {lane_rows.rows[0]} ('{excerpt(lane.label)}') holds score words ({words}): read as "
                "scores, the words kept in the lane"
            )
        elif lane.kind == CUSTOM_LANE and lane.role_by == RoleBy.CORRECTED:
            continue  # the user said what it is ('Cijfer=custom'): text, whatever it holds
        elif scores or (lane.kind == CUSTOM_LANE and score_shaped(values, len(phase_cols))):
            if proper is not None:
                warned.append(_second(grid.title, file, proper, lane_rows, "only small numbers"))
                if lane.kind == CUSTOM_LANE:
                    lane.role_by = RoleBy.CONTENT  # read as scores by its content, kept as text: said above
                continue
            scored_by_content(lane)
            proper = lane_rows
            what = "only small numbers" if all(v.number is not None for v in filled) else "only scores"
            said.append(f"row {lane_rows.rows[0]} ('{excerpt(lane.label)}') holds {what}: scores")
        elif custom and (feelings_shaped(values) or lights_shaped(values)):
            where = f"row {lane_rows.rows[0]}"
            if proper is not None:
                warned.append(
                    _second(
                        grid.title, file, proper, lane_rows, "feelings" if feelings_shaped(values) else "traffic lights"
                    )
                )
                lane.role_by = RoleBy.CONTENT  # read as scores by its content, kept as text: said above
                continue
            scored_by_content(lane)  # "🙂 | 😐 | slecht", "🟢 | 🔴": the score row, by what it holds
            proper = lane_rows
            said.append(
                feelings_said(where, lane.label, values)
                if feelings_shaped(values)
                else lights_said(where, lane.label, values)
            )
        elif lane.role_by != RoleBy.CORRECTED and numbered_shaped(values, lane.kind, lane.label):
            proper = _numbered(grid.title, file, (proper, lane_rows), values, (said, warned))
    proper = _empty_scale_row([lr for lr in lanes if not filled_of(lr)[1]], (proper, waiting), said)
    if waiting is not None and proper is not None:
        _pass_over(waiting.lane)
        warned.append(_empty_passed(grid.title, file, proper, waiting))
    said[:0] = [
        f"row {lane_rows.rows[0]} ('{excerpt(lane_rows.lane.label)}') holds text, not scores: no score row"
        for lane_rows in as_text
        if lane_rows.lane.kind != SCORE_LANE
    ]
    return said, warned


def _scored_word(value: CellValue, items: list[Item], raw: RawScore, scores: list[RawScore]) -> list[Item]:
    """A cell of a row of score words ("goed | +1 | 😊"): its score among its phase's, and the items the lane keeps
    of it: the client's word stays beside the curve; a number or a face is drawn on the curve alone, once."""
    scores.append(raw)
    return items if in_words(value) else []


def _numbered(
    sheet: str,
    file: str,
    rows: tuple[_Row | None, _Row],
    values: list[CellValue],
    out: tuple[list[str], list[CanvasWarning]],
) -> _Row:
    """A lane of signed scores and faces ("+1 😊 nieuw huis | -1 😕 | 😐 | -2"): the score row by what it
    holds, said with the correction that keeps it text; beside a score row (``rows``: the score row so far,
    this lane), text, warned. The score row after it is handed back."""
    proper, lane_rows = rows
    said, warned = out
    lane = lane_rows.lane
    if proper is not None:
        warned.append(_second(sheet, file, proper, lane_rows, "scores written as numbers and faces"))
        lane.role_by = RoleBy.CONTENT if lane.kind == CUSTOM_LANE else lane.role_by
        return proper
    said.append(numbered_said(f"row {lane_rows.rows[0]}", lane.label, values, lane.kind))
    scored_by_content(lane)
    return lane_rows


def _second_labels(
    sheet: str, file: str, labelled: list[_Row], proper: _Row | None, empty: list[_Row]
) -> list[CanvasWarning]:
    """A second score label ("Score" and "Stoplicht") made text, never averaged in, each warned; a row under
    the score row's own label is more of its scores (a phase of several steps, one score row per score as
    `apply` writes them). An empty one beside a filled score row (``empty``) is passed over, said so."""
    warned = []
    for lane_rows in labelled:
        if proper is not None and lane_rows is not proper and not _alike(lane_rows.lane, proper.lane):
            _pass_over(lane_rows.lane)
            if lane_rows in empty and proper not in empty:
                warned.append(_empty_passed(sheet, file, proper, lane_rows))
            else:
                warned.append(_second(sheet, file, proper, lane_rows, "scores"))
    return warned


def _pass_over(lane: Lane) -> None:
    """A score row that is not the one scoring the phases: a lane of its words (none, if empty)."""
    lane.kind, lane.role_by, lane.role_match = CUSTOM_LANE, RoleBy.CONTENT, None


def _empty_passed(sheet: str, file: str, proper: _Row, empty: _Row) -> CanvasWarning:
    """The warning for an empty score row passed over for a filled one (a template's own row left empty, the
    team's scores in a row of their own): both rows named, and the ``--lane`` that keeps the empty one."""
    lane, first = empty.lane, proper.lane
    return CanvasWarning(
        Location(file, sheet, lane.source.cell if lane.source else None),
        f"two rows score the phases: row {empty.rows[0]} ('{excerpt(lane.label)}') is empty, row "
        f"{proper.rows[0]} ('{excerpt(first.label)}') holds the scores: it is the score row; to score by "
        f"'{excerpt(lane.label)}' instead, give {lane_option(first.label, 'custom')}",
    )


def _alike(lane: Lane, first: Lane) -> bool:
    """Whether a second score row is more of the first's: the same label, or the user named both."""
    return label_key(lane.label) == label_key(first.label) or RoleBy.CORRECTED == lane.role_by == first.role_by


def _second(sheet: str, file: str, proper: _Row | None, lane_rows: _Row, holds: str) -> CanvasWarning:
    """The warning for a second score source, kept as text: both rows named, and the ``--lane`` that
    chooses the second (the first made text)."""
    assert proper is not None
    lane, first = lane_rows.lane, proper.lane
    label, first_label = excerpt(lane.label), excerpt(first.label)
    return CanvasWarning(
        Location(file, sheet, lane.source.cell if lane.source else None),
        f"two rows score the phases: row {proper.rows[0]} ('{first_label}') is the score row, and row "
        f"{lane_rows.rows[0]} ('{label}') holds {holds} too: its words are kept as text, not scores; to score by "
        f"'{label}' instead, give {lane_option(first.label, 'custom')}",
    )


def _empty_scale_row(empty: list[_Row], scoring: tuple[_Row | None, _Row | None], said: list[str]) -> _Row | None:
    """Where no row scores the phases (``proper`` None), the first empty row whose label names a scale in brackets
    ("NPS (0-10)", "Tevredenheid (1-10)": a blank template's score row under the team's label) is the score row
    to be filled, as it is once it holds numbers; said, with the correction that keeps it a lane. ``scoring``:
    the row that scores the phases, and an empty score row of a score label waiting for one (it stays the one)."""
    proper, waiting = scoring
    if proper is not None or waiting is not None:
        return proper
    for lane_rows in empty:
        lane = lane_rows.lane
        kinds = (CUSTOM_LANE, *SCORE_LIKE)
        free = lane.kind in kinds and lane.role_by != RoleBy.CORRECTED and lane_rows.level is None
        if free and _scale_in_brackets(lane.label):
            scored_by_content(lane)
            said.append(
                f"row {lane_rows.rows[0]} ('{excerpt(lane.label)}') is empty and its label names a scale: the "
                f"score row, to be filled — if it is another lane, give {text_option(lane)}"
            )
            return lane_rows
    return None


def _scale_in_brackets(label: str) -> bool:
    """Whether a row's label names a scale in brackets ("Tevredenheid (1-10)", "NPS (0-10)"): a score row's."""
    bracketed = re.search(r"\(([^()]*)\)", label)
    return bracketed is not None and scale_in_label(bracketed.group(1)) is not None


def _text_not_scores(lane: Lane, filled: list[CellValue]) -> bool:
    """Whether a lane labelled a score row holds text instead, and becomes a text lane: a label one letter
    from "Score" over text ("Scope"), or a traffic light's label or a score synonym over no score at all
    ("Stoplicht bijzaak: iets heel anders"). The user's own word (``--lane``) stands."""
    if lane.kind != SCORE_LANE or not (
        (lane.role_by == RoleBy.TYPO and not all(map(holds_score, filled)))
        or (
            (is_light_label(lane.label) or lane.role_by == RoleBy.SYNONYM)
            and lane.role_by != RoleBy.CORRECTED
            and filled  # left empty ("Cijfer (1-10)" of a blank template): the score row still, to be filled
            and not any(map(holds_score, filled))
        )
    ):
        return False
    lane.kind, lane.role_by, lane.role_match = CUSTOM_LANE, RoleBy.NONE, None
    lane.suggestions = tuple(s for s in lane.suggestions if s.kind != SCORE_LANE)
    return True


def _line_across(grid: Grid, row: int, label_col: int, used: set[Pos]) -> Item | None:
    """A blueprint line written across the body ("Line of visibility" merged over the phases), if the row is one."""
    cells = [(row, c) for c in grid.row(row) if c > label_col and (row, c) not in used]
    if len(cells) != 1 or not grid.cells[cells[0]].is_text or blueprint_line(grid.text(cells[0])) is None:
        return None
    return grid.whole(cells[0])


def _only_decoration(grid: Grid, row: int, label_col: int, used: set[Pos], taken: set[Pos]) -> list[Pos] | None:
    """The cells of a row with no label holding nothing but placeholders and arrows ("v", "V", "→" pointing from
    a lane to the next): decoration, no lane and no cards; None for a row of anything else. Those read as
    arrows only by their letter ("v") are returned, to be said."""
    cells = [(row, c) for c in grid.row(row) if c > label_col and (row, c) not in used]
    if not cells or not all(grid.cells[p].placeholder or is_arrow_down(grid.text(p)) for p in cells):
        return None
    taken.update(cells)
    return [p for p in cells if not grid.cells[p].placeholder]


def _levels(labels: list[str], icons: bool = False) -> dict[str, float]:
    """Rows labelled by a level of feeling, placed evenly on -2..+2 (an emotion-position grid needs two).
    ``icons``: a face before a lane's label counted as a level too (the grid it would have made)."""
    level_of = emotion_level if icons else feeling_of_row
    found = {label_key(t) or t: level for t in labels if (level := level_of(t)) is not None}
    distinct = sorted(set(found.values()))
    if len(distinct) < 2:
        return {}
    place = dict(zip(distinct, evenly(len(distinct)), strict=True))
    return {key: round(place[level], 4) for key, level in found.items()}


def _group(grid: Grid, frame: Frame, row: int, used: set[Pos], taken: set[Pos]) -> Item | None:
    """The name over this lane's label, read upwards in the group column (merged, or written once above)."""
    if frame.group_col is None:
        return None
    label_owner = grid.owner((row, frame.label_col))
    for r in range(row, frame.header_row, -1):
        owner = grid.owner((r, frame.group_col))
        value = grid.cells.get(owner)
        if value is None or owner in used or not value.is_text:
            continue
        rows, _ = grid.span(owner)
        if owner == label_owner or (rows > 1 and row >= owner[0] + rows):
            return None  # the label itself spans the group column, or the merged group ended above
        taken.add(owner)
        return grid.whole(owner)
    return None


def _banner_lane(
    grid: Grid,
    frame: Frame,
    row: int,
    found: list[_Row],
    n_phases: int,
    taken: set[Pos],
    lane_kinds: dict[str, LaneRole],
) -> None:
    """A lane title written across the phases starts a lane; the rows under it are its items."""
    if row in frame.label_rows:
        owner = (row, min(c for c in grid.row(row) if c > frame.label_col))
        text = " ".join(grid.cells[owner].text.split())
        taken.add(owner)
        found.append(_Row(new_lane(lane_role_of(text, None, lane_kinds), text, n_phases, grid.source(owner)), []))
    elif found:
        found[-1].rows.append(row)
    else:
        found.append(_Row(unlabelled_lane(f"Row {row}", n_phases, lane_kinds), [row]))


def _paired(grid: Grid, frame: Frame, row: int, used: set[Pos], taken: set[Pos]) -> str | None:
    if frame.pair_col is None:
        return None
    pos = (row, frame.pair_col)
    value = grid.cells.get(pos)
    if value is None or pos in used or not value.is_text:
        return None
    taken.add(pos)
    return " ".join(value.text.split())


def _row_texts(grid: Grid, row: int, label_col: int, used: set[Pos], taken: set[Pos]) -> list[Item]:
    items: list[Item] = []
    for c in grid.row(row):
        if c > label_col and (row, c) not in used:
            taken.add((row, c))
            items.extend(grid.items((row, c)))
    return items


@dataclass
class _PhaseRow:
    """The phases read along the header row, with their columns; the readings made by design said."""

    grid: Grid
    frame: Frame
    file: str
    name_row: int
    phases: list[Phase] = field(default_factory=list)
    cols: list[list[int]] = field(default_factory=list)
    said: list[CanvasWarning] = field(default_factory=list)
    content_cols: set[int] = field(default_factory=set)  # the columns with something in the table's body
    explained: list[str] = field(default_factory=list)  # readings for ``check --explain``

    def next_to_last(self, c: int) -> bool:
        return bool(self.phases) and self.cols[-1][-1] == c - 1

    def further_step(self, c: int, step: Item | None, why: str | None = None, what: str = "") -> None:
        """Column ``c`` as a further step of the phase on its left; ``why`` says it when that may be a slip."""
        if why is not None:
            where = Location(self.file, self.grid.title, self.grid.ref((self.name_row, c)))
            self.said.append(
                CanvasWarning(
                    where,
                    f"column {get_column_letter(c)} {why}; read as a further step of '{excerpt(self.phases[-1].name)}' "
                    f"— {what}",
                )
            )
        self.cols[-1].append(c)
        self.phases[-1].steps += 1
        if step is not None:
            self.phases[-1].step_names.append(step)

    def unnamed(self, c: int, step: Item | None, filled: bool, named_right: bool) -> None:
        """A column with no phase name over it. Under a header of phases over steps, a blank upper cell
        continues the phase on its left. In a one-row header, a blank over filled cells next to the grid
        (a phase beside it) is a phase of its own, named after its column and said; a blank over nothing
        is a spacer; filled cells set apart from the phases by blank columns stay notes."""
        if (
            self.frame.upper_row is not None
            and (filled or step is not None)
            and self.next_to_last(c)
            and not self._merged_over_steps()
        ):
            if step is None:  # phase over steps: a blank upper cell is expected, a step without a name is not
                self.further_step(c, step, "has no step name", "name the step in the row under the phase")
            else:
                self.further_step(c, step)
        elif step is not None:  # a step with no phase named over it: a phase of its own
            if self.frame.upper_row is not None and self.next_to_last(c) and self.phases:
                ref, left = self.grid.ref((self.name_row, c)), self.cols[-1][0]
                self.said.append(
                    CanvasWarning(
                        Location(self.file, self.grid.title, ref),
                        f"column {get_column_letter(c)} has no phase name over its step '{excerpt(step.text)}'; read "
                        f"as a phase of its own, named by that step — name it in {ref}, or merge "
                        f"{self.grid.ref((self.name_row, left))}:{ref} if it is a further step of "
                        f"'{excerpt(self.phases[-1].name)}'",
                    )
                )
            self.phases.append(Phase(step.text, step.source))
            self.cols.append([c])
        elif filled and (named_right or self.next_to_last(c)):
            if not named_right and self.apart(c):
                letter, ref = get_column_letter(c), self.grid.ref((self.name_row, c))
                self.explained.append(
                    f"column {letter} stands apart from the phases (a blank column between) with nothing in "
                    f"{ref}: notes — to make it a phase, name it in {ref} and fill the column between"
                )
                return
            if not self.arrow_column(c):
                self._own_phase(c)

    def _merged_over_steps(self) -> bool:
        """Whether the row of phases over steps merges a phase's name over its steps: a blank cell in it, not
        merged, is then a phase with no name (said, with the fix), never silently a step of its neighbour."""
        row = self.name_row
        return any(r == row and self.grid.span((r, c))[1] > 1 for r, c in self.grid.cells if c >= self.frame.first_col)

    def apart(self, c: int) -> bool:
        """Whether a blank column stands between this one and the phases: nothing in the body of the column
        on its left, and no header of its own over it (a header merged over it from the left is none)."""
        left = c - 1
        owner = self.grid.owner((self.name_row, left))
        headed = owner == (self.name_row, left) and owner in self.grid.cells
        return left not in self.content_cols and not headed

    def _filled_rows(self, columns: list[int]) -> list[int]:
        """The body's rows with something in one of ``columns``."""
        body = range(self.name_row + 1, self.frame.bottom + 1)
        return [r for r in body if any((r, c) in self.grid.cells for c in columns)]

    def _name_after(self, c: int) -> str | None:
        """The phase named next right of column ``c`` in the phase row (arrows passed), or None."""
        for right in range(c + 1, self.grid.max_col + 1):
            value = self.grid.cells.get(self.grid.owner((self.name_row, right)))
            if value is not None and value.is_text and not value.placeholder and not is_arrow(value.text):
                return value.phase_name
        return None

    def arrow_column(self, c: int) -> bool:
        """A column headed by an arrow between the phases ("→", a separator) that holds text under it: text in
        a few of the lanes (fewer than half the rows the phase before fills, or one row) is the phase before's,
        read with it in the same lanes — the arrow stays a separator; text in most lanes is a phase of its
        own, named by the phases it stands between ("Oriënteren → Boeken"), never by its column's letter.
        Either said, with the correction; False for any other column."""
        head = (self.name_row, c)
        if head not in self.grid.cells or not is_arrow(self.grid.text(head)):
            return False
        arrow, below = excerpt(self.grid.text(head)), self._filled_rows([c])
        letter, ref = get_column_letter(c), self.grid.ref(head)
        cells = ", ".join(self.grid.ref((r, c)) for r in below)
        before = self.phases[-1].name if self.phases else None
        after = self._name_after(c)
        if before is not None and (len(below) < 2 or 2 * len(below) < len(self._filled_rows(self.cols[-1]))):
            self.cols[-1].append(c)  # the arrow is no step: the phase's count of steps stays
            self.explained.append(
                f"column {letter}: the arrow '{arrow}' in {ref} is a separator between the phases; the text under "
                f"it ({cells}, in {counted(len(below), 'lane')} of the phase before's "
                f"{len(self._filled_rows(self.cols[-1][:-1]))}) is read with '{excerpt(before)}', in its own lane "
                f"— to make it a phase of its own, name it in {ref}"
            )
            return True
        name = " → ".join(n for n in (before, after) if n is not None)
        said = (
            f"column {letter} is headed by the arrow '{arrow}' in {ref}, a separator between the phases, but holds "
            f"text in most lanes ({cells}): read as a phase of its own between them, named '{excerpt(name)}' — "
            f"to name it otherwise, write its name in {ref}; to keep the arrow a separator, move that text into "
            "the phase beside it"
        )
        self.explained.append(
            f"column {letter}: the arrow '{arrow}' in {ref} holds text in most lanes ({cells}): a phase of its own, "
            f"'{excerpt(name)}', named by the phases it stands between, not a separator — to name it otherwise, "
            f"write its name in {ref}"
        )
        self.said.append(CanvasWarning(Location(self.file, self.grid.title, ref), said))
        self.phases.append(Phase(name, None))
        self.cols.append([c])
        return True

    def _own_phase(self, c: int) -> None:
        letter = get_column_letter(c)
        ref = self.grid.ref((self.name_row, c))
        # the merge that makes it a step of the last phase the sheet named: over the unnamed ones between too
        named = next((i for i in range(len(self.phases) - 1, -1, -1) if self.phases[i].source is not None), None)
        if self.next_to_last(c) and named is not None:
            left, between = self.cols[named][0], self.cols[named + 1 :]
            which = f"columns {get_column_letter(between[0][0])}:{letter} are" if between else "it is a"
            fix = (
                f"or merge {self.grid.ref((self.name_row, left))}:{ref} if {which} further step"
                f"{'s' if between else ''} of '{excerpt(self.phases[named].name)}'"
            )
        else:
            fix = "or merge it with the header on its right if it is a step of that phase"
        where = Location(self.file, self.grid.title, ref)
        owner = self.grid.owner((self.name_row, c))
        under = ""
        if owner[1] < self.frame.first_col:  # the corner merged over it: the lane labels are left of the merge
            under = (
                f" (the corner '{excerpt(self.grid.text(owner))}' is merged over it: "
                f"{self.grid.ref(owner)}; the lane labels are read from column {get_column_letter(owner[1])})"
            )
            ref = f"{ref} once {self.grid.ref(owner)} is unmerged"
        said = (
            f"column {letter} has no phase name{under}; read as a phase of its own, named after its column — "
            f"name it in {ref}, {fix}"
        )
        self.said.append(CanvasWarning(where, said))
        self.phases.append(Phase(f"Column {letter}", None))
        self.cols.append([c])


def _phases(
    grid: Grid,
    frame: Frame,
    content_cols: set[int],
    used: set[Pos],
    file: str,
    taken: set[Pos],
) -> tuple[list[Phase], list[list[int]], list[CanvasWarning], list[str]]:
    seen: dict[str, list[Phase]] = {}
    last_owner: Pos | None = None
    last_key: str | None = None
    name_row = frame.upper_row if frame.upper_row is not None else frame.header_row
    row = _PhaseRow(grid, frame, file, name_row, content_cols=content_cols)
    phases, cols = row.phases, row.cols
    header_cols = {c for c in grid.row(name_row) if c >= frame.first_col}
    merged_cols = {c for c in range(frame.first_col, grid.max_col + 1) if grid.owner((name_row, c)) != (name_row, c)}
    end = max(header_cols | content_cols | merged_cols | set(frame.header_cols) | {frame.label_col})
    if frame.right is not None:
        end = min(end, frame.right)

    def named(c: int) -> bool:
        value = grid.cells.get(grid.owner((name_row, c))) if grid.owner((name_row, c)) not in used else None
        return value is not None and not value.placeholder

    def named_right(c: int) -> bool:
        """A named header right of this column, across filled columns without one: next to the grid."""
        c += 1
        while c <= end and not named(c) and c in content_cols:
            c += 1
        return c <= end and named(c)

    # Every name the row writes: a name numbered for a repeat ("A (2)") is none of them.
    given = {
        phase_key(grid.cells[p].phase_name)
        for p in {grid.owner((name_row, c)) for c in range(frame.first_col, end + 1)}
        if p in grid.cells and p not in used
    }
    for c in range(frame.first_col, end + 1):
        owner = grid.owner((name_row, c))
        value = grid.cells.get(owner) if owner not in used else None
        if owner[1] < frame.first_col:  # the corner ("Fase") merged over the phase's column names no phase
            value = None
        if value is not None and value.placeholder:
            taken.add(owner)
            value = None
        step = _step(grid, frame, c, used, taken)
        if value is None:
            row.unnamed(c, step, c in content_cols, named_right(c))
            last_key = None
            continue
        written = " ".join(value.text.split())
        name = value.phase_name
        key = phase_key(name)
        if owner == last_owner:  # a merged header: steps of one phase
            row.further_step(c, step)
            taken.add((name_row, c))
            continue
        # the same name repeated; "Stap 1 aanvraag | Stap 2 aanvraag" repeat nothing: numbering tells them apart
        if phases and key == last_key and row.next_to_last(c) and not _numbered_apart(written, name, phases[-1]):
            phases[-1].note_variant(written)
            row.further_step(
                c,
                step,
                f"repeats the name '{excerpt(name)}' of the column on its left",
                "merge the two header cells to say so, or give it a name of its own",
            )
            taken.add((name_row, c))
            continue
        number = _number_above(grid, frame, c, used, taken)
        if number is not None:
            written = (
                f"{number}. {written}" if number.strip().isdigit() or is_stage_id(number) else f"{number}: {written}"
            )
        shown = name
        if key in seen:  # the same name further on: a phase of its own, or the client's own names kept whole
            names = given | {phase_key(p.name) for p in phases}
            shown, written = _repeated(row, seen[key], names, name, " ".join(value.text.split()), written, owner)
        phase = grid.phase(owner, shown, written)
        phase.stage_id = _id_or(number, phase.stage_id)  # "S01" over "Ontdekken": its id, as a stage list's
        if step is not None:
            phase.step_names.append(step)
        phases.append(phase)
        cols.append([c])
        seen.setdefault(key, []).append(phase)
        taken.add(owner)
        last_owner, last_key = owner, key
    row.said.extend(_merged_phases(grid, frame, name_row, file, (phases, cols)))
    return phases, cols, row.said, row.explained


def _merged_phases(
    grid: Grid, frame: Frame, name_row: int, file: str, read: tuple[list[Phase], list[list[int]]]
) -> list[CanvasWarning]:
    """A phase name merged over several columns of a one-row header ("Operatie & herstel" over F11:G11) makes
    one phase of them: every lane's cells in those columns, scores too, are that phase's. By design, but the
    columns' cells are joined: said, with the cells, and how to have a phase per column."""
    if frame.upper_row is not None:
        return []  # phases over their steps: a name merged over its steps is what that header says
    said = []
    for phase, cols in zip(*read, strict=True):
        owner = grid.owner((name_row, cols[0]))
        if len(cols) < 2 or owner[1] != cols[0] or grid.span(owner)[1] < 2 or phase.step_names:
            continue  # (a corner merged over the first phase's column names no phase: said elsewhere)
        merged = grid.ref(owner)  # its merged range: "F11:G11"
        letters = ", ".join(get_column_letter(c) for c in cols)
        said.append(
            CanvasWarning(
                Location(file, grid.title, merged),
                f"phase '{excerpt(phase.name)}' is merged over columns {letters}: read as one phase holding the "
                "cells of all of them (their scores too) — to make each column a phase of its own, unmerge "
                f"{merged} and name each column; to name steps under it, write their names in the row under it",
            )
        )
    return said


def _repeated(
    row: _PhaseRow, earlier: list[Phase], given: set[str], name: str, whole: str, written: str, owner: Pos
) -> tuple[str, str]:
    """The name (and written name) of a phase whose name repeats ``earlier`` phases' once numbering and arrows
    came off. Written alike: a phase of its own, numbered ("A (2)"), and said. Written otherwise ("Stap 12
    Formulier factuur", "Stap 16 Formulier factuur"): the client gave each its own name, so all are kept
    whole, numbering and all, and ``--explain`` says so (no repeat of theirs to warn of)."""
    cell = row.grid.ref(owner)
    if whole != name and all(phase_key(whole) != phase_key(_whole(p)) for p in earlier):
        for phase in earlier:
            phase.name, phase.written = _whole(phase), None
        cells = ", ".join(p.source.cell for p in earlier if p.source)
        same = f": '{excerpt(name)}' once their numbering is taken off: "
        row.explained[:] = [line for line in row.explained if same not in line]  # one line for all of them
        row.explained.append(
            f"phases {cells}, {cell}{same}their names kept as written, numbering and all ('{excerpt(whole)}')"
        )
        return whole, whole
    shown = numbered_name(name, given, len(earlier) + 1)
    first = earlier[0]
    row.said.append(
        CanvasWarning(
            Location(row.file, row.grid.title, cell),
            (
                f"phase '{excerpt(name)}' repeats the phase in {first.source.cell if first.source else '?'}; "
                f"read as a phase of its own, '{excerpt(shown)}' — give each phase its own name (adjacent "
                "columns under one name are read as steps of one phase)"
            ),
        )
    )
    return shown, written


def _numbered_apart(whole: str, name: str, left: Phase) -> bool:
    """True when a header's name equals its left neighbour's only once numbering came off ("Stap 2 aanvraag"
    beside "Stap 1 aanvraag"): written otherwise, they are two phases, no repeat."""
    return whole != name and phase_key(whole) != phase_key(_whole(left))


def _whole(phase: Phase) -> str:
    """A phase's name as its cell wrote it: numbering and arrows kept."""
    return phase.written or phase.name


def _number_above(grid: Grid, frame: Frame, col: int, used: set[Pos], taken: set[Pos]) -> str | None:
    """The step number written over a phase's name (a row of 1, 2, 3 ... above the names); a number merged
    over several names numbers each of them ("1" over "Ontdekken | Vergelijken": both step 1, said with the
    numbering taken off)."""
    if frame.number_row is None:
        return None
    pos = grid.owner((frame.number_row, col))
    value = grid.cells.get(pos)
    if value is None or pos in used or (step_number(value) is None and not (value.is_text and is_stage_id(value.text))):
        return None
    taken.add(pos)
    return value.text


def _id_or(number: str | None, stage_id: str | None) -> str | None:
    """The stage id written over a phase's name ("S01" over "Ontdekken"), else the id it has."""
    return number.strip() if number is not None and is_stage_id(number) else stage_id


def _step(grid: Grid, frame: Frame, col: int, used: set[Pos], taken: set[Pos]) -> Item | None:
    """The step name in the header row under an upper row of phase names."""
    if frame.upper_row is None:
        return None
    pos = (frame.header_row, col)
    value = grid.cells.get(pos)
    if value is None or pos in used or not value.is_text:
        return None
    taken.add(pos)
    return grid.whole(pos)


def _spread(
    grid: Grid, pos: Pos, phase_cols: list[list[int]], index: int, read: tuple[Lane, list[Item]], phases: list[Phase]
) -> list[str]:
    """A body cell merged across phase columns ("E14:F14" over two phases): its items (``read``: of their
    lane) put in each other phase it covers, the same items; and what --explain says of it."""
    lane, items = read
    if lane.kind == SCORE_LANE or any(item.level is not None for item in items):  # scores: one per phase
        return []
    columns = {c for _, c in grid.covered(pos)}
    if columns <= set(phase_cols[index]):  # not merged past its own phase: most cells
        return []
    spanned = [i for i, cols in enumerate(phase_cols) if i != index and columns & set(cols)]
    if not spanned or not items:
        return []
    for other in spanned:
        lane.cells[other].extend(items)
    label = lane.label
    names = " and ".join(f"'{excerpt(phases[i].name)}'" for i in sorted([index, *spanned]))
    return [
        f"{grid.source(pos)} ('{excerpt(label)}') is merged over the phases {names}: its text is in each "
        "of them (a card once, drawn in each phase) — to give it to one phase, unmerge the cells and leave the "
        "text in that phase's cell"
    ]
