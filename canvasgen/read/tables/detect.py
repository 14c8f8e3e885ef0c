"""Finding canvases in a sheet by their structure, in any language.

The sheet is cut into blocks of cells (``blocks``); a block whose first spanning row meets a
column of labels is a table, whatever words it holds. ``orient`` decides whether the phases
run across its header row or down its label column; known words only vote. The table is
read, its cells set aside, and the search repeats for further tables. A sheet with no such
table may still hold stages down a column with a score beside each (``_headerless``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter

from canvasgen.errors import CanvasWarning, Location
from canvasgen.model import CUSTOM_LANE, SCORE_LANE, Item, Lane, LaneKind, LaneRole, Phase, RoleBy
from canvasgen.read.grid import Grid, Pos
from canvasgen.read.tables.across import groups_row, read_across
from canvasgen.read.tables.blocks import (
    Block,
    Frame,
    find_blocks,
    frame_of,
    is_meta_label,
    is_stage_id,
    remarks_left,
)
from canvasgen.read.tables.blueprint_lanes import place_lines
from canvasgen.read.tables.down import read_down
from canvasgen.read.tables.found import GroupsHint, RawScore, Section, Table, phase_keys
from canvasgen.read.tables.keyed import read_by_persona, read_cards, read_keyed
from canvasgen.read.tables.orient import Orientation, orient
from canvasgen.read.tables.sheet_roles import SheetRole
from canvasgen.read.tables.stage_list import read_stage_list
from canvasgen.text import excerpt, label_key
from canvasgen.vocabulary import (
    META_INDEX,
    PERSONA_INDEX,
    is_group_header,
    is_persona_header,
    is_phase_header,
    lane_kind,
    match_field,
)
from canvasgen.vocabulary.scores import LightScores
from canvasgen.vocabulary.structure import (
    NOTE_HEADER_KEYS,
    heads_records,
    is_kind_header,
    is_out_of_scope_marker,
    is_step_header,
)


@dataclass
class Hints:
    """The user's corrections for one sheet: what it is for, where the phases are, what a lane label means."""

    phases_row: int | None = None
    phases_col: int | None = None
    labels_col: int | None = None
    labels_row: int | None = None
    lane_kinds: dict[str, LaneRole] = field(default_factory=dict)
    origin: str = ""  # where the corrections came from, for the reading
    guess: bool = False  # no canvas found in the workbook: read this sheet as best it can, and say so
    role: SheetRole | None = None  # what the sheet is for, as the user said (``--sheet "Doelgroep=personas"``)
    groups: GroupsHint | None = None  # phase groups as the user said (``--groups none``), else read from the sheet
    lights: LightScores | None = None  # the traffic lights' scores as the user gave them (``--traffic-lights``)
    #: The organisation's own names, from the brand kit (its name, its agency): a lane asked of one is internal.
    companies: tuple[tuple[str, str], ...] = ()

    @property
    def places(self) -> bool:
        """True when the user said where phases or labels are."""
        return any(v is not None for v in (self.phases_row, self.phases_col, self.labels_col, self.labels_row))


def find_tables(grid: Grid, file: str, taken: set[Pos] | None = None, hints: Hints | None = None) -> list[Table]:
    """The tables in a sheet, apart from cells already ``taken`` (persona blocks, say)."""
    hints = hints or Hints()
    used: set[Pos] = set(taken or ())
    marker = _out_of_scope(grid, used)
    below = {pos for pos in grid.cells if marker is not None and pos[0] >= marker[0]}
    used |= below  # read by no table: kept as notes by the reader
    tables: list[Table] = []
    said: list[tuple[str, Frame]] = []  # why a header naming ids heads no stage list, and the grid it heads
    keyed = None
    if not hints.places:  # one card per row; one row per stage; one row per persona and stage
        keyed = read_cards(grid, used, hints.lane_kinds, file)
        # keyed before the stage list: stage ids repeat under each persona (a stage list refuses them as given
        # twice), the persona column told by its values when its header is no known word
        keyed = keyed or read_keyed(grid, used, hints.lane_kinds, hints.groups)
        keyed = keyed or read_stage_list(grid, used, hints.lane_kinds, file, hints.groups, said)
        # names repeating in runs down the first column, scores beside them: personas, never phases
        keyed = keyed or read_by_persona(grid, used, hints.lane_kinds, hints.groups)
    if keyed is not None:  # one row per persona and stage: a journey per persona
        used |= keyed.used
        tables.append(keyed)
    for why, frame in said if keyed is None else ():  # an ordinary grid beside a column of ids: the ids are notes
        orientation = Orientation(True, why)
        grid_table = _read(grid, frame, orientation, used, file, hints)
        for section in grid_table.sections:
            section.reading = [why, *_reading(grid, frame, orientation, False)[:1], *section.reading]
        used |= grid_table.used
        tables.append(grid_table)
    while True:
        table = _next_table(grid, used, file, hints, tables)
        if table is None:
            break
        used |= table.used
        tables.append(table)
    tables = _without_metadata_blocks(tables)
    if not tables and not taken and marker is None:
        headerless = _headerless(grid)
        if headerless is not None:
            tables.append(headerless)
    if not tables and hints.guess:
        guessed = _guessed(grid, used, file)
        if guessed is not None:
            tables.append(guessed)
    for table in tables:
        for section in table.sections:
            place_lines(section)
    if marker is not None:
        _say_out_of_scope(grid, file, marker, tables)
    return tables


#: A metadata field's label numbered ("Persona 2", "Klant 1"): the word the field's, the number counting them.
_NUMBERED_LABEL = re.compile(r"^(\w+)\s+#?\d{1,2}$")


def _without_metadata_blocks(tables: list[Table]) -> list[Table]:
    """The tables of a sheet but a block of metadata over a canvas read as a table of its own (``_metadata_block``):
    the header's fields and notes, no journey; said in the reading of the table kept."""
    header = [t for t in tables if _metadata_block(t)]
    kept = [t for t in tables if t not in header]
    if not header or not kept:
        return tables
    for table in header:
        labels = ", ".join(f"'{excerpt(lane.label)}'" for s in table.sections for lane in s.lanes)
        kept[0].sections[0].reading.append(
            f"rows {min(r for r, _ in table.used)}-{max(r for r, _ in table.used)} (labelled {labels}) hold "
            "fields of the map's header, no journey: read as its header and notes"
        )
    return kept


def _metadata_block(table: Table) -> bool:
    """True for a table whose every lane is labelled as a field of the canvas's header ("Persona 2", "Versie",
    "Datum") and whose phases were told from its lanes by no word (a guess): the metadata block above a canvas,
    read as a table since it stands apart from it — its cells are the header's (or notes), never a journey."""
    labels = [lane.label for section in table.sections for lane in section.lanes]
    if table.guess is None or not labels:
        return False
    return all(is_meta_label(m[1] if (m := _NUMBERED_LABEL.match(label.strip())) else label) for label in labels)


def _out_of_scope(grid: Grid, used: set[Pos]) -> Pos | None:
    """The cell of a row saying the rest of the sheet is out of scope ("FORA DO ESCOPO DAQUI PARA BAIXO"):
    the row's only words, merged across it or not, under rows of the canvas (a marker on top scopes nothing).
    Cells drawing a line along the row beside it ("--- buiten scope --- | ----- | -----") are the divider's."""
    rows = sorted({r for r, _ in grid.cells})
    for r in rows[2:]:
        owners = {grid.owner((r, c)) for c in grid.row(r) if (r, c) not in used}
        words = {owner for owner in owners if not (grid.cells.get(owner) and grid.cells[owner].placeholder)}
        if len(words) != 1:
            continue
        owner = words.pop()
        if owner[0] == r and is_out_of_scope_marker(grid.text(owner)):
            return owner
    return None


def _say_out_of_scope(grid: Grid, file: str, marker: Pos, tables: list[Table]) -> None:
    """Said in the reading of every journey of the sheet, and warned once: the canvas ends at the marker row,
    what is under it stays notes, with the correction that reads it."""
    if not tables:
        return
    rest = sorted({r for r, _ in grid.cells if r > marker[0]})
    kept = f"rows {rest[0]}–{rest[-1]} under it are" if len(rest) > 1 else f"row {rest[0]} under it is" if rest else ""
    text = grid.quoted(marker)
    said = (
        f"row {marker[0]} ('{text}', {grid.ref(marker)}) says the rest is out of scope: the canvas ends above row "
        f"{marker[0]}" + (f"; {kept} kept as notes" if kept else "") + f" — to read them into the canvas, delete row "
        f"{marker[0]}"
    )
    tables[0].warnings.append(CanvasWarning(Location(file, grid.title, grid.ref(marker)), said))
    # the marker is a note as the client wrote it, whole: its dashes ("-- later --", "– optie –") no list marker
    for section in tables[0].sections[:1]:
        section.notes.insert(0, grid.whole(marker))
        tables[0].used.add(marker)
    for table in tables:
        for section in table.sections:
            section.reading.append(said)


def _guessed(grid: Grid, used: set[Pos], file: str) -> Table | None:
    """The most plausible reading of a sheet whose structure says no canvas: its largest block of text
    (two text cells at least: one sentence alone is no table),
    its first full row as the header and its first column as the labels, turned the way ``orient``
    votes; said to be a guess, with the correction that would change it."""
    blocks = [
        b for b in find_blocks(grid, used) if sum(1 for p in b.cells if p in grid.cells and grid.cells[p].is_text) >= 2
    ]
    if not blocks:
        return None
    block = max(blocks, key=lambda b: len(b.cells))
    frame = frame_of(grid, block, used) or _plain_frame(grid, block)
    if frame is None:  # one column of lines: the steps of a journey, down
        table = read_down(grid, block.top - 1, block.left, used, None, (block.left, block.left), block.bottom)
        hint = f"the lines of column {get_column_letter(block.left)} were read as phases, down"
        reading = [f"no canvas found by its structure: read as a guess ({hint})"]
    else:
        orientation = orient(grid, frame, used)
        table = _read(grid, frame, orientation, used, file, Hints())
        col = get_column_letter(max(frame.label_col, 1))
        named = any(grid.cells[(r, frame.label_col)].is_text for r in frame.label_rows)
        if orientation.across and not named:  # an id column: numbers name no phases
            hint = (
                f"the phases were read across row {frame.header_row}, each row a lane; --phases-row and "
                "--labels say where phase names and lane labels are"
            )
        elif orientation.across:
            hint = (
                f"the phases were read across row {frame.header_row}, the lanes down column {col}; if the "
                f"phases run down column {col}, give --phases-col {col}"
            )
        else:
            hint = (
                f"the phases were read down column {col}, the lanes across row {frame.header_row}; if the "
                f"phases run across row {frame.header_row}, give --phases-row {frame.header_row}"
            )
        grouped = any(s.groups for s in table.sections)
        reading = ["no canvas found by its structure: read as a guess", *_reading(grid, frame, orientation, grouped)]
    if not any(s.phases for s in table.sections):
        return None
    for section in table.sections:
        section.reading = reading + section.reading
    table.guess = f"no canvas was found by its structure, so this reading is a guess: {hint}"
    return table


def _plain_frame(grid: Grid, block: Block) -> Frame | None:
    """The block as a plain table: its first row of two or more cells over the rows below, labels
    (text or numbers, an id column too) in its first column."""
    rows = sorted({r for r, _ in block.cells})
    header = next((r for r in rows if sum(1 for rr, _ in block.cells if rr == r) >= 2), None)
    if header is None:
        return None
    header_cols = tuple(sorted(c for r, c in block.cells if r == header and c > block.left))
    label_rows = tuple(r for r in rows if r > header and (r, block.left) in grid.cells)
    if not header_cols or not label_rows:
        return None
    return Frame(
        header, block.left, None, None, header_cols, label_rows, block.bottom, (header, block.left) in grid.cells
    )


def _belongs(table: Table, orientation: Orientation, found: list[Table]) -> bool:
    """A later table in a sheet is a journey only with a sign of one: phases it shares with an earlier
    table, or words that name phases or lanes. A lookup table beside a journey (touchpoints with a
    priority, say) stays notes."""
    if not found or orientation.rule.startswith("set in"):
        return True
    earlier = {k for t in found for s in t.sections for k in phase_keys(s.phases)}
    section = table.sections[0]
    if earlier & set(phase_keys(section.phases)):
        return True
    # Scores read by the cells' shape are no word for a journey: a priority table has them too; nor is a known
    # label inside a header of its own ("Improvement Priority" over a ranking of touchpoints).
    known = [
        lane
        for s in table.sections
        for lane in s.lanes
        if lane.kind != CUSTOM_LANE and not _scored_by_shape(lane) and lane.role_by != RoleBy.PHRASE
    ]
    lanes = [lane for s in table.sections for lane in s.lanes]
    # a table of records headed by what its rows list ("Risico | Kans | Impact" under the canvas: "Kans" is a
    # risk's chance, no opportunities lane; "Pijnpunt | Kans | Impact": pain points weighed, a lane's word over
    # the column where a journey's phases would stand) whose lanes are mostly of no role: a table beside the journey
    corner = section.phase_label.text if section.phase_label is not None else ""
    if (heads_records(corner) or lane_kind(corner) is not None) and 2 * len(known) <= len(lanes):
        return False
    return bool(known) or is_phase_header(corner)


def _scored_by_shape(lane: Lane) -> bool:
    return lane.kind == SCORE_LANE and lane_kind(lane.label) is None


def _next_table(grid: Grid, used: set[Pos], file: str, hints: Hints, found: list[Table]) -> Table | None:
    pending = hints.places and not any(t.corrected for t in found)
    blocks = find_blocks(grid, used)
    if pending:  # the block the user named is read first, with their row and column
        blocks.sort(key=lambda block: not _names(block, hints))
    for block in blocks:
        corrected = pending and _names(block, hints)
        frame = _corrected(grid, block, hints, used) if corrected else frame_of(grid, block, used)
        if frame is None:
            continue
        grouped = groups_row(grid, frame, used, hints.groups)[0] is not None
        orientation = _orientation(hints) if corrected else orient(grid, frame, used, grouped)
        table = _read(grid, frame, orientation, used, file, hints, hints.phases_col if corrected else None)
        if table.used - used and any(s.phases for s in table.sections) and _belongs(table, orientation, found):
            _steps_lane(grid, frame, table)
            grouped = any(s.groups for s in table.sections)
            for section in table.sections:
                section.reading = _reading(grid, frame, orientation, grouped, table.phase_col) + section.reading
            if frame.action_from is not None:  # a decision check says too, not only --explain
                where = Location(file, grid.title, f"{get_column_letter(frame.action_from)}{frame.header_row}")
                table.warnings.append(CanvasWarning(where, _action_table_said(grid, frame)))
            table.corrected = corrected
            if orientation.guessed:
                table.guess = _correction_hint(frame, orientation)
            if found or frame.twin is not None:  # a later canvas, or one of two side by side: the line above
                _title_above(grid, block, frame, table, used)
            return table
    return None


def _steps_lane(grid: Grid, frame: Frame, table: Table) -> None:
    """In a journey tool's export with the lanes' kinds (Smaply: "Lane | Lane type"), the lane "Steps" of kind
    text (or of kind "Steps") is the persona's steps — the tool's first lane by default: the customer's lane,
    said with the correction that gives it another role. A lane of a role already (a correction, a known
    label) keeps it."""
    if frame.kind_col is None:
        return
    for section in table.sections:
        if any(lane.kind == LaneKind.CUSTOMER for lane in section.lanes):
            continue
        for lane, row in zip(section.lanes, frame.label_rows, strict=False):
            kind = grid.text((row, frame.kind_col)).strip()
            if lane.kind != CUSTOM_LANE or lane.role_by != RoleBy.NONE or not is_step_header(lane.label):
                continue
            # of kind text, or of the kind "Steps" a tool names the lane after (every lane its own kind)
            if not (label_key(kind) in _TEXT_KINDS or is_step_header(kind)) or label_key(
                grid.text((row, frame.label_col))
            ) != label_key(lane.label):
                continue
            lane.kind, lane.role_by, lane.suggestions = LaneKind.CUSTOMER, RoleBy.SYNONYM, ()
            section.reading.append(
                f"lane '{excerpt(lane.label)}' of kind '{excerpt(kind)}' ({grid.ref((row, frame.label_col))}): the "
                "persona's steps, as the journey tool names its first lane — the customer's lane; if it is not, give "
                f"--lane '{lane.label}=<kind>'"
            )
            break


#: The lane kind a journey tool gives a lane of words ("Text").
_TEXT_KINDS = frozenset(("text", "texte", "tekst", "texto", "testo"))


def _title_above(grid: Grid, block: Block, frame: Frame, table: Table, used: set[Pos]) -> None:
    """A single text cell on the rows just above the table names its journey ("Huidige klantreis"); over a
    canvas with a second one beside it, a cell over its own columns (the other's title is the other's)."""
    top = min(r for r in (frame.upper_row, frame.number_row, frame.header_row) if r is not None)
    last = frame.twin - 1 if frame.twin is not None else block.right
    age: tuple[Item, list[Pos]] | None = None  # "Leeftijd: 34" under the canvas's own persona
    for row in range(top - 1, max(block.top, top - 3) - 1, -1):
        cells = [
            (row, c)
            for c in grid.row(row)
            if block.left <= c <= last and (row, c) not in used and (row, c) not in table.used
        ]
        if not cells:
            continue
        if age is None and (age := _own_age(grid, cells)) is not None:
            continue  # the persona's age: their name is on the row above
        if len(cells) == 1 and grid.cells[cells[0]].is_text:
            for section in table.sections:
                if section.suffix is None:
                    section.suffix, section.suffix_kind = grid.whole(cells[0]), "title"
            table.used.add(cells[0])
        elif (key := _own_field(grid, cells)) is not None:
            _own_pair(grid, cells, key, table)
        if age is not None and any(s.suffix is not None and _names_a_persona(s) for s in table.sections):
            for section in table.sections:
                section.suffix_age = age[0]
            table.used.update(age[1])
        return


def _names_a_persona(section: Section) -> bool:
    """Whether the title or field above a canvas names its persona ("Persona: Sanne", "Persona: | Sanne")."""
    if section.suffix_kind == "persona":
        return True
    label, sep, rest = section.suffix.text.partition(":") if section.suffix is not None else ("", "", "")
    return (
        section.suffix_kind == "title" and bool(sep and rest.strip()) and META_INDEX.get(label_key(label)) == "persona"
    )


#: A persona's age as written under their name: "34", "34 jaar".
_AGE_WRITTEN = re.compile(r"\d{1,3}(?:\s*[^\W\d_]{1,6}\.?)?")


def _own_age(grid: Grid, cells: list[Pos]) -> tuple[Item, list[Pos]] | None:
    """A persona's age on a row above a canvas, under its own persona ("Leeftijd: 34", "Age | 34"): the age and its
    cells; None for anything else."""
    if len(cells) == 1 and grid.cells[cells[0]].is_text:
        label, sep, value = grid.text(cells[0]).partition(":")
        item = Item(" ".join(value.split()), grid.source(cells[0])) if sep else None
    elif len(cells) == 2:
        label, item = grid.text(cells[0]).strip().rstrip(":"), grid.whole(cells[1])
    else:
        return None
    if item is None or match_field(label.strip(), PERSONA_INDEX) != "age" or not _AGE_WRITTEN.fullmatch(item.text):
        return None
    return item, cells


#: The fields a label beside its value over one of several canvases gives that canvas alone ("Persona: | Sanne").
_OWN_FIELDS = ("persona", "journey", "title")


def _own_field(grid: Grid, cells: list[Pos]) -> str | None:
    """The field two text cells side by side on a row above a canvas write, a label and its value ("Persona: |
    Sanne Bakker", "Klantreis | CFO"): the canvas's own (its persona, its name), as a title of one cell is; else
    None."""
    if len(cells) != 2 or not all(grid.cells[p].is_text and grid.text(p).strip() for p in cells):
        return None
    key = META_INDEX.get(label_key(grid.text(cells[0]).strip().rstrip(":")))
    return key if key in _OWN_FIELDS else None


def _own_pair(grid: Grid, cells: list[Pos], key: str, table: Table) -> None:
    """A label and its value above a later canvas of a sheet (``_own_field``) are that canvas's field: each of
    canvases stacked with "Persona: | <name>" above it is that persona's journey, never the first one's."""
    label, value = cells
    for section in table.sections:
        if section.suffix is None:
            section.suffix, section.suffix_kind, section.suffix_label = grid.whole(value), key, grid.whole(label)
            section.reading.append(
                f"{grid.title}!{grid.ref(label)}:{grid.ref(value)} ('{grid.quoted(label)} | {grid.quoted(value)}') "
                f"right above this canvas is its own {key}, not the sheet's: the canvases stacked on the sheet each "
                "have their own — to give them all one, write it once above the first"
            )
    table.used.update(cells)


def _correction_hint(frame: Frame, orientation: Orientation) -> str:
    col = get_column_letter(max(frame.label_col, 1))
    if orientation.across:
        read, other = f"across row {frame.header_row}", f"down column {col}, give --phases-col {col}"
    else:
        read, other = f"down column {col}", f"across row {frame.header_row}, give --phases-row {frame.header_row}"
    return (
        f"nothing in the sheet tells phases from lanes; the phases were read {read} (the longer side): "
        f"if they run {other}"
    )


def _names(block: Block, hints: Hints) -> bool:
    """True when the user's row or column lies in this block."""
    row = hints.phases_row or hints.labels_row
    col = hints.labels_col or hints.phases_col
    return (row is None or block.top <= row <= block.bottom) and (col is None or block.left <= col <= block.right)


def _orientation(hints: Hints) -> Orientation:
    origin = hints.origin or "the user"
    if hints.phases_row is not None or hints.labels_col is not None:
        return Orientation(True, f"set in {origin}")
    return Orientation(False, f"set in {origin}")


def _corrected(grid: Grid, block: Block, hints: Hints, used: set[Pos]) -> Frame | None:
    """The frame the user asked for: their row and column, the rest found as usual."""
    found = frame_of(grid, block, used)
    row = hints.phases_row or hints.labels_row or (found.header_row if found else block.top)
    col = hints.labels_col or hints.phases_col
    if col is None:
        col = found.label_col if found else min(c for (r, c) in block.cells if r > row)
    header_cols = tuple(c for c in grid.row(row) if c > col and (row, c) not in used and block.left <= c <= block.right)
    rows = tuple(r for r in grid.column(col) if row < r <= block.bottom and (r, col) not in used)
    if not header_cols or not rows:
        return None
    corner = (row, col) in grid.cells
    group_col = found.group_col if found else None
    if hints.phases_col is not None and block.left < col and (row, col - 1) in grid.cells:
        # phases down a column with a headed column before it: that column may group them ("Fase groep")
        group_col = col - 1
    return Frame(row, col, None, group_col, header_cols, rows, block.bottom, corner)


def _read(
    grid: Grid, frame: Frame, orientation: Orientation, used: set[Pos], file: str, hints: Hints, said: int | None = None
) -> Table:
    """The table in ``frame``, turned as ``orientation`` says; ``said``: the column of phases the user gave."""
    if orientation.across:
        table = read_across(grid, frame, used, file, hints.lane_kinds, hints.groups)
        table.headings |= _tool_headings(grid, frame, used)
        return table
    phase_col = said or _phase_column(grid, frame)
    # a column of names over the label column's rows groups the phases that run down it
    before = [c for c in (frame.group_col, frame.pair_col) if c is not None and c < frame.label_col]
    columns = (min([frame.label_col, *before]), max(frame.header_cols))
    table = read_down(grid, frame.header_row, phase_col, used, hints.lane_kinds, columns, frame.bottom, hints.groups)
    table.phase_col = phase_col
    for c in [frame.label_col, *frame.header_cols] if said is None else []:
        header = grid.text((frame.header_row, c))
        if c != phase_col and is_phase_header(header) and not is_group_header(header):  # groups: said by the reader
            letter = get_column_letter(c)
            for section in table.sections:
                section.reading.append(
                    f"column {letter} is headed '{excerpt(header)}' too: if the phases run down it, "
                    f"give --phases-col {letter}"
                )
    if hints.groups is GroupsHint.ABOVE and not any(s.groups for s in table.sections):
        table.warnings.append(
            CanvasWarning(
                Location(file, grid.title),
                f"--groups above: the phases run down column {get_column_letter(phase_col)}, and no column before "
                "it repeats one name over runs of neighbouring phases: no phase groups read",
            )
        )
    return table


def _phase_column(grid: Grid, frame: Frame) -> int:
    """In a table with phases down: the column headed 'Phase'/'Stage'; else the one whose names repeat
    down the rows (one row per step) with the most distinct names; else the first that is no persona's."""
    columns = [frame.label_col, *frame.header_cols]
    named = [c for c in columns if is_phase_header(grid.text((frame.header_row, c)))]
    # "Stage group" beside "Phase": the column of groups is not the phases'
    grouping = [c for c in named if is_group_header(grid.text((frame.header_row, c)))]
    if named:
        return next((c for c in named if c not in grouping), named[0])
    repeating = []
    for c in columns[:4]:
        names = [grid.text((r, c)) for r in range(frame.header_row + 1, frame.bottom + 1) if grid.text((r, c))]
        distinct = len({label_key(n) for n in names})
        if distinct < len(names):
            repeating.append((distinct, -c))
        elif c == frame.label_col:
            return c  # a name per row in the first column: a transposed canvas
    if repeating:
        return -max(repeating)[1]
    for c in columns:
        if not is_persona_header(grid.text((frame.header_row, c))):
            return c
    return frame.label_col


def _phases_over_steps(grid: Grid, frame: Frame) -> str:
    """Where a header of two rows has its phases and their steps: the phase names' row and range, then the step
    names' ("row 1 (B1:F1), their steps in row 2 (C2:D2)"); the steps stand under some phases or all."""
    upper, row = frame.upper_row, frame.header_row
    first, last = get_column_letter(frame.header_cols[0]), get_column_letter(frame.header_cols[-1])
    span = range(frame.header_cols[0], frame.header_cols[-1] + 1)
    steps = [c for c in grid.row(row) if c in span and grid.text((row, c)).strip()] or list(frame.header_cols)
    step_first, step_last = get_column_letter(steps[0]), get_column_letter(steps[-1])
    return f"row {upper} ({first}{upper}:{last}{upper}), their steps in row {row} ({step_first}{row}:{step_last}{row})"


def _action_table_said(grid: Grid, frame: Frame) -> str:
    """What the columns right after the last phase, headed as an action table's, were taken for, and the
    correction that makes them phases."""
    assert frame.action_from is not None
    row = frame.header_row
    heads = [c for c in grid.row(row) if c >= frame.action_from]
    shown = " | ".join(f"'{excerpt(grid.text((row, c)))}'" for c in heads)
    first, last = get_column_letter(heads[0]), get_column_letter(heads[-1])
    return (
        f"{first}{row}:{last}{row} ({shown}), right after the last phase with no blank column between, heads an "
        "action table (the things to do, who does them, when): kept beside the canvas as a table — on the "
        f"poster and a slide of the deck — not as phases; if they are phases, give --phases-row {row}"
    )


def _reading(
    grid: Grid, frame: Frame, orientation: Orientation, grouped: bool = False, phase_col: int | None = None
) -> list[str]:
    """How the table was read, in sentences for ``check --explain``; ``grouped``: the upper row names groups
    of the phases (the reader says so itself); ``phase_col``: the column the phases run down."""
    col = get_column_letter(max(frame.label_col if orientation.across or not phase_col else phase_col, 1))
    first, last = get_column_letter(frame.header_cols[0]), get_column_letter(frame.header_cols[-1])
    header = f"row {frame.header_row} ({first}{frame.header_row}:{last}{frame.header_row})"
    if frame.upper_row is not None and not grouped and orientation.across:
        header = _phases_over_steps(grid, frame)
    labels = f"column {col} ({col}{frame.label_rows[0]}:{col}{frame.label_rows[-1]})"
    if frame.banners:
        labels = "titles written across the phases in rows " + ", ".join(map(str, frame.label_rows))
    lines = [
        f"{'phases' if orientation.across else 'lanes'} in {header}; {'lanes' if orientation.across else 'phases'} "
        f"in {labels}; body down to row {frame.bottom}",
        f"phases {'across' if orientation.across else 'down'}: {orientation.rule}",
    ]
    if frame.upper_row is not None and not grouped:
        lines.append(f"phase names in row {frame.upper_row}, their steps in row {frame.header_row}")
    if frame.action_from is not None:
        lines.append(_action_table_said(grid, frame))
    if frame.number_row is not None and orientation.across:
        ids = [text for c in frame.header_cols if is_stage_id(text := grid.text((frame.number_row, c)))]
        what = f"gives the stage ids ('{ids[0]}' …) of" if ids else "numbers"
        lines.append(
            f"row {frame.number_row} {what} the phase names under it: each name the phase, its "
            f"{'id' if ids else 'number'} beside it — if row {frame.number_row} names the phases, give --phases-row "
            f"{frame.number_row}"
        )
    if frame.people_over is not None:
        lines.append(
            f"row {frame.passed_over} opens with '{excerpt(frame.people_over)}': names of people over the phase "
            f"names in row {frame.header_row}, each over a phase of its own, not the phase row — to read row "
            f"{frame.passed_over} as the phases, give --phases-row {frame.passed_over}"
        )
    elif frame.passed_over is not None:
        names = [excerpt(grid.text((frame.header_row, c))) for c in frame.header_cols]
        lines.append(
            f"row {frame.header_row} names known phases ('{names[0]}' … '{names[-1]}'): read as the phase row, "
            f"not row {frame.passed_over} above it (no phase names there) — to read row {frame.passed_over} as "
            f"the phases, give --phases-row {frame.passed_over}"
        )
    if frame.group_col is not None and orientation.across:
        lines.append(f"lane groups in column {get_column_letter(frame.group_col)}")
    if not frame.corner and not frame.banners:
        lines.append(f"the corner cell {col}{frame.header_row} is empty")
    if frame.kind_col is not None:
        kind = get_column_letter(frame.kind_col)
        shown = dict.fromkeys(grid.text((r, frame.kind_col)).strip() for r in frame.label_rows)
        head = grid.text((frame.header_row, frame.kind_col))
        headed = f"'{excerpt(head)}'" if head.strip() else "no header"
        lines.append(
            f"column {kind} ({headed}) names each lane's kind ("
            + ", ".join(f"'{excerpt(k)}'" for k in shown)
            + f"), as a journey tool exports it: no phase, its words headings (no notes) — to make it a phase, give "
            f"--phases-row {frame.header_row} --labels {col}"
        )
    return lines + _before(grid, frame, orientation.across) + _beside(grid, frame, orientation.across)


def _tool_headings(grid: Grid, frame: Frame, used: set[Pos]) -> set[Pos]:
    """A journey tool's column of lane kinds (its header and each lane's kind word) and, when the kinds are headed
    in the row above the phases, that row of column names (UXPressia's "Section | Type | Awareness | …" over
    "Stages | stages | Awareness | …": the phases named again): structure, the canvas's headings, no notes."""
    above = frame.header_row - 1
    sections = frame.group_col if frame.group_col is not None else frame.pair_col
    if frame.kind_col is None:
        # the types read as the lanes' labels, their sections beside them ("Section | Type" over "Stages | Stage"):
        # the sections' header and the row of column names over the phases are headings as well
        if sections is None or not is_kind_header(grid.text((above, frame.label_col))):
            return set()
        kind, cells = frame.label_col, {(frame.header_row, sections)} & set(grid.cells) - used
    else:
        kind = frame.kind_col
        cells = {(r, kind) for r in (frame.header_row, *frame.label_rows)} & set(grid.cells) - used
    if not is_kind_header(grid.text((above, kind))):
        return cells
    row = [(above, c) for c in grid.row(above) if (above, c) not in used]
    names = all(
        c in (frame.label_col, kind, sections)
        or label_key(grid.text((above, c))) == label_key(grid.text((frame.header_row, c)))
        for _, c in row
    )
    return cells | set(row) if names else cells


def _beside(grid: Grid, frame: Frame, across: bool) -> list[str]:
    """The columns right of the table's last one (a column headed "Notes", or one or two past a blank
    column): notes, said with how to make each a phase (a lane, when the phases run down)."""
    if frame.right is None:
        return []
    top = min(r for r in (frame.number_row, frame.upper_row, frame.header_row) if r is not None)
    filled = sorted({c for r, c in grid.cells if top <= r <= frame.bottom and c > frame.right})
    kind, row = "phase" if across else "lane", frame.header_row
    lines: list[str] = []
    if frame.twin is not None:  # a second canvas beside: its columns are its own, not notes of this one
        filled = [c for c in filled if c < frame.twin]
        blank = [get_column_letter(c) for c in range(frame.right + 1, frame.twin)]
        between = blank[0] + (f":{blank[-1]}" if len(blank) > 1 else "")
        plural = "s" if len(blank) > 1 else ""
        ref = f"{get_column_letter(frame.twin)}{row}"
        lines.append(
            f"column{plural} {between}, blank from row {row} down, set apart a second canvas beside this one (its "
            f"labels down column {get_column_letter(frame.twin)}, from {ref}): two canvases side by side, a journey "
            f"each — if they are one canvas, delete column{plural} {between}"
        )
    for c in filled:
        letter, ref = get_column_letter(c), f"{get_column_letter(c)}{row}"
        header = " ".join(grid.text(grid.owner((row, c))).split())
        if label_key(header) in NOTE_HEADER_KEYS:
            lines.append(
                f"column {letter}, headed '{excerpt(header)}' in {ref}, is notes beside the table — to make it a "
                f"{kind}, give it a {kind}'s name in {ref}"
            )
            continue
        blank = [b for b in range(frame.right + 1, c) if b not in filled]
        if not blank:  # a second column of notes right beside the first: said with it
            continue
        between = get_column_letter(blank[0]) + (f":{get_column_letter(blank[-1])}" if len(blank) > 1 else "")
        plural = "s" if len(blank) > 1 else ""
        said = f"headed '{excerpt(header)}' in {ref}" if header else f"with nothing in {ref}"
        lines.append(
            f"column {letter} stands apart from the table (the blank column{plural} {between} between), {said}: "
            f"notes — to make it a {kind}, delete column{plural} {between}"
            + ("" if header else f" and name it in row {row}")
        )
    return lines


def _before(grid: Grid, frame: Frame, across: bool) -> list[str]:
    """The columns left of the labels set apart by a blank column (remarks beside the lanes): notes, said
    with how to make each a part of the table."""
    lines = []
    kind = "lanes'" if across else "phases'"
    for c in remarks_left(grid, frame):
        letter = get_column_letter(c)
        between = get_column_letter(c + 1) + (
            f":{get_column_letter(frame.label_col - 1)}" if c + 2 < frame.label_col else ""
        )
        plural = "s" if c + 2 < frame.label_col else ""
        lines.append(
            f"column {letter} stands apart from the {kind} labels (the blank column{plural} {between} between), "
            f"with nothing in {letter}{frame.header_row}: notes, no part of the labels — to make it a second "
            f"label of each, delete column{plural} {between}"
        )
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
