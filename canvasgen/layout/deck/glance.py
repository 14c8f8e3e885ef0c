"""The journey at a glance: the phases as coloured columns, the emotion curve across them (a native
chart whose points sit under their columns), and the lanes as rows under it: each lane's label on a strip
across the slide, over its first item in each phase's column. It summarises, and says so on the slide: every item is
on the phase slides. The core lanes always stay, at the body's floor or larger; rows that one slide
does not hold go on to a follow-up slide ("(vervolg)"), never set smaller, and never more than two slides: a
cell holds at most a few lines, a long item cut after a whole word with "…" (its full text is on its phase
slide).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from canvasgen.brand.colors import WHITE, Colour, contrast, heading_ink
from canvasgen.figures import score_in
from canvasgen.layout.boxes import Box
from canvasgen.layout.deck.frames import (
    BODY_MIN,
    CURVE_ABOVE,
    CURVE_BELOW,
    INSET,
    MAX_SIZE,
    WRAP_SLACK,
    Chart,
    ChartLine,
    Ctx,
    Frame,
    Para,
    Slide,
    balanced,
    continues,
    fit_frame,
    fits,
    para_height,
    unbroken_size,
)
from canvasgen.layout.headings import group_heading, lane_heading, phase_heading
from canvasgen.layout.meta import light_word, score_label
from canvasgen.layout.text.fit import largest_fitting
from canvasgen.layout.text.fonts import EMOJI_COLOURS
from canvasgen.layout.text.hyphenation import SOFT_HYPHEN, hyphenates, hyphenator
from canvasgen.layout.text.setter import LEADING
from canvasgen.layout.text.wrap import break_points, breaks_anywhere
from canvasgen.model import CORE_LANES, CUSTOM_LANE, Journey, Lane, PhaseGroup
from canvasgen.text import NO_BREAK, keep_together

__all__ = ["CELL_LINES", "CURVE_MIN", "ELLIPSIS", "GLANCE_HEAD", "MAX_SLIDES", "glance_slides", "quiet", "score_line"]

GLANCE_HEAD = 18.0  # the glance's phase names at most: tabs over columns, not headlines
GAP = 4.0
CELL_INSET = INSET / 2  # the rows' strips and cells: tinted boxes set close, a glance is dense
CURVE_MIN = CURVE_ABOVE + CURVE_BELOW + 32.0  # the curve at its most compact: 8 pt a step of -2..+2
CURVE_SHARE = 0.28  # and at most this share of the body
QUIET_CONTRAST = 4.5  # WCAG AA for body text
CELL_LINES = 4  # a glance cell's lines at most: a longer item is cut after a whole word, "…" (fewer lines only
MAX_SLIDES = 2  # where a journey's glance would take more slides than this)
CELL_LINES_MOST = 8  # a follow-up glance slide's cells at most (more of each, where it has the room)
ELLIPSIS = "…"


@dataclass
class _Row:
    """A lane on the glance: its label and its first item in each phase."""

    label: Para
    cells: list[Para]


@dataclass(frozen=True)
class _Grid:
    """Where the glance's columns are: one per phase, across the body (``width``)."""

    x0: float
    width: float
    col_w: float
    first: int = 0  # the journey's index of the first column's phase (its colour): a glance in parts

    def column(self, index: int, y: float, h: float) -> Box:
        return Box(self.x0 + index * (self.col_w + GAP), y, self.col_w, h)

    def span(self, n: int) -> float:
        return n * self.col_w + (n - 1) * GAP


def glance_slides(ctx: Ctx, journey: Journey, section: str) -> list[Slide]:
    """The journey at a glance, on one slide where it fits at the body's floor, else continued; a journey
    of more phases than columns that hold their names' words at the floor (13 phases: "Explora-tion") in
    parts of evenly many phases, each part the glance of its phases on one slide, "(vervolg)" (rather than
    names broken inside a word, or set below the floor)."""
    lanes = [lane for lane in journey.lanes if lane.item_count() and not journey.on_the_curve(lane)]
    if not lanes and not any(journey.scores):  # a blank canvas: a row of phase names over nothing says nothing
        return []  # (the phase slides and the exercise show the phases, with their questions)
    n = len(journey.phases)
    parts = -(-n // phases_a_slide(ctx, journey))
    ranges: list[tuple[int, int]] = []
    start = 0
    for part in range(parts):  # evenly: 13 phases in three parts are 5, 4 and 4, not 5, 5 and 3
        stop = start + n // parts + (1 if part < n % parts else 0)
        ranges.append((start, stop))
        start = stop
    # A glance in parts: each part on one slide, its cells cut shorter where they must (every item is on its
    # phase slide), rather than a follow-up slide per part (21 phases took six glance slides).
    most_slides = MAX_SLIDES if parts == 1 else 1
    # the same lanes on every part: the journey's, less those a part had to leave out for room (F26)
    shown = [i for i, lane in enumerate(journey.lanes) if lane.item_count() and not journey.on_the_curve(lane)]
    made = [
        _glance(ctx, phase_range(journey, a, b), section, a, most_slides=most_slides, places=shown) for a, b in ranges
    ]
    kept = [i for i in shown if all(lane_heading(journey.lanes[i]) in _lane_labels(part) for part in made)]
    sizes = {size for part in made if (size := _cell_size(part)) is not None}
    if len(sizes) > 1 or kept != shown:  # the parts at one size, the smallest of theirs: one glance, not 16 pt
        # beside 20 pt; and the lanes every part holds
        made = [
            _glance(ctx, phase_range(journey, a, b), section, a, min(sizes, default=MAX_SIZE), most_slides, kept)
            for a, b in ranges
        ]
    slides = [slide for part in made for slide in part]
    for slide in slides[1:]:
        slide.title = f"{ctx.words['overview']} ({ctx.words['continued']})"
    return slides


MIN_COLUMNS = 3  # a glance in parts has at least this many phases a slide


def phases_a_slide(ctx: Ctx, journey: Journey) -> int:
    """How many phase columns one glance slide holds: as many as leave every word of every phase's and
    group's name whole at the body's floor (a heading, measured as it is, without the wrap's slack: a name
    that only just fits is set at the floor, as before), and every word of the cells whole or broken at a
    syllable of the canvas's language (``_unbreakable``); all of them where they do."""
    body = ctx.body
    names = [phase_heading(p) for p in journey.phases] + [group_heading(g) for g in journey.phase_groups]
    longest = max((ctx.setter.width(word, "heading", BODY_MIN) for name in names for word in name.split()), default=0)
    need = longest + 2 * INSET + 1.0  # a word's own width (the wrap's slack is for lines of several words)
    need = max(need, _unbreakable(ctx, journey) / WRAP_SLACK + 2 * CELL_INSET + 1.0)
    n = len(journey.phases)
    for columns in range(n, MIN_COLUMNS - 1, -1):
        if (body.w - GAP * (columns - 1)) / columns >= need:
            return columns
    return min(n, MIN_COLUMNS)


def _unbreakable(ctx: Ctx, journey: Journey) -> float:
    """The width at the body's floor of the widest piece of a word in the glance's cells that a line cannot
    break inside: a whole word where the canvas's language has no dictionary of syllables (Russian, under
    an English deck: PowerPoint broke "измеря|ем" between two letters, without a hyphen), else its widest
    syllable run with its hyphen. Only words of letters: an address or a code breaks as it must."""
    hyphenate = hyphenator(ctx.language)
    widest = 0.0
    lanes = [lane for lane in journey.lanes if lane.item_count() and not journey.on_the_curve(lane)]
    for lane in lanes:
        for cell in lane.cells:
            for word in cell[0].text.split() if cell else ():
                if breaks_anywhere(word) or not hyphenates(word):
                    continue
                whole = ctx.setter.width(word, "body", BODY_MIN)
                if whole <= widest:
                    continue
                points = [0, *(point for point, _ in break_points(word, hyphenate)), len(word)]
                pieces = [word[a:b] + ("-" if b < len(word) else "") for a, b in itertools.pairwise(points)]
                widest = max(widest, *(ctx.setter.width(piece, "body", BODY_MIN) for piece in pieces))
    return widest


def phase_range(journey: Journey, start: int, stop: int) -> Journey:
    """The journey's phases ``start``..``stop`` (not included) as a journey of their own: their lanes'
    cells, scores and groups (a group cut by the range keeps its name over its phases in it)."""
    if (start, stop) == (0, len(journey.phases)):
        return journey
    groups = [
        PhaseGroup(g.name, max(g.first, start) - start, min(g.last, stop - 1) - max(g.first, start) + 1)
        for g in journey.phase_groups
        if g.first < stop and g.last >= start
    ]
    return replace(
        journey,
        phases=journey.phases[start:stop],
        lanes=[replace(lane, cells=lane.cells[start:stop]) for lane in journey.lanes],
        scores=journey.scores[start:stop],
        phase_groups=groups,
    )


def _lane_labels(slides: list[Slide]) -> set[str]:
    """The lanes a glance's slides show, by their labels."""
    return {f.paras[0].text for s in slides for f in s.frames if f.name.startswith("glance lane ") and f.paras}


def _cell_size(slides: list[Slide]) -> float | None:
    """The size a glance's cells are set at (None where it has none)."""
    return next((p.size for s in slides for f in s.frames if f.name.startswith("glance items") for p in f.paras), None)


def _glance(
    ctx: Ctx,
    journey: Journey,
    section: str,
    first: int,
    most: float = MAX_SIZE,
    most_slides: int = MAX_SLIDES,
    places: Sequence[int] | None = None,
) -> list[Slide]:
    """The glance of a journey (or of a part of its phases, the first of them the journey's ``first``), its
    cells at ``most`` at the largest, on at most ``most_slides`` slides where cutting its cells to a line each
    holds it there."""
    w = ctx.words
    body = ctx.body
    n = len(journey.phases)
    # a lane whose every word is a score is the curve, shown once; a part of the journey's phases shows the
    # lanes of the whole journey (``places``: their places), a "–" where its phases have none (F26)
    on_it = [lane for lane in journey.lanes if lane.item_count() and not journey.on_the_curve(lane)]
    lanes = on_it if places is None else [journey.lanes[i] for i in places]
    rows = [_row(ctx, lane, n) for lane in lanes]
    grid = _Grid(body.x, body.w, (body.w - GAP * (n - 1)) / n, first)
    groups = _group_heads(ctx, journey, grid)
    head_top = body.y + (groups[0].box.h + GAP if groups else 0.0)
    phases = _phase_heads(ctx, journey, grid, head_top)
    heads = groups + phases
    top = phases[0].box.bottom + GAP if phases else head_top
    scored = any(journey.scores)
    if not lanes:  # scores and nothing else (a bare satisfaction map): the curve takes the whole slide
        chart = _chart(ctx, journey, Box(grid.x0, top, grid.span(n), body.bottom - top)) if scored else None
        return [Slide("overview", w["overview"], section, w["n_overview"], frames=heads, chart=chart)]
    # Lanes beyond the core give way, last first, while the rows do not fit one slide at the floor under the
    # curve at its most compact. Lanes of no role stand in for core roles the canvas has no lane for
    # ("Customer doing"): they stay as the core.
    missing = sum(1 for kind in CORE_LANES if journey.lane(kind) is None)
    stand_ins = [lane for lane in lanes if lane.kind == CUSTOM_LANE][:missing]
    extra = [k for k, lane in enumerate(lanes) if not journey.holds_core_place(lane) and lane not in stand_ins]
    summarised = any(len(cell) > 1 for lane in lanes for cell in lane.cells)
    note = Para(w["glance_summary"], BODY_MIN, quiet(ctx.ink, WHITE))
    note_h = para_height(ctx.setter, [note], body.w - 2 * CELL_INSET) + 2 * CELL_INSET
    curve_min = CURVE_MIN + GAP if scored else 0.0

    def room(summary: bool) -> float:
        return body.bottom - top - curve_min - (note_h + GAP if summary else 0.0)

    # one row stays at least (a lane beyond the core alone)
    while extra and len(rows) > 1 and _height(ctx, _shortened(ctx, rows, grid, BODY_MIN), grid, BODY_MIN) > room(True):
        del rows[extra.pop()]
        summarised = True

    made: dict[tuple[float, int], list[_Row]] = {}

    def shortened(size: float, lines: int = CELL_LINES) -> list[_Row]:  # once per size and lines
        if (size, lines) not in made:
            made[size, lines] = _shortened(ctx, rows, grid, size, lines)
        return made[size, lines]

    def cut(size: float) -> bool:  # whether a cell is shortened at this size: the remark says so
        return summarised or shortened(size) != rows

    # One size for the whole glance: as large as one slide holds every row (the curve at its most compact),
    # but never so large that a word breaks inside ("implementatio-n"); the floor when it does not hold them.
    largest = unbroken_size(ctx, [c for r in rows for c in r.cells], grid.col_w, BODY_MIN, most)
    size = largest_fitting(lambda s: _height(ctx, shortened(s), grid, s) <= room(cut(s)), BODY_MIN, largest, 1)

    def two_hold(s: float) -> bool:  # two slides hold the rows at ``s``, no cell cut shorter than at the floor
        bottom = body.bottom - (note_h + GAP if cut(s) else 0.0)
        packed = _balanced(ctx, shortened(s), grid, s, top + curve_min, top, bottom)
        return _texts(shortened(s)) == _texts(shortened(BODY_MIN)) and len(packed) <= most_slides

    if most_slides > 1 and _height(ctx, shortened(size), grid, size) > room(cut(size)) and two_hold(BODY_MIN):
        # The rows go on to a second slide even at the floor: as large as two slides hold them (balanced),
        # so that neither is left half empty.
        size = largest_fitting(two_hold, BODY_MIN, largest, 1)
    summarised = cut(size)
    # The cells at most a few lines; fewer where the rows would still take more than two slides.
    for lines in range(CELL_LINES, 0, -1):
        shown = shortened(size, lines)
        chart = None
        if scored:
            # The curve takes what the rows leave on the first slide, up to its share; its most compact when
            # the rows go on to a follow-up slide anyway.
            spare = room(summarised) - _height(ctx, shown, grid, size)
            chart_h = min(body.h * CURVE_SHARE, CURVE_MIN + spare) if spare >= 0 else CURVE_MIN
            chart = _chart(ctx, journey, Box(grid.x0, top, grid.span(n), chart_h))
        first_top = top + (chart.box.h + GAP if chart else 0.0)
        bottom = body.bottom - (note_h + GAP if summarised else 0.0)
        packed = _balanced(ctx, shown, grid, size, first_top, top, bottom)
        if len(packed) <= most_slides:
            break
    packed = _finished(ctx, chart, rows, grid, size, lines, bottom, packed)
    slides: list[Slide] = []
    for placed, end in packed:
        title = w["overview"] if not slides else f"{w['overview']} ({w['continued']})"
        slide = Slide("overview", title, section, w["n_overview"], frames=[*heads, *placed])
        if summarised:  # right under the rows: a caption of theirs, not a stray line at the foot
            box = Box(body.x, end + GAP, body.w, note_h)
            slide.frames.append(Frame(box, [note], name="glance summary", inset=CELL_INSET))
        slides.append(slide)
    slides[0].chart = chart
    return slides


def _finished(
    ctx: Ctx,
    chart: Chart | None,
    rows: list[_Row],
    grid: _Grid,
    size: float,
    lines: int,
    bottom: float,
    packed: list[tuple[list[Frame], float]],
) -> list[tuple[list[Frame], float]]:
    """The slides as packed: where the rows go on to a second slide anyway, the first slide's curve grown
    into what its rows leave; each slide filled with more of its cells where it has room."""
    if chart is not None and len(packed) > 1:
        packed = _grown(chart, packed, ctx.body.h * CURVE_SHARE, bottom)
    return [_filled(ctx, rows, grid, size, lines, bottom, page) for page in packed]


def _filled(
    ctx: Ctx, rows: list[_Row], grid: _Grid, size: float, lines: int, bottom: float, page: tuple[list[Frame], float]
) -> tuple[list[Frame], float]:
    """A glance slide's rows with their cells up to ``CELL_LINES_MOST`` lines, as many as the slide holds
    above ``bottom``: more of each cell cut short, rather than the slide's foot left empty (the rows were
    cut short enough for the glance to take two slides at most). A slide holding part of a row cut at a
    line stays as it is."""
    labels = [f for f in page[0] if f.name.startswith("glance lane ")]
    numbers = [int(f.name.rsplit(" ", 1)[1]) for f in labels]
    if (
        not labels
        or len(set(numbers)) != len(numbers)
        or any(ctx.words["continued"] in p.text for f in labels for p in f.paras)
    ):
        return page
    own = [rows[k - 1] for k in numbers]
    top = labels[0].box.y
    best, texts = page, _texts(_shortened(ctx, own, grid, size, lines))
    for more in range(lines + 1, CELL_LINES_MOST + 1):
        shown = _shortened(ctx, own, grid, size, more)
        if _texts(shown) == texts:
            break  # every cell is whole at fewer lines
        texts = _texts(shown)
        packed = _pack(ctx, shown, grid, size, top, top, bottom)
        if len(packed) > 1:
            break
        placed, end = packed[0]
        best = _frames(ctx, placed, grid, size), end
    if best is page:
        return page
    # _pack numbers the rows from 1: their numbers in the glance again
    renamed = {f"glance lane {k}": f"glance lane {number}" for k, number in enumerate(numbers, start=1)}
    return [replace(f, name=renamed.get(f.name, f.name)) for f in best[0]], best[1]


def _grown(
    chart: Chart, packed: list[tuple[list[Frame], float]], most: float, bottom: float
) -> list[tuple[list[Frame], float]]:
    """The first slide's curve taller by what its rows leave above ``bottom`` (up to ``most`` high), its rows
    moved down under it; the slides after it as they are."""
    grow = min(most - chart.box.h, bottom - packed[0][1])
    if grow <= 0:
        return packed
    chart.box = replace(chart.box, h=chart.box.h + grow)
    placed, end = packed[0]
    return [([replace(f, box=replace(f.box, y=f.box.y + grow)) for f in placed], end + grow), *packed[1:]]


def quiet(ink: Colour, background: Colour) -> Colour:
    """A lighter ink for a side remark, as light as it goes (up to a third) while it stays as readable as
    body text must be on ``background`` (WCAG AA, 4.5:1): a lighter kit's text colour gets less lighter."""
    for step in range(7, -1, -1):
        colour = ink.mix(background, step * 0.05)
        if contrast(colour, background) >= QUIET_CONTRAST:
            return colour
    return ink


def _chart(ctx: Ctx, journey: Journey, box: Box) -> Chart:
    return Chart(
        box, [phase_heading(p) for p in journey.phases], [score_line(ctx, journey)], journey.score_scale, bare=True
    )


def _row(ctx: Ctx, lane: Lane, n: int) -> _Row:
    """A lane's label and its first item in each phase (a dash where it has none)."""
    label = Para(lane_heading(lane), MAX_SIZE, ctx.ink, True, "heading", str(lane.source))
    cells = []
    for index in range(n):
        first = lane.cells[index][0] if lane.cells[index] else None
        cells.append(Para(first.text if first else "–", MAX_SIZE, ctx.ink, source=str(first.source) if first else ""))
    return _Row(label, cells)


def _shortened(ctx: Ctx, rows: list[_Row], grid: _Grid, size: float, lines: int = CELL_LINES) -> list[_Row]:
    """The rows with every cell at most ``lines`` lines at ``size`` (the rows themselves where none is longer)."""
    width = grid.col_w - 2 * CELL_INSET
    out = [_Row(row.label, [_short(ctx, cell, width, size, lines) for cell in row.cells]) for row in rows]
    return rows if out == rows else out


_SPACE = re.compile(f"[^\\S{NO_BREAK}]+")  # a space a line may break at


def _short(ctx: Ctx, cell: Para, width: float, size: float, lines: int) -> Para:
    """A cell's item as its first ``lines`` lines at ``size``: the item itself where it fits, else cut
    after the last whole word that leaves room for "…" (between two characters in a script written
    without spaces); the first word whole where not even that fits. Remembered (``Ctx.shortened``)."""
    key = (cell.text, cell.role, cell.mark, cell.hang, width, size, lines)
    if key not in ctx.shortened:
        ctx.shortened[key] = _short_text(ctx, cell, width, size, lines)
    text = ctx.shortened[key]
    return cell if text is None else replace(cell, text=text)


def _short_text(ctx: Ctx, cell: Para, width: float, size: float, lines: int) -> str | None:
    """``_short``'s text: None where the item fits whole."""

    def fits_in(text: str) -> bool:
        return ctx.setter.line_count(text, cell.text_width(width, size) * WRAP_SLACK, cell.role, size) <= lines

    if fits_in(cell.text):
        return None
    # Cut only where a line may break: never between a currency sign and its amount ("€ 142,50"), a
    # number and its unit, or inside a range ("8-10 uur"): the no-break spaces ``keep_together`` sets.
    text = keep_together(cell.text)
    between = (  # between two characters of a script written without spaces (looked for only in such text)
        {i + 1 for i, ch in enumerate(text[:-1]) if breaks_anywhere(ch) and breaks_anywhere(text[i + 1])}
        if breaks_anywhere(text)
        else set()
    )
    ends = sorted({m.start() for m in _SPACE.finditer(text) if m.start()} | between)
    low, high = 0, len(ends)  # ends[:low] fit; find the last that does
    while low < high:
        half = (low + high + 1) // 2
        if fits_in(text[: ends[half - 1]].rstrip() + ELLIPSIS):
            low = half
        else:
            high = half - 1
    end = ends[low - 1] if low else (ends[0] if ends else len(text))
    return text[:end].rstrip().replace(NO_BREAK, " ") + ELLIPSIS


def _texts(rows: list[_Row]) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in rows]


def _strip_height(ctx: Ctx, row: _Row, grid: _Grid, size: float) -> float:
    """A lane label's strip across the columns, at the heading size (10% over the body's)."""
    return para_height(ctx.setter, [row.label.at_size(size * 1.1)], grid.width - 2 * CELL_INSET) + 2 * CELL_INSET


def _cells_height(ctx: Ctx, row: _Row, grid: _Grid, size: float) -> float:
    cells = [
        para_height(ctx.setter, [c.at_size(size)], grid.col_w - 2 * CELL_INSET) for c in row.cells
    ]  # every size tried
    return max(cells) + 2 * CELL_INSET


def _row_height(ctx: Ctx, row: _Row, grid: _Grid, size: float) -> float:
    return _strip_height(ctx, row, grid, size) + _cells_height(ctx, row, grid, size)


def _height(ctx: Ctx, rows: list[_Row], grid: _Grid, size: float) -> float:
    return sum(_row_height(ctx, row, grid, size) for row in rows) + GAP * max(0, len(rows) - 1)


def _balanced(
    ctx: Ctx, rows: list[_Row], grid: _Grid, size: float, first_top: float, top: float, bottom: float
) -> list[tuple[list[Frame], float]]:
    """The rows packed on as few slides as they need, each slide's rows ending about as low as the others'
    (not a full slide and a follow-up of one row, nor the reverse): the lowest end at which the rows
    still take no more slides than when every slide is filled to ``bottom``. Only the packing found is
    drawn as frames: the ends tried on the way are only counted in slides."""
    plan = balanced(lambda end: _pack(ctx, rows, grid, size, first_top, top, bottom, end), max(first_top, top), bottom)
    return [(_frames(ctx, placed, grid, size), end) for placed, end in plan]


@dataclass(frozen=True)
class _Placed:
    """A row on its slide: its number among the lanes, its cells (a cut row's: what fits), where it starts,
    its label strip's height and its cells' height."""

    number: int
    row: _Row
    y: float
    strip: float
    h: float


def _pack(
    ctx: Ctx,
    rows: list[_Row],
    grid: _Grid,
    size: float,
    first_top: float,
    top: float,
    bottom: float,
    limit: float | None = None,
) -> list[tuple[list[_Placed], float]]:
    """The rows, slide by slide, each slide's with where its rows end: a row goes whole to the next slide
    when it would end below ``limit`` (``bottom``, where not said) on this one; a row taller than a whole
    slide is cut at a line, and goes on under its label "(vervolg)"."""
    limit = bottom if limit is None else limit
    pages: list[list[_Placed]] = [[]]
    ends: list[float] = [first_top]
    y = first_top
    pending = list(enumerate(rows, start=1))
    while pending:
        number, row = pending.pop(0)
        h = _row_height(ctx, row, grid, size)
        if y + h > limit + 0.01 and pages[-1]:
            pages.append([])
            ends.append(top)
            y = top
        strip = _strip_height(ctx, row, grid, size)
        h -= strip
        if y + strip + h > bottom + 0.01:  # taller than a whole slide: what fits here, the rest on the next
            h = bottom - y - strip
            kept_cells, rest_cells = [], []
            # at the glance's one size: a cell of which not a line fits goes on whole, under its label
            # "(vervolg)"; only at the top of an empty slide (all the room there is) does it go in as it can
            alone = not pages[-1]
            for cell in row.cells:
                box = Box(0, 0, grid.col_w, h)
                kept, rest = fit_frame(ctx.setter, [cell], box, size, size, continues(ctx), forced=alone)
                kept_cells.append(kept[0] if kept else replace(cell, text="", size=size))
                rest_cells.append(rest[0] if rest else replace(cell, text=""))
            if any(c.text for c in rest_cells):
                again = row.label.text.removesuffix(f" ({ctx.words['continued']})")
                label = replace(row.label, text=f"{again} ({ctx.words['continued']})")
                pending.insert(0, (number, _Row(label, rest_cells)))
            row = _Row(row.label, kept_cells)
        pages[-1].append(_Placed(number, row, y, strip, h))
        ends[-1] = y + strip + h
        y += strip + h + GAP
    return list(zip(pages, ends, strict=True))


def _frames(ctx: Ctx, placed: list[_Placed], grid: _Grid, size: float) -> list[Frame]:
    """A slide's rows as frames: each row's label strip across the columns, then its cells, tinted by phase."""
    frames: list[Frame] = []
    for at in placed:
        tint = [ctx.kit.palette.phase(grid.first + i).mix(WHITE, 0.9) for i in range(len(at.row.cells))]
        label = replace(at.row.label, size=size * 1.1)
        band = Box(grid.x0, at.y, grid.width, at.strip)
        frames.append(
            Frame(band, [label], fill=ctx.kit.palette.muted, name=f"glance lane {at.number}", inset=CELL_INSET)
        )
        for i, cell in enumerate(at.row.cells):
            paras = [replace(cell, size=size, text=_syllables(ctx, cell.text, grid.col_w, size))] if cell.text else []
            column = grid.column(i, at.y + at.strip, at.h)
            frames.append(Frame(column, paras, fill=tint[i], name=f"glance items {i + 1}", inset=CELL_INSET))
    return frames


def _syllables(ctx: Ctx, text: str, width: float, size: float) -> str:
    """A cell's text with a soft hyphen at every syllable (of the canvas's language) of each word wider than
    the column by itself, where the text engine would hyphenate it (``wrap.break_points``: none in an
    address or a code, none beside a dash or a slash): the viewer breaks such a word at a syllable, not
    between any two letters; every other word stays unbroken (the glance's size keeps them so). The text
    reads back as written."""
    hyphenate = hyphenator(ctx.language)  # the viewer draws the hyphen where it breaks (no glyph of the font)
    room = (width - 2 * CELL_INSET) * WRAP_SLACK
    if hyphenate is None or ctx.setter.width(text, "body", size) <= room:
        return text

    def broken(word: str) -> str:
        if ctx.setter.width(word, "body", size) <= room:
            return word
        if "/" in word[1:-1]:  # words joined by a slash break after it, not inside a word ("Empreendedor/An|alista")
            return ZERO_WIDTH_SPACE.join(broken(part) for part in re.split(r"(?<=/)(?=[^/])", word))
        points = {point for point, hyphen in break_points(word, hyphenate) if hyphen}  # as every wrap breaks
        return "".join(SOFT_HYPHEN + ch if i in points else ch for i, ch in enumerate(word))

    return re.sub(r"\S+", lambda match: broken(match.group()), text)


def _phase_heads(ctx: Ctx, journey: Journey, grid: _Grid, top: float) -> list[Frame]:
    """The phase names as tabs over their columns, as large as the items' headings, on as many lines (up
    to three) as the longest needs; smaller, down to the body's floor, only when three lines do not hold
    one; one size for every name: a row of tabs, not a ransom note."""
    names = [
        Para(
            phase_heading(p),
            GLANCE_HEAD,
            heading_ink(ctx.kit.palette.phase(grid.first + i), ctx.ink),
            True,
            "heading",
            str(p.source or ""),
        )
        for i, p in enumerate(journey.phases)
    ]
    lines = next((k for k in (1, 2) if all(fits(ctx.setter, [n], _glance_head(grid.col_w, k)) for n in names)), 3)
    head_h = _glance_head(grid.col_w, lines).h
    unbroken = unbroken_size(ctx, [replace(n, bold=False) for n in names], grid.col_w, BODY_MIN, GLANCE_HEAD)
    phases: list[Frame] = []
    for i, para in enumerate(names):
        box = grid.column(i, top, head_h)
        para.size = largest_fitting(functools.partial(_name_fits, ctx, para, box), BODY_MIN, unbroken, 1)
        fill = ctx.kit.palette.phase(grid.first + i)
        phases.append(Frame(box, [para], fill=fill, name=f"glance phase {grid.first + i + 1}"))
    same = min((head.paras[0].size for head in phases), default=GLANCE_HEAD)
    # The tabs as tall as the names need at that size: the rows under them need the room.
    sized = [replace(n, size=same) for n in names]
    tabs = [Box(0, 0, grid.col_w, _tab(same, k)) for k in (1, 2)]
    height = min(head_h, next((tab.h for tab in tabs if all(fits(ctx.setter, [n], tab) for n in sized)), head_h))
    # a name that needs more lines than three even at the floor: the row as tall as it needs (a four-line name
    # ran out of its coloured tab onto the row under it, F29)
    tallest = max((para_height(ctx.setter, [n], grid.col_w - 2 * INSET) + 2 * INSET for n in sized), default=0.0)
    height = max(height, tallest)
    for head in phases:
        head.paras[0].size = same
    return [replace(head, box=replace(head.box, h=height)) for head in phases]


#: Where a word joined by a slash may break: invisible, and read back as nothing.
ZERO_WIDTH_SPACE = "\u200b"


def _name_fits(ctx: Ctx, name: Para, box: Box, size: float) -> bool:
    """Whether a glance column's phase name fits its tab at ``size`` (itself, not as a heading 10% up)."""
    return fits(ctx.setter, [replace(name, size=size)], box)


def _tab(size: float, lines: int) -> float:
    return size * LEADING * lines + 2 * INSET


def _glance_head(width: float, lines: int) -> Box:
    """A glance column's heading tab for phase names of up to ``lines`` lines."""
    return Box(0, 0, width, GLANCE_HEAD * LEADING * lines + 2 * INSET)


def _group_heads(ctx: Ctx, journey: Journey, grid: _Grid) -> list[Frame]:
    """The phase groups: a tab over each group's phase columns, its name at one size for all."""
    if not journey.phase_groups:
        return []
    size, body = GLANCE_HEAD, ctx.body  # tabs over the phase names, read as they are
    height = size * LEADING * 2 + 2 * INSET
    frames = []
    for group in journey.phase_groups:
        box = Box(grid.x0 + group.first * (grid.col_w + GAP), body.y, grid.span(group.count), height)
        fill = ctx.kit.palette.secondary
        para = Para(group_heading(group), size, heading_ink(fill, ctx.ink), True, "heading", str(group.name.source))
        para.size = largest_fitting(functools.partial(fits, ctx.setter, [para], box), BODY_MIN, size, 1)
        frames.append(Frame(box, [para], fill=fill, name=f"glance group {group.first + 1}"))
    same = min(frame.paras[0].size for frame in frames)
    for frame in frames:
        frame.paras[0].size = same
    return frames


def score_line(ctx: Ctx, journey: Journey) -> ChartLine:
    """A journey's own curve: named as its scores are on the phase slides (``score_label``), in the accent
    colour."""
    faces = [journey.phase_face(i) for i in range(len(journey.phases))]
    # a traffic light written as its emoji: a disc of its colour (the poster's), not the emoji as the point's
    # label, which needed a font of them ("Segoe UI Emoji", Windows only): an empty box in other viewers
    dots = [EMOJI_COLOURS.get(face) if face else None for face in faces]
    lit, faces = faces, [None if dot else face for face, dot in zip(faces, dots, strict=True)]
    label = score_label(journey, ctx.language)
    values = journey.phase_means()
    labels = point_labels(values, [face if dot else None for face, dot in zip(lit, dots, strict=True)], journey, ctx)
    return ChartLine(label, values, ctx.kit.palette.accent, faces=faces, dots=dots, labels=labels)


def point_labels(values: list[float | None], lights: list[str | None], journey: Journey, ctx: Ctx) -> list[str | None]:
    """Each point's label as text where the chart's number format would not do (``ChartLine.labels``): a half
    score in the deck language's way, a traffic light's value with its colour's word ("+2 groen"); None else."""
    labels: list[str | None] = []
    for value, light in zip(values, lights, strict=True):
        word = light_word(light, ctx.language)
        if value is None or (not word and float(value).is_integer()):
            labels.append(None)
            continue
        shown = score_in(journey.score_scale, round(value, 1), ctx.language)  # a mean of three: "+1,3"
        labels.append(f"{shown} {word}".strip())
    return labels
