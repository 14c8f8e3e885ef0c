"""Gathering a canvas's metrics: figures written in the KPI lane and the Touchpoints sheet's KPI
column ("Conversie 2,4% (doel 3%)"), rows of a Metrics sheet, and a CSV export.

Text in a lane that merely mentions a number stays text; only "name figure" with
an optional target in brackets is read as a figure. Measured rows (sheet, CSV)
replace a figure written in the lane for the same phase, touchpoint and metric.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from pathlib import Path

from canvasgen.errors import CanvasError, CanvasWarning, Location, display_name
from canvasgen.figures import FIGURE_IN_TEXT, FigureError, format_figure, parse_figure, target_bound
from canvasgen.language import figure_language
from canvasgen.model import Canvas, Item, LaneKind, Metric, MetricFrom, MetricOrigin
from canvasgen.read.metrics.cells import cell_figure
from canvasgen.read.metrics.csvfile import read_metrics_csv
from canvasgen.read.metrics.kinds import kind_of
from canvasgen.read.metrics.rows import Locate, Places, is_figure, metric_from_row
from canvasgen.read.package.references import position
from canvasgen.text import excerpt, label_key, semicolon_parts
from canvasgen.vocabulary.metrics import AT_LEAST, AT_MOST, TARGET_WORDS
from canvasgen.words import WORDS

_TARGET_WORD = "|".join(re.escape(w) for w in sorted(TARGET_WORDS, key=len, reverse=True))
_BOUND = "|".join(re.escape(w) for w in sorted((*AT_MOST, *AT_LEAST), key=len, reverse=True))
#: A target in brackets ("(doel 3%)", "(≤ 10%)"): a text with one was meant as a figure.
_TARGETED = re.compile(rf"\(\s*(?:(?:{_TARGET_WORD})\b|(?:{_BOUND})\s*[\d€$£+\-−])", re.IGNORECASE)
# "name figure", then a target in brackets: "(doel 3%)", "(Ziel max 5 Tage)", "(≤ 10%)".
_STATED = re.compile(
    rf"^(?P<name>.*[^\d\s:+\-−€$£(])\s*[:\s]\s*(?P<value>{FIGURE_IN_TEXT})"
    rf"(?:\s*\(\s*(?:(?:{_TARGET_WORD})\b\s*:?\s*(?P<target>(?:(?:{_BOUND})\s*)?{FIGURE_IN_TEXT})"
    rf"|(?P<bounded>(?:{_BOUND})\s*{FIGURE_IN_TEXT}))\s*\))?$",
    re.IGNORECASE,
)


def stated_figures(item: Item, language: str) -> list[tuple[Item, Item, Item | None]]:
    """(name, value, target) for each "name figure" part of a KPI text; parts separated by "; ", always
    (``semicolon_parts``); a part still holding a ";" is no figure (it stays text, and is said)."""
    found = []
    for part in semicolon_parts(item.text, always=True) or [item.text]:
        match = None if ";" in part else _STATED.match(part.strip())
        if not match:
            continue
        written_target = match["target"] or match["bounded"]
        try:
            parse_figure(match["value"], language)
            if written_target:
                parse_figure(target_bound(written_target)[1], language)
        except FigureError:
            continue
        target = Item(written_target.strip(), item.source) if written_target else None
        found.append((Item(match["name"].strip(), item.source), Item(match["value"].strip(), item.source), target))
    return found


def written_metrics(canvas: Canvas, places: Places, language: str, file: str) -> list[Metric]:
    """Figures in KPI lanes and the Touchpoints sheet's KPI column (those that read as figures); a KPI
    text holding a number that is read as no figure is said, with its cell (it stays text), in the file
    ``file`` (as every other message of the reading names it: ``errors.display_name``)."""
    metrics: list[Metric] = []

    def add(item: Item, row: dict[str, Item], origin: MetricOrigin, beside_a_figure: bool = False) -> bool:
        before = len(metrics)
        parts = semicolon_parts(item.text, always=True) or [item.text]
        unread = [part for part in parts if not _add_figures(Item(part, item.source), row, origin)]
        alone = len(metrics) == before and not beside_a_figure
        said = _unread(item, unread, alone)
        canvas.warnings += [_not_read(item, text, file, canvas.language or language) for text in said]
        return len(metrics) > before

    def _add_figures(item: Item, row: dict[str, Item], origin: MetricOrigin) -> bool:
        """Whether a figure of ``item`` was read (and added)."""
        before = len(metrics)
        for name, value, target in stated_figures(item, language):
            full = {**row, "metric": name, "value": value}
            if target is not None:
                full["target"] = target
            metric, problems = metric_from_row(full, places, language, origin, lambda _i: Location(file))
            if metric is not None and not problems:  # a lane's text that is not a clean figure stays text
                metrics.append(metric)
        return len(metrics) > before

    for journey in canvas.journeys:
        for lane in journey.lanes:
            if lane.kind is not LaneKind.KPIS:
                continue
            for index, cell in enumerate(lane.cells):
                phase = Item(journey.phases[index].name, journey.phases[index].source)
                origin = MetricOrigin(MetricFrom.LANE, lane.label)
                # a text beside a figure in its cell ("NPS +38; verwijzingen 4% van de klanten") is not said
                figured = {str(i.source) for i in cell if stated_figures(i, language)}
                for item in cell:
                    add(item, {"phase": phase}, origin, str(item.source) in figured)
    for tp in canvas.touchpoints:
        kpi = tp.fields.get("kpi")
        if kpi is not None and tp.name is not None:
            row = {"touchpoint": tp.name}
            if tp.phase is not None and label_key(tp.phase.text) in places.phases:
                row["phase"] = tp.phase
            add(kpi, row, MetricOrigin(MetricFrom.TOUCHPOINTS))
    # The KPI lane often repeats a touchpoint's figure ("CTR 1,8%" in both): keep the touchpoint's.
    at_touchpoints = {(m.phase, m.kind or m.name.text, m.value) for m in metrics if m.touchpoint is not None}
    return [
        m
        for m in metrics
        if m.touchpoint is not None or (m.phase, m.kind or m.name.text, m.value) not in at_touchpoints
    ]


def _unread(item: Item, parts: list[str], alone: bool) -> list[str]:
    """The texts of a KPI item to say were read as no figure: the whole item where none of it was read
    and no figure is beside it in its cell, if it holds a number; else its parts (beside figures) that
    name a target in brackets, meant as figures ("Conversie 1 0.1% (doel 0.2%)")."""
    if alone:
        return [item.text] if any(ch.isdigit() for ch in item.text) else []
    return [part for part in parts if _TARGETED.search(part) and any(ch.isdigit() for ch in part)]


def _not_read(item: Item, text: str, file: str, language: str) -> CanvasWarning:
    """A KPI text (``text``, of ``item``) holding a number that was read as no figure: it stays text."""
    where = Location(file, item.source.sheet, item.source.cell) if item.source else Location(file)
    one, other = WORDS.get(language, WORDS["en"])["kpi_example"].split("|")
    return CanvasWarning(
        where,
        f"'{excerpt(text)}' in the KPI lane was not read as a figure (it stays text on "
        f"the poster): write a name, a figure and a target, as '{one}' or '{other}', one per line or "
        "apart by '; '",
    )


def rows_with_values(
    rows: list[dict[str, Item]], file: str, language: str
) -> tuple[list[dict[str, Item]], list[CanvasWarning], list[Item]]:
    """A Metrics sheet's rows that give a value; each row naming a metric without one (a figure not measured
    yet: "NPS | | 40"), or with a value that is no number ("veel", "n.v.t."), is no figure, and no reason to stop
    the canvas: said at its cell, its words kept as a note (its cells, apart by " · "). A target that is no number
    ("hoog") leaves its figure without a target, its words kept as a note, said at its cell."""
    kept: list[dict[str, Item]] = []
    warnings: list[CanvasWarning] = []
    notes: list[Item] = []

    def said(item: Item, message: str) -> None:
        where = Location(file, item.source.sheet, item.source.cell) if item.source else Location(file)
        warnings.append(CanvasWarning(where, message))

    for row in rows:
        name = row.get("metric")
        if name is None or not name.text.strip():
            kept.append(row)
            continue
        value, target = row.get("value"), row.get("target")
        if (no_figure := _no_figure(name, value, language)) is not None:  # the row kept as a note, said at its cell
            at, why = no_figure
            said(at, why)
            notes.append(Item(_row_text(row), at.source))
            continue
        if target is not None and not is_figure(Item(target_bound(target.text)[1], target.source), language, target):
            said(
                target,
                f"the target '{excerpt(target.text)}' of '{excerpt(name.text)}' is no number: the figure is drawn "
                "without a target (the target is kept as a note, as written) — write a number, as 40 or 'max 10%', "
                "to measure it against",
            )
            notes.append(Item(f"{name.text} · {target.text}", target.source))
            row = {key: item for key, item in row.items() if key != "target"}
        kept.append(row)
    return kept, warnings, notes


def _no_figure(name: Item, value: Item | None, language: str) -> tuple[Item, str] | None:
    """Why a Metrics row naming ``name`` is no figure, and the cell that says it: no value (said at its name), or a
    value that is no number (said at the value); None for a row that is a figure."""
    if value is None:
        return name, (
            f"'{excerpt(name.text)}' has no value in its row: not drawn as a figure (its row is kept as a note) "
            "— write its value in the value column to draw it"
        )
    if not is_figure(value, language):
        return value, (
            f"the value '{excerpt(value.text)}' of '{excerpt(name.text)}' is no number: not drawn as a figure "
            "(its row is kept as a note, as written) — write a number, as 35, '2,4%' or '€ 1.250', to draw it"
        )
    return None


def _row_text(row: dict[str, Item]) -> str:
    """A row's words as a note, its cells in the sheet's order, apart by " · "."""

    def column(item: Item) -> int:
        place = position(item.source.cell) if item.source is not None else None
        return place[1] if place is not None else 0

    return " · ".join(item.text for item in sorted(row.values(), key=column))


def earlier_in(note: Item, value: Item, language: str) -> str:
    """An earlier period's value kept as a note ("Q2 2026 · Omzet (Aankoop): 900 EUR") with its figure written in
    the canvas's notation, as the figures beside it are ("… : € 900"); a value that is no figure as written."""
    if not note.text.endswith(value.text):
        return note.text
    try:
        figure = from_cell[0] if (from_cell := cell_figure(value)) is not None else parse_figure(value.text, language)
    except FigureError:
        return note.text
    shown = format_figure(figure.value, figure.unit, language, places=figure.places)
    return note.text.removesuffix(value.text) + shown


def sheet_metrics(
    rows: list[dict[str, Item]], places: Places, language: str, file: str
) -> tuple[list[Metric], list[CanvasError], list[CanvasWarning]]:
    """The rows of a Metrics sheet, each problem located at its cell. A row naming a phase the canvas lacks
    (renamed on the canvas since) is no problem: its figure is kept under the phase as written (listed with
    the figures of no phase), and said with its cell, the phases there are and the closest one."""
    metrics: list[Metric] = []
    errors: list[CanvasError] = []
    strays: list[tuple[Item, str | None]] = []
    told: list[CanvasWarning] = []  # cells read otherwise than their format shows
    for row in rows:
        first = next(iter(row.values()))

        def locate(item: Item | None, first: Item = first) -> Location:
            source = (item or first).source
            return Location(file, source.sheet, source.cell) if source else Location(file)

        origin = MetricOrigin(MetricFrom.SHEET, first.source.sheet if first.source else "Metrics")

        def warn(item: Item, message: str, locate: Locate = locate) -> None:
            told.append(CanvasWarning(locate(item), message))

        metric, problems = metric_from_row(
            row, places, language, origin, locate, lambda item, via: strays.append((item, via)), warn
        )
        errors.extend(problems)
        if metric is not None:
            metrics.append(metric)
    return metrics, errors, [*told, *stray_phase_warnings(strays, rows, places, file)]


def stray_phase_warnings(
    strays: list[tuple[Item, str | None]],
    rows: list[dict[str, Item]],
    places: Places,
    file: str,
    line: bool = False,
) -> list[CanvasWarning]:
    """One warning per figure naming a phase the canvas lacks: its cell (``line``: its line of a CSV export), the
    phases there are, and the closest one — by its spelling, else the one phase no figure names where one name is
    unknown (a phase renamed on the canvas)."""
    named = {label_key(r["phase"].text) for r in rows if "phase" in r}
    unnamed = [name for key, name in places.phases.items() if key not in named]
    unknown = {label_key(item.text) for item, _ in strays}
    warnings = []
    for item, via in strays:
        if item.source is None:
            where = Location(file)
        else:
            where = Location(file, item.source.cell) if line else Location(file, item.source.sheet, item.source.cell)
        close = difflib.get_close_matches(label_key(item.text), list(places.phases), n=1, cutoff=0.6)
        if close:
            hint = f"did you mean '{places.phases[close[0]]}'?"
        elif len(unknown) == 1 and len(unnamed) == 1:
            hint = f"renamed? '{unnamed[0]}' is the one phase no figure names"
        else:
            hint = "no phase is named alike"
        kept = (
            f"the figure is kept at its touchpoint's phase '{excerpt(via)}'"
            if via
            else "the figure is kept under that name, listed with the figures of no phase"
        )
        cell = item.source.cell if item.source else "the row"
        warnings.append(
            CanvasWarning(
                where,
                f"phase '{excerpt(item.text)}' is not a phase of this canvas ({places.phase_list()}): {kept} — "
                f"{hint} (write the phase's name as the canvas has it in {cell})",
            )
        )
    return warnings


def merged(written: list[Metric], measured: list[Metric]) -> list[Metric]:
    """Written figures, unless measured data states the same metric for the same phase and touchpoint;
    a measured row repeated for the same period counts once (the last one)."""

    def place(metric: Metric) -> tuple[str, str, str]:
        kind = kind_of(metric.name.text)
        return (
            label_key(metric.phase or ""),
            label_key(metric.touchpoint.text) if metric.touchpoint else "",
            kind.key if kind else label_key(metric.name.text),
        )

    by_key: dict[tuple[tuple[str, str, str], str], Metric] = {}
    for metric in measured:
        period = label_key(metric.period.text) if metric.period else ""
        by_key.pop((place(metric), period), None)
        by_key[(place(metric), period)] = metric
    covered = {key for key, _ in by_key}
    # A figure the KPI lane writes for a phase without naming a touchpoint is the same figure as a measured
    # row of that phase and metric with the same value (at some touchpoint): one figure, said once (the
    # measured row, with its target). A different value stays beside it: another figure.
    said = {(place(m)[0], place(m)[2], m.unit, round(m.value, 9)) for m in by_key.values()}

    def repeated(m: Metric) -> bool:
        return m.touchpoint is None and (place(m)[0], place(m)[2], m.unit, round(m.value, 9)) in said

    return [m for m in written if place(m) not in covered and not repeated(m)] + list(by_key.values())


def add_csv_metrics(canvas: Canvas, path: Path) -> None:
    """Figures from an analytics export, replacing the workbook's own for the same metric and place."""
    language, places = figure_language(canvas), Places.of(canvas)
    read = read_metrics_csv(path, places, language)
    # a row naming a phase the canvas lacks is kept, under the phase as written, and said with its line
    canvas.warnings.extend(stray_phase_warnings(read.strays, read.rows, places, display_name(path), line=True))
    # a value in words ("veel"): its row kept as a note, said at its line and column, as a Metrics sheet's is
    canvas.warnings.extend(read.unvalued)
    canvas.notes.extend(read.unread)
    canvas.reading.extend(read.notation)
    canvas.metrics = merged(canvas.metrics, read.metrics)


def split_kpi_cells(canvas: Canvas) -> None:
    """A KPI lane's items split at every "; " (``semicolon_parts``, always): each figure a card of its own
    on the poster, the deck and the kit, as the KPIs read it; each part keeps its item's cell."""
    for journey in canvas.journeys:
        for lane in journey.lanes:
            if lane.kind is not LaneKind.KPIS:
                continue
            # a cell merged over phases is one item in each of them: its parts too, so that it is drawn once
            split: list[tuple[Item, list[Item]]] = []
            for cell in lane.cells:
                cell[:] = [part for item in cell for part in _split_once(item, split)]


def _split_once(item: Item, split: list[tuple[Item, list[Item]]]) -> list[Item]:
    """The item's parts, the same parts where the same item (a merged cell) was split before."""
    found = next((parts for other, parts in split if other is item), None)
    if found is None:
        found = _parts(item)
        split.append((item, found))
    return found


def _parts(item: Item) -> list[Item]:
    """A KPI item as its figures, each a card of its own; the item itself where it holds one."""
    parts = semicolon_parts(item.text, always=True)
    return [replace(item, text=part, value=None) for part in parts] if parts else [item]
