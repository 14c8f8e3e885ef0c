"""What ``apply`` checks in each row of the changes sheet, whatever the canvas was read from."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from canvasgen.errors import CanvasError, CanvasErrors, Location
from canvasgen.kit.cards import Card
from canvasgen.kit.changes import Change
from canvasgen.kit.changes_sheet import phase_choice
from canvasgen.model import Canvas, Item, Journey, Lane, Metric
from canvasgen.text import label_key


@dataclass
class Applied:
    out: Path
    changed: int = 0
    removed: int = 0
    added: int = 0
    skipped: list[CanvasError] = field(default_factory=list)  # rows left out with --partial
    version: str | None = None


class Rejected(Exception):
    """A row of the changes sheet that cannot be applied, and why."""


def checked(change: Change, cards: dict[str, Card]) -> tuple[Card, str | None]:
    """The card a row changes or removes, and its new text (None: removed); Rejected when the card
    is unknown, or no longer reads as it did when the kit was made."""
    card = cards.get(change.id)
    if card is None:
        raise Rejected(f"there is no card {change.id!r} in this workbook (was the kit made from another one?)")
    if " ".join(card.text.split()) != " ".join(change.text.split()):
        raise Rejected(f"card {change.id} now reads {card.text!r} in the workbook, not {change.text!r} as when "
                       "the kit was made; make a new kit from this workbook")  # fmt: skip
    if change.action == "change" and not change.new_text:
        raise Rejected(f"card {change.id} is to be changed but its new text is empty")
    return card, change.new_text if change.action == "change" else None


def new_card_place(change: Change, canvas: Canvas) -> tuple[Journey, int, Lane]:
    """The journey, phase and lane a new card goes into, by the names the drop-downs offered."""
    if not change.new_text:
        raise Rejected("a new card needs its text")
    several = len(canvas.journeys) > 1
    places = {label_key(phase_choice(j, p.name, several)): (j, i)
              for j, journey in enumerate(canvas.journeys) for i, p in enumerate(journey.phases)}  # fmt: skip
    place = places.get(label_key(change.phase))
    if place is None:
        raise Rejected(f"unknown phase {change.phase!r} for a new card (choose one from the drop-down)")
    journey = canvas.journeys[place[0]]
    lane = next((lane for lane in journey.lanes if label_key(lane.heading) == label_key(change.lane)), None)
    if lane is None:
        raise Rejected(f"unknown lane {change.lane!r} for a new card (choose one from the drop-down)")
    return journey, place[1], lane


def raised(version: str) -> str:
    """ "3.0" -> "3.1", "v2" -> "v3", "1.09" -> "1.10": the last number up by one."""
    match = re.search(r"(\d+)(?!.*\d)", version)
    if match is None:
        return f"{version} (2)" if version else "2"
    digits = match.group(1)
    raised = str(int(digits) + 1).zfill(len(digits))
    return version[: match.start()] + raised + version[match.end() :]


def figures_at(canvas: Canvas, touchpoint: Item) -> list[Metric]:
    """The rows of a figures sheet that name a touchpoint: they follow it when it is renamed (a row
    naming a touchpoint the canvas no longer has would stop the new version from being read)."""
    key = label_key(touchpoint.text)
    return [m for m in canvas.metrics
            if m.touchpoint is not None and m.touchpoint is not touchpoint and label_key(m.touchpoint.text) == key
            and not m.origin.startswith("lane ") and m.origin != "touchpoints"]  # fmt: skip


def each_row(changes: list[Change], changes_path: Path, errors: list[CanvasError], partial: bool,
             take: Callable[[Change], None]) -> list[CanvasError]:  # fmt: skip
    """``take`` every row; a row it rejects is an error at the row. Raises them all (with the changes
    sheet's own problems in ``errors``) unless ``partial``, which returns them as the rows skipped."""
    for change in changes:
        try:
            take(change)
        except Rejected as rejected:
            errors.append(CanvasError(Location(str(changes_path), change.sheet, f"A{change.row}"),
                                      f"row {change.row}: {rejected}"))  # fmt: skip
    if errors and not partial:
        raise CanvasErrors(errors)
    return errors
