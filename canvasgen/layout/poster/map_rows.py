"""Rows the poster adds under a journey's own lanes, from the canvas's other sheets.

- touchpoints from the Touchpoints sheet, in their phase, with channel icon,
  timing, owner, served today or not, and "not a sales moment";
- measured figures (KPI lane, Metrics sheet, CSV) with a bar against the target;
- the budget: spend per touchpoint against what it brings in;
- a channel x phase matrix and, for personas or a buying group, the phases each
  role is involved in.

Each becomes a ``MapRow`` (a ``Lane`` that says what it shows) so that splitting a long journey over pages, fitting
text and continuing what does not fit work as for any lane. How an item is
marked (an icon, a bar) travels beside it in ``Decor``; matrix rows are drawn
compactly by the poster. Pure functions of the model: nothing is drawn here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from canvasgen.analysis.view import JourneyView, phase_index_of
from canvasgen.figures import format_figure, format_target, format_value
from canvasgen.layout.meta import budget_parts
from canvasgen.layout.poster.kpi_tiles import Tile
from canvasgen.layout.poster.tp_cards import TouchCard
from canvasgen.model import Canvas, Item, Journey, Lane, LaneKind, Metric, RoleBy
from canvasgen.text import label_key
from canvasgen.words import CHANNEL_NAMES, POSTER_WORDS


class RowKind(StrEnum):
    """What a row added under the journey's own lanes shows (none of them a lane of the workbook)."""

    TOUCHPOINTS = "tp_sheet"  # the Touchpoints sheet's touchpoints, in their phases
    MEASURED = "measured"  # measured figures, with a bar against the target
    BUDGET = "budget"  # spend per touchpoint against what it brings in
    MATRIX_HEAD = "matrix_head"  # the heading over the channel or role rows
    CHANNEL = "channel_row"  # a channel: how often it serves each phase
    ROLE = "role_row"  # a persona or buying-group role: the phases it takes part in
    PERSONA_CARDS = "persona_cards"  # one card per persona, across the page


@dataclass(kw_only=True)
class MapRow(Lane):
    """A row the poster adds from the canvas's other sheets: split over pages, fitted and continued as a
    lane is, but of no lane kind of the model's (its ``kind`` is CUSTOM, its ``row`` says what it shows)."""

    kind: LaneKind = LaneKind.CUSTOM
    row: RowKind
    role_by: RoleBy | None = RoleBy.KNOWN  # decided by canvasgen, not a lane of no role


def row_kind(lane: Lane | None) -> RowKind | None:
    """What an added row shows; None for the journey's own lanes."""
    return lane.row if isinstance(lane, MapRow) else None


#: Rows drawn as one compact line each (a heading, a channel, a role), not as text cells.
MATRIX_KINDS = (RowKind.MATRIX_HEAD, RowKind.CHANNEL, RowKind.ROLE, RowKind.PERSONA_CARDS)


@dataclass(frozen=True)
class Gauge:
    """A small bar: ``fill`` and ``target`` as shares of the track; ``state`` "met", "missed" or "plain"."""

    fill: float
    target: float | None
    state: str


@dataclass(frozen=True)
class Decor:
    channel: str | None = None
    gauge: Gauge | None = None
    warn: bool = False  # a touchpoint not served today: its icon in the pain colour
    tile: Tile | None = None  # a measured figure, drawn as a tile where its cell has room
    card: TouchCard | None = None  # a touchpoint, drawn as a card where its cell has room


@dataclass(kw_only=True)
class MarkedItem(Item):
    """An added row's item with how it is marked beside its text (an icon, a bar) or drawn instead of it
    (a tile, a card): the mark travels with the item, through pages and continuations."""

    mark: Decor


def mark_of(item: Item) -> Decor | None:
    """How an item is marked; None for the journey's own items."""
    return item.mark if isinstance(item, MarkedItem) else None


@dataclass
class MapRows:
    journey: Journey  # the journey with the added lanes
    problems: list[tuple[str, str]] = field(default_factory=list)


def with_map_rows(journey: Journey, canvas: Canvas, language: str, view: JourneyView) -> MapRows:
    """The journey with rows for touchpoints, figures, budget, channels and roles added at the end,
    drawn from the journey's analysis (``view``)."""
    words = POSTER_WORDS[language]
    rows = MapRows(journey)
    phase_index = phase_index_of(journey)
    added: list[Lane] = []
    if view.touchpoints:
        added.append(_touchpoint_lane(view, len(journey.phases), canvas, words))
    metrics = view.metrics
    shown = [m for m in metrics if not m.is_cost]
    if shown:
        added.append(_metric_lane(shown, phase_index, len(journey.phases), words, language))
    costs = [m for m in metrics if m.is_cost]
    if costs:
        added.append(_budget_lane(costs, metrics, phase_index, len(journey.phases), words, language))
    added.extend(_channel_rows(journey, view, words, language))
    added.extend(_role_rows(journey, view, words))
    if canvas.personas:
        added.append(persona_panel(canvas, len(journey.phases), words))
    if added:
        rows.journey = replace(journey, lanes=[*journey.lanes, *added])
    return rows


def _touchpoint_lane(view: JourneyView, n: int, canvas: Canvas, words: dict[str, str]) -> Lane:
    cells: list[list[Item]] = [[] for _ in range(n)]
    for placed in view.touchpoints:
        tp = placed.touchpoint
        name = tp.name.text if tp.name else "—"
        details = " · ".join(tp.get(key) for key in ("timing", "owner") if tp.get(key))
        current, ideal = tp.get("current"), tp.get("ideal")
        status = f"{words['now']}: {current or '—'} → {words['ideal']}: {ideal or '—'}" if current or ideal else ""
        parts = [name, details, status]
        no_sale = placed.sales_moment is False or "verkoopmoment" in label_key(" ".join(parts))
        note = words["no_sale"] if no_sale else ""
        source = tp.name.source if tp.name else tp.phase.source if tp.phase else None
        warn = placed.served_now is False
        card = TouchCard(name, placed.channel, details, status, note, warn)
        mark = Decor(channel=placed.channel, warn=warn, card=card)
        item = MarkedItem(" · ".join(p for p in (*parts, note) if p), source, mark=mark)
        cells[placed.phase].append(item)
    head = canvas.touchpoint_columns.get("touchpoint")
    label = words["tp_row"] if head is None else f"{head.text}: {words['tp_row_hint']}"
    return MapRow(label=label, cells=cells, source=head.source if head else None, row=RowKind.TOUCHPOINTS)


def _figure_line(metric: Metric, words: dict[str, str], language: str) -> str:
    parts = [f"{metric.name.text} {format_value(metric, language)}"]
    if metric.target is not None:
        target = format_target(metric, language)
        parts.append(f"{words['target']} {target}: {words['met'] if metric.met else words['missed']}")
    if metric.touchpoint is not None:
        parts.append(metric.touchpoint.text)
    if metric.period is not None:
        parts.append(metric.period.text)
    return " · ".join(parts)


def _tile(metric: Metric, words: dict[str, str], language: str) -> Tile:
    """The figure's line in parts, for its tile (the same words as ``_figure_line``)."""
    target = verdict = None
    if metric.target is not None:
        target = f"{words['target']} {format_target(metric, language)}"
        verdict = words["met"] if metric.met else words["missed"]
    note = " · ".join(i.text for i in (metric.touchpoint, metric.period) if i is not None)
    gauge = _gauge(metric)
    figure = format_value(metric, language)
    return Tile(
        metric.name.text,
        figure,
        target,
        verdict,
        _state(metric),
        note,
        gauge.fill if gauge else None,
        gauge.target if gauge else None,
    )


def _metric_lane(
    metrics: list[Metric], phase_index: dict[str, int], n: int, words: dict[str, str], language: str
) -> Lane:
    cells: list[list[Item]] = [[] for _ in range(n)]
    for metric in metrics:
        mark = Decor(gauge=_gauge(metric), tile=_tile(metric, words, language))
        item = MarkedItem(_figure_line(metric, words, language), metric.value_item.source, mark=mark)
        cells[phase_index[label_key(metric.phase or "")]].append(item)
    return MapRow(label=words["measured"], cells=cells, row=RowKind.MEASURED)


def _gauge(metric: Metric) -> Gauge | None:
    """The bar: value against target; without a target a percentage on 0..100, anything else no bar."""
    value, target = metric.value, metric.target
    if metric.kind == "nps":
        return Gauge((value + 100) / 200, None if target is None else (target + 100) / 200, _state(metric))
    if target is not None:
        top = max(abs(value), abs(target)) * 1.25 or 1.0
        return Gauge(max(0.0, value) / top, max(0.0, target) / top, _state(metric))
    if metric.unit == "%" and 0 <= value <= 100:
        return Gauge(value / 100, None, "plain")
    return None


def _state(metric: Metric) -> str:
    return "plain" if metric.met is None else "met" if metric.met else "missed"


def _budget_lane(
    costs: list[Metric],
    metrics: list[Metric],
    phase_index: dict[str, int],
    n: int,
    words: dict[str, str],
    language: str,
) -> Lane:
    cells: list[list[Item]] = [[] for _ in range(n)]
    top = max(c.value for c in costs) or 1.0
    for cost in costs:
        line = budget_line(cost, metrics, words, language)
        gauge = _gauge(cost) if cost.target is not None else Gauge(cost.value / top, None, "plain")
        item = MarkedItem(line, cost.value_item.source, mark=Decor(gauge=gauge))
        cells[phase_index[label_key(cost.phase or "")]].append(item)
    return MapRow(label=words["budget"], cells=cells, row=RowKind.BUDGET)


def budget_line(cost: Metric, metrics: list[Metric], words: dict[str, str], language: str) -> str:
    """ "Reel: Kosten € 4.000 → rendement 2,4× · CTR 1,8% · Q3 2026": spend against what it serves."""
    where, spend, serves = budget_parts(cost, metrics, words, language)
    return f"{where}: {cost.name.text} {spend}" + (f" → {serves}" if serves else "")


def _channel_rows(journey: Journey, view: JourneyView, words: dict[str, str], language: str) -> list[Lane]:
    if not view.channels:
        return []
    spend = {channel: (total, unit) for channel, (total, _, unit) in view.returns.items()}
    lanes: list[Lane] = [_head(words["channels_by_phase"], len(journey.phases))]
    for channel, per_phase in view.channels.items():
        name = CHANNEL_NAMES[language].get(channel, channel)
        if channel in spend:
            name += f" · {format_figure(spend[channel][0], spend[channel][1], language)}"
        cells = [[Item(f"{count}×")] if count else [] for count in per_phase]
        lanes.append(MapRow(label=name, cells=cells, row=RowKind.CHANNEL))  # the poster finds the icon from the name
    return lanes


def _head(title: str, n: int) -> MapRow:
    return MapRow(label=title, cells=[[] for _ in range(n)], row=RowKind.MATRIX_HEAD)


def _role_rows(journey: Journey, view: JourneyView, words: dict[str, str]) -> list[Lane]:
    lanes: list[Lane] = []
    for persona, flags in view.involvement:
        label = " · ".join(t for t in (persona.name.text if persona.name else "", persona.get("role")) if t)
        cells = [[Item("●")] if flag else [] for flag in flags]
        lanes.append(
            MapRow(label=label, cells=cells, source=persona.name.source if persona.name else None, row=RowKind.ROLE)
        )
    if not lanes:
        return []
    title = words["roles_by_phase"] if len(lanes) > 1 else words["persona_by_phase"]
    return [_head(title, len(journey.phases)), *lanes]


def persona_panel(canvas: Canvas, n: int, words: dict[str, str]) -> Lane:
    """One card per persona or buying-group member: name, role, goals, needs, frustrations, channels.

    The cards span the whole page, not a phase; every phase's cell holds the same
    list so that a journey split over pages keeps the panel on each page.
    """
    cards: list[Item] = []
    for persona in canvas.personas:
        name = persona.name or Item("—")
        cards.append(Item(name.text, name.source, "card"))  # value "card" starts a new card
        for key, item in persona.fields.items():
            if key == "phases":
                continue  # drawn as the involvement bars
            head = canvas.persona_columns.get(key)
            text = item.text if key == "role" or head is None else f"{head.text}: {item.text}"
            cards.append(Item(text, item.source, "role" if key == "role" else None))
    title = words["personas"]
    return MapRow(label=title, cells=[cards] * n, row=RowKind.PERSONA_CARDS)
