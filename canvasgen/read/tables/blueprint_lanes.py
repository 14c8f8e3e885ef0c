"""A service blueprint told by its lanes' names alone: its three lines placed between them as if written.

When at least three lanes name parts of a blueprint (physical evidence, customer actions, frontstage,
backstage, support), frontstage or backstage among them, and they stand in blueprint order, the line of
interaction goes above the first frontstage (or backstage, or support) lane, the line of visibility above
the first backstage (or support) lane, the line of internal interaction above the first support lane.
The lanes are never reordered: named out of order, they are an ordinary map, and the reading says why.
"""

from __future__ import annotations

from canvasgen.model import Boundary, Lane, LaneKind, RoleBy
from canvasgen.read.tables.found import Section
from canvasgen.text import excerpt
from canvasgen.vocabulary.structure import BLUEPRINT_LANES, blueprint_part

_PARTS = ("evidence", "customer", "frontstage", "backstage", "support")
_BELOW = {
    "interaction": ("frontstage", "backstage", "support"),
    "visibility": ("backstage", "support"),
    "internal": ("support",),
}
_MIN_NAMED = 3
_LINE_NAMES = {
    "interaction": "line of interaction",
    "visibility": "line of visibility",
    "internal": "line of internal interaction",
}


def place_lines(section: Section) -> None:
    """Add a blueprint's lines to a section whose lanes name its parts in order; say it either way."""
    if section.boundaries:
        return
    named = [(i, part) for i, lane in enumerate(section.lanes) if (part := _part(lane)) is not None]
    parts = [part for _, part in named]
    if not {"frontstage", "backstage"} & set(parts):
        return
    if len(set(parts)) < _MIN_NAMED:
        if len(set(parts)) > 1:
            names = " and ".join(f"'{excerpt(section.lanes[i].label)}'" for i, _ in named)
            section.reading.append(
                f"lanes {names} name only {len(set(parts))} parts of a service blueprint ({_MIN_NAMED} are needed "
                "for its lines): read as an ordinary map — to draw it as a blueprint, name another of its lanes "
                "(physical evidence, customer actions, frontstage, backstage, support) or give --layout blueprint"
            )
        return
    ranks = [_PARTS.index(p) for p in parts]
    if ranks != sorted(ranks):
        section.reading.append(
            "lanes name the parts of a service blueprint, but not in blueprint order (evidence, customer actions, "
            "frontstage, backstage, support): read as an ordinary map, lanes in the sheet's order — put them in "
            "that order for the blueprint's lines, or give --layout blueprint"
        )
        return
    for line in ("interaction", "visibility", "internal"):
        below = next((i for i, part in named if part in _BELOW[line]), None)
        if below is not None and below > 0:
            section.boundaries.append(Boundary(line, below))
    if section.boundaries:
        _give_parts_their_roles(section)
        placed = ", ".join(
            f"{_LINE_NAMES[b.kind]} above '{excerpt(section.lanes[b.before].label)}'" for b in section.boundaries
        )
        section.reading.append(
            f"a service blueprint by its lanes' names: {placed}, as if written — to draw it as an ordinary map, "
            "rename a lane, or write the lines as rows where they belong"
        )


def _give_parts_their_roles(section: Section) -> None:
    """A lane of no role that names a part ('Evidence', 'Customer', 'Support' over a column of a blueprint
    turned on its side) has the part's role, as it would across."""
    for lane in section.lanes:
        part = _part(lane)
        if lane.role_by is RoleBy.NONE and part is not None:
            lane.kind, lane.role_by, lane.suggestions = LaneKind(BLUEPRINT_LANES[part][0]), RoleBy.SYNONYM, ()


def _part(lane: Lane) -> str | None:
    return blueprint_part(lane.label)
