"""The workshop deck's layout: per journey a title, agenda, overview, emotion curve, a slide per phase,
pain points and opportunities, actions and exercise canvases; the canvas's other sheets follow
(``sheets``). Slides are fitted with the real fonts (``frames``).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from canvasgen.analysis.curve_reading import comparable
from canvasgen.analysis.report import ReportParts
from canvasgen.analysis.view import JourneyView
from canvasgen.brand.colors import WHITE, Colour, heading_ink
from canvasgen.brand.kit import BrandKit, FontRole
from canvasgen.layout.boxes import Box
from canvasgen.layout.curve_styles import curve_style
from canvasgen.layout.deck.agenda import fill_agenda, short_names
from canvasgen.layout.deck.frames import (
    BAND,
    BODY_MIN,
    FAMILY_MIN,
    INSET,
    MAX_SIZE,
    MIN_SIZE,
    TABLE_KINDS,
    WORTH_A_SLIDE,
    WRAP_SLACK,
    Bars,
    Chart,
    ChartLine,
    Ctx,
    DeckLayout,
    Frame,
    Para,
    Slide,
    Table,
    base_size,
    best_size,
    continued_slides,
    continues,
    deck_table,
    family_table_size,
    finish_slides,
    fit_frame,
    fits,
    grid_spots,
    heading_again,
    packed_rows,
    para_height,
    para_heights,
    prompt_ink,
    table_slides,
    whole_words,
    words_unbroken,
)
from canvasgen.layout.deck.glance import glance_slides, score_line
from canvasgen.layout.deck.sheets import (
    appendix_slides,
    kpi_slides,
    layout_report_deck,
    persona_slides,
    role_slides,
    touchpoint_slides,
)
from canvasgen.layout.deck.thin import grouped_slides, grouping, groups, thin_at
from canvasgen.layout.deck.title import title_slides
from canvasgen.layout.headings import (
    group_heading,
    lane_heading,
    phase_heading,
    phase_heading_after,
    phase_heading_with_id,
    phase_word,
    phase_words,
    phases_heading,
    stage_id_shown,
    steps_heading,
)
from canvasgen.layout.meta import made_on, scale_words, score_label, score_lane, scores_text, with_group_word
from canvasgen.layout.questions import (
    QuestionForm,
    asking_lane,
    curve_said,
    lane_question,
    prompt_question,
    team_customer,
    team_questions,
    team_words,
    to_fill,
)
from canvasgen.layout.text.fit import largest_fitting, smallest_fitting
from canvasgen.layout.text.setter import ITEM_GAP, LEADING, Setter
from canvasgen.model import CORE_LANES, CUSTOM_LANE, SCORE_LANE, Canvas, Journey, Lane, LaneKind, Metric, Phase
from canvasgen.text import is_question, labelled
from canvasgen.words import DECK_WORDS

__all__ = [
    "BAND",
    "INSET",
    "MIN_SIZE",
    "WRAP_SLACK",
    "Bars",
    "Chart",
    "DeckLayout",
    "Frame",
    "Para",
    "Slide",
    "Table",
    "layout_deck",
    "layout_report_deck",
]


def layout_deck(
    canvas: Canvas,
    kit: BrandKit,
    setter: Setter,
    width: float,
    height: float,
    language: str,
    *,
    views: list[JourneyView],
    made: tuple[str, dt.date] | None = None,
) -> DeckLayout:
    """The deck; ``views`` are the journeys' analyses (one per journey, made once per run); ``made``: the
    workbook's file name and the day, which end each title slide's notes (as the poster's footer says them)."""
    customer = team_customer(canvas.journeys, language)
    words = team_words(DECK_WORDS[language], language, customer)  # "Waar komt de patiënt ons tegen?"
    words = with_group_word(words, canvas, language)  # "Betrokkenen: wie is waar betrokken", not "Inkoopgroep"
    ctx = Ctx(kit, setter, words, width, height, language, canvas.region, customer=customer)
    # One body size for every table slide (#31): each table's own best first, then all at one size, at
    # least the smallest of them (``family_table_size``); a table that needs more room at that size goes on
    # on a follow-up slide, as a table always does. The first pass lays out the table slides only: the other
    # slides do not depend on the tables' size.
    tables = _deck(ctx, canvas, views, made, tables_only=True).slides
    one = family_table_size(ctx, tables)
    if one is not None and any(t.size != one for s in tables if s.kind in TABLE_KINDS for t in s.tables):
        ctx = replace(ctx, table_size=one)
    deck = _deck(ctx, canvas, views, made)
    deck.table_size = one
    return deck


def _deck(
    ctx: Ctx, canvas: Canvas, views: list[JourneyView], made: tuple[str, dt.date] | None, tables_only: bool = False
) -> DeckLayout:
    """The deck's slides, its tables at ``ctx.table_size`` (or each at its own best size when None);
    ``tables_only``: the slides of ``TABLE_KINDS`` alone, as the whole deck has them (for their sizes: the
    other slides, most of a deck's work, are not laid out)."""
    language, width, height = ctx.language, ctx.width, ctx.height
    slides: list[Slide] = []
    sections: list[str] = []
    every = not tables_only
    thin: list[int] = []  # the phases a slide of each journey whose thin phases share slides
    together: list[range] = []
    phases = [_PhaseSlide.of(ctx, j, i) for j in canvas.journeys for i in range(len(j.phases))] if every else []
    phase_size = family_size(ctx, phases) if phases else None
    # a journey of many thin phases shows them several a slide, at a size that may be below the family's
    # (four columns at 18 pt rather than three at 24 and a dense one among them, F1/F35): every phase slide
    # of the deck at the smaller of the two, one size for the family
    # each journey's columns and grouping, by the journey's index in the canvas
    columns = [[_column(ctx, j, i) for i in range(len(j.phases))] for j in canvas.journeys] if every else []
    plans = [grouping(ctx, cols, phase_size or MAX_SIZE) for cols in columns]
    phase_size = min([phase_size or MAX_SIZE, *(p.size for p in plans if p)]) if phases else None
    cards = card_family_size(ctx, canvas.journeys) if every else None  # one size for every pains slide's cards
    # one exercise grid for the deck: every journey's exercise slides as many boxes as the most asked (#31)
    boxes = max((len(_asked(ctx, j)) for j in canvas.journeys), default=0) if every else 0
    for index, (journey, view) in enumerate(zip(canvas.journeys, views, strict=True)):
        section = journey.name
        sections.append(section)
        if every:
            covers = title_slides(ctx, journey, canvas, section)
            slides.extend(covers)
            if made is not None:
                covers[0].notes += f"\n\n{made[0]} · {made_on(made[1], language, canvas.region)}"
        if index == 0:
            agenda = _agenda(ctx, section)
            if every:
                slides.append(agenda)
                slides.extend(persona_slides(ctx, canvas, section))
            slides.extend(role_slides(ctx, journey, view, section))
        if every:
            slides.extend(glance_slides(ctx, journey, section))
            if any(journey.scores):
                slides.append(_curve(ctx, journey, section))
            own = [p for p in phases if p.journey is journey]
            plan = plans[index]
            phase_slides, together, per_slide = _phase_slides(
                ctx, journey, own, section, phase_size, columns[index], plan.per_slide if plan else 1
            )
            slides.extend(phase_slides)
            thin += [per_slide] if together else []
            slides.extend(_pains(ctx, journey, section, cards))
        new_phases = index == 0 or _new_phases(journey, canvas.journeys[:index])
        # each journey's own channels (its lanes'), the Touchpoints sheet's table once, in the first's section
        slides.extend(touchpoint_slides(ctx, journey, canvas, view, section, first=index == 0))
        # each journey's own figures (an ideal's aims, a persona's KPI lane) in its section, shared ones once
        figures = view if new_phases else replace(view, metrics=_new_figures(view, views[:index]))
        if figures.metrics:  # under its table, the figures it shares with an earlier section named
            word = phase_word(journey, ctx.language)
            names = [j.name for j in canvas.journeys]
            shared = _shared_figures(view, canvas.journeys[:index], views[:index], names) if not new_phases else None
            slides.extend(kpi_slides(ctx, canvas, figures, section, word, shared))
        slides.extend(_actions(ctx, journey, section))
        if every and together:  # one exercise slide per group of thin phases
            slides.extend(_exercise(ctx, journey, group, section, boxes) for group in together)
        elif every:
            slides.extend(_exercise(ctx, journey, range(n, n + 1), section, boxes) for n in range(len(journey.phases)))
    whose_journey(slides, [journey.name for journey in canvas.journeys])  # both passes: the same slides
    if tables_only:
        return DeckLayout(width, height, language, slides, sections, None, [])
    warnings = _deck_end(ctx, canvas, views, slides, sections, agenda if canvas.journeys else None)
    most = max(thin, default=1)
    return DeckLayout(width, height, language, slides, sections, phase_size, warnings, phases_a_slide=most)


#: The slides made of one journey's own lanes, channels and figures; a journey's title slide names it, and
#: the tables of the whole canvas (its touchpoints, the budget per channel) come once, in the first
#: journey's section, untagged. Charts and tables of figures are its journey's (as on its poster page):
#: untagged in the first section they read as every journey's.
JOURNEYS_OWN = (
    "overview",
    "curve",
    "phase",
    "pains",
    "actions",
    "questions",
    "exercise",
    "channels",
    "kpi_chart",
    "kpis",
    "budget_chart",
    "budget",
)


def whose_journey(slides: list[Slide], names: list[str]) -> None:
    """In a deck of several journeys, each journey's slides say whose they are, before their title ("IT
    Manager · Phase 1/7 · Orientation"): a phase, glance or exercise slide shown alone or printed was one of
    several alike, told apart only by the section slide before them (as the poster names each journey's
    page). The journey's own part of its name ("IT Manager" of "Buying an HR platform – IT Manager") where
    those tell the journeys apart, else the whole name; nothing where the names do not."""
    if len(names) < 2 or len(set(names)) < len(names):  # one journey, or sections that do not tell them apart
        return
    tags = dict(zip(names, short_names(names), strict=True))
    for slide in slides:
        tag = tags.get(slide.section)
        if tag and slide.kind in JOURNEYS_OWN and not slide.title.startswith(f"{tag} · "):
            slide.title = f"{tag} · {slide.title}"


def _deck_end(
    ctx: Ctx, canvas: Canvas, views: list[JourneyView], slides: list[Slide], sections: list[str], agenda: Slide | None
) -> list[str]:
    """The slides after the journeys' (the comparison, a personas-only workbook's, the appendix), the agenda
    filled and every slide finished; what filling the agenda had to say."""
    compared = _compared(ctx, canvas.journeys)
    if compared:
        sections.append(ctx.words["compare"])
        slides.extend(compared)
    if not canvas.journeys and canvas.personas:  # a workbook of personas only: their slides
        sections.append(ctx.words["personas"])
        slides.extend(persona_slides(ctx, canvas, sections[-1]))
    appendix = appendix_slides(ctx, canvas, views)
    if appendix:
        sections.append(ctx.words["appendix"])
        slides.extend(appendix)
    warnings: list[str] = []
    if agenda is not None:
        warnings = fill_agenda(ctx, agenda, slides, [(j.name, len(j.phases)) for j in canvas.journeys])
    finish_slides(ctx, slides)
    return warnings


def family_size(ctx: Ctx, phases: list[_PhaseSlide]) -> float:
    """One type size for every phase slide: the smallest of each one's best, never below FAMILY_MIN (what
    does not fit there goes on a follow-up slide of its phase, it is not set smaller). A phase that does not
    fit one slide even at FAMILY_MIN (one long cell) goes on to a follow-up slide at any size: it does not
    pull the others down to the floor, but it takes at most one slide more than at the floor (a cell of
    2,000 characters at 24 pt went on over seven slides). Where every phase goes on (a canvas of long
    cells), the follow-up slides are there anyway: the family is as large as it can be while no phase
    takes more slides than at the floor (not every phase slide and its follow-up at 14 pt, half empty).

    The sizes under ``BODY_MIN`` (14 and 15 pt) are for a canvas of which no phase holds on its slide at
    ``BODY_MIN``: where one does, a phase that holds only smaller, or goes on at 14 pt over a slide fewer,
    goes on to a follow-up slide at ``BODY_MIN`` instead of setting every phase slide smaller (``_floor``)."""
    if not phases:
        return MAX_SIZE
    fitting = [p for p in phases if p.fits(ctx, BODY_MIN)]
    floor = _floor(fitting)
    more = 1 if fitting else 0
    sizes = [p.best(ctx) for p in fitting]
    rest = [p for p in phases if p not in fitting]
    if rest and min(sizes, default=MAX_SIZE) <= floor:
        return floor  # no phase sets it lower, and nothing arranged otherwise does (``held`` below)
    counts: list[int] = []
    for phase in rest:
        # A phase that takes more slides one size over the floor sets the family at the floor, whatever the
        # others' sizes: each asked at that one size before any phase's sizes are searched (on a canvas of
        # long cells the first phase's search tried sizes up to the body's largest, then the family came to
        # the floor all the same).
        counts.append(phase.slide_count(ctx, FAMILY_MIN) + more)
        if not phase.holds_in(ctx, floor + 1, counts[-1]):
            return floor
    for phase, count in zip(rest, counts, strict=True):
        # only a size below the family's so far changes it: searched up to there, not to the body's largest
        bound = min(sizes, default=MAX_SIZE)
        if bound <= floor:
            break
        sizes.append(phase.largest_in(ctx, count, bound))
    family = max(floor, min(sizes))
    # A phase that holds on its one slide only with its lanes arranged otherwise (its long lane at full
    # height): the family is set as small as that needs where that costs less than ``WORTH_A_SLIDE``, rather
    # than a follow-up slide of a few lines (a 600-character cell at 16 pt); a larger drop is not worth it.
    roomy = [size for p in phases if p not in fitting and (size := p.roomy_best(ctx)) is not None]
    held = min([family, *roomy])  # never above the family's: the other phases fit no larger
    return max(floor, held) if family - held < WORTH_A_SLIDE else family


def _floor(fitting: list[_PhaseSlide]) -> float:
    """The least size of the phase slides: ``BODY_MIN`` where some phase (of ``fitting``) holds on its slide
    at it — a corpus canvas's phase slides stood at 14 and 15 pt for one dense phase (all thirteen, while
    the others held at 19 to 21; all 21 to spare one follow-up slide) — else ``FAMILY_MIN``: a canvas whose
    every phase is dense is set smaller rather than every phase going on."""
    return BODY_MIN if fitting else FAMILY_MIN


def _agenda(ctx: Ctx, section: str) -> Slide:
    """The agenda slide, filled once the deck is made (``fill_agenda``): it lists what the deck holds."""
    return Slide("agenda", ctx.words["agenda"], section, ctx.words["n_agenda"])


def _curve(ctx: Ctx, journey: Journey, section: str) -> Slide:
    slide = Slide("curve", ctx.words["curve"], section, f"{ctx.words['n_curve']}\n\n{reading(journey, ctx.language)}")
    slide.chart = Chart(
        ctx.body, [phase_heading(p) for p in journey.phases], [score_line(ctx, journey)], journey.score_scale
    )
    return slide


def reading(journey: Journey, language: str) -> str:
    """What the journey's curve shows, in words (for anyone who cannot see it)."""
    return curve_said(journey, language)


def compared_lines(journeys: list[Journey], kit: BrandKit) -> list[ChartLine]:
    """One line per journey, each in its own colour, dash and marker, on the first journey's scale (the chart's
    axis): a journey scored on another is drawn by its scores' place on its own."""
    lines = []
    axis = journeys[0].score_scale if journeys else None
    for index, journey in enumerate(journeys):
        style = curve_style(index)  # as the poster's comparison page draws it
        values = journey.phase_means_on(axis) if axis is not None else journey.phase_means()
        lines.append(ChartLine(journey.name, values, kit.palette.named(style.colour), style.dash, style.marker))
    return lines


def report_slides(
    report: ReportParts, kit: BrandKit, setter: Setter, size: tuple[float, float], language: str
) -> DeckLayout:
    """A report's slides, after a canvas's own (the gap analysis): the compared curves, a slide per block
    (continued as needed), and the actions as a table when the report has one (else as a block)."""
    blocks = report.blocks if report.table is not None else report.pages
    deck = layout_report_deck(report.title, blocks, report.table, kit, setter, size, language, report.title)
    deck.slides[:0] = compare_slides(list(report.compared), kit, setter, size, language, report.title)
    if report.method and deck.slides:  # how the report was made: for the presenter, not on a slide
        deck.slides[0].notes += f"\n\n{report.method}"
    return deck


#: The slides of a workshop (its agenda, its empty canvases to fill in): no part of a report's reference.
WORKSHOP_ONLY = ("agenda", "exercise")


def with_report(own: DeckLayout, report: DeckLayout) -> DeckLayout:
    """A report's deck (the gap analysis): the canvas's title slide, the report's slides, then the canvas's
    slides for reference, without what only a workshop uses (agenda, exercise canvases); its appendix stays
    last, never between the report's slides. Sections follow the slides, each one run of them."""
    first = own.slides[:1] if own.slides and own.slides[0].kind == "title" else []
    reference = [s for s in own.slides[len(first) :] if s.kind not in WORKSHOP_ONLY]
    for slide in first:
        slide.section = report.sections[0] if report.sections else slide.section
    slides = first + report.slides + reference
    sections = list(dict.fromkeys(slide.section for slide in slides))
    # the canvas's deck warns only of its agenda, which the report's deck has not
    return replace(own, slides=slides, sections=sections, warnings=report.warnings)


def compare_slides(
    named: list[tuple[str, Journey]],
    kit: BrandKit,
    setter: Setter,
    size: tuple[float, float],
    language: str,
    section: str,
) -> list[Slide]:
    """The curves of journeys given their own names (ideal and current, say) in one chart, when they
    share their phases and have scores; no slides otherwise."""
    ctx = Ctx(kit, setter, DECK_WORDS[language], size[0], size[1], language)
    slides = _compared(ctx, [replace(journey, name=name) for name, journey in named], section)
    finish_slides(ctx, slides)
    return slides


def _compared(ctx: Ctx, journeys: list[Journey], section: str | None = None) -> list[Slide]:
    slides = []
    for group in comparable(journeys):
        readings = "\n".join(f"{j.name}: {curve_said(j, ctx.language, group)}" for j in group)  # one wording
        notes = f"{ctx.words['n_compare']}\n\n{readings}"
        slide = Slide("compare", ctx.words["compare"], section or ctx.words["compare"], notes)
        slide.chart = Chart(
            ctx.body, [phase_heading(p) for p in group[0].phases], compared_lines(group, ctx.kit), group[0].score_scale
        )
        slides.append(slide)
    return slides


def _lane_paras(ctx: Ctx, lane: Lane, index: int, heading: bool = True) -> list[Para]:
    """A lane's heading over its items in the phase; a lane with none in it shows its workshop question as
    a prompt, in a lighter ink ("Wat doet de klant? — nog in te vullen in de sessie")."""
    paras = [Para(lane_heading(lane), MAX_SIZE, ctx.ink, True, "heading", str(lane.source))] if heading else []
    paras += [Para(item.text, MAX_SIZE, ctx.ink, source=str(item.source), mark="bullet") for item in lane.cells[index]]
    if not lane.cells[index]:
        paras.append(_prompt(ctx, lane))
    return paras


def _experience_paras(ctx: Ctx, journey: Journey, lane: Lane, index: int, scores: list[Para]) -> list[Para]:
    """The experience lane's heading, its items and the phase's scores; a lane whose every word is a score
    ("🙂 | slecht | heel goed") shows them once, as the scores with their words."""
    if scores and journey.on_the_curve(lane):
        return scores
    return _lane_paras(ctx, lane, index) + scores


def _prompt(ctx: Ctx, lane: Lane) -> Para:
    """The question an empty lane asks of the workshop, marked as still to be filled in; a label that is
    itself the question (right above) is not asked again: "Nog in te vullen in de sessie"."""
    return Para(to_fill(prompt_question(lane, ctx.language, ctx.customer), ctx.language), MAX_SIZE, prompt_ink(ctx))


def _side_prompt(ctx: Ctx, lane: Lane) -> Para:
    """An empty lane in the side column, in one paragraph of the prompt's ink: its label and its question,
    marked as still to be filled in as the grid's prompts are ("KPI's: Wat meten we hier? — nog in te vullen
    in de sessie"). The narrow column holds the empty lanes of a blank canvas this way on
    the phase's one slide; as heading over question each, they took a follow-up slide of prompts only."""
    question = prompt_question(lane, ctx.language, ctx.customer)
    # marked as still to be filled in, as every other empty lane's prompt is (one form on a slide, F3)
    text = labelled(lane_heading(lane), to_fill(question, ctx.language))
    return Para(text, MAX_SIZE, prompt_ink(ctx), source=str(lane.source))


@dataclass
class _PhaseSlide:
    """A phase's slide before it is set: its title, notes, phase strip and frames, so that every phase
    slide of the deck can be given one size first."""

    journey: Journey
    title: str
    notes: str
    strip: list[Frame]
    frames: list[tuple[Box, list[Para], dict[str, object]]]
    #: A phase that holds only its score: that score set large on its slide (no lane, no side column).
    alone: Frame | None = None
    #: The same frames with the lanes' grid arranged otherwise (``roomier_spots``): for a phase that does not
    #: fit its slide in the usual grid, so that its longest lane takes the room the others leave empty.
    others: list[_Frames] = field(default_factory=list)
    #: The slim-band arrangements without their "to be filled in" band, and that band's line: for a phase
    #: whose follow-up slide would hold only a tail, the band's room holds the tail and its line goes to the
    #: speaker notes (the empty lanes' questions are on the exercise slide and in the notes already, F25).
    bandless: list[tuple[_Frames, str]] = field(default_factory=list)
    #: Each arrangement's slides at each size asked (``_laid``), by (arrangement, size), for the context
    #: ``_laid_for`` (another context lays them out anew).
    _slides_at: dict[tuple[int, float | None], _Laid] = field(default_factory=dict, repr=False, compare=False)
    _laid_for: Ctx | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, ctx: Ctx, journey: Journey, index: int) -> _PhaseSlide:
        phase = journey.phases[index]
        w = ctx.words
        n = len(journey.phases)
        # the phase header, and the groups' ("Phase / JTBD Step"), as written; canvasgen's word for a header
        # that is none ("stage_id", "Fase 1 – Oriëntatie": tool or header noise before the phase's count)
        label = phase_words(journey, ctx.language)
        group = journey.group_of(index)  # the phase's group, before its name: "Tijdens · Bestellen"
        heading = phase_heading_with_id(phase, index + 1)  # its stage id too, as the poster shows it
        named = f"{group_heading(group)} · {heading}" if group is not None else heading
        # a phase named by its number alone ("3"), or by its place for want of a name ("Fase 3": its header
        # is blank), is counted once: "Fase 3/7", not "Fase 3/7 · 3" or "Fase 3/7 · Fase 3"
        counted = named == str(index + 1) or (phase.unnamed and group is None and heading == phase.name)
        title = f"{label} {index + 1}/{n}".strip() + ("" if counted else f" · {named}")
        notes = "\n".join([w["n_phase"], "", *_core_questions(ctx, journey), *team_questions(journey)])
        strip = phase_strip(ctx, journey, index)
        below = max(f.box.bottom for f in strip) + 8.0
        body = Box(ctx.body.x, below, ctx.body.w, ctx.body.bottom - below)
        # The core lanes take the grid's four spots; a canvas without some of them (a client's own lanes)
        # gives those spots to its other lanes, and a score without an experience lane takes one of its own,
        # rather than leaving frames empty.
        core = [(kind, lane) for kind in CORE_LANES if (lane := journey.lane(kind)) is not None]
        core.sort(key=lambda pair: _place(journey, pair[1]))  # in the canvas's order, as the poster has them (F4)
        # a score row with words ("+1 😊 nieuw huis") is a lane of them; where it has none in this phase, the
        # score's own band shows the score or asks for it: the lane asked for the score again beside it
        # and a score row's words go with its score, once (``_score_paras``), never in a box of their own too
        scores = _score_paras(ctx, journey, index)
        others = [x for x in journey.extra_lanes() if not (x.kind == SCORE_LANE and (scores or not x.cells[index]))]
        with_experience = any(kind is LaneKind.EXPERIENCE for kind, _ in core)
        placed: list[tuple[str, list[Para]]] = [
            (kind, _experience_paras(ctx, journey, lane, index, scores))
            if kind is LaneKind.EXPERIENCE
            else (kind, _lane_paras(ctx, lane, index))
            for kind, lane in core
        ]
        core_paras = list(zip(core, placed, strict=True))
        spare = max(0, GRID_SPOTS - len(placed))
        fill = ctx.kit.palette.phase(index).mix(WHITE, 0.92)
        # The lanes that take the grid's spare spots: the first on the map; where the lanes of the most text
        # are others, a second choice of arrangements with those in the grid (``_roomiest``, F20).
        choices = [others[:spare]]
        if any(a is not b for a, b in zip(_roomiest(others, spare), others[:spare])):
            choices.append(_roomiest(others, spare))
        laid = [
            _PhaseSlide._placed(ctx, phase, index, placed, others, gridded, scores, with_experience)
            for gridded in choices
        ]
        placed, band, side = laid[0]
        beside = bool(side) or not (placed or band)  # a side column, unless nothing goes beside
        if band and not placed and not beside and index < len(journey.scores) and journey.scores[index]:
            return cls(journey, title, notes, strip, [], _score_alone(ctx, journey, index, body, fill))
        slim, bandless = _empty_lanes_slim(ctx, journey, index, body, fill, core_paras, others, scores)
        if slim:  # its empty lanes named in one slim row at the foot, the lanes with text given the slide: an
            # empty lane's prompt took a full-height column beside a lane wrapping in a narrow one (F27), and
            # the row says what the thin phases' columns say, in one wording (F3)
            return cls(journey, title, notes, strip, slim[0], others=slim[1:], bandless=bandless)
        usual, roomier = _PhaseFrames(ctx, body, placed, band, side, fill).arrangements()
        for placed, band, side in laid[1:]:  # its grid as usual, and beside a narrower side column: the lanes
            # of the most text have the room there; its other arrangements are the first choice's again, nearly
            second = _PhaseFrames(ctx, body, placed, band, side, fill)
            roomier += [second.arrangements()[0], *(second.narrowed() if side and placed else [])]
        return cls(journey, title, notes, strip, usual, others=roomier, bandless=bandless)

    @staticmethod
    def _placed(
        ctx: Ctx,
        phase: Phase,
        index: int,
        core: list[tuple[str, list[Para]]],
        others: list[Lane],
        gridded: list[Lane],
        scores: list[Para],
        with_experience: bool,
    ) -> tuple[list[tuple[str, list[Para]]], list[Para], list[Para]]:
        """The lanes of the grid (the core's and ``gridded``), the score's band and the side column's text."""
        placed = core + [("lane", _lane_paras(ctx, lane, index)) for lane in gridded]
        side: list[Para] = []
        # A score of its own (no experience lane, or an experience lane that is its scores): a band across
        # the foot of the lanes, as tall as it needs, rather than a tall frame of one line; also under a
        # full grid (it stood alone atop a full-height side column, F22).
        band: list[Para] = []
        if scores and any(paras is scores for _, paras in placed):
            placed = [(kind, paras) for kind, paras in placed if paras is not scores]
            band = scores
        elif scores and not with_experience:
            band = scores
        if phase.step_names:  # the steps of this phase, as the sheet names them
            step = phase.step_names[0].source
            side.append(Para(steps_heading(phase), MAX_SIZE, ctx.ink, True, "heading", str(step)))
        for lane in [lane for lane in others if not any(lane is g for g in gridded)]:
            side += _other_lane_paras(ctx, lane, index)
        return placed, band, side

    def best(self, ctx: Ctx) -> float:
        """The largest body size at which the phase holds on its one slide (a score alone sets no body text:
        the largest). Below ``BODY_MIN`` in the usual grid, the largest in a roomier arrangement where one
        holds it larger (its longest lane at full height, a narrower side column): one long cell set every
        phase slide of the deck at 15 pt while a side column beside it stood half empty (F20)."""
        most = self.unbroken(ctx)  # no larger than its words stand whole at (not below the least body size)
        usual = largest_fitting(lambda size: self.fits(ctx, size), FAMILY_MIN, most, 1)
        if usual >= BODY_MIN:
            return usual
        # only an arrangement that holds the phase at 16 pt is sized (one test each): one that does not gains
        # a point at most, and every phase of a canvas of long cells would be sized in all of them
        roomy = [frames for frames in self.others if self.holds(ctx, frames, BODY_MIN)]
        return max([usual, *(best_size(ctx, frames, BODY_MIN, max(most, BODY_MIN)) for frames in roomy)])

    def unbroken(self, ctx: Ctx) -> float:
        """The largest whole size, from ``FAMILY_MIN`` up to the body's largest, at which every word of the
        phase's frames stands unbroken in the width its text gets (``words_unbroken``): "Afvalstoffen-
        verordening" in a side column was broken over two lines at 24 pt, which 22 pt keeps whole."""
        return largest_fitting(lambda size: words_unbroken(ctx, self.frames, size), FAMILY_MIN, MAX_SIZE, 1)

    def roomy_best(self, ctx: Ctx) -> float | None:
        """The largest body size at which a roomier arrangement holds the phase on its one slide, where one
        does at ``FAMILY_MIN``; else None."""
        held = [best_size(ctx, frames, FAMILY_MIN) for frames in self.others if self.holds(ctx, frames, FAMILY_MIN)]
        return max(held, default=None)

    def fits(self, ctx: Ctx, size: float) -> bool:
        """Whether every frame holds all its paragraphs at ``size`` in the usual grid as it is laid out there
        (on one slide, no follow-up): a column whose lane does not hold its text shared out by what each lane
        needs (``restacked``, as ``_laid`` does). Measured in equal quarters, one full lane beside half-empty
        ones set a short deck's phase slides at 17 pt, though laid out they held at 20 (#31). A phase that
        needs a roomier arrangement to hold on its slide sets no family size (it set every phase slide at 14 pt
        to spare one follow-up slide): at the family's size it takes the arrangement of the fewest slides
        (``slides``)."""
        return self.holds(ctx, restacked(ctx.setter, self.frames, size), size)

    @staticmethod
    def holds(ctx: Ctx, frames: _Frames, size: float) -> bool:
        """Whether every one of ``frames`` holds all its paragraphs at ``size``."""
        return all(fits(ctx.setter, paras, box, size) for box, paras, _ in frames if paras)

    def slide_count(self, ctx: Ctx, size: float) -> int:
        """How many slides the phase takes with its body at ``size`` (its follow-up slides too), in the
        arrangement of the fewest (as ``slides`` takes): each arrangement laid out only until it takes as
        many slides as the fewest so far."""
        if self.alone is not None:
            return 1
        fewest: int | None = None
        for arrangement in range(1 + len(self.others)):
            fewest = len(self._laid(ctx, arrangement, size).first(fewest))
            if fewest == 1:
                break
        return fewest or 1

    def takes_at_most(self, ctx: Ctx, size: float, count: int) -> bool:
        """Whether the phase takes no more than ``count`` slides with its body at ``size`` (``slide_count``
        <= ``count``): the arrangements laid out only until one holds it in ``count``, each only until it
        takes more (a long cell's follow-ups were set again in every arrangement at every size tried)."""
        if self.alone is not None:
            return count >= 1
        return any(len(self._laid(ctx, a, size).first(count + 1)) <= count for a in range(1 + len(self.others)))

    def holds_in(self, ctx: Ctx, size: float, count: int) -> bool:
        """Whether the phase's body at ``size`` breaks no word and takes no more than ``count`` slides."""
        return words_unbroken(ctx, self.frames, size) and self.takes_at_most(ctx, size, count)

    def largest_in(self, ctx: Ctx, count: int, bound: float = MAX_SIZE) -> float:
        """The largest whole size, from ``FAMILY_MIN`` up to the body's largest, at which the phase takes
        no more than ``count`` slides — or ``bound`` when that size is above it: the family takes the
        smallest of its phases' sizes, so the search need not go past the smallest found so far."""

        def within(size: float) -> bool:
            return self.holds_in(ctx, size, count)

        if bound >= MAX_SIZE:
            return largest_fitting(within, FAMILY_MIN, MAX_SIZE, 1)
        top = FAMILY_MIN + max(0.0, bound - FAMILY_MIN) // 1  # the last whole size at or under the bound
        found = largest_fitting(within, FAMILY_MIN, top, 1)
        if found < top or top == bound:
            return found if found < top else bound
        return bound if within(top + 1) else top  # the phase's own largest is ``top``, or past the bound

    def slides(self, ctx: Ctx, section: str, size: float | None) -> list[Slide]:
        if self.alone is not None:
            return [Slide("phase", self.title, section, self.notes, frames=[*self.strip, self.alone])]
        slides = self._laid(ctx, 0, size).first(None)
        for arrangement in range(1, 1 + len(self.others)) if len(slides) > 1 else []:  # the fewest slides, usual first
            other = self._laid(ctx, arrangement, size).first(len(slides) + 1)  # one more: it lost, laid no further
            slides = other if _cuts(other) < _cuts(slides) else slides
        if len(slides) > 1 and _short_tail(ctx, slides[-1]):
            slides = self._without_tail(ctx, slides, size)
        # where in the journey this phase is, on every slide of it; copies: the laid-out slides stay as laid
        return [replace(slide, section=section, frames=[*self.strip, *slide.frames]) for slide in slides]

    def _without_tail(self, ctx: Ctx, slides: list[Slide], size: float | None) -> list[Slide]:
        """A phase whose follow-up holds a line or two ("coletar assinatura do cliente.", F25) on fewer slides:
        one size step smaller within the family's range, else its "to be filled in" band's room given to the
        text and the band's line said in the speaker notes; as laid where neither holds it."""
        if size is not None and size - 1 >= BODY_MIN:
            for arrangement in range(1 + len(self.others)):
                smaller = self._laid(ctx, arrangement, size - 1).first(len(slides))
                if len(smaller) < len(slides):
                    return smaller
        for frames, band in self.bandless:
            fewer = list(
                itertools.islice(continued_slides(ctx, "phase", self.title, "", self.notes, frames, size), len(slides))
            )
            if len(fewer) < len(slides):
                return [replace(slide, notes="\n".join([slide.notes, band])) for slide in fewer]
        return slides

    def _laid(self, ctx: Ctx, arrangement: int, size: float | None) -> _Laid:
        """The slides of an arrangement (0: the usual, then ``others``) at ``size``, laid out as far as asked
        so far: the family search asks at a few sizes, and the deck again at the family's."""
        if self._laid_for is not ctx:
            self._slides_at, self._laid_for = {}, ctx
        key = (arrangement, size)
        laid = self._slides_at.get(key)
        if laid is None:
            frames = [self.frames, *self.others][arrangement]
            frames = restacked(ctx.setter, frames, size) if size is not None else frames
            laid = _Laid(continued_slides(ctx, "phase", self.title, "", self.notes, frames, size))
            self._slides_at[key] = laid
        return laid


@dataclass
class _Laid:
    """An arrangement's slides at one size, laid out one by one as far as they are asked for."""

    rest: Iterator[Slide] | None
    slides: list[Slide] = field(default_factory=list)

    def first(self, most: int | None) -> list[Slide]:
        """The first ``most`` slides (None: all of them; fewer where there are no more)."""
        wanted = None if most is None else most - len(self.slides)
        if self.rest is not None and (wanted is None or wanted > 0):
            more = list(itertools.islice(self.rest, wanted))
            self.slides += more
            if wanted is None or len(more) < wanted:
                self.rest = None  # all laid out
        return self.slides if most is None else self.slides[:most]


def _roomiest(lanes: list[Lane], spots: int) -> list[Lane]:
    """The lanes that take the grid's ``spots`` left by the core lanes: those of the most text over the whole
    journey (the same on every phase slide), in the map's order; the others go in the side column. The team's
    pain points in the narrow side column set every phase slide of a deck at 15 pt while the grid's spots
    beside them held a line each (F20)."""
    if len(lanes) <= spots:
        return lanes
    text = [sum(len(item.text) for cell in lane.cells for item in cell) for lane in lanes]
    most = sorted(range(len(lanes)), key=lambda i: -text[i])[:spots]  # stable: of equals, the first on the map
    return [lanes[i] for i in sorted(most)]


#: The most lines a phase's last follow-up slide may hold and still count as a tail (F25).
TAIL_LINES = 2


def _short_tail(ctx: Ctx, slide: Slide) -> bool:
    """Whether a follow-up slide holds only a tail: a line or two of text under its headings."""
    lines = sum(
        ctx.setter.line_count(p.text, p.text_width(f.box.w - 2 * INSET, p.size) * WRAP_SLACK, p.role, p.size)
        for f in slide.frames
        for p in f.paras
        if not p.bold
    )
    return lines <= TAIL_LINES


def _cuts(slides: list[Slide]) -> tuple[int, int, int]:
    """How much a phase's slides cut it: their number, then the frames that go on (each a text read over two
    slides; fewer of them, the fuller each follow-up), then how much text goes on (the less, the more the
    first slide holds: its empty lanes gave their room, F18)."""
    later = sum(len(p.text) for slide in slides[1:] for frame in slide.frames for p in frame.paras)
    return len(slides), sum(len(slide.frames) for slide in slides[1:]), later


@dataclass
class _PhaseFrames:
    """A phase slide's frames under its strip (``body``): the lanes of the grid (``placed``), the score's band
    across the grid's foot and the side column of the other lanes, and the ways they can be arranged."""

    ctx: Ctx
    body: Box
    placed: list[tuple[str, list[Para]]]
    band: list[Para]
    side: list[Para]
    fill: Colour
    gap: float = 8.0

    def arrangements(self) -> tuple[_Frames, list[_Frames]]:
        """The usual arrangement (a 2×2 grid beside the side column), and the roomier ones for a phase that
        does not fit it: its longest lane at full height (``roomier_spots``), the side column wider, or in
        two columns; a side column of prompts alone narrower."""
        grid, frames = self.laid(SIDE_SHARE)
        needs = self.needs()
        roomier = [self.arranged(frames, spots) for spots in roomier_spots(grid, needs, self.gap)]
        if self.side and self.placed and not any(p.bold for p in self.side):  # prompts only: a narrow column
            narrow_grid, narrow_frames = self.laid(NARROW_SIDE_SHARE)
            for spots in [
                lane_spots(narrow_grid, len(self.placed), self.gap),
                *roomier_spots(narrow_grid, needs, self.gap),
            ]:
                roomier.append(self.arranged(narrow_frames, spots))
        elif self.side and self.placed:
            for halves in (False, True) if sum(p.bold for p in self.side) > 1 else (False,):
                wide_grid, wide_frames = self.laid(WIDE_SIDE_SHARE, halves)
                roomier.append(self.arranged(wide_frames, lane_spots(wide_grid, len(self.placed), self.gap)))
            roomier += self.narrowed(needs)
        return self.arranged(frames, lane_spots(grid, len(self.placed), self.gap)), roomier

    def needs(self) -> list[float]:
        """How much text each of the grid's lanes has (its characters): the longest takes a column's height."""
        return [float(sum(len(p.text) for p in paras)) for _, paras in self.placed]

    def narrowed(self, needs: list[float] | None = None) -> list[_Frames]:
        """The usual grid beside a narrower side column, where that column still holds its lanes at the
        family's least size: a side column of a few short lanes gives the grid's lanes its room (F20); none
        where it would not hold them (it would only go on, and each arrangement is laid out at every size
        the family search tries). With the lanes' ``needs``, also the roomier grids (``roomier_spots``) beside
        it: a long lane at full height beside the others stacked, where a wide side column of one short item
        stood 80 % empty and the stacked lanes beside it went on (F17)."""
        narrow_grid, narrow_frames = self.laid(NARROW_SIDE_SHARE)
        if not all(fits(self.ctx.setter, paras, box, FAMILY_MIN) for box, paras, _ in narrow_frames):
            return []
        grids = [lane_spots(narrow_grid, len(self.placed), self.gap)]
        grids += roomier_spots(narrow_grid, needs, self.gap)[:2] if needs else []
        return [self.arranged(narrow_frames, spots) for spots in grids]

    def laid(self, share: float, halves: bool = False) -> tuple[Box, _Frames]:
        """The lanes' grid beside a side column of ``share`` of the width, and the frames of the score's band
        and of the side column (in two columns side by side where ``halves``)."""
        body, gap, ctx = self.body, self.gap, self.ctx
        beside = bool(self.side) or not (self.placed or self.band)
        side_w = body.w * share if beside else 0.0
        grid = Box(body.x, body.y, body.w - side_w - (gap if side_w else 0.0), body.h)
        frames: _Frames = []
        if self.band:  # as tall as the score needs at the largest size, across the grid's foot
            need = _frame_need(ctx.setter, self.band, grid.w, MAX_SIZE)  # its heading 10 % larger, as set
            height = grid.h if not self.placed else min(need, grid.h / 3)
            foot = Box(grid.x, grid.bottom - height, grid.w, height)
            frames.append((foot, self.band, {"fill": self.fill, "name": "score"}))
            grid = Box(grid.x, grid.y, grid.w, grid.h - height - gap)
        side_box = Box(body.x + grid.w + gap, body.y, side_w, body.h)
        style: dict[str, object] = {"fill": ctx.kit.palette.muted, "name": "other lanes"}
        if side_w and halves:
            left, right = grid_spots(side_box, 2, 2, gap)
            first, second = _halved(ctx, self.side, left.w)
            frames += [(left, first, style), (right, second, {**style, "name": "other lanes 2"})]
        elif side_w:
            frames.append((side_box, self.side, style))
        return grid, frames

    def arranged(self, frames: _Frames, spots: list[Box]) -> _Frames:
        """The grid's lanes in ``spots``, before the band's and the side column's ``frames``."""
        lanes = [(spot, paras, {"fill": self.fill, "name": kind}) for spot, (kind, paras) in zip(spots, self.placed)]
        return [*lanes, *frames]


def _empty_lanes_slim(
    ctx: Ctx,
    journey: Journey,
    index: int,
    body: Box,
    fill: Colour,
    core: list[tuple[tuple[LaneKind, Lane], tuple[str, list[Para]]]],
    others: list[Lane],
    scores: list[Para],
) -> tuple[list[_Frames], list[tuple[_Frames, str]]]:
    """Arrangements for a phase whose text does not fit its slide while some of its lanes are empty: those give
    their room (F18). The lanes with text take the slide as usual (a side column only for other lanes with
    text), and the empty ones are one slim row across the foot that names them as still to be filled in
    ("To be filled in during the session: Dores · Insumo"); their questions are on the exercise slide and
    in the notes. A full lane went on to a follow-up slide while an empty one kept a full-height column.
    Also the usual of them without the row, and the row's line (``_PhaseSlide.bandless``)."""
    phase = journey.phases[index]
    with_experience = any(kind is LaneKind.EXPERIENCE for (kind, _), _ in core)

    scored = index < len(journey.scores) and bool(journey.scores[index])

    def empty(kind: LaneKind, lane: Lane) -> bool:  # an empty score's question fills no lane (a blank canvas)
        return not lane.cells[index] and not (kind is LaneKind.EXPERIENCE and scored)

    empties = [lane for (kind, lane), _ in core if empty(kind, lane)] + [x for x in others if not x.cells[index]]
    filled = [paras for (kind, lane), paras in core if not empty(kind, lane)]
    filled_others = [x for x in others if x.cells[index]]
    if not empties or not (filled or filled_others):
        return [], []
    spare = max(0, GRID_SPOTS - len(filled))
    gridded = _roomiest(filled_others, spare)
    placed, band, side = _PhaseSlide._placed(ctx, phase, index, filled, filled_others, gridded, scores, with_experience)
    if not placed:
        return [], []
    row = _still_empty(ctx, empties)
    gap = 8.0
    need = para_height(ctx.setter, [row], body.w - 2 * INSET) + 2 * INSET  # at the largest size: it always holds
    foot = Box(body.x, body.bottom - need, body.w, need)
    above = Box(body.x, body.y, body.w, body.h - need - gap)
    slim: tuple[Box, list[Para], dict[str, object]] = (foot, [row], {"fill": ctx.kit.palette.muted, "name": "empty"})
    lanes = _PhaseFrames(ctx, above, placed, band, side, fill)
    usual, roomier = lanes.arrangements()
    # beside a narrower side column too, its long lane at full height (a side column of one short item stood
    # 80 % empty while a lane beside it went on, F17)
    narrow = lanes.narrowed(lanes.needs())[1:] if side and any(p.bold for p in side) else []
    whole, more = _PhaseFrames(ctx, body, placed, band, side, fill).arrangements()
    slims = [[*frames, slim] for frames in [usual, *roomier[:2], *narrow]]
    return slims, [(frames, row.text) for frames in [whole, *more[:2]]]


def _halved(ctx: Ctx, paras: list[Para], width: float) -> tuple[list[Para], list[Para]]:
    """The side column's lanes in two columns ``width`` wide: split before the lane heading that makes the
    taller of the two least (a lane is never parted from its heading)."""
    starts = [i for i, para in enumerate(paras) if para.bold and i > 0]

    def taller(k: int) -> float:
        return max(para_height(ctx.setter, paras[:k], width), para_height(ctx.setter, paras[k:], width))

    k = min(starts, key=taller)
    return paras[:k], paras[k:]


#: The side column's share of a phase slide's width (its other lanes); where they do not fit it, the wider
#: share (their follow-up slide held a few lines of the side column and nothing else).
SIDE_SHARE, WIDE_SIDE_SHARE = 0.3, 0.45


#: A side column of workshop prompts alone (its lanes empty in the phase) where the lanes need the room.
NARROW_SIDE_SHARE = 0.2


GRID_SPOTS = 4  # a phase slide's lanes in a grid of at most 2×2; the rest go in the side column


_Frames = list[tuple[Box, list[Para], dict[str, object]]]  # a slide's frames before they are set: box, text, style


def roomier_spots(grid: Box, needs: list[float], gap: float) -> list[list[Box]]:
    """Other ways the lanes can share the grid, for a phase whose longest lane (the most text, ``needs``)
    does not fit its spot in the usual one: that lane at full height in its column (half the grid, then two
    thirds), the others stacked in the other column in their order (as tall as their text at the size they
    are set at, ``restacked``); then all side by side at full height. A 600-character cell took a quarter of
    the slide and went on to a follow-up of one line while the lanes beside it stood half empty."""
    count = len(needs)
    if count < 2:
        return []
    long = max(range(count), key=lambda i: needs[i])
    rest = [i for i in range(count) if i != long]
    arrangements = []
    for share in (0.5, 2 / 3):
        width = (grid.w - gap) * share
        left = long % 2 == 0  # the long lane stays in its column: left for the first lane, right for the second
        full = Box(grid.x if left else grid.right - width, grid.y, width, grid.h)
        column = Box(full.right + gap if left else grid.x, grid.y, grid.w - width - gap, grid.h)
        spots = [full] * count
        for i, spot in zip(rest, grid_spots(column, len(rest), 1, gap)):
            spots[i] = spot
        arrangements.append(spots)
    if count >= 3:
        arrangements.append(grid_spots(grid, count, count, gap))
    return arrangements


def restacked(setter: Setter, frames: _Frames, size: float) -> _Frames:
    """The frames at ``size``, those stacked one under the other in a column (the same left edge and width)
    shared out anew where one of them does not hold its text there: each as tall as its text, the room left
    shared in proportion (``stacked_heights``). In equal thirds beside a long lane, an item of three lines
    ran under the box below while the one-line boxes around it stood half empty (F17, F28). A column whose
    frames all hold is left as it is; columns of one grid (their rows alike) are shared out row by row where
    that holds every frame of them, so that the grid's rows stay in line (``_rows_restacked``)."""
    columns: dict[tuple[float, float], list[int]] = {}
    for i, (box, _, _) in enumerate(frames):
        columns.setdefault((round(box.x, 1), round(box.w, 1)), []).append(i)
    boxes = [box for box, _, _ in frames]
    for members in columns.values():
        members.sort(key=lambda i: boxes[i].y)
    done = _rows_restacked(setter, frames, boxes, [m for m in columns.values() if len(m) > 1], size)
    for members in columns.values():
        if len(members) < 2 or members[0] in done:
            continue
        if all(fits(setter, frames[i][1], boxes[i], size) for i in members if frames[i][1]):
            continue
        top, bottom = boxes[members[0]].y, boxes[members[-1]].bottom
        gaps = [boxes[b].y - boxes[a].bottom for a, b in itertools.pairwise(members)]
        if min(gaps) < 0:  # not one under the other
            continue
        needs = [_frame_need(setter, frames[i][1], boxes[i].w, size) for i in members]
        heights = stacked_heights(needs, bottom - top - sum(gaps))
        y = top
        for i, height, gap in zip(members, heights, [*gaps, 0.0], strict=True):
            boxes[i] = Box(boxes[i].x, y, boxes[i].w, height)
            y += height + gap
    return [(box, paras, style) for box, (_, paras, style) in zip(boxes, frames, strict=True)]


def _rows_restacked(
    setter: Setter, frames: _Frames, boxes: list[Box], columns: list[list[int]], size: float
) -> set[int]:
    """The frames of each grid among ``columns`` (frames by column, top first; a grid: columns whose frames
    stand in the same rows) given rows as tall as their tallest text at ``size``, the room left shared in
    proportion (``stacked_heights``), where one of them does not hold its text in the rows as they are and
    every one holds in the rows shared out; ``boxes`` changed in place. The frames so placed, or left as they
    are because all hold. Stacked column by column, the lanes of a 2×2 grid stood out of line (#31)."""
    grids: dict[tuple[tuple[float, float], ...], list[list[int]]] = {}
    for members in columns:
        grids.setdefault(tuple((round(boxes[i].y, 1), round(boxes[i].h, 1)) for i in members), []).append(members)
    done: set[int] = set()
    for rows, grid in grids.items():
        if len(grid) < 2:
            continue
        cells = [i for members in grid for i in members]
        if all(fits(setter, frames[i][1], boxes[i], size) for i in cells if frames[i][1]):
            done.update(cells)
            continue
        first = grid[0]
        gaps = [boxes[b].y - boxes[a].bottom for a, b in itertools.pairwise(first)]
        if min(gaps) < 0:  # not one under the other
            continue
        needs = [
            max(_frame_need(setter, frames[members[row]][1], boxes[members[row]].w, size) for members in grid)
            for row in range(len(rows))
        ]
        heights = stacked_heights(needs, boxes[first[-1]].bottom - boxes[first[0]].y - sum(gaps))
        placed = dict(zip(cells, [boxes[i] for i in cells], strict=True))
        for members in grid:
            y = boxes[members[0]].y
            for i, height, gap in zip(members, heights, [*gaps, 0.0], strict=True):
                placed[i] = Box(boxes[i].x, y, boxes[i].w, height)
                y += height + gap
        if all(fits(setter, frames[i][1], placed[i], size) for i in cells if frames[i][1]):
            for i, box in placed.items():
                boxes[i] = box
            done.update(cells)
    return done


def _frame_need(setter: Setter, paras: list[Para], width: float, size: float) -> float:
    """How tall a frame ``width`` wide is with its paragraphs at ``size`` (headings 10 % larger), insets too."""
    heights = para_heights(setter, paras, width - 2 * INSET, size)
    return (heights[-1] if heights else 0.0) + 2 * INSET


def stacked_heights(needs: list[float], room: float) -> list[float]:
    """Heights of frames one under the other in ``room`` (the gaps between them taken out), by what each
    ``needs``: where all fit, each its need and the room left shared in proportion to them; where they do not,
    each its need but the tallest, which gets what is left and goes on (a short item is never cut while a long
    one has lines to give), as long as that leaves it more than the others' share; else in proportion."""
    total = sum(needs)
    if total <= room:
        return (
            [need + (room - total) * need / total for need in needs] if total > 0 else [room / len(needs)] * len(needs)
        )
    tallest = max(range(len(needs)), key=lambda i: needs[i])
    left = room - (total - needs[tallest])
    if left >= room / len(needs):
        return [left if i == tallest else need for i, need in enumerate(needs)]
    return [room * need / total for need in needs]


def lane_spots(grid: Box, count: int, gap: float) -> list[Box]:
    """The spots of ``count`` lanes (at most ``GRID_SPOTS``) in the grid, using all of it: one lane the
    whole grid, two side by side at full height, three as two over one across, four as 2×2. A phase of
    one lane and a score is two tall frames, not a quarter of the slide beside three quarters of nothing."""
    count = max(1, min(count, GRID_SPOTS))
    return grid_spots(grid, count, 1 if count == 1 else 2, gap, widen_last=True)


STRIP_SIZE = MIN_SIZE  # the phase strip's names: small, it is a map, not content


def phase_strip(ctx: Ctx, journey: Journey, current: int) -> list[Frame]:
    """All phases as a row of tabs under the title band, the current one in its phase colour and the
    others quiet. The tabs are as tall as the longest name needs, up to three lines; a name longer
    than that, or with a word wider than its tab, is shown by its number; the current phase's by its first
    words, cut with "…" (its whole name is in the slide title)."""
    n = len(journey.phases)
    body = ctx.body
    gap = 3.0
    tab_w = (body.w - gap * (n - 1)) / n
    names = [Para(_tab_name(i, p), STRIP_SIZE, ctx.ink, True, "heading") for i, p in enumerate(journey.phases)]
    names = [name for name in names if whole_words(ctx, name, tab_w)]  # the others are their numbers
    lines = next((k for k in (1, 2) if all(fits(ctx.setter, [name], _tab(tab_w, k)) for name in names)), 3)
    height = _tab(tab_w, lines).h
    top = ctx.height * BAND + 6.0
    frames = []
    for i, phase in enumerate(journey.phases):
        box = Box(body.x + i * (tab_w + gap), top, tab_w, height)
        colour = ctx.kit.palette.phase(i)
        fill = colour if i == current else ctx.kit.palette.muted
        ink = heading_ink(fill, ctx.ink)
        role: FontRole = "heading" if i == current else "body"
        para = Para(_tab_text(ctx, i, phase, box), STRIP_SIZE, ink, i == current, role, str(phase.source or ""))
        name = f"phase strip {i + 1}" + (" current" if i == current else "")
        frames.append(Frame(box, [para], fill=fill, name=name))
    return frames


def _tab_name(index: int, phase: Phase) -> str:
    """A phase's tab: its stage id ("F1 Oriëntatie", as the poster shows it), else its number, before its name;
    a phase named by its number alone ("3", as the poster shows it) is that number once, not "3 3"."""
    return phase_heading_after(stage_id_shown(phase, index + 1) or str(index + 1), phase)


def _tab_text(ctx: Ctx, index: int, phase: Phase, box: Box) -> str:
    """A phase's tab text, the same on every slide (set as the current tab's, in bold: it fits either way):
    its name where it fits, else its first words cut with "…", else its stage id or number. The tab of
    a long name read "4 Secure every possible…" on its own slide and "4" on the others (round 20)."""
    para = Para(_tab_name(index, phase), STRIP_SIZE, ctx.ink, True, "heading")
    if fits(ctx.setter, [para], box) and whole_words(ctx, para, box.w):
        return para.text
    short = _shortened(ctx, para, box)
    return short.text if short is not None else _tab_mark(ctx, index, phase, box)


def _shortened(ctx: Ctx, para: Para, box: Box) -> Para | None:
    """The current phase's tab too small for its whole name: as many of its first words as fit, cut at a
    word with "…" (its whole name is in the slide's title); None where not even one word fits."""
    words = para.text.split()
    for count in range(len(words) - 1, 1, -1):  # the mark and one word at least
        short = replace(para, text=" ".join(words[:count]) + "…")
        if fits(ctx.setter, [short], box) and whole_words(ctx, replace(short, bold=True), box.w):
            return short
    return None


def _tab_mark(ctx: Ctx, index: int, phase: Phase, box: Box) -> str:
    """What a tab too narrow for its phase's name shows: its stage id where that fits whole, else its number."""
    found = stage_id_shown(phase, index + 1)
    if found and whole_words(ctx, Para(found, STRIP_SIZE, ctx.ink, True, "heading"), box.w):
        return found
    return str(index + 1)


def _tab(width: float, lines: int) -> Box:
    """A phase-strip tab's size for names of up to ``lines`` lines."""
    return Box(0, 0, width, STRIP_SIZE * LEADING * lines + 2 * INSET)


def _other_lane_paras(ctx: Ctx, lane: Lane, index: int) -> list[Para]:
    """A lane beside the core ones: its heading over its items, or its label and workshop question in one
    prompt line when this phase has none (``_side_prompt``)."""
    return _lane_paras(ctx, lane, index) if lane.cells[index] else [_side_prompt(ctx, lane)]


#: A phase that holds only its score: the score set large, its label and scale under it (a designed
#: slide of one figure, not one line at the top of an empty frame), from this size down to ``SCORE_LEAST``.
SCORE_SIZE = 96.0
SCORE_LEAST = 40.0


def _place(journey: Journey, lane: Lane) -> int:
    """A lane's place on the canvas (its row), by which the deck orders a phase's lanes as the poster does."""
    return next(i for i, other in enumerate(journey.lanes) if other is lane)


def _column(ctx: Ctx, journey: Journey, index: int) -> list[Para]:
    """A phase as one column of a slide of several (``thin``): its heading, then every lane with text as its
    heading over its items, its score and its steps; its empty lanes named in one prompt line at the foot
    ("To be filled in during the session: Pain points · KPIs"), as where they give their room on a phase
    slide (their questions are on the exercise slide and in the notes)."""
    phase = journey.phases[index]
    head = Para(phase_heading_with_id(phase, index + 1), MAX_SIZE, ctx.ink, True, "heading", str(phase.source or ""))
    scores = _score_paras(ctx, journey, index)
    paras = [head]
    empty: list[Lane] = []
    extra = journey.extra_lanes()
    for lane in journey.lanes:  # in the canvas's order, as the poster has them (F4)
        core = journey.holds_core_place(lane)
        if not core and not any(lane is x for x in extra):
            continue
        if core and lane.kind is LaneKind.EXPERIENCE and scores:
            paras += _experience_paras(ctx, journey, lane, index, scores)
            scores = []
        elif not core and lane.kind == SCORE_LANE and (scores or not lane.cells[index]):
            continue
        elif lane.cells[index]:
            paras += _lane_paras(ctx, lane, index)
        else:
            empty.append(lane)
    paras += scores
    if phase.step_names:
        paras.append(Para(steps_heading(phase), MAX_SIZE, ctx.ink, True, "heading", str(phase.step_names[0].source)))
    if empty:
        paras.append(_still_empty(ctx, empty))
    return paras


def _still_empty(ctx: Ctx, lanes: list[Lane]) -> Para:
    """The one line that names a phase's empty lanes as still to be filled in, in a lighter ink, on every kind
    of phase slide ("To be filled in during the session: Pain points · KPIs"; F3): their questions are on the
    exercise slide and in the notes. A label ending in a colon ("Out of scope:") named without it."""
    names = " · ".join(lane_heading(lane).rstrip().removesuffix(":").rstrip() for lane in lanes)
    return Para(labelled(to_fill(None, ctx.language), names), MAX_SIZE, prompt_ink(ctx))


def _phase_slides(
    ctx: Ctx,
    journey: Journey,
    own: list[_PhaseSlide],
    section: str,
    size: float | None,
    columns: list[list[Para]],
    per_slide: int,
) -> tuple[list[Slide], list[range], int]:
    """A journey's phase slides: a slide a phase, or its many thin phases ``per_slide`` a slide (``thin``, their
    ``columns``) and a dense one among them a slide of its own of the usual kind; the groups of phases (none:
    a slide each) and the most a slide. Every group of thin phases is a slide of columns, also a group of one
    (a thin phase between two dense ones): one look for the journey's groups (F1)."""
    thin_ones = thin_at(ctx, columns, per_slide, size or MAX_SIZE) if per_slide > 1 else []
    together = groups(thin_ones, per_slide) if per_slide > 1 else []
    slides: list[Slide] = []
    for group in together or [range(i, i + 1) for i in range(len(own))]:
        if together and thin_ones[group[0]]:
            slides += _grouped(ctx, journey, section, columns, group, size or MAX_SIZE)
        else:  # a dense phase among thin ones, or a journey of few or dense phases: a slide of its own
            slides += own[group[0]].slides(ctx, section, size)
    return slides, together, per_slide


def _grouped(
    ctx: Ctx, journey: Journey, section: str, columns: list[list[Para]], group: range, size: float
) -> list[Slide]:
    """A group of a journey's thin phases on one slide (``thin``), titled by the phases it shows ("Phase 1–4/13")."""
    label = phase_words(journey, ctx.language)
    notes = "\n".join([ctx.words["n_phases"], "", *_core_questions(ctx, journey), *team_questions(journey)])
    first, last = group[0] + 1, group[-1] + 1
    shown = f"{first}" if first == last else f"{first}{PHASE_SPAN}{last}"  # a group of one: "Phase 5/21"
    title = f"{label} {shown}/{len(journey.phases)}".strip()
    coloured = [(columns[i][0], columns[i][1:], ctx.kit.palette.phase(i)) for i in group]
    return grouped_slides(ctx, title, section, notes, coloured, size)


#: Between the first and the last phase of a slide of several ("Phase 1–4/13").
PHASE_SPAN = "–"


def _score_alone(ctx: Ctx, journey: Journey, index: int, box: Box, fill: Colour) -> Frame:
    """The frame of a phase slide that holds only the phase's score: the score large and centred, over
    its label and scale ("Score · schaal 1..10"), its source the score's cell."""
    scores = journey.scores[index]
    lane = score_lane(journey)
    label = score_label(journey, ctx.language)
    said = Para(
        f"{label} {scale_words(journey.score_scale, ctx.language)}",
        MAX_SIZE,
        ctx.ink,
        source=str(lane.source) if lane else "",
    )
    value = Para(scores_text(journey, index, ctx.language), SCORE_SIZE, ctx.ink, True, "heading", str(scores[0].source))

    def value_fits(size: float) -> bool:
        return fits(ctx.setter, [replace(value, size=size), said], box)

    value.size = largest_fitting(value_fits, SCORE_LEAST, SCORE_SIZE, 4)
    return Frame(box, [value, said], fill=fill, name="score", centred=True)


def _score_paras(ctx: Ctx, journey: Journey, index: int) -> list[Para]:
    scores = journey.scores[index] if index < len(journey.scores) else []
    lane = score_lane(journey)
    if not scores and lane is None:
        return []
    label = score_label(journey, ctx.language)
    values = scores_text(journey, index, ctx.language)
    # The score row's words in this phase ("+1 😊 zin in": "zin in"), under the score they go with.
    said = _lane_paras(ctx, lane, index, heading=False) if lane is not None and lane.cells[index] else []
    if not scores:  # an empty score: its label over its words, or the workshop's question as an empty lane
        heading = Para(label, MAX_SIZE, ctx.ink, True, "heading", str(lane.source) if lane else "")
        if said:
            return [heading, *said]
        question = to_fill(
            prompt_question(lane, ctx.language, ctx.customer) if lane else ctx.words["q_score"], ctx.language
        )
        return [heading, Para(question, MAX_SIZE, prompt_ink(ctx))]
    return [Para(labelled(label, values), MAX_SIZE, ctx.ink, True, "heading", str(scores[0].source)), *said]


def _pains(ctx: Ctx, journey: Journey, section: str, family: float | None = None) -> list[Slide]:
    """Pain points beside opportunities, each phase's items a card in the side's colour under its phase; a
    side the canvas leaves empty is a workshop prompt in a dashed frame, not "nothing filled in" — unless a
    lane of no role close to the side's labels ("Kansjes") holds text: its cards, under its own label.
    ``family``: the deck's one size for its cards (``card_family_size``), where it is below the journey's own."""
    sides = _pain_sides(ctx, journey)
    widths, size, alike = _card_layout(ctx, sides)
    return _card_slides(ctx, sides, widths, min(size, family or size), section, alike)


def card_family_size(ctx: Ctx, journeys: list[Journey]) -> float | None:
    """One size for the cards of every journey's pains slides: the smallest of each one's own (each the
    largest on as few slides as the floor takes: a smaller one takes no more slides); None for a deck of
    one journey with cards, or none."""
    with_cards = [sides for sides in (_pain_sides(ctx, journey) for journey in journeys) if any(s[2] for s in sides)]
    if len(with_cards) < 2:  # one journey's cards are at their own size: not laid out twice to be told so
        return None
    return min(_card_layout(ctx, sides)[1] for sides in with_cards)


def _pain_sides(ctx: Ctx, journey: Journey) -> list[_Side]:
    """The two sides of a journey's pains slide: pain points and opportunities, each its heading, colour,
    cards (one a phase) and the workshop prompt it shows when it has none."""
    w = ctx.words
    sides: list[_Side] = []
    for kind, heading, colour, prompt in (
        (LaneKind.PAIN_POINTS, w["pains"], ctx.kit.palette.pain, "prompt_pains"),
        (LaneKind.OPPORTUNITIES, w["opportunities"], ctx.kit.palette.opportunity, "prompt_opportunities"),
    ):
        lanes = [lane for lane in journey.lanes if lane.kind == kind]
        if not any(lane.item_count() for lane in lanes):  # a lane of no role close to the side's labels, named
            lanes = [lane for lane in journey.lanes if journey.shown_as(lane) == kind]  # as the poster shows it
        sides.append((heading, colour, _phase_cards(ctx, journey, lanes), w[prompt]))
    return sides


def _card_layout(ctx: Ctx, sides: list[_Side]) -> tuple[list[float], float, bool]:
    """The sides' widths, the cards' size and whether the sides have as many columns: the largest size at
    which they fit one slide (``_balanced_sides``); where they go on, the largest on no more slides than at
    the floor."""
    widths, size, alike = _balanced_sides(ctx, sides, ctx.body.w - 12.0)

    counted: dict[float, int] = {}

    def count(size: float) -> int:  # once a size: the search below tries the two sizes counted here first
        if size not in counted:
            counted[size] = len(_card_slides(ctx, sides, widths, size, "", alike))
        return counted[size]

    slides = count(size)
    if slides > 1:  # they go on: as large as they can be on no more slides than at the floor
        least = count(CARD_FLOOR)
        if least < slides:
            size = largest_fitting(lambda size: count(size) <= least, CARD_FLOOR, size, 1)
    return widths, size, alike


def _card_slides(
    ctx: Ctx, sides: list[_Side], widths: list[float], size: float, section: str, alike: bool = False
) -> list[Slide]:
    """The pains slides of the two sides this wide, their cards at ``size``: as many as fit on each slide,
    what does not goes on ("(vervolg)"), never one card alone on a follow-up slide."""
    w = ctx.words
    body = ctx.body
    gap = 12.0
    slides: list[Slide] = []
    pending = [[[p.at_size(size) for p in card] for card in cards] for _, _, cards, _ in sides]
    columns = side_columns(sides, widths) if alike else None  # as many columns a side (F26), where chosen so
    while not slides or any(pending):
        title = w["pains_title"] if not slides else f"{w['pains_title']} ({w['continued']})"
        slide = Slide("pains", title, section, w["n_pains"])
        x = body.x
        heads: list[list[Frame]] = []
        rooms = []
        for side, (heading, colour, cards, prompt) in enumerate(sides):
            width = widths[side]
            heads.append(
                [Frame(Box(x, body.y, width, 40.0), [Para(heading, 20, colour, True, "heading")], name=heading)]
            )
            rooms.append(Box(x, body.y + 46.0, width, body.h - 46.0))
            x += width + gap
            if not cards:
                paras = [Para(prompt, PROMPT_SIZE, ctx.ink)]
                heads[side].append(Frame(rooms[side], paras, border=colour, dashed=True, name=f"{heading} prompt"))
        stacked = [
            _stack_cards(ctx, pending[side], room, colour.mix(WHITE, 0.88), columns=columns)
            if pending[side]
            else ([], [])
            for side, ((_, colour, _, _), room) in enumerate(zip(sides, rooms))
        ]
        lone = _lone_card(stacked)
        # never one card alone on a follow-up slide: the one before it takes one less (of the cards placed
        # whole: a card cut at a column's foot goes on as it is, and a slide always takes at least one)
        held = len(pending[lone]) - len(stacked[lone][1]) - 1 if lone is not None else 0
        if lone is not None and held >= 1:
            _, colour, _, _ = sides[lone]
            fill = colour.mix(WHITE, 0.88)
            kept, over = _stack_cards(ctx, pending[lone][:held], rooms[lone], fill, cut=False, columns=columns)
            if kept:  # stacked otherwise than filled, none fits: the slide as it was filled
                stacked[lone] = (kept, [*over, *pending[lone][held:]])
        if any(pending) and not any(placed for placed, _ in stacked):  # every slide takes some: a card alone
            side = next(n for n, cards in enumerate(pending) if cards)
            _, colour, _, _ = sides[side]
            stacked[side] = _alone(ctx, pending[side], rooms[side], colour.mix(WHITE, 0.88))
        for side, (placed, rest) in enumerate(stacked):
            slide.frames.extend([*heads[side], *placed])
            pending[side] = rest
        slides.append(slide)
    return slides


def _phase_cards(ctx: Ctx, journey: Journey, lanes: list[Lane]) -> list[list[Para]]:
    """A side's cards, one per phase in phase order: the phase as its heading over its items, bullets when a
    phase has more than one, on every card of the side (one item style) (twelve pain points over seven phases
    were twelve cards, each headed by its phase, over three slides); a cell merged over phases is a card of
    its own, headed by its phases; a lane of no role is named in its cards' headings ("Aanvraag · Kansjes")."""
    groups: dict[tuple[int, int, str], list[Para]] = {}
    for lane in lanes:
        named = f" · {lane.heading}" if lane.kind == CUSTOM_LANE else ""
        for item, first, last in lane.once():
            key = (first, last, named)
            if key not in groups:
                heading = phases_heading(journey.phases[first : last + 1]) + named
                groups[key] = [Para(heading, CARD_SIZE, ctx.ink, True, "heading", str(item.source))]
            groups[key].append(Para(item.text, CARD_SIZE, ctx.ink, source=str(item.source)))
    cards = [groups[key] for key in sorted(groups, key=lambda key: key[:2])]  # stable: lanes in their order
    if any(len(card) > 2 for card in cards):  # several items under a phase: a list, and so every card's items
        cards = [[card[0], *(replace(para, mark="bullet") for para in card[1:])] for card in cards]
    return cards


_Side = tuple[str, Colour, list[list[Para]], str]  # a side of the pains slide: heading, colour, cards, prompt


def _lone_card(stacked: list[tuple[list[Frame], list[list[Para]]]]) -> int | None:
    """The side that gives a card back when one card alone would go on to a follow-up slide: the side with
    the most cards placed (two at least); None when more or fewer than one goes on, or no side can."""
    if sum(len(rest) for _, rest in stacked) != 1:
        return None
    placed = [len(frames) if len(frames) >= 2 else 0 for frames, _ in stacked]
    return placed.index(max(placed)) if max(placed) else None


def _balanced_sides(
    ctx: Ctx, sides: list[tuple[str, Colour, list[list[Para]], str]], total: float
) -> tuple[list[float], float, bool]:
    """The two sides' widths, the cards' one size and whether both sides have as many columns: of the
    shares from 30% to 70% (by what each side holds, ``_side_widths``, and every 5% between), the one at
    which every card fits on one slide at the
    largest size (the nearest to what each side holds of equals): a side of five opportunities gets two
    columns too rather than a follow-up slide for its last card. Both sides in as many columns of cards
    first (two beside two, one beside one: F26); where no share holds them all so, each side its own. Where
    no share holds them all, the share by what each side holds, and what does not fit goes on."""
    by_need = _side_widths(ctx, sides, total)
    low, high = SIDE_SHARES
    shares = [by_need[0] / total] + [low + step * 0.05 for step in range(round((high - low) / 0.05) + 1)]
    for alike in (True, False):
        best: tuple[float, float, list[float]] | None = None
        for share in shares:
            widths = [total * share, total * (1 - share)]
            if not _all_fit(ctx, sides, widths, CARD_FLOOR, alike):
                continue
            size = _card_size(ctx, sides, widths, alike)
            key = (size, -abs(share - shares[0]))
            if best is None or key > best[:2]:
                best = (*key, widths)
        if best is not None:
            return best[2], best[0], alike
    return by_need, CARD_SIZE, False


PROMPT_SIZE = 18.0  # a side left empty: its workshop prompt


#: A side's share of the slide's width: by what it holds, but never so narrow that a card column of a few
#: words a line (or the prompt) is left: from 30% to 70%.
SIDE_SHARES = (0.3, 0.7)


def _side_widths(ctx: Ctx, sides: list[tuple[str, Colour, list[list[Para]], str]], total: float) -> list[float]:
    """The two sides' widths, shared by how much each holds (its cards, or its prompt), measured at one
    column width: a side of five pain points beside a prompt takes most of the slide, not half of it."""
    column = (total / 2 - 6.0) / 2 - 2 * INSET
    needs = [
        sum(para_height(ctx.setter, card, column) + 2 * INSET for card in cards)
        if cards
        else para_height(ctx.setter, [Para(prompt, PROMPT_SIZE, ctx.ink)], column * 2)
        for _, _, cards, prompt in sides
    ]
    low, high = SIDE_SHARES
    share = min(high, max(low, needs[0] / sum(needs))) if sum(needs) > 0 else 0.5
    return [total * share, total * (1 - share)]


def _card_size(
    ctx: Ctx, sides: list[tuple[str, Colour, list[list[Para]], str]], widths: list[float], alike: bool = False
) -> float:
    """One size for every card of both sides: the largest, from ``CARD_MAX`` down to ``CARD_FLOOR``, at which
    every card fits on the one slide; ``CARD_FLOOR`` when they do not (they go on, "(vervolg)")."""
    return largest_fitting(lambda size: _all_fit(ctx, sides, widths, size, alike), CARD_FLOOR, CARD_MAX, 1)


def _all_fit(
    ctx: Ctx,
    sides: list[tuple[str, Colour, list[list[Para]], str]],
    widths: list[float],
    size: float,
    alike: bool = False,
) -> bool:
    """Whether every card of both sides fits on one slide at ``size`` with the sides this wide (``alike``:
    in as many columns on each side, ``side_columns``)."""
    columns = side_columns(sides, widths) if alike else None
    for (_, colour, cards, _), width in zip(sides, widths):
        resized = [[p.at_size(size) for p in card] for card in cards]
        room = Box(0.0, 0.0, width, ctx.body.h - 46.0)
        if resized and _stack_cards(ctx, resized, room, colour, cut=False, columns=columns)[1]:
            return False
    return True


CARD_MAX = 22.0  # cards grow into a slide they leave empty, up to this (below the phase slides' largest)


CARD_SIZE = 16.0  # pain point and opportunity cards: one size, so the wall of cards reads evenly


#: The cards' least size: 16 pt where that holds them on as few slides as 14 pt does, else down to the
#: family floor (twelve pain points and twelve opportunities went on over three slides at 16 pt).
CARD_FLOOR = FAMILY_MIN


CARD_COLUMN = 200.0  # the least width of a column of cards: a side narrower than two stacks them in one


def side_columns(sides: list[_Side], widths: list[float], gap: float = 6.0) -> int:
    """The columns of cards on each side of a pains slide: two where every side with cards is wide enough
    for two, else one on each: one wide column of pain points beside two narrow ones of opportunities read
    as two slides' halves of unequal weight, the opportunities down then across (F26)."""
    carded = [width for (_, _, cards, _), width in zip(sides, widths) if cards]
    return 2 if carded and all(width >= 2 * CARD_COLUMN + gap for width in carded) else 1


def _stack_cards(
    ctx: Ctx, cards: list[list[Para]], room: Box, fill: Colour, cut: bool = True, columns: int | None = None
) -> tuple[list[Frame], list[list[Para]]]:
    """Cards stacked in two columns inside ``room`` (one when it is narrow), as many as fit, in reading
    order: down the first column, then down the second, the two as even as they can be (filling the
    shorter column first put Aankoop under Bewustwording and Interesse beside them); the rest for a
    follow-up slide. Where they do not all fit, each column is filled to its foot, the card that does not
    fit whole cut at a line and going on at the top of the next column or slide (``_filled_columns``)."""
    gap = 6.0
    columns = columns or (2 if room.w >= 2 * CARD_COLUMN + gap else 1)
    col_w = (room.w - gap * (columns - 1)) / columns
    needs = [para_height(ctx.setter, card, col_w - 2 * INSET) + 2 * INSET for card in cards]
    split = _column_split(needs, room.h, gap, columns)
    if split[-1] < len(cards) and cut:
        return _filled_columns(ctx, cards, room, fill, columns, gap)
    frames: list[Frame] = []
    for column, (start, end) in enumerate(itertools.pairwise(split)):
        top = room.y
        for card, need in zip(cards[start:end], needs[start:end]):
            frames.append(Frame(Box(room.x + column * (col_w + gap), top, col_w, need), card, fill=fill, name="card"))
            top += need + gap
    return frames, cards[split[-1] :]


def _filled_columns(
    ctx: Ctx, cards: list[list[Para]], room: Box, fill: Colour, columns: int, gap: float
) -> tuple[list[Frame], list[list[Para]]]:
    """Cards down each column to its foot, in reading order, a card that does not fit whole cut at a line
    ("… → vervolg") and going on at the top of the next column, under its phase again ("Betalen (vervolg)");
    what the last column cannot hold goes on to a follow-up slide. A long run of cards used one column of a
    slide, the other half empty, and took a follow-up slide for the rest of one card (#31)."""
    col_w = (room.w - gap * (columns - 1)) / columns
    width = col_w - 2 * INSET
    frames: list[Frame] = []
    pending = list(cards)
    for column in range(columns):
        x, top = room.x + column * (col_w + gap), room.y
        while pending:
            card = pending[0]
            need = para_height(ctx.setter, card, width) + 2 * INSET
            if top + need <= room.bottom + 0.01:
                frames.append(Frame(Box(x, top, col_w, need), card, fill=fill, name="card"))
                top, pending = top + need + gap, pending[1:]
                continue
            size = base_size(card)
            spot = Box(x, top, col_w, room.bottom - top)
            if spot.h - 2 * INSET >= size * LEADING * (1.1 + CUT_LEAST) + size * ITEM_GAP:  # the phase and two lines
                kept, rest = fit_frame(ctx.setter, card, spot, size, size, continues(ctx), forced=False)
                kept = [p.at_size(size) for p in kept]  # a card's phase is set at its items' size, not larger
                if rest and any(not p.bold for p in kept) and fits(ctx.setter, kept, spot):
                    used = para_height(ctx.setter, kept, width) + 2 * INSET
                    frames.append(Frame(Box(x, top, col_w, used), kept, fill=fill, name="card"))
                    pending[0], _ = heading_again(kept, rest, None, ctx.words["continued"])
            break
    if not frames and pending:  # not one line of the first card fits the cut's rules: it goes alone, as it can
        return _alone(ctx, pending, Box(room.x, room.y, col_w, room.h), fill)
    return frames, pending


def _alone(ctx: Ctx, cards: list[list[Para]], spot: Box, fill: Colour) -> tuple[list[Frame], list[list[Para]]]:
    """The first card alone in ``spot`` at the cards' one size, what does not fit going on under its phase
    again: every slide of cards takes something (a card taller than a slide went on to follow-ups forever)."""
    size = base_size(cards[0])
    fitted, rest = fit_frame(ctx.setter, cards[0], spot, size, size, continues(ctx))
    if not fitted:  # not even its phase fits: the card whole, as before it was cut (never a slide of nothing)
        fitted, rest = cards[0], []
    going_on, _ = heading_again(fitted, rest, None, ctx.words["continued"]) if rest else ([], None)
    return [Frame(spot, fitted, fill=fill, name="card")], [*([going_on] if going_on else []), *cards[1:]]


CUT_LEAST = 2  # the least lines of a card cut at the foot of a column: one line alone reads as a stray


def _column_split(needs: list[float], height: float, gap: float, columns: int) -> list[int]:
    """Where the cards (their heights) break into ``columns`` columns read one after the other: the
    most cards that fit, then the break that makes the tallest column least. Returns the columns'
    first cards' indices and the end, such as [0, 3, 5] (cards 0-2, then 3-4)."""

    def run(start: int, end: int) -> float:  # the height of cards start..end-1 in one column
        return sum(needs[start:end]) + gap * max(0, end - start - 1)

    def fits(start: int, end: int) -> bool:
        return run(start, end) <= height + 0.01

    count = 0  # cards in the first column alone, then with a second
    while count < len(needs) and fits(0, count + 1):
        count += 1
    if columns == 1:
        return [0, count]
    total = count
    while total < len(needs) and any(fits(0, k) and fits(k, total + 1) for k in range(1, total + 1)):
        total += 1
    return _even(needs, total, run)


def _even(needs: list[float], total: int, run: Callable[[int, int], float]) -> list[int]:
    """The first ``total`` cards in two columns, the break making the taller of the two least (the first
    column the taller of equals, as a reader expects)."""
    if total <= 1:
        return [0, total, total]
    k = min(range(1, total + 1), key=lambda k: (max(run(0, k), run(k, total)), -k))
    return [0, k, total]


def _actions(ctx: Ctx, journey: Journey, section: str) -> list[Slide]:
    """The improvement actions, a table (phase, action, owner, priority); a question in those lanes ("Do
    buyers trust G2 more than analyst reports?") is no action: the questions follow, in a table of their own
    (phase, question, owner), given no priority."""
    w = ctx.words
    label = phase_word(journey, ctx.language)
    rows: list[tuple[int, list[str]]] = []  # each with its first phase: the table in phase order
    questions: list[tuple[int, list[str]]] = []
    # learning and opportunities: each item an action; a lane of no role close to their labels, named
    for lane in journey.improvement_lanes() + journey.offered_improvement_lanes():
        named = lane.kind == CUSTOM_LANE
        # each item once, in phase order: a cell merged over phases is one action over them ("A – B")
        for item, first, last in lane.once():
            scores = [score for i in range(first, last + 1) if (score := journey.phase_score(i)) is not None]
            ranked = _priority(min(scores) if scores else None)  # as urgent as its worst phase
            priority = w[ranked] if ranked else ""
            phases = phases_heading(journey.phases[first : last + 1])
            text = f"{item.text} ({lane.heading})" if named else item.text
            if is_question(item.text):
                questions.append((first, [phases, text, ""]))
            else:
                rows.append((first, [phases, text, "", priority]))
    # by phase, each lane's items of a phase in lane order: lane by lane, the first phase came last (round 20)
    actions = [row for _, row in sorted(rows, key=lambda row: row[0])] or [["", w["prompt_actions"], "", ""]]
    # a priority the phases' scores gave says so in its header: the client wrote none (the column is the
    # team's to fill in where no phase is scored)
    scored = any(row[3] for row in actions)
    header = [label, w["action"], w["owner"], w["priority_scored" if scored else "priority"]]
    notes = f"{w['n_actions']}\n\n{w['n_priority']}"  # on what the priority rests
    shares = _team_columns_narrowed(actions, [0.2, 0.5, 0.15, 0.15], (2, 3))
    slides = table_slides(ctx, "actions", w["actions"], section, notes, header, actions, shares)
    if questions:
        header = [label, w["question"], w["owner"]]
        asked_rows = [row for _, row in sorted(questions, key=lambda row: row[0])]
        shares = _team_columns_narrowed(asked_rows, [0.2, 0.6, 0.2], (2,))
        notes = w["n_questions"]
        asked = table_slides(ctx, "questions", w["open_questions"], section, notes, header, asked_rows, shares)
        slides = _with_questions(ctx, slides, asked)
    return slides


def _team_columns_narrowed(rows: list[list[str]], shares: list[float], team: tuple[int, ...]) -> list[float]:
    """The columns' wanted shares, a column the team fills in (owner, priority: ``team``) that is empty on
    every row wanting no more than its header's words (``table_widths`` gives each column its longest word).
    A facilitator wants those columns in the deck, the team's working copy (they type the owner in during
    the session, the row grows as they do), but not two empty quarters of every slide: the action's text
    gets the width, wraps less and takes fewer slides (seven slides of actions beside two empty columns, #31
    round 22). The speaker notes ask for owner and priority."""
    empty = [i for i in team if all(not row[i].strip() for row in rows)]
    freed = sum(shares[i] for i in empty)
    kept = sum(share for i, share in enumerate(shares) if i not in empty)  # the others share what is freed
    return [0.0 if i in empty else share * (1 + freed / kept) for i, share in enumerate(shares)]


TABLE_GAP = 24.0  # between two tables on one slide: each under its own header row


def _with_questions(ctx: Ctx, actions: list[Slide], asked: list[Slide]) -> list[Slide]:
    """The actions' slides and the questions' (``asked``): a table of questions on one slide that fits under
    the actions' last table goes there (``_under``), the slide titled for both ("Verbeteracties · Uit te
    zoeken vragen"); where it does not, the actions' slides are filled from the first (not balanced) and give
    their last rows (as few as they can) to a follow-up slide that the questions share, when they fit there
    together: no slide of a question or two at its top, in as many slides. Either only where each is one
    table on one slide and every action row fits a slide whole (the guards of both)."""
    last = actions[-1]
    if len(asked) != 1 or any(len(slide.tables) != 1 for slide in actions) or len(asked[0].tables) != 1:
        return actions + asked
    (below,) = asked
    if _under(ctx, last, below):
        return actions
    table = last.tables[0]
    header = table.rows[0]
    rows = [row for slide in actions for row in slide.tables[0].rows[1:]]
    shares = [width / table.box.w for width in table.columns]
    whole = deck_table(ctx, table.box, [header, *rows], shares, table.size)
    head, talls = whole.heights[0], whole.heights[1:]
    if len(rows) < 3 or any(head + tall > table.box.h + 0.01 for tall in talls):
        return actions + asked
    w = ctx.words
    going_on = f" ({w['continued']})"
    title = f"{last.title.removesuffix(going_on)}{going_on}"

    def slide(index: int, part: list[list[str]]) -> Slide:  # the actions' own slides first, filled anew
        tables = [deck_table(ctx, table.box, [header, *part], shares, table.size)]
        if index < len(actions):
            return replace(actions[index], tables=tables)
        return Slide(last.kind, title, last.section, last.notes, tables=tables, continued=True)

    # the fewest slides: the fewest rows go on to the slide the questions share (round 20: balancing the
    # actions alone gave the questions' follow-up a third slide) ...
    for moved in range(0, len(rows) // 2 + 1):
        kept = packed_rows(rows[: len(rows) - moved], talls[: len(rows) - moved], head, table.box.h)
        if len(kept) + (moved > 0) > len(actions) + 1:  # more slides than the actions' and the questions'
            continue
        parts = kept + ([rows[len(rows) - moved :]] if moved else [])
        # ... then those slides filled alike, the questions counted on the last: not a full slide and a
        # follow-up of one action and the questions at its top (round 22, #31)
        even = _even_parts(rows, talls, head, table.box.h, sum(below.tables[0].heights), len(parts))
        for chosen in ([even] if even is not None else []) + [parts]:
            trial = [slide(index, part) for index, part in enumerate(chosen)]
            if _under(ctx, trial[-1], replace(below, tables=[replace(below.tables[0])])):
                return trial
    return actions + asked


def _even_parts(
    rows: list[list[str]], talls: list[float], head: float, full: float, asked: float, count: int
) -> list[list[list[str]]] | None:
    """The action rows over ``count`` slides filled about alike, the last also holding the questions' table
    (``asked`` high, ``TABLE_GAP`` under the actions): each slide filled to the lowest limit at which the
    rows, and the questions after them, still take ``count`` slides; None where they take more, or where
    the questions would stand alone on the last."""
    block = [*rows, ["\x00"]]  # the questions' table, a last "row" of its height that goes with the actions

    def packed(limit: float) -> list[list[list[str]]]:
        return packed_rows(block, [*talls, TABLE_GAP + asked], head, limit)

    if len(packed(full)) > count:
        return None
    chunks = packed(smallest_fitting(lambda height: len(packed(height)) <= count, head, full, 1.0))
    if len(chunks[-1]) < 2:  # the questions alone on the last slide
        return None
    return [*chunks[:-1], chunks[-1][:-1]]


def _under(ctx: Ctx, above: Slide, below: Slide) -> bool:
    """Whether the table of ``below`` (the questions' one slide) fits under the one table on ``above`` (the
    actions' last slide): then it goes there, the slide titled for both ("Verbeteracties · Uit te zoeken
    vragen"), rather than on a slide of its own holding one row at the top."""
    first, second = above.tables[0], below.tables[0]
    top = first.box.y + sum(first.heights) + TABLE_GAP
    if top + sum(second.heights) > ctx.body.bottom + 0.01:
        return False
    second.box = Box(second.box.x, top, second.box.w, ctx.body.bottom - top)
    above.tables.append(second)
    above.title = f"{above.title} · {below.title}"
    above.notes = f"{above.notes}\n\n{below.notes}"
    return True


def _priority(score: float | None) -> str:
    """Improvements in phases the customer experiences worst come first; a phase without a score has no
    priority ("": none invented, the team agrees on it)."""
    if score is None:
        return ""
    return "high" if score <= -0.25 else "medium" if score < 0.5 else "low"


def _exercise(ctx: Ctx, journey: Journey, phases: range, section: str, boxes: int) -> Slide:
    """The exercise canvas of a phase, or of a group of thin phases shown together (``thin``), its questions in
    the deck's one grid of ``boxes`` (the most any journey of the deck asks: a journey asking fewer leaves the
    grid's last spots empty, its boxes as high and as wide as the other journeys', #31)."""
    w = ctx.words
    named = phases_heading([journey.phases[i] for i in phases])
    # its notes say the agenda's minutes a phase, once the agenda is filled (``fill_agenda``)
    slide = Slide("exercise", f"{w['exercise']} · {named}", section, "", phases=len(phases))
    asked = _asked(ctx, journey)
    boxes = max(boxes, len(asked))
    spots = grid_spots(ctx.body, boxes, 2 if boxes <= _TWO_COLUMNS else 3, 10.0)
    for box, (name, question) in zip(spots, asked, strict=False):
        paras = [Para(question, 20, ctx.ink, True, "heading")]
        slide.frames.append(Frame(box, paras, border=ctx.kit.palette.secondary, dashed=True, name=name))
    return slide


def _asked(ctx: Ctx, journey: Journey) -> list[tuple[str, str]]:
    """The questions of a journey's exercise slides, each with its box's name."""
    # the four core questions, 2×2, then the team's own (a question label of no core role): 3 a row past six
    asked = [*zip([f"q_{kind}" for kind in CORE_LANES], _core_questions(ctx, journey), strict=True)]
    asked += [(f"q_team_{i}", question) for i, question in enumerate(team_questions(journey), start=1)]
    # a lane its phase slides name as still to be filled in asks its own question here ("Waar komt de patiënt
    # ons tegen?"): the slim line names the lane only, the question would be on no slide of the deck. Asked on
    # every exercise slide of the journey, not only its empty phases': one grid for the family (a fifth box on
    # one phase's slide set its rows apart from the others', #31 round 22); the team works on the lane in
    # every phase, the phases it is filled in too
    said = {question for _, question in asked}
    every = range(len(journey.phases))
    for i, question in enumerate(dict.fromkeys(_empty_lanes_questions(ctx, journey, every)), start=1):
        if question not in said:
            asked.append((f"q_empty_{i}", question))
    return asked


def _empty_lanes_questions(ctx: Ctx, journey: Journey, phases: range) -> list[str]:
    """The questions of the team's lanes the phase slides name as still to be filled in (no core place: the
    core questions are asked already; no score row) in one of ``phases``, each as ``prompt_question`` asks it,
    in the map's order."""
    extra = journey.extra_lanes()
    return [
        question
        for lane in journey.lanes
        if any(lane is x for x in extra)
        and not journey.holds_core_place(lane)
        and lane.kind != SCORE_LANE  # an empty score row is not in the slim line: its phase slide asks it
        and any(not lane.cells[i] for i in phases)
        and (question := prompt_question(lane, ctx.language, ctx.customer))
    ]


#: Questions on an exercise slide in two columns up to this many; more go three a row.
_TWO_COLUMNS = 6


def _core_questions(ctx: Ctx, journey: Journey) -> list[str]:
    """The four core roles' questions as this team's lanes ask them (``questions.lane_question``), each once:
    a score row or opportunities lane asking it in the team's words asks it for the core role (``asking_lane``)."""
    return [
        lane_question(kind, asking_lane(journey, kind), ctx.language, QuestionForm.SHORT, customer=ctx.customer)
        for kind in CORE_LANES
    ]


def _shared_figures(
    view: JourneyView, journeys: Sequence[Journey], before: Sequence[JourneyView], names: list[str]
) -> tuple[str, list[Metric]] | None:
    """The figures the view draws that an earlier section's view drew, and whose section that was ("HR
    Director"): its poster page shows them, its section's table lists only its own."""
    shared = [m for m in view.metrics if any(m is s for earlier in before for s in earlier.metrics)]
    if not shared:
        return None
    tags = dict(zip(names, short_names(names), strict=True))  # as the sections' slides name them
    who = [tags[j.name] for j, v in zip(journeys, before, strict=True) if any(m in v.metrics for m in shared)]
    return ", ".join(dict.fromkeys(who)), shared


def _new_figures(view: JourneyView, before: Sequence[JourneyView]) -> list[Metric]:
    """The figures the view draws that no earlier section's view drew (a journey's own KPI lane)."""
    shown = [m for earlier in before for m in earlier.metrics]
    return [m for m in view.metrics if not any(m is s for s in shown)]


def _new_phases(journey: Journey, earlier: list[Journey]) -> bool:
    """Whether a journey's phases differ from every earlier one's (the same tables would repeat)."""
    keys = [p.name for p in journey.phases]
    return all(keys != [p.name for p in other.phases] for other in earlier)
