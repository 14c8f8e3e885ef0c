"""Blocks of cells, found by their shape alone.

A block is a cluster of filled cells (a blank row or column inside it is allowed). Inside a
block the structure is read without knowing a single word: the header row is the first row
whose cells span the block's columns (a title or a banner above it is not), the label column
is the column left of the header's first cell (or under it, when the corner holds a word),
and a row of names over groups of the header's columns is an upper header level (phases over
steps), as a sparse column left of the labels is a level of lane groups.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, replace

from canvasgen.read.grid import CellValue, Grid, Pos
from canvasgen.text import excerpt, is_question, label_key
from canvasgen.vocabulary import (
    META_INDEX,
    PERSONA_INDEX,
    TOOL_TEXT_KINDS,
    TOUCHPOINT_INDEX,
    is_known_phase,
    is_persona_header,
    is_phase_header,
    lane_kind,
    match_field,
    names_people,
    tool_lane_kind,
)
from canvasgen.vocabulary.channels import channel_of
from canvasgen.vocabulary.structure import (
    NOTE_HEADER_KEYS,
    heads_records,
    is_action_header,
    is_decorated,
    is_group_word,
    is_kind_header,
    is_level_word,
    is_step_header,
    reads_as_note,
    strip_decoration,
)

#: Rows below the first header-like row in which one opening with "Phase" or "Stage" is preferred.
_NAMED_REACH = 30
#: Cells this far apart (in rows or columns) still belong to one block: one blank line between.
_REACH = 2
#: Columns may stand further apart: canvases use narrow blank columns as spacers between phases.
_COLUMN_REACH = 3
#: Blank rows a canvas may hold before a lane it knows by name (teams space their lanes out).
_LANE_GAP = 5


@dataclass(frozen=True)
class Block:
    top: int
    left: int
    bottom: int
    right: int
    cells: frozenset[Pos]

    def __contains__(self, pos: object) -> bool:
        return pos in self.cells


@dataclass(frozen=True)
class Frame:
    """Where a block's header row and label column are, before anyone knows which holds the phases."""

    header_row: int
    label_col: int
    upper_row: int | None  # names over groups of the header's columns
    group_col: int | None  # names over groups of the label column's rows
    header_cols: tuple[int, ...]  # the header's cells right of the label column
    label_rows: tuple[int, ...]  # rows below the header with a word in the label column
    bottom: int
    corner: bool  # the cell where header row and label column meet holds a word
    pair_col: int | None = None  # a column of labels beside the label column, one to one ("Doing" | "What ...?")
    number_row: int | None = None  # step numbers (1, 2, 3 ...) over the header's names
    right: int | None = None  # the table's last column, when a column of remarks stands beside it
    banners: bool = False  # no label column: each lane's label is a row across the phases above its items
    twin: int | None = None  # the label column of a second canvas beside this one, past a blank column
    kind_col: int | None = None  # a tool's column of each lane's kind ("Lane type": Text, Emotion): no phase
    passed_over: int | None = None  # a row above the header it might have been, passed over for known phase names
    people_over: str | None = None  # the word ("Persona") of the row passed over, when it names people
    #: the first column of an action table right after the last phase, no blank column between, cut off the phases
    action_from: int | None = None

    @property
    def first_col(self) -> int:
        """The first column of the phases: right of the labels and of a column of questions (or kinds) beside them."""
        return max(self.label_col, self.pair_col or 0, self.kind_col or 0) + 1


def find_blocks(grid: Grid, used: set[Pos]) -> list[Block]:
    """The blocks of cells not yet used, in reading order (top to bottom, left to right).

    Each row's cells are first joined into runs (cells at most one blank column apart); runs in
    rows at most one blank row apart whose columns come as close join one block. Working on runs
    keeps a sheet of many rows cheap: a table row is one run, not a cell per column.
    """
    by_row: dict[int, set[int]] = {}
    for pos in grid.cells:
        if pos not in used:
            for r, c in grid.covered(pos):
                by_row.setdefault(r, set()).add(c)
    runs, starts = _runs(by_row)
    parent = list(range(len(runs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for index, (r, first, last) in enumerate(runs):
        for below in range(r + 1, r + _REACH + 1):
            for other in starts.get(below, []):
                _, o_first, o_last = runs[other]
                if o_first - _COLUMN_REACH <= last and first - _COLUMN_REACH <= o_last:
                    a, b = find(index), find(other)
                    if a != b:
                        parent[a] = b
    groups: dict[int, list[int]] = {}
    for index in range(len(runs)):
        groups.setdefault(find(index), []).append(index)
    blocks = []
    for members in groups.values():
        cells = frozenset(
            (r, c) for i in members for r in (runs[i][0],) for c in by_row[r] if runs[i][1] <= c <= runs[i][2]
        )
        rows = [runs[i][0] for i in members]
        blocks.append(
            Block(min(rows), min(runs[i][1] for i in members), max(rows), max(runs[i][2] for i in members), cells)
        )
    return sorted(blocks, key=lambda b: (b.top, b.left))


def _runs(by_row: dict[int, set[int]]) -> tuple[list[tuple[int, int, int]], dict[int, list[int]]]:
    """Each row's filled columns joined into runs (row, first column, last column), and per row the
    indexes of its runs, left to right."""
    runs: list[tuple[int, int, int]] = []
    starts: dict[int, list[int]] = {}
    for r in sorted(by_row):
        cols = sorted(by_row[r])
        first = last = cols[0]
        for c in cols[1:]:
            if c - last > _COLUMN_REACH:
                starts.setdefault(r, []).append(len(runs))
                runs.append((r, first, last))
                first = c
            last = c
        starts.setdefault(r, []).append(len(runs))
        runs.append((r, first, last))
    return runs, starts


def _row_owners(grid: Grid, block: Block, row: int, used: set[Pos]) -> list[Pos]:
    """Distinct cells (merge owners) holding words in a row of the block, left to right."""
    owners: dict[Pos, None] = {}
    for c in range(block.left, block.right + 1):
        pos = (row, c)
        if pos not in block:
            continue
        owner = grid.owner(pos)
        value = grid.cells.get(owner)
        if value is not None and owner not in used and not value.placeholder:
            owners[owner] = None
    return list(owners)


def _words(grid: Grid, owners: list[Pos]) -> list[Pos]:
    return [p for p in owners if grid.cells[p].is_text]


def frame_of(grid: Grid, block: Block, used: set[Pos]) -> Frame | None:
    """The header row and label column of a block, or None when it is no table of words.

    The header is the first row spanning the block, unless a later one opens with "Phase" or
    "Stage"; a row of metadata ("Client | ACME | Version | 2") is never a header.
    """
    table_cols = _table_columns(grid, block, used)
    if len(table_cols) < 2:
        return None
    candidates: list[tuple[int, list[Pos]]] = []
    for row in range(block.top, block.bottom + 1):
        if candidates and row > candidates[0][0] + _NAMED_REACH:
            break  # a header opening with "Phase" is looked for a little below the first one only
        owners = _row_owners(grid, block, row, used)
        words = _words(grid, owners)
        named = bool(owners) and is_phase_header(grid.text(owners[0]))
        if named or _counts_up(grid, owners):
            words = owners  # "Fase" before the names, or 1, 2, 3 ...: numbered phases are names too
        if not words or len(words) < 0.6 * len(owners) or _is_metadata(grid, words):
            continue
        covered = {c for p in words for c in _span_cols(grid, p)}
        if _counts_up(grid, owners):  # "Fase 1" in one cell over a name merged wider: it numbers all of it
            under = _row_owners(grid, block, row + 1, used)
            covered |= {c for p in under if p[1] in covered for c in _span_cols(grid, p)}
        if len(covered & table_cols) < 0.5 * len(table_cols):
            continue
        candidates.append((row, words))
    candidates = _names_over_a_lane(grid, block, candidates, used)
    people = _people_over(grid, candidates)
    if people is not None:  # one name over each of the next row's: people over the phases, the next row first
        candidates = [*candidates[1:2], candidates[0], *candidates[2:]]
    opening = {row for row, words in candidates if is_phase_header(grid.text(words[0]))}
    # under a journey tool's header with the lanes' kinds ("Lane | Lane type | Research"), a row opening with
    # "Steps" is its first lane (Smaply's default name), no header of phases — unless its own kind names the
    # phases and the kinds' row names them again over it (UXPressia's "Stages | stages" under "Section | Type");
    # a lane of kind "Steps" under other names is a lane still
    kinds_over = _lane_kind_headers(grid, candidates)
    # "Steps | Text | …" under a row of names: a lane's label beside its kind, as a tool exports it unheaded
    opening -= {row for row, words in candidates if row in opening and _label_and_kind(grid, row, words, candidates)}
    opening -= {
        row
        for row, words in candidates
        if row in opening
        and any(kinds < row for kinds in kinds_over)
        and not (len(words) > 1 and is_phase_header(grid.text(words[1])) and _named_again(grid, row, words))
    }
    # step numbers right over a row opening with "Fase" ("Fase 1" over "Oriënteren"): they number its phases
    numbering = {row for row, words in candidates if row + 1 in opening and _counts_up(grid, words)}
    named_first = sorted(candidates, key=lambda c: c[0] not in opening | numbering)
    known_first = named_first if opening | numbering else _known_phases_first(grid, named_first)
    for row, words in known_first:
        frame = _frame_under(grid, block, row, words, used)
        if frame is not None and people is not None and row == people[0] + 1:
            # the people's row is no names of the phases' groups either ("Persona | Sanne | Joost" over four)
            upper = None if frame.upper_row == people[0] else frame.upper_row
            return replace(frame, upper_row=upper, passed_over=people[0], people_over=people[1])
        if frame is not None:
            if known_first is not named_first and row == known_first[0][0]:  # said, with the row passed over
                return replace(frame, passed_over=named_first[0][0])
            return frame
    return None


def _people_over(grid: Grid, candidates: list[tuple[int, list[Pos]]]) -> tuple[int, str] | None:
    """The first candidate row and its first word, when that word heads people ("Persona | Sanne | Joost | …",
    "Doelgroep | Starters | …") and the row writes one name over each of the next candidate's, right under it: the
    people the journey is of, not its phases (the row under them is)."""
    if len(candidates) < 2:
        return None
    (row, words), (below, under) = candidates[:2]
    if below != row + 1 or len(words) < 3 or not names_people(grid.text(words[0])):
        return None
    if any(p[1] <= words[0][1] for p in under) or not _one_over_each(grid, words[1:], under):
        return None  # the row under starts under the word: no phase row beside a label column
    return row, grid.text(words[0])


def _names_over_a_lane(
    grid: Grid, block: Block, candidates: list[tuple[int, list[Pos]]], used: set[Pos]
) -> list[tuple[int, list[Pos]]]:
    """The header's candidates with the row right over the first one first, when the first is a lane (a known lane
    label, "Klantproces", before cells that are none) and the row over it names two columns or more of it and no
    lane: phase names with blanks between ("Fase 1 | _ | _ | Fase 4"), too few to span the block by themselves.
    A row labelled as a lane is never the phase row; the blank headers are phases of their own, said."""
    if not candidates:
        return candidates
    row, words = candidates[0]
    if row - 1 < block.top or len(words) < 2 or not lane_kind(grid.text(words[0])):
        return candidates
    if any(lane_kind(grid.text(p)) for p in words[1:]):
        return candidates  # lane labels across: the labels' row of a canvas turned on its side
    if 2 * sum(1 for p in words[1:] if is_known_phase(grid.text(p))) >= len(words) - 1:
        return candidates  # known phase names after a corner that reads as a lane ("Klantstappen"): the phases
    above = [p for p in _words(grid, _row_owners(grid, block, row - 1, used)) if p[1] > words[0][1]]
    if len(above) < 2 or any(lane_kind(grid.text(p)) for p in above) or _is_metadata(grid, above):
        return candidates
    if all(is_group_word(grid.text(p)) for p in above):
        return candidates  # "Voor | Tijdens | Na": groups over the row, read as such
    if min(p[1] for p in above) > words[1][1] or max(_span_cols(grid, p)[-1] for p in above) < words[-1][1]:
        return candidates  # not over the lane's first and last cells: no header of its columns
    return [(row - 1, above), *candidates]


#: The fewest known phase names (a phase model's: "Aandacht", "Afweging", …) that make a row the phase row.
_KNOWN_PHASES = 3


def _known_phases_first(grid: Grid, candidates: list[tuple[int, list[Pos]]]) -> list[tuple[int, list[Pos]]]:
    """The header's candidates with a row of known phase names (three at least, most of its words) first, when
    the rows above it name none and stand a blank row or more above it (a persona or metadata block over the
    canvas: "Persona 1 | Sanne, 21 | Doel | …"); a row right above it keeps its place when it may name their
    groups (a name over a run of them), not when it writes one name over each ("Persona | Sanne | Joost | …")."""
    known = [
        (row, words)
        for row, words in candidates
        if (count := sum(1 for p in words if is_known_phase(grid.text(p)))) >= _KNOWN_PHASES and count * 2 > len(words)
    ]
    if not known or known[0] == candidates[0]:
        return candidates  # the first row already: nothing passed over
    row, phases = known[0]
    above = [(r, words) for r, words in candidates if r < row]
    if any(any(is_known_phase(grid.text(p)) for p in words) for _, words in above):
        return candidates
    if any(r == row - 1 and not _one_over_each(grid, words, phases) for r, words in above):
        return candidates
    return [known[0], *(c for c in candidates if c != known[0])]


def _one_over_each(grid: Grid, upper: list[Pos], phases: list[Pos]) -> bool:
    """True when a row right over a row of known phase names writes one name over each of them (after a word
    in their label column, maybe), none merged wider: a persona's or a segment's names, not groups of the phases."""
    phase_cols = {c for _, c in phases}
    over = [p for p in upper if p[1] >= min(phase_cols)]
    if _counts_up(grid, over) or any(step_number(grid.cells[p]) is not None or is_stage_id(grid.text(p)) for p in over):
        return False  # "1 | 2 | 3", "S01 | S02": the phases' numbers or ids, read with them
    return len(over) >= 2 and all(p[1] in phase_cols and len(_span_cols(grid, p)) == 1 for p in over)


def _counts_up(grid: Grid, owners: list[Pos]) -> bool:
    """True for a row of step numbers: 1, 2, 3 ... or "Stage 1", "Stage 2" ... (three at least, maybe
    after a word in the corner)."""
    numbers = [n for p in owners if (n := step_number(grid.cells[p])) is not None]
    if len(numbers) < 3 or len(numbers) < len(owners) - 1:
        return _ids_up(grid, owners)
    return all(b == a + 1 for a, b in itertools.pairwise(numbers))


#: A stage's id: a letter or a few and a number ("S01", "F1", "ST-3"), no word.
_STAGE_ID = re.compile(r"([A-Za-z]{1,3})[-_.]?(\d{1,3})")


def is_stage_id(text: str) -> bool:
    """True for a stage's id ("S01", "F1"): a letter or a few and a number, no word."""
    return _STAGE_ID.fullmatch(text.strip()) is not None


def _ids_up(grid: Grid, owners: list[Pos]) -> bool:
    """True for a row of stage ids counting up: "S01", "S02", "S03" ... or "F1", "F2", "F3" ... (three at
    least, one letter prefix for all, maybe after a word in the corner)."""
    found = [m for p in owners if (m := _STAGE_ID.fullmatch(grid.text(p).strip())) and grid.cells[p].is_text]
    if len(found) < 3 or len(found) < len(owners) - 1 or len({m[1].casefold() for m in found}) > 1:
        return False
    return all(int(b[2]) == int(a[2]) + 1 for a, b in itertools.pairwise(found))


def step_number(value: CellValue) -> float | None:
    """The number of a step written alone: 3, "3", "Stage 3", "Этап 3:" (None for a name)."""
    if value.number is not None:
        return value.number
    if value.placeholder:
        return None
    text = " ".join(value.text.split())
    if strip_decoration(text) != text:
        return None  # numbering with a name after it: the name is the phase
    digits = re.fullmatch(r"\D{0,20}?(\d{1,2})\W*", text)
    return float(digits.group(1)) if digits and is_decorated(f"{text} x") else None


def _names_only(grid: Grid, row: list[Pos], first: int) -> bool:
    """True for a row of short names that starts under the numbers (no lane label before them; a word
    naming the phases in the corner, "Fase", "Stage", is no lane's label)."""
    corner = [(r, c) for r, c in row if c < first]
    if len(corner) > 1 or any(not is_phase_header(grid.text(p)) for p in corner):
        return False
    return all(len(grid.text((r, c)).split()) <= 6 for r, c in row if c >= first)


def _remarks_column(grid: Grid, rows: list[int], label_col: int, header_cols: tuple[int, ...]) -> int | None:
    """The last column before a column headed "Notes" / "Opmerkingen" right of the phases, if any."""
    if len(header_cols) < 3:
        return None  # two phases and a "Notes" column: too few to tell
    noted = [
        c
        for r in rows
        for c in grid.row(r)
        if c > label_col and c >= header_cols[-2] and label_key(grid.text((r, c))) in NOTE_HEADER_KEYS
    ]
    return min(noted) - 1 if noted else None


def _before_action_columns(grid: Grid, row: int, header_cols: tuple[int, ...]) -> int | None:
    """The last column of the phases when the header row ends in two or more columns of an action table
    ("Deadline | Status | Prioriteit") right after them, no blank column between: a table of its own, no phases."""
    trailing = list(itertools.takewhile(lambda c: is_action_header(grid.text((row, c))), reversed(header_cols)))
    before = [c for c in header_cols if c < min(trailing, default=0)]
    if trailing and before and heads_records(grid.text((row, before[-1]))):
        # "Actie | Deadline | Status", "Actiepunt | Eigenaar": the things to do, then what is said of each
        trailing, before = [*trailing, before[-1]], before[:-1]
    if len(trailing) < 2 or len(before) < 2 or any(is_action_header(grid.text((row, c))) for c in before):
        return None
    return before[-1]


def _before_a_gap(grid: Grid, block: Block, row: int, header_cols: tuple[int, ...]) -> int | None:
    """The last column of the phases when the header's cells stand side by side and then, past one
    blank column (blank from the header down), one or two more: a legend or a note beside the canvas,
    not a phase. Spacer columns between every phase are a layout and cut nothing. A column with no
    header over filled cells stands beside its neighbours (a phase without a name), no gap."""
    headed = {c for col in header_cols for c in _span_cols(grid, grid.owner((row, col)))}
    first = min(header_cols, default=0)
    body = {c for r, c in block.cells if r > row and c >= first and (r, c) in grid.cells}
    covered = sorted(headed | body)
    gaps = [(a, b) for a, b in itertools.pairwise(covered) if b - a > 1]
    if len(gaps) != 1:
        return None
    last, first_after = gaps[0]
    before = [c for c in header_cols if c <= last]
    after = [c for c in header_cols if c >= first_after]
    # blank from the header down: a title above the table may run across the gap
    blank = all((r, c) not in block for r in range(row, block.bottom + 1) for c in range(last + 1, first_after))
    return last if blank and len(before) >= 3 and len(after) <= min(2, len(before) // 2) else None


def _side_table(grid: Grid, block: Block, corner: Pos, used: set[Pos]) -> int | None:
    """The last column of the phases when, past a blank column or more (blank from the header down), the header
    row goes on with a small table of its own ("Eigenaar | Datum | Status" over its rows): every column of it
    headed, and a header naming a field of the canvas's metadata ("Datum", "Versie") — no phase is named so —
    or most of them a record's fields ("Actie | Eigenaar | Deadline", "Persona | Rol | Doel") while none of the
    phases is, or rows running on under the canvas's last lane. Its cells stay notes of the canvas, a row each."""
    row, label_col = corner
    labels = [r for r in range(row + 1, block.bottom + 1) if _text_at(grid, (r, label_col), used)]
    lanes_end = max((r + grid.span((r, label_col))[0] - 1 for r in labels), default=row)  # a lane of two rows: both
    heads = [c for c in grid.row(row) if c > label_col and (row, c) not in used]
    filled = sorted({c for r in range(row, block.bottom + 1) for c in grid.row(r) if c > label_col})
    for last, first in itertools.pairwise(filled):
        if first - last < 2:
            continue
        columns = [first]
        while columns[-1] + 1 in heads:
            columns.append(columns[-1] + 1)
        body = []
        for r in itertools.count(row + 1):
            if not any((r, c) in grid.cells and (r, c) not in used for c in columns):
                break
            body.append(r)
        named = any(is_meta_label(grid.text((row, c))) for c in columns)
        apart = any(r > lanes_end for r in body)
        headed = first in heads and len(columns) >= 2 and body
        phases = [c for c in heads if c <= last]
        # most of its headers name a record's fields ("Persona | Rol", "Actie | Eigenaar") or an action table's
        # ("Deadline | Status | Prioriteit"), none of the phases do
        fields = sum(1 for c in columns if _heads_a_record(grid.text((row, c))))
        # or its first column is headed by what its rows list ("Risico | Kans | Impact", "Maatregel | Wie")
        listing = heads_records(grid.text((row, first)))
        fielded = (2 * fields > len(columns) or listing) and not any(
            _heads_a_record(grid.text((row, c))) for c in phases
        )
        return last if headed and len(phases) >= 2 and (named or apart or fielded) else None
    return None


def _heads_a_record(text: str) -> bool:
    """A header of a record's field (``names_a_field``) or of an action table's column ("Deadline", "Status")."""
    return names_a_field(text) or is_action_header(text)


def names_a_field(text: str) -> bool:
    """A header naming a field of a record canvasgen reads (a persona's "Rol", a touchpoint's "Eigenaar", the
    map's "Datum"), or a persona column ("Persona"): a table's column, never a phase's name."""
    return bool(
        is_meta_label(text)
        or is_persona_header(text)
        or match_field(text, PERSONA_INDEX)
        or match_field(text, TOUCHPOINT_INDEX)
    )


def _twin_beside(
    grid: Grid, block: Block, corner: Pos, header_cols: tuple[int, ...], used: set[Pos]
) -> tuple[int, int] | None:
    """The table's last column and the label column of a second canvas beside it, when past a blank column
    (blank from the header down) a column holds labels of its own under the corner's word again ("Fase" or
    "Phase" over both), or, under the same blank corner, lane labels (or lanes across) the table holds too:
    two canvases side by side, the current journey beside the wished one. A neighbour of another kind (a
    persona table, "Naam" over its names) is none; spacer columns between phases hold phases: they cut nothing."""
    row, label_col = corner
    below = range(row + 1, block.bottom + 1)
    filled = sorted({c for r, c in block.cells if r >= row and c > label_col and (r, c) not in used})
    own = label_key(grid.text(corner)) if _text_at(grid, corner, used) else ""
    labels = {label_key(grid.text((r, label_col))) for r in below if _text_at(grid, (r, label_col), used)}
    headers = {label_key(grid.text((row, c))) for c in header_cols} - {""}
    for last, first in itertools.pairwise(filled):
        if first - last < 2 or not any(c <= last for c in header_cols):
            continue
        after = [c for c in header_cols if c > first]
        lines = [r for r in below if _text_at(grid, (r, first), used) and grid.owner((r, first)) == (r, first)]
        if not after or not lines:
            continue
        head = label_key(grid.text((row, first))) if _text_at(grid, (row, first), used) else ""
        # the same corner word over both label columns ("Fase" and "Phase" are one): twins, not a neighbour
        twins = is_phase_header(grid.text((row, first))) and is_phase_header(own)
        named = bool(head) and (head == own or twins)
        again = [r for r in lines if label_key(grid.text((r, first))) in labels]
        across = [c for c in after if label_key(grid.text((row, c))) in headers]
        repeated = max(len(again), len(across)) >= 2 and (2 * len(again) >= len(lines) or 2 * len(across) >= len(after))
        if named or (head == own and repeated):
            return last, first
    return None


def _twin_apart(
    grid: Grid, block: Block, corner: Pos, header_cols: tuple[int, ...], used: set[Pos]
) -> tuple[int, int] | None:
    """A second canvas beside this one past more blank columns than join one block (copied to the right, three
    or more columns apart): the twin ``_twin_beside`` finds, looked for in the block's rows right of it too.
    The table then ends at its own last column — it reads up to the sheet's last column otherwise, and the
    second canvas's labels and phases became more phases of the first."""
    if not any(c > block.right for c in grid.row(corner[0])):  # nothing right of it on the header row: no twin
        return None
    beyond = {
        (r, c)
        for r in range(block.top, block.bottom + 1)
        for c in grid.row(r)
        if c > block.right and (r, c) not in used and not grid.cells[(r, c)].placeholder
    }
    if not any(r == corner[0] for r, _ in beyond):
        return None
    wide = Block(block.top, block.left, block.bottom, max(c for _, c in beyond), block.cells | frozenset(beyond))
    header = tuple(sorted({*header_cols, *(c for r, c in beyond if r == corner[0] and grid.cells[(r, c)].is_text)}))
    twin = _twin_beside(grid, wide, corner, header, used)
    return (block.right, twin[1]) if twin is not None and twin[0] >= block.right else None


def is_meta_label(text: str) -> bool:
    """A metadata label: "Klant:", "Version"."""
    return META_INDEX.get(label_key(text.rstrip(": "))) is not None


def _is_metadata(grid: Grid, words: list[Pos]) -> bool:
    """True for a row of metadata labels beside their values ("Client | ACME | Version | 2")."""
    labels = [p for p in words if is_meta_label(grid.text(p))]
    return len(labels) >= 2 and len(labels) >= len(words) / 2 - 1


def _frame_under(grid: Grid, block: Block, row: int, words: list[Pos], used: set[Pos]) -> Frame | None:
    """A frame whose header is this row (or the row under it, when this one names groups of it)."""
    upper = number_row = None
    below = _words(grid, _row_owners(grid, block, row + 1, used))
    numbered = {c for r, c in words if step_number(grid.cells[(r, c)]) is not None or is_stage_id(grid.text((r, c)))}
    if _counts_up(grid, words) and {c for _, c in below} >= numbered and _names_only(grid, below, min(numbered)):
        number_row, row, words = row, row + 1, below  # 1, 2, 3 over the names: the names are the header
        below = _words(grid, _row_owners(grid, block, row + 1, used))
    upper, row, words = _names_over(grid, row, words, below)
    first = min(c for _, c in words)
    label_col, corner = _label_column(grid, block, row, first, used)
    if corner and not is_phase_header(grid.text((row, first))):
        banners = _banner_rows(grid, block, row, words, used)
        if len(banners) >= 2:  # lane titles written across the phases, no label column
            header_cols = tuple(sorted(c for _, c in words))
            bottom = _bottom(grid, block, row, first - 1, header_cols, used)
            rows = tuple(r for r in banners if r <= bottom)
            return Frame(row, first - 1, upper, None, header_cols, rows, bottom, False, banners=True)
    named = corner and is_phase_header(grid.text((row, label_col)))
    header_cols = tuple(sorted(c for _, c in words if c > label_col))
    right = _remarks_column(grid, [r for r in (number_row, upper, row) if r is not None], label_col, header_cols)
    cuts = (
        right,
        _before_a_gap(grid, block, row, header_cols),
        _side_table(grid, block, (row, label_col), used),
        _before_action_columns(grid, row, header_cols),
    )
    right = min((c for c in cuts if c is not None), default=None)
    twin = _twin_beside(grid, block, (row, label_col), header_cols, used) or _twin_apart(
        grid, block, (row, label_col), header_cols, used
    )
    if twin is not None and (right is None or twin[0] < right):
        right = twin[0]
    if right is not None:  # "Notes" at the end of the header, or a legend apart: beside the canvas, not a phase
        header_cols = tuple(c for c in header_cols if c <= right)
    if len(header_cols) < (1 if named else 2):
        return None
    bottom = _above_table_under(
        grid, row, label_col, header_cols, used, _bottom(grid, block, row, label_col, header_cols, used)
    )
    label_rows = tuple(
        r
        for r in range(row + 1, bottom + 1)
        if _text_at(grid, (r, label_col), used) and grid.owner((r, label_col))[0] == r
    )
    # One lane is enough under a corner that says "Phase", or beside a known lane label.
    if len(label_rows) < 2 and not (label_rows and (named or lane_kind(grid.text((label_rows[0], label_col))))):
        return None
    if upper is None and row - 1 >= block.top:
        # over the phase names only: the corner ("Fase") and a label left of the row above are no names
        phases = [p for p in words if p[1] > label_col]
        written = [
            p for p in _words(grid, _row_owners(grid, block, row - 1, used)) if _span_cols(grid, p)[-1] > label_col
        ]
        # a remark among the names ("Versie 2 – concept") is no group; names repeated over neighbouring
        # phases ("Voor | Voor | Tijdens") are one group each, as if merged
        runs = name_runs(grid, without_notes(grid, written))
        above = [run[0] for run in runs]
        label = grid.text((row - 1, label_col))
        repeated = any(len(run) > 1 for run in runs) and not lane_kind(label)
        # under a word in the corner ("Fase"), only a row that looks like groups of them (group words,
        # names merged over several phases, or none of the known phases the row names)
        if (
            len(above) >= 2
            and len(above) < len(phases)
            and not _is_metadata(grid, above)
            and _groups_over(grid, above, phases)
            and (not corner or repeated or _group_like(grid, above, phases))
            and not lane_words([grid.text(p) for p in written])
        ):
            upper = row - 1
    types = _types_column(grid, row, label_col, header_cols, bottom, used)
    if types is not None:  # UXPressia's "Section | Type": each row's type is its lane, the sections over them
        header_cols = tuple(c for c in header_cols if c != types)
        label_col = types
        label_rows = tuple(r for r in range(row + 1, bottom + 1) if _text_at(grid, (r, label_col), used))
    kind_col = _kind_column(grid, row, label_col, header_cols, label_rows)
    # a tool's column of lane kinds beside the labels is neither their groups nor a second label
    beside, one_to_one = (
        _column_beside(grid, block, label_col, row, bottom, used) if kind_col is None else (None, False)
    )
    group_col = beside if not one_to_one else None
    pair_col = beside if one_to_one else None
    if beside is None and kind_col is None:
        pair_col = _questions_right(grid, (row, label_col), header_cols, label_rows, used)
    if types is not None:  # a section written on each of its rows too: a group, never a second label
        group_col, pair_col = types - 1, None
    if kind_col is not None:
        header_cols = tuple(c for c in header_cols if c != kind_col)
    return Frame(
        row,
        label_col,
        upper,
        group_col,
        header_cols,
        label_rows,
        bottom,
        corner,
        pair_col,
        number_row,
        right,
        twin=twin[1] if twin is not None and right == twin[0] else None,
        kind_col=kind_col,
        action_from=cuts[3] + 1 if cuts[3] is not None and right == cuts[3] else None,
    )


def _label_and_kind(grid: Grid, row: int, words: list[Pos], candidates: list[tuple[int, list[Pos]]]) -> bool:
    """Whether a row opening with a phase header ("Steps") has a tool's kind word of text or steps right beside
    it ("Text", "Steps"), under a row of names among the header's candidates: a tool's first lane, unheaded."""
    if len(words) < 2 or words[1][1] != words[0][1] + 1 or not any(r < row for r, _ in candidates):
        return False
    kind = grid.text(words[1])
    return label_key(kind) in TOOL_TEXT_KINDS or is_step_header(kind)


def _named_again(grid: Grid, row: int, words: list[Pos]) -> bool:
    """Whether the row above writes this row's names right of its first two cells again, each over its own
    ("Awareness" over "Awareness"): a tool's row of column names over its phase row, not names over a lane."""
    names = [p for p in words[2:]]
    return bool(names) and all(label_key(grid.text((row - 1, c))) == label_key(grid.text((row, c))) for _, c in names)


def _lane_kind_headers(grid: Grid, candidates: list[tuple[int, list[Pos]]]) -> list[int]:
    """The rows among the header's candidates whose second cell, right beside the first, heads the lanes'
    kinds ("Lane | Lane type | …"): a journey tool's header."""
    return [
        row
        for row, words in candidates
        if len(words) > 1 and words[1][1] == words[0][1] + 1 and is_kind_header(grid.text(words[1]))
    ]


def _types_column(
    grid: Grid, row: int, label_col: int, header_cols: tuple[int, ...], bottom: int, used: set[Pos]
) -> int | None:
    """The column right of the labels, headed as the lanes' type ("Type"), that names a lane of its own on every
    row of the table, each once, most of them lanes canvasgen knows ("Actions", "Thoughts", "Emotions",
    "Backstage"), beside a column of fewer names (each written on a section's first row, or on each of its rows:
    "Customer", "Business"): a journey tool's export of sections and their lanes (UXPressia), the types the
    lanes' labels and the sections their groups. A type column of how each lane is drawn ("Text", "Emotion",
    repeated: Smaply's) is ``_kind_column``'s."""
    col = label_col + 1
    if len(header_cols) < 3 or min(header_cols) != col:
        return None
    if not any(is_kind_header(grid.text((r, col))) for r in (row, row - 1)):
        return None
    body = [r for r in range(row + 1, bottom + 1) if any((r, c) in grid.cells for c in (label_col, col))]
    if any(_text_at(grid, (r, label_col - 1), used) for r in body):  # words left of the sections: another shape
        return None
    types = [grid.text((r, col)).strip() for r in body if _text_at(grid, (r, col), used)]
    sections = [label_key(grid.text((r, label_col))) for r in body if _text_at(grid, (r, label_col), used)]
    if len(types) != len(body) or len(types) < 3 or len({label_key(t) for t in types}) != len(types):
        return None
    if not sections or len(set(sections)) >= len(types):
        return None
    return col if 2 * sum(1 for t in types if lane_kind(t)) > len(types) else None


def _kind_column(
    grid: Grid, row: int, label_col: int, header_cols: tuple[int, ...], label_rows: tuple[int, ...]
) -> int | None:
    """The first column right of the labels, headed as the lanes' kind ("Lane type", "Type", "Soort") over one
    short word beside each label, some repeated (Smaply's "Text | Emotion | Channel | Text"): a journey tool's
    column saying how each lane is drawn, no phase. Headed so in the row above the phases too, its cell in the
    phase row the phase row's own kind (UXPressia's "Section | Type" over "Stages | stages")."""
    if len(header_cols) < 3 or min(header_cols) not in (label_col + 1, label_col + 2):
        return None
    head, over = grid.text((row, label_col + 1)).strip(), grid.text((row - 1, label_col + 1))
    values = [grid.cells.get((r, label_col + 1)) for r in label_rows]
    words = [v.text.strip() for v in values if v is not None and v.is_text]
    headed = is_kind_header(head) or (is_kind_header(over) and len(head.split()) == 1 and head.isalpha())
    # unheaded, as a tool may export it: only if every lane's word is a kind a tool writes
    unheaded = not head and (row, label_col) not in grid.cells and _all_tool_kinds(words, label_rows)
    if not headed and not unheaded:
        return None
    if len(words) != len(label_rows) or any(len(w.split()) > 2 or any(ch.isdigit() for ch in w) for w in words):
        return None
    # some repeated, or kinds a tool writes ("text", "graph", "touchpoints"): a column of phases holds neither
    kinds = any(label_key(w) in TOOL_TEXT_KINDS or tool_lane_kind(w) for w in words)
    return label_col + 1 if len({label_key(w) for w in words}) < len(words) or len(words) <= 2 or kinds else None


#: The fewest lanes whose words alone, unheaded, make a column of a tool's lane kinds.
_UNHEADED_KINDS = 3


def _all_tool_kinds(words: list[str], label_rows: tuple[int, ...]) -> bool:
    """Whether beside each of three lanes or more stands one word of a kind a journey tool writes ("Text",
    "Touchpoint", "Emotion", "Backstage", "Steps"; one word it names otherwise, "Process", among them), the
    first lane's of text or steps (its persona's steps, a tool's first lane)."""
    known = [w for w in words if label_key(w) in TOOL_TEXT_KINDS or tool_lane_kind(w) or is_step_header(w)]
    return (
        len(words) == len(label_rows) >= _UNHEADED_KINDS
        and all(len(w.split()) == 1 and w.isalpha() for w in words)
        and len(known) >= len(words) - 1
        and (label_key(words[0]) in TOOL_TEXT_KINDS or is_step_header(words[0]))
    )


def name_runs(grid: Grid, owners: list[Pos]) -> list[list[Pos]]:
    """The cells of a row, left to right, in runs of one name repeated on neighbouring cells ("Voor | Voor |
    Tijdens": two runs): a name written over each of its phases, as if merged over them."""
    runs: list[list[Pos]] = []
    for pos in owners:
        if runs and _same_name(grid.text(runs[-1][-1]), grid.text(pos)):
            runs[-1].append(pos)
        else:
            runs.append([pos])
    return runs


def _same_name(a: str, b: str) -> bool:
    return bool(a.strip()) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def without_notes(grid: Grid, owners: list[Pos]) -> list[Pos]:
    """The cells of a row of names but those that read as remarks ("Versie 2 – concept", a date, a sentence),
    when names remain beside them."""
    names = [p for p in owners if not note_in(grid, p)]
    return names if names else owners


def note_in(grid: Grid, pos: Pos) -> str:
    """Why the cell reads as a remark, not a name (a version, a date, a sentence), or ""."""
    value = grid.cells.get(pos)
    if value is None:
        return ""
    if isinstance(value.raw, (dt.date, dt.datetime)):
        return "a date"
    return reads_as_note(value.text) if value.is_text else ""


def lane_words(texts: list[str]) -> str:
    """Why a row of names over the phases reads as a lane's items, not as groups of the phases ("" when
    nothing says so): a name that comes back after another (groups are runs of neighbouring phases: the
    same group does not come back), or names that are all channels ("App | Mail | Balie") or all feelings
    ("Blij | Boos")."""
    names = [" ".join(t.split()) for t in texts if t.strip()]
    keys = [label_key(n) for n in names]
    runs = [k for i, k in enumerate(keys) if i == 0 or k != keys[i - 1]]
    back = next((names[keys.index(k)] for i, k in enumerate(runs) if k in runs[:i]), None)
    if back is not None:
        return f"'{excerpt(back)}' comes back after another name (a group is one run of phases)"
    shown = ", ".join(f"'{excerpt(n)}'" for n in dict.fromkeys(names))
    if len(names) >= 2 and all(channel_of(n) for n in names):
        return f"its names are channels ({shown})"
    if len(names) >= 2 and all(is_level_word(n) for n in names):
        return f"its names are feelings ({shown})"
    return ""


def _group_like(grid: Grid, upper: list[Pos], lower: list[Pos]) -> bool:
    """True when a row over the phase names looks like groups of them: all words for groups ("Voor",
    "During"), or a name merged over two phases at least, or known phase names under names none of which is."""
    texts = [grid.text(p) for p in upper]
    if all(is_group_word(t) for t in texts):
        return True
    lower_cols = {c for _, c in lower}
    if any(len(set(_span_cols(grid, p)) & lower_cols) >= 2 for p in upper):
        return True
    known = sum(1 for p in lower if is_known_phase(grid.text(p)))
    return known >= len(lower) / 2 and not any(is_known_phase(t) for t in texts)


def _names_over(grid: Grid, row: int, words: list[Pos], below: list[Pos]) -> tuple[int | None, int, list[Pos]]:
    """The row of names over the header (or None), the header's row and its words: this row's, or the row
    below's when this one names groups of it or phases over its steps."""
    # names repeated over neighbouring cells of the row below ("Voor | Voor | Tijdens") head runs of them,
    # as if merged: the row below is the header
    # "Fase" in the corner of a row of names over more names ("Fase | Fase 1 | Fase 2" over three) is no
    # name over them: the names over the row below are counted without it
    over = [p for p in words if below and _span_cols(grid, p)[-1] >= min(c for _, c in below)]
    runs = name_runs(grid, over)
    firsts = [run[0] for run in runs]
    merged = len(below) > len(over) and _groups_over(grid, words, below)
    if merged or (len(runs) < len(over) and len(below) >= len(over) and _groups_over(grid, firsts, below)):
        return row, row + 1, below
    if steps_under_merged(grid, words, below):
        # step names under some merged phase names only ("Behandeling" over "week 1-3 | week 4-9"), as the
        # warning on a merged phase name advises: phases over their steps, the other phases of one column each
        # (the header's columns stay the phase row's)
        return row, row + 1, words
    return None, row, words


def steps_under_merged(grid: Grid, upper: list[Pos], lower: list[Pos]) -> bool:
    """True when every cell of the lower row is a single column's name under a name of the upper row merged over
    several columns, two or more under each such name, and some name of the upper row is one column's with
    nothing under it: the steps of some phases, written in the row under them. Nothing else in the lower row
    (a lane label left of the phases, a cell under a one-column phase)."""
    if not lower or not upper:
        return False
    # the header's columns, up to its first blank column: a remark column set apart ("Notities") is no phase
    covered = {c for p in upper for c in _span_cols(grid, p)}
    end = min(c for c in covered)
    while end + 1 in covered:
        end += 1
    under: dict[Pos, int] = {}
    for pos in lower:
        if pos[1] > end:
            continue
        if grid.span(pos)[1] != 1:
            return False
        head = next((p for p in upper if grid.span(p)[1] > 1 and pos[1] in _span_cols(grid, p)), None)
        if head is None:
            return False
        under[head] = under.get(head, 0) + 1
    # under some phases, not all: a name of one column with no step under it (all merged over named columns
    # is the shape of groups over phases, or of phases over steps, which the rows' words decide)
    lone = [p for p in upper if grid.span(p)[1] == 1 and p[1] <= end and all(q[1] != p[1] for q in lower)]
    return bool(lone) and all(n >= 2 for n in under.values())


def _groups_over(grid: Grid, upper: list[Pos], lower: list[Pos]) -> bool:
    """True when the upper row's names each head a run of the lower row's cells, one run of two or more."""
    lower_cols = sorted(c for _, c in lower)
    # a name merged from further left (over the label column too) starts over the first lower cell
    upper = [p for p in upper if _span_cols(grid, p)[-1] >= lower_cols[0]]
    starts = {max(p[1], lower_cols[0]): p for p in upper}
    upper_cols = sorted(starts)
    if len(upper_cols) != len(upper) or not upper_cols:
        return False
    if upper_cols[0] != lower_cols[0] or upper_cols[-1] > lower_cols[-1]:
        return False
    # a name may start over a phase whose name is left blank (read as a phase of its own, warned), never
    # between the phases or inside a merged phase name
    lower_row = lower[0][0]
    blank = {
        c
        for c in range(lower_cols[0], lower_cols[-1] + 1)
        if grid.owner((lower_row, c)) == (lower_row, c) and not grid.text((lower_row, c)).strip()
    }
    if not set(upper_cols) <= set(lower_cols) | blank:
        return False
    if len(upper) == 1:
        # one name alone over the header row (over all of it, or all but its last phases) is the map's title:
        # one phase is no journey, and one group of its phases groups nothing (``--groups above`` makes it one)
        return False
    first_upper = starts[upper_cols[0]]
    first_lower = next(p for p in lower if p[1] == lower_cols[0])
    if lane_kind(grid.text(first_lower)) or (
        is_phase_header(grid.text(first_upper)) and not is_phase_header(grid.text(first_lower))
    ):
        return False  # the lower row is the first lane ("Phase" over "Customer process"), not steps
    bounds = [*upper_cols[1:], lower_cols[-1] + 1]
    runs = [sum(1 for c in lower_cols if start <= c < end) for start, end in zip(upper_cols, bounds)]
    return max(runs) >= 2


def _banner_rows(grid: Grid, block: Block, header_row: int, header: list[Pos], used: set[Pos]) -> list[int]:
    """Rows under the header holding one text cell merged across most of the phases: lane titles."""
    first, last = min(c for _, c in header), max(c for _, c in header)
    found = []
    for r in range(header_row + 1, block.bottom + 1):
        owners = [p for p in _row_owners(grid, block, r, used) if p[0] == r]
        wide = len(owners) == 1 and len(_span_cols(grid, owners[0])) >= 0.6 * (last - first + 1)
        if wide and grid.cells[owners[0]].is_text and owners[0][1] >= first and len(header) >= 2:
            found.append(r)
    return found


def _label_column(grid: Grid, block: Block, header_row: int, first: int, used: set[Pos]) -> tuple[int, bool]:
    """The column of labels: the nearest one left of the header with words under it, else the header's first;
    the header's first when it says "Phase" over words (the corner: a column left of it holds lane groups)."""
    if is_phase_header(grid.text((header_row, first))) and any(
        _text_at(grid, (r, first), used) for r in range(header_row + 1, block.bottom + 1)
    ):
        # a corner merged over two columns heads both: lane groups in the first, labels in the last; unless the
        # first holds the lane labels (known ones, one per row) and the last a phase's cells, its name hidden
        # under the merge ("Fase" merged over "Oriëntatie")
        last = _span_cols(grid, (header_row, first))[-1]
        return (first if last > first and _labels_first(grid, block, header_row, (first, last), used) else last), True
    for c in range(first - 1, block.left - 1, -1):
        rows = [r for r in range(header_row + 1, block.bottom + 1) if _text_at(grid, (r, c), used)]
        if rows:
            # a tool's lane kinds beside the labels, unheaded ("Steps | Text"): the labels are left of them
            kinds = [grid.text((r, c)).strip() for r in rows]
            labelled = c > block.left and all(_text_at(grid, (r, c - 1), used) for r in rows)
            if labelled and (_all_tool_kinds(kinds, tuple(rows)) or _phase_beside_labels(grid, rows, c - 1, c)):
                return c - 1, False
            return c, False
    return first, True


def _phase_beside_labels(grid: Grid, rows: list[int], label_col: int, col: int) -> bool:
    """True when, under a blank corner and a blank header, ``label_col`` holds the lane labels and ``col`` right
    of it a first phase's cells: one label a row on two rows or more, more of them known lane labels than in
    ``col``, and beside some of them words that neither ask their lane nor name it ("Klantproces" | "Doel"),
    however lane-like others are."""
    if len(rows) < 2 or any(grid.owner((r, label_col)) != (r, label_col) for r in rows):
        return False  # a name merged over several rows groups lanes: the labels are right of it
    labels = [grid.text((r, label_col)) for r in rows]
    beside = [grid.text((r, col)) for r in rows]
    if len(set(map(label_key, labels))) < len(labels):
        return False  # a name written again on each of its rows groups them too
    if sum(map(bool, map(lane_kind, labels))) <= sum(map(bool, map(lane_kind, beside))):
        return False
    return not any(is_question(b) or is_question(a) for a, b in zip(labels, beside, strict=True)) and any(
        not _names_the_same_lane(a, b) for a, b in zip(labels, beside, strict=True)
    )


def _labels_first(grid: Grid, block: Block, header_row: int, cols: tuple[int, int], used: set[Pos]) -> bool:
    """True when, under a corner merged over ``cols``, the first column holds the lane labels: a word of its
    own on every row the last column has one, more of them known lane labels than the last column's."""
    first, last = cols
    rows = [r for r in range(header_row + 1, block.bottom + 1) if _text_at(grid, (r, last), used)]
    if not rows or any(grid.owner((r, first)) != (r, first) or not _text_at(grid, (r, first), used) for r in rows):
        return False
    known = [sum(1 for r in rows if lane_kind(grid.text((r, c)))) for c in (first, last)]
    return known[0] > known[1]


def _column_beside(
    grid: Grid, block: Block, label_col: int, header_row: int, bottom: int, used: set[Pos]
) -> tuple[int | None, bool]:
    """A column of words left of the labels: names over groups of them (False), or a second label for
    each (True: "Doing" beside "What does the customer do?")."""
    for c in range(label_col - 1, block.left - 1, -1):
        rows = [r for r in range(header_row + 1, bottom + 1) if _text_at(grid, (r, c), used)]
        owners = {grid.owner((r, c)) for r in rows}
        if owners and c < label_col - 1 and _remarks_apart(grid, c, header_row, owners):
            return None, False  # a column of remarks set apart by a blank column: notes, no labels or groups
        if owners:
            labels = [r for r in range(header_row + 1, bottom + 1) if _text_at(grid, (r, label_col), used)]
            if len(owners) < len(labels):
                return c, False
            pairs = sum(1 for r in labels if grid.owner((r, c)) == (r, c) and _text_at(grid, (r, c), used))
            return (c, True) if pairs >= max(2, 0.8 * len(labels)) else (None, False)
    return None, False


def remarks_left(grid: Grid, frame: Frame) -> list[int]:
    """The columns left of the table's labels (and of a column beside them), set apart from them by a blank
    column, that hold words on the table's rows: remarks ("Interview 3: moeder van twee"), never a part of
    the labels, whose cells stay notes."""
    first = min(c for c in (frame.label_col, frame.group_col, frame.pair_col) if c is not None)
    rows = range(frame.header_row, frame.bottom + 1)
    filled = sorted({c for r, c in grid.cells if r in rows and c < first - 1})
    return [
        c
        for c in filled
        if not any(grid.owner((r, b)) in grid.cells for r in rows for b in range(c + 1, first))
        and _remarks_apart(grid, c, frame.header_row, {grid.owner((r, c)) for r in rows if (r, c) in grid.cells})
    ]


def _remarks_apart(grid: Grid, col: int, header_row: int, owners: set[Pos]) -> bool:
    """True for a column left of the labels, a blank column between, that is no part of the table: nothing
    in the header row, and no lane's label, question or name merged over several lanes in it."""
    if grid.owner((header_row, col)) in grid.cells:
        return False
    return not any(lane_kind(grid.text(p)) or is_question(grid.text(p)) or grid.span(p)[0] > 1 for p in owners)


def _questions_right(
    grid: Grid, corner: Pos, header_cols: tuple[int, ...], label_rows: tuple[int, ...], used: set[Pos]
) -> int | None:
    """A column right of the labels, under a blank header cell before the first phase, holding a line
    beside each label and nothing else: each label's question ("Azioni" | "Cosa fa il cliente?"), or its
    label beside a question ("Wat doet de klant?" | "Klantproces"). A column of other words there is a
    phase whose name was left blank ("Hoort ervan" under an empty B1): its own phase, said, as at the other end."""
    row, label_col = corner
    c = label_col + 1
    if c >= min(header_cols) or grid.owner((row, c)) in grid.cells:
        return None
    filled = [r for r in range(row + 1, max(label_rows) + 1) if _text_at(grid, (r, c), used)]
    pairs = [r for r in filled if r in label_rows and grid.owner((r, c)) == (r, c)]
    asking = [r for r in pairs if is_question(grid.text((r, c))) or is_question(grid.text((r, label_col)))]
    labels = [r for r in pairs if lane_kind(grid.text((r, c)))]
    if 2 * max(len(asking), len(labels)) < len(pairs):
        return None
    # beside a label canvasgen knows, a second label asks its lane or names the same lane ("Pain points" |
    # "Frustrations"); other words there ("Customer actions" | "Goals") are a first phase's cells, its name
    # left blank, however lane-like some of them are
    if any(r not in asking and not _names_the_same_lane(grid.text((r, label_col)), grid.text((r, c))) for r in pairs):
        return None
    return c if len(pairs) == len(filled) >= max(2, 0.8 * len(label_rows)) else None


def _names_the_same_lane(label: str, beside: str) -> bool:
    """Whether the words beside a lane's label name its lane too: the same kind as a known label, or a kind
    for a label canvasgen does not know ("Wat Noor doet" | "Klantproces")."""
    kind = lane_kind(beside)
    return kind is not None and lane_kind(label) in (None, kind)


def _above_table_under(
    grid: Grid, header_row: int, label_col: int, header_cols: tuple[int, ...], used: set[Pos], bottom: int
) -> int:
    """``bottom``, or the last lane row above a table of its own that follows the lanes past one blank row
    ("Actie | Eigenaar | Deadline" and its rows): three rows or more that fill the same columns from the label
    column on (or from the first phase's, under a header row of words), fewer than the lanes above reach (or as
    many, under a record table's header), none of them under its first row labelled as a lane canvasgen knows.
    Such a table is kept as notes, as it is two blank rows down, never read as lanes."""
    span = range(label_col, max(header_cols) + 1)

    def filled(r: int) -> tuple[int, ...]:
        return tuple(c for c in span if (r, c) in grid.cells and (r, c) not in used)

    for blank in range(header_row + 2, bottom):
        if filled(blank) or not filled(blank - 1):
            continue
        first = next((r for r in range(blank + 1, bottom + 1) if filled(r)), bottom + 1)  # past more blank rows
        run = list(itertools.takewhile(lambda r: bool(filled(r)), range(first, bottom + 1)))
        titled = len(run) > 3 and _titles_the_rows(grid, filled(run[0]), filled(run[1]), run[0])
        if titled:
            run = run[1:]  # "Actiepunten" alone right above "Actie | Eigenaar | Wanneer": the table's title
        columns = {filled(r) for r in run}
        if len(run) < 3 or len(columns) != 1:
            continue
        (cols,) = columns
        reach = max(c for r in range(header_row + 1, blank) for c in filled(r) or (label_col,))
        # from the label column on, or under the phases only with a header row of words (the label column blank)
        start = label_col if cols[0] == label_col else cols[0] if titled else label_col + 1
        worded = start == label_col or all(
            grid.cells[(run[0], c)].number is None and len(grid.text((run[0], c)).split()) <= 4 for c in cols
        )
        # as wide as the lanes above only under a header of a record table's columns ("Risk | Likelihood | Impact")
        heads = [grid.text((run[0], c)) for c in cols]
        listing = start != label_col and (heads_records(heads[0]) or any(is_action_header(h) for h in heads))
        if (
            cols == tuple(range(start, start + len(cols)))
            and worded
            and len(cols) >= 2
            and (cols[-1] < reach or listing)
            and not any(lane_kind(grid.text((r, label_col))) for r in run[1:])
        ):
            return blank - 1
    return bottom


def _titles_the_rows(grid: Grid, title: tuple[int, ...], header: tuple[int, ...], row: int) -> bool:
    """Whether a row filled in one cell alone, a few words at the first column of the row under it ("Actiepunten",
    "Risico's" over "Risico | Kans | Impact"), titles the table under it: no lane of the canvas above, even where
    its word names a lane's kind."""
    if len(title) != 1 or len(header) < 2 or title[0] != header[0]:
        return False
    cell = grid.cells[(row, title[0])]
    return cell.is_text and cell.number is None and 0 < len(cell.text.split()) <= 4 and "\n" not in cell.text.strip()


def _bottom(
    grid: Grid, block: Block, header_row: int, label_col: int, header_cols: tuple[int, ...], used: set[Pos]
) -> int:
    """The last row of the table: it ends at two blank rows, or where the block ends, unless a lane
    canvasgen knows by name follows after a few more blank rows (then the table goes on). A line in the
    label column alone, with nothing beside it, below a blank row ("Opmerking: …") is a note under the
    table, not a lane: the table ends above it."""
    cols = range(label_col, max(header_cols) + 1)
    last = header_row
    for r in range(header_row + 1, block.bottom + 1):
        filled = [c for c in cols if (r, c) in block and (r, c) not in used]
        if filled:
            if r - last > _REACH or (r - last > 1 and _note_under(grid, (r, label_col), filled)):
                break
            # a notes heading alone on its row ("Notities"), right under the lanes too: the notes under it begin
            if _note_under(grid, (r, label_col), filled) and label_key(grid.text((r, label_col))) in NOTE_HEADER_KEYS:
                break
            # past a blank row, a phase row over lanes canvasgen knows: a second canvas under it
            if (
                r - last > 1
                and _unlabelled_row(grid, r, label_col, header_cols, used)
                and lane_kind(grid.text((r + 1, label_col)))
            ):
                break
            last = r
    while True:
        following = [
            r for r in grid.column(label_col) if last < r <= last + _LANE_GAP + 1 and (r, label_col) not in used
        ]
        if not following or not lane_kind(grid.text((following[0], label_col))):
            return last
        nxt = following[0]
        if any(c > max(header_cols) + _COLUMN_REACH for c in grid.row(nxt)):
            return last  # a wider table below is another table
        if any(_unlabelled_row(grid, r, label_col, header_cols, used) for r in range(last + 2, nxt)):
            return last  # past the blank rows a row across without a label: the phase row of a canvas under it
        last = max(r for r in range(nxt, grid.max_row + 1) if r == nxt or _row_filled(grid, r, cols, used, nxt))


def _unlabelled_row(grid: Grid, row: int, label_col: int, header_cols: tuple[int, ...], used: set[Pos]) -> bool:
    """True for a row of two cells or more under the header's columns with its label cell blank: a header row
    (a second canvas's phases, "Melden | Wachten" over its own lanes), not a lane of this table."""
    if (row, label_col) in grid.cells:
        return False
    return sum(1 for c in header_cols if (row, c) in grid.cells and (row, c) not in used) >= 2


def _note_under(grid: Grid, pos: Pos, filled: list[int]) -> bool:
    """True for a label-column cell alone on its row (nothing beside it, not merged across) that names no
    lane canvasgen knows: a remark written under the table."""
    return (
        filled == [pos[1]]
        and grid.span(pos)[1] == 1
        and grid.cells.get(pos) is not None
        and grid.cells[pos].is_text
        and not lane_kind(grid.text(pos))
    )


def _row_filled(grid: Grid, row: int, cols: range, used: set[Pos], start: int) -> bool:
    """True when every row from ``start`` to ``row`` holds something in these columns (a run of lane rows)."""
    return all(any((r, c) in grid.cells and (r, c) not in used for c in cols) for r in range(start, row + 1))


def _table_columns(grid: Grid, block: Block, used: set[Pos]) -> set[int]:
    """Columns where a value starts (a fresh template's body is empty: its header alone spans it).

    Merged ranges count at their first column only: a line merged across a blueprint is no column; a
    column of nothing but arrows or placeholders (">>" between the phases) is decoration, no column.
    """
    cells = grid.cells
    return {c for r, c in block.cells if (r, c) in cells and (r, c) not in used and not cells[(r, c)].placeholder}


def _span_cols(grid: Grid, pos: Pos) -> range:
    return range(pos[1], pos[1] + grid.span(pos)[1])


def _text_at(grid: Grid, pos: Pos, used: set[Pos]) -> bool:
    owner = grid.owner(pos)
    value = grid.cells.get(owner)
    return value is not None and owner not in used and value.is_text
