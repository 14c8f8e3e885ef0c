"""The workshop deck's layout: per journey a title, agenda, overview, emotion curve, a slide per phase,
pain points and opportunities, actions and exercise canvases; the canvas's other sheets follow
(``deck_sheets``). Slides are fitted with the real fonts (``deck_frames``).
"""

from __future__ import annotations

from canvasgen.analysis.view import JourneyView, view_of
from canvasgen.brand.colors import WHITE, readable_on
from canvasgen.brand.kit import BrandKit
from canvasgen.layout.boxes import Box
from canvasgen.layout.deck_frames import (
    BAND,
    INSET,
    MAX_SIZE,
    MIN_SIZE,
    WRAP_SLACK,
    Bars,
    Chart,
    DeckLayout,
    Frame,
    Para,
    Slide,
    Table,
    _continue,
    _Ctx,
    _finish,
    _row_height,
    _table,
    fit_frame,
    fits,
    table_slides,
)
from canvasgen.layout.deck_sheets import (
    _appendix,
    _kpi_slides,
    _personas,
    _roles,
    _touchpoint_slides,
    layout_report_deck,
)
from canvasgen.layout.meta import meta_lines
from canvasgen.layout.setter import Setter
from canvasgen.model import CORE_LANES, SCORE_LANE, Canvas, Journey, Lane, ScoreScale
from canvasgen.words import DECK_WORDS, WORDS

__all__ = ["BAND", "INSET", "MIN_SIZE", "WRAP_SLACK", "Bars", "Chart", "DeckLayout", "Frame", "Para", "Slide", "Table",
           "layout_deck", "layout_report_deck"]  # fmt: skip


def layout_deck(
    canvas: Canvas,
    kit: BrandKit,
    setter: Setter,
    width: float,
    height: float,
    language: str,
    *,
    views: list[JourneyView] | None = None,
) -> DeckLayout:
    """The deck; ``views`` are the journeys' analyses when the caller has them (computed here otherwise)."""
    ctx = _Ctx(kit, setter, DECK_WORDS[language], width, height, language)
    slides: list[Slide] = []
    sections: list[str] = []
    for index, journey in enumerate(canvas.journeys):
        view = views[index] if views else view_of(journey, canvas)  # once for all its slides
        section = journey.name
        sections.append(section)
        slides.append(_title_slide(ctx, journey, canvas, section))
        if index == 0:
            slides.extend(_agenda(ctx, canvas, section))
            slides.extend(_personas(ctx, canvas, section))
            slides.extend(_roles(ctx, journey, view, section))
        slides.extend(_overview(ctx, journey, section))
        if any(journey.scores):
            slides.append(_curve(ctx, journey, section))
        for number in range(len(journey.phases)):
            slides.extend(_phase_slides(ctx, journey, number, section))
        slides.extend(_pains(ctx, journey, section))
        if index == 0 or _new_phases(journey, canvas.journeys[:index]):
            slides.extend(_touchpoint_slides(ctx, journey, canvas, view, section, first=index == 0))
            slides.extend(_kpi_slides(ctx, canvas, view, section))
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
    # The core lanes take the four spots; a canvas without some of them (a client's own lanes) gives
    # those spots to its other lanes rather than showing empty frames.
    core = [(kind, lane) for kind in CORE_LANES if (lane := journey.lane(kind)) is not None]
    taken = {id(lane) for _, lane in core}
    others = [lane for lane in journey.lanes if id(lane) not in taken and not _scores_only(lane)]
    scores = _score_paras(ctx, journey, index)
    with_experience = any(kind == "experience" for kind, _ in core)
    placed = [(kind, _lane_paras(ctx, lane, index) + (scores if kind == "experience" else [])) for kind, lane in core]
    spare = max(0, len(spots) - len(placed))
    placed += [("lane", _other_lane_paras(ctx, lane, index)) for lane in others[:spare]]
    fill = ctx.kit.phase_colour(index).mix(WHITE, 0.92)
    frames: list[tuple[Box, list[Para], dict[str, object]]] = [
        (spot, paras, {"fill": fill, "name": kind}) for spot, (kind, paras) in zip(spots, placed)
    ]
    side: list[Para] = [] if with_experience else list(scores)  # a score without an experience lane
    if phase.step_names:  # the steps of this phase, as the sheet names them
        side.append(Para(phase.steps_text, MAX_SIZE, ctx.ink, True, "heading", str(phase.step_names[0].source)))
    for lane in others[spare:]:
        side += _other_lane_paras(ctx, lane, index)
    frames.append((Box(body.x + grid_w + gap, body.y, side_w, body.h), side,
                   {"fill": ctx.kit.colour("muted"), "name": "other lanes"}))  # fmt: skip
    return _continue(ctx, "phase", title, section, notes, frames)


def _scores_only(lane: Lane) -> bool:
    return lane.kind == SCORE_LANE and not lane.item_count()  # drawn as the score, not as a lane


def _other_lane_paras(ctx: _Ctx, lane: Lane, index: int) -> list[Para]:
    """A lane beside the core ones: its items, or its heading over a dash when this phase has none."""
    if lane.cells[index] or lane.kind in ("touchpoints", "channels"):
        return _lane_paras(ctx, lane, index)
    return [Para(lane.heading, MAX_SIZE, ctx.ink, True, "heading", str(lane.source)), Para("–", MAX_SIZE, ctx.ink)]


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


def _new_phases(journey: Journey, earlier: list[Journey]) -> bool:
    """Whether a journey's phases differ from every earlier one's (the same tables would repeat)."""
    keys = [p.name for p in journey.phases]
    return all(keys != [p.name for p in other.phases] for other in earlier)
