"""A stage list: one row per stage, with an id column and named columns (``id, title, zone, phase, goal``).

The header row (among the sheet's first rows: a title may stand above it) names an id column ("id", "Step
ID", "nr", "№") and a title (name) column ("title", "Naam fase", "Label"); every id and every title comes
once (an id given twice, "01" and "1" alike, is an error naming both cells). A row of one cell under it
(a source, a remark) is a note. The stages are the phases, named by their titles, in id order (by the
number in each id: "S2" before "S10", "Stage 3" after "S2" and "02"; by letter when every id is one letter; else
as written, and the reading names the id without a number); the
other columns are lanes, each stage's cell in its phase. A column whose values repeat over neighbouring
stages groups them ("Before", "During", "After"): its runs are the journey's phase groups, not a lane (one
such column: one headed as a group, "phase" or "macro", else one of group words, else the one of fewest
groups; the others stay lanes; a column of lane names never). ``--groups none`` keeps it a lane; the reading
says which. An "id" header alone makes no stage list: when known phase names across the header row and known
lane labels down the title column outweigh the reverse, the table is an ordinary grid beside a column of ids.
A block apart beside a canvas is a list from one stage on, and a stage word over its first column ("Stage | Goal")
makes it a list by name alone, without ids.
"""

from __future__ import annotations

import itertools
import re

from openpyxl.utils import get_column_letter

from canvasgen.errors import CanvasWarning, Location
from canvasgen.model import Journey, LaneRole, Phase, PhaseGroup
from canvasgen.read.grid import Grid, Pos
from canvasgen.read.tables.blocks import Frame
from canvasgen.read.tables.down import Row, section_of
from canvasgen.read.tables.found import GroupsHint, Table
from canvasgen.text import counted, excerpt, label_key, listed, numbered_name, phase_key
from canvasgen.vocabulary import (
    is_known_phase,
    is_persona_header,
    is_phase_header,
    is_stage_id_header,
    is_stage_title_header,
    lane_kind,
)
from canvasgen.vocabulary.structure import LANE_COLUMN_HEADERS, PHASE_GROUP_HEADERS, is_group_word

_MIN_STAGES = 3
#: A stage list that is all its sheet holds (a workbook's "Stages" sheet beside a long table) may list two.
_MIN_STAGES_ALONE = 2
#: A header of names alone ("name"): over two rows, a list of people as likely as one of stages.
_BARE_NAME_HEADERS = frozenset(("name", "names", "naam", "namen", "nom", "nombre", "nome", "имя"))
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
    grid: Grid,
    used: set[Pos],
    lane_kinds: dict[str, LaneRole],
    file: str = "",
    groups_hint: GroupsHint | None = None,
    said: list[tuple[str, Frame]] | None = None,
    least: int | None = None,
) -> Table | None:
    """The sheet's stage list, or None; an id given twice is warned, each of its rows a stage. When a header
    names ids but the table is an ordinary grid turned the other way, why is added to ``said`` with the grid's
    frame (its phases across the header row, its lanes down the title column, the id column left out).
    ``least``: the stages a list takes (a block apart beside a canvas: one), else as the sheet around it says."""
    rows = sorted(r for r in {r for r, _ in grid.cells} if not any((r, c) in used for c in grid.row(r)))  # once a row
    found = _header(grid, rows, bare=least is not None)
    if found is None:
        return None
    header_row, id_col, title_col = found
    # the list's columns: its header's run of cells, up to a blank column (a canvas beside it is none of them)
    cols = _run_around(grid, header_row, id_col if id_col is not None else title_col)
    if title_col not in cols or any(is_persona_header(grid.text((header_row, c))) for c in cols):
        return None
    below = _above_its_canvas(
        grid,
        [r for r in rows if r > header_row and any(cols[0] <= c <= cols[-1] for c in grid.row(r))],
        title_col,
        least,
    )
    if below is None:
        return None  # the stage list of a canvas below it: read with the canvas, joined to it, as one beside it is
    # a row of one cell among rows of several (a source, a remark under the list) is a note, not a stage
    remarks = [r for r in below if len(_within(grid, r, cols)) == 1] if len(cols) >= 3 else []
    body = [r for r in below if r not in remarks]
    # two stages make a list only on a sheet of its own ("Etappen": id | title, nothing else): a table of two rows
    # among other things is more likely a small grid whose corner says "id"; "id | name" alone is as likely people
    alone = all((r in body or r == header_row) and cols[0] <= c <= cols[-1] for r, c in grid.cells) and not used
    alone = alone and label_key(grid.text((header_row, title_col))) not in _BARE_NAME_HEADERS
    if len(body) < (least or (_MIN_STAGES_ALONE if alone else _MIN_STAGES)):
        return None
    ids = [grid.text((r, id_col)).strip() if id_col is not None else "" for r in body]
    titles = [label_key(grid.text((r, title_col))) for r in body]
    others = [c for c in cols if c not in (id_col, title_col)]
    why_not = _ordinary_grid(grid, header_row, others, body, title_col)
    if why_not is not None:
        across = tuple(c for c in others if c > title_col)
        if said is not None and across and id_col is not None:
            frame = Frame(header_row, title_col, None, None, across, tuple(body), body[-1], True, right=across[-1])
            said.append(
                (
                    f"no stage list, though column {get_column_letter(id_col)} is headed "
                    f"'{grid.quoted((header_row, id_col))}': {why_not}",
                    frame,
                )
            )
        return None
    if not all(titles) or (not all(ids) if id_col is not None else len(set(titles)) < len(titles)):
        return None
    repeated = _repeated_ids(grid, body, (id_col, title_col), ids, file) if id_col is not None else []
    keys, how = ordered_ids(grid, [(r, id_col) for r in body]) if id_col is not None else (None, "as written")
    order = [r for _, r in sorted(zip(keys, body, strict=True))] if keys is not None else body
    grouping = [c for c in others if _groups(grid, order, c)]
    naming_lanes = [c for c in grouping if names_lanes(grid, header_row, order, c)]
    grouping = [c for c in grouping if c not in naming_lanes]
    group_col = _group_column(grid, header_row, order, grouping) if groups_hint is not GroupsHint.NONE else None
    lane_cols = [c for c in cols if c not in (id_col, title_col, group_col)]
    taken: set[Pos] = set()
    renamed, warnings = _titles_given_twice(grid, order, (id_col, title_col), file) if id_col is not None else ({}, [])
    warnings = [*repeated, *warnings]
    stages = [Row(r, (r, title_col), None, renamed.get(r)) for r in order]
    section = section_of(grid, header_row, stages, lane_cols, used, taken, None, lane_kinds)
    taken.update((r, title_col) for r in order)
    if id_col is not None:  # a list of stages by name alone ("Stage | Goal") has no id to write them with
        by_row = dict(zip(order, (ids[body.index(r)] for r in order), strict=True))
        _write_ids(grid, section.phases, by_row, {r: (r, title_col) for r in renamed})
        taken.update((r, id_col) for r in order)
    section.phase_label = grid.whole((header_row, title_col))
    taken.add((header_row, title_col))
    if id_col is not None and (header_row, id_col) in grid.cells:  # "id" heads the ids the phases are written with
        section.id_label = grid.whole((header_row, id_col))
        taken.add((header_row, id_col))
    if group_col is not None:  # its header heads the groups as the title's heads the phases: "title / macro"
        section.groups = _runs(grid, order, group_col, taken)
        if (header_row, group_col) in grid.cells:
            section.group_label = grid.whole((header_row, group_col))
            taken.add((header_row, group_col))
    ids_in = f"ids in column {get_column_letter(id_col)}, " if id_col is not None else "no ids, "
    reading = [
        f"{READING_START}: one row per stage (rows {body[0]} to {body[-1]}), {ids_in}the phases named by column "
        f"{get_column_letter(title_col)} {how}, the other columns lanes — if the rows are no stages, give "
        f"--phases-row {header_row}"
    ]
    reading += [
        f"row {r} ('{grid.quoted((r, grid.row(r)[0]))}') holds one cell under the list's "
        f"{counted(len(cols), 'column')}: a remark, kept as a note"
        for r in remarks
    ]
    reading += [
        f"column {get_column_letter(c)} ('{grid.quoted((header_row, c))}') groups neighbouring stages: "
        + (
            "the phase groups — if it is no grouping of the stages, give --groups none"
            if c == group_col
            else "kept as a lane"
            + (" (as you said: --groups none)" if groups_hint is GroupsHint.NONE else " (one column groups the phases)")
        )
        for c in grouping
    ]
    reading += [
        f"column {get_column_letter(c)} ('{grid.quoted((header_row, c))}') names lanes, not groups of the stages: "
        "kept as a lane"
        for c in naming_lanes
    ]
    reading += [  # headed as a group, but its values make no runs of stages: why, as the column shows it
        f"column {get_column_letter(c)} ('{grid.quoted((header_row, c))}') is headed as a group of stages, but "
        f"{_no_runs(grid, order, c)}: kept as a lane"
        for c in lane_cols
        if c not in grouping and label_key(grid.text((header_row, c))) in PHASE_GROUP_HEADERS
    ]
    section.reading = reading
    section.shape = "transposed"
    return Table([section], taken, header_row, warnings)


def _above_its_canvas(grid: Grid, below: list[int], title_col: int, least: int | None) -> list[int] | None:
    """The rows under the list's header up to a canvas below it, past a blank row: a row whose cells name two
    or more of the titles above it across ("Fase | Oriënteren | Aanmelden") is that canvas's phase row, the
    stages listed over it its stages (ids over names: a stage list of the canvas), never more stages. None for
    a list read as its sheet's (``least`` None) with its canvas under it: the list is read with the canvas."""
    for before, r in itertools.pairwise(below):
        if r == before + 1:
            continue
        titles = {label_key(grid.text((t, title_col))) for t in below if t <= before} - {""}
        across = [c for c in grid.row(r) if label_key(grid.text((r, c))) in titles]
        if len(across) >= 2:
            return [t for t in below if t <= before] if least is not None else None
    return below


def _run_around(grid: Grid, row: int, col: int) -> list[int]:
    """The columns of the row's unbroken run of cells through ``col`` (a merged cell covers its columns)."""
    covered = {c + k for c in grid.row(row) for k in range(grid.span((row, c))[1])}
    first, last = col, col
    while first - 1 in covered:
        first -= 1
    while last + 1 in covered:
        last += 1
    return [c for c in grid.row(row) if first <= c <= last]


def _within(grid: Grid, row: int, cols: list[int]) -> list[int]:
    """The row's cells under the list's columns."""
    return [c for c in grid.row(row) if cols[0] <= c <= cols[-1]]


def _write_ids(grid: Grid, phases: list[Phase], ids: dict[int, str], renamed: dict[int, Pos]) -> None:
    """Each stage's phase written with its id before its title ("S1. Oriënteren"), the id its short name,
    drawn beside the name as a stage list joined by id draws it (``ids``: by row, in the phases' order; a title
    given twice, renamed, is written as its cell in ``renamed`` says)."""
    for phase, (r, stage_id) in zip(phases, ids.items(), strict=True):
        written = phase.written or phase.name
        if r in renamed:
            written = " ".join(grid.text(renamed[r]).split())
        phase.written = f"{stage_id}. {written}"
        phase.stage_id = stage_id


def _titles_given_twice(
    grid: Grid, rows: list[int], cols: tuple[int, int], file: str
) -> tuple[dict[int, str], list[CanvasWarning]]:
    """Stages of one title under ids of their own ("1 Research", "3 Research"): each a phase of its own, the
    later ones named as a repeated phase name is ("Research (2)"): those names by row, and the warnings that
    say so with both cells."""
    id_col, title_col = cols
    renamed: dict[int, str] = {}
    said: list[CanvasWarning] = []
    first: dict[str, int] = {}
    names = {phase_key(grid.phase_name((r, title_col))) for r in rows}
    for r in rows:
        name = grid.phase_name((r, title_col))
        key = phase_key(name)
        if key not in first:
            first[key] = r
            continue
        shown = numbered_name(name, names)
        names.add(phase_key(shown))
        renamed[r] = shown
        earlier = first[key]
        said.append(
            CanvasWarning(
                Location(file, grid.title, grid.ref((r, title_col))),
                f"stage '{excerpt(name)}' (id {grid.text((r, id_col)).strip()}) has the title of the stage in "
                f"{grid.ref((earlier, title_col))} (id {grid.text((earlier, id_col)).strip()}); read as a phase of "
                f"its own, '{excerpt(shown)}' — give each stage a title of its own",
            )
        )
    return renamed, said


def _ordinary_grid(grid: Grid, header_row: int, others: list[int], body: list[int], title_col: int) -> str | None:
    """Why the table is an ordinary grid (phases across its header row, lanes down the title column) rather
    than a stage list, or None: known phase names across and known lane labels down outweigh the reverse."""
    header = [grid.text((header_row, c)) for c in others]
    names = [grid.text((r, title_col)) for r in body]
    phases_across, lanes_down = sum(map(is_known_phase, header)), sum(1 for t in names if lane_kind(t))
    phases_down, lanes_across = sum(map(is_known_phase, names)), sum(1 for t in header if lane_kind(t))
    if phases_across + lanes_down <= phases_down + lanes_across:
        return None
    return (
        f"row {header_row} holds {phases_across} known phase name(s) and column {get_column_letter(title_col)} "
        f"{lanes_down} known lane label(s), so the phases run across row {header_row} and the lanes down — "
        f"if the rows are stages after all, give --phases-col {get_column_letter(title_col)} --labels {header_row}"
    )


def _header(grid: Grid, rows: list[int], bare: bool = False) -> tuple[int, int | None, int] | None:
    """The header row among the first rows (a title and blank rows above it) with its id and title columns:
    a header naming ids ("id", "Step ID", "nr", "№") and one naming titles ("title", "Naam fase", "Label"),
    a name word before a stage word alone ("id, title, …, phase": the title names the stages), both in one run of
    headers without a blank column between. ``bare`` (a block
    apart beside a canvas): a first column headed by a stage word ("Stage | Goal") over columns that are no lanes
    or phases of a canvas heads a list of stages by name, no id column (None)."""
    for row in rows[:_HEADER_REACH]:
        cols = grid.row(row)
        id_col = next((c for c in cols if is_stage_id_header(grid.text((row, c)))), None)
        # the titles' column is one of the ids' own run of headers: a canvas's corner word ("Fase") left of a
        # blank column is no title of the list beside it ("Nr | Fase | Doel")
        own = _run_around(grid, row, id_col) if id_col is not None else cols
        sure = {c: is_stage_title_header(grid.text((row, c))) for c in own if c != id_col}
        title_col = max((c for c in sure if sure[c]), key=lambda c: (sure[c], -c), default=None)
        if id_col is not None and title_col is not None:
            return row, id_col, title_col
        if bare and id_col is None and _stages_by_name(grid, row, cols):
            return row, None, cols[0]
    return None


def _stages_by_name(grid: Grid, row: int, cols: list[int]) -> bool:
    """A header of a stage word over the first column ("Stage", "Fase") beside columns of other words, none a
    lane label or a phase name (a canvas turned on its side has those): stages listed by name."""
    heads = [grid.text((row, c)) for c in cols]
    first, others = heads[0], heads[1:]
    return (
        len(cols) >= 2
        and is_phase_header(first)  # a stage word: a name word alone ("Naam | Noor") heads a persona as well
        and not any(lane_kind(h) or is_known_phase(h) or is_phase_header(h) for h in others)
    )


def id_order(grid: Grid, cells: list[Pos]) -> list[tuple[float, str]] | None:
    """The ids' order keys (the words around the number break a tie: "2a" before "2b"); None when they
    give no order."""
    return ordered_ids(grid, cells)[0]


def ordered_ids(grid: Grid, cells: list[Pos]) -> tuple[list[tuple[float, str]] | None, str]:
    """The ids' order keys and how they order, in words: by the number in each id when every id holds one
    ("3", "03", "S10", "Stage 3", mixed alike), by letter when every id is a single letter ("C", "A", "B");
    otherwise None, and the reading says which id holds no number."""
    numbers = [grid.cells[p].number for p in cells]
    if None not in numbers:
        return [(n or 0.0, "") for n in numbers], "in id order"
    texts = [" ".join(grid.text(p).split()) for p in cells]
    found = [_NUMBERED_ID.fullmatch(t) for t in texts]
    if all(m is not None for m in found):
        keys = [(_signed(m), label_key(m.group(1) + " " + m.group(3))) for m in found if m is not None]
        same = len({label_key(m.group(1) + " " + m.group(3)) for m in found if m is not None}) == 1
        return keys, "in id order" if same else "in the order of the number in each id"
    if all(len(t) == 1 and t.isalpha() for t in texts):
        return [(float(ord(t.upper())), t) for t in texts], "in the order of the ids' letters"
    lacking = next(t for t, m in zip(texts, found, strict=True) if m is None)
    return None, f"as written ('{excerpt(lacking)}' holds no number, so the ids give no order)"


_NUMBERED_ID = re.compile(r"(\D*?)\s*(\d{1,6})\s*(\D*)")


def id_number(written: str) -> tuple[str, int] | None:
    """An id's words around its one number and the number ("S01": ("s", 1); "Stage 3": ("stage", 3); "02":
    ("", 2)), by which ids written otherwise are matched; None for an id of no number or of two ("1.2")."""
    found = _NUMBERED_ID.fullmatch(" ".join(written.split()))
    if found is None:
        return None
    return label_key(f"{found.group(1)} {found.group(3)}"), int(found.group(2))


def _signed(match: re.Match[str]) -> float:
    """The number in an id, negative when a minus alone stands before it ("−2", written as text)."""
    number = float(match.group(2))
    return -number if match.group(1).strip() in ("-", "\u2212", "\u2013") and not match.group(3) else number


def _repeated_ids(grid: Grid, body: list[int], cols: tuple[int, int], ids: list[str], file: str) -> list[CanvasWarning]:
    """A warning naming both cells of each id given twice ("01" and "1" are one id): each row stays a stage
    of its own, under its title; the id names its first stage wherever a table names stages by id."""
    id_col, title_col = cols
    seen: dict[str, int] = {}
    said = []
    for r, written in zip(body, ids, strict=True):
        key = str(int(written)) if written.isdigit() else label_key(written)
        if not key:
            continue
        if key not in seen:
            seen[key] = r
            continue
        first, second = grid.ref((seen[key], id_col)), grid.ref((r, id_col))
        said.append(
            CanvasWarning(
                Location(file, grid.title, second),
                f"the stage id '{written}' is given twice, in {first} and {second}: both read as stages, "
                f"'{excerpt(grid.text((seen[key], title_col)))}' and '{excerpt(grid.text((r, title_col)))}'; "
                f"a table naming stage '{written}' means the first — give each stage its own id",
            )
        )
    return said


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


def names_lanes(grid: Grid, header_row: int, rows: list[int], col: int) -> bool:
    """A column of lane names ("Baan": Klantproces, Pijnpunten), headed so or holding only known lane labels:
    its runs are cards of one lane, never groups of phases."""
    if label_key(grid.text((header_row, col))) in LANE_COLUMN_HEADERS:
        return True
    return all(lane_kind(grid.text((r, col))) for r in rows)


def _groups(grid: Grid, rows: list[int], col: int) -> bool:
    """Values that repeat over neighbouring rows, in runs: fewer distinct values than rows, each one run."""
    values = [label_key(grid.text((r, col))) for r in rows]
    runs = [v for i, v in enumerate(values) if i == 0 or v != values[i - 1]]
    return all(values) and len(set(values)) < len(values) and len(runs) == len(set(runs))


def _no_runs(grid: Grid, rows: list[int], col: int) -> str:
    """Why a column's values group no neighbouring stages (``_groups`` said no), as the column shows it."""
    values = [label_key(grid.text((r, col))) for r in rows]
    if not all(values):
        blank = [grid.ref((r, col)) for r, v in zip(rows, values, strict=True) if not v]
        return f"it is blank beside some stages ({listed(blank)}), so it groups none of them"
    if len(set(values)) == len(values):
        return "each stage has a value of its own (none repeats over neighbouring stages)"
    return "its values come back after others (no runs of neighbouring stages)"
