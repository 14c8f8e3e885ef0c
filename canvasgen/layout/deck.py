"""The workshop deck's layout: slides of text frames, tables and a chart, fitted with the real fonts.

PowerPoint's autofit does nothing until someone edits the text, so every frame's
font size is computed here, with the same metrics and wrapping as the poster,
and set explicitly. What does not fit at the minimum size continues on a
follow-up slide; nothing is cut.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from canvasgen.brand.colors import WHITE, Colour, readable_on
from canvasgen.brand.kit import BrandKit
from canvasgen.layout.boxes import Box
from canvasgen.layout.map_rows import shown_metrics
from canvasgen.layout.map_tables import (
    TABLE_FIELDS,
    budget_table,
    channel_budget_table,
    channel_matrix,
    involvement_matrix,
    metric_groups,
    metric_table,
    touchpoint_table,
)
from canvasgen.layout.meta import meta_lines, metric_records, record_lines, unused_headers
from canvasgen.layout.setter import ITEM_GAP, LEADING, Setter
from canvasgen.model import CORE_LANES, SCORE_LANE, Canvas, Item, Journey, Lane, Persona, ScoreScale
from canvasgen.words import DECK_WORDS, WORDS

MIN_SIZE = 12.0  # nothing on a slide is smaller: legible when projected
MAX_SIZE = 24.0
TITLE_SIZE = 26.0
INSET = 7.2  # text frame margins (0.1 inch)
BAND = 0.16  # the title band's share of the slide height
WRAP_SLACK = 0.94  # measure against a slightly narrower line: PowerPoint's wrapping may differ a hair


@dataclass
class Para:
    text: str
    size: float
    colour: Colour
    bold: bool = False
    role: str = "body"
    source: str = ""


@dataclass
class Frame:
    box: Box
    paras: list[Para]
    fill: Colour | None = None
    border: Colour | None = None
    dashed: bool = False
    name: str = ""


@dataclass
class Table:
    box: Box
    columns: list[float]  # widths
    rows: list[list[str]]  # the first row is the header
    heights: list[float]
    size: float
    header_fill: Colour
    header_ink: Colour
    ink: Colour


@dataclass
class Chart:
    box: Box
    categories: list[str]
    values: list[float | None]
    scale: ScoreScale
    colour: Colour
    series: str


@dataclass
class Bars:
    """A native bar chart: categories down, one bar per series (measured, target)."""

    box: Box
    categories: list[str]
    series: list[tuple[str, list[float | None]]]
    colours: list[Colour]  # per series
    point_colours: list[Colour | None]  # the first series' bars, one by one (met / missed)
    number_format: str


@dataclass
class Slide:
    kind: str
    title: str
    section: str
    notes: str
    frames: list[Frame] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    chart: Chart | None = None
    bars: Bars | None = None
    band: Colour | None = None
    logo: Box | None = None
    title_size: float = TITLE_SIZE
    title_box: Box | None = None


@dataclass
class DeckLayout:
    width: float
    height: float
    language: str
    slides: list[Slide]
    sections: list[str]


@dataclass
class _Ctx:
    kit: BrandKit
    setter: Setter
    words: dict[str, str]
    width: float
    height: float
    language: str

    @property
    def ink(self) -> Colour:
        return self.kit.colour("text")

    @property
    def margin(self) -> float:
        return self.width * 0.04

    @property
    def top(self) -> float:
        return self.height * 0.2

    @property
    def body(self) -> Box:
        m = self.margin
        return Box(m, self.top, self.width - 2 * m, self.height - self.top - m)


def layout_deck(
    canvas: Canvas, kit: BrandKit, setter: Setter, width: float, height: float, language: str
) -> DeckLayout:
    ctx = _Ctx(kit, setter, DECK_WORDS[language], width, height, language)
    slides: list[Slide] = []
    sections: list[str] = []
    for index, journey in enumerate(canvas.journeys):
        section = journey.name
        sections.append(section)
        slides.append(_title_slide(ctx, journey, canvas, section))
        if index == 0:
            slides.extend(_agenda(ctx, canvas, section))
            slides.extend(_personas(ctx, canvas, section))
            slides.extend(_roles(ctx, journey, canvas, section))
        slides.extend(_overview(ctx, journey, section))
        if any(journey.scores):
            slides.append(_curve(ctx, journey, section))
        for number in range(len(journey.phases)):
            slides.extend(_phase_slides(ctx, journey, number, section))
        slides.extend(_pains(ctx, journey, section))
        if index == 0 or _new_phases(journey, canvas.journeys[:index]):
            slides.extend(_touchpoint_slides(ctx, journey, canvas, section, first=index == 0))
            slides.extend(_kpi_slides(ctx, journey, canvas, section))
        slides.extend(_actions(ctx, journey, section))
        slides.extend(_exercise(ctx, journey, number, section) for number in range(len(journey.phases)))
    if not canvas.journeys and canvas.personas:  # a workbook of personas only: their slides
        sections.append(ctx.words["personas"])
        slides.extend(_personas(ctx, canvas, sections[-1]))
    appendix = _appendix(ctx, canvas)
    if appendix:
        sections.append(ctx.words["appendix"])
        slides.extend(appendix)
    _finish(ctx, slides)
    return DeckLayout(width, height, language, slides, sections)


def _finish(ctx: _Ctx, slides: list[Slide]) -> None:
    """Band colour, logo place and a title size that fits, for every slide."""
    for slide in slides:
        slide.band = slide.band or ctx.kit.colour("primary")
        if ctx.kit.logo is not None:
            size = ctx.height * 0.1
            slide.logo = Box(ctx.width - ctx.margin - size, ctx.height * 0.03, size, size)
        right = slide.logo.x - ctx.margin * 0.5 if slide.logo else ctx.width - ctx.margin
        slide.title_box = Box(ctx.margin, 0, right - ctx.margin, ctx.height * BAND)
        while slide.title_size > MIN_SIZE and not fits(ctx.setter, [_title_para(slide)], slide.title_box):
            slide.title_size -= 1


def _title_para(slide: Slide) -> Para:
    return Para(slide.title, slide.title_size, WHITE, True, "heading", "title")


# -- fitting ---------------------------------------------------------------------------------------


def para_heights(
    setter: Setter, paras: list[Para], width: float, size: float | None = None, limit: float = float("inf")
) -> list[float]:
    """Running heights of paragraphs in a frame of this width: exact line spacing, spacing before items.

    ``size`` sets every paragraph at that size (headings 10% larger) without copying them; measuring
    stops after the first paragraph that passes ``limit`` (a long list needs only what fits).
    """
    total = 0.0
    running = []
    for i, para in enumerate(paras):
        at = para.size if size is None else size * (1.1 if para.bold else 1.0)
        lines = setter.wrap(para.text, width * WRAP_SLACK, para.role, at)
        total += len(lines) * at * LEADING + (at * ITEM_GAP if i else 0.0)
        running.append(total)
        if total > limit:
            break
    return running


def para_height(setter: Setter, paras: list[Para], width: float) -> float:
    heights = para_heights(setter, paras, width)
    return heights[-1] if heights else 0.0


def fits(setter: Setter, paras: list[Para], box: Box, size: float | None = None) -> bool:
    room = box.h - 2 * INSET + 0.01
    heights = para_heights(setter, paras, box.w - 2 * INSET, size, limit=room)
    return len(heights) == len(paras) and (not heights or heights[-1] <= room)


def _sized(paras: list[Para], size: float) -> list[Para]:
    return [Para(p.text, size * (1.1 if p.bold else 1.0), p.colour, p.bold, p.role, p.source) for p in paras]


def fit_frame(setter: Setter, paras: list[Para], box: Box, largest: float = MAX_SIZE) -> tuple[list[Para], list[Para]]:
    """The largest size (``largest``..MIN) at which all paragraphs fit; at the minimum, those that fit and the rest."""
    # Sizes in whole points; fitting is monotonic in the size, so search by halving.
    low, high = int(MIN_SIZE), int(largest)
    if fits(setter, paras, box, MIN_SIZE):
        while low < high:
            mid = (low + high + 1) // 2
            if fits(setter, paras, box, mid):
                low = mid
            else:
                high = mid - 1
        return _sized(paras, low), []
    room = box.h - 2 * INSET + 0.01
    running = para_heights(setter, paras, box.w - 2 * INSET, MIN_SIZE, limit=room)
    keep = sum(1 for h in running if h <= room)
    if keep and paras[keep - 1].bold and keep < len(paras):
        keep -= 1  # a heading never ends a frame without its first item
    if keep == 0:
        keep = 1  # one paragraph taller than the frame: it goes alone (the frame test will say so)
    return _sized(paras[:keep], MIN_SIZE), paras[keep:]


def _base_size(paras: list[Para]) -> float:
    """The body size a fitted frame was set at (headings are 10% larger)."""
    plain = next((p.size for p in paras if not p.bold), None)
    return plain if plain is not None else paras[0].size / 1.1 if paras else MAX_SIZE


def _continue(
    ctx: _Ctx, kind: str, title: str, section: str, notes: str, frames: list[tuple[Box, list[Para], dict[str, object]]]
) -> list[Slide]:
    """Slides holding the frames' paragraphs; what a frame cannot hold goes on a follow-up slide."""
    slides: list[Slide] = []
    pending = [list(paras) for _, paras, _ in frames]
    first = True
    while first or any(pending):
        slide = Slide(kind, title if first else f"{title} ({ctx.words['continued']})", section, notes)
        # One size for the whole slide: the largest at which every frame still fits.
        sizes = [_base_size(fit_frame(ctx.setter, p, box)[0]) for (box, _, _), p in zip(frames, pending) if p]
        common = min(sizes, default=MAX_SIZE)
        for i, (box, _, style) in enumerate(frames):
            kept, rest = fit_frame(ctx.setter, pending[i], box, common) if pending[i] else ([], [])
            slide.frames.append(Frame(box, kept, **style))  # type: ignore[arg-type]
            pending[i] = rest
        slides.append(slide)
        first = False
    return slides


# -- slides ----------------------------------------------------------------------------------------


def _title_slide(ctx: _Ctx, journey: Journey, canvas: Canvas, section: str) -> Slide:
    slide = Slide("title", journey.name, section, ctx.words["n_title"], band=ctx.kit.colour("primary"))
    on_band = readable_on(ctx.kit.colour("primary"), ctx.ink)
    meta = journey.meta
    lines = [Para(text, 18, on_band, source=source) for text, source in meta_lines(journey, ctx.language)]
    if "journey_label" in meta and "journey" not in meta:
        lines.append(Para(f"{meta['journey_label'].text.rstrip(':')}: —", 18, on_band))
    if "journey_label" in meta and "journey" in meta:
        journey_label = meta["journey_label"].text.rstrip(":")
        source = str(meta["journey"].source)
        lines.insert(0, Para(f"{journey_label}: {meta['journey'].text}", 18, on_band, source=source))
    if "title" in meta and meta["title"].text not in journey.name:
        lines.insert(0, Para(meta["title"].text, 16, on_band, bold=True, role="heading"))
    brand = " · ".join(p for p in (ctx.kit.agency, canvas.file) if p)
    lines.append(Para(brand, 14, on_band))
    m = ctx.margin
    title_box = Box(m, ctx.height * 0.22, ctx.width - 2 * m, ctx.height * 0.28)
    # Titles may grow beyond the body maximum: fit them on their own scale.
    size = 40.0
    while size > MIN_SIZE and not fits(ctx.setter, [Para(journey.name, size, on_band, True, "heading")], title_box):
        size -= 2
    slide.frames.append(Frame(title_box, [Para(journey.name, size, on_band, True, "heading", "title")], name="title"))
    meta_box = Box(m, ctx.height * 0.52, ctx.width - 2 * m, ctx.height * 0.42)
    fitted, rest = fit_frame(ctx.setter, lines, meta_box)
    slide.frames.append(Frame(meta_box, fitted + rest, name="meta"))  # metadata is short; rest is rare
    return slide


def _agenda(ctx: _Ctx, canvas: Canvas, section: str) -> list[Slide]:
    w = ctx.words
    phases = sum(len(j.phases) for j in canvas.journeys)
    plan = [
        (w["a_welcome"], 10),
        (w["a_persona"], 15),
        (w["a_journey"], 8 * phases),
        (w["a_curve"], 10),
        (w["a_pains"], 20),
        (w["a_actions"], 20),
        (w["a_exercise"], 5 * phases),
        (w["a_close"], 10),
    ]
    rows = [[w["time"], w["topic"], w["minutes"]]]
    minute = 9 * 60
    for topic, length in plan:
        rows.append([f"{minute // 60:02d}:{minute % 60:02d}", topic, str(length)])
        minute += length
    slide = Slide("agenda", w["agenda"], section, w["n_agenda"])
    body = ctx.body
    slide.tables.append(_table(ctx, body, rows, [0.15, 0.7, 0.15]))
    return [slide]


def _table(ctx: _Ctx, box: Box, rows: list[list[str]], shares: list[float], size: float = 16.0) -> Table:
    widths = [box.w * s for s in shares]
    heights = [_row_height(ctx, row, widths, size) for row in rows]
    return Table(box, widths, rows, heights, size, ctx.kit.colour("primary"),
                 readable_on(ctx.kit.colour("primary"), ctx.ink), ctx.ink)  # fmt: skip


def _row_height(ctx: _Ctx, row: list[str], widths: list[float], size: float) -> float:
    lines = max(len(ctx.setter.wrap(text, (w - 2 * INSET) * WRAP_SLACK, "body", size)) for text, w in zip(row, widths))
    return lines * size * LEADING + 2 * INSET


def _overview(ctx: _Ctx, journey: Journey, section: str) -> list[Slide]:
    w = ctx.words
    lanes = [lane for lane in journey.lanes if lane.kind != SCORE_LANE]
    header = [journey.phase_labels[0].text if journey.phase_labels else ""]
    header += [f"{p.name} ({p.steps_text})" if p.step_names else p.name for p in journey.phases]
    rows = [header]
    score_lane = journey.lane(SCORE_LANE)
    if any(journey.scores):
        label = score_lane.label if score_lane else "Score"
        rows.append([label] + [" · ".join(f"{s.value:g}" for s in scores) for scores in journey.scores])
    for lane in lanes:
        rows.append([lane.heading] + [f"{len(cell)}" if cell else "–" for cell in lane.cells])
    n = len(journey.phases)
    first = 0.22
    shares = [first] + [(1 - first) / max(n, 1)] * n
    slides: list[Slide] = []
    size = 14.0
    body = ctx.body
    while size > MIN_SIZE and sum(_row_height(ctx, r, [body.w * s for s in shares], size) for r in rows) > body.h:
        size -= 1
    chunk: list[list[str]] = []
    for row in [*rows[1:], None]:
        candidate = [rows[0], *chunk, row] if row is not None else None
        widths = [body.w * s for s in shares]
        if candidate is None or sum(_row_height(ctx, r, widths, size) for r in candidate) > body.h:
            title = w["overview"] if not slides else f"{w['overview']} ({w['continued']})"
            slide = Slide("overview", title, section, w["n_overview"])
            slide.tables.append(_table(ctx, body, [rows[0], *chunk], shares, size))
            slides.append(slide)
            chunk = []
        if row is not None:
            chunk.append(row)
    return slides


def _curve(ctx: _Ctx, journey: Journey, section: str) -> Slide:
    scale = next((s.scale for phase in journey.scores for s in phase), ScoreScale(-2, 2))
    values = [
        sum(s.value for s in scores) / len(scores) if scores else None for scores in journey.scores
    ]  # fmt: skip
    score_lane = journey.lane(SCORE_LANE)
    slide = Slide("curve", ctx.words["curve"], section, ctx.words["n_curve"])
    slide.chart = Chart(ctx.body, [p.name for p in journey.phases], values, scale, ctx.kit.colour("accent"),
                        score_lane.label if score_lane else "Score")  # fmt: skip
    return slide


def _lane_paras(ctx: _Ctx, lane: Lane, index: int, heading: bool = True) -> list[Para]:
    paras = [Para(lane.heading, MAX_SIZE, ctx.ink, True, "heading", str(lane.source))] if heading else []
    paras += [Para(f"• {item.text}", MAX_SIZE, ctx.ink, source=str(item.source)) for item in lane.cells[index]]
    return paras


def _phase_slides(ctx: _Ctx, journey: Journey, index: int, section: str) -> list[Slide]:
    phase = journey.phases[index]
    w = ctx.words
    n = len(journey.phases)
    label = journey.phase_labels[0].text if journey.phase_labels else ""
    title = f"{label} {index + 1}/{n} · {phase.name}".strip()
    notes = f"{w['n_phase']}\n\n{w['q_customer']}\n{w['q_internal']}\n{w['q_experience']}\n{w['q_learning']}"
    body = ctx.body
    gap = 8.0
    side_w = body.w * 0.3
    grid_w = body.w - side_w - gap
    cell_w, cell_h = (grid_w - gap) / 2, (body.h - gap) / 2
    spots = [
        Box(body.x, body.y, cell_w, cell_h),
        Box(body.x + cell_w + gap, body.y, cell_w, cell_h),
        Box(body.x, body.y + cell_h + gap, cell_w, cell_h),
        Box(body.x + cell_w + gap, body.y + cell_h + gap, cell_w, cell_h),
    ]
    frames: list[tuple[Box, list[Para], dict[str, object]]] = []
    used: set[int] = set()
    for spot, kind in zip(spots, CORE_LANES):
        lane = journey.lane(kind)
        paras = _lane_paras(ctx, lane, index) if lane else []
        if lane is not None:
            used.add(id(lane))
        if kind == "experience":
            paras += _score_paras(ctx, journey, index)
        style = {"fill": ctx.kit.phase_colour(index).mix(WHITE, 0.92), "name": kind}
        frames.append((spot, paras, style))
    side: list[Para] = []
    if phase.step_names:  # the steps of this phase, as the sheet names them
        side.append(Para(phase.steps_text, MAX_SIZE, ctx.ink, True, "heading", str(phase.step_names[0].source)))
    for lane in journey.lanes:
        if id(lane) in used or (lane.kind == SCORE_LANE and not lane.item_count()):
            continue
        if lane.cells[index] or lane.kind in ("touchpoints", "channels"):
            side += _lane_paras(ctx, lane, index)
        else:
            side.append(Para(lane.heading, MAX_SIZE, ctx.ink, True, "heading", str(lane.source)))
            side.append(Para("–", MAX_SIZE, ctx.ink))
    frames.append((Box(body.x + grid_w + gap, body.y, side_w, body.h), side,
                   {"fill": ctx.kit.colour("muted"), "name": "other lanes"}))  # fmt: skip
    return _continue(ctx, "phase", title, section, notes, frames)


def _score_paras(ctx: _Ctx, journey: Journey, index: int) -> list[Para]:
    scores = journey.scores[index] if index < len(journey.scores) else []
    lane = journey.lane(SCORE_LANE)
    if not scores and lane is None:
        return []
    label = lane.label if lane else "Score"
    values = " · ".join(f"{s.value:g}" for s in scores) or "–"
    source = str(scores[0].source) if scores else ""
    return [Para(f"{label}: {values}", MAX_SIZE, ctx.ink, True, "heading", source)]


def _pains(ctx: _Ctx, journey: Journey, section: str) -> list[Slide]:
    w = ctx.words
    body = ctx.body
    gap = 12.0
    half = (body.w - gap) / 2
    frames: list[tuple[Box, list[Para], dict[str, object]]] = []
    for offset, kind, heading, colour in (
        (0.0, "pain_points", w["pains"], "pain"),
        (half + gap, "opportunities", w["opportunities"], "opportunity"),
    ):
        paras = [Para(heading, MAX_SIZE, ctx.ink, True, "heading")]
        for lane in (lane for lane in journey.lanes if lane.kind == kind):
            for i, phase in enumerate(journey.phases):
                paras += [Para(f"• {phase.name}: {item.text}", MAX_SIZE, ctx.ink, source=str(item.source))
                          for item in lane.cells[i]]  # fmt: skip
        if len(paras) == 1:
            paras.append(Para(w["none"], MAX_SIZE, ctx.ink))
        fill = ctx.kit.colour(colour).mix(WHITE, 0.9)
        frames.append((Box(body.x + offset, body.y, half, body.h), paras, {"fill": fill, "name": kind}))
    return _continue(ctx, "pains", w["pains_title"], section, w["n_pains"], frames)


def _actions(ctx: _Ctx, journey: Journey, section: str) -> list[Slide]:
    w = ctx.words
    label = journey.phase_labels[0].text if journey.phase_labels else WORDS[ctx.language]["phase"]
    rows: list[list[str]] = []
    for lane in (lane for lane in journey.lanes if lane.kind == "learning"):
        for i, phase in enumerate(journey.phases):
            priority = w[_priority(journey.phase_score(i))]
            rows.extend([phase.name, item.text, "", priority] for item in lane.cells[i])
    if not rows:
        rows.append(["", w["none"], "", ""])
    header = [label, w["action"], w["owner"], w["priority"]]
    return table_slides(ctx, "actions", w["actions"], section, w["n_actions"], header, rows, [0.2, 0.5, 0.15, 0.15])


def _priority(score: float | None) -> str:
    """Improvements in phases the customer experiences worst come first."""
    if score is None:
        return "medium"
    return "high" if score <= -0.25 else "medium" if score < 0.5 else "low"


def table_slides(
    ctx: _Ctx,
    kind: str,
    title: str,
    section: str,
    notes: str,
    header: list[str],
    rows: list[list[str]],
    shares: list[float],
) -> list[Slide]:
    """A table over as many slides as its rows need, the header repeated on each."""
    body = ctx.body
    widths = [body.w * s for s in shares]
    size = _unbroken_table_size(ctx, [header, *rows], widths)
    slides: list[Slide] = []
    chunk: list[list[str]] = []
    for row in [*rows, None]:
        too_tall = row is not None and sum(_row_height(ctx, r, widths, size) for r in [header, *chunk, row]) > body.h
        if (row is None or too_tall) and chunk:
            slide = Slide(kind, title if not slides else f"{title} ({ctx.words['continued']})", section, notes)
            slide.tables.append(_table(ctx, body, [header, *chunk], shares, size))
            slides.append(slide)
            chunk = []
        if row is not None:
            chunk.append(row)
    return slides


def _unbroken_table_size(ctx: _Ctx, rows: list[list[str]], widths: list[float], largest: float = 14.0) -> float:
    """The largest size up to ``largest`` at which no word breaks inside a column ("Orientatio-n")."""
    size = largest
    for row in rows:
        for text, width in zip(row, widths):
            room = (width - 2 * INSET) * WRAP_SLACK
            longest = max((ctx.setter.width(word, "heading", 1.0) for word in text.split()), default=0.0)
            if longest * size > room:
                size = max(MIN_SIZE, room / longest)
    return size


def _exercise(ctx: _Ctx, journey: Journey, index: int, section: str) -> Slide:
    w = ctx.words
    phase = journey.phases[index]
    slide = Slide("exercise", f"{w['exercise']} · {phase.name}", section, w["n_exercise"])
    body = ctx.body
    gap = 10.0
    cw, ch = (body.w - gap) / 2, (body.h - gap) / 2
    for i, key in enumerate(("q_customer", "q_internal", "q_experience", "q_learning")):
        box = Box(body.x + (i % 2) * (cw + gap), body.y + (i // 2) * (ch + gap), cw, ch)
        paras = [Para(w[key], 20, ctx.ink, True, "heading")]
        slide.frames.append(Frame(box, paras, border=ctx.kit.colour("secondary"), dashed=True, name=key))
    return slide


def _personas(ctx: _Ctx, canvas: Canvas, section: str) -> list[Slide]:
    """One slide per persona from the Personas sheet; else each journey's persona as a card."""
    w = ctx.words
    if canvas.personas:
        return [slide for persona in canvas.personas for slide in _persona_slides(ctx, persona, canvas, section)]
    cards: list[list[Para]] = []
    if not cards:
        for journey in canvas.journeys:
            if "persona" in journey.meta:
                item = journey.meta["persona"]
                label = journey.meta.get("persona_label")
                heading = label.text.rstrip(":") if label else "Persona"
                cards.append([Para(heading, MAX_SIZE, ctx.ink, True, "heading"),
                              Para(item.text, MAX_SIZE, ctx.ink, source=str(item.source))])  # fmt: skip
    if not cards and canvas.persona_columns:  # an empty Personas sheet: its headers are still its words
        cards.append([Para(h.text, MAX_SIZE, ctx.ink, source=str(h.source)) for h in canvas.persona_columns.values()])
    if not cards:
        return []
    body = ctx.body
    gap = 10.0
    cw, ch = (body.w - gap) / 2, (body.h - gap) / 2
    spots = [Box(body.x + (i % 2) * (cw + gap), body.y + (i // 2) * (ch + gap), cw, ch) for i in range(4)]
    slides: list[Slide] = []
    for start in range(0, len(cards), 4):
        group = cards[start : start + 4]
        frames = [
            (spot, card, {"fill": ctx.kit.colour("muted"), "name": "persona"}) for spot, card in zip(spots, group)
        ]
        title = w["personas"] if not slides else f"{w['personas']} ({w['continued']})"
        slides.extend(_continue(ctx, "personas", title, section, w["n_personas"], frames))
    return slides


def _persona_slides(ctx: _Ctx, persona: Persona, canvas: Canvas, section: str) -> list[Slide]:
    w = ctx.words
    paras = _record(ctx, persona.name, persona.fields, canvas.persona_columns, "name")
    title = f"{w['persona']}: {persona.name.text}" if persona.name else w["persona"]
    frame = (ctx.body, paras, {"fill": ctx.kit.colour("muted"), "name": "persona"})
    return _continue(ctx, "persona", title, section, w["n_persona"], [frame])


def _new_phases(journey: Journey, earlier: list[Journey]) -> bool:
    """Whether a journey's phases differ from every earlier one's (the same tables would repeat)."""
    keys = [p.name for p in journey.phases]
    return all(keys != [p.name for p in other.phases] for other in earlier)


def _roles(ctx: _Ctx, journey: Journey, canvas: Canvas, section: str) -> list[Slide]:
    table = involvement_matrix(journey, canvas, ctx.language)
    if table is None:
        return []
    header, rows = table
    shares = _matrix_shares(ctx, header)
    return table_slides(ctx, "roles", ctx.words["roles"], section, ctx.words["n_roles"], header, rows, shares)


def _matrix_shares(ctx: _Ctx, header: list[str], first: float = 0.24) -> list[float]:
    """A wide first column for names, unless the phase columns need the room for their longest word."""
    phases = max(len(header) - 1, 1)
    longest = max((ctx.setter.width(w, "heading", MIN_SIZE) for h in header[1:] for w in h.split()), default=0.0)
    needed = (longest / WRAP_SLACK + 2 * INSET + 1) / ctx.body.w
    share = min(max((1 - first) / phases, needed), 0.86 / phases)
    return [1 - share * phases] + [share] * phases


def _touchpoint_slides(ctx: _Ctx, journey: Journey, canvas: Canvas, section: str, first: bool) -> list[Slide]:
    w = ctx.words
    slides: list[Slide] = []
    table = touchpoint_table(canvas, ctx.language) if first else None
    if table is not None:
        shares = [0.13, 0.19, 0.12, 0.13, 0.12, 0.1, 0.1, 0.11]
        slides += table_slides(ctx, "touchpoints", w["tp_title"], section, w["n_tp"], table[0], table[1], shares)
    matrix = channel_matrix(journey, canvas, ctx.language)
    if matrix is not None:
        shares = _matrix_shares(ctx, matrix[0], 0.2)
        slides += table_slides(ctx, "channels", w["channels_title"], section, w["n_channels"], *matrix, shares)
    return slides


def _kpi_slides(ctx: _Ctx, journey: Journey, canvas: Canvas, section: str) -> list[Slide]:
    """Charts of measured against target (one unit per chart), the table of every figure, the budget."""
    w = ctx.words
    metrics = shown_metrics(journey, canvas)
    slides: list[Slide] = []
    kit = ctx.kit
    state = {True: kit.colour("opportunity"), False: kit.colour("pain"), None: kit.colour("accent")}
    for group in metric_groups(metrics):
        slide = Slide("kpi_chart", f"{w['kpi_chart']} ({_unit_label(group.unit)})", section, w["n_kpi"])
        series: list[tuple[str, list[float | None]]] = [(w["measured"], list(group.values))]
        if any(t is not None for t in group.targets):
            series.append((w["target"], group.targets))
        colours = [kit.colour("accent"), kit.colour("muted").mix(ctx.ink, 0.35)]
        slide.bars = Bars(ctx.body, group.categories, series, colours, [state[m] for m in group.met],
                          _number_format("" if group.unit == "NPS" else group.unit))  # fmt: skip
        slides.append(slide)
    table = metric_table(metrics, ctx.language, canvas.metric_columns)
    if table is not None:
        shares = [0.14, 0.2, 0.2, 0.11, 0.11, 0.11, 0.13]
        slides += table_slides(ctx, "kpis", w["kpi_title"], section, w["n_kpi"], table[0], table[1], shares)
    budget = budget_table(metrics, ctx.language)
    if budget is not None:
        (header, rows), group = budget
        slide = Slide("budget_chart", w["budget_title"], section, w["n_budget"])
        slide.bars = Bars(ctx.body, group.categories, [(w["spend"], list(group.values))], [kit.colour("accent")],
                          [], _number_format(group.unit))  # fmt: skip
        slides.append(slide)
        shares = [0.16, 0.24, 0.16, 0.44]
        slides += table_slides(ctx, "budget", w["budget_title"], section, w["n_budget"], header, rows, shares)
        by_channel = channel_budget_table(canvas, ctx.language)
        if by_channel is not None:
            title = f"{w['budget_title']}: {w['per_channel']}"
            slides += table_slides(ctx, "budget", title, section, w["n_budget"], *by_channel, [0.4, 0.2, 0.2, 0.2])
    return slides


def _unit_label(unit: str) -> str:
    return unit or "#"


def _number_format(unit: str) -> str:
    """Excel number formats for chart labels: the unit as the data says it."""
    if unit == "%":
        return '0.0"%"'
    if unit:
        return f'"{unit}" #,##0'
    return "#,##0.##"


def _appendix(ctx: _Ctx, canvas: Canvas) -> list[Slide]:
    w = ctx.words
    section = w["appendix"]
    blocks: list[Para] = []
    for tp in canvas.touchpoints:
        # The touchpoint table shows phase, channel, timing, owner, now, ideal and sales moment.
        rest = {key: item for key, item in tp.fields.items() if key not in TABLE_FIELDS}
        if rest:
            blocks += _record(ctx, tp.name, rest, canvas.touchpoint_columns, "touchpoint")
    # Figures are in the KPI and budget tables; only those of no journey's phase are listed here.
    placed = {id(m) for journey in canvas.journeys for m in shown_metrics(journey, canvas)}
    records = metric_records(canvas, ctx.language, lambda m: id(m) not in placed)
    for heading, lines in records:
        blocks.append(Para(heading, MAX_SIZE, ctx.ink, True, "heading"))
        blocks += [Para(text, MAX_SIZE, ctx.ink, source=source) for text, source in lines]
    empty = unused_headers(canvas)
    if empty:
        blocks.append(Para(w["empty_columns"], MAX_SIZE, ctx.ink, True, "heading"))
        blocks += [Para(h.text, MAX_SIZE, ctx.ink, source=str(h.source)) for h in empty]
    notes = [n for j in canvas.journeys for n in j.notes] + canvas.notes
    if notes:
        blocks.append(Para(w["notes"], MAX_SIZE, ctx.ink, True, "heading"))
        blocks += [Para(f"• {n.text} ({n.source})", MAX_SIZE, ctx.ink, source=str(n.source)) for n in notes]
    if not blocks:
        return []
    body = ctx.body
    gap = 12.0
    half = (body.w - gap) / 2
    left, right = Box(body.x, body.y, half, body.h), Box(body.x + half + gap, body.y, half, body.h)
    slides: list[Slide] = []
    pending = blocks
    size = MIN_SIZE + 2  # reference material: small, and the same size in every column
    while pending:
        title = w["appendix"] if not slides else f"{w['appendix']} ({w['continued']})"
        slide = Slide("appendix", title, section, w["n_appendix"])
        for box in (left, right):
            if not pending:
                break
            kept, pending = fit_frame(ctx.setter, pending, box, size)
            size = _base_size(kept)
            slide.frames.append(Frame(box, kept, name="appendix"))
        slides.append(slide)
    return slides


def _record(
    ctx: _Ctx, name: Item | None, fields: Mapping[str, Item | None], columns: dict[str, Item], key: str
) -> list[Para]:
    heading, lines = record_lines(name, fields, columns, key)
    return [Para(heading, MAX_SIZE, ctx.ink, True, "heading")] + [
        Para(text, MAX_SIZE, ctx.ink, source=source) for text, source in lines
    ]


def layout_report_deck(
    title: str,
    blocks: list[tuple[str, list[tuple[str, str]]]],
    table: tuple[list[str], list[list[str]]] | None,
    kit: BrandKit,
    setter: Setter,
    width: float,
    height: float,
    language: str,
    notes: str,
) -> DeckLayout:
    """Slides for a report: one text slide per block (continued as needed), then a table."""
    ctx = _Ctx(kit, setter, DECK_WORDS[language], width, height, language)
    slides: list[Slide] = []
    for heading, lines in blocks:
        paras = [Para(f"• {text}", MAX_SIZE, ctx.ink, source=source) for text, source in lines]
        frame = (ctx.body, paras, {"fill": kit.colour("muted"), "name": "report"})
        slides.extend(_continue(ctx, "report", heading, title, notes, [frame]))
    if table is not None:
        header, rows = table
        shares = [1 / len(header)] * len(header)
        shares = [0.18, 0.52, 0.15, 0.15] if len(header) == 4 else shares
        slides.extend(table_slides(ctx, "report", title, title, notes, header, rows, shares))
    _finish(ctx, slides)
    return DeckLayout(width, height, language, slides, [title])
