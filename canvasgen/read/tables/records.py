"""The Touchpoints and Personas sheets: one record per row under a header row."""

from __future__ import annotations

from dataclasses import dataclass, replace

from openpyxl.utils.cell import coordinate_to_tuple

from canvasgen.figures import FigureError, parse_figure
from canvasgen.model import Item, Persona, Touchpoint
from canvasgen.read.grid import Grid, Pos, one_item
from canvasgen.read.metrics.cells import cell_figure
from canvasgen.read.metrics.rows import METRIC_INDEX
from canvasgen.read.tables.sheet_roles import SheetColumns, is_period
from canvasgen.text import counted, excerpt, label_key, listed
from canvasgen.vocabulary import PERSONA_INDEX, TOUCHPOINT_INDEX, match_field
from canvasgen.vocabulary.metrics import METRIC_FIELDS

#: The header row of a Touchpoints or Personas table is among its sheet's first filled rows.
_HEADER_REACH = 30
#: Of a Metrics sheet's rows, the share whose cell in a column must be a figure for the column to hold values.
_FIGURE_SHARE = 0.6

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
    personas = [Persona(r.pop("name", None), r) for r in records]
    if found is not None and found.numbered:  # a role on two rows of a buying group: "Gebruiker 1", "Gebruiker 2"
        counts: dict[str, int] = {}
        for persona in personas:
            name = persona.name
            cell = name.source.cell.split(":")[0] if name is not None and name.source is not None else ""
            if name is not None and cell and coordinate_to_tuple(cell)[0] in found.numbered:
                counts[label_key(name.text)] = counts.get(label_key(name.text), 0) + 1
                persona.name = replace(name, text=f"{name.text} {counts[label_key(name.text)]}")
    return personas, headers, used


@dataclass(frozen=True)
class MetricRows:
    """A Metrics sheet's rows (phase/touchpoint, metric, value, target, period), its columns' headers, the
    cells they took; how its value column was found where no header names one (``said``), or why none of
    its rows is a figure (``unread``: no column holds their values; its cells are then left as notes)."""

    rows: list[dict[str, Item]]
    headers: dict[str, Item]
    used: set[Pos]
    said: str = ""
    unread: str = ""
    #: The values of earlier periods beside the value column ("Q2 2026" beside "Q3 2026"): one value is drawn per
    #: figure, so these are kept as notes ("Q2 2026 · Aanvragen (Interesse): 120"), never dropped, and said
    #: (``kept_said``).
    kept: tuple[Item, ...] = ()
    kept_said: str = ""
    #: The cells of those values, one per note of ``kept``: their figures are written in the canvas's notation once
    #: its language is known (``collect.earlier_in``), as the figures beside them are.
    kept_values: tuple[Item, ...] = ()


def read_metric_rows(grid: Grid) -> MetricRows:
    """A Metrics sheet: rows of phase/touchpoint, metric, value, target, period. Where no header names the
    value column ("KPI | Q3 2026 | Doel"), the one column of figures under a header of no field is it (the
    last of them, the latest period, where several are), said; where there is none, no row is a figure."""
    rows, headers, used = _records(grid, METRIC_INDEX, key_fields=("metric", "value"))
    if not rows or "value" in headers:
        return MetricRows(rows, headers, used)
    unknown = [key for key in headers if key not in METRIC_FIELDS]
    figured = [key for key in unknown if _mostly_figures([row[key] for row in rows if key in row], len(rows))]
    heads = " | ".join(f"'{excerpt(item.text)}'" for item in headers.values())
    if not figured:
        unread = (
            f"sheet '{grid.title}' is read as figures, but none of its columns ({heads}) is headed as their value: "
            f"no figure is read from it (its cells are kept as notes) — head the column of values 'Waarde' (or "
            f"'Value') to read them"
        )
        return MetricRows([], headers, set(), unread=unread)
    value = figured[-1]
    for row in rows:
        if value in row:
            row["value"] = row.pop(value)
    headers = {("value" if key == value else key): item for key, item in headers.items()}
    head = headers["value"]
    dated = _period_of_values(rows, headers, head)
    others = [f"'{excerpt(headers[key].text)}'" for key in figured[:-1]]
    besides = (
        f"; {listed(others)} beside it {'is' if len(others) == 1 else 'are'} kept as notes (one value per figure: "
        "give each period a row of its own, under a column 'Periode')"
        if others
        else ""
    )
    said = (
        f"{grid.title}!{head.source.cell if head.source else ''} '{excerpt(head.text)}': its column holds the "
        f"figures' values (no column is headed 'Waarde' or 'Value'){dated}{besides} — if another column holds "
        "them, head that one 'Waarde'"
    )
    values = [row[key] for key in figured[:-1] for row in rows if key in row]
    kept = [_earlier(row, key, headers[key]) for key in figured[:-1] for row in rows if key in row]
    return MetricRows(
        rows,
        headers,
        used,
        said=said,
        kept=tuple(kept),
        kept_values=tuple(values),
        kept_said=_kept_said(kept, [headers[key] for key in figured[:-1]], head),
    )


def _period_of_values(rows: list[dict[str, Item]], headers: dict[str, Item], head: Item) -> str:
    """A period heading the value column ("Q3 2026", "okt 2026") is the figures' period: each row without one of
    its own (no 'Periode' column) gets it, printed with its figure on the poster and the deck as a 'Periode'
    column's is. What is said of it (after the value column's sentence); "" for a header that is no period."""
    if "period" in headers or not is_period(head.text):
        return ""
    for row in rows:
        if "value" in row and "period" not in row:
            row["period"] = Item(head.text, head.source)
    return f", and '{excerpt(head.text)}' is their period (printed with each figure; head it 'Waarde' for none)"


def _earlier(row: dict[str, Item], key: str, head: Item) -> Item:
    """A value of an earlier period as a note, with its figure's name and place ("Q2 2026 · Aanvragen (Interesse):
    120")."""
    value = row.pop(key)
    name = row.get("metric")
    place = row.get("phase") or row.get("touchpoint") or row.get("phase_or_touchpoint")
    about = " ".join(part for part in (name.text if name else "", f"({place.text})" if place else "") if part)
    return Item(f"{head.text} · {about}: {value.text}" if about else f"{head.text}: {value.text}", value.source)


def _kept_said(kept: list[Item], earlier: list[Item], head: Item) -> str:
    """Plain ``check``'s sentence on the earlier periods' values kept as notes: their cells, and how to draw them."""
    if not kept:
        return ""
    cells = [item.source.cell for item in kept if item.source is not None]
    columns = listed([f"'{excerpt(h.text)}'" for h in earlier])
    return (
        f"{counted(len(kept), 'value')} of {columns} ({listed(cells, 6)}) beside the figures' values under "
        f"'{excerpt(head.text)}' are kept as notes, not drawn as figures (one value per figure) — to draw each "
        "period, give it a row of its own under a column 'Periode'"
    )


def _mostly_figures(items: list[Item], rows: int) -> bool:
    """Whether a column's cells are figures (a number, "46%", "€ 1.250"), in most of the sheet's rows."""
    figures = 0
    for item in items:
        if cell_figure(item) is not None:
            figures += 1
            continue
        try:
            parse_figure(item.text, "nl")
        except FigureError:
            continue
        figures += 1
    return figures >= max(1, _FIGURE_SHARE * rows)


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
