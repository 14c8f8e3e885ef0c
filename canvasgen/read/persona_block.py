"""The header persona's fields written under their name, one a row, above the canvas.

"Persona: Henk Bosman" over "Leeftijd | 58, net met vervroegd pensioen", "Situatie | Woont in …", "Wil graag | …",
"Is bang voor | …": the team described their persona in the map's header. Those rows are that persona's card
(age, bio, goals, frustrations), not the map's scenario ("Situatie" is one of its words) nor notes.
"""

from __future__ import annotations

import re

from canvasgen.model import Item
from canvasgen.read.grid import Grid, Pos
from canvasgen.read.package.references import position
from canvasgen.text import excerpt, label_key
from canvasgen.vocabulary import PERSONA_FIELDS, PERSONA_INDEX, match_field

#: The journey's metadata key that carries a header persona's field to their persona ("persona_goals").
HEADER_PERSONA_KEYS = {f"persona_{field}": field for field in PERSONA_FIELDS}

#: Fields a header row can give the persona: not their name (the header's), nor the phases they are in (drawn).
_BLOCK_FIELDS = frozenset(PERSONA_FIELDS) - {"name", "phases"}

#: An age as a block writes it: a number first, then anything ("58", "58, net met vervroegd pensioen").
_AGE_FIRST = re.compile(r"\d{1,3}(?!\d)(?:\D.*)?", re.DOTALL)

#: A label that says scenario itself ("Scenario", "Szenario"): the map's scenario wherever it stands.
_SAYS_SCENARIO = re.compile(r"s[cz]enari")


def persona_block(
    grid: Grid, cells: tuple[set[Pos], set[Pos]], top: int, meta: dict[str, Item], readings: list[list[str]]
) -> set[Pos]:
    """The rows right under the header persona's label, one persona field a row ("Leeftijd | 58, …", "Wil graag:
    …"), as ``meta["persona_<field>"]``; the block ends at the first row that is none (it stays a note). One row
    makes a block, but for an age alone (the reader's ``_persona_age``). A "Situatie" of the block read as the
    map's scenario is given back to the persona (a cell that says "scenario" is the map's). ``cells``: the
    header's free cells and those taken; said in each journey's reading (``readings``); the cells taken."""
    free, taken = cells
    label = meta.get("persona_label") or meta.get("persona")
    corner = _cell_of(label)
    if corner is None or "persona" not in meta:
        return set()
    scenario = _loose_scenario(meta)
    fields: list[tuple[str, Item, list[Pos]]] = []
    for row in range(corner[0] + 1, top):
        written = sorted(p for p in free if p[0] == row and (p not in taken or p in scenario))
        found = _field_row(grid, written, corner[1])
        if found is None or any(found[0] == f for f, _, _ in fields):
            break
        fields.append(found)
    if [f for f, _, _ in fields] in ([], ["age"]):  # an age alone: the reader's ``_persona_age`` says it
        return set()
    block = {p for _, _, ps in fields for p in ps}
    first, last = min(block), max(block)
    back = bool(scenario & block)
    if back:  # "Situatie" under the persona: their situation, not the map's scenario
        meta.pop("scenario", None)
        meta.pop("scenario_label", None)
        block |= _said_scenario(grid, free - taken - block, top, meta)
    for field, item, _ in fields:
        meta[f"persona_{field}"] = item
    said = (
        f"{grid.title}!{grid.ref(first)}:{grid.ref(last)} under the persona '{excerpt(meta['persona'].text)}' in the "
        "header is read as the persona's fields: "
        + ", ".join(f"'{excerpt(grid.text(ps[0]).split(':')[0].strip(), 24)}' as {f}" for f, _, ps in fields)
        + (" — not the map's scenario; to make it the scenario, write 'Scenario' as its label" if back else "")
    )
    for reading in readings:
        reading.append(said)
    return block


def _loose_scenario(meta: dict[str, Item]) -> set[Pos]:
    """The cells of the map's scenario read from a label that does not say scenario ("Situatie"), if any."""
    label, value = meta.get("scenario_label"), meta.get("scenario")
    if label is None or _SAYS_SCENARIO.search(label_key(label.text)):
        return set()
    return {pos for pos in (_cell_of(label), _cell_of(value)) if pos is not None}


def _cell_of(item: Item | None) -> Pos | None:
    """The (first) cell an item was read from, if any."""
    return position(item.source.cell.split(":")[0]) if item is not None and item.source is not None else None


def _said_scenario(grid: Grid, free: set[Pos], top: int, meta: dict[str, Item]) -> set[Pos]:
    """A header row whose label says scenario ("Scenario | Huidige situatie") left over while a "Situatie" held the
    field: the map's scenario after all; its cells."""
    for pos in sorted(p for p in free if p[0] < top and grid.cells[p].is_text):
        beside = (pos[0], pos[1] + grid.span(pos)[1])
        label = grid.text(pos).strip().rstrip(":")
        if beside in free and _SAYS_SCENARIO.search(label_key(label)) and len(label.split()) == 1:
            meta["scenario"], meta["scenario_label"] = grid.whole(beside), grid.whole(pos)
            return {pos, beside}
    return set()


def _field_row(grid: Grid, cells: list[Pos], column: int) -> tuple[str, Item, list[Pos]] | None:
    """A row of the block: a persona field's label with its value beside it, or both in one cell; None else."""
    if not cells or cells[0][1] != column or not grid.cells[cells[0]].is_text:
        return None
    label, sep, rest = grid.text(cells[0]).partition(":")
    if len(cells) == 1 and sep and rest.strip():
        item = Item(" ".join(rest.split()), grid.source(cells[0]))
    elif len(cells) == 2 and not rest.strip():
        item = grid.whole(cells[1])
    else:
        return None
    field = match_field(" ".join(label.split()), PERSONA_INDEX)
    if field not in _BLOCK_FIELDS or not item.text.strip():
        return None
    if field == "age" and not _AGE_FIRST.fullmatch(item.text):
        return None
    return field, item, cells
