"""``apply`` for a canvas read from a CSV, ODS, legacy .xls or model JSON file: there are no cells to
patch, so the changes go into the model read from it, and the model is written as a new workbook from
the template (``kit.model_book``). Rows are checked as for a workbook, and nothing is written while one
is wrong (unless ``partial``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from canvasgen.fileio import write_atomically
from canvasgen.kit.apply_rows import Applied, checked, each_row, figures_at, new_card_place, raised
from canvasgen.kit.cards import Card, cards_of
from canvasgen.kit.changes import Change, read_changes
from canvasgen.kit.model_book import workbook_of
from canvasgen.language import detect_language
from canvasgen.model import Canvas, Item, Metric
from canvasgen.pipeline.read import read

Edit = Callable[[], None]


def apply_to_model(source: Path, changes_path: Path, out: Path, partial: bool, today: dt.date) -> Applied:
    canvas = read(source)
    changes, errors = read_changes(changes_path)
    cards = {card.id: card for card in cards_of(canvas)}
    applied = Applied(out)
    edits: list[Edit] = []  # made only once every row has been checked
    applied.skipped = each_row(changes, changes_path, errors, partial,
                               lambda change: edits.append(_edit(change, canvas, cards, applied)))  # fmt: skip
    for edit in edits:
        edit()
    applied.version = _stamped(canvas, today)
    book = workbook_of(canvas, detect_language(canvas, "nl"))
    write_atomically(out, lambda temp: book.save(temp))
    return applied


def _edit(change: Change, canvas: Canvas, cards: dict[str, Card], applied: Applied) -> Edit:
    if change.action == "add":
        _, phase, lane = new_card_place(change, canvas)
        applied.added += 1
        return lambda: lane.cells[phase].append(Item(change.new_text))
    card, new = checked(change, cards)
    figures = figures_at(canvas, card.item) if card.kind == "touchpoint" else []
    if new is None:
        applied.removed += 1
        return lambda: _remove(canvas, card, figures)
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
