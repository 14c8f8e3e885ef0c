"""An empathy map as the poster and the deck draw it: its four quadrants (Think & feel, Hear, See, Say &
do) as a 2×2 grid, read row by row, with pains and gains beneath, each headed as the client wrote it;
and which of its persona's fields the drawn map shows, so that the persona's card and slide do not say
them again (shown once, never lost).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from canvasgen.layout.boxes import Box
from canvasgen.model import Canvas, EmpathyMap, EmpathyQuadrant, Item, Persona
from canvasgen.text import label_key

_Q = EmpathyQuadrant
#: The 2×2 grid, row by row: Think & feel, Hear / See, Say & do.
GRID: tuple[EmpathyQuadrant, ...] = (_Q.THINK_FEEL, _Q.HEAR, _Q.SEE, _Q.SAY_DO)
#: Beneath the grid, side by side.
BENEATH: tuple[EmpathyQuadrant, ...] = (_Q.PAINS, _Q.GAINS)


@dataclass(frozen=True)
class Quadrant:
    """A quadrant as drawn: its heading as written (None: the map has no such quadrant, an empty box
    keeps the grid's shape) and its entries."""

    kind: EmpathyQuadrant
    heading: Item | None
    entries: tuple[Item, ...]


def quadrants(found: EmpathyMap) -> tuple[list[Quadrant], list[Quadrant]]:
    """The map's grid (always four, in ``GRID`` order) and what stands beneath it (pains, gains: only
    those the map has)."""
    grid = [Quadrant(q, found.headings.get(q), tuple(found.entries.get(q, ()))) for q in GRID]
    beneath = [
        Quadrant(q, found.headings.get(q), tuple(found.entries.get(q, ())))
        for q in BENEATH
        if q in found.headings or found.entries.get(q)
    ]
    return grid, beneath


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


def grid_boxes(area: Box, gap: float, beneath: int, share: float = 0.68) -> tuple[list[Box], list[Box]]:
    """Four boxes in two columns and two rows over ``share`` of ``area`` (all of it when nothing stands
    beneath), and ``beneath`` boxes side by side under them."""
    top_h = area.h if not beneath else (area.h - gap) * share
    cell_w = (area.w - gap) / 2
    cell_h = (top_h - gap) / 2
    grid = [
        Box(area.x + (i % 2) * (cell_w + gap), area.y + (i // 2) * (cell_h + gap), cell_w, cell_h) for i in range(4)
    ]
    if not beneath:
        return grid, []
    low_w = (area.w - gap * (beneath - 1)) / beneath
    low_y = area.y + top_h + gap
    low = [Box(area.x + i * (low_w + gap), low_y, low_w, area.bottom - low_y) for i in range(beneath)]
    return grid, low
