"""An empathy map: quadrant headings (Think & Feel, Hear, See, Say & Do, Pains, Gains; in EN, NL, DE, FR
and ES) laid out as a picture, not a table — in at least two rows and two columns — each with its
entries under it, in cells or in text boxes (placed in cells when the workbook is opened).

An entry belongs to the nearest heading above it (on the heading's row: to its right), the closest
column first, one left of it or its own before one right of it. The text above every heading is the
map's title (its first cell); other cells above stay notes. Which persona a map belongs to is settled
once every sheet is read (``attach_empathy_maps``): the persona named in its title or sheet, else the
canvas's only persona, else a persona of its own named after its title.
"""

from __future__ import annotations

from canvasgen.model import Canvas, EmpathyMap, EmpathyQuadrant, Item, Persona
from canvasgen.read.grid import Grid, Pos
from canvasgen.text import label_key
from canvasgen.vocabulary.empathy import empathy_quadrant

#: Quadrant headings a sheet needs (of the six) to be read as an empathy map.
MIN_QUADRANTS = 4


def read_empathy_map(grid: Grid, used: set[Pos]) -> tuple[EmpathyMap, set[Pos]] | None:
    """The sheet's empathy map and the cells it took, or None when the sheet holds none."""
    headings: dict[Pos, EmpathyQuadrant] = {}
    for pos in sorted(grid.cells):
        if pos in used:
            continue
        quadrant = empathy_quadrant(grid.text(pos))
        if quadrant is not None:
            headings[pos] = quadrant
    if len(set(headings.values())) < MIN_QUADRANTS:
        return None
    if len({r for r, _ in headings}) < 2 or len({c for _, c in headings}) < 2:
        return None  # headings in one row or one column: a table's headers or a lane column, not a picture
    top = min(r for r, _ in headings)
    entries: dict[EmpathyQuadrant, list[Item]] = {q: [] for q in EmpathyQuadrant}
    written: dict[EmpathyQuadrant, Item] = {}
    for pos, quadrant in headings.items():
        written.setdefault(quadrant, grid.whole(pos))
    taken = set(headings)
    title: Item | None = None
    for pos in sorted(grid.cells):
        if pos in used or pos in headings:
            continue
        if pos[0] < top:
            if title is None:
                title = grid.whole(pos)
                taken.add(pos)
            continue  # other cells above the map stay notes
        heading = _heading_of(pos, headings)
        if heading is not None:
            entries[headings[heading]].extend(grid.items(pos))
            taken.add(pos)
    found = {q: items for q, items in entries.items() if items or q in written}
    return EmpathyMap(grid.title, title, written, found), taken


def _heading_of(pos: Pos, headings: dict[Pos, EmpathyQuadrant]) -> Pos | None:
    """The heading an entry at ``pos`` stands under: the nearest row above (or its own row, left of it),
    then the closest column, a heading left of it or over it before one right of it."""
    row, col = pos
    above = [(r, c) for r, c in headings if r < row or (r == row and c < col)]
    if not above:
        return None
    nearest = max(r for r, _ in above)
    return min((h for h in above if h[0] == nearest), key=lambda h: (abs(h[1] - col), h[1] > col))


def describe(found: EmpathyMap) -> str:
    """How a sheet was read as an empathy map, for ``check --explain``."""
    counts = ", ".join(
        f"{found.headings[q].text} {len(items)}" for q, items in found.entries.items() if q in found.headings
    )
    return (
        f"{found.sheet}: an empathy map (quadrant headings laid out as a picture, not a table; entries "
        f"under their nearest heading): {counts}"
    )


def attach_empathy_maps(canvas: Canvas) -> None:
    """Each empathy map given to its persona (named in its title or sheet, else the only persona, else one
    of its own named after its title or sheet), its quadrants that persona's fields headed as written."""
    only = canvas.personas[0] if len(canvas.personas) == 1 else None
    for found in canvas.empathy_maps:
        named = " ".join(label_key(t) for t in (found.title.text if found.title else "", found.sheet))
        persona = next(
            (
                p
                for p in canvas.personas
                if p.name is not None and label_key(p.name.text) and f" {label_key(p.name.text)} " in f" {named} "
            ),
            only,
        )
        if persona is None:
            persona = Persona(found.title or Item(found.sheet), {})
            canvas.personas.append(persona)
        else:
            found.persona = persona.name.text if persona.name else None
            if found.title is not None:
                canvas.notes.append(found.title)  # the map's title is kept, as a note, beside its persona
        for quadrant, items in found.entries.items():
            if not items:
                continue
            text = "\n".join(i.text for i in items)
            before = persona.fields.get(quadrant.value)
            persona.fields[quadrant.value] = Item(
                f"{before.text}\n{text}" if before else text, before.source if before else items[0].source
            )
            canvas.persona_columns.setdefault(quadrant.value, found.headings[quadrant])
