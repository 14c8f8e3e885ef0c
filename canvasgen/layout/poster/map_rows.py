"""Rows the poster adds under a journey's own lanes, from the canvas's other sheets.

- touchpoints from the Touchpoints sheet, in their phase, with channel icon,
  timing, owner, served today or not, and "not a sales moment";
- measured figures (KPI lane, Metrics sheet, CSV) with a bar against the target;
- the budget: spend per touchpoint against what it brings in;
- a channel x phase matrix and, for personas or a buying group, the phases each
  role is involved in; the persona panel's cards.

Each row is a value of its own type, none of them a lane of the model's: ``TouchpointRow`` and
``FigureRow`` hold lines of text per phase (split over pages, fitted and continued as a lane's
cells are), each line with how it is marked (an icon, a bar) or drawn instead (a card, a tile);
``MatrixHead``, ``ChannelRow``, ``RoleRow`` and ``PersonaPanel`` are drawn compactly by the poster.
Pure functions of the model and its analysis: nothing is drawn here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from canvasgen.analysis.involvement import drawn_for_another
from canvasgen.analysis.view import JourneyView, measured_elsewhere, phase_index_of
from canvasgen.figures import format_figure, format_target, format_value
from canvasgen.layout.empathy import only_a_name, shown_on_maps
from canvasgen.layout.headings import channel_heading
from canvasgen.layout.meta import budget_parts, unheaded_age, with_group_word
from canvasgen.layout.portrait import initials
from canvasgen.layout.poster.kpi_tiles import Tile
from canvasgen.layout.poster.tp_cards import TouchCard
from canvasgen.model import Canvas, EmpathyMap, Item, Journey, Metric, PhaseGroup, Picture, Source, Touchpoint
from canvasgen.text import label_key
from canvasgen.vocabulary.channels import CHANNEL_WORDS
from canvasgen.words import DEFAULT_LANGUAGE, POSTER_WORDS

GaugeState = Literal["met", "missed", "plain"]


@dataclass(frozen=True)
class Gauge:
    """A small bar: ``fill`` and ``target`` as shares of the track."""

    fill: float
    target: float | None
    state: GaugeState


@dataclass(frozen=True)
class TouchLine:
    """A touchpoint in its phase: its line of text, marked with its channel's icon (in the pain colour
    when it is not served today, ``warn``), or drawn as its ``card`` where the cell has room."""

    text: str
    source: Source | None
    channel: str | None
    warn: bool
    card: TouchCard


@dataclass(frozen=True)
class FigureLine:
    """A measured figure or a spend in its phase: its line of text beside its bar (``gauge``, when it has
    one), or drawn as its ``tile`` (a measured figure's) where the cell has room."""

    text: str
    source: Source | None
    gauge: Gauge | None
    tile: Tile | None = None


@dataclass(frozen=True)
class TouchpointRow:
    """The Touchpoints sheet's touchpoints, in their phases (``cells``: one per phase)."""

    label: str
    cells: tuple[tuple[TouchLine, ...], ...]
    source: Source | None = None

    @property
    def heading(self) -> str:
        return self.label

    def phases(self, window: slice) -> TouchpointRow:
        return replace(self, cells=self.cells[window])


@dataclass(frozen=True)
class FigureRow:
    """Measured figures, or the budget, in their phases (``cells``: one per phase)."""

    label: str
    cells: tuple[tuple[FigureLine, ...], ...]
    source: Source | None = None

    @property
    def heading(self) -> str:
        return self.label

    def phases(self, window: slice) -> FigureRow:
        return replace(self, cells=self.cells[window])


@dataclass(frozen=True)
class MatrixHead:
    """The heading over the channel rows or the role rows, across the page."""

    label: str
    source: Source | None = None

    def phases(self, window: slice) -> MatrixHead:
        return self


@dataclass(frozen=True)
class ChannelRow:
    """A channel: how often it serves each phase; ``icon`` is the channel its label names."""

    label: str
    counts: tuple[int, ...]
    icon: str | None
    source: Source | None = None

    def phases(self, window: slice) -> ChannelRow:
        return replace(self, counts=self.counts[window])


@dataclass(frozen=True)
class RoleRow:
    """A persona or buying-group role: whether it takes part in each phase."""

    label: str
    involved: tuple[bool, ...]
    source: Source | None = None

    def phases(self, window: slice) -> RoleRow:
        return replace(self, involved=self.involved[window])


@dataclass(frozen=True)
class CardLine:
    """A line of a persona's card under its name; ``role`` when it is the persona's role."""

    text: str
    source: Source | None
    role: bool = False


@dataclass(frozen=True)
class PersonaCard:
    """A persona's card: the name, then the lines of its fields."""

    name: str
    source: Source | None
    lines: tuple[CardLine, ...]
    picture: Picture | None = None  # drawn large in a circle, the card's words beside it; else initials in a disc
    letters: str = ""  # its initials, told apart from the other personas' (``initials``)


@dataclass(frozen=True)
class PersonaPanel:
    """One card per persona or buying-group member, across the page (not one per phase)."""

    label: str
    cards: tuple[PersonaCard, ...]
    source: Source | None = None
    #: A lone card on the left half of the page, its right half kept for what goes beside it (the notes);
    #: else it spans the width, its lines in two columns.
    halved: bool = False

    def phases(self, window: slice) -> PersonaPanel:
        return self

    @property
    def shortened(self) -> bool:
        """Whether its cards hold only what a card keeps when room is short: name and role."""
        return all(line.role for card in self.cards for line in card.lines)

    def names_and_roles(self) -> PersonaPanel:
        """The panel with its cards cut to name and role, for a page short of room."""
        cards = tuple(replace(card, lines=tuple(line for line in card.lines if line.role)) for card in self.cards)
        return replace(self, cards=cards)


#: Rows drawn as lines of text in the phase columns, fitted and continued as a lane's cells are.
TextRow = TouchpointRow | FigureRow
#: Rows drawn as one compact line each (a heading, a channel, a role) or as the persona panel.
MatrixRow = MatrixHead | ChannelRow | RoleRow | PersonaPanel
#: A row the poster adds under a journey's own lanes.
MapRow = TextRow | MatrixRow


@dataclass(frozen=True)
class Mapped:
    """What a journey page shows: the journey (its own lanes, phases, scores and lines) and the rows the
    poster adds under its lanes, in their order."""

    journey: Journey
    added: tuple[MapRow, ...] = ()
    #: the index of its first phase in the whole journey (a split journey's later page): its phases keep
    #: their colours across the pages
    first: int = 0
    #: the Touchpoints sheet's channel of the lanes' items it names (``JourneyView.lane_channels``): their icons
    channels: Mapping[tuple[str, str], str] = field(default_factory=dict)

    def alone(self) -> Mapped:
        """The journey's own lanes without the rows the poster adds."""
        return replace(self, added=())

    def with_lone_card_halved(self) -> Mapped | None:
        """The page with its lone persona card on the left half (``PersonaPanel.halved``); None without one."""
        lone = [row for row in self.added if isinstance(row, PersonaPanel) and len(row.cards) == 1]
        if not lone:
            return None
        added = tuple(replace(row, halved=True) if row in lone else row for row in self.added)
        return replace(self, added=added)

    def phases(self, window: slice, name: str) -> Mapped:
        """The phases in ``window`` only, under the name ``name`` (a journey split over pages)."""
        journey = self.journey
        lanes = [replace(lane, cells=lane.cells[window]) for lane in journey.lanes]
        # the notes go to the appendix from the whole journey; the rows that name a blueprint line stay,
        # as every page draws the line labelled in the sheet's own words
        lines = {b.source for b in journey.boundaries if b.source is not None}
        labels = [note for note in journey.notes if note.source in lines]
        start, stop, _ = window.indices(len(journey.phases))
        # a group split over two pages heads its phases on each
        groups = [
            PhaseGroup(g.name, max(g.first, start) - start, min(g.last, stop - 1) - max(g.first, start) + 1)
            for g in journey.phase_groups
            if g.first < stop and g.last >= start
        ]
        part = replace(
            journey,
            name=name,
            phases=journey.phases[window],
            lanes=lanes,
            scores=journey.scores[window],
            notes=labels,
            phase_groups=groups,
        )
        return Mapped(part, tuple(row.phases(window) for row in self.added), self.first + start, self.channels)

    def added_labels(self) -> list[Item]:
        """The added rows' labels, with their cells (as the headings of the journey's lanes are)."""
        return [Item(row.label, row.source) for row in self.added]


def companion_title(rows: Sequence[MapRow], language: str) -> str:
    """What a page of the added rows holds, named in the canvas's language, in the rows' order
    ("contactmomenten, cijfers en betrokkenen"): a page without measured figures promises none. The
    channels by phase count the touchpoints' channels: named only on a page without touchpoints."""
    words = POSTER_WORDS[language]
    kinds = {TouchpointRow: "page_touchpoints", FigureRow: "page_figures", ChannelRow: "page_channels"}
    touchpoints = any(isinstance(row, TouchpointRow) for row in rows)
    named: list[str] = []
    for row in rows:
        if isinstance(row, RoleRow | PersonaPanel):
            key = "page_involved"  # a buying group's or a persona's involvement, a persona's card
        elif (isinstance(row, ChannelRow) and touchpoints) or type(row) not in kinds:
            continue  # channels of the touchpoints named; a heading over channel or role rows
        else:
            key = kinds[type(row)]
        if words[key] not in named:
            named.append(words[key])
    if len(named) < 2:
        return "".join(named)
    return f"{', '.join(named[:-1])} {words['page_and']} {named[-1]}"


def with_map_rows(
    journey: Journey, canvas: Canvas, language: str, view: JourneyView, drawn: Sequence[EmpathyMap] = ()
) -> Mapped:
    """The journey with rows for touchpoints, figures, budget, channels and roles added at the end,
    drawn from the journey's analysis (``view``); ``drawn``: the empathy maps on pages of their own."""
    words = with_group_word(POSTER_WORDS[language], canvas, language)
    phase_index = phase_index_of(journey)
    added: list[MapRow] = []
    if view.touchpoints:
        added.append(_touchpoint_row(view, len(journey.phases), canvas, words))
    # the workbook's figures (a figures sheet naming no journey) once, with the first journey of their phases
    elsewhere = measured_elsewhere(journey, canvas)  # asked once, not once per figure
    metrics = [m for m in view.metrics if not any(m is e for e in elsewhere)]
    shown = [m for m in metrics if not m.is_cost]
    if shown:
        added.append(_metric_row(shown, phase_index, len(journey.phases), words, language, view.aims))
    costs = [m for m in metrics if m.is_cost]
    if costs:
        added.append(_budget_row(costs, metrics, phase_index, len(journey.phases), words, language))
    added.extend(_channel_rows(view, words, language))
    added.extend(_role_rows(view, words))
    panel = persona_panel(canvas, words, drawn, journey, language)
    if panel.cards:
        added.append(panel)
    return Mapped(journey, tuple(added), channels=view.lane_channels)


def _touchpoint_row(view: JourneyView, n: int, canvas: Canvas, words: dict[str, str]) -> TouchpointRow:
    cells: list[list[TouchLine]] = [[] for _ in range(n)]
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
        text = " · ".join(p for p in (*parts, note) if p)
        cells[placed.phase].append(TouchLine(text, source, placed.channel, warn, card))
    head = canvas.touchpoint_columns.get("touchpoint")
    label = touchpoint_label(
        head.text if head else words["touchpoints"], [p.touchpoint for p in view.touchpoints], words
    )
    return TouchpointRow(label, tuple(tuple(cell) for cell in cells), head.source if head else None)


def touchpoint_label(name: str, touchpoints: Sequence[Touchpoint], words: dict[str, str]) -> str:
    """The touchpoint row's label: its name and the fields its cards show, those only that some touchpoint
    has ("Touchpoint: eigenaar, nu → ideaal" for a sheet without timing); the name alone when none has any."""
    fields = [words[f"tp_{key}"] for key in ("timing", "owner") if any(tp.get(key) for tp in touchpoints)]
    if any(tp.get("current") or tp.get("ideal") for tp in touchpoints):
        fields.append(f"{words['now']} → {words['ideal']}")
    return words["tp_row"].format(name=name, fields=", ".join(fields)) if fields else name


def _figure_line(metric: Metric, words: dict[str, str], language: str, aim: bool = False) -> str:
    """The figure's line; ``aim``: the figure is an ideal's aim, not a result (its target said, never "met")."""
    parts = [f"{metric.name.text} {format_value(metric, language)}"]
    if metric.target is not None:
        target = f"{words['target']} {format_target(metric, language)}"
        parts.append(target if aim else f"{target}: {words['met'] if metric.met else words['missed']}")
    if metric.touchpoint is not None:
        parts.append(metric.touchpoint.text)
    if metric.period is not None:
        parts.append(metric.period.text)
    return " · ".join(parts)


def _tile(metric: Metric, words: dict[str, str], language: str, aim: bool = False) -> Tile:
    """The figure's line in parts, for its tile (the same words as ``_figure_line``)."""
    target = verdict = None
    if metric.target is not None:
        target = f"{words['target']} {format_target(metric, language)}"
        verdict = None if aim else words["met"] if metric.met else words["missed"]
    note = " · ".join(i.text for i in (metric.touchpoint, metric.period) if i is not None)
    gauge = _gauge(metric, aim)
    figure = format_value(metric, language)
    return Tile(
        metric.name.text,
        figure,
        target,
        verdict,
        _state(metric, aim),
        note,
        gauge.fill if gauge else None,
        gauge.target if gauge else None,
    )


def _metric_row(
    metrics: list[Metric], phase_index: dict[str, int], n: int, words: dict[str, str], language: str, aims: bool
) -> FigureRow:
    """The figures by phase; ``aims``: they are an ideal journey's aims, headed so and never judged."""
    cells: list[list[FigureLine]] = [[] for _ in range(n)]
    for metric in metrics:
        line = FigureLine(
            _figure_line(metric, words, language, aims),
            metric.value_item.source,
            _gauge(metric, aims),
            _tile(metric, words, language, aims),
        )
        cells[phase_index[label_key(metric.phase or "")]].append(line)
    return FigureRow(words["aimed" if aims else "measured"], tuple(tuple(cell) for cell in cells))


def _gauge(metric: Metric, aim: bool = False) -> Gauge | None:
    """The bar: value against target; without a target a percentage on 0..100, anything else no bar."""
    value, target = metric.value, metric.target
    state = _state(metric, aim)
    if metric.kind == "nps":
        return Gauge((value + 100) / 200, None if target is None else (target + 100) / 200, state)
    if target is not None:
        top = max(abs(value), abs(target)) * 1.25 or 1.0
        return Gauge(max(0.0, value) / top, max(0.0, target) / top, state)
    if metric.unit == "%" and 0 <= value <= 100:
        return Gauge(value / 100, None, "plain")
    return None


def _state(metric: Metric, aim: bool = False) -> GaugeState:
    """Met or missed, coloured so; an aim (``aim``) is neither: plain."""
    return "plain" if aim or metric.met is None else "met" if metric.met else "missed"


def _budget_row(
    costs: list[Metric],
    metrics: list[Metric],
    phase_index: dict[str, int],
    n: int,
    words: dict[str, str],
    language: str,
) -> FigureRow:
    cells: list[list[FigureLine]] = [[] for _ in range(n)]
    top = max(c.value for c in costs) or 1.0
    for cost in costs:
        line = budget_line(cost, metrics, words, language)
        gauge = _gauge(cost) if cost.target is not None else Gauge(cost.value / top, None, "plain")
        cells[phase_index[label_key(cost.phase or "")]].append(FigureLine(line, cost.value_item.source, gauge))
    return FigureRow(words["budget"], tuple(tuple(cell) for cell in cells))


def budget_line(cost: Metric, metrics: list[Metric], words: dict[str, str], language: str) -> str:
    """ "Reel: Kosten € 4.000 → rendement 2,4× · CTR 1,8% · Q3 2026": spend against what it serves."""
    where, spend, serves = budget_parts(cost, metrics, words, language)
    return f"{where}: {cost.name.text} {spend}" + (f" → {serves}" if serves else "")


def _channel_rows(view: JourneyView, words: dict[str, str], language: str) -> list[MapRow]:
    if not view.channels:
        return []
    spend = {channel: (total, unit) for channel, (total, _, unit) in view.returns.items()}
    rows: list[MapRow] = [MatrixHead(words["channels_by_phase"])]
    for channel, per_phase in view.channels.items():
        name = channel_heading(view.channel_names.get(channel, channel), language)
        if channel in spend:
            name += f" · {format_figure(spend[channel][0], spend[channel][1], language)}"
        rows.append(ChannelRow(name, tuple(per_phase), channel if channel in CHANNEL_WORDS else None))  # its icon
    return rows


def _role_rows(view: JourneyView, words: dict[str, str]) -> list[MapRow]:
    rows: list[MapRow] = []
    for persona, flags in view.involvement:
        label = " · ".join(t for t in (persona.name.text if persona.name else "", persona.get("role")) if t)
        rows.append(RoleRow(label, tuple(flags), persona.name.source if persona.name else None))
    if not rows:
        return []
    title = words["roles_by_phase"] if len(rows) > 1 else words["persona_by_phase"]
    return [MatrixHead(title), *rows]


def persona_panel(
    canvas: Canvas,
    words: dict[str, str],
    drawn: Sequence[EmpathyMap] = (),
    journey: Journey | None = None,
    language: str = DEFAULT_LANGUAGE,
) -> PersonaPanel:
    """One card per persona or buying-group member: name, role, goals, needs, frustrations, channels.
    The cards span the whole page, not a phase: a journey split over pages keeps the panel on each page.
    What the ``drawn`` empathy maps show is not said again; a persona of nothing else has no card (its
    name heads its map). On a ``journey`` drawn for one persona, a persona with a journey of their own
    takes no part: their card is on their own journey's page."""
    cards: list[PersonaCard] = []
    for persona in canvas.personas:
        if only_a_name(persona, drawn) or (journey is not None and drawn_for_another(persona, journey, canvas)):
            continue
        name = persona.name or Item("—")
        lines: list[CardLine] = []
        on_maps = shown_on_maps(persona, drawn)
        for key, item in persona.fields.items():
            if key in on_maps:
                continue  # on its empathy map's page
            # its phases too, as written ("Alle fasen"): the bars draw them, the card says them, and the
            # appendix beside them then has nothing of the persona to say again
            head = canvas.persona_headings(persona).get(key)
            # labelled as the deck's persona slide labels it ("Beroep: …"), the role too: one rule for both; an age
            # no heading labels in the canvas's language, as the deck says it ("45 jaar")
            text = (unheaded_age(key, item, language) or item.text) if head is None else f"{head.text}: {item.text}"
            lines.append(CardLine(text, item.source, key == "role"))
        others = [p.name.text for p in canvas.personas if p.name]
        letters = initials(name.text, others)
        cards.append(PersonaCard(name.text, name.source, tuple(lines), persona.picture, letters))
    return PersonaPanel(words["personas"], tuple(cards))
