"""Phases down a column: transposed canvases and long tables.

A transposed canvas has one row per phase; a long table has one row per step
or touchpoint with the phase repeated (or left blank below it, or merged over
its rows). Both are read the same way: rows are grouped by phase, in order of
first appearance. A persona column that holds whole journeys (each persona
going through several phases) splits the table into one journey per persona;
a row holding a single cell merged across the table is a divider that starts
a new section.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.utils import get_column_letter

from canvasgen.model import CUSTOM_LANE, SCORE_LANE, Item, Lane, LaneKind, LaneRole, Phase, PhaseGroup, RoleBy
from canvasgen.read.grid import CellValue, Grid, Pos
from canvasgen.read.lane_roles import by_tool_kind, lane_role_of, new_lane, text_option, unlabelled_role
from canvasgen.read.tables.found import (
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
    lights_said,
    lights_shaped,
    numbered_said,
    numbered_shaped,
    phase_keys,
    row_signs,
    scale_scores,
    score_cell,
    score_in,
    score_shaped,
)
from canvasgen.text import counted, excerpt, label_key, listed, phase_key
from canvasgen.vocabulary import (
    PHASE_HEADER_KEYS,
    TOOL_TEXT_KINDS,
    is_group_header,
    is_persona_header,
    is_phase_header,
    lane_kind,
    tool_lane_kind,
)
from canvasgen.vocabulary.roles import RoleMatch
from canvasgen.vocabulary.scores import is_dash, scale_in_label
from canvasgen.vocabulary.structure import (
    PHASE_GROUP_HEADERS,
    is_arrow,
    is_arrow_down,
    is_kind_header,
    strip_decoration,
)


@dataclass
class Row:
    row: int
    phase: Pos | None  # the cell naming this row's phase (after fill-down)
    group: Pos | None  # the persona cell (after fill-down)
    name: str | None = None  # the phase's name when no cell names it (a persona's rows numbered: "2")


def read_down(
    grid: Grid,
    header_row: int,
    phase_col: int,
    used: set[Pos],
    lane_kinds: dict[str, LaneRole] | None = None,
    columns: tuple[int, int] | None = None,
    bottom: int | None = None,
    groups_hint: GroupsHint | None = None,
) -> Table:
    """Read the table under ``header_row`` with phases in ``phase_col``; ``columns`` bounds it (first, last).
    A column that groups the phases gives the phase groups, unless ``groups_hint`` says none."""
    header_cols = [
        c
        for c in grid.row(header_row)
        if (header_row, c) not in used and (columns is None or columns[0] <= c <= columns[1])
    ]
    first, last = min([*header_cols, phase_col]), max([*header_cols, phase_col])
    # a column before the table with no header (groups merged over their phases' rows) may group them:
    # read with it, but it is no lane (its cells stay notes unless it groups the phases)
    table_first, first = first, min(first, columns[0]) if columns is not None else first
    group_col = next((c for c in header_cols if c != phase_col and is_persona_header(grid.text((header_row, c)))), None)
    # The persona header stays untaken when it splits journeys: it is then kept as a note.
    taken: set[Pos] = {(header_row, c) for c in header_cols if c != group_col}
    separators: list[Pos] = []
    rows, dividers = _data_rows(
        grid, header_row, phase_col, group_col, (first, last), used, bottom or grid.max_row, separators
    )
    separators = [pos for pos in separators if pos[0] < rows[-1].row] if rows else []  # between phases only
    data_rows = {x.row for x in rows}
    data_cols = sorted({c for (r, c) in grid.cells if first <= c <= last and r in data_rows})
    outer, refused = None, ""
    if groups_hint is not GroupsHint.NONE and not dividers:
        candidates = [c for c in sorted(set(header_cols) | set(data_cols)) if c not in (phase_col, group_col)]
        outer, refused = outer_column(grid, header_row, phase_col, candidates, rows)
    if outer is not None:
        rows = outer.rows
    lane_cols = [
        c
        for c in sorted(set(header_cols) | set(data_cols))
        if c >= table_first and c not in (phase_col, outer and outer.col)
    ]

    sections: list[Section] = []
    for part, divider in zip(_split_at(rows, dividers), [None, *dividers]):
        groups = _persona_groups(part) if group_col is not None else None
        if groups is not None:
            cols = [c for c in lane_cols if c != group_col]
            for group_rows in groups:
                pos = group_rows[0].group
                suffix = grid.whole(pos) if pos is not None else None
                if pos is not None:
                    taken.add(pos)
                sections.append(section_of(grid, header_row, group_rows, cols, used, taken, suffix, lane_kinds or {}))
        elif part:
            suffix = grid.whole(divider) if divider is not None else None
            section = section_of(grid, header_row, part, lane_cols, used, taken, suffix, lane_kinds or {})
            section.suffix_kind = "section"
            sections.append(section)
            if divider is not None:
                taken.add(divider)  # it names the section; a divider with nothing under it stays a note
    if (header_row, phase_col) in grid.cells:
        for section in sections:
            section.phase_label = grid.whole((header_row, phase_col))
    if outer is not None:
        for section, part in zip(sections, _parts(sections, rows, group_col)):
            outer.group(grid, header_row, section, part, taken)
    for section in sections if refused else []:
        section.reading.append(refused)
    in_lanes = ", no items of the lanes" if any(c != phase_col for _, c in separators) else ""
    for section in sections if separators else []:
        section.reading.append(
            f"arrows alone between the phases' rows ({listed([grid.ref(p) for p in separators])}): separators, "
            f"no phases{in_lanes}"
        )
    # the arrows and a tool's kinds are structure, kept with the canvas's headings (no note, no phase)
    return Table(sections, taken, header_row, headings={*separators, *_kinds_said(grid, header_row, sections)})


def _kinds_said(grid: Grid, header_row: int, sections: list[Section]) -> set[Pos]:
    """A journey tool's row of lane kinds over the labels, said in each section's reading; its cells."""
    kinds = tool_kinds_above(grid, header_row)
    for section in sections if kinds else []:
        section.reading.append(
            f"row {header_row - 1} names each lane's kind ("
            + ", ".join(f"'{excerpt(k)}'" for k in dict.fromkeys(list(kinds.values())[1:]))
            + "), as a journey tool exports it: headings, no lane and no notes"
        )
    return {(header_row - 1, c) for c in kinds}


def tool_kinds_above(grid: Grid, header_row: int) -> dict[int, str]:
    """A journey tool's row of lane kinds right over the lane labels ("Type | text | touchpoints | graph"), by
    column: headed as kinds in its first cell, one short word over each label, a tool's kind word among them;
    {} for any other row (a title, a goal per lane)."""
    row = header_row - 1
    cols = grid.row(row) if row >= 1 else []
    if len(cols) < 3 or not is_kind_header(grid.text((row, cols[0]))):
        return {}
    words = {c: grid.text((row, c)).strip() for c in cols[1:]}
    if not all(w.isalpha() and (row + 1, c) in grid.cells for c, w in words.items()):
        return {}
    kinds = any(label_key(w) in TOOL_TEXT_KINDS or tool_lane_kind(w) for w in words.values())
    return {cols[0]: grid.text((row, cols[0])), **words} if kinds else {}


def _parts(sections: list[Section], rows: list[Row], persona_col: int | None) -> list[list[Row]]:
    """The rows of each section (one per persona, or all of them): sections are split by persona only,
    a table with phase groups has no dividers."""
    if len(sections) == 1 or persona_col is None:
        return [rows]
    parts: list[list[Row]] = []
    for row in rows:
        if parts and parts[-1][0].group == row.group:
            parts[-1].append(row)
        else:
            parts.append([row])
    return parts


def _data_rows(
    grid: Grid,
    header_row: int,
    phase_col: int,
    group_col: int | None,
    columns: tuple[int, int],
    used: set[Pos],
    bottom: int,
    separators: list[Pos],
) -> tuple[list[Row], list[Pos]]:
    """The rows of the table under the header, and the dividers between its sections; the arrows alone in
    the phase column between two phases' rows are put in ``separators``."""
    first, last = columns
    occupied: dict[int, list[int]] = {}
    for r, c in grid.cells:
        if header_row < r and first <= c <= last and (r, c) not in used:
            occupied.setdefault(r, []).append(c)
    rows: list[Row] = []
    dividers: list[Pos] = []
    phase: Pos | None = None
    group: Pos | None = None
    for r in sorted(occupied):
        if r > bottom:
            # Past the block's end, the table goes on only under a divider ("out of scope below").
            if _divider(grid, r, occupied[r], first, last) is None:
                break
            bottom = grid.max_row
        phase_value = grid.get((r, phase_col))
        phase_text = phase_value.text if phase_value is not None and phase_value.is_text else ""
        after_gap = rows and r > rows[-1].row + 1 and not (dividers and dividers[-1][0] == r - 1)
        # After blank rows the table goes on only if the row names a phase or divides.
        if after_gap and not phase_text and _divider(grid, r, occupied[r], first, last) is None:
            break
        if phase_text and _header_again(grid, header_row, r, phase_col, occupied[r]):
            break  # the header of another table
        written = grid.cells.get((r, phase_col))  # ">>" is a placeholder, "↓" is not: either is an arrow
        if written is not None and is_arrow_down(written.text) and occupied[r] == [phase_col] and rows:
            separators.append((r, phase_col))  # "↓" alone between two phases: no phase of its own
            continue
        if rows and (arrows := _row_of_arrows(grid, r, occupied[r], phase_col)):
            separators.extend(arrows)  # "↓" in every lane's cell between two phases: no items of the lanes
            continue
        divider = _divider(grid, r, occupied[r], first, last)
        if divider is not None:
            dividers.append(divider)
            phase = group = None
            continue
        if phase_text:
            phase = grid.owner((r, phase_col))
        if group_col is not None and grid.text((r, group_col)):
            group = grid.owner((r, group_col))
        rows.append(Row(r, phase, group))
    return rows, dividers


def _header_again(grid: Grid, header_row: int, row: int, phase_col: int, cols: list[int]) -> bool:
    """True for a row opening with "Fase" / "Phase" whose other cells name lanes again (the header's own labels,
    or lanes canvasgen knows), or with a bare "Fase" alone on its row: the header of a table under this one. A
    phase named with more words ("Phase added 0", "Fase 3: kopen") over the lanes' items is a row of this table:
    it never opens another one (its row was lost between the two)."""
    phase_text = grid.text((row, phase_col))
    if not is_phase_header(phase_text):
        return False
    others = [grid.text((row, c)) for c in cols if c != phase_col and grid.owner((row, c)) == (row, c)]
    others = [text for text in others if text.strip()]
    if not others:
        return label_key(phase_text) in PHASE_HEADER_KEYS
    header = {label_key(grid.text((header_row, c))) for c in grid.row(header_row)} - {""}
    named = [text for text in others if label_key(text) in header or lane_kind(text)]
    return 2 * len(named) >= len(others)


def _row_of_arrows(grid: Grid, row: int, cols: list[int], phase_col: int) -> list[Pos]:
    """The cells of a row that holds nothing but arrows, in two lanes' cells or more and in the phase cell if
    anything: between two phases, one arrow per lane points to the next; [] for any other row (an arrow
    alone in one lane's cell says something there: "↑", better)."""
    cells = [(row, c) for c in cols if grid.owner((row, c)) == (row, c)]
    values = [grid.cells.get(p) for p in cells]
    in_lanes = [p for p in cells if p[1] != phase_col]
    # a 'v' counts as an arrow only in a row whose phase cell holds one: "v" alone in lanes' cells are ticks
    lettered = (row, phase_col) in cells and is_arrow_down(grid.text((row, phase_col)))
    arrow = is_arrow_down if lettered else is_arrow
    if len(in_lanes) < 2 or not all(v is not None and v.is_text and arrow(v.text) for v in values):
        return []
    return cells


def _divider(grid: Grid, row: int, cols: list[int], first: int, last: int) -> Pos | None:
    """A row holding one merged cell that runs across most of the table."""
    owners = {grid.owner((row, c)) for c in cols}
    if len(owners) != 1:
        return None
    owner = owners.pop()
    width = grid.span(owner)[1]
    if owner[0] == row and width >= 3 and width >= (last - first + 1) // 2:
        return owner
    return None


def _split_at(rows: list[Row], dividers: list[Pos]) -> list[list[Row]]:
    parts: list[list[Row]] = [[] for _ in range(len(dividers) + 1)]
    for row in rows:
        index = sum(1 for d in dividers if d[0] < row.row)
        parts[index].append(row)
    return parts


def _persona_groups(rows: list[Row]) -> list[list[Row]] | None:
    """Blocks of rows per persona, if each block is a journey of its own."""
    blocks: list[list[Row]] = []
    for row in rows:
        if blocks and blocks[-1][0].group == row.group:
            blocks[-1].append(row)
        else:
            blocks.append([row])
    if len(blocks) < 2 or any(b[0].group is None for b in blocks):
        return None
    if all(len({r.phase for r in block}) >= 2 for block in blocks):
        return blocks
    return None


def section_of(
    grid: Grid,
    header_row: int,
    rows: list[Row],
    cols: list[int],
    used: set[Pos],
    taken: set[Pos],
    suffix: Item | None,
    lane_kinds: dict[str, LaneRole],
) -> Section:
    phases, row_phase = _phases_of(grid, rows, taken)
    lanes: list[Lane] = []
    said: list[str] = []
    scores: list[list[RawScore]] = [[] for _ in phases]
    worded: list[list[RawScore]] = [[] for _ in phases]  # scores of words, used when no column scores
    headers = {c: grid.cells.get((header_row, c)) for c in cols}
    kinds = tool_kinds_above(grid, header_row)  # a journey tool's row of lane kinds over the labels
    roles = {
        c: by_tool_kind(lane_role_of(header.text, None, lane_kinds, blueprint=False), kinds.get(c))
        if header
        else unlabelled_role(f"Column {get_column_letter(c)}", lane_kinds)
        for c, header in headers.items()
    }
    # a column its label says scores ("Scope", a typo of "Score", says so only over numbers: not counted here)
    score_column = any(role.kind == SCORE_LANE and role.by != RoleBy.TYPO for role in roles.values())
    worded_by: list[str] = []
    repeats: list[Repeat] = []
    for c in cols:
        header = grid.cells.get((header_row, c))
        label = " ".join(header.text.split()) if header else f"Column {get_column_letter(c)}"
        role = roles[c]
        source = grid.source((header_row, c)) if header else None
        values = [(r.row, grid.cells[(r.row, c)]) for r in rows if (r.row, c) in grid.cells and (r.row, c) not in used]
        signs = row_signs([v for _, v in values])  # "-- | - | 0 | +": its dashes are scores
        as_text = role.kind
        role, words, feeling = _column_role(role, lanes, values, label, c, len(phases), score_column)
        said.extend(filter(None, [feeling]))
        lane = new_lane(role, label, len(phases), source)
        if lane.kind == SCORE_LANE and role.by == RoleBy.CONTENT and as_text != SCORE_LANE:
            lane.as_text = as_text  # the kind the correction that keeps it text gives it back
        if words:
            shown = ", ".join(dict.fromkeys(v.text.strip() for _, v in values if in_words(v) and holds_score(v)))
            worded_by.append(
                f"column {get_column_letter(c)} ('{excerpt(label)}') holds score words ({shown}): read as scores, the "
                "words kept in the lane"
            )
        for r, value in values:
            if r not in row_phase:
                continue
            index = row_phase[r]
            taken.add((r, c))
            items = grid.items((r, c)) or dash_kept(value, grid.source((r, c)), signs)
            if lane.kind == SCORE_LANE:
                by_content = text_option(lane) if lane.role_by == RoleBy.CONTENT else ""
                read = score_cell(value, grid.source((r, c)), label, signs, by_content)
                scores[index].extend(read.scores())
                said.extend([read.said] if read.said else [])
                if not read.keep and not read.words:
                    continue
                items = items if read.keep else [Item(read.words, grid.source((r, c)))]
            elif words and items and (raw := score_in(value, grid.source((r, c)), label)) is not None:
                worded[index].append(raw)
                items = items if in_words(value) else []  # a number or a face drawn on the curve alone, once
            lane.cells[index].extend(items)
        if values or header:
            lanes.append(lane)
            if header:
                taken.add((header_row, c))
            if lane.kind != SCORE_LANE:
                repeats.extend(_once_per_phase(lane))
    if repeats:
        said.append(_repeats_said(repeats, phases))
    if not any(lane.kind == SCORE_LANE for lane in lanes):
        scores = [own + words for own, words in zip(scores, worded)]
        said.extend(worded_by)  # said as across: which column gives the scores
    one_row_each = all(p.steps == 1 for p in phases)
    section = Section(phases, lanes, scores, "transposed" if one_row_each else "long", suffix)
    section.reading = said
    return section


@dataclass(frozen=True)
class Repeat:
    """Words a lane holds on several rows of one phase, kept once: each row of a long table repeats its
    phase's value ("Submerchant" on every step of "Platform setup")."""

    lane: str
    phase: int
    text: str
    rows: int


def _once_per_phase(lane: Lane) -> list[Repeat]:
    """Keep each text item of the lane once per phase where other rows of that phase hold the same words
    (spaces aside; case kept: "merchant" is no "Merchant"): a sentence always, a short word only where every
    row of the phase says it (the phase's value, "Submerchant"; "High, High, Medium" rate three rows each);
    numbers and dates stay, one per row (two steps of "€100" are two). The same words twice in one cell stay
    as written. What was kept once, with its rows."""
    repeats: list[Repeat] = []
    for index, cell in enumerate(lane.cells):
        rows_of: dict[str, set[str]] = {}  # the lane is one column: another cell is another row
        kept: list[Item] = []
        said = {" ".join(i.text.split()) for i in cell if i.value is None and i.source is not None}
        once: set[str] = set()  # the words kept once
        for item in cell:
            row = item.source.cell if item.source is not None else None
            key = " ".join(item.text.split())
            if item.value is not None or row is None or not key:
                kept.append(item)
                continue
            rows = rows_of.setdefault(key, set())
            if rows and row not in rows and (len(said) == 1 or len(key.split()) >= 3 or len(key) >= 20):
                rows.add(row)  # the same words on another row of this phase: given once, by its first row
                once.add(key)
                continue
            rows.add(row)
            kept.append(item)
        lane.cells[index] = kept
        repeats.extend(Repeat(lane.label, index, text, len(rows)) for text, rows in rows_of.items() if text in once)
    return repeats


def _repeats_said(repeats: list[Repeat], phases: list[Phase]) -> str:
    """The line of the reading that says which repeated words were kept once."""
    examples = [
        f"'{excerpt(r.text, 40)}' in '{excerpt(r.lane, 30)}' of '{excerpt(phases[r.phase].name, 30)}' "
        f"({counted(r.rows, 'row')})"
        for r in sorted(repeats, key=lambda r: -r.rows)
    ]
    return (
        f"the same words on several rows of one phase, in one lane, kept once ({counted(len(repeats), 'time')}): "
        + listed(examples, 4)
        + " — each row of the long table repeats its phase's value; to show one again, write it differently"
    )


def _phases_of(grid: Grid, rows: list[Row], taken: set[Pos]) -> tuple[list[Phase], dict[int, int]]:
    """The phases down the phase column, in order, and each row's phase."""
    phase_index: dict[str, int] = {}
    phases: list[Phase] = []
    row_phase: dict[int, int] = {}
    for row in rows:
        if row.phase is None:
            continue  # before any phase: its cells stay untaken and become notes
        written = row.name or " ".join(grid.text(row.phase).split())
        name = (strip_decoration(written) if row.name else grid.phase_name(row.phase)) or written
        key = phase_key(name)
        if key not in phase_index:
            phase_index[key] = len(phases)
            phases.append(grid.phase(row.phase, name, written, steps=0))
            taken.add(row.phase)
        elif row.phase not in taken:
            taken.add(row.phase)
            phases[phase_index[key]].note_variant(written)  # "awareness" under "Awareness": kept as written
        phases[phase_index[key]].steps += 1
        row_phase[row.row] = phase_index[key]
    return phases, row_phase


def _column_role(
    role: RoleMatch,
    lanes: list[Lane],
    cells: list[tuple[int, CellValue]],
    label: str,
    col: int,
    n_phases: int,
    score_column: bool,
) -> tuple[RoleMatch, bool, str]:
    """A column's role as its content settles it, whether its words also score the phases ("Goed | Matig"
    in an experience column), and what is said of a column taken for the score column by its feelings.
    A correction is kept whatever the column holds; a column of another role beside a score column
    ('Gevoel': "-- | - | 0" beside 'Ervaringsscore') keeps its text, never scores."""
    values = [v for _, v in cells]
    signs = row_signs(values)  # "-- | - | 0 | +": its dashes are scores
    filled = [v for v in values if not v.placeholder or (signs and is_dash(v.text))]
    numeric = bool(filled) and all(holds_score(v) for v in filled)
    kind = role.kind
    if kind == SCORE_LANE and role.by == RoleBy.TYPO and not numeric:  # "Scope" over text: no score column
        role = RoleMatch(CUSTOM_LANE, RoleBy.NONE, None, tuple(s for s in role.suggestions if s.kind != SCORE_LANE))
        kind = CUSTOM_LANE
    corrected = role.by == RoleBy.CORRECTED  # the user said what it is: its content changes nothing
    by_shape = kind == CUSTOM_LANE and not corrected and score_shaped(values, n_phases)
    # "🙂 | 😐 | slecht" down a column of no role: the score column, by what it holds
    feeling = _feelings(role, lanes, values, label, col) if not by_shape else ""
    by_shape = by_shape or bool(feeling)
    beside = kind != SCORE_LANE and (score_column or any(lane.kind == SCORE_LANE for lane in lanes))
    own = kind in SCORE_LIKE and kind != SCORE_LANE and numeric and not beside
    # score words ("Goed | Matig") score the phases, kept in the lane; under a label naming a scale ("Mood
    # (1-5)" over "2/5") the column is the score column, as across; the user's word keeps a column that only
    # looks like scores (emotions) text, and the experience column the user names still scores, its words kept
    keeps_text = corrected and kind != LaneKind.EXPERIENCE
    words = (
        own and not keeps_text and (corrected or (scale_in_label(label) is None and any(in_words(v) for v in filled)))
    )
    scored = ((own and not corrected) or by_shape) and not words
    free = not (scored or words or corrected or beside) and kind in (CUSTOM_LANE, *SCORE_LIKE)
    # "+1 😊 nieuw huis | -1 😕 | -2", "3 | ?? | 4" under "Hoe voelt het": the score column, its words kept
    if free and numbered_shaped(values, kind, label):
        feeling = numbered_said(f"column {get_column_letter(col)}", label, values, kind)
        scored = True
    elif free and kind != CUSTOM_LANE and scale_scores(label, filled):  # "Mood (1-5)" over "2 😟 | 3 🙂"
        feeling = (
            f"column {get_column_letter(col)} ('{excerpt(label)}') names a scale over scores, some with a face or "
            "words after them: the score column, its words kept"
        )
        scored = True
    return (RoleMatch(SCORE_LANE, RoleBy.CONTENT) if scored else role), words, feeling


def _feelings(role: RoleMatch, lanes: list[Lane], values: list[CellValue], label: str, col: int) -> str:
    """What is said of a column of no role taken for the score column by its feelings (faces, words) or its
    traffic lights, the first such and only where no column scores already; "" for any other."""
    if role.kind != CUSTOM_LANE or role.by == RoleBy.CORRECTED or any(lane.kind == SCORE_LANE for lane in lanes):
        return ""
    where = f"column {get_column_letter(col)}"
    if feelings_shaped(values):
        return feelings_said(where, label, values)
    return lights_said(where, label, values) if lights_shaped(values) else ""  # "🟢 | 🔴", "groen | rood"


#: Words of a column's header that say it groups the phases ("JTBD Step", "Stage group", "Macro"), beside
#: the headers of a stage list's grouping column.
_OUTER_WORDS = frozenset({"step", "stage", "stap", "job", "macro", "group"})


@dataclass
class Outer:
    """A column that groups the phases down a table: its value stays the same over runs of neighbouring
    phases ("JTBD Step" over "Phase"), changing only where a phase begins. ``rows``: the table's rows, a
    row with no phase of its own under a new group named by its group cell ("5. Ramp up" with nothing
    under it); ``own``: those cells."""

    col: int
    rows: list[Row]
    own: set[Pos]
    cells: dict[int, Pos]  # per row, the cell that holds its group's name (merged or written above it)
    why: str = ""

    def group(self, grid: Grid, header_row: int, section: Section, rows: list[Row], taken: set[Pos]) -> None:
        """The section's phase groups: each phase in the group of its first row, runs of one group over
        neighbouring phases joined; a phase named by its group cell stands alone, in a group of its own (its
        name lost the step's number, "5. Ramp up" as "Ramp up": the group row says it as written). Every cell
        of the column repeats its group's name (or names a phase): all taken. Said in the reading."""
        keys = phase_keys(section.phases)
        first_row: dict[int, Row] = {}
        for row in rows:
            if row.phase is not None:
                first_row.setdefault(keys.index(_key_of(grid, row.phase)), row)
        groups: list[PhaseGroup] = []
        for index in range(len(section.phases)):
            row = first_row[index]
            cell = self.cells[row.row]
            if row.phase in self.own:  # its own group too: the group row keeps the step as written ("5. Ramp up")
                groups.append(PhaseGroup(grid.whole(cell), index, 1))
                continue
            if groups and groups[-1].last == index - 1 and _text(grid, cell) == groups[-1].name.text:
                last = groups[-1]
                groups[-1] = PhaseGroup(last.name, last.first, last.count + 1)
            else:
                groups.append(PhaseGroup(grid.whole(cell), index, 1))
        section.groups = groups
        taken.update(self.cells[row.row] for row in rows if row.phase is not None)
        if (header_row, self.col) in grid.cells:
            section.group_label = grid.whole((header_row, self.col))
            taken.add((header_row, self.col))
        column = get_column_letter(self.col)
        header = grid.text((header_row, self.col))
        headed = f" ('{excerpt(header)}')" if header else ""
        section.reading.append(
            f"column {column}{headed} groups the phases ({self.why}): "
            f"{len(groups)} phase groups — if it is no grouping of the phases, give --groups none"
        )
        mixed = [
            section.phases[i].name
            for i in range(len(section.phases))
            if len({_text(grid, self.cells[r.row]) for r in rows if r.phase and _index(grid, keys, r) == i}) > 1
        ]
        if mixed:
            section.reading.append(
                f"phases with rows under more than one group of column {column}, each in the group of its first "
                "row: " + ", ".join(f"'{excerpt(name)}'" for name in mixed)
            )


def _key_of(grid: Grid, pos: Pos) -> str:
    return phase_key(grid.phase_name(pos))


def _index(grid: Grid, keys: list[str], row: Row) -> int:
    return keys.index(_key_of(grid, row.phase)) if row.phase is not None else -1


def _text(grid: Grid, pos: Pos) -> str:
    return " ".join(grid.text(pos).split())


def outer_column(
    grid: Grid, header_row: int, phase_col: int, cols: list[int], rows: list[Row]
) -> tuple[Outer | None, str]:
    """The column among ``cols`` that groups the phases, or None: one whose values (written on each row, or
    merged over its rows) come in runs, fewer than the phases, each run over whole phases
    (it changes only where a phase begins), one run over two phases at least; and that says it groups
    them: headed so ("JTBD Step", "Macro", "Moment", "Fase groep"), else standing right before the phase
    column. With None, why a column headed as groups is none (for the reading), else ""."""
    found: list[Outer] = []
    refused = ""
    for col in cols:
        written = _text(grid, (header_row, col))
        header = label_key(written)
        named = header in PHASE_GROUP_HEADERS or bool(set(header.split()) & _OUTER_WORDS) or is_group_header(written)
        beside = col == max((c for c in cols if c < phase_col), default=None)
        if not (named or beside) or is_persona_header(header):
            continue
        outer = _nested(grid, phase_col, col, rows)
        if isinstance(outer, Outer):
            outer.why = "its header names groups" if named else "it stands before the phase column"
            found.append(outer)
        elif named and is_group_header(written) and not refused:
            refused = (
                f"column {get_column_letter(col)} ('{excerpt(written)}') is headed as groups of the phases but does "
                f"not group them: {outer} — it is kept as the lane '{excerpt(written)}'; to read it as phase groups, "
                "give each phase one group and each group one run of neighbouring phases"
            )
    chosen = next((o for o in found if o.why.startswith("its header")), found[0] if found else None)
    return chosen, "" if chosen is not None else refused


def _nested(grid: Grid, phase_col: int, col: int, rows: list[Row]) -> Outer | str:
    """The column as the groups of the phases, when its runs nest the phases (see ``outer_column``); else
    why not, naming the cells."""
    values: list[str] = []
    cells: dict[int, Pos] = {}
    for row in rows:
        cell = grid.owner((row.row, col))  # merged over its rows, or written on each: a blank is no group
        text = label_key(_text(grid, cell))
        if not text:
            return f"{grid.ref((row.row, col))} is blank"
        cells[row.row] = cell
        values.append(text)
    runs = [v for i, v in enumerate(values) if i == 0 or v != values[i - 1]]
    if len(runs) < 2:
        return "it holds one name only"
    reasons: list[str] = []
    starts = [i for i in range(len(values)) if i == 0 or values[i] != values[i - 1]]
    seen: set[str] = set()
    for i in starts:
        if values[i] in seen:
            name = _text(grid, cells[rows[i].row])
            reasons.append(f"'{excerpt(name)}' comes back in {grid.ref(cells[rows[i].row])} after other groups")
        seen.add(values[i])
    written = [bool(grid.text(grid.owner((row.row, phase_col))).strip()) for row in rows]
    changes = [i for i in range(1, len(rows)) if values[i] != values[i - 1]]
    # A table that writes its phase on every row but where a new group starts with none: that row is a
    # phase of its own, named by its group cell; where phases are written once over their rows, a blank
    # is the phase above.
    blanks = [i for i, w in enumerate(written) if not w]
    own_rows = set(blanks) if blanks and set(blanks) <= set(changes) else set()
    new_rows: list[Row] = []
    own: set[Pos] = set()
    for i, row in enumerate(rows):
        if i in own_rows:
            cell = grid.owner((row.row, col))
            own.add(cell)
            new_rows.append(Row(row.row, cell, row.group))
        else:
            new_rows.append(row)
    phase_at = [r.phase for r in new_rows]
    # the value changes inside one phase's cell: no group of phases (a phase written again under another
    # group is said, but only refuses with another reason: each phase goes in the group of its first row)
    inside = any(phase_at[i] == phase_at[i - 1] and _same(grid, new_rows, i) for i in changes)
    if reasons or inside:
        return "; ".join(reasons + _under_two(grid, new_rows, cells))
    phases = {(_key_of(grid, p) if p not in own else ("own", p)) for p in phase_at if p is not None}
    per_run = [set() for _ in runs]  # type: list[set[object]]
    run = 0
    for i, row in enumerate(new_rows):
        if i in changes:
            run += 1
        if row.phase is not None:
            per_run[run].add(_key_of(grid, row.phase))
    if len(runs) >= len(phases):
        return f"it names {counted(len(runs), 'group')} for {counted(len(phases), 'phase')}"
    if max(len(p) for p in per_run) < 2:
        return "no group holds two phases"
    return Outer(col, new_rows, own, cells)


def _under_two(grid: Grid, rows: list[Row], cells: dict[int, Pos]) -> list[str]:
    """Each phase whose rows stand under more than one group, with the first cell of each group."""
    under: dict[str, list[Pos]] = {}
    names: dict[str, str] = {}
    for row in rows:
        if row.phase is None:
            continue
        key = _key_of(grid, row.phase)
        names.setdefault(key, _text(grid, row.phase))
        groups = under.setdefault(key, [])
        if all(_text(grid, g) != _text(grid, cells[row.row]) for g in groups):
            groups.append(cells[row.row])
    return [
        f"'{excerpt(names[key])}' stands under {len(groups)} groups ("
        + ", ".join(f"'{excerpt(_text(grid, g))}' in {grid.ref(g)}" for g in groups)
        + ")"
        for key, groups in under.items()
        if len(groups) > 1
    ]


def _same(grid: Grid, rows: list[Row], i: int) -> bool:
    """True when row ``i`` goes on with the phase of the row before it (the same cell, or the same name)."""
    a, b = rows[i - 1].phase, rows[i].phase
    return a is not None and b is not None and _key_of(grid, a) == _key_of(grid, b)
