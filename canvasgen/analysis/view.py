"""What the map shows beside the team's words, computed once per journey from the model.

Touchpoints placed in their phase (with their channel and whether they are served now and ideally,
and whether they are a sales moment), the figures drawn for the journey, touchpoints per channel and
phase, spend and return per channel, and each persona's involvement per phase. The poster's and the
deck's layouts both draw from this view; `check` reports it. Pure functions of the model.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from canvasgen.analysis.involvement import involvement
from canvasgen.analysis.scenario import ideal_beside_today, marked
from canvasgen.model import Canvas, Item, Journey, LaneKind, Metric, MetricFrom, Persona, Source, Touchpoint
from canvasgen.text import label_key
from canvasgen.vocabulary import NO_WORDS, YES_WORDS
from canvasgen.vocabulary.channels import (
    channel_of,
    channel_parts,
    touchpoint_identity,
    touchpoint_key,
    verb_channel,
)
from canvasgen.vocabulary.scenarios import IDEAL_WORDS


@dataclass(frozen=True)
class PlacedTouchpoint:
    touchpoint: Touchpoint
    phase: int  # index of the journey's phase
    channel: str | None  # a channel canvasgen knows, for the icon
    served_now: bool | None  # the "current" column read as yes/no (None: not said)
    served_ideal: bool | None
    sales_moment: bool | None


@dataclass(frozen=True)
class JourneyView:
    touchpoints: list[PlacedTouchpoint]
    metrics: list[Metric]  # the figures drawn for this journey
    channels: dict[str, list[int]]  # channel -> touchpoints per phase
    returns: dict[str, tuple[float, float | None, str]]  # channel -> spend, revenue (None: unknown), unit
    involvement: list[tuple[Persona, list[bool]]]  # personas whose phases are known
    #: A channel canvasgen knows, in the client's words where the canvas writes it one way ("sms": "SMS-уведомление").
    channel_names: dict[str, str] = field(default_factory=dict)
    #: The figures are the journey's aims, not results: an ideal journey's own KPI lane ("10% (doel max 15%)"
    #: is where it means to be), drawn without "met" or "missed".
    aims: bool = False
    #: The channel the Touchpoints sheet gives a touchpoints or channels lane's item it names, by the phase's and
    #: the item's matching keys (``sheet_channel``): the icon the journey page draws beside it is that channel's.
    lane_channels: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def placed(self) -> list[Touchpoint]:
        return [p.touchpoint for p in self.touchpoints]


def view_of(journey: Journey, canvas: Canvas) -> JourneyView:
    phase_index = phase_index_of(journey)
    placed = [_placed(tp, phase_index) for tp in canvas.touchpoints]
    touchpoints = [p for p in placed if p is not None]
    on_map = [p.touchpoint for p in touchpoints]
    involved = [(persona, flags) for persona in canvas.personas if (flags := involvement(persona, journey, canvas))]
    metrics = shown_metrics(journey, canvas)
    sheet = SheetChannels(journey, on_map)
    counts, names = channel_counts(journey, on_map, sheet)
    return JourneyView(
        touchpoints,
        metrics,
        counts,
        channel_returns(canvas, on_map),
        involved,
        names,
        aims=aimed(journey, metrics),
        lane_channels=sheet.of_lanes(),
    )


def answer(text: str) -> bool | None:
    """A yes/no column's answer: True, False, or None when it says neither."""
    key = label_key(text)
    return True if key in YES_WORDS else False if key in NO_WORDS else None


def phase_index_of(journey: Journey) -> dict[str, int]:
    """A journey's phases by their matching key: what a touchpoint's phase column is looked up in."""
    return {label_key(p.name): i for i, p in enumerate(journey.phases)}


def touchpoint_phase(tp: Touchpoint, phase_index: dict[str, int]) -> int | None:
    """The phase a touchpoint names (its index in ``phase_index_of``), None when it names none of them."""
    return phase_index.get(label_key(tp.phase.text)) if tp.phase is not None else None


def _placed(tp: Touchpoint, phase_index: dict[str, int]) -> PlacedTouchpoint | None:
    index = touchpoint_phase(tp, phase_index)
    if index is None:
        return None
    channel = icon_channel(tp)
    return PlacedTouchpoint(
        tp, index, channel, answer(tp.get("current")), answer(tp.get("ideal")), answer(tp.get("sales_moment"))
    )


def icon_channel(tp: Touchpoint) -> str | None:
    """The channel canvasgen knows that a Touchpoints sheet's row is drawn with (its icon): its channel column's
    where it has one, none where that names a channel of the team's own ("Intranet": "Banner op intranet" is no
    ad, #31); its name's only where the column is empty."""
    written = tp.get("channel").strip()
    return channel_of(written) if written else channel_of(tp.name.text if tp.name else "")


def shown_metrics(journey: Journey, canvas: Canvas) -> list[Metric]:
    """The figures drawn for a journey: those of its phases, written in its own KPI lane or measured. A
    measured row replaces only the lane's figure for the same phase, touchpoint and metric (``merged``
    did that when the figures were read); the lane's other figures stay beside the measured ones. A figure
    written in another journey's KPI lane is that journey's (an ideal's ambition is never today's result,
    though both journeys name the same phases)."""
    order: dict[str, int] = {}
    for n, phase in enumerate(journey.phases):
        order.setdefault(label_key(phase.name), n)  # two phases of one name: the first one's place
    shown = [m for m in canvas.metrics if m.phase is not None and label_key(m.phase) in order]
    shown = [m for m in shown if not _written_in_another(m, journey, canvas)]
    # in the journey's order (a Metrics sheet lists them as measured: "Aankoop" first, then "Oriëntatie"…),
    # each phase's figures as the sheet lists them
    shown.sort(key=lambda m: order[label_key(m.phase or "")])
    if ideal_beside_today(journey, canvas):  # today's figures are today's journey's: the ideal missed nothing
        return [m for m in shown if _written_in(m, journey)]
    return shown


def measured_with(metric: Metric, canvas: Canvas) -> Journey | None:
    """The journey a figure measured apart from the journeys (a figures sheet, a CSV file: no column names a
    journey) is drawn with on the poster's map: the first journey of today with its phase. A buying group's members
    share their phases, and the workbook's figures are drawn once, not on every member's page (``check`` says so;
    the deck's later sections name the section that shows them)."""
    key = label_key(metric.phase or "")
    return next(
        (
            j
            for j in canvas.journeys
            if not ideal_beside_today(j, canvas) and any(label_key(p.name) == key for p in j.phases)
        ),
        None,
    )


def figures_journey(canvas: Canvas) -> Journey | None:
    """The journey the workbook's figures measured apart from the journeys go with on the poster (``measured_with``:
    the first of today with their phases), and with them the notes of its figures' sheets (an earlier period's
    values, a chart's data): the first journey of today where no such figure is drawn; None without journeys."""
    apart = (m for m in canvas.metrics if m.origin.read_from is not MetricFrom.LANE)
    drawn = next((j for j in (measured_with(m, canvas) for m in apart) if j is not None), None)
    today = (j for j in canvas.journeys if not ideal_beside_today(j, canvas))
    return drawn or next(today, None)


def figure_notes(canvas: Canvas) -> list[Item]:
    """The notes of the sheets read as figures or a chart's data (``Canvas.figure_sheets``): they go with the
    figures (``figures_journey``), not with the last journey's notes."""
    sheets = set(canvas.figure_sheets)
    return [n for n in canvas.notes if n.source is not None and n.source.sheet in sheets]


def measured_elsewhere(journey: Journey, canvas: Canvas) -> list[Metric]:
    """The figures measured apart of the journey's phases that are drawn with another journey (``measured_with``)."""
    if ideal_beside_today(journey, canvas):
        return []
    phases = {label_key(p.name) for p in journey.phases}
    drawn_with: dict[str, Journey | None] = {}  # per phase: ``measured_with`` of each of its figures
    found = []
    for m in canvas.metrics:
        if m.origin.read_from is MetricFrom.LANE or m.phase is None or label_key(m.phase) not in phases:
            continue
        key = label_key(m.phase)
        if key not in drawn_with:
            drawn_with[key] = measured_with(m, canvas)
        if drawn_with[key] not in (None, journey):
            found.append(m)
    return found


def aimed(journey: Journey, metrics: list[Metric]) -> bool:
    """Whether a journey's figures are its aims: it is an ideal journey and each was written in its own KPI
    lane (a figure measured on a sheet of its own stays a result, as it is read)."""
    return bool(metrics) and marked(journey, IDEAL_WORDS) and all(_written_in(m, journey) for m in metrics)


def today_only(journey: Journey, canvas: Canvas) -> list[Metric]:
    """The figures of an ideal journey's phases that are today's (measured, or written in another journey's
    lane): shown with today's journey, not with the ideal one (``check`` says so)."""
    phases = {label_key(p.name) for p in journey.phases}
    if not ideal_beside_today(journey, canvas):
        return []
    return [m for m in canvas.metrics if m.phase and label_key(m.phase) in phases and not _written_in(m, journey)]


def written_elsewhere(journey: Journey, canvas: Canvas) -> list[Metric]:
    """The figures of the journey's phases written in another journey's KPI lane: not drawn with it."""
    phases = {label_key(p.name) for p in journey.phases}
    return [
        m
        for m in canvas.metrics
        if m.phase and label_key(m.phase) in phases and _written_in_another(m, journey, canvas)
    ]


def _written_in(metric: Metric, journey: Journey) -> bool:
    """Whether a figure was written in the journey's own KPI lane (one of its cells), not measured apart."""
    source = metric.value_item.source
    return metric.origin.read_from is MetricFrom.LANE and source is not None and source in _lane_sources(journey)


def _written_in_another(metric: Metric, journey: Journey, canvas: Canvas) -> bool:
    """Whether a figure was written in the KPI lane of a journey other than ``journey``."""
    if metric.origin.read_from is not MetricFrom.LANE or _written_in(metric, journey):
        return False
    return any(_written_in(metric, other) for other in canvas.journeys if other is not journey)


def _lane_sources(journey: Journey) -> set[Source]:
    """The cells of the journey's lanes: where a figure written in its KPI lane was read."""
    return {item.source for lane in journey.lanes for cell in lane.cells for item in cell if item.source is not None}


class SheetChannels:
    """The channel the Touchpoints sheet's channel column gives each touchpoint it places in a phase, for the lanes'
    items that name the same touchpoint there: the lane's "Social advertentie", on the sheet in "Social media", is
    social media, not the ads its name says; the sheet's column is what the team meant. The journey page's icon,
    the figures page's count and the deck's table then say the same (#31). An item named as the sheet's row is that
    row's; one named as it once the channels' words are set aside ("Pechnummer" beside "Pechnummer (telefoon)") is
    only where the item names no channel of its own and the sheet gives the name one channel in the phase."""

    def __init__(self, journey: Journey, touchpoints: list[Touchpoint]) -> None:
        self.journey = journey
        phase_index = phase_index_of(journey)
        self.exact: dict[tuple[int, str], str] = {}
        by_key: dict[tuple[int, frozenset[str]], set[str]] = {}
        for tp in touchpoints:
            index = touchpoint_phase(tp, phase_index)
            channel = channel_of(tp.get("channel")) or tp.get("channel").strip()
            if index is None or tp.name is None or not channel:
                continue
            self.exact.setdefault((index, label_key(tp.name.text)), channel)
            by_key.setdefault((index, touchpoint_key(tp.name.text)), set()).add(channel)
        self.by_key = {key: next(iter(found)) for key, found in by_key.items() if len(found) == 1}

    def channel(self, index: int, text: str) -> str | None:
        """The sheet's channel of a lane's item in the phase of ``index``, None where the sheet names it not."""
        exact = self.exact.get((index, label_key(text)))
        if exact is not None or channel_of(text) is not None:
            return exact
        return self.by_key.get((index, touchpoint_key(text)))

    def parts(self, index: int, text: str) -> tuple[tuple[str, str], ...]:
        """The channels a lane's item counts under, each with the item's words for it (``channel_parts``): the
        sheet's channel alone where it names the item, with no words of the item's (they name another)."""
        given = self.channel(index, text)
        return ((given, ""),) if given is not None else channel_parts(text)

    def of_lanes(self) -> dict[tuple[str, str], str]:
        """The sheet's channel of every touchpoints and channels lane's item it names, by the matching keys of the
        item's phase and text (what the journey page, a split journey's page too, looks it up by)."""
        found = {}
        for lane in self.journey.lanes:
            if lane.kind not in (LaneKind.TOUCHPOINTS, LaneKind.CHANNELS):
                continue
            for index, cell in enumerate(lane.cells[: len(self.journey.phases)]):
                for item in cell:
                    if (channel := self.channel(index, item.text)) is not None:
                        found[(label_key(self.journey.phases[index].name), label_key(item.text))] = channel
        return found


def channel_counts(
    journey: Journey, touchpoints: list[Touchpoint], sheet: SheetChannels | None = None
) -> tuple[dict[str, list[int]], dict[str, str]]:
    """Touchpoints per channel and phase, from every source the journey page draws: the Touchpoints
    sheet's rows and the touchpoints lane's items (a touchpoint named in both counts once, its name read
    without its channel's words: the lane's "Pechnummer (telefoon)" is the sheet's "Pechnummer"), and the
    channels lane, whose channel counts at least once in its phase. The poster's first page (its icons)
    and its figures page (this count) then say the same. A channel canvasgen knows counts under its own
    key (for its icon); any other the team names (on the sheet or in the channels lane: "Intranet",
    "Balie") counts as written, whatever its case; a channel's verb there ("Mailt", "Belt op") names its
    channel (``verb_channel``), never one of its own name. A sentence in the channels lane ("Belt eerst, mailt als
    niemand opneemt") names no channel: it stays in the lane, not in the count. Counted from the touchpoints
    lane alone, where most of its touchpoints name no channel canvasgen knows ("Салон связи", "Калькулятор
    тарифов"), there is no count: one row of the lane's six would claim fewer channels than it lists. Also
    returns, per channel canvasgen knows, the client's words for it where the canvas writes it one way
    ("Webshop", "SMS-уведомление"), to name its row (``_ChannelWords``). A lane's item the Touchpoints sheet
    names in its phase counts under the sheet's channel (``SheetChannels``), not the one its name says."""
    sheet = sheet or SheetChannels(journey, touchpoints)
    phase_index = phase_index_of(journey)
    n = len(journey.phases)
    counts: dict[str, list[int]] = {}
    written: dict[str, str] = {}  # a channel of the team's own, by its matching key: as first written
    seen: set[tuple[int, tuple[str | None, frozenset[str]]]] = set()

    def add(channel: str, index: int, name: str) -> None:
        channel = written.setdefault(label_key(channel), channel)
        key = (index, touchpoint_identity(name, channel))
        if key not in seen:
            seen.add(key)
            counts.setdefault(channel, [0] * n)[index] += 1

    forms = _ChannelWords()
    for tp in touchpoints:
        index = touchpoint_phase(tp, phase_index)
        known = channel_of(tp.get("channel"))
        channel = known or tp.get("channel").strip() or None
        if index is not None and channel:
            add(channel, index, tp.name.text if tp.name else channel)
            if known:
                forms.add(known, " ".join(tp.get("channel").split()))
    named: dict[LaneKind, list[bool]] = {LaneKind.TOUCHPOINTS: [], LaneKind.CHANNELS: []}  # items naming a channel
    for kind in (LaneKind.TOUCHPOINTS, LaneKind.CHANNELS):
        for lane in (lane for lane in journey.lanes if lane.kind == kind):
            for index, cell in enumerate(lane.cells):
                for item in cell:
                    parts = sheet.parts(index, item.text)  # "Instagram, website": both count
                    forms.add_all(parts)
                    found = [channel for channel, _ in parts]
                    named[kind].append(bool(found))
                    if not found and kind == LaneKind.CHANNELS and _names_a_channel(item.text):
                        # a channel's verb names that channel ("Mailt de klant": e-mail), never one of its name
                        verb = verb_channel(item.text, alone=False)
                        found = [verb or written.setdefault(label_key(item.text), " ".join(item.text.split()))]
                    for channel in found:
                        if kind == LaneKind.TOUCHPOINTS or not counts.get(channel, [0] * n)[index]:
                            add(channel, index, item.text)
    touchpoint_items = named[LaneKind.TOUCHPOINTS]
    if not touchpoints and not named[LaneKind.CHANNELS] and 2 * sum(touchpoint_items) < len(touchpoint_items):
        return {}, {}
    return counts, forms.names(counts)


class _ChannelWords:
    """The ways a canvas writes each channel canvasgen knows ("Webshop" for the website), as written, by their
    matching key: a row is named in the client's words where there is one way, and that a name, no sentence."""

    def __init__(self) -> None:
        self.ways: dict[str, dict[str, str]] = {}

    def add(self, channel: str, form: str) -> None:
        # a sentence naming it ("Bezoekt de site van de installateur") gives no word to name the row by: ""
        key, written = (label_key(form), form) if _names_a_channel(form) else ("", "")
        self.ways.setdefault(channel, {}).setdefault(key, written)

    def add_all(self, parts: tuple[tuple[str, str], ...]) -> None:
        """``add`` each channel with its words, where the item has words for it (``SheetChannels.parts``)."""
        for channel, form in parts:
            if form:
                self.add(channel, form)

    def names(self, counts: dict[str, list[int]]) -> dict[str, str]:
        """The client's word for each counted channel written one way, in a name."""
        return {
            channel: next(iter(ways.values()))
            for channel, ways in self.ways.items()
            if channel in counts and len(ways) == 1 and "" not in ways
        }


#: The most words a channel of the team's own has in the channels lane ("Beratung vor Ort", "Website dealer").
_CHANNEL_WORDS = 4


def _names_a_channel(text: str) -> bool:
    """Whether a channels lane's item reads as a channel's name: a few words, not a sentence."""
    words = text.split()
    return 0 < len(words) <= _CHANNEL_WORDS and len(text.strip()) <= 40 and not text.rstrip().endswith((".", "!", "?"))


def channel_returns(canvas: Canvas, touchpoints: list[Touchpoint]) -> dict[str, tuple[float, float | None, str]]:
    """Per channel: the spend on its touchpoints, the revenue they brought in (None when unknown), the unit."""
    channel_of_tp = {
        label_key(tp.name.text): channel_of(tp.get("channel")) or tp.get("channel")
        for tp in touchpoints
        if tp.name is not None
    }
    totals: dict[str, tuple[float, float | None, str]] = {}
    spent_at = {label_key(m.touchpoint.text) for m in canvas.metrics if m.is_cost and m.touchpoint is not None}
    for metric in canvas.metrics:
        key = label_key(metric.touchpoint.text) if metric.touchpoint is not None else ""
        channel = channel_of_tp.get(key)
        if not channel or key not in spent_at or metric.kind not in ("cost", "revenue"):
            continue
        spend, revenue, unit = totals.get(channel, (0.0, None, metric.unit))
        if metric.is_cost:
            spend += metric.value
        else:
            revenue = (revenue or 0.0) + metric.value
        totals[channel] = (spend, revenue, unit)
    return totals
