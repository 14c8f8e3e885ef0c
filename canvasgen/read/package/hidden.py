"""Rows, columns and sheets hidden in Excel that still hold text.

Hidden text reaches the client's poster unless someone says so: each sheet with hidden text gets one
warning naming the hidden rows, columns or the sheet and the first cells concerned; ``--skip-hidden``
leaves them out instead (the workbook in memory is changed, never the file).
"""

from __future__ import annotations

from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from canvasgen.errors import CanvasWarning, Location

_SHOWN = 5  # cells named in a warning


def hidden_text(workbook: Workbook, name: str, skip: bool) -> tuple[list[Worksheet], list[CanvasWarning]]:
    """The sheets to read (hidden ones left out when ``skip``) and a warning per sheet with hidden text."""
    sheets, warnings = [], []
    for ws in workbook.worksheets:
        if ws.sheet_state != "visible":
            cells = [c.coordinate for row in ws.iter_rows() for c in row if _text(c.value)]
            if cells:
                warnings.append(_warning(name, ws.title, f"sheet '{ws.title}' is hidden in Excel", cells, skip, False))
            if skip:
                continue
        else:
            warning = _hidden_lines(ws, name, skip, warnings)
            if warning is not None:
                warnings.append(warning)
        sheets.append(ws)
    return sheets, warnings


def _hidden_lines(ws: Worksheet, name: str, skip: bool, warnings: list[CanvasWarning]) -> CanvasWarning | None:
    """The warning of a sheet's hidden rows and columns with text (its text left out when ``skip``); hidden rows
    and columns of numbers only, no word in them (the data a chart draws from, such as a row of 5s for its
    neutral line), left out always, said in ``warnings``: no team wrote them for the poster."""
    rows = sorted(r for r, d in ws.row_dimensions.items() if d.hidden and r <= ws.max_row)
    columns = sorted(
        {
            i
            for key, d in ws.column_dimensions.items()
            if d.hidden
            for i in range(d.min or column_index_from_string(key), (d.max or d.min or 0) + 1)
        }
    )
    columns = [c for c in columns if c <= ws.max_column]  # a hidden range to the sheet's end: only what exists
    if not rows and not columns:
        return None
    hidden_rows, hidden_cols = set(rows), set(columns)
    charted = _numbers_only(ws, hidden_rows, hidden_cols)
    cells, numbers = [], []
    for row in ws.iter_rows():
        for cell in row:
            if (cell.row in hidden_rows or cell.column in hidden_cols) and _text(cell.value):
                if cell.row in charted[0] or cell.column in charted[1]:
                    numbers.append(cell.coordinate)  # a chart's data, no word: never a note on the poster
                    cell.value = None
                    continue
                cells.append(cell.coordinate)
                if skip:
                    cell.value = None
    if numbers:
        warnings.append(_charted(name, ws.title, charted, numbers))
    if not cells:
        return None
    parts = []
    if rows:
        parts.append(("row " if len(rows) == 1 else "rows ") + _spans(rows))
    if columns:
        letters = [get_column_letter(c) for c in columns]
        parts.append(("column " if len(letters) == 1 else "columns ") + ", ".join(letters))
    plural = len(rows) + len(columns) > 1
    what = " and ".join(parts) + (" are" if plural else " is") + " hidden in Excel"
    return _warning(name, ws.title, what, cells, skip, plural)


def _numbers_only(ws: Worksheet, rows: set[int], columns: set[int]) -> tuple[set[int], set[int]]:
    """The hidden ``rows`` and ``columns`` whose every filled cell holds a number (no word, no text at all)."""
    held: dict[tuple[str, int], list[object]] = {}
    for row in ws.iter_rows():
        for cell in row:
            if _text(cell.value):
                held.setdefault(("row", cell.row), []).append(cell.value)
                held.setdefault(("column", cell.column), []).append(cell.value)

    def numbers(key: tuple[str, int]) -> bool:
        values = held.get(key, [])
        return bool(values) and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)

    return {r for r in rows if numbers(("row", r))}, {c for c in columns if numbers(("column", c))}


def _charted(name: str, sheet: str, lines: tuple[set[int], set[int]], cells: list[str]) -> CanvasWarning:
    """The warning of hidden rows and columns of numbers only, left out."""
    rows, columns = lines
    parts = [("row " if len(rows) == 1 else "rows ") + _spans(sorted(rows))] if rows else []
    if columns:
        letters = [get_column_letter(c) for c in sorted(columns)]
        parts.append(("column " if len(letters) == 1 else "columns ") + ", ".join(letters))
    plural = len(rows) + len(columns) > 1
    shown = ", ".join(cells[:_SHOWN]) + (f" and {len(cells) - _SHOWN} more" if len(cells) > _SHOWN else "")
    hold = "hold" if plural else "holds"
    return CanvasWarning(
        Location(name, sheet),
        f"{' and '.join(parts)} hidden in Excel {hold} numbers only, no word (a chart's data): left out of the "
        f"poster and the deck: {shown}; unhide {'them' if plural else 'it'} in Excel to have them read",
    )


def _warning(name: str, sheet: str, what: str, cells: list[str], skip: bool, plural: bool) -> CanvasWarning:
    """``what`` ends in its verb ("row 3 is hidden in Excel"); ``plural`` says whether it spoke of several."""
    shown = ", ".join(cells[:_SHOWN]) + (f" and {len(cells) - _SHOWN} more" if len(cells) > _SHOWN else "")
    hold, its = ("hold", "their") if plural else ("holds", "its")
    if skip:
        return CanvasWarning(Location(name, sheet), f"{what}; {its} text is left out (--skip-hidden): {shown}")
    return CanvasWarning(
        Location(name, sheet),
        f"{what} but {hold} text, which is on the poster and in the deck: {shown}; --skip-hidden leaves it out",
    )


def _spans(numbers: list[int]) -> str:
    """1, 2, 3, 7 -> '1-3, 7'."""
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in spans)


def _text(value: object) -> bool:
    return value is not None and str(value).strip() != ""
