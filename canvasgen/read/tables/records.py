"""The Touchpoints and Personas sheets: one record per row under a header row."""

from __future__ import annotations

from canvasgen.model import Item, Persona, Touchpoint
from canvasgen.read.grid import Grid, Pos, one_item
from canvasgen.read.metrics.rows import METRIC_INDEX
from canvasgen.read.tables.sheet_roles import SheetColumns
from canvasgen.text import label_key
from canvasgen.vocabulary import PERSONA_INDEX, TOUCHPOINT_INDEX, match_field

#: The header row of a Touchpoints or Personas table is among its sheet's first filled rows.
_HEADER_REACH = 30

Records = tuple[list[dict[str, Item]], dict[str, Item], set[Pos]]


def read_touchpoints(
    grid: Grid, found: SheetColumns | None = None
) -> tuple[list[Touchpoint], dict[str, Item], set[Pos]]:
    """The touchpoints of a sheet, under its header row of known fields, or under the header row its
    columns were ``found`` by (their meaning found by what they hold)."""
    records, headers, used = _records(grid, TOUCHPOINT_INDEX, ("touchpoint",), found)
    touchpoints = [Touchpoint(r.pop("phase", None), r.pop("touchpoint", None), r) for r in records]
    return touchpoints, headers, used


def read_personas(
    grid: Grid, found: SheetColumns | None = None, least: int = 2
) -> tuple[list[Persona], dict[str, Item], set[Pos]]:
    """The personas of a sheet, one per row, as ``read_touchpoints`` reads touchpoints; on a sheet named for
    its personas a header row naming the name column alone (``least`` 1: "id | name") will do."""
    records, headers, used = _records(grid, PERSONA_INDEX, ("name",), found, least)
    return [Persona(r.pop("name", None), r) for r in records], headers, used


def read_metric_rows(grid: Grid) -> tuple[list[dict[str, Item]], dict[str, Item], set[Pos]]:
    """A Metrics sheet: rows of phase/touchpoint, metric, value, target, period."""
    return _records(grid, METRIC_INDEX, key_fields=("metric", "value"))


def _records(
    grid: Grid, index: dict[str, str], key_fields: tuple[str, ...], found: SheetColumns | None = None, least: int = 2
) -> Records:
    """Rows under the first row whose headers name at least ``least`` known fields, a key field among them (or
    the row ``found``)."""
    header_row = None
    columns: dict[int, str] = {}
    if found is not None:
        header_row = found.header_row
        for c in grid.row(header_row):
            text = grid.cells[(header_row, c)].text
            field = found.fields.get(c) or match_field(text, index)
            if c not in found.fields and field in found.fields.values():
                field = None  # the field is another column's, as found by what it holds
            columns[c] = field or label_key(text).replace(" ", "_")
    for row in sorted({r for r, _ in grid.cells})[:_HEADER_REACH] if found is None else ():
        fields = {c: match_field(grid.cells[(row, c)].text, index) for c in grid.row(row)}
        known = {c: f for c, f in fields.items() if f}
        if len(known) >= least and len(fields) >= 2 and any(f in key_fields for f in known.values()):
            header_row = row
            for c in grid.row(row):
                # Unknown columns keep their own header as the field name.
                columns[c] = fields[c] or label_key(grid.cells[(row, c)].text).replace(" ", "_")
            break
    if header_row is None:
        return [], {}, set()
    used: set[Pos] = {(header_row, c) for c in columns}
    records: list[dict[str, Item]] = []
    for row in sorted({r for r, _ in grid.cells if r > header_row}):
        record: dict[str, Item] = {}
        for c, name in columns.items():
            items = grid.items((row, c))
            if not items:
                continue
            used.add((row, c))
            record[_free(record, name)] = one_item(items)
        if record:
            records.append(record)
    headers: dict[str, Item] = {}
    for c, name in columns.items():
        headers[_free(headers, name)] = grid.whole((header_row, c))
    return records, headers, used


def _free(record: dict[str, Item], name: str) -> str:
    """A field name not yet used in the record (two columns may share a header)."""
    candidate, n = name, 2
    while candidate in record:
        candidate, n = f"{name}_{n}", n + 1
    return candidate
