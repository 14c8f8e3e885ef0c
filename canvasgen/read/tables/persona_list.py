"""A list of personas, one per row, each told in one column of free text ("id | persona", "id | 原文 | 標籤").

The table is the whole sheet: a header row over at least two rows (a title of one cell above it is a
note). It is a persona list when a header
or the sheet's (a CSV's file) name says persona, no header names a phase, and one column holds free
text (sentences) in nearly every row: that text is the persona's description. A short column whose
values are all different is its id: a persona is called after a name column when there is one, else
"Persona <id>" (a number) or its id as written ("P3"), else "Persona <n>". The other columns are the
persona's fields under their own headers.
"""

from __future__ import annotations

import unicodedata

from openpyxl.utils import get_column_letter

from canvasgen.model import Item, Persona
from canvasgen.read.grid import Grid, Pos, one_item
from canvasgen.text import label_key
from canvasgen.vocabulary import (
    AUDIENCE_WORDS,
    PERSONA_LIST_NAME_HEADERS,
    PERSONA_SHEET_KEYS,
    is_persona_header,
    is_phase_header,
)

#: Free text: on average a sentence, of at least this many characters or words a cell.
_FREE_TEXT, _FREE_WORDS = 30, 6
#: An id or a name: a few words at most.
_SHORT = 40
#: Rows of one cell (a title, a subtitle) looked past for the header.
_TITLE_REACH = 3


def read_persona_list(grid: Grid) -> tuple[list[Persona], dict[str, Item], set[Pos], str] | None:
    """The personas of a persona list, its headers by field, the cells taken and how it was read."""
    rows = sorted({r for r, _ in grid.cells})
    # a title (a row of one cell) above a header of several: a note, the header under it
    start = next((i for i, r in enumerate(rows[:_TITLE_REACH]) if len(grid.row(r)) >= 2), 0)
    above, rows = rows[:start], rows[start:]
    if len(rows) < 3:
        return None
    header_row, body = rows[0], rows[1:]
    cols = grid.row(header_row)
    headed = set(cols)  # a set: every cell below is asked
    if len(cols) < 1 or any(c not in headed for r, c in grid.cells if r >= header_row):
        return None  # a column without a header: no list
    headers = {c: " ".join(grid.text((header_row, c)).split()) for c in cols}
    if any(is_phase_header(h) for h in headers.values()):
        return None  # "Persona | Stage | ...": a journey, one row per persona and stage
    said_persona = any(is_persona_header(h) for h in headers.values()) or _titled_persona(grid.title)
    texts = {c: [grid.text((r, c)) for r in body] for c in cols}
    free = [c for c in cols if _free_text(texts[c])]
    if not free and any(label_key(h) in PERSONA_LIST_NAME_HEADERS for h in headers.values()):
        # "id | name | persona": the persona told in a few words beside its name, under a header saying so
        free = [
            c for c in cols if is_persona_header(headers[c]) and label_key(headers[c]) not in PERSONA_LIST_NAME_HEADERS
        ]
    if not said_persona or not free:
        return None
    text_col = max(free, key=lambda c: sum(len(t) for t in texts[c]))
    short = [c for c in cols if c != text_col and _distinct_and_short(texts[c])]
    name_col = next((c for c in short if label_key(headers[c]) in PERSONA_LIST_NAME_HEADERS), None)
    id_col = next((c for c in short if c != name_col), None) if short and short[0] < text_col else None
    used: set[Pos] = {(header_row, c) for c in cols}
    roles = (text_col, name_col, id_col)
    found = (_persona(grid, r, n, cols, headers, roles, used) for n, r in enumerate(body, start=1))
    personas = [p for p in found if p is not None]
    columns = {"bio": grid.whole((header_row, text_col))}
    numbered = id_col is not None and name_col is None and _numbers(grid, body, id_col)
    if name_col is not None:
        columns["name"] = grid.whole((header_row, name_col))
    elif numbered and id_col is not None:
        columns["id"] = grid.whole((header_row, id_col))  # "Persona 1" is canvasgen's name: its id is the file's
    elif id_col is not None:
        columns["name"] = grid.whole((header_row, id_col))  # the id names them
    for c in cols:  # an id beside a name column is a field of its own, under its header
        if c not in (text_col, name_col, id_col) or (c == id_col and name_col is not None):
            columns[_field(headers[c], c, columns)] = grid.whole((header_row, c))
    letter = get_column_letter(text_col)
    called = (
        f"named by column {get_column_letter(name_col)}"
        if name_col is not None
        else f"called after their id in column {get_column_letter(id_col)}"
        if id_col is not None
        else "called 'Persona 1' to 'Persona n'"
    )
    reading = (
        f"sheet '{grid.title}': a persona list, one persona per row (rows {body[0]} to {body[-1]}), {called}; the "
        f"free text in column {letter} ('{headers[text_col]}') is each one's description — to name them, head a "
        "column of names 'Name'; if it is a journey, head the column of its phases 'Phase'"
    )
    if above:
        reading += f"; row {', '.join(str(r) for r in above)} above its header (a title) is kept as a note"
    return personas, columns, used, reading


def _persona(
    grid: Grid,
    row: int,
    n: int,
    cols: list[int],
    headers: dict[int, str],
    roles: tuple[int, int | None, int | None],
    used: set[Pos],
) -> Persona | None:
    """The persona of one row: its name (or id), its description and its other fields."""
    text_col, name_col, id_col = roles
    fields: dict[str, Item] = {}
    name: Item | None = None
    for c in cols:
        items = grid.items((row, c))
        if not items:
            continue
        used.add((row, c))
        item = one_item(items)
        if c == name_col:
            name = item
        elif c == text_col:
            fields["bio"] = item
        elif c == id_col and name_col is None:
            text = item.text.strip()
            name = Item(f"Persona {text}" if text.isdigit() else text, item.source, item.value)
            if text.isdigit():  # the file's id kept as written, by which a table's persona ids are matched
                fields["id"] = item
        else:
            fields[_field(headers[c], c, fields)] = item
    if name is None and fields:
        name = Item(f"Persona {n}", fields["bio"].source if "bio" in fields else None)
    return Persona(name, fields) if fields or name is not None else None


def _titled_persona(title: str) -> bool:
    words = label_key(title.replace("_", " ").replace("-", " ")).split()
    pairs = {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
    return any(w in PERSONA_SHEET_KEYS or w in AUDIENCE_WORDS for w in words) or bool(
        pairs & {"target group", "target groups", "user types", "customer types"}
    )


def _free_text(texts: list[str]) -> bool:
    filled = [t for t in texts if t.strip()]
    if not filled or len(filled) < 0.8 * len(texts):
        return False
    return (
        sum(_width(t) for t in filled) / len(filled) >= _FREE_TEXT
        or sum(len(t.split()) for t in filled) / len(filled) >= _FREE_WORDS
    )


def _width(text: str) -> int:
    """How long a text reads: a wide character (Chinese, Japanese, Korean: a word each, unspaced) counts
    twice, so that a sentence of 15 hanzi is free text as much as one of 30 Latin letters."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _numbers(grid: Grid, rows: list[int], col: int) -> bool:
    """True when every persona's id in the column is a number ("1", "02"): canvasgen names them "Persona 1"."""
    return all(grid.text((r, col)).strip().isdigit() for r in rows if grid.items((r, col)))


def _distinct_and_short(texts: list[str]) -> bool:
    keys = [label_key(t) for t in texts]
    return all(keys) and len(set(keys)) == len(keys) and all(len(t) <= _SHORT for t in texts)


def _field(header: str, col: int, taken: dict[str, Item]) -> str:
    key = label_key(header).replace(" ", "_") or f"column_{get_column_letter(col).lower()}"
    candidate, n = key, 2
    while candidate in taken:
        candidate, n = f"{key}_{n}", n + 1
    return candidate
