"""Reading back the changes workbook the team filled in (see ``changes_sheet``): one ``Change`` per row
that says something, in either language's words, wherever the header row sits."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from canvasgen.errors import CanvasError, Location
from canvasgen.excel.safety import check_file, open_workbook
from canvasgen.model import value_text
from canvasgen.text import label_key
from canvasgen.words import KIT_WORDS, LANGUAGES

_FIELDS = ("col_id", "col_phase", "col_lane", "col_text", "col_action", "col_new", "col_note")


@dataclass(frozen=True)
class Change:
    row: int
    sheet: str
    id: str
    phase: str
    lane: str
    text: str
    action: str  # "keep", "change", "remove" or "add" (a row without an ID)
    new_text: str


def read_changes(path: Path) -> tuple[list[Change], list[CanvasError]]:
    """Every row that asks for something (a row that keeps its card is left out), and every row
    that cannot be understood."""
    name = str(path)
    check_file(path, name)
    opened = open_workbook(path, name)
    for sheet in opened.workbook.worksheets:
        rows = [["" if v is None else value_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        for number, row in enumerate(rows[:10], start=1):
            columns = _columns(row)
            if columns is not None:
                return _changes(rows[number:], number, sheet.title, columns, name)
    headers = " | ".join(KIT_WORDS["nl"][k] for k in _FIELDS)
    raise CanvasError(name, f"no changes sheet found: expected a header row {headers} (made by `canvasgen kit`)")


def _columns(row: list[str]) -> dict[str, int] | None:
    """The column of each field when ``row`` is the header row (in Dutch or English)."""
    keys = [label_key(cell) for cell in row]
    for language in LANGUAGES:
        words = KIT_WORDS[language]
        wanted = {field: label_key(words[field]) for field in _FIELDS}
        if all(w in keys for f, w in wanted.items() if f != "col_note"):
            return {field: keys.index(w) for field, w in wanted.items() if w in keys}
    return None


_ACTIONS = {label_key(KIT_WORDS[lang][key]): key for lang in LANGUAGES for key in ("keep", "change", "remove")}


def _changes(
    rows: list[list[str]], header: int, sheet: str, columns: dict[str, int], name: str
) -> tuple[list[Change], list[CanvasError]]:
    changes: list[Change] = []
    errors: list[CanvasError] = []
    for number, row in enumerate(rows, start=header + 1):

        def get(field: str, row: list[str] = row) -> str:
            index = columns.get(field)
            return row[index].strip() if index is not None and index < len(row) else ""

        card_id, action_text, new_text = get("col_id"), get("col_action"), get("col_new")
        action = _ACTIONS.get(label_key(action_text)) if action_text else None
        if action_text and action is None:
            shown = " / ".join(KIT_WORDS[lang][k] for lang in LANGUAGES for k in ("keep", "change", "remove"))
            errors.append(CanvasError(Location(name, sheet, f"E{number}"),
                                      f"row {number}: unknown action {action_text!r} (use {shown})"))  # fmt: skip
            continue
        if not card_id:
            if new_text or (get("col_text") and get("col_phase")):
                text = new_text or get("col_text")
                changes.append(Change(number, sheet, "", get("col_phase"), get("col_lane"), text, "add", text))
            continue
        if action is None:
            action = "change" if new_text else "keep"  # a new text with no action means change
        if action != "keep":
            changes.append(Change(number, sheet, card_id, get("col_phase"), get("col_lane"), get("col_text"),
                                  action, new_text))  # fmt: skip
    return changes, errors
