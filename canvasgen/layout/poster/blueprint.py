"""A journey as a service blueprint: its lanes in blueprint order and the three lines between them.

A workbook that is a blueprint keeps its own order and the lines it wrote (the reader found them);
any other journey, with ``--layout blueprint``, is put in blueprint order: what the customer sees
and does (evidence, customer actions, experience), frontstage, backstage, then support — and the
line of interaction, the line of visibility and the line of internal interaction fall between them.
"""

from __future__ import annotations

from dataclasses import replace

from canvasgen.layout.boxes import Box, Stroke, TextBlock
from canvasgen.layout.poster.curve_row import Columns
from canvasgen.model import SCORE_LANE, Boundary, Item, Journey, Lane
from canvasgen.vocabulary.structure import blueprint_part
from canvasgen.words import POSTER_WORDS

LINE_ROOM = 2.2  # the height a line takes with its label, in minimum sizes
PARTS = ("evidence", "customer", "frontstage", "backstage", "support")
LINES = ("interaction", "visibility", "internal")  # top to bottom
# Where a line goes: above the first lane of these parts.
_BELOW = {
    "interaction": ("frontstage", "backstage", "support"),
    "visibility": ("backstage", "support"),
    "internal": ("support",),
}
_PART_OF_KIND = {
    "touchpoints": "evidence",
    "channels": "evidence",
    "customer": "customer",
    "experience": "customer",
    SCORE_LANE: "customer",
    "emotions": "customer",
    "pain_points": "customer",
    "internal": "backstage",
}


def part_of(lane: Lane) -> str:
    """The blueprint part a lane belongs to: by its label when that names one, else by its kind."""
    return blueprint_part(lane.label) or _PART_OF_KIND.get(lane.kind, "support")


def as_blueprint(journey: Journey) -> Journey:
    """The journey in blueprint order with its lines (a blueprint read from the sheet as it is)."""
    if journey.boundaries:
        return journey
    lanes = sorted(journey.lanes, key=lambda lane: PARTS.index(part_of(lane)))
    boundaries = []
    for line in LINES:
        below = next((i for i, lane in enumerate(lanes) if part_of(lane) in _BELOW[line]), None)
        if below is not None and below > 0:
            boundaries.append(Boundary(line, below))
    return replace(journey, lanes=lanes, boundaries=boundaries)


def with_lanes(journey: Journey, lanes: list[Lane]) -> Journey:
    """The journey with some of its lanes: its lines stay above the lanes they stood above (a line
    above a lane left out moves down to the next lane kept; one with no lane under it goes)."""
    boundaries = []
    for boundary in journey.boundaries:
        places = (place_of(lane, lanes) for lane in journey.lanes[boundary.before :])
        under = next((place for place in places if place is not None), None)
        if under is not None and under > 0:
            boundaries.append(replace(boundary, before=under))
    return replace(journey, lanes=lanes, boundaries=boundaries)


def place_of(lane: Lane, lanes: list[Lane]) -> int | None:
    """Where a lane is among ``lanes`` (that lane itself: two lanes may hold the same words)."""
    return next((index for index, other in enumerate(lanes) if other is lane), None)


def lines_above(boundaries: list[Boundary], count: int) -> list[list[Boundary]]:
    """For each of ``count`` rows, by its place, the lines drawn above it, top to bottom (none above the
    first row, none under the last)."""
    found: list[list[Boundary]] = [[] for _ in range(count)]
    for boundary in sorted(boundaries, key=lambda b: (b.before, LINES.index(b.kind) if b.kind in LINES else 9)):
        if 0 < boundary.before < count:
            found[boundary.before].append(boundary)
    return found


def line_label(journey: Journey, boundary: Boundary, words: dict[str, str]) -> tuple[str, Item | None]:
    """A line's label: the sheet's own words when it wrote the line as a row (that note is then
    shown on the line, not in the appendix), else the name in the poster's language."""
    if boundary.source is not None:
        written = next((note for note in journey.notes if note.source == boundary.source), None)
        if written is not None:
            return written.text, written
    return words.get(f"line_{boundary.kind}", boundary.kind), None


def draw_lines(cols: Columns, found: list[Boundary], at: Box, number: int) -> float:
    """Lines across the page at ``at`` (interaction solid, visibility dashed, internal interaction
    dotted, so that a greyscale print tells them apart), each labelled above its left end; returns
    the y under them. ``number``: the row's place in the reading order."""
    page, journey, kit, setter, u = cols.page, cols.journey, cols.kit, cols.setter, cols.u
    ink = kit.palette.text
    styles = {"interaction": None, "visibility": (u * 0.7, u * 0.45), "internal": (u * 0.05, u * 0.4)}
    y = at.y
    for boundary in found:
        line_y = y + u * (LINE_ROOM - 0.45)
        text, _ = line_label(journey, boundary, POSTER_WORDS[cols.language])
        source = str(boundary.source or "blueprint line")
        label = setter.line(text, at.x, line_y - u * 0.45, "heading", u, ink, source)
        box = Box(at.x, line_y - u * 1.45, label.width + 0.01, u * 1.3)
        page.blocks.append(TextBlock(box, [label], source, order=(1, 0, number, -1)))
        page.strokes.append(Stroke([(at.x, line_y), (at.right, line_y)], ink, u * 0.14, styles.get(boundary.kind)))
        y += u * LINE_ROOM
    return y
