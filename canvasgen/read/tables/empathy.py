"""An empathy map: quadrant headings (Think & Feel, Hear, See, Say & Do, Pains, Gains; in EN, NL, DE, FR
and ES) laid out as a picture, not a table — in at least two rows and two columns — each with its
entries under it, in cells or in text boxes (placed in cells when the workbook is opened).

A cell (a text box) whose first line is a heading and whose other lines are entries is a heading with its
entries. An entry belongs to the nearest heading above it (on the heading's row: to its right), the closest
column first, one left of it or its own before one right of it. The text above every heading is the
map's title (its first cell); other cells above stay notes. Which persona a map belongs to is settled
once every sheet is read (``attach_empathy_maps``): the persona named in its title or sheet, else the
canvas's only persona, else a persona of its own named after its title.
"""

from __future__ import annotations

import re

from canvasgen.model import Canvas, EmpathyMap, EmpathyQuadrant, Item, Persona
from canvasgen.read.grid import Grid, Pos
from canvasgen.text import excerpt, label_key
from canvasgen.vocabulary import lane_kind
from canvasgen.vocabulary.empathy import HALF_NAMES, empathy_heading

#: What a cell of more than one item holds: a line break, or the ";" of "; " parts (cleaning makes neither).
_SEVERAL = re.compile("[\n\r;]")
#: Quadrant headings a sheet needs (of the six) to be read as an empathy map.
MIN_QUADRANTS = 4


def read_empathy_maps(grid: Grid, used: set[Pos]) -> tuple[list[EmpathyMap], set[Pos], set[Pos]] | None:
    """The sheet's empathy maps (one, or several one under another), the cells they took and the cells
    apart from them (a canvas above them, a persona block beside them: for the sheet's other readers), or
    None when the sheet holds none. A map ends where a row of headings names a quadrant it already has: the
    next map begins there, with its own headings and entries."""
    headings, headed, heads = _headings(grid, used)
    if not _a_picture(headings, heads):
        return None
    apart = _apart(grid, used, headings)
    if apart:
        used = used | apart
        headings = {pos: q for pos, q in headings.items() if pos not in apart}
        heads = {pos: h for pos, h in heads.items() if pos not in apart}
        if not _a_picture(headings, heads):
            return None
    taken = set(headings)
    maps = []
    groups = [{pos: headings[pos] for pos in group} for group in _maps(heads)]
    for index, group in enumerate(groups):
        top = min(r for r, _ in group)
        end = min(r for r, _ in groups[index + 1]) if index + 1 < len(groups) else grid.max_row + 1
        entries: dict[EmpathyQuadrant, list[Item]] = {q: [] for q in EmpathyQuadrant}
        written: dict[EmpathyQuadrant, Item] = {}
        joined: dict[EmpathyQuadrant, list[str]] = {}
        places: dict[EmpathyQuadrant, Pos] = {}
        strays: list[tuple[Item, EmpathyQuadrant]] = []
        for pos, quadrant in group.items():
            head = headed[pos][0] if pos in headed else grid.whole(pos)
            joined.setdefault(quadrant, []).append(f"'{excerpt(head.text)}' in {grid.ref(pos)}")
            if quadrant in written:  # one quadrant headed twice in one map: headed by both as written
                head = Item(f"{written[quadrant].text} & {head.text}", written[quadrant].source)
            written[quadrant] = head
            places.setdefault(quadrant, pos)
            entries[quadrant].extend(headed.get(pos, [])[1:])
        title: Item | None = None
        for pos in sorted(grid.cells):
            if pos in used or pos in taken or pos[0] >= end:
                continue
            if pos[0] < top:
                if title is None and index == 0:
                    title = grid.whole(pos)
                    taken.add(pos)
                continue  # other cells above the first map stay notes
            heading = _heading_of(pos, group)
            if heading is not None:
                entries[group[heading]].extend(grid.items(pos))
                taken.add(pos)
                if _where_a_heading_stands(grid, pos, group):
                    strays.append((grid.whole(pos), group[heading]))
        over = _over_halves(written, entries)
        for quadrant, head in over:
            # a heading over halves at the map's top, with no title above it, is the map's title (whose map it
            # is, when it names a persona); else it heads no box and stays the sheet's note
            if title is None and index == 0 and places[quadrant][0] == top and _alone_on_top(places, quadrant):
                title = head
            else:
                taken.discard(places[quadrant])
        found = {q: items for q, items in entries.items() if items or q in written}
        twice = {q: cells for q, cells in joined.items() if len(cells) > 1}
        maps.append(
            EmpathyMap(
                grid.title,
                title,
                written,
                found,
                joined=twice,
                places=places,
                over=[(head, [c for h in _HALVES_OF[q] for c in joined.get(h, [])]) for q, head in over],
                strays=[(item, q) for item, q in strays if q in written],
            )
        )
    return maps, taken, apart


def _of_the_map(band: list[int], cells: list[Pos], headings: dict[Pos, EmpathyQuadrant]) -> bool:
    """Whether a block of rows is part of a map: headings side by side in it, or one column of headings
    with every cell under (or right of) them — not a canvas's phase row over a lane named like a heading."""
    columns = sorted({c for r, c in headings if r in band})
    if len(columns) >= 2:
        return True
    if not columns:
        return False
    top = min(r for r, _ in headings if r in band)  # a title above the headings is not counted
    return all(columns[0] <= c <= columns[0] + 1 for r, c in cells if r in band and r >= top)


def _a_picture(headings: dict[Pos, EmpathyQuadrant], heads: dict[Pos, str]) -> bool:
    """Whether the headings are enough for a map, laid out as a picture."""
    if len(set(heads.values())) < MIN_QUADRANTS:
        return False  # a four-quadrant map (Says | Thinks over Does | Feels) counts each half heading
    # headings in one row or one column: a table's headers or a lane column, not a picture
    return len({r for r, _ in headings}) >= 2 and len({c for _, c in headings}) >= 2


def _apart(grid: Grid, used: set[Pos], headings: dict[Pos, EmpathyQuadrant]) -> set[Pos]:
    """The cells standing apart from the map: in blocks of rows (two blank rows or more between) that are no
    part of it (a canvas above or under it, whose lane may be named "Pijnpunten"), and in the
    map's rows in blocks of columns (a blank column between) left or right of every heading (a persona's
    key/value block beside it). A lone cell just above the map is its title, never apart."""
    cells = sorted(pos for pos in grid.cells if pos not in used)
    rows = sorted({r for r, _ in cells})
    bands: list[list[int]] = []
    for row in rows:
        if bands and row - bands[-1][-1] <= 2:
            bands[-1].append(row)
        else:
            bands.append([row])
    of_map = [i for i, band in enumerate(bands) if _of_the_map(band, cells, headings)]
    if not of_map:
        return set()
    first, last = min(of_map), max(of_map)
    if first > 0 and sum(1 for r, _ in cells if r in bands[first - 1]) == 1:
        first -= 1  # the map's title, two blank rows or more above it
    map_rows = {r for band in bands[first : last + 1] for r in band}
    apart = {pos for pos in cells if pos[0] not in map_rows}
    top = min(r for r, _ in headings if r in map_rows)
    # the columns of every map row count, above its headings too: a canvas's phase row (or title) on the map's
    # title row stands apart with the canvas under it, never the map's title
    columns = sorted({c for r, c in cells if r in map_rows})
    blocks: list[list[int]] = []
    for col in columns:
        if blocks and col - blocks[-1][-1] <= 1:
            blocks[-1].append(col)
        else:
            blocks.append([col])
    headed = [i for i, block in enumerate(blocks) if any(c in block and r in map_rows for r, c in headings)]
    kept = {c for block in blocks[min(headed) : max(headed) + 1] for c in block} if headed else set(columns)
    beside = {c for block in blocks if any(r >= top and c in block for r, c in cells if r in map_rows) for c in block}
    return apart | {(r, c) for r, c in cells if r in map_rows and c not in kept and (r >= top or c in beside)}


def _where_a_heading_stands(grid: Grid, pos: Pos, headings: dict[Pos, EmpathyQuadrant]) -> bool:
    """Whether the cell at ``pos`` stands where a heading would: in a row of the map's headings and in a
    column another row heads ("Frust" between "Was sagt und tut sie?" and "Nutzen", under "Was hört sie?"),
    one short line: a heading of words canvasgen does not know, not an entry."""
    row, col = pos
    in_row = any(r == row for r, _ in headings)
    in_column = any(c == col and r != row for r, c in headings)
    text = grid.text(pos).strip()
    return in_row and in_column and "\n" not in text and 0 < len(text) <= 40


def _alone_on_top(places: dict[EmpathyQuadrant, Pos], quadrant: EmpathyQuadrant) -> bool:
    """Whether the heading of ``quadrant`` stands alone in the map's top row: over the other headings."""
    row = places[quadrant][0]
    return all(pos[0] > row for q, pos in places.items() if q != quadrant)


_Q = EmpathyQuadrant
#: The halves of a quadrant, each a quadrant of its own when headed apart.
_HALVES_OF = {_Q.THINK_FEEL: (_Q.THINK, _Q.FEEL), _Q.SAY_DO: (_Q.SAY, _Q.DO)}


def _over_halves(
    written: dict[EmpathyQuadrant, Item], entries: dict[EmpathyQuadrant, list[Item]]
) -> list[tuple[EmpathyQuadrant, Item]]:
    """The whole quadrants headed over their halves headed apart, with no entries of their own ("Wat denkt en
    voelt hij?" merged over "Wat denkt hij?" | "Wat voelt hij?"): taken out of the map (its halves are the
    boxes), their headings left to the sheet's notes."""
    over = []
    for whole, halves in _HALVES_OF.items():
        if whole in written and not entries[whole] and any(h in written for h in halves):
            over.append((whole, written.pop(whole)))
            del entries[whole]
    return over


def _headings(grid: Grid, used: set[Pos]) -> tuple[dict[Pos, EmpathyQuadrant], dict[Pos, list[Item]], dict[Pos, str]]:
    """The cells that head a quadrant, of those whose heading is the first line of their cell (a text box)
    the lines under it, and what each heads: its quadrant, or a half of one ("Thinks", "Feels")."""
    headings: dict[Pos, EmpathyQuadrant] = {}
    headed: dict[Pos, list[Item]] = {}
    heads: dict[Pos, str] = {}
    for pos in sorted(grid.cells):
        if pos in used:
            continue
        found = empathy_heading(grid.text(pos))
        # a cell of lines (or of "; " parts): made into items only then, the others never split here
        if found is None and _SEVERAL.search(grid.cells[pos].text) and len(grid.cells[pos].items) > 1:
            items = grid.items(pos)
            if len(items) > 1 and grid.text(pos).lstrip().startswith(items[0].text):
                found = empathy_heading(items[0].text)
                if found is not None:
                    headed[pos] = items
        if found is not None and _a_canvas_lane(grid, pos):
            continue  # "Pijnpunten" under "Klantacties", its lane's cells right of it: a canvas's lane, no box
        if found is not None:
            # a half headed apart ("Thinks" beside "Feels") is a quadrant of its own: thoughts never feelings
            heads[pos] = found[1]
            headings[pos] = EmpathyQuadrant(f"empathy {found[1]}") if found[1] in HALF_NAMES else found[0]
    return headings, headed, heads


def _a_canvas_lane(grid: Grid, pos: Pos) -> bool:
    """Whether a quadrant's heading is a canvas's lane label: a lane's word ("Pijnpunten") in an unbroken column
    of labels holding a lane label no quadrant is named by ("Klantacties"), with its lane's cell right of it."""
    row, col = pos
    if lane_kind(grid.text(pos)) is None or not grid.text((row, col + 1)).strip():
        return False
    for step in (-1, 1):
        other = row + step
        while grid.text((other, col)).strip():
            text = grid.text((other, col))
            if lane_kind(text) is not None and empathy_heading(text) is None:
                return True
            other += step
    return False


def _maps(headings: dict[Pos, str]) -> list[dict[Pos, str]]:
    """The headings (what each heads) cut into maps, top to bottom: a row of headings repeating a quadrant
    (or half) of the map above begins a new map, when it and the rows under it name enough to be one."""
    groups: list[dict[Pos, str]] = []
    for row in sorted({r for r, _ in headings}):
        line = {pos: q for pos, q in headings.items() if pos[0] == row}
        if groups and not set(line.values()) & set(groups[-1].values()):
            groups[-1].update(line)
        else:
            groups.append(dict(line))
    merged: list[dict[Pos, str]] = []
    for group in groups:
        if merged and len(set(group.values())) < MIN_QUADRANTS:
            merged[-1].update(group)  # a stray repeated heading, not a map of its own
        else:
            merged.append(group)
    return merged


def _heading_of(pos: Pos, headings: dict[Pos, EmpathyQuadrant]) -> Pos | None:
    """The heading an entry at ``pos`` stands under: the nearest row above (or its own row, left of it),
    then the closest column, a heading left of it or over it before one right of it."""
    row, col = pos
    above = [(r, c) for r, c in headings if r < row or (r == row and c < col)]
    if not above:
        return None
    nearest = max(r for r, _ in above)
    return min((h for h in above if h[0] == nearest), key=lambda h: (abs(h[1] - col), h[1] > col))


def describe(found: EmpathyMap, of: int = 1) -> str:
    """How a sheet was read as an empathy map, for ``check --explain``; ``of`` maps on its sheet."""
    counts = ", ".join(
        f"{found.headings[q].text} {len(items)}" for q, items in found.entries.items() if q in found.headings
    )
    first = min((h.source.cell for h in found.headings.values() if h.source), key=_cell_key, default="")
    where = f" from {first}" if of > 1 and first else ""
    several = f" (one of {of} on the sheet: a row of headings repeating a quadrant begins the next)" if of > 1 else ""
    halves = "".join(
        f"; {' and '.join(cells)} head one quadrant: read as '{excerpt(found.headings[q].text)}'"
        for q, cells in found.joined.items()
    )
    apart = [q for q in found.headings if q.value.split()[-1] in HALF_NAMES]
    if apart:
        heads = ", ".join(f"'{excerpt(found.headings[q].text)}'" for q in apart)
        halves += (
            f"; {heads} head halves of a quadrant apart: each a box of its own (a thought is no feeling, a saying "
            "no doing), laid out as the sheet has them"
        )
    halves += "".join(
        f"; '{excerpt(head.text)}' ({head.source.cell if head.source else '?'}) heads the halves "
        f"{' and '.join(cells)}: a heading over them, "
        + ("at the map's top: its title" if head is found.title else "kept as a note")
        for head, cells in found.over
    )
    halves += "".join(
        f"; '{excerpt(item.text)}' ({item.source.cell if item.source else '?'}) {stray_said(found, q)}"
        for item, q in found.strays
    )
    return (
        f"{found.sheet}: an empathy map{where}{several} (quadrant headings laid out as a picture, not a table; "
        f"entries under their nearest heading): {counts}{halves}"
    )


def stray_said(found: EmpathyMap, quadrant: EmpathyQuadrant) -> str:
    """What became of a cell standing where a heading would, of words that head no quadrant canvasgen knows."""
    return (
        f"stands where a heading would but names no quadrant canvasgen knows: read as an entry of "
        f"'{excerpt(found.headings[quadrant].text)}' — if it heads a box of its own, write its "
        f"heading as one canvasgen knows (Think & Feel, Hear, See, Say & Do, Pains, Gains; or in NL, DE, FR, ES)"
    )


def _cell_key(ref: str) -> tuple[int, str]:
    digits = "".join(ch for ch in ref if ch.isdigit())
    return (int(digits) if digits else 0, ref)


def attach_empathy_maps(canvas: Canvas) -> None:
    """Each empathy map given to its persona (named in its title or sheet, else the only persona, else one
    of its own named after its title, without the words "Empathy map", or its sheet), its quadrants that
    persona's fields headed as written; a second map of the same persona keeps its own fields and headings."""
    only = canvas.personas[0] if len(canvas.personas) == 1 else None
    for found in canvas.empathy_maps:
        title = found.title.text if found.title else ""
        persona, why = None, ""
        for where, text in (("its title", title), ("its sheet's name", found.sheet)):
            persona = persona or next((p for p in canvas.personas if _names(p, text)), None)
            why = why or (f"named in {where}" if persona else "")
        if persona is None and only is not None:
            persona, why = only, "the workbook's only persona"
        if persona is None:
            persona = _persona_of(found)
            canvas.personas.append(persona)
            why = (
                "no persona of the workbook is named in its title or sheet's name"
                + (f" (of {len(canvas.personas) - 1})" if len(canvas.personas) > 1 else "")
                + ": a persona of its own"
            )
            if found.title is not None and persona.name is not found.title:
                canvas.notes.append(found.title)  # the title as written, beside the persona named from it
        else:
            if found.title is not None:
                canvas.notes.append(found.title)  # the map's title is kept, as a note, beside its persona
        found.persona = persona.name.text if persona.name else None
        found.owner = persona
        canvas.reading.append(
            f"{found.sheet}: the empathy map is of "
            + (f"persona '{excerpt(found.persona)}'" if found.persona is not None else "a persona of no name")
            + f" ({why}) — to give it to another persona, name that persona in the map's title"
        )
        for quadrant, items in found.entries.items():
            if not items:
                continue
            text = "\n".join(i.text for i in items)
            key, n = quadrant.value, 2
            while key in persona.fields and _heading(canvas, key) != label_key(found.headings[quadrant].text):
                key, n = f"{quadrant.value}_{n}", n + 1  # another map's heading: a field of its own
            before = persona.fields.get(key)
            persona.fields[key] = Item(
                f"{before.text}\n{text}" if before else text, before.source if before else items[0].source
            )
            canvas.persona_columns.setdefault(key, found.headings[quadrant])
            found.fields[quadrant] = key


def _names(persona: Persona, text: str) -> bool:
    """Whether ``text`` (a map's title or sheet name) names the persona, word for word."""
    key = label_key(persona.name.text) if persona.name is not None else ""
    return bool(key) and f" {key} " in f" {label_key(text)} "


def _heading(canvas: Canvas, key: str) -> str:
    head = canvas.persona_columns.get(key)
    return label_key(head.text) if head is not None else ""


#: Words of a map's title that say what it is, not whose it is: "Empathy map – Sara (34)" is Sara's.
_MAP_WORDS = re.compile(
    r"^\s*(empathy[\s-]*map|empathie[\s-]*(?:map|kaart|karte)|empathiekaart|empathiekarte|carte d.empathie|"
    r"mapa de empat[ií]a)(\s+(of|van|von|de|del))?[\s:–—-]*",
    re.IGNORECASE,
)
_AGE = re.compile(r"\s*\((\d{1,3})\)\s*$")
#: A remark in brackets after the name: "Sophie (first-time buyer)" is Sophie's (the title is kept as a note).
_REMARK = re.compile(r"\s*\([^()]*\)\s*$")
_PERSONA_WORD = re.compile(r"^\s*persona\b[\s:–—-]*", re.IGNORECASE)


def _persona_of(found: EmpathyMap) -> Persona:
    """A persona for a map of no known persona: named after its title without the words that say it is an
    empathy map, when what is left is a name (one to three capitalised words; its age too, when the title
    gives it in brackets; another remark in brackets left to the title, kept as a note); when the title is
    those words alone (or there is none), after its sheet's name so stripped ("Empathiekaart Henk",
    "Persona Ayşe Demir"); else after the whole title, or a sheet's name that is a name ("Sanne"). A title or
    sheet that says only what the map is ("Mapa de empatía", "Empathy map") names no one: the persona is
    left unnamed (the title is kept as a note), never called "Empathy map"."""
    sources = [found.title] if found.title is not None else []
    if found.title is None or _only_map_words(found.title.text):
        sources.append(Item(found.sheet, found.title.source if found.title else None))
    for source in sources:
        named = _name_in(source)
        if named is not None:
            return named
    # a title that asks ("Wat denkt en voelt hij?", a heading over the map's halves) names no one
    asks = found.title is not None and found.title.text.rstrip().endswith("?")
    if found.title is not None and not _only_map_words(found.title.text) and not asks:
        return Persona(found.title, {})
    if (found.title is None or asks) and _looks_like_a_name(found.sheet) and not _only_map_words(found.sheet):
        return Persona(Item(found.sheet), {})
    return Persona(None, {})


def _only_map_words(text: str) -> bool:
    """Whether ``text`` says only that it is an empathy map ("Empathy map", "Mapa de empatía:")."""
    return bool(_MAP_WORDS.match(text)) and not _MAP_WORDS.sub("", text, count=1).strip(" –—-:")


def _looks_like_a_name(text: str) -> bool:
    """One to three capitalised words without digits: a person's name ("Sanne", "Ayşe Demir"), not "Sheet1"."""
    words = text.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() and not any(ch.isdigit() for ch in w) for w in words)


def _name_in(source: Item) -> Persona | None:
    """The persona ``source`` names after the words that say what it is, or None ("Empathiekaart –
    zonnepanelen": a subject, not a person's name; "Kaart": nothing says it is a map)."""
    text = source.text.strip()
    rest = _PERSONA_WORD.sub("", _MAP_WORDS.sub("", text, count=1), count=1)
    if rest == text:
        return None
    fields: dict[str, Item] = {}
    age = _AGE.search(rest)
    if age:
        fields["age"] = Item(age.group(1), source.source)
        rest = rest[: age.start()]
    else:
        rest = _REMARK.sub("", rest)
    rest = rest.strip(" –—-:")
    if "," in rest:  # "Tom, first-time home buyer": the name before a remark (the title is kept as a note)
        rest = rest.split(",")[0].strip()
    words = rest.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    return Persona(Item(rest, source.source), fields)
