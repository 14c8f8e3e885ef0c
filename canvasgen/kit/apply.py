"""``canvasgen apply``: the changes a workshop made on paper, written into a new version of the workbook.

Every row of the changes sheet is checked first (its card exists, its text is still the card's text,
its phase and lane exist); nothing is written while a row is wrong, unless ``partial``. Then only the
cells that change are patched (``excel.patch``): the workbook's other sheets, styles, drop-downs and
pictures stay as they were. The version is raised and the date set where the canvas shows them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.utils.cell import coordinate_from_string

from canvasgen.errors import CanvasError, CanvasErrors, Location
from canvasgen.excel.patch import CellEdits, PatchError, Stored, patch_workbook, stored_cells
from canvasgen.kit.apply_model import apply_to_model
from canvasgen.kit.apply_rows import Applied, Rejected, checked, each_row, figures_at, new_card_place, raised
from canvasgen.kit.cards import Card, cards_of
from canvasgen.kit.cell_text import rewrite_items
from canvasgen.kit.changes import Change, read_changes
from canvasgen.model import Canvas, Item, Journey, Source
from canvasgen.pipeline.read import read
from canvasgen.text import split_items

EXCEL_EPOCH = dt.date(1899, 12, 30)


@dataclass
class _CellPlan:
    items: dict[tuple[str, int], str | None] = field(default_factory=dict)  # (text, which of that text) -> new
    added: list[str] = field(default_factory=list)
    whole: tuple[str, str | None] | None = None  # (old text, new text): a one-item cell


def apply_changes(source: Path, changes_path: Path, out: Path, partial: bool = False,
                  today: dt.date | None = None) -> Applied:  # fmt: skip
    if out.resolve() == source.resolve():
        raise CanvasError(out, "apply never overwrites the workbook it reads: name a new file with -o")
    if source.suffix.lower() not in (".xlsx", ".xlsm"):  # no cells to patch: a new workbook from the template
        return apply_to_model(source, changes_path, out, partial, today or dt.date.today())
    canvas = read(source)
    changes, errors = read_changes(changes_path)
    cards = {card.id: card for card in cards_of(canvas)}
    plans: dict[Source, _CellPlan] = {}
    applied = Applied(out)
    applied.skipped = each_row(changes, changes_path, errors, partial,
                               lambda change: _plan(change, canvas, cards, plans, applied))  # fmt: skip
    meta = _meta_cells(canvas)
    wanted: dict[str, list[str]] = {}
    for cell in [*plans, *(cell for _, _, cell in meta)]:
        wanted.setdefault(cell.sheet, []).append(cell.cell)
    stored = stored_cells(source, wanted)  # every cell read once, in one pass over the package
    edits = CellEdits()
    cell_errors = _cell_edits(source, plans, stored, edits)
    if cell_errors:
        raise CanvasErrors(cell_errors)
    applied.version = _new_version(meta, stored, edits, today or dt.date.today())
    try:
        patch_workbook(source, out, edits)
    except PatchError as error:
        raise CanvasError(source, str(error)) from None
    return applied


def _plan(change: Change, canvas: Canvas, cards: dict[str, Card], plans: dict[Source, _CellPlan],
          applied: Applied) -> None:  # fmt: skip
    if change.action == "add":
        source = _new_card_cell(change, canvas)
        plans.setdefault(source, _CellPlan()).added.append(change.new_text)
        applied.added += 1
        return
    card, new = checked(change, cards)
    if card.item.source is None:
        raise Rejected(f"card {change.id} was not read from a cell")
    if card.kind == "touchpoint":  # its figures' rows name it: renamed with it, or left to their phase
        for metric in figures_at(canvas, card.item):
            if metric.touchpoint is not None and metric.touchpoint.source is not None:
                plans.setdefault(_first_cell(metric.touchpoint.source), _CellPlan()).whole = (
                    metric.touchpoint.text,
                    new,
                )
    if card.kind == "touchpoint" and new is None:
        for item in _touchpoint_items(canvas, card.item):
            if item.source is not None:
                plans.setdefault(_first_cell(item.source), _CellPlan()).whole = (item.text, None)
    elif card.journey is None:
        plans.setdefault(_first_cell(card.item.source), _CellPlan()).whole = (card.text, new)
    else:
        plan = plans.setdefault(_first_cell(card.item.source), _CellPlan())
        plan.items[(card.text, _occurrence(canvas, card))] = new
    if new is None:
        applied.removed += 1
    else:
        applied.changed += 1


def _touchpoint_items(canvas: Canvas, name: Item) -> list[Item]:
    tp = next(tp for tp in canvas.touchpoints if tp.name is name)
    return [i for i in (tp.name, tp.phase, *tp.fields.values()) if i is not None]


def _occurrence(canvas: Canvas, card: Card) -> int:
    """Which of the items with the card's text, among those read from its cell, the card is: a cell
    may say the same thing twice."""
    assert card.journey is not None and card.phase is not None
    same = [i for lane in canvas.journeys[card.journey].lanes for i in lane.cells[card.phase]
            if i.source == card.item.source and i.text == card.item.text]  # fmt: skip
    return next(n for n, i in enumerate(same) if i is card.item)


def _first_cell(source: Source) -> Source:
    return Source(source.sheet, source.cell.split(":")[0])


def _new_card_cell(change: Change, canvas: Canvas) -> Source:
    """The cell a new card goes into: its lane's cell in its phase."""
    journey, phase, lane = new_card_place(change, canvas)
    items = [i for i in lane.cells[phase] if i.source is not None]
    if items:
        return _first_cell(items[-1].source)  # type: ignore[arg-type]
    cell = _crossing(journey, phase, lane.source)
    if cell is None:
        raise Rejected(f"canvasgen cannot tell which cell of {journey.sheet!r} holds {change.lane!r} in "
                        f"{change.phase!r}; add the card in the workbook")  # fmt: skip
    return cell


def _crossing(journey: Journey, phase: int, lane: Source | None) -> Source | None:
    """The empty cell where a lane's row (or column) crosses a phase's column (or row)."""
    head = journey.phases[phase].source
    if head is None or lane is None:
        return None
    rows = {_split(p.source.cell)[1] for p in journey.phases if p.source is not None}
    (p_col, p_row), (l_col, l_row) = _split(head.cell), _split(lane.cell)
    return Source(head.sheet, f"{p_col}{l_row}" if len(rows) == 1 else f"{l_col}{p_row}")


def _split(ref: str) -> tuple[str, int]:
    column, row = coordinate_from_string(ref.split(":")[0])
    return str(column), int(row)


def _cell_edits(
    path: Path, plans: dict[Source, _CellPlan], stored: dict[tuple[str, str], Stored], edits: CellEdits
) -> list[CanvasError]:
    errors = []
    for source, plan in plans.items():
        try:
            edits.set(source.sheet, source.cell, _new_text(plan, stored[source.sheet, source.cell].text))
        except Rejected as rejected:
            errors.append(CanvasError(Location(str(path), source.sheet, source.cell), str(rejected)))
    return errors


def _new_text(plan: _CellPlan, text: str) -> str:
    if plan.whole is not None:
        old, new = plan.whole
        if new is None:
            return text.replace(old, "", 1).strip() if old in text and old != text.strip() else ""
        return text.replace(old, new, 1) if old in text else new
    items = [" ".join(i.split()) for i in split_items(text)]
    resolved: dict[int, str | None] = {}
    for (old, which), new in plan.items.items():
        places = [n for n, i in enumerate(items) if i == " ".join(old.split())]
        if which >= len(places):
            raise Rejected(f"the cell no longer holds {old!r} as a line of its own; change it in the workbook")
        resolved[places[which]] = new
    return rewrite_items(text, resolved, plan.added)


def _meta_cells(canvas: Canvas) -> list[tuple[str, Item, Source]]:
    """Each journey's version and date, with their cells (a cell shared by journeys once)."""
    found: dict[Source, tuple[str, Item, Source]] = {}
    for journey in canvas.journeys:
        for key in ("version", "date"):
            item = journey.meta.get(key)
            if item is not None and item.source is not None:
                found.setdefault(_first_cell(item.source), (key, item, _first_cell(item.source)))
    return list(found.values())


def _new_version(meta: list[tuple[str, Item, Source]], stored: dict[tuple[str, str], Stored], edits: CellEdits,
                 today: dt.date) -> str | None:  # fmt: skip
    """Raise each journey's version by one step and set its date, where the canvas shows them."""
    shown: str | None = None
    for key, item, cell in meta:
        old = stored[cell.sheet, cell.cell]
        value = raised(item.text) if key == "version" else _dated(item.text, old, today)
        if key == "version" and isinstance(value, str):
            shown = value
        if isinstance(value, str) and not old.number:
            value = old.text.replace(item.text, value, 1) if item.text in old.text else value
        elif isinstance(value, str):
            value = float(value) if _is_number(value) else value
        edits.set(cell.sheet, cell.cell, value)
    return shown


def _is_number(text: str) -> bool:
    return re.fullmatch(r"\d+(\.\d+)?", text) is not None


def _dated(text: str, stored: Stored, today: dt.date) -> str | float:
    if stored.number:
        return float((today - EXCEL_EPOCH).days)
    if re.fullmatch(r"\d{1,2}-\d{1,2}-\d{4}", text.strip()):
        return today.strftime("%d-%m-%Y")
    if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", text.strip()):
        return today.strftime("%d/%m/%Y")
    return today.isoformat()
