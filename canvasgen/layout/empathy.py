"""An empathy map as the poster and the deck draw it: its quadrants (Think & feel, Hear, See, Say & do, or
halves of them headed apart: Says | Thinks over Does | Feels) laid out as the sheet has them, row by row, no
box for a quadrant the map lacks, with pains and gains beneath, each headed as the client wrote it; and
which of its persona's fields the drawn map shows, so that the persona's card and slide do not say them
again (shown once, never lost).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from canvasgen.layout.boxes import Box
from canvasgen.model import Canvas, EmpathyMap, EmpathyQuadrant, Item, Persona
from canvasgen.text import label_key

_Q = EmpathyQuadrant
#: The grid's quadrants in the order of a map with no places on a sheet: Think & feel, Hear / See, Say & do
#: (a half headed apart beside its other half).
GRID: tuple[EmpathyQuadrant, ...] = (_Q.THINK_FEEL, _Q.THINK, _Q.FEEL, _Q.HEAR, _Q.SEE, _Q.SAY_DO, _Q.SAY, _Q.DO)
#: Beneath the grid, side by side.
BENEATH: tuple[EmpathyQuadrant, ...] = (_Q.PAINS, _Q.GAINS)


@dataclass(frozen=True)
class Quadrant:
    """A quadrant as drawn: its heading as written (None: entries under no heading of their own) and its
    entries."""

    kind: EmpathyQuadrant
    heading: Item | None
    entries: tuple[Item, ...]


def quadrants(found: EmpathyMap) -> tuple[list[list[Quadrant]], list[Quadrant]]:
    """The map's grid, row by row, only the quadrants the map has: as the sheet lays its headings out when
    they stand in rows of as many each (Says | Thinks over Does | Feels; a heading left of the one before it
    begins a row), else two a row in ``GRID`` order (the classic picture: Think & feel over Hear and See over
    Say & do is drawn Think & feel | Hear over See | Say & do); and what stands beneath it (pains, gains:
    only those the map has)."""

    def has(q: EmpathyQuadrant) -> bool:
        return q in found.headings or bool(found.entries.get(q))

    def drawn(q: EmpathyQuadrant) -> Quadrant:
        return Quadrant(q, found.headings.get(q), tuple(found.entries.get(q, ())))

    kinds = [q for q in GRID if has(q)]
    rows: list[list[Quadrant]] = []
    if all(q in found.places for q in kinds):
        for q in sorted(kinds, key=lambda q: found.places[q]):
            if not rows or found.places[q][1] <= found.places[rows[-1][-1].kind][1]:
                rows.append([])
            rows[-1].append(drawn(q))
    if len(rows) < 2 or len({len(row) for row in rows}) > 1 or len(rows[0]) < 2:  # no grid on the sheet
        rows = [[drawn(q) for q in kinds[i : i + 2]] for i in range(0, len(kinds), 2)]
    beneath = sorted((q for q in BENEATH if has(q)), key=lambda q: found.places.get(q, (0, BENEATH.index(q))))
    return rows, [drawn(q) for q in beneath]


def map_title(found: EmpathyMap) -> str:
    """Whose map it is: its persona's name, else its title as written, else its sheet."""
    if found.owner is not None and found.owner.name is not None:
        return found.owner.name.text
    return found.persona or (found.title.text if found.title else found.sheet)


def map_heading(found: EmpathyMap, label: str) -> str:
    """A map's page heading: ``label`` ("Empathy map") and whose map it is, the name left out when it only says
    the label again (a map of a persona of no name on a sheet called "Empathiekaart")."""
    name = map_title(found)
    return label if label_key(name) == label_key(label) else f"{label}: {name}"


def shown_on_maps(persona: Persona, maps: Iterable[EmpathyMap]) -> set[str]:
    """The keys of ``persona``'s fields that these (drawn) maps of it show."""
    return {key for found in maps if found.owner is persona for key in found.fields.values()}


def only_a_name(persona: Persona, maps: Iterable[EmpathyMap]) -> bool:
    """Whether all a persona holds besides its name is on its drawn maps: it needs no card of its own
    (its name heads its map)."""
    drawn = list(maps)
    return any(m.owner is persona for m in drawn) and set(persona.fields) <= shown_on_maps(persona, drawn)


def drawn_maps(canvas: Canvas) -> list[EmpathyMap]:
    """The maps of the canvas that belong to one of its personas (all of them, once the workbook is read)."""
    return [m for m in canvas.empathy_maps if any(m.owner is p for p in canvas.personas)]


def grid_boxes(
    area: Box, gap: float, rows: Sequence[int], beneath: int, share: float = 0.68
) -> tuple[list[Box], list[Box]]:
    """The grid's boxes, row by row (``rows``: how many in each; a row's boxes share its width), over
    ``share`` of ``area`` (all of it when nothing stands beneath), and ``beneath`` boxes side by side under
    them (all of it when there is no grid)."""
    if not rows:
        share = 0.0
    top_h = area.h if not beneath else (area.h - gap) * share
    cell_h = (top_h - gap * (len(rows) - 1)) / len(rows) if rows else 0.0
    grid = []
    for r, count in enumerate(rows):
        cell_w = (area.w - gap * (count - 1)) / count
        y = area.y + r * (cell_h + gap)
        grid += [Box(area.x + i * (cell_w + gap), y, cell_w, cell_h) for i in range(count)]
    if not beneath:
        return grid, []
    low_w = (area.w - gap * (beneath - 1)) / beneath
    low_y = area.y + top_h + gap if rows else area.y
    low = [Box(area.x + i * (low_w + gap), low_y, low_w, area.bottom - low_y) for i in range(beneath)]
    return grid, low
