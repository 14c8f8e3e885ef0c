"""The deck's tables and charts of touchpoints, channels, roles, figures and budget, as plain rows.

Pure functions of the model; the deck turns them into slides. They share their
reading of the data with the poster's rows (``map_rows``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from canvasgen.analysis.view import JourneyView, channel_returns
from canvasgen.figures import format_figure, format_target, format_value
from canvasgen.layout.headings import channel_heading, phase_heading
from canvasgen.layout.meta import budget_parts
from canvasgen.model import Canvas, Item, Journey, Metric
from canvasgen.words import POSTER_WORDS, TABLE_HEADERS

Rows = tuple[list[str], list[list[str]]]  # header, rows


def filled_columns(header: list[str], rows: list[list[str]], shares: list[float]) -> tuple[Rows, list[float]]:
    """The table without the columns empty in every row (a column the sheet never had: "Timing" on a
    sheet without it), their width shared by the others in proportion; the table as it is when every
    column would go."""
    kept = [i for i in range(len(header)) if any(row[i].strip() for row in rows)] or list(range(len(header)))
    total = sum(shares[i] for i in kept)
    return ([header[i] for i in kept], [[row[i] for i in kept] for row in rows]), [shares[i] / total for i in kept]


def headers(language: str) -> dict[str, str]:
    return TABLE_HEADERS[language]


#: The Touchpoints sheet's columns the deck's touchpoint table shows (the rest go in the appendix).
TABLE_FIELDS = ("phase", "touchpoint", "channel", "timing", "owner", "current", "ideal", "sales_moment")


def touchpoint_table(canvas: Canvas, language: str) -> Rows | None:
    """Every touchpoint: phase, name, channel, timing, owner, now, ideal, sales moment; headed with
    the sheet's own column names where it has them."""
    if not canvas.touchpoints:
        return None
    h = TABLE_HEADERS[language]
    defaults = {
        "phase": h["phase"],
        "touchpoint": h["touchpoint"],
        "channel": h["channel"],
        "timing": h["timing"],
        "owner": h["owner"],
        "current": h["now"],
        "ideal": h["ideal"],
        "sales_moment": h["sale"],
    }
    columns = canvas.touchpoint_columns
    header = [columns[key].text if key in columns else defaults[key] for key in TABLE_FIELDS]
    rows = []
    for tp in canvas.touchpoints:
        named = {"phase": tp.phase.text if tp.phase else "", "touchpoint": tp.name.text if tp.name else ""}
        rows.append([named[key] if key in named else tp.get(key) for key in TABLE_FIELDS])
    return header, rows


def channel_matrix(journey: Journey, view: JourneyView, language: str) -> Rows | None:
    """Channels down, phases across: how many touchpoints each channel carries in each phase."""
    if not view.channels:
        return None
    header = [TABLE_HEADERS[language]["channel"]] + [phase_heading(p) for p in journey.phases]
    rows = [
        [channel_heading(view.channel_names.get(channel, channel), language)]
        + [f"{n}×" if n else "" for n in per_phase]
        for channel, per_phase in view.channels.items()
    ]
    return header, rows


#: The mark of a role's part in a phase on the buying-group slide.
INVOLVED = "●"


def involvement_matrix(journey: Journey, view: JourneyView, language: str) -> Rows | None:
    """Buying-group roles down, phases across: a disc where the role takes part (a bullet "•" in table text
    was a speck of 2 mm, F34)."""
    rows = [
        [" – ".join(t for t in (persona.name.text if persona.name else "", persona.get("role")) if t)]
        + [INVOLVED if flag else "" for flag in flags]
        for persona, flags in view.involvement
    ]
    if not rows:
        return None
    return [TABLE_HEADERS[language]["role"]] + [phase_heading(p) for p in journey.phases], rows


def metric_table(
    metrics: list[Metric],
    language: str,
    columns: Mapping[str, Item] | None = None,
    phase: str | None = None,
    aims: bool = False,
) -> Rows | None:
    """Every figure: phase, metric, touchpoint, value, target, met or missed, period; headed with
    the Metrics sheet's own column names where it has them, else the phase column with the canvas's own
    word for a phase (``phase``: "Stage", as its other tables). ``aims``: the figures are an ideal's aims,
    never met or missed (their result column is left empty, and so out)."""
    shown = [m for m in metrics if not m.is_cost]
    if not shown:
        return None
    h, words = dict(TABLE_HEADERS[language]), POSTER_WORDS[language]
    h["phase"] = phase or h["phase"]
    for key, item in (columns or {}).items():
        if key in h and not (key == "value" and _the_period(item, shown)):
            h[key] = item.text
    header = [h["phase"], h["metric"], h["touchpoint"], h["value"], h["target"], h["result"], h["period"]]
    rows = []
    for m in shown:
        rows.append(
            [
                m.phase or "",
                m.name.text,
                m.touchpoint.text if m.touchpoint else "",
                format_value(m, language),
                format_target(m, language),
                "" if aims or m.met is None else words["met"] if m.met else words["missed"],
                m.period.text if m.period else "",
            ]
        )
    return header, rows


def _the_period(head: Item, metrics: list[Metric]) -> bool:
    """Whether a value column's header is the period of every figure ("Q3 2026" over the values): printed in the
    period column, the value column headed with the word for a value, not the period twice."""
    return all(m.period is not None and (m.period.text, m.period.source) == (head.text, head.source) for m in metrics)


@dataclass
class BarGroup:
    """Figures that share a unit, charted together: measured against target."""

    unit: str  # "%", a currency, or "" (counts; "NPS" for net promoter scores)
    categories: list[str]
    values: list[float]
    targets: list[float | None]
    met: list[bool | None]
    #: The figures themselves, one a bar: their labels are written as the tables write them.
    figures: list[Metric]


#: The most the figures of one chart may differ by (the largest of a figure's value and target against the
#: smallest's): a bar a tenth of the axis still reads, a smaller one is a sliver beside a wall (an average
#: deal of €84,000 on the €1.4M axis of a revenue). Beyond it, figures go on charts of their own magnitude.
MAGNITUDE = 10.0


def bar_labels(group: BarGroup, language: str) -> tuple[list[str | None], list[str | None]]:
    """The text on a chart's bars, measured and target, as the tables beside it write the figures
    ("€ 1.500", "1,8%" in Dutch): a chart's number format is read in the viewer's Office locale, so a
    Dutch deck opened on an English Office said "€ 1,500" beside the table's "€ 1.500"."""
    values: list[str | None] = [format_value(m, language) for m in group.figures]
    targets: list[str | None] = [
        format_figure(m.target, m.unit, language, m.kind == "nps", m.target_places) if m.target is not None else None
        for m in group.figures
    ]
    return values, targets


def metric_groups(metrics: list[Metric], per_chart: int = 8) -> list[BarGroup]:
    """Charts of at most ``per_chart`` figures, one unit per chart (percentages, money, counts) and, but
    for net promoter scores, one magnitude per chart (``MAGNITUDE``). A figure that would stand alone
    on a chart has none (``lone_figures``: its chart slide says it instead): a chart of one bar says
    nothing a table row does not, and every figure is in the table of figures that follows the charts."""
    groups: list[BarGroup] = []
    for unit, band in _unit_bands(metrics):
        if len(band) < 2:
            continue
        charts = -(-len(band) // per_chart)
        step = -(-len(band) // charts)  # evenly: 9 figures make charts of 5 and 4, not 8 and 1
        for start in range(0, len(band), step):
            chunk = band[start : start + step]
            groups.append(
                BarGroup(
                    unit,
                    [bar_category(m) for m in chunk],
                    [m.value for m in chunk],
                    [m.target for m in chunk],
                    [m.met for m in chunk],
                    chunk,
                )
            )
    return groups


def lone_figures(metrics: list[Metric]) -> list[tuple[str, Metric]]:
    """The figures ``metric_groups`` charts not, each with its chart unit ("NPS" for a net promoter
    score): the only one of its unit or magnitude. Never dropped unsaid: a chart of counts all missed,
    without the one count that was met, told the client every count was missed."""
    return [(unit, band[0]) for unit, band in _unit_bands(metrics) if len(band) == 1]


def _unit_bands(metrics: list[Metric]) -> list[tuple[str, list[Metric]]]:
    """The figures (no costs) by chart unit and, but for net promoter scores, magnitude band."""
    by_unit: dict[tuple[str, bool], list[Metric]] = {}
    for m in metrics:
        if not m.is_cost:  # NPS runs from -100 to 100: a chart of its own, not beside counts
            by_unit.setdefault((m.unit, m.kind == "nps"), []).append(m)
    # net promoter scores share their fixed scale (-100..100, a sign that matters); a 2% click rate
    # beside a 68% basket abandonment is a sliver, so percentages go by magnitude like money and counts
    return [
        ("NPS" if nps else unit, band)
        for (unit, nps), members in by_unit.items()
        for band in ([members] if nps else by_magnitude(members))
    ]


def magnitude(m: Metric) -> float:
    """How large a figure draws: the larger of its value and its target."""
    return max(abs(m.value), abs(m.target) if m.target is not None else 0.0)


def by_magnitude(members: list[Metric]) -> list[list[Metric]]:
    """Figures of one unit in bands of at most ``MAGNITUDE`` from the smallest of each band up, each band in
    the figures' own order (as in the table)."""
    bands: list[list[tuple[int, Metric]]] = []
    floor = 0.0
    for place, m in sorted(enumerate(members), key=lambda pair: magnitude(pair[1])):
        if not bands or magnitude(m) > MAGNITUDE * floor:
            bands.append([])
            floor = magnitude(m)
        bands[-1].append((place, m))
    return [[m for _, m in sorted(band, key=lambda pair: pair[0])] for band in bands]


def bar_category(m: Metric) -> str:
    where = m.touchpoint.text if m.touchpoint else m.phase or ""
    return f"{m.name.text} · {where}" if where else m.name.text


def budget_table(metrics: list[Metric], language: str) -> tuple[Rows, BarGroup] | None:
    """Spend per touchpoint against what it brings in, and the same spend as a chart."""
    costs = [m for m in metrics if m.is_cost]
    if not costs:
        return None
    h, words = TABLE_HEADERS[language], POSTER_WORDS[language]
    header = [h["phase"], h["touchpoint"], h["spend"], h["serves"]]
    rows = []
    for cost in costs:
        _, spend, serves = budget_parts(cost, metrics, words, language)
        where = cost.touchpoint.text if cost.touchpoint else ""
        rows.append([cost.phase or "", where, f"{cost.name.text}: {spend}", serves])
    chart = BarGroup(
        costs[0].unit,
        [bar_category(c) for c in costs],
        [c.value for c in costs],
        [c.target for c in costs],
        [c.met for c in costs],
        costs,
    )
    return (header, rows), chart


def channel_budget_table(canvas: Canvas, language: str) -> Rows | None:
    """Per channel: spend, revenue and return (revenue per unit spent), best return first."""
    totals = channel_returns(canvas, [tp for tp in canvas.touchpoints if tp.phase is not None])
    if not totals:
        return None
    h, words = TABLE_HEADERS[language], POSTER_WORDS[language]
    header = [h["channel"], h["spend"], h["revenue"], words["return"].capitalize()]

    def ratio(item: tuple[str, tuple[float, float | None, str]]) -> float:
        spend, revenue, _ = item[1]
        return revenue / spend if revenue is not None and spend else -1.0

    rows = []
    for channel, (spend, revenue, unit) in sorted(totals.items(), key=ratio, reverse=True):
        rows.append(
            [
                channel_heading(channel, language),
                format_figure(spend, unit, language),
                format_figure(revenue, unit, language) if revenue is not None else "–",
                f"{format_figure(revenue / spend, '', language)}×" if revenue is not None and spend else "–",
            ]
        )
    return header, rows
