"""What a sheet is for: a journey, the touchpoints, the personas or measured figures; where a canvas plainly stands.

Decided by the user's correction (``--sheet "Doelgroep=personas"``), else by the sheet's name ("Touchpoints",
"Contactmomenten", "Personas"), else by its columns, whatever the sheet is called:

- touchpoints: a header row over a column whose values are the journey's phase names (most of them) and a
  column of channels (headed as one, "Kanaal", "Via", or holding channel words: "E-mail", "App");
- personas: a header row whose first columns name people ("Naam", "Wie", "Name", or short distinct
  capitalised names that are no phases) beside columns of persona fields ("Functie", "Wil graag", "Goals",
  "Description").

The columns found say which field each column is, so a touchpoint sheet in the client's own words
("Moment", "In welke fase", "Via") is read too. Every decision is a sentence for ``check --explain``,
with the correction that changes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from openpyxl.utils import get_column_letter

from canvasgen.errors import command_line_only
from canvasgen.figures import FigureError, parse_figure
from canvasgen.read.grid import Grid, Pos
from canvasgen.read.metrics.rows import METRIC_INDEX
from canvasgen.read.tables.blocks import names_a_field
from canvasgen.text import excerpt, label_key, listed
from canvasgen.vocabulary import (
    AMBIGUOUS_ROLE_HEADERS,
    BUYING_GROUP_ROLE_KEYS,
    META_INDEX,
    METRIC_SHEET_KEYS,
    PERSONA_INDEX,
    PERSONA_SHEET_KEYS,
    TOUCHPOINT_INDEX,
    TOUCHPOINT_SHEET_KEYS,
    is_known_phase,
    is_persona_header,
    is_phase_header,
    is_stage_id_header,
    is_stage_title_header,
    lane_kind,
    match_field,
    names_a_group,
)
from canvasgen.vocabulary.calendar import MONTHS, SHORT_MONTHS
from canvasgen.vocabulary.channels import channel_of
from canvasgen.vocabulary.metrics import METRIC_FIELDS


class SheetRole(StrEnum):
    """What a sheet holds; the words of ``--sheet NAME=ROLE``."""

    JOURNEY = "journey"
    TOUCHPOINTS = "touchpoints"
    PERSONAS = "personas"
    METRICS = "metrics"


#: Of a column's filled values, the share that must name a phase (or a channel) for the column to be one.
_SHARE = 0.6
#: A name of a persona is short: a name, not a sentence.
_NAME_LENGTH = 40
#: Rows of one cell (a title, a subtitle) looked past for a persona table's header.
_TITLE_REACH = 3


@dataclass(frozen=True)
class SheetColumns:
    """A sheet read as records by its columns: the header row, the field of each column whose meaning
    was found (the others keep their header as their field), and why, for the reading."""

    role: SheetRole
    header_row: int
    fields: dict[int, str]
    why: str
    #: How its rows are named where that is no plain name column (a buying group's roles): said on a sheet whose
    #: name already made it the personas', where ``why`` is not. A sheet refused as a buying group (a role on two
    #: rows, nothing saying it lists people) is role JOURNEY, ``why`` saying why: its cells are notes.
    named: str = ""
    #: The rows of a role written on more than one row, each such member called by their role and their number
    #: among them ("Gebruiker 1", "Gebruiker 2"): a buying group named so by its sheet's name or title.
    numbered: tuple[int, ...] = ()


def role_by_name(title: str) -> SheetRole | None:
    """The role a sheet's name gives it ("Touchpoints", "Contactmomenten", "Personas", "Metingen")."""
    key = label_key(title)
    if key in TOUCHPOINT_SHEET_KEYS:
        return SheetRole.TOUCHPOINTS
    if key in PERSONA_SHEET_KEYS:
        return SheetRole.PERSONAS
    if key in METRIC_SHEET_KEYS:
        return SheetRole.METRICS
    return None


def _header(grid: Grid, titled: bool = False) -> tuple[int, list[int], list[int]] | None:
    """The first filled row, when it is a header (two or more text cells, none a number) over rows of
    records: the row, its columns and the rows below. ``titled``: a title above it (rows of one cell, a few at
    most: "Inkoopgroep Bakkerij Jansen") is looked past."""
    rows = sorted({r for r, _ in grid.cells})
    start = next((i for i, r in enumerate(rows[:_TITLE_REACH]) if len(grid.row(r)) >= 2), 0) if titled else 0
    rows = rows[start:]
    if len(rows) < 2:
        return None
    header, body = rows[0], rows[1:]
    cols = grid.row(header)
    if len(cols) < 2 or any(grid.cells[(header, c)].number is not None for c in cols):
        return None
    if any(grid.span((header, c))[0] > 1 for c in cols):
        return None  # a header merged down over two rows is a canvas's phase row, not a record header
    return header, cols, body


def _values(grid: Grid, body: list[int], col: int) -> list[str]:
    return [grid.text((r, col)).strip() for r in body if grid.text((r, col)).strip()]


def _share(values: list[str], test: Callable[[str], bool]) -> float:
    return sum(1 for v in values if test(v)) / len(values) if values else 0.0


def may_be_touchpoints(grid: Grid) -> bool:
    """True when the sheet's first row heads a column of channels: it may be a touchpoint table, which
    its column of phase names tells once the journeys are read."""
    found = _header(grid)
    if found is None:
        return False
    header, cols, body = found
    return any(_channels(grid.text((header, c)), _values(grid, body, c)) for c in cols)


def _channels(head: str, values: list[str]) -> bool:
    """A column of channels: headed as one ("Kanaal", "Via"), or holding channel words ("E-mail", "App")."""
    by_values = bool(values) and _share(values, lambda v: channel_of(v) is not None) >= _SHARE
    return match_field(head, TOUCHPOINT_INDEX) == "channel" or by_values


def touchpoint_columns(grid: Grid, phase_keys: set[str]) -> SheetColumns | None:
    """The sheet as a touchpoint table by its columns, or None: a column naming the journey's phases and
    a column of channels, under one header row."""
    found = _header(grid)
    if found is None or not phase_keys:
        return None
    header, cols, body = found
    heads = {c: grid.text((header, c)) for c in cols}
    values = {c: _values(grid, body, c) for c in cols}
    phase_col = next(
        (
            c
            for c in cols
            if values[c] and not _is_id(heads[c]) and _share(values[c], lambda v: label_key(v) in phase_keys) >= _SHARE
        ),
        None,
    )
    if phase_col is None:
        return None
    channel_col = next(
        (c for c in cols if c != phase_col and _channels(heads[c], values[c])),
        None,
    )
    if channel_col is None:
        return None
    named = next((c for c in cols if match_field(heads[c], TOUCHPOINT_INDEX) == "touchpoint"), None)
    name_col = named if named is not None else next((c for c in cols if c not in (phase_col, channel_col)), None)
    fields = {phase_col: "phase", channel_col: "channel"}
    if name_col is not None:
        fields[name_col] = "touchpoint"
    phase_letter, channel_letter = get_column_letter(phase_col), get_column_letter(channel_col)
    why = (
        f"touchpoints, by its columns: column {phase_letter} ('{excerpt(heads[phase_col])}') names the journey's "
        f"phases, column {channel_letter} ('{excerpt(heads[channel_col])}') channels"
        + (f", column {get_column_letter(name_col)} ('{excerpt(heads[name_col])}') the touchpoints" if name_col else "")
    )
    return SheetColumns(SheetRole.TOUCHPOINTS, header, fields, why)


def persona_columns(grid: Grid, phase_keys: set[str], named: bool = False) -> SheetColumns | None:
    """The sheet as a persona table by its columns, or None: a column of names (headed as names, or short
    distinct capitalised names, no phases) beside columns of persona fields, none of a journey's; or, with no
    column of names, a column of roles beside them (``role_columns``). ``named``: the sheet is the personas' by
    its name or the user's word."""
    by_role = role_columns(grid, phase_keys, named)
    if by_role is not None:  # a buying group, or one refused (said)
        return by_role
    found = _header(grid)
    if found is None:
        return None
    header, cols, body = found
    heads = {c: grid.text((header, c)) for c in cols}
    fields = {c: f for c in cols if (f := match_field(heads[c], PERSONA_INDEX))}
    if _journey_table(grid, heads, fields, body):
        return None
    name_col = next((c for c, f in fields.items() if f == "name"), None)
    if name_col is None:
        name_col = next((c for c in cols[:2] if _names(_values(grid, body, c), len(body))), None)
        if name_col is None:
            return None
        fields[name_col] = "name"
    names = _values(grid, body, name_col)
    if not names or len({label_key(n) for n in names}) < len(names):
        return None  # a name repeated down the rows: a persona's rows of a longer table, not one per row
    if any(is_known_phase(n) or label_key(n) in phase_keys for n in names):
        return None  # the names are phases: a stage list or a journey turned on its side
    if _share(names, lambda n: match_field(n, PERSONA_INDEX) is not None) >= _SHARE:
        return None  # "Name", "Age", "Occupation" down a column: a key/value block's labels, no one's names
    others = [c for c, f in fields.items() if c != name_col and f != "name"]
    headed = match_field(heads[name_col], PERSONA_INDEX) == "name"
    if len({fields[c] for c in others}) < (1 if headed else 2):
        return None  # one field across every column ("Doel: ..." over each phase): a canvas's heading row
    letter = get_column_letter(name_col)
    why = f"personas, by its columns: column {letter} ('{excerpt(heads[name_col])}') names them, beside " + ", ".join(
        f"'{excerpt(heads[c])}'" for c in others
    )
    return SheetColumns(SheetRole.PERSONAS, header, fields, why)


def role_columns(grid: Grid, phase_keys: set[str], named: bool = False) -> SheetColumns | None:
    """The sheet as a buying group, one member per row called by their role, or None: a header row (a title of a
    row or two above it looked past) with a column headed as the role ("Rol", "Role", "Functie") and no column of
    names, beside at least one column of another persona field ("Beschrijving", "Description", "Omschrijving"),
    the roles short and all different, one in every row (blank rows between members or not). "Functie" heads a
    list of a product's features as often as of job titles: on a sheet not ``named`` for its personas, its rows
    are members only where a role is a buying group's ("Beslisser") or the sheet's name or title names people."""
    found = _header(grid, titled=True)
    if found is None:
        return None
    header, cols, body = found
    heads = {c: grid.text((header, c)) for c in cols}
    fields = {c: f for c in cols if (f := match_field(heads[c], PERSONA_INDEX))}
    role_col = next((c for c, f in fields.items() if f == "role"), None)
    if role_col is None or "name" in fields.values() or _journey_table(grid, heads, fields, body):
        return None
    roles = _values(grid, body, role_col)
    if len(roles) != len(body) or any(len(r) > _NAME_LENGTH or label_key(r) in phase_keys for r in roles):
        return None  # a role missing or long: no list of members; the journey's phases: a table of its own
    if _share(roles, lambda n: match_field(n, PERSONA_INDEX) is not None) >= _SHARE:
        return None  # "Rol", "Doelen" down a column: a key/value block's labels
    if _share(roles, _canvas_term) >= _SHARE:
        return None  # "Touchpoint", "Persona", "Pijnpunten" down a column: a glossary of the canvas's words
    others = [c for c in fields if c != role_col]
    if not others or not (named or _people_said(grid, header, heads[role_col], roles)):
        return None
    column = f"column {get_column_letter(role_col)} ('{excerpt(heads[role_col])}')"
    twice = _repeated(grid, body, role_col)
    if twice and not (named or any(names_a_group(t) for t in _titles(grid, header))):
        # a role on two rows: a list of user stories ("Als gebruiker ...") as often as a group; said, never guessed
        role, rows = next(iter(twice.items()))
        return SheetColumns(
            SheetRole.JOURNEY,
            header,
            {},
            f"rows {listed([str(r) for r in rows])} share the role '{excerpt(role)}' in {column}: no buying group "
            "(its members' roles all differ), read as notes — if they are its members, add a column 'Naam' or "
            "'Name' beside the role, or name the sheet 'Inkoopgroep' (or 'Buying group')",
        )
    fields[role_col] = "name"
    numbered = tuple(r for rows in twice.values() for r in rows)
    shared = "; ".join(
        f"rows {listed([str(r) for r in rows])} share the role '{excerpt(role)}': called "
        + listed([f"'{excerpt(role)} {k}'" for k in range(1, len(rows) + 1)])
        for role, rows in twice.items()
    )
    named_by = (
        f"one member per row (rows {body[0]} to {body[-1]}), each called by their role in {column}, beside "
        f"{', '.join(repr(excerpt(heads[c])) for c in others)}"
        + (f"; {shared}, as the sheet says it lists people" if shared else "")
        + " (to name them otherwise, add a column 'Naam' or 'Name' beside the role)"
    )
    return SheetColumns(SheetRole.PERSONAS, header, fields, f"personas, by its columns: {named_by}", named_by, numbered)


def _repeated(grid: Grid, body: list[int], col: int) -> dict[str, list[int]]:
    """The roles written on more than one row of the column, each with its rows, in the order they come."""
    rows: dict[str, list[int]] = {}
    for r in body:
        if text := grid.text((r, col)).strip():
            rows.setdefault(label_key(text), []).append(r)
    return {grid.text((rs[0], col)).strip(): rs for rs in rows.values() if len(rs) > 1}


def _titles(grid: Grid, header: int) -> list[str]:
    """The sheet's name and the titles above its header row."""
    return [grid.title] + [grid.text(pos) for pos in grid.cells if pos[0] < header]


def _canvas_term(text: str) -> bool:
    """A word of the canvas itself, no one's role: a lane's label ("Pijnpunten", "Touchpoint", "Backstage"), a
    phase's heading ("Fase"), or what a map's header names ("Klantreis", "Persona", "Scenario")."""
    return (
        lane_kind(text) is not None
        or is_phase_header(text)
        or match_field(text, META_INDEX) in ("journey", "persona", "scenario")
        or match_field(text, TOUCHPOINT_INDEX) == "touchpoint"
    )


def _journey_table(grid: Grid, heads: dict[int, str], fields: dict[int, str], body: list[int]) -> bool:
    """A phase column, or a lane label that is no persona's field ("Frustrationen", "Pain points" head a persona's
    column as often as a lane), or words left of the header (a column of lane labels): a journey's table."""
    if any(is_phase_header(h) or (lane_kind(h) and c not in fields) for c, h in heads.items()):
        return True
    return any(c < min(heads) for r in body for c in grid.row(r))


def _people_said(grid: Grid, header: int, role_head: str, roles: list[str]) -> bool:
    """Whether a table of roles is one of people: headed by a word of no other meaning ("Rol", "Role"), or, under a
    "Functie", with a buying group's role among them ("Beslisser") or the sheet's name or a title above the
    header naming people ("Inkoopgroep", "Stakeholders", "Doelgroep")."""
    if label_key(role_head) not in AMBIGUOUS_ROLE_HEADERS:
        return True
    if any(f" {word} " in f" {label_key(r)} " for r in roles for word in BUYING_GROUP_ROLE_KEYS):
        return True
    return any(names_a_group(t) for t in _titles(grid, header))


def _is_id(head: str) -> bool:
    """A column of ids ("id", "Nr", "stage_id"): a stage list's, whose ids may be the phases' names."""
    key = label_key(head)
    return key in {"id", "nr", "no", "number", "seq"} or key.endswith(" id") or key.startswith("id ")


def _names(values: list[str], rows: int) -> bool:
    """Short, distinct, capitalised: a column of people's names, one per row."""
    keys = [label_key(v) for v in values]
    return (
        len(values) == rows
        and len(set(keys)) == len(keys)
        and all(len(v) <= _NAME_LENGTH and v[:1].isupper() and len(v.split()) <= 3 for v in values)
    )


#: A date written as text in a data export's column: "2026-10-01", "1-10-2026", "01/10/26".
_DATE_TEXT = re.compile(r"\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")
#: The fewest rows of dates that make a sheet a data export, and the share of them that must be dates.
_MIN_DATED_ROWS = 5
_DATED_SHARE = 0.8


def data_export(grid: Grid) -> str | None:
    """Why the sheet is data, not a journey: a header row of words that name no lane, no phase and no phase
    header ("Datum | Pagina | Sessies | Bounce"), over rows whose first column holds dates (or the second,
    after record numbers): an analytics export pasted beside the canvas, an order list; None otherwise. Such
    a sheet is read as figures (its rows notes, one per row), never as a journey of dates for phases and rates
    for scores."""
    rows = sorted({r for r, _ in grid.cells})
    if len(rows) < 1 + _MIN_DATED_ROWS:
        return None
    header_row, body = rows[0], rows[1:]
    heads = [grid.text((header_row, c)) for c in grid.row(header_row)]
    if len(heads) < 2 or any(
        lane_kind(h) or is_phase_header(h) or is_known_phase(h) or grid.cells[(header_row, c)].number is not None
        for h, c in zip(heads, grid.row(header_row), strict=True)
    ):
        return None
    # dates down its first column, or the second after a column of record numbers ("Ordernr | Datum | Bedrag");
    # a card list's date of making at its end ("… | Author | Created at") dates no rows of data
    cols = grid.row(header_row)
    numbered = all(grid.cells[(r, cols[0])].number is not None for r in body if (r, cols[0]) in grid.cells)
    counts = {c: sum(1 for r in body if _a_date(grid, (r, c))) for c in cols[: 2 if numbered else 1]}
    first = max(counts, key=lambda c: (counts[c], -c))
    dated = counts[first]
    if dated < max(_MIN_DATED_ROWS, _DATED_SHARE * len(body)):
        return None
    return (
        f"data, by what it holds: a header of no lane, phase or phase header ('{excerpt(' | '.join(heads))}') "
        f"over {dated:,} rows dated in column {get_column_letter(first)}: its rows kept as notes, one per row, no "
        "journey"
    )


#: Words that name a period, as a column of chart data heads its labels ("Maand", "Kwartaal", "Year").
_PERIOD_HEADS = {label_key(w) for w in METRIC_FIELDS["period"]} | set(
    ["jaar", "year", "jahr", "annee", "ano", "monat", "mois", "mes", "quartal", "trimestre", "tijdvak", "dag", "day"]
)
_MONTH_WORDS = {label_key(m).rstrip(".") for names in (*MONTHS.values(), *SHORT_MONTHS.values()) for m in names}
#: A period written as text: a year, a quarter or half ("Q3", "Q3 2026", "K2", "H1"), a week ("week 12", "wk 12").
_PERIOD_TEXT = re.compile(
    r"(?:(?:[qkth][1-4]|week|wk|w)\s*\d{0,2}\s*(?:[-/ ]?\s*'?\d{2,4})?|\d{4}(?:\s*[-/]\s*[qkh]?\d{1,2})?)"
)
#: The fewest rows of chart data under its header.
_MIN_CHART_ROWS = 2
#: A label of chart data is short: a period or a name, not a sentence.
_LABEL_WORDS = 4


def is_period(text: str) -> bool:
    """A period as a chart's label: a month ("jan", "maart 2026"), a year, a quarter, a week, a date."""
    key = label_key(text)
    words = key.split()
    if not words:
        return False
    if words[0] in _MONTH_WORDS and all(w.isdigit() for w in words[1:]):
        return True
    return _PERIOD_TEXT.fullmatch(key) is not None or _DATE_TEXT.fullmatch(text.strip()) is not None


def chart_data(grid: Grid, phases: set[str]) -> str | None:
    """Why the sheet is data, not a journey: a header of no lane, phase or field over a column of labels (periods,
    "jan | feb | mrt"; or short names beside a canvas of ``phases`` read before) whose every other column holds
    figures ("Maand | Bezoekers": the data behind a chart); None otherwise. Never a journey of months for
    phases and visitor counts for scores."""
    rows = sorted({r for r, _ in grid.cells})
    if len(rows) < 1 + _MIN_CHART_ROWS:
        return None
    header_row, body = rows[0], rows[1:]
    cols = sorted({c for _, c in grid.cells})  # the labels' column may have no header (a chart's blank corner)
    heads = [grid.text((header_row, c)) for c in cols]
    if len(cols) < 2 or not all(h.strip() for h in heads[1:]) or grid.row(header_row)[-1] != cols[-1]:
        return None
    if any(
        lane_kind(h) or is_phase_header(h) or is_known_phase(h) or _a_number(grid, (header_row, c))
        for h, c in zip(heads, cols, strict=True)
        if h.strip()
    ):
        return None
    labels = [grid.text((r, cols[0])).strip() for r in body]
    years = all(_PERIOD_TEXT.fullmatch(label) and len(label) == 4 for label in labels)  # "Jaar | Omzet": 2024
    if not all(labels) or (not years and any(_a_number(grid, (r, cols[0])) for r in body)):
        return None
    if any(len(label.split()) > _LABEL_WORDS for label in labels):
        return None
    if not all(sum(1 for r in body if _a_figure(grid, (r, c))) >= _DATED_SHARE * len(body) for c in cols[1:]):
        return None
    periods = label_key(heads[0]) in _PERIOD_HEADS or sum(map(is_period, labels)) >= _DATED_SHARE * len(labels)
    if not periods and (
        not phases
        or any(names_a_field(h) for h in heads)
        or sum(1 for x in labels if label_key(x) in phases) >= _SHARE * len(labels)
    ):
        # short labels are data only beside a canvas read before them (alone, they may be a journey's steps
        # scored), and never a persona's or a touchpoint's fields, nor figures by the canvas's own phases
        return None
    what = "periods" if periods else "labels"
    return (
        f"data, by what it holds: a header of no lane or phase ('{excerpt(' | '.join(h for h in heads if h))}') over "
        f"{len(body)} "
        f"{what} in column {get_column_letter(cols[0])} ('{excerpt(labels[0])}' …) beside figures only, as a "
        "chart's data: its rows kept as notes, one per row, no journey"
    )


@dataclass(frozen=True)
class FiguresTable:
    """A sheet of figures by its columns: a header naming a metric and its value (and a phase, a target: the
    Metingen columns, "Fase | Metriek | Waarde | Doel"), over rows whose values are numbers."""

    heads: list[str]
    phases: list[str]  # the phase column's names, as written ([] without one)

    def said(self) -> str:
        return f"figures, by its columns ('{excerpt(' | '.join(self.heads))}'): read as the Metingen sheet is"

    def unknown(self, sheet: str, known: set[str]) -> str:
        """Why it was read as a journey all the same: phases of its phase column that the canvas has not."""
        others = [p for p in self.phases if label_key(p) not in known]
        return (
            f"sheet '{sheet}' looks like figures by its columns ('{excerpt(' | '.join(self.heads))}'), but "
            f"{', '.join(repr(excerpt(p)) for p in others)} in its phase column "
            f"{'is no phase' if len(others) == 1 else 'are no phases'} of the canvas: read as a journey of its "
            f"own — to read it as figures, name the canvas's phases there and give --sheet '{sheet}=metrics'"
        )


def figures_table(grid: Grid) -> FiguresTable | None:
    """The sheet as figures by its columns: its first row heads a metric and its value column among the
    Metingen columns, over two rows or more whose values are numbers (most of them); None otherwise."""
    rows = sorted({r for r, _ in grid.cells})
    if len(rows) < 3:
        return None
    header_row, body = rows[0], rows[1:]
    cols = grid.row(header_row)
    fields = {c: match_field(grid.text((header_row, c)), METRIC_INDEX) for c in cols}
    if "metric" not in fields.values() or len(cols) < 2:
        return None

    def figures(col: int) -> bool:  # most rows: a value written as words ("veel") is said and kept as a note
        return sum(1 for r in body if _a_figure(grid, (r, col))) >= _SHARE * len(body)

    # the value column by its header, else the last column of figures under a header of no field ("Q3 2026")
    value = next((c for c, f in fields.items() if f == "value"), None)
    if value is None:
        value = next((c for c in reversed(cols) if fields[c] is None and figures(c)), None)
    if value is None or not figures(value):
        return None
    phase = next((c for c, f in fields.items() if f == "phase"), None)
    phases = [] if phase is None else [t for r in body if (t := grid.text((r, phase)).strip())]
    return FiguresTable([grid.text((header_row, c)) for c in cols], phases)


def _a_number(grid: Grid, pos: Pos) -> bool:
    cell = grid.cells.get(pos)
    return cell is not None and cell.number is not None


def _a_figure(grid: Grid, pos: Pos) -> bool:
    """Whether a cell holds a figure: a number, or text that states one ("46%", "€ 1.250")."""
    cell = grid.cells.get(pos)
    if cell is None:
        return False
    if cell.number is not None:
        return True
    try:
        parse_figure(cell.text, "nl")
    except FigureError:
        return False
    return True


def _a_date(grid: Grid, pos: Pos) -> bool:
    cell = grid.cells.get(pos)
    return cell is not None and (cell.when is not None or _DATE_TEXT.fullmatch(cell.text.strip()) is not None)


def undo(role: SheetRole, sheet: str) -> str:
    """The correction that reads the sheet otherwise, for the reading."""
    other = SheetRole.PERSONAS if role is SheetRole.JOURNEY else SheetRole.JOURNEY
    return command_line_only(f"--sheet '{sheet}={other.value}'")


# Where a sheet plainly holds a canvas: a phase row over a column of lane labels (or, turned on its side, a
# phase column beside a row of lane labels). Read before the personas of
# a sheet, so a persona block or persona table standing above, under or beside a canvas on the same sheet takes
# none of the canvas's cells (its phase row as personas' names, its last lane as a persona's fields). Only the
# plain shape counts: a corner headed as phases ("Fase", "Stage") over at least one known lane label, known
# phase names over at least two known lane labels, or a blank corner over at least three known lane labels (phases
# in the client's own words: "Melden | Wachten"), each run of cells unbroken (but for a blank row among the
# lanes, with a known lane label under it).

#: The fewest phases of a canvas: one filled cell beside a label is a key/value pair, not a phase row.
_MIN_PHASES = 2
#: The fewest known lane labels under a blank corner that make a canvas of phases canvasgen does not know: a
#: persona's fields named like lanes ("Doelen", "Frustraties") stand beside a heading, never under a blank corner.
_MIN_LANES_UNHEADED = 3


@dataclass(frozen=True)
class CanvasArea:
    """A canvas found by its shape: its corner, its last row and column, and the cells in it."""

    corner: Pos
    last: Pos
    cells: frozenset[Pos]


def _run(grid: Grid, start: Pos, across: bool) -> list[Pos]:
    """The filled cells from ``start`` on (right or down), unbroken; a merged cell counts once."""
    run: list[Pos] = []
    row, col = start
    while grid.text((row, col)).strip() and grid.owner((row, col)) == (row, col):
        run.append((row, col))
        height, width = grid.span((row, col))
        row, col = (row, col + width) if across else (row + height, col)
    return run


def _labels_down(grid: Grid, start: Pos) -> list[Pos]:
    """The lane labels from ``start`` down: a run of them, on past a blank row when a known lane label follows
    it (a canvas with a blank row among its lanes is one canvas, its lanes under the blank row its own: no
    persona block under or beside it takes them)."""
    labels = _run(grid, start, across=False)
    while labels:
        last_row = labels[-1][0] + grid.span(labels[-1])[0] - 1
        after = (last_row + 2, start[1])
        if grid.text((last_row + 1, start[1])).strip() or not lane_kind(grid.text(after)):
            break
        labels += _run(grid, after, across=False)
    return labels


def _area_at(grid: Grid, corner: Pos, listed: ListedStages | None = None) -> CanvasArea | None:
    """The canvas cornered at ``corner``: its phases across the corner's row over lane labels down its column,
    else (a canvas turned on its side) its phases down the column beside lane labels across the row."""
    return _area_along(grid, corner, True, listed) or _area_along(grid, corner, False)


@dataclass(frozen=True)
class ListedStages:
    """The stages the sheet's stage lists title (label keys), and the rows the lists stand on (header and
    stages): a row elsewhere that names them is a canvas's phase row."""

    titles: frozenset[str] = frozenset()
    rows: frozenset[int] = frozenset()

    def named_in(self, row: int, names: list[str]) -> int:
        """How many of ``names`` (a row's or column's, ``row`` the header's) title a stage listed apart."""
        return 0 if row in self.rows else sum(1 for n in names if label_key(n) in self.titles)


def listed_stages(grid: Grid) -> ListedStages:
    """The stages of the sheet's stage lists: on a row naming ids ("id", "nr") and titles ("title", "Naam
    fase"), the cells under its surest title header, down to the first blank cell."""
    titles: set[str] = set()
    rows: set[int] = set()
    for r in sorted({r for r, _ in grid.cells}):
        cols = grid.row(r)
        if not any(is_stage_id_header(grid.text((r, c))) for c in cols):
            continue
        sure = {c: is_stage_title_header(grid.text((r, c))) for c in cols if not is_stage_id_header(grid.text((r, c)))}
        title_col = max((c for c in sure if sure[c]), key=lambda c: (sure[c], -c), default=None)
        if title_col is None:
            continue
        below = r + 1
        while key := label_key(grid.text((below, title_col))):
            titles.add(key)
            below += 1
        rows.update(range(r, below))
    return ListedStages(frozenset(titles), frozenset(rows))


def _area_along(grid: Grid, corner: Pos, phases_across: bool, listed: ListedStages | None = None) -> CanvasArea | None:
    # The run along the corner's row is short, the one down its column may be long: the long one is followed
    # only where the short one may start a canvas (following a long column from every row of a 3000-row CSV
    # is quadratic). A canvas is headed as phases over a known lane label, or of known phases over two.
    row, col = corner
    headed = is_phase_header(grid.text(corner))
    blank = not grid.text(corner).strip()
    if phases_across:
        phases = _run(grid, (row, col + 1), across=True)
        known_phases = _mostly_known_phases(grid, phases)
        if len(phases) < _MIN_PHASES or not (headed or known_phases or blank):
            return None
        labels = _labels_down(grid, (row + 1, col))
        known_lanes = _known_lanes(grid, labels)
    else:
        labels = _run(grid, (row, col + 1), across=True)
        known_lanes = _known_lanes(grid, labels)
        if not (known_lanes >= 2 or (headed and known_lanes >= 1)):
            return None
        phases = _run(grid, (row + 1, col), across=False)
        known_phases = _mostly_known_phases(grid, phases)
        if len(phases) < _MIN_PHASES:
            return None
    unheaded = blank and known_lanes >= _MIN_LANES_UNHEADED
    # phases named as a stage list on the sheet titles its stages, over lanes in the team's own words: ids over
    # names, the list is this canvas's
    named = phases_across and listed is not None and len(labels) >= 1 and _names_listed(grid, row, phases, listed)
    # under a blank corner, a record's table beside it on its header row, past a blank column ("Persona | Rol"):
    # the phases end there, and the canvas is one of its own (the table is no canvas's, nor the canvas a table's)
    beside = phases_across and blank and len(labels) >= 2 and _record_beside(grid, row, phases)
    if not ((headed and known_lanes >= 1) or (known_phases and known_lanes >= 2) or unheaded or named or beside):
        return None
    if phases_across:
        phases += _phases_past_blank_headers(grid, phases, labels)
    ends = [pos[0] + grid.span(pos)[0] - 1 for pos in (*phases, *labels)]
    last_row = max(ends)
    last_col = max(pos[1] + grid.span(pos)[1] - 1 for pos in (*phases, *labels))
    cells = frozenset(pos for pos in grid.cells if row <= pos[0] <= last_row and col <= pos[1] <= last_col)
    return CanvasArea(corner, (last_row, last_col), cells)


def _phases_past_blank_headers(grid: Grid, phases: list[Pos], labels: list[Pos]) -> list[Pos]:
    """The phases right of a header cell left blank over a column the lanes fill (a phase whose name was left
    out, "Actie" forgotten): the canvas goes on past it to its next named phases, so a table beside the canvas
    on its phase row (a persona table past a blank column) never takes the phases after the blank one. A blank
    column (blank header, nothing on the lanes' rows: a spacer or the gap before a side table) ends the canvas."""
    more: list[Pos] = []
    last = phases[-1]
    lane_rows = {r for r, _ in labels}
    while True:
        row, col = last[0], last[1] + grid.span(last)[1]
        if grid.text((row, col)).strip() or grid.owner((row, col)) != (row, col):
            return more
        if not any(grid.text((r, col)).strip() for r in lane_rows):
            return more  # nothing under the blank header on the lanes' rows: a blank column, not a phase
        after = _run(grid, (row, col + 1), across=True)
        if not after:
            return more
        more += after
        last = after[-1]


def _known_lanes(grid: Grid, labels: list[Pos]) -> int:
    return sum(1 for pos in labels if lane_kind(grid.text(pos)))


def _record_beside(grid: Grid, row: int, phases: list[Pos]) -> bool:
    """True when the header row goes on past one or two blank columns after the phases with a table's headers, most of
    them a record's fields ("Persona | Rol | Doel", "Actie | Eigenaar"), while none of the phases names one."""
    after = phases[-1][1] + grid.span(phases[-1])[1]
    start = next((c for c in (after + 1, after + 2) if grid.text((row, c)).strip()), None)
    if grid.text((row, after)).strip() or start is None:
        return False
    heads = [grid.text(pos) for pos in _run(grid, (row, start), across=True)]
    fields = sum(map(names_a_field, heads))
    return len(heads) >= 2 and 2 * fields > len(heads) and not any(names_a_field(grid.text(p)) for p in phases)


def _names_listed(grid: Grid, row: int, phases: list[Pos], listed: ListedStages) -> bool:
    """Two or more phases, most of them titles of a stage list apart on the sheet."""
    named = listed.named_in(row, [grid.text(pos) for pos in phases])
    return named >= 2 and named * 2 >= len(phases)


def _mostly_known_phases(grid: Grid, phases: list[Pos]) -> bool:
    return sum(1 for pos in phases if is_known_phase(grid.text(pos))) * 2 >= len(phases)


def canvas_areas(grid: Grid) -> list[CanvasArea]:
    """The canvases of a sheet found by their plain shape, top to bottom, none inside another."""
    # a corner is headed as phases, stands over a known lane label, or beside a known phase name: only those are
    # followed along their row and column (following every cell of a dense sheet is quadratic in its size)
    corners = {
        (r, c)
        for r, c in grid.cells
        if is_phase_header(grid.text((r, c)))
        or is_known_phase(grid.text((r, c + 1)))
        or is_known_phase(grid.text((r + 1, c)))
    }
    labelled = [(r, c) for r, c in grid.cells if lane_kind(grid.text((r, c)))]
    corners |= {(r - 1, c) for r, c in labelled if r > 1} | {(r, c - 1) for r, c in labelled if c > 1}
    # a blank corner left of a known phase name (the first lane a question of the team's own, "Wat doet de inwoner?")
    corners |= {
        (r, c - 1)
        for r, c in grid.cells
        if c > 1 and (r, c - 1) not in grid.cells and is_known_phase(grid.text((r, c)))
    }
    # a corner left of a row naming the stages of a stage list on the sheet (its canvas, in the team's lane words)
    listed = listed_stages(grid)
    # a blank corner before a row that goes on with a persona table's header past a blank column ("Persona")
    persona_rows = {r for r, c in grid.cells if is_persona_header(grid.text((r, c)))}
    corners |= {(r, min(grid.row(r)) - 1) for r in persona_rows if min(grid.row(r)) > 1}
    corners |= {
        (r, c - 1)
        for r, c in grid.cells
        if c > 1 and r not in listed.rows and label_key(grid.text((r, c))) in listed.titles
    }
    areas: list[CanvasArea] = []
    taken: set[Pos] = set()
    for corner in sorted(corners):
        if corner in taken:
            continue
        area = _area_at(grid, corner, listed)
        if area is not None:
            areas.append(area)
            taken |= area.cells
    return areas


# The neighbours of a canvas on its sheet: what stands around a canvas found by its shape, cut into the separate
# blocks a reader takes one at a time (a persona block above it, a column of notes right of it, an empathy map
# left of it, a stage list below it).

Box = tuple[int, int, int, int]  # top row, left column, bottom row, right column
#: The most pieces of a sheet around its canvases joined into blocks (each pair is compared, again per join).
_MOST_PIECES = 60


@dataclass(frozen=True)
class _Block:
    """Cells of a sheet read together, the rows and columns they cover, and the canvases' sides they stand on."""

    cells: set[Pos]
    box: Box
    sides: set[tuple[int, str]]


def block_box(grid: Grid, cells: set[Pos]) -> Box:
    """The rows and columns a block covers, its merged cells whole."""
    ends = [(r + grid.span((r, c))[0] - 1, c + grid.span((r, c))[1] - 1) for r, c in cells]
    return min(r for r, _ in cells), min(c for _, c in cells), max(r for r, _ in ends), max(c for _, c in ends)


def _near(one: Box, other: Box) -> bool:
    """Two blocks at most one blank row or column apart, side by side or one over the other (never corner to
    corner): one block (an empathy map's halves with a blank column between, a persona's fields with a blank
    row among them)."""
    top, left, bottom, right = one
    o_top, o_left, o_bottom, o_right = other
    rows_meet, cols_meet = top <= o_bottom and o_top <= bottom, left <= o_right and o_left <= right
    rows_near, cols_near = top - 2 <= o_bottom and o_top <= bottom + 2, left - 2 <= o_right and o_left <= right + 2
    return (rows_meet and cols_near) or (cols_meet and rows_near)


def _touching(cells: set[Pos]) -> list[set[Pos]]:
    """The cells in groups that touch (a cell beside, over or diagonal to another)."""
    groups: list[set[Pos]] = []
    left = set(cells)
    while left:
        start = left.pop()
        group, todo = {start}, [start]
        while todo:
            r, c = todo.pop()
            for pos in [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)]:
                if pos in left:
                    left.discard(pos)
                    group.add(pos)
                    todo.append(pos)
        groups.append(group)
    return groups


def _sides(box: Box, canvases: list[Box]) -> set[tuple[int, str]]:
    """The sides of each canvas a block stands on (over, under, left or right of it, in its columns or rows)."""
    top, left, bottom, right = box
    sides: set[tuple[int, str]] = set()
    for n, (c_top, c_left, c_bottom, c_right) in enumerate(canvases):
        in_rows, in_cols = top <= c_bottom and c_top <= bottom, left <= c_right and c_left <= right
        for side, stands in (
            ("above", in_cols and bottom < c_top),
            ("below", in_cols and top > c_bottom),
            ("left", in_rows and right < c_left),
            ("right", in_rows and left > c_right),
        ):
            if stands:
                sides.add((n, side))
    return sides


def _apart(one: set[tuple[int, str]], other: set[tuple[int, str]]) -> bool:
    """Blocks on different sides of one canvas (a map left of it and a table under it): never one block."""
    return any(n == m and side != other_side for n, side in one for m, other_side in other)


def _merged(one: _Block, other: _Block) -> _Block:
    top, left, bottom, right = one.box
    o_top, o_left, o_bottom, o_right = other.box
    box = (min(top, o_top), min(left, o_left), max(bottom, o_bottom), max(right, o_right))
    return _Block(one.cells | other.cells, box, one.sides | other.sides)


def neighbour_blocks(rest: Grid, canvases: list[Box]) -> list[set[Pos]]:
    """The blocks of a sheet's cells around its ``canvases`` (``rest``: the sheet without them), top to bottom:
    cells in one block when they touch, or stand at most one blank row or column from each other on the same
    side of a canvas. A canvas between two blocks keeps them apart: a persona table over a canvas never runs on
    into the notes under it, an empathy map left of it never into a table under it. A sheet of very many
    scattered pieces is one block (read whole, as a sheet of one neighbour is): joining them is quadratic."""
    pieces = _touching(set(rest.cells))
    if len(pieces) > _MOST_PIECES:
        return [set(rest.cells)] if pieces else []
    blocks = [_Block(cells, box := block_box(rest, cells), _sides(box, canvases)) for cells in pieces]
    merged = True
    while merged:
        merged = False
        for i, one in enumerate(blocks):
            other = next((b for b in blocks[i + 1 :] if _near(one.box, b.box) and not _apart(one.sides, b.sides)), None)
            if other is not None:
                blocks[i] = _merged(one, other)
                blocks.remove(other)
                merged = True
                break
    return sorted((block.cells for block in blocks), key=min)
