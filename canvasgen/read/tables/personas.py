"""Personas written in any sheet: key/value blocks, one persona per column, or one per row.

A column of at least three persona field labels ("Name", "Age", "Goals", ...; one of them
naming the person) is a key column: the column right of it holds one persona, or each column
right of it holds one when several do. Several such blocks may stand side by side. A header
row of such labels over rows of values (one persona per row) is read by ``records``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from openpyxl.utils import get_column_letter

from canvasgen.model import Item, Persona
from canvasgen.read.grid import Grid, Pos, one_item
from canvasgen.read.tables.records import read_personas
from canvasgen.text import excerpt, label_key
from canvasgen.vocabulary import (
    META_INDEX,
    PERSONA_IDENTITY,
    PERSONA_INDEX,
    first_word_block,
    is_phase_header,
    lane_kind,
    match_field,
)
from canvasgen.vocabulary.structure import VALUE_HEADER_KEYS

_MIN_FIELDS = 3
#: A persona's key column has a few dozen field labels at most; a longer column is a table's body.
_MAX_FIELD_ROWS = 60
#: A name over a persona's column is a few words ("Ahmed", "Ineke de Vries (67)"), not a sentence.
_NAME_WORDS = 6
#: Personas one a column stand a blank column or two apart; further apart they are tables of their own.
_BLANK_COLUMNS = 3


def find_personas(
    grid: Grid, said: list[str] | None = None, heads: list[Item] | None = None, named: bool = False
) -> tuple[list[Persona], dict[str, Item], set[Pos]]:
    """Personas in the sheet, the field labels as written, and the cells they took; how blocks side by side
    and a table under them were joined to a persona is added to ``said`` (for ``check --explain``), the header
    rows of the blocks ("Veld | Details": structure, not notes) to ``heads``. On a sheet ``named`` for its
    personas ("Persona", "Personas"), a key/value block is a persona whatever the number of its fields
    ("Naam | Sanne", "Beroep | Verpleegkundige"); elsewhere it takes three, one naming the person."""
    said = [] if said is None else said
    heads = [] if heads is None else heads
    personas: list[Persona] = []
    labels: dict[str, Item] = {}
    used: set[Pos] = set()
    pains: list[_PainTable] = []
    for col in sorted({c for _, c in grid.cells}):
        keys = _key_rows(grid, col, used, 1 if named else _MIN_FIELDS) or _small_block(grid, col, used)
        if keys is None:
            continue
        value_cols = _value_columns(grid, col, keys, used)
        names_row = _names_above(grid, col, keys, value_cols, used)
        if names_row is not None:  # "Field | Ahmed | Ineke" over the fields: the names head the columns
            keys = {names_row: "name", **keys}
        filled: set[int] = set()
        for value_col in value_cols:
            persona = _persona(grid, keys, col, value_col, used, labels, filled, names_row)
            if persona is not None:
                personas.append(persona)
        used.update((r, col) for r in filled)  # a label no persona filled in stays a note
        if len(value_cols) == 1 and personas and names_row is None:
            _header_row(grid, (col, value_cols[0]), min(keys) - 1, (personas[-1], used, heads, said))
            _blocks_beside(grid, (col, value_cols[0]), keys, personas[-1], used, labels, (heads, said))
            pains += _pains_below(grid, col, max(keys), personas[-1], used, labels, said)
        if len(value_cols) == 1 and personas:
            _name_from_title(grid, (col, min(keys)), personas[-1], used, (heads, said))
    for pain_table in pains:  # a column naming whose each row is ("Who": "Bram"), once every block is read
        _split_by_who(grid, pain_table, personas, said)
    if not personas:
        return _table(grid) or ([], {}, set())
    table = _table(grid.without(used))  # a table of personas, one per row, beside or under the blocks
    if table is not None:
        rows, headers, taken = table
        head = min(taken)
        said.append(
            f"sheet '{grid.title}': the table at {grid.ref(head)} (headed "
            f"'{' | '.join(grid.quoted((head[0], c)) for c in sorted(c for r, c in taken if r == head[0]))}', "
            f"{len(rows)} row{'s' if len(rows) != 1 else ''}) read as personas of their own, one per row, beside "
            f"the key/value block{'s' if len(personas) != 1 else ''} of {', '.join(_name(p) for p in personas)} — "
            "to make a row part of a block's persona, write its fields in that block"
        )
        personas.extend(rows)
        for key, label in headers.items():
            own = _label(labels, key, label)
            for persona in rows:  # a column headed otherwise than a block's label: its field under its own key
                if own != key and key in persona.fields:
                    persona.fields[own] = persona.fields.pop(key)
        used |= taken
    return personas, labels, used


def _table(grid: Grid) -> tuple[list[Persona], dict[str, Item], set[Pos]] | None:
    """A header row of persona fields over one persona per row, if the sheet holds one (not a journey)."""
    rows, headers, taken = read_personas(grid)
    fields = {k for p in rows for k in p.fields} | {"name" for p in rows if p.name is not None}
    journey_table = any(is_phase_header(h.text) for h in headers.values())  # "Persona | Stage | ...": a journey
    known = len(fields & set(PERSONA_INDEX.values())) >= _MIN_FIELDS and fields & set(PERSONA_IDENTITY)
    if rows and known and not journey_table:
        return rows, headers, taken
    return None


def _blocks_beside(
    grid: Grid,
    block: tuple[int, int],
    keys: dict[int, str],
    persona: Persona,
    used: set[Pos],
    labels: dict[str, Item],
    into: tuple[list[Item], list[str]],
) -> None:
    """Key/value blocks right of a persona's block, past a blank column, under a header pair on the same row as
    its own ("Field | Details", then "Category | Details"): more fields of the same persona, their headers
    headings (``into``: the headings and what is said)."""
    heads, said = into
    key_col, value_col = block
    last = max(keys)
    # the header pair: over the labels, or the first of them when it says "Field | Details"; a heading over
    # the labels alone ("Demographics", merged over the block or in its first cell) heads it too
    header = next(
        (
            r
            for r in (min(keys) - 1, *sorted(keys)[:3])
            if (_heads_block(grid, r, key_col) if r < min(keys) else _pair(grid, r, block))
            and _next_block(grid, (r, last), value_col)
        ),
        None,
    )
    if header is None:
        return
    col = _next_block(grid, (header, last), value_col)
    joined: list[str] = []
    try:
        # the header row one of the block's own fields ("Name | Lina Osei"): the blocks beside have no header row
        fields_row = header in keys and match_field(grid.text((header, key_col)), PERSONA_INDEX) is not None
        _join_blocks(grid, (header, last, col), persona, used, labels, (joined, heads), fields_row)
    finally:
        if joined:
            said.append(
                f"sheet '{grid.title}': {_count_blocks(len(joined))} right of the block of {_name(persona)} "
                f"(headed {', '.join(joined)}, past blank columns) read as more fields of {_name(persona)}, not "
                "as personas of their own, their headers headings, not notes — to read a block as a persona of "
                "its own, give it a 'Name' row"
            )


def _header_row(
    grid: Grid, block: tuple[int, int], row: int, into: tuple[Persona, set[Pos], list[Item], list[str]]
) -> None:
    """The row right over a block's labels holding a short word over each of its two columns ("Veld | Details",
    "Field | Value"): the block's header row, structure; kept in ``heads`` and said, not left a note."""
    persona, used, heads, said = into
    cells = [(row, c) for c in block]
    if row >= 1 and _heading_over(grid, row, block, used):
        heads.append(grid.whole(cells[0]))
        used.add(cells[0])
        said.append(
            f"sheet '{grid.title}': '{grid.whole(cells[0]).text}' in {grid.ref(cells[0])} heads the block of "
            f"{_name(persona)}: a heading, not a note — to keep it as a note, leave a blank row under it"
        )
        return
    if row < 1 or any(p in used or grid.owner(p) != p or not grid.text(p) for p in cells):
        return
    if any(not grid.cells[p].is_text or len(grid.text(p).split()) > 3 for p in cells):
        return
    heads.extend(grid.whole(p) for p in cells)
    used.update(cells)
    said.append(
        f"sheet '{grid.title}': '{grid.quoted(cells[0])} | {grid.quoted(cells[1])}' in {grid.ref(cells[0])}:"
        f"{grid.ref(cells[1])} heads the block of {_name(persona)}: its header row, not a note — to keep it as "
        "a note, leave a blank row under it"
    )


#: A block's heading is a few words ("Goals & needs", "Demografische gegevens"), not a remark.
_HEADING_WORDS = 4


def _heading_over(grid: Grid, row: int, block: tuple[int, int], used: set[Pos]) -> bool:
    """A heading over a key/value block: a few words in its label column ("Demographics"), merged over the
    block's two columns or with the value column left blank; never a title naming the persona ("Persona: Maya",
    which names a block of no name), nor a field of the map's header ("Klantreis: …")."""
    key, value = (row, block[0]), (row, block[1])
    if key in used or grid.owner(key) != key or not grid.cells.get(key) or not grid.cells[key].is_text:
        return False
    if value in grid.cells and grid.owner(value) != key:
        return False
    text = " ".join(grid.text(key).split())
    label, colon, named = text.partition(":")
    if colon and named.strip() and label_key(label) in META_INDEX:  # "Klantreis: verhuizing doorgeven": the map's
        return False  # own field (its name, its title), read as the map's header says, never a block's heading
    return len(text.split()) <= _HEADING_WORDS and _PERSONA_TITLE.match(text) is None


def _next_block(grid: Grid, rows: tuple[int, int], value_col: int) -> int | None:
    """The key column of the next block right of a value column: the first column past one or more columns
    left blank from the header row down to the block's last label, with a header pair in the header row."""
    header, last = rows
    col = value_col + 1
    while col <= grid.max_col and not any((r, col) in grid.cells for r in range(header, last + 1)):
        col += 1
    if col == value_col + 1 or col > grid.max_col:
        return None
    if not _heads_block(grid, header, col) or grid.owner((header, col)) != (header, col):
        return None
    return col


def _heads_block(grid: Grid, row: int, col: int) -> bool:
    """Whether ``row`` heads a key/value block from column ``col``: a header pair ("Category | Details"), a
    heading merged over both columns ("Goals & needs"), or a heading over the labels alone with a label and
    its value right under it."""
    if not grid.text((row, col)):
        return False
    if grid.text((row, col + 1)):
        return True
    return (row + 1, col) in grid.cells and (row + 1, col + 1) in grid.cells and (row, col + 1) not in grid.cells


def _join_blocks(
    grid: Grid,
    at: tuple[int, int, int | None],
    persona: Persona,
    used: set[Pos],
    labels: dict[str, Item],
    into: tuple[list[str], list[Item]],
    fields_row: bool = False,
) -> None:
    """The blocks right of a persona's, from column ``col`` on under the header row, joined to it (from the
    header row on when ``fields_row``: a row of the persona's block's fields, no header row); the
    header of each block joined added to ``joined`` ("'Category | Details' in F3") and, as written, to the
    headings: it heads the fields, says nothing of the persona."""
    header, last, col = at
    joined, heads = into
    # a header pair ("Category | Details") or a heading merged over the block's two columns ("Goals & needs")
    while col is not None and (header, col) in grid.cells and _heads_block(grid, header, col):
        # a block with no header row of its own: its first row is a field ("Channels | Instagram"), never a header
        headless = _field_row(grid, header, col) or (fields_row and _own_pair(grid, header, col))
        rows = [
            r
            for r in range(header + (0 if headless else 1), last + 3)
            if (r, col) in grid.cells and (r, col) not in used
        ]
        if not rows or not all(grid.cells[(r, col)].is_text for r in rows):
            return
        if any(match_field(grid.text((r, col)), PERSONA_INDEX) == "name" for r in (header, *rows)):
            return  # a block that names someone (its header row "Name | Joost" too) is another persona
        title = _title_over(grid, header, col, used)
        if title is not None and title[1] >= col:
            return  # a block under a title of its own ("Persona: Tom Bakker") is the persona the title names
        for row in rows:
            items = grid.items((row, col + 1))
            if not items:
                continue
            label = grid.whole((row, col))
            field = match_field(label.text, PERSONA_INDEX) or label_key(label.text).replace(" ", "_")
            key = field if field not in persona.fields else label_key(label.text).replace(" ", "_")
            key = next(k for k in (key, *(f"{key}_{n}" for n in range(2, 999))) if k not in persona.fields)
            persona.fields[key] = one_item(items)
            _label(labels, key, label)
            used.update({(row, col), (row, col + 1)})
        if headless:
            joined.append(
                f"none: its first row '{excerpt(grid.text((header, col)))}' in {grid.ref((header, col))} is a field"
            )
            col = _next_block(grid, (header, max([last, *rows])), col + 1)
            continue
        joined.append(f"'{excerpt(_block_head(grid, header, col))}' in {grid.ref((header, col))}")
        # the block's own header ("Category | Details", "Goals & needs") heads its fields: a heading
        header_cells = [p for p in ((header, col), (header, col + 1)) if p in grid.cells and grid.owner(p) == p]
        heads.extend(grid.whole(p) for p in header_cells if p not in used)
        used.update(header_cells)
        col = _next_block(grid, (header, max([last, *rows])), col + 1)


def _own_pair(grid: Grid, row: int, col: int) -> bool:
    """Whether a label and a value stand in their own cells at ``row`` from ``col`` (no heading merged over)."""
    key, value = (row, col), (row, col + 1)
    return grid.owner(key) == key and value in grid.cells and grid.owner(value) == value


def _field_row(grid: Grid, row: int, col: int) -> bool:
    """Whether a block's first row is one of its fields, not its header: a persona field's label ("Channels",
    "Kanalen") as its key, a value of its own beside it (a header pair's words name no field)."""
    key, value = (row, col), (row, col + 1)
    if grid.owner(key) != key or value not in grid.cells or grid.owner(value) != value:
        return False
    return match_field(grid.text(key), PERSONA_INDEX) not in (None, "name")


def _small_block(grid: Grid, col: int, used: set[Pos]) -> dict[int, str] | None:
    """The labels of a block of fewer than three fields ("Name | Maya", "Age | 31") when the blocks beside it,
    past blank columns under the same header row ("Field | Details", "Category | Details"), bring the fields
    a persona takes: its first block, not a table's header column."""
    keys = _key_rows(grid, col, used, 1)
    if keys is None:
        return None
    header, last = min(keys) - 1, max(keys)
    fields = set(keys.values())
    block = col if header >= 1 and _heads_block(grid, header, col) else None
    while block is not None and len(fields) < _MIN_FIELDS:
        block = _next_block(grid, (header, last), block + 1)
        rows = range(header + 1, last + 3)
        fields |= {f for r in rows if block and (f := match_field(grid.text((r, block)), PERSONA_INDEX))}
    return keys if len(fields) >= _MIN_FIELDS else None


def _pair(grid: Grid, row: int, block: tuple[int, int]) -> bool:
    return bool(grid.text((row, block[0])) and grid.text((row, block[1])))


def _block_head(grid: Grid, row: int, col: int) -> str:
    """A block's header as written: its pair ("Category | Details"), or its one heading ("Goals & needs")."""
    pair = (row, col + 1) in grid.cells and grid.owner((row, col + 1)) == (row, col + 1)
    return f"{grid.text((row, col))} | {grid.text((row, col + 1))}" if pair else grid.text((row, col))


def _count_blocks(count: int) -> str:
    return "a key/value block" if count == 1 else f"{count} key/value blocks"


def _name(persona: Persona) -> str:
    return f"'{excerpt(persona.name.text)}'" if persona.name is not None else "the persona"


@dataclass
class _PainTable:
    """A table of pain points read as a persona's frustrations (``key``), its header row, rows and columns,
    and where what is said of it stands in ``said``: split by a column naming the persona of each row, once
    every block of the sheet is read."""

    persona: Persona
    key: str
    header: int
    rows: list[int]
    cols: list[int]
    said_at: int


def _pains_below(
    grid: Grid, key_col: int, last: int, persona: Persona, used: set[Pos], labels: dict[str, Item], said: list[str]
) -> list[_PainTable]:
    """A small table of pain points right under a persona's block ("Pain point | Impact | Frequency"): the
    persona's frustrations, a line per row with its cells joined by " · ", the header as the field's label."""
    header = next((r for r in range(last + 1, last + 4) if (r, key_col) in grid.cells), None)
    if header is None or (header, key_col) in used:
        return []
    title: Item | None = None
    if grid.span((header, key_col))[1] > 1 and len(grid.row(header + 1)) > 1:  # a heading merged over the table
        title, header = grid.whole((header, key_col)), header + 1
    if (header, key_col) in used or "pain_points" not in {lane_kind(grid.text((header, key_col))), _kind(title)}:
        return []
    cols = [c for c in grid.row(header) if c >= key_col and (header, c) not in used]
    rows: list[int] = []
    for r in range(header + 1, grid.max_row + 1):
        if (r, key_col) not in grid.cells or (r, key_col) in used:
            break
        rows.append(r)
    if not rows:
        return []
    lines = [" · ".join(" ".join(grid.text((r, c)).split()) for c in cols if grid.text((r, c)).strip()) for r in rows]
    key = next(k for k in ("frustrations", *(f"frustrations_{n}" for n in range(2, 99))) if k not in persona.fields)
    persona.fields[key] = Item("\n".join(lines), grid.source((rows[0], key_col)))
    heads = [" ".join(grid.text((header, c)).split()) for c in cols]
    head = " · ".join(heads) if title is None else f"{title.text}: {' · '.join(heads)}"
    _label(labels, key, Item(head, grid.source((header, key_col))))
    used.update((r, c) for r in [header, *rows] for c in cols)
    if title is not None:
        used.add((header - 1, key_col))
    said.append(
        f"sheet '{grid.title}': the table under the fields of {_name(persona)} ({grid.ref((header, key_col))}, "
        f"headed '{excerpt(head)}', {len(rows)} row{'s' if len(rows) != 1 else ''}) read as the frustrations "
        f"of {_name(persona)}, a line per row — to keep it apart as notes, leave three blank rows above it"
    )
    return [_PainTable(persona, key, header, rows, cols, len(said) - 1)]


def _split_by_who(grid: Grid, table: _PainTable, personas: list[Persona], said: list[str]) -> None:
    """A pain table under a block whose column names, in every row, one of the sheet's personas ("Who": "Bram",
    "Amira"), one of them another than the block's: each row is the frustration of the persona it names, the
    column's names left out of the lines (they are the personas'), said in place of the table's line."""
    named = {label_key(p.name.text): p for p in personas if p.name is not None and label_key(p.name.text)}
    first: dict[str, list[Persona]] = {}  # a first name alone ("Bram" for "Bram de Wit") when no two personas share it
    for key, persona in named.items():
        first.setdefault(key.split()[0], []).append(persona)

    def whose(row: int, col: int) -> Persona | None:
        key = label_key(grid.text((row, col)))
        alone = first.get(key, [])
        return named.get(key) or (alone[0] if len(alone) == 1 else None)

    who_col = next(
        (
            c
            for c in table.cols[1:]
            if all(whose(r, c) is not None for r in table.rows)
            and any(whose(r, c) is not table.persona for r in table.rows)
        ),
        None,
    )
    if who_col is None:
        return
    cols = [c for c in table.cols if c != who_col]
    lines: dict[int, list[str]] = {}
    first_row: dict[int, int] = {}
    for r in table.rows:
        named_here = whose(r, who_col)
        assert named_here is not None
        at = personas.index(named_here)
        lines.setdefault(at, []).append(
            " · ".join(" ".join(grid.text((r, c)).split()) for c in cols if grid.text((r, c)).strip())
        )
        first_row.setdefault(at, r)
    table.persona.fields.pop(table.key)  # the table's words, now split among the personas it names
    for at, own in lines.items():
        persona = personas[at]
        key = next(k for k in ("frustrations", *(f"frustrations_{n}" for n in range(2, 99))) if k not in persona.fields)
        persona.fields[key] = Item("\n".join(own), grid.source((first_row[at], table.cols[0])))
    letter = get_column_letter(who_col)
    said[table.said_at] = (
        f"sheet '{grid.title}': the table under the fields of {_name(table.persona)} "
        f"({grid.ref((table.header, table.cols[0]))}, {len(table.rows)} rows) read as frustrations, each row "
        f"of the persona its column {letter} ('{grid.quoted((table.header, who_col))}') names: "
        + ", ".join(f"{_name(personas[at])} {len(own)}" for at, own in lines.items())
        + " — to keep it apart as notes, leave three blank rows above it"
    )


#: A title naming the persona of the blocks under it: "Persona: Maya Jansen", "Persona profile – Maya, nurse",
#: "Personaprofiel: Sanne (29)", "Persona-Steckbrief: Jana Becker"; numbered ("Persona 1: Maya", "Persona #2 – Tom").
_PERSONA_TITLE = re.compile(
    r"^\s*persona(?:[\s-]*(?:profile|profiel|profil|steckbrief|card|kaart|karte))?(?:\s*#?\d{1,2})?\s*[:–—-]\s*"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)


def _name_from_title(
    grid: Grid, at: tuple[int, int], persona: Persona, used: set[Pos], into: tuple[list[Item], list[str]]
) -> None:
    """A title naming the persona of the block under it ("Persona: Maya Jansen", alone on its row above the
    block): a persona of no name is named after it, the name one to three capitalised words. A title that
    says no more than the persona's name is a heading (``into``: the headings and what is said); one with a
    remark after a comma, a dash or in brackets stays a note as written, so the remark is kept."""
    heads, said = into
    key_col, top = at
    # the first filled row above the block, past its header row ("Field | Details", taken already)
    pos = _title_over(grid, top, key_col, used)
    found = _PERSONA_TITLE.match(" ".join(grid.text(pos).split())) if pos is not None else None
    if pos is None or found is None or pos in used:
        return
    name = re.split(r"\s*(?:,|:|\(|\s[–—-]\s)", found.group("rest"))[0].strip()
    if not 1 <= len(name.split()) <= 3 or not all(w[:1].isupper() for w in name.split()):
        return
    if persona.name is not None and label_key(persona.name.text) != label_key(name):
        return  # a title naming another than the block's own 'Name': a note, as written
    named = persona.name is None
    if named:
        persona.name = Item(name, grid.source(pos))
    alone = label_key(found.group("rest")) == label_key(name)
    if alone:
        heads.append(grid.whole(pos))
        used.add(pos)
    said.append(
        f"sheet '{grid.title}': the title in {grid.ref(pos)} ('{excerpt(grid.whole(pos).text)}') "
        + (
            f"names the persona of the block at {grid.ref((top, key_col))}: '{name}'"
            if named
            else f"names {_name(persona)}"
        )
        + (
            ": a heading, not a note — to keep it as a note, write more than the name after it"
            if alone
            else ", kept as a note too (it says more than the name)"
        )
        + (" — to name it otherwise, give the block a 'Name' row" if named else "")
    )


def _title_over(grid: Grid, top: int, key_col: int, used: frozenset[Pos] | set[Pos] = frozenset()) -> Pos | None:
    """The title over the block whose labels start at ``top`` in ``key_col``: the first filled row above it holding
    persona titles only ("Persona: Maya Jansen", or one over each block side by side: "Persona: Tom Bakker" too),
    the last of them at or left of the block's labels, past its header row (taken: in ``used``); None for a row
    of anything else."""
    row = next((r for r in range(top - 1, 0, -1) if grid.row(r) and (r, key_col) not in used), None)
    if row is None:
        return None
    cols = grid.row(row)
    if not all(_PERSONA_TITLE.match(" ".join(grid.text((row, c)).split())) for c in cols):
        return None
    left = [c for c in cols if c <= key_col]
    return (row, left[-1]) if left else None


def _kind(title: Item | None) -> str | None:
    return lane_kind(title.text) if title is not None else None


def _key_rows(grid: Grid, col: int, used: set[Pos], least: int = _MIN_FIELDS) -> dict[int, str] | None:
    """Rows of this column holding persona field labels (``least`` of them), if it is a key column: the whole
    column, or a run of rows set apart by a blank row (a persona block over a canvas's lane labels)."""
    rows = grid.column(col)
    if len(rows) > _MAX_FIELD_ROWS:
        return None
    head = _table_head(grid, col, rows)
    if head is not None:  # the labels end where a table of personas, one per row, begins under them
        rows = [r for r in rows if r < head]
    header = _unlabelled_header(grid, col, rows)
    # a row without a label heading columns of its own under the pair ("Persona | Sanne" over a canvas's phase row):
    # the labels above it and those under it are two blocks, never one persona read across the canvas's phases
    found = _keys_in(grid, col, rows, used, least) if header is None else None
    runs = [list(run) for run in _runs(rows)] if found is None else []
    if header is not None:
        runs = [[r for r in rows if r < header], [r for r in rows if r > header]]
    return found or next(
        (keys for run in runs if len(runs) > 1 and (keys := _keys_in(grid, col, run, used, least))), None
    )


def _unlabelled_header(grid: Grid, col: int, rows: list[int]) -> int | None:
    """The first row between this column's labels with no label of its own that fills more columns right of it
    (two at least) than any labelled row above it: the header of a table under a key/value pair ("Persona |
    Sanne" over a canvas's phases), no value of a persona (a value running on under its label fills no more
    columns than the label's row)."""
    for row in range(min(rows, default=0) + 1, max(rows, default=0)):
        if row in rows:
            continue
        filled = len([c for c in grid.row(row) if c > col])
        above = max(len([c for c in grid.row(r) if c > col]) for r in rows if r < row)
        if filled >= 2 and filled > above:
            return row
    return None


def _table_head(grid: Grid, col: int, rows: list[int]) -> int | None:
    """The first of these rows that heads a table of personas from this column on: field labels across it
    ("Naam | Rol | Doelen | ..."), the one right of the first a label too, not a value of it."""
    for row in rows:
        fields = [match_field(grid.text((row, c)), PERSONA_INDEX) for c in grid.row(row) if c >= col]
        across = len(fields) > 1 and None not in fields[:2] and (row, col + 1) in grid.cells
        if across and len({f for f in fields if f}) >= _MIN_FIELDS and grid.owner((row, col)) == (row, col):
            return row
    return None


def _runs(rows: list[int]) -> list[list[int]]:
    """Rows in runs without a blank row between them."""
    runs: list[list[int]] = []
    for row in rows:
        if runs and row == runs[-1][-1] + 1:
            runs[-1].append(row)
        else:
            runs.append([row])
    return runs


def _keys_in(grid: Grid, col: int, rows: list[int], used: set[Pos], least: int = _MIN_FIELDS) -> dict[int, str] | None:
    keys: dict[int, str] = {}
    for row in rows:
        value = grid.cells[(row, col)]
        if (row, col) in used or not value.is_text or grid.span((row, col))[1] > 1:
            continue  # a label merged over the values beside it is a heading ("Persona: Fatima"), not a field
        field = match_field(value.text, PERSONA_INDEX)
        if field == "name" and not grid.text((row, col + 1)) and _PERSONA_TITLE.match(" ".join(value.text.split())):
            continue  # "Persona: Maya Jansen" with no value beside it: the block's title, naming it (_name_from_title)
        if field is not None:
            keys[row] = field
    # A heading over the block ("Persona profile — Maya, …", "Persona: Fatima"), alone on its row and set
    # apart by a blank row: no field, and no start of the block (its header row stays a header)
    while keys and (top := min(keys)) + 1 not in rows and not [c for c in grid.row(top) if c > col]:
        del keys[top]
    if len(set(keys.values())) < least or not set(keys.values()) & set(PERSONA_IDENTITY):
        return None
    if len(set(keys.values())) < _MIN_FIELDS and any(_heads_a_table(grid, col, row) for row in keys):
        # "Naam | Beroep" over rows of values: a table's header row, read as one (``records``), under a heading
        # ("Persona's") too, and whatever its rows' names ("Persona 3" names no field of a block)
        return None
    words = sum(1 for row in rows if grid.cells[(row, col)].is_text and (row, col) not in used)
    if len(keys) < 0.5 * words:
        return None  # a canvas's label column names a persona and channels too, among many lanes
    # Labels of the persona's own making sit among the known ones: kept under their own name.
    last = max(keys)
    for row in rows:
        value = grid.cells[(row, col)]
        if min(keys) < row <= last + 1 and row not in keys and value.is_text and (row, col) not in used:
            if META_INDEX.get(label_key(value.text.strip().rstrip(":"))) is not None:
                continue  # "Scenario | Huidig", "Versie | 0.3": the map's header field, never the persona's own
            keys[row] = label_key(value.text).replace(" ", "_")
            last = max(last, row)
    return dict(sorted(keys.items()))


def _heads_a_table(grid: Grid, col: int, row: int) -> bool:
    """Whether the label at (``row``, ``col``) has a persona field label right of it: a header row across."""
    beside = grid.cells.get((row, col + 1))
    return beside is not None and beside.is_text and match_field(beside.text, PERSONA_INDEX) is not None


def _names_above(grid: Grid, key_col: int, keys: dict[int, str], value_cols: list[int], used: set[Pos]) -> int | None:
    """The row right above the field labels when no label names the person and that row holds a short
    text over every persona's column: a header row of names, whatever its corner says ("Field", "Veld",
    nothing). The corner's word stays where it is (a note): it heads the labels, it names no one."""
    row = min(keys) - 1
    if "name" in keys.values() or row < 1 or not value_cols:
        return None
    corner = grid.cells.get((row, key_col))
    if corner is not None and (not corner.is_text or match_field(corner.text, PERSONA_INDEX) is not None):
        return None
    over = [grid.cells.get((row, c)) for c in value_cols]
    if any(v is None or not v.is_text or len(v.text.split()) > _NAME_WORDS for v in over):
        return None
    if len(over) == 1 and over[0] is not None and label_key(over[0].text) in VALUE_HEADER_KEYS:
        return None  # "Veld | Details": the block's header row (``_header_row``), no one named "Details"
    if any((row, c) in used for c in value_cols) or any(grid.owner((row, c)) != (row, c) for c in value_cols):
        return None
    if len(value_cols) == 1 and _over_blocks_beside(grid, row, (key_col, value_cols[0]), keys):
        return None
    return row


def _over_blocks_beside(grid: Grid, row: int, block: tuple[int, int], keys: dict[int, str]) -> bool:
    """Whether the row over a block's labels heads blocks beside it too, past blank columns, as one persona's
    header row ("Field | Details", "Category | Details"; "Merkmal | Angabe", "Kategorie | Beschreibung"), not a
    name over its values: the word over the values comes back over the block beside, or that block holds
    other fields than this one. Two personas side by side bear two names over the same fields."""
    col = _next_block(grid, (row, max(keys)), block[1])
    if col is None:
        return False
    if label_key(grid.text((row, col + 1))) == label_key(grid.text((row, block[1]))):
        return True
    beside = {match_field(grid.text((r, col)), PERSONA_INDEX) for r in range(row + 1, max(keys) + 1)} - {None}
    return bool(beside) and not beside & set(keys.values())


def _value_columns(grid: Grid, key_col: int, keys: dict[int, str], used: set[Pos]) -> list[int]:
    """The columns right of the key column with values beside its labels, up to the next blank column."""
    cols: list[int] = []
    c = key_col + 1
    while c <= grid.max_col:
        filled = [r for r in keys if (r, c) in grid.cells and (r, c) not in used]
        if not filled and cols and (past := _persona_past_blanks(grid, c, keys, used, key_col)) is not None:
            c = past  # one persona a column, blank columns between them: the next persona, not the end
            continue
        if not filled or _key_rows(grid, c, used) is not None:
            break
        cols.append(c)
        c += 1
    return cols


def _persona_past_blanks(grid: Grid, blank: int, keys: dict[int, str], used: set[Pos], key_col: int) -> int | None:
    """The column of the next persona past this blank column and at most a few more beside it, None when the
    first column with a value beside the labels is none."""
    for col in range(blank + 1, min(blank + _BLANK_COLUMNS, grid.max_col) + 1):
        if any((r, col) in grid.cells for r in keys):
            return col if _persona_past_blank(grid, col, keys, used, key_col) else None
    return None


def _persona_past_blank(grid: Grid, col: int, keys: dict[int, str], used: set[Pos], key_col: int) -> bool:
    """Whether the column past a blank one is another persona's values beside the same labels: a value
    beside the name label and most of the others — or, with no name label, a name over it as over the first
    persona's values ("| Lotte | | Mehmet", half of the others filled in then) — none of them a field's label
    (a key/value block's labels are), nothing in the column above or below the labels."""
    filled = [r for r in keys if (r, col) in grid.cells and (r, col) not in used]
    named = [r for r, field in keys.items() if field == "name"]
    if named:
        if not all(r in filled for r in named) or len(filled) < 0.8 * len(keys):
            return False
    elif not _over_each_persona(grid, min(keys) - 1, col, keys, key_col) or len(filled) < 0.5 * len(keys):
        return False
    if _labels_column(grid, col, filled):
        return False
    return all(r in keys or _over_each_persona(grid, r, col, keys, key_col) for r in grid.column(col))


def _labels_column(grid: Grid, col: int, filled: list[int]) -> bool:
    """Whether a column's cells beside the labels are labels themselves (a key/value block's, another table's):
    one of them a field's label as a whole ("Rol", "Doelen"), or most of them opening with one. A persona's short
    values may open with a label's word ("Rol Anna", "Doel: sparen") — a few of them leave it a persona's."""
    opening = [r for r in filled if match_field(grid.text((r, col)), PERSONA_INDEX) is not None]
    whole = [r for r in opening if label_key(first_word_block(grid.text((r, col)))) in PERSONA_INDEX]
    return bool(whole) or 2 * len(opening) > len(filled)


def _over_each_persona(grid: Grid, row: int, col: int, keys: dict[int, str], key_col: int) -> bool:
    """Whether a cell of a persona's column is on the row right above the labels, in a row of short words over
    the first persona's values too ("Persona 1 | | Persona 2"): the personas' header row, not the end of them."""
    if row != min(keys) - 1:
        return False
    over = [grid.cells.get((row, c)) for c in (col, key_col + 1)]
    return all(v is not None and v.is_text and len(v.text.split()) <= _NAME_WORDS for v in over)


def _label(labels: dict[str, Item], field: str, label: Item) -> str:
    """A field's label as written; another block's label worded otherwise is kept beside it (under the key
    returned)."""
    key, n = field, 2
    while key in labels and labels[key].text != label.text:
        key, n = f"{field}_{n}", n + 1
    labels.setdefault(key, label)
    return key


def _persona(
    grid: Grid,
    keys: dict[int, str],
    key_col: int,
    col: int,
    used: set[Pos],
    labels: dict[str, Item],
    filled: set[int],
    names_row: int | None = None,
) -> Persona | None:
    fields: dict[str, Item] = {}
    name: Item | None = None
    for row, field in keys.items():
        items = grid.items((row, col))
        if not items:
            continue
        used.add((row, col))
        item = one_item(items)
        if row == names_row:  # a name over the column, under no label: the corner's word stays a note
            name = item
            continue
        filled.add(row)
        label = grid.whole((row, key_col))
        own = label_key(label.text).replace(" ", "_")
        if field == "name" and name is None:
            name = item
            _label(labels, "name", label)
            continue
        key = field if field not in fields else own
        fields[key] = item
        _label(labels, key, label)
    if name is None and not fields:
        return None
    return Persona(name, fields)
