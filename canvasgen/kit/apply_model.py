"""``apply`` for a canvas read from a CSV, ODS, legacy .xls or model JSON file: there are no cells to
patch, so the changes go into the model read from it, and the model is written as a new workbook from
the template (``kit.model_book``). Rows are checked as for a workbook, and nothing is written while one
is wrong (unless ``partial``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from canvasgen.errors import CanvasErrors
from canvasgen.fileio import write_atomically
from canvasgen.kit.apply_rows import (
    Applied,
    Decision,
    Rejected,
    each_decision,
    figures_at,
    new_card_place,
    raised,
    too_long,
)
from canvasgen.kit.cards import Card
from canvasgen.kit.changes import Change
from canvasgen.kit.model_book import workbook_of
from canvasgen.language import detect_language
from canvasgen.model import Canvas, Item, Metric

Edit = Callable[[], None]


def apply_to_model(canvas: Canvas, decisions: list[Decision], applied: Applied, changes: Path, today: dt.date,
                   partial: bool) -> Applied:  # fmt: skip
    """The decided rows made in ``canvas``, written to ``applied.out`` as a new workbook in canvasgen's
    template; rows are checked as for a workbook."""
    edits: list[Edit] = []  # made only once every row has been checked
    touched: dict[str, tuple[list[Item], list[Change]]] = {}  # a lane's cell, with the rows that change it
    applied.skipped += each_decision(decisions, lambda d: edits.append(_edit(d, canvas, applied, touched)),
                                     changes, partial)  # fmt: skip
    if not edits:
        return applied
    for edit in edits:
        edit()
    texts = {where: "\n".join(i.text for i in cell) for where, (cell, _) in touched.items()}
    errors = too_long(texts, {where: rows for where, (_, rows) in touched.items()}, changes)
    if errors:
        raise CanvasErrors(errors)
    applied.version = _stamped(canvas, today)
    book = workbook_of(canvas, detect_language(canvas, "nl"))
    write_atomically(applied.out, lambda temp: book.save(temp))
    applied.written = True
    return applied


def _edit(decision: Decision, canvas: Canvas, applied: Applied,
          touched: dict[str, tuple[list[Item], list[Change]]]) -> Edit:  # fmt: skip
    change, card, new = decision.change, decision.card, decision.new
    if card is None:
        journey, phase, lane = new_card_place(change, canvas)
        cell = lane.cells[phase]
        touched.setdefault(f"{journey.name} · {journey.phases[phase].name} · {lane.heading}", (cell, []))[1].append(
            change
        )
        applied.added += 1
        return lambda: cell.append(Item(change.new_text))
    figures = figures_at(canvas, card.item) if card.kind == "touchpoint" else []
    if new is None:
        applied.removed += 1
        return lambda: _remove(canvas, card, figures)
    if card.journey is not None and card.phase is not None:
        journey = canvas.journeys[card.journey]
        lane = next(lane for lane in journey.lanes if any(i is card.item for i in lane.cells[card.phase]))
        where = f"{journey.name} · {journey.phases[card.phase].name} · {lane.heading}"
        touched.setdefault(where, (lane.cells[card.phase], []))[1].append(change)
    elif len(new) > 32_767:
        raise Rejected(f"card {card.id}'s new text has {len(new):,} characters, over Excel's 32,767 in a cell")
    applied.changed += 1

    def rename() -> None:
        for item in [card.item, *(m.touchpoint for m in figures if m.touchpoint is not None)]:
            item.text = new

    return rename


def _remove(canvas: Canvas, card: Card, figures: list[Metric]) -> None:
    """Take a card's item out of what holds it: its lane's cell, the touchpoints, a persona; a removed
    touchpoint's figures stay with their phase (without one, they go with it)."""
    item = card.item
    for metric in figures:
        metric.touchpoint = None
    canvas.metrics[:] = [m for m in canvas.metrics if not (m in figures and m.phase is None)]
    for journey in canvas.journeys:
        for lane in journey.lanes:
            for cell in lane.cells:
                if any(i is item for i in cell):
                    cell[:] = [i for i in cell if i is not item]
                    return
    canvas.touchpoints[:] = [tp for tp in canvas.touchpoints if tp.name is not item]
    for persona in canvas.personas:
        if persona.name is item:
            persona.name = None
        for key in [k for k, v in persona.fields.items() if v is item]:
            del persona.fields[key]


def _stamped(canvas: Canvas, today: dt.date) -> str | None:
    """Each journey's version raised where it has one, and its date set to today."""
    shown = None
    for journey in canvas.journeys:
        version = journey.meta.get("version")
        if version is not None:
            version.text = shown = raised(version.text)
            version.value = None
        journey.meta["date"] = Item(today.isoformat())
    return shown
