"""A journey's poster page: the header band, the phase row, the lanes and the emotion curve, each at the
largest size that fits and never below the minimum for the paper; what does not fit continues.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from typing import NamedTuple

from canvasgen.brand.colors import WHITE, Colour, heading_ink, readable_on
from canvasgen.brand.kit import BrandKit
from canvasgen.layout.boxes import Box, Icon, Page, Rect, TextBlock
from canvasgen.layout.headings import (
    corner_heading,
    group_heading,
    is_a_word_for_phase,
    is_field_name,
    lane_heading,
    phase_heading,
    phases_heading,
    steps_heading,
)
from canvasgen.layout.poster.blueprint import LINE_ROOM, draw_lines, lines_above
from canvasgen.layout.poster.cell_cards import cell_cards, draw_stack, stack_height
from canvasgen.layout.poster.curve_row import (
    CURVE_MOST,
    Columns,
    curve_height,
    curve_row,
    notes_height,
    score_notes,
)
from canvasgen.layout.poster.map_draw import (
    GAUGE_INDENT,
    ICON_INDENT,
    MATRIX_PAD,
    draw_gauge,
    draw_matrix_row,
    matrix_row_height,
)
from canvasgen.layout.poster.map_rows import (
    ChannelRow,
    FigureLine,
    FigureRow,
    Mapped,
    MapRow,
    MatrixHead,
    MatrixRow,
    PersonaPanel,
    RoleRow,
    TouchLine,
    TouchpointRow,
)
from canvasgen.layout.poster.page_header import page_header
from canvasgen.layout.poster.sheet import LabelColumn, PosterSpec, content_bottom, label_width, page_margin
from canvasgen.layout.questions import prompt_question, team_customer, to_fill
from canvasgen.layout.text.fit import largest_fitting
from canvasgen.layout.text.setter import BULLET, ITEM_GAP, LEADING, LONG_WORD, Paragraph, Setter
from canvasgen.layout.text.shares import at_least, share, share_with_curve
from canvasgen.model import SCORE_LANE, Boundary, Item, Journey, Lane, LaneKind, Phase
from canvasgen.text import ends_sentence, label_key
from canvasgen.units import mm
from canvasgen.vocabulary.channels import CHANNEL_WORDS, channel_of
from canvasgen.words import WORDS

MAX_GROWTH = 1.5  # the body size may grow to this multiple of the minimum
#: The body size a small map's page may grow to where its words leave it room (short cells), as a multiple
#: of the minimum: the poster's type scale one step on (18, 27, 36 pt at A1), its phase names grown with it
#: (``_phase_size``); at 27 pt such a map left an A1 sheet mostly empty.
ROOMY_GROWTH = 2.0
#: A small map: a journey of at most this many phases (its columns wide), shown on one page.
SMALL_MAP_PHASES = 4
#: A page of more phases grows as a small map does where its text at ``MAX_GROWTH`` fills at most this share
#: of the rows' height: the rest would be spread as empty room under the text.
ROOMY_SHARE = 0.4
#: The phase names' size over the minimum, on a page whose body is set within ``MAX_GROWTH``.
PHASE_GROWTH = 1.3
#: The most of the page's height for rows that the words written in the score row that are no score may
#: take over the curve (half when the curve is all the page holds): what does not fit continues on a later
#: page as a long cell's words do, and the curve and the lanes keep their room.
NOTES_SHARE = 0.25
#: A phase column's least width, in minimum-size units, on a page that holds more phases than the readable
#: width (13 units) gives, because its lanes hold little: about sixteen characters a line.
NARROWEST = 8
#: Whether a journey's phases share a page is asked with a word of this many characters or more hyphenated
#: once at its language's syllables (as the page then breaks it), not only the longest words: one 10-letter
#: Russian word per journey ("новичками»"), unbroken, split every 13-phase journey over two mostly empty pages.
SHARED_PAGE_WORD = 8


_ICON_LANES = (LaneKind.TOUCHPOINTS, LaneKind.CHANNELS)

#: A row drawn as lines of text in the phase columns: a lane, or the touchpoints or figures added under them.
TextRow = Lane | TouchpointRow | FigureRow
#: What such a row holds in a cell: a lane's items, or the added rows' marked lines.
CellItem = Item | TouchLine | FigureLine


@dataclass(frozen=True)
class _Row:
    """A row of the page in its place: a lane, a row the poster adds, or the emotion curve (None); with
    the service blueprint's lines drawn above it."""

    shows: Lane | MapRow | None
    lines: tuple[Boundary, ...] = ()


def _with_icons(row: TextRow) -> bool:
    """Whether a row's items are marked with their channel's icon (touchpoints, channels)."""
    return isinstance(row, TouchpointRow) or (isinstance(row, Lane) and row.kind in _ICON_LANES)


def min_text_size(width: float, height: float) -> float:
    """The smallest type on the poster: 9 pt at A3, scaled with the paper's diagonal (never under 6 pt)."""
    a3 = math.hypot(mm(297), mm(420))
    return max(6.0, 9.0 * math.hypot(width, height) / a3)


@dataclass(frozen=True)
class PointerSpot:
    """Where a continued cell's pointer to its continuation ("→ continued on p. 2") is written: the cell's
    inner ``box`` (its width decides the long or the short wording) and the line's start ``x`` and ``baseline``."""

    box: Box
    x: float
    baseline: float


@dataclass
class Overflow:
    lane: TextRow
    phase: str
    items: Sequence[CellItem]
    cell: str
    marker: PointerSpot
    size: float
    colour: Colour
    order: tuple[int, ...]  # the cell's place in the reading order, for the pointer


@dataclass(frozen=True)
class Sizing:
    """What bounds a journey page's body size. ``ceiling``: the largest (the size the other pages of a
    split journey share). ``labels``: the poster's one lane-label size and column width (the body text
    never larger than its labels); without it, the page's own (the poster measures its pages so). ``cut``:
    the page's tallest cell may continue on a later page where the page's rows do not fit even at the least
    size (and cutting it sets every other lane at least ``_CUT_GAIN`` larger); where they fit at a smaller
    size, still at least the least, every cell stays whole on its page at that size."""

    ceiling: float = math.inf
    labels: LabelColumn | None = None
    cut: bool = False
    #: The measured figures as lines of text wherever the page would hold them as tiles: the poster's one
    #: design where another page of it has no room for tiles.
    figure_lines: bool = False


def lay_journey_page(
    mapped: Mapped,
    kit: BrandKit,
    setter: Setter,
    spec: PosterSpec,
    stretch: bool = True,
    reserve: float = 0.0,
    sizing: Sizing = Sizing(),
) -> tuple[Page, list[Overflow], float]:
    """A journey's page; ``stretch`` spreads spare height over the lanes (a companion page keeps
    its rows at the height they need, the matrices right under them); ``reserve`` is kept free at the
    foot of the page (for the notes, rather than a page of their own). ``mapped``: the journey and the rows
    added under its lanes."""
    laid = _journey_page(mapped, kit, setter, spec, sizing, _Asked(stretch, reserve))
    assert not isinstance(laid, float)
    return laid


def journey_page_size(mapped: Mapped, kit: BrandKit, setter: Setter, spec: PosterSpec, sizing: Sizing) -> float:
    """The body size ``lay_journey_page`` sets the page's text in (the arguments are its), found without
    drawing the rows: what a search over pages asks of most of the pages it tries."""
    size = _journey_page(mapped, kit, setter, spec, sizing, _Asked(size_only=True))
    assert isinstance(size, float)
    return size


@dataclass(frozen=True)
class _Asked:
    """What is asked of a journey page: drawn (``stretch`` and ``reserve`` as ``lay_journey_page`` takes
    them), or only its body size (``size_only``)."""

    stretch: bool = True
    reserve: float = 0.0
    size_only: bool = False


def _journey_page(
    mapped: Mapped,
    kit: BrandKit,
    setter: Setter,
    spec: PosterSpec,
    sizing: Sizing,
    asked: _Asked,
) -> tuple[Page, list[Overflow], float] | float:
    stretch, reserve, labels = asked.stretch, asked.reserve, sizing.labels
    journey = mapped.journey
    W, H = spec.width, spec.height
    u = min_text_size(W, H)
    margin = page_margin(W, H)
    page = Page(title=journey.name)
    page.rects.append(Rect(Box(0, 0, W, H), kit.palette.background, bleeds=True))
    top = page_header(page, journey, kit, setter, spec, u, margin) + u * 1.2
    bottom = content_bottom(W, H, u) - reserve
    left, right, gap = margin, W - margin, u * 0.35
    n = max(len(journey.phases), 1)
    label_w = label_width(right - left, u) if labels is None else labels.width
    ceiling = sizing.ceiling if labels is None else min(sizing.ceiling, labels.size)  # no text larger than labels
    col_w = (right - left - label_w - n * gap) / n
    col_x = [left + label_w + gap + i * (col_w + gap) for i in range(n)]

    cols = Columns(
        page,
        journey,
        kit,
        setter,
        u,
        label_w,
        col_x,
        col_w,
        spec.language,
        first=mapped.first,
        lane_channels=mapped.channels,
    )
    y = top + _phase_row(cols, top, left, labels.size if labels is not None else None) + gap

    rows, curve_lanes, line_room = _page_rows(mapped, u)
    has_curve = any(row.shows is None for row in rows)
    text_rows = [r.shows for r in rows if isinstance(r.shows, TextRow)]
    prompts = _prompt_rows(text_rows)
    as_lines: set[tuple[int, int]] = set()  # cells with cards measured as lines of text: (text row, phase)
    cut: set[tuple[int, int]] = set()  # cells measured as their first lines, the rest to continue: (text row, phase)

    needs = _row_needs(
        text_rows,
        prompts,
        cols,
        _PageRoom(setter, label_w, (col_w, gap), len(journey.phases), u, labels),
        (as_lines, cut),
    )

    notes = _score_notes(cols, curve_lanes, (bottom - y) * (2 * NOTES_SHARE if not text_rows else NOTES_SHARE))
    curve_h = curve_height(bottom - y, u, not text_rows, notes.height) if has_curve else 0.0
    gaps = sum(_gap_before(rows, i, gap) for i in range(1, len(rows))) + line_room  # and the blueprint's lines
    # a page whose rows keep the height they need (a companion page) gives its matrices what its text rows leave
    fixed = _matrices(
        rows,
        cols,
        right - left,
        _matrix_room(
            bottom - y,
            bool(text_rows) or has_curve,
            sum(needs(u)) if not stretch and text_rows and not has_curve else None,
            gaps,
        ),
    )
    avail = bottom - y - curve_h - gaps - sum(fixed.values())

    _cards_to_lines(text_rows, cols, (lambda: sum(needs(u)) <= avail, sizing.figure_lines), as_lines)
    size = _body_size(
        needs,
        (
            avail,
            u,
            max(
                u,
                min(
                    u * _growth(n, sizing, needs if _written(text_rows) else None, avail, u),
                    ceiling,
                    _unbroken_size(text_rows, setter, col_w),
                ),
            ),
        ),
        cut if sizing.cut else None,
        lambda size: _tallest_cell(cols, text_rows, prompts | {k for k, _ in as_lines}, size),
    )
    if asked.size_only:
        return float(size)
    # a full page: its labels set to fit their rows, rather than printed over the next row's
    labels, needs, wanted = _labels_held(
        text_rows,
        prompts,
        cols,
        (_PageRoom(setter, label_w, (col_w, gap), len(journey.phases), u, labels), (as_lines, cut)),
        (size, avail, needs),
    )
    # the lane labels' one size; the curve's values grow with the body past its usual growth
    cols.label_size, cols.chart_size = (
        _one_label_size(text_rows, setter, label_w - size, size, u) if labels is None else labels.size,
        chart_floor(size, u),
    )
    fixed, matrix_size, avail = _with_grown_matrices(rows, cols, right - left, size, avail, sum(wanted), fixed, stretch)
    # the room the other rows leave goes first to the lanes of cells that continue, before any is spread
    wanted = _cut_rows_grown(wanted, _uncut(needs, cut, size), avail) if cut else wanted
    heights, curve_h = _row_heights(
        wanted,
        avail,
        curve_h if has_curve else None,
        stretch,
        size,
        prompts,
        lambda: _label_floors(cols, text_rows, size),
        # the curve grows to what a readable chart needs at its values' size, no further: the rest to the text
        CURVE_MOST * (cols.chart_size or u) + notes.height,
    )
    overflows: list[Overflow] = []
    text_places = [i for i, r in enumerate(rows) if isinstance(r.shows, TextRow)]
    height_of = dict(zip(text_places, heights))
    for number, placed in enumerate(rows):
        y += _gap_before(rows, number, gap) - gap if number else 0.0
        if placed.lines:
            y = draw_lines(cols, list(placed.lines), Box(left, y, right - left, 0), number)
        row = placed.shows
        if isinstance(row, MatrixRow):
            h = fixed[number]
            draw_matrix_row(cols, row, Box(left, y, right - left, h), matrix_size)
            y += h + gap
            continue
        if row is None:
            overflows.extend(_curve_row(cols, curve_lanes, Box(left, y, right - left, curve_h), notes))
            y += curve_h + gap
            continue
        box = Box(left, y, right - left, height_of[number])
        place = text_places.index(number)
        if place in prompts and isinstance(row, Lane):
            _prompt_row(cols, row, number, size, box)
        else:
            overflows.extend(_lane_row(cols, row, number, size, box, (place, 0) not in as_lines))
        y += box.h + gap
    return page, overflows, size


def _page_rows(mapped: Mapped, u: float) -> tuple[list[_Row], list[Lane], float]:
    """The page's rows (text lanes, the rows added under them, and the emotion curve where the score row
    stands), the lanes the curve stands for (the score row, and a lane whose every word is a score on the
    curve), and the height the service blueprint's lines take, in room of their own between the rows (a
    line above a score row is drawn above the curve that stands in for it)."""
    journey = mapped.journey
    has_curve = any(journey.scores) and any(phase for phase in journey.scores)
    curve_lanes = [lane for lane in journey.lanes if has_curve and journey.on_the_curve(lane)]
    shows: list[Lane | MapRow] = [*journey.lanes, *mapped.added]
    lines = lines_above(journey.boundaries, len(shows))
    line_room = u * LINE_ROOM * sum(len(found) for found in lines)
    return _rows(shows, lines, has_curve, curve_lanes), curve_lanes, line_room


def _row_heights(
    wanted: list[float],
    avail: float,
    curve_h: float | None,
    stretch: bool,
    size: float,
    low: frozenset[int] = frozenset(),
    floors: Callable[[], list[float]] | None = None,
    readable: float = math.inf,
) -> tuple[list[float], float]:
    """The text rows' heights in ``avail`` and the curve's (``curve_h`` when it needs that, None without a
    curve): a companion page's rows as they need (``stretch`` off), else the spare height spread; where a
    curve stands, it gets its fair share at least and the text lanes what they need and a margin. The rows
    in ``low`` (empty lanes, a prompt each) keep the height they need: the rest goes to rows with content.
    Rows squeezed below their needs keep the height of their labels (``floors``) where the others have it.
    ``readable``: the most the curve grows to past its need (a readable chart and the notes over it)."""
    if low:
        grown = [i for i in range(len(wanted)) if i not in low]
        rest = avail - sum(wanted[i] for i in low)
        every = floors
        kept = None if every is None else (lambda: [every()[i] for i in grown])
        heights, curve = _row_heights(
            [wanted[i] for i in grown], rest, curve_h, stretch, size, floors=kept, readable=readable
        )
        result = list(wanted)
        for i, h in zip(grown, heights, strict=True):
            result[i] = h
        return result, curve
    if not stretch and sum(wanted) <= avail:
        return wanted, curve_h or 0.0
    if curve_h is not None and wanted and sum(wanted) <= avail:
        return share_with_curve(wanted, curve_h, avail + curve_h, size * LEADING, readable)
    squeezed = share(wanted, max(avail, 0.0))
    return (squeezed if floors is None else at_least(squeezed, floors())), curve_h or 0.0


def _prompt_rows(rows: list[TextRow]) -> frozenset[int]:
    """The text rows (by place) drawn as a low band with their workshop prompt: lanes with nothing in any
    phase of the page, when some other row has content (a blank canvas keeps its lanes as room to write
    in). A row is never called empty while it holds a word."""
    empty = frozenset(number for number, row in enumerate(rows) if isinstance(row, Lane) and not any(row.cells))
    return empty if len(empty) < len(rows) else frozenset()


def _prompt_text(cols: Columns, lane: Lane) -> str:
    """What an empty lane says across its band: its question, still to be filled in, as the deck's phase
    slides ask it ("Quelles opportunités ? — à compléter pendant la séance")."""
    customer = team_customer([cols.journey], cols.language)  # the team's word: "de patiënt"
    return to_fill(prompt_question(lane, cols.language, customer), cols.language)


def _prompt_box(cols: Columns, lane: TextRow, size: float) -> tuple[float, float]:
    """The left and width of an empty lane's prompt: across every phase column, after the bar of a pain
    or opportunity lane."""
    bar = size * 0.35 if _special(lane, cols.journey) is not None else 0.0
    left = cols.col_x[0] + size * 0.5 + bar
    return left, cols.col_x[-1] + cols.col_w - size * 0.5 - left


def _prompt_need(cols: Columns, lane: TextRow, size: float, label_size: float) -> float:
    """The height of an empty lane's band: its label's, or its prompt's across the phases, and padding."""
    assert isinstance(lane, Lane)
    pad = size * 0.5
    label = cols.setter.paragraph(lane_heading(lane), cols.label_w - 2 * pad, "heading", label_size, "", False)
    prompt = cols.setter.paragraph(_prompt_text(cols, lane), _prompt_box(cols, lane, size)[1], "body", size, "", False)
    return max(Setter.height([label], label_size), Setter.height([prompt], size)) + 2 * pad


def _prompt_row(cols: Columns, lane: Lane, number: int, size: float, row: Box) -> None:
    """An empty lane as a low band: its label, and one band across the phases with its workshop question
    in a lighter ink (what is still to be filled in, not the client's words)."""
    page, kit, setter = cols.page, cols.kit, cols.setter
    pad = size * 0.5
    muted = kit.palette.muted
    page.rects.append(Rect(Box(row.x, row.y, cols.label_w, row.h), muted))
    lsize = cols.label_size or size
    label = setter.paragraph(lane_heading(lane), cols.label_w - 2 * pad, "heading", lsize, str(lane.source), False)
    inner = Box(row.x + pad, row.y + pad, cols.label_w - 2 * pad, row.h - 2 * pad)
    block, _ = setter.place([label], inner, "heading", lsize, readable_on(muted, kit.palette.text), False)
    block.tag, block.order = "H3", (1, 0, number, 0)
    page.blocks.append(block)
    kind = _special(lane, cols.journey)
    special = None if kind is None else {LaneKind.PAIN_POINTS: kit.palette.pain}.get(kind, kit.palette.opportunity)
    x0, x1 = cols.col_x[0], cols.col_x[-1] + cols.col_w
    tint = (special or cols.phase_colour(0)).mix(WHITE, 0.9 if special else 0.93)
    page.rects.append(Rect(Box(x0, row.y, x1 - x0, row.h), tint))
    if special is not None:
        page.rects.append(Rect(Box(x0, row.y, size * 0.18, row.h), special))
    left, width = _prompt_box(cols, lane, size)
    prompt = setter.paragraph(_prompt_text(cols, lane), width, "body", size, str(lane.source), False)
    ink = readable_on(tint, kit.palette.text).mix(WHITE, 0.4)
    block, _ = setter.place([prompt], Box(left, row.y + pad, width, row.h - 2 * pad), "body", size, ink, False)
    block.order = (1, 0, number, 1)
    page.blocks.append(block)


def _cards_to_lines(
    lanes: list[TextRow], cols: Columns, fits_or_lines: tuple[Callable[[], bool], bool], as_lines: set[tuple[int, int]]
) -> None:
    """Figures and touchpoints as cards where the page holds them, one style per row: the row with the
    tallest stack has all its cells added to ``as_lines`` (set as lines of text, which take less room),
    then the next, until ``fits``; the measured figures as lines anyway where the poster asks for lines
    (``Sizing.figure_lines``: another page has no room for their tiles)."""
    fits, figure_lines = fits_or_lines
    u = cols.u
    if figure_lines:
        phases = range(len(cols.journey.phases))
        as_lines.update((k, i) for k, lane in enumerate(lanes) if isinstance(lane, FigureRow) for i in phases)
    tallest: dict[int, float] = {}
    for number, lane in enumerate(lanes):
        for i in range(len(cols.journey.phases)):
            if (stack := cell_cards(lane, i)) is not None:
                h = stack_height(stack, cols.setter, cols.col_w - u, u)
                tallest[number] = max(tallest.get(number, 0.0), h)
    for number in sorted(tallest, key=lambda k: tallest[k], reverse=True):
        if fits():
            return
        as_lines.update((number, i) for i in range(len(cols.journey.phases)))


def _group_band(cols: Columns, top: float, size: float) -> float:
    """The journey's phase groups as a band over the phase names, each name over its phases; its height
    (none without groups)."""
    journey, kit, setter, u = cols.journey, cols.kit, cols.setter, cols.u
    if not journey.phase_groups:
        return 0.0
    pad, gap = u * 0.5, cols.col_x[1] - cols.col_x[0] - cols.col_w if len(cols.col_x) > 1 else 0.0
    spans = [(g, cols.col_x[g.first], cols.col_x[g.last] + cols.col_w) for g in journey.phase_groups]
    paras = [
        setter.paragraph(group_heading(g), x1 - x0 - 2 * pad, "heading", size, str(g.name.source), False)
        for g, x0, x1 in spans
    ]
    band_h = max(Setter.height([p], size) for p in paras) + 2 * pad
    for (group, x0, x1), para in zip(spans, paras, strict=True):
        fill = kit.palette.secondary
        cols.page.rects.append(Rect(Box(x0, top, x1 - x0, band_h), fill))
        box = Box(x0 + pad, top + pad, x1 - x0 - 2 * pad, band_h - 2 * pad)
        block, _ = setter.place([para], box, "heading", size, readable_on(fill, kit.palette.text, large=True), False)
        block.tag, block.order = "H2", (1, group.first, -2)
        cols.page.blocks.append(block)
    return band_h + gap


def _phase_row(cols: Columns, top: float, left: float, body: float | None) -> float:
    """The phase row: names in the phase colours (a stage list's id small at the right of its name), the
    sheet's phase header in the corner, the phase groups in a band over the names; its height. ``body``:
    the poster's body size, when it is known (the names grow with it on a roomy map)."""
    journey, kit, setter, u = cols.journey, cols.kit, cols.setter, cols.u
    label_w, col_x, col_w, page = cols.label_w, cols.col_x, cols.col_w, cols.page
    ink, pad = kit.palette.text, u * 0.5
    ids = [_stage_id_room(p, setter, u) for p in journey.phases]
    largest = _phase_size(u, body)
    # with the poster's label size known, the names take the poster's one phase size on every page, a word too
    # long for its column hyphenated at a syllable (as a cell's is); smaller only where a word's syllables do
    # not fit either. Shrunk to their own page's longest word, they were smaller than the text under them and
    # another size on each page of a journey split over pages.
    psize = min(
        [
            _name_size(phase_heading(p), setter, col_w - 2 * pad - room, largest, u, body is not None)
            for p, room in zip(journey.phases, ids)
        ]
        + [largest]
    )
    names = [_phase_heading(p, setter, col_w - 2 * pad - room, psize) for p, room in zip(journey.phases, ids)]
    band = _group_band(cols, top, psize)
    top += band
    corner_text = corner_heading(journey)
    if corner_text and not is_a_word_for_phase(corner_text) and is_field_name(corner_text):
        corner_text = WORDS[cols.language]["phase"]  # a tool's column key ("stage_id") is no label for a client
    # the phase row's label is a label of the label column: at the poster's one label size (shrunk only where
    # a word of it would break, the same on every page), not at the page's phase names' size
    csize = psize if body is None else _label_size(corner_text, setter, label_w - 2 * pad, body, u)
    corner = setter.paragraph(corner_text, label_w - 2 * pad, "heading", csize, "phase label", False)
    row_h = max([Setter.height(p, psize) for p in names] + [Setter.height([corner], csize), psize * LEADING]) + 2 * pad
    page.rects.append(Rect(Box(left, top, label_w, row_h), kit.palette.primary))
    if corner_text:
        box = Box(left + pad, top + pad, label_w - 2 * pad, row_h - 2 * pad)
        on_band = readable_on(kit.palette.primary, ink)
        block = setter.place([corner], box, "heading", csize, on_band, False)[0]
        block.order = (1, -1)
        page.blocks.append(block)
    for i, para in enumerate(names):
        colour = cols.phase_colour(i)
        page.rects.append(Rect(Box(col_x[i], top, col_w, row_h), colour))
        box = Box(col_x[i] + pad, top + pad, col_w - 2 * pad, row_h - 2 * pad)
        block, _ = setter.place(para, box, "heading", psize, heading_ink(colour, ink), False)
        block.tag, block.order = "H2", (1, i, -1)
        page.blocks.append(block)
        _stage_id(cols, journey.phases[i], box, psize, heading_ink(colour, ink), (1, i, -1, 1))
    return band + row_h


def _written(rows: list[TextRow]) -> bool:
    """Whether any of the rows holds a word (a blank canvas's lanes hold none)."""
    return any(any(row.cells) for row in rows if isinstance(row, Lane))


def _growth(phases: int, sizing: Sizing, needs: Callable[[float], list[float]] | None, avail: float, u: float) -> float:
    """How far over the minimum a page's body may grow: ``ROOMY_GROWTH`` on a one-page map (no other page of
    its journey shares its size) that is small, or whose text rows at ``MAX_GROWTH`` would take no more than
    ``ROOMY_SHARE`` of their room (a tall sheet's rows stretched three times over their text, F27), else
    ``MAX_GROWTH``. ``needs``: None for a page with no words written (a blank canvas's room to write in).
    """
    if sizing.ceiling != math.inf:
        return MAX_GROWTH
    if phases <= SMALL_MAP_PHASES or (needs is not None and sum(needs(u * MAX_GROWTH)) <= ROOMY_SHARE * avail):
        return ROOMY_GROWTH
    return MAX_GROWTH


def _phase_size(u: float, body: float | None) -> float:
    """The phase names' largest size: ``PHASE_GROWTH`` over the minimum ``u``, grown by the share the poster's
    ``body`` size (its lane labels') grows beyond ``MAX_GROWTH`` on a roomy map, and never below that size:
    a heading row set smaller than the cells under it reads weaker than they do."""
    grown = body / (u * MAX_GROWTH) if body is not None else 1.0
    return max(u * PHASE_GROWTH * max(1.0, grown), body or 0.0)


def _stage_id(cols: Columns, phase: Phase, box: Box, size: float, colour: Colour, order: tuple[int, ...]) -> None:
    """A stage list's id of the phase (if it has one) at the right of its name's box, on the first baseline of
    the name (set at ``size``), at the paper's least size."""
    if not phase.stage_id:
        return
    setter, u, source = cols.setter, cols.u, str(phase.source)
    baseline = box.y + size * LEADING * setter.fonts.baseline_share("heading")
    x = box.x + box.w - setter.width(phase.stage_id, "body", u)
    line = setter.line(phase.stage_id, x, baseline, "body", u, colour, source)
    cols.page.blocks.append(TextBlock(Box(x, box.y, box.x + box.w - x, size * LEADING), [line], source, order=order))


def _stage_id_room(phase: Phase, setter: Setter, u: float) -> float:
    """The width a phase's stage id takes at the right of its name (at the paper's least size) and the space
    before it; none without one."""
    return setter.width(phase.stage_id, "body", u) + u * 0.5 if phase.stage_id else 0.0


def _rows(
    shows: list[Lane | MapRow], above: list[list[Boundary]], has_curve: bool, curve_lanes: Sequence[Lane] = ()
) -> list[_Row]:
    """The page's rows in order (``shows``: its lanes, then the rows added under them), and the emotion
    curve (None) where the score row stands; each with the lines drawn above it (``above``, by place).

    A line above a score row the curve stands in for is drawn above the curve; one above a further score
    row (drawn in the same curve) moves down to the next row drawn, or stays with the curve when none
    follows: every line kept its room, and a line the sheet labelled in its own words is drawn with them."""
    rows: list[_Row] = []
    curve: int | None = None  # the curve's place in ``rows``
    waiting: tuple[Boundary, ...] = ()  # the lines above a score row that is not drawn as a row
    for place, row in enumerate(shows):
        lines = waiting + tuple(above[place])
        score = isinstance(row, Lane) and (row.kind == SCORE_LANE or any(row is lane for lane in curve_lanes))
        if score and has_curve:
            # with a curve, a score row's words that are no score are written in the curve's row
            if curve is None:
                curve = len(rows)
                rows.append(_Row(None, lines))
                waiting = ()
            else:
                waiting = lines
            continue
        # a score row without scores (a blank template) still shows its label
        rows.append(_Row(row, lines))
        waiting = ()
    if has_curve and curve is None:
        rows.append(_Row(None))
    elif waiting and curve is not None:
        rows[curve] = replace(rows[curve], lines=rows[curve].lines + waiting)
    return rows


def _matrices(rows: list[_Row], cols: Columns, width: float, room: float) -> dict[int, float]:
    """The heights of the matrix rows and persona cards by their place in ``rows``, which never take more
    than ``room``: cards shrink to name and role, then rows go, last first (every word of them is in the
    appendix too)."""
    setter, label_w, u = cols.setter, cols.label_w, cols.u
    fixed = {
        i: matrix_row_height(r.shows, setter, label_w, width, u)
        for i, r in enumerate(rows)
        if isinstance(r.shows, MatrixRow)
    }
    # ``room`` is below zero when the header and phase row fill the page: then every matrix row goes.
    while sum(fixed.values()) > room:
        place = next((i for i, r in enumerate(rows) if isinstance(r.shows, PersonaPanel)), None)
        panel = rows[place].shows if place is not None else None
        if place is not None and isinstance(panel, PersonaPanel) and not panel.shortened:
            compact = panel.names_and_roles()
            rows[place] = replace(rows[place], shows=compact)
            fixed[place] = matrix_row_height(compact, setter, label_w, width, u)
            continue
        last = next((i for i in reversed(range(len(rows))) if isinstance(rows[i].shows, MatrixRow)), None)
        if last is None:
            break
        del rows[last]
        fixed = {(i if i < last else i - 1): h for i, h in fixed.items() if i != last}
    return fixed


def _matrix_room(room: float, lanes: bool, least: float | None, between: float) -> float:
    """The most of a page's ``room`` its matrices and persona cards take: half where it has ``lanes`` (text
    rows or a curve; they keep the rest), all of it on a page of matrices only; on a page whose rows keep the
    height they need (a companion page: its touchpoint row, text kept at its foot), all that its text rows
    leave at their ``least`` height (half cut its persona cards to names while room stood free).
    ``between``: the gaps and blueprint lines between the rows."""
    share = room * (0.5 if lanes else 1.0)
    return share if least is None else max(share, room - between - least)


#: The most of a stretched page's spare height its matrices and persona cards grow into: the lanes and the
#: curve keep the rest.
GROWTH_SHARE = 0.5


def _with_grown_matrices(
    rows: list[_Row],
    cols: Columns,
    width: float,
    size: float,
    avail: float,
    wanted: float,
    fixed: dict[int, float],
    stretch: bool,
) -> tuple[dict[int, float], float, float]:
    """The matrix rows' heights and text size, and the height left to the text rows (``avail`` of which they
    want ``wanted`` at ``size``): on a page with room its matrices and persona cards grow towards the lanes'
    size (a persona card at the minimum size under lanes half as large again stood mostly empty inside), into
    all the spare on a companion page (its rows at the height they need), into ``GROWTH_SHARE`` of it on a
    stretched page; at the minimum size, as ``fixed``, where the lanes have no room to spare."""
    spare = avail - wanted
    if spare < 0 or not fixed:
        return fixed, cols.u, avail
    was = sum(fixed.values())
    grown, matrix_size = _grown_matrices(
        rows, cols, width, (size, was + spare * (GROWTH_SHARE if stretch else 1.0), was + spare), fixed
    )
    return grown, matrix_size, avail - (sum(grown.values()) - was)


def _grown_matrices(
    rows: list[_Row], cols: Columns, width: float, grow: tuple[float, float, float], fixed: dict[int, float]
) -> tuple[dict[int, float], float]:
    """The matrix rows' heights and text size on a page with room: the largest size from the lanes' size
    (``grow``: that size, the room the matrix rows may take, and the most they can, all the lanes' spare)
    down to the chart floor (``chart_floor``: the key of a map at 36 pt no smaller than its curve's values)
    in fifths at which they fit the room; at the floor in the most room, where the lanes spare that; else
    the largest size down to the minimum that fits; ``fixed`` (at the minimum) when none does."""
    size, room, most = grow
    u = cols.u
    floor = chart_floor(size, u)

    def heights(candidate: float) -> dict[int, float]:
        return {
            i: matrix_row_height(r.shows, cols.setter, cols.label_w, width, candidate)
            for i, r in enumerate(rows)
            if isinstance(r.shows, MatrixRow)
        }

    for candidate in (size - (size - floor) * step / 5 for step in range(6)):
        grown = heights(candidate)
        if sum(grown.values()) <= room:
            return grown, candidate
    if sum((grown := heights(floor)).values()) <= most:
        return grown, floor
    for candidate in (floor - (floor - u) * step / 5 for step in range(1, 5)):
        grown = heights(candidate)
        if sum(grown.values()) <= room:
            return grown, candidate
    return fixed, u


def chart_floor(size: float, u: float) -> float:
    """The least size of a page's charts and keys (the curve's values, the channel key): the body's size
    over its growth, never below the paper's minimum: they grow with a roomy map's body, one step under it."""
    return max(u, size / MAX_GROWTH)


def _gap_before(rows: list[_Row], index: int, gap: float) -> float:
    """The space above a row: the rows of one matrix sit close together."""
    row, above = rows[index].shows, rows[index - 1].shows
    close = isinstance(row, MatrixRow) and isinstance(above, MatrixRow)
    return gap * 0.25 if close and not isinstance(row, MatrixHead) else gap


def words_unbroken(mapped: Mapped, setter: Setter, spec: PosterSpec, label_w: float) -> bool:
    """Whether a page of ``mapped``'s phases, beside a label column ``label_w`` wide, has phase columns of
    at least ``NARROWEST`` minimum-size units that hold every word of its lanes unbroken at the minimum size."""
    u = min_text_size(spec.width, spec.height)
    margin = page_margin(spec.width, spec.height)
    n = max(len(mapped.journey.phases), 1)
    col_w = (spec.width - 2 * margin - label_w - n * u * 0.35) / n
    rows: list[TextRow] = [r for r in [*mapped.journey.lanes, *mapped.added] if isinstance(r, TextRow)]
    return col_w >= NARROWEST * u and _unbroken_size(rows, setter, col_w, SHARED_PAGE_WORD) >= u


def _unbroken_size(lanes: list[TextRow], setter: Setter, col_w: float, long_word: int = LONG_WORD) -> float:
    """The largest size at which every word fits its cell unbroken, a word of ``long_word`` characters or
    more hyphenated at most once (sizes scale widths linearly)."""
    # Room per unit size: padding (2 x 0.5), a bar (0.35) and the row's own indent (an icon's, a figure's
    # bar, a bullet's): a lane of bullets measured with a figure's wide indent split a long canvas over
    # more pages than its words need.
    per_size = 0.0
    for lane in lanes:
        indent = _indent(lane, 1.0) or setter.bullet_indent(1.0)  # the lane's: asked once, not for every word
        # the lane's widest word, its room added once (rounding keeps the order: the same as word by word)
        pieces = [setter.widest_piece_of(item.text, "body", long_word) for cell in lane.cells for item in cell]
        widest = max((piece for piece in pieces if piece is not None), default=None)
        if widest is not None:
            per_size = max(per_size, widest + 1.0 + 0.35 + indent)
    return col_w / per_size if per_size else float("inf")


def _best_size(needs: Callable[[float], list[float]], avail: float, low: float, high: float) -> float:
    """The largest size in [low, high] whose lanes fit the height; ``low`` if none does."""
    return largest_fitting(lambda size: sum(needs(size)) <= avail, low, high, 0.05)


def _cell_paragraphs(lane: TextRow, index: int, setter: Setter, size: float, width: float) -> list[Paragraph]:
    indent = _indent(lane, size)  # room for a channel icon or a figure's bar
    return [setter.paragraph(i.text, width, "body", size, str(i.source), True, indent) for i in lane.cells[index]]


def _cell_height(lane: TextRow, index: int, setter: Setter, size: float, width: float) -> float:
    """``Setter.height`` of ``_cell_paragraphs``, from the items' line counts (``Setter.line_count``, the same
    number ``wrap`` makes): the size searches measure every cell at each size tried and set the lines of one."""
    items = lane.cells[index]
    if not items:
        return 0.0
    indent = _indent(lane, size)
    wraps_in = width - (setter.bullet_indent(size) if indent is None else indent)
    lines = sum(setter.line_count(i.text, wraps_in, "body", size) for i in items)
    return lines * size * LEADING + (len(items) - 1) * size * ITEM_GAP


def _indent(lane: TextRow, size: float) -> float | None:
    """The indent of a row's items: a figure's bar, an icon's width where the row marks its items with
    icons (``_uses_icons``), else a bullet's, as every other lane: a touchpoint lane naming no channel is
    flush with the lanes above and below it, not indented by an icon it does not draw."""
    if isinstance(lane, FigureRow):
        return size * GAUGE_INDENT
    return size * ICON_INDENT if _uses_icons(lane) else None


def _one_label_size(lanes: list[TextRow], setter: Setter, width: float, size: float, floor: float) -> float:
    """One size for every lane label of a page: the smallest any label needs not to break a word."""
    return min((_label_size(lane_heading(lane), setter, width, size, min(size, floor)) for lane in lanes), default=size)


def label_need(parts: Sequence[Mapped], setter: Setter, size: float) -> float:
    """The width the lane-label column needs on every page of ``parts``: each lane label's longest word
    unbroken at ``size`` (the labels' one size, never below the body text's, so also room for the padding),
    and each compact row's label (a channel, a buying-group member) on at most three lines at that size (the
    largest a companion page grows them to)."""
    need = 0.0
    for part in parts:
        for row in [*part.journey.lanes, *part.added]:
            if isinstance(row, Lane | TouchpointRow | FigureRow):
                words = lane_heading(row).split()
                widest = max((setter.width(word, "heading", size) for word in words), default=0.0)
                # its padding, and a point to spare: a word exactly as wide as the room broke by a rounding
                need = max(need, widest + size + 1.0)
            elif isinstance(row, ChannelRow | RoleRow):
                indent = size * ICON_INDENT if isinstance(row, ChannelRow) and row.icon else 0.0
                need = max(need, _within_lines(row.label, setter, size, 3) + 2 * size * MATRIX_PAD + indent)
    return need


def _within_lines(text: str, setter: Setter, size: float, lines: int) -> float:
    """The narrowest width that holds ``text`` on at most ``lines`` lines, broken at spaces (to a tenth
    of a point)."""
    words = text.split()
    low = max((setter.width(word, "heading", size) for word in words), default=0.0)
    high = setter.width(" ".join(words), "heading", size) + 0.1
    while high - low > 0.1:
        middle = (low + high) / 2
        if len(setter.wrap(text, middle, "heading", size)) <= lines:
            high = middle
        else:
            low = middle
    return high


def _label_size(text: str, setter: Setter, width: float, size: float, floor: float) -> float:
    """Lane labels shrink (not below the minimum) rather than break a word: "Contactmomenten"."""
    longest = max((setter.width(word, "heading", 1.0) for word in text.split()), default=0.0)
    if longest * size <= width:
        return size
    return max(floor, width / longest if longest else size)


def _name_size(text: str, setter: Setter, width: float, size: float, floor: float, syllables: bool) -> float:
    """A phase name's size: ``size`` where each word fits its line whole or, with ``syllables``, hyphenated
    once at a syllable; else as much smaller as that needs, not below ``floor``."""
    pieces = [setter.widest_piece(word, "heading", NAME_WORD) for word in text.split()] if syllables else []
    longest = max(pieces or [setter.width(word, "heading", 1.0) for word in text.split()], default=0.0)
    if longest * size <= width:
        return size
    return max(floor, width / longest if longest else size)


#: A phase name's word of this many characters or more may be hyphenated once rather than set smaller.
NAME_WORD = 7


def _phase_heading(phase: Phase, setter: Setter, width: float, size: float) -> list[Paragraph]:
    """The phase's name, and its step names under it when the sheet gives them."""
    paras = [setter.paragraph(phase_heading(phase), width, "heading", size, str(phase.source), False)]
    if phase.step_names:
        paras.append(
            setter.paragraph(steps_heading(phase), width, "heading", size, str(phase.step_names[0].source), False)
        )
    return paras


def _special(lane: TextRow, journey: Journey) -> LaneKind | None:
    """The kind of a lane drawn with a bar in its colour (pain points, opportunities; a lane of no role shown as
    one, ``Journey.shown_as``, as the deck's pains slide shows it); None for others."""
    if isinstance(lane, Lane) and lane.kind in (LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES):
        return lane.kind
    return journey.shown_as(lane) if isinstance(lane, Lane) else None


def _text_width(lane: TextRow, journey: Journey, col_w: float, size: float) -> float:
    bar = size * 0.35 if _special(lane, journey) is not None else 0.0
    return col_w - 2 * size * 0.5 - bar


@dataclass(frozen=True)
class _PageRoom:
    """What a page's rows are measured in, whatever the size: the setter, the label column's width, a phase
    column's width and the gap between two, the number of phases, the least size, and the labels' column
    where the page shares one (None: its own)."""

    setter: Setter
    label_w: float
    columns: tuple[float, float]
    phases: int
    least: float
    labels: LabelColumn | None


def _row_needs(
    text_rows: list[TextRow],
    prompts: AbstractSet[int],
    cols: Columns,
    room: _PageRoom,
    measured: tuple[AbstractSet[tuple[int, int]], AbstractSet[tuple[int, int]]],
) -> Callable[[float], list[float]]:
    """The heights a page's text rows need at a size, the page's cells ``measured`` as lines of text and as
    cut (sets of (text row, phase) the page's search fills in as it goes, ``_Measured`` by row). A row's
    need is remembered by row, size and its own cells measured so: the size searches measure every row at
    each size tried, and the search with a cell cut again with only that cell's row changed."""
    known: dict[tuple[int, float, frozenset[int], frozenset[int]], float] = {}
    setter, labels = room.setter, room.labels

    def lane_need(number: int, lane: TextRow, size: float) -> float:
        as_lines = frozenset(i for k, i in measured[0] if k == number)
        cut = frozenset(i for k, i in measured[1] if k == number)
        key = (number, size, as_lines, cut)
        need = known.get(key)
        if need is None:
            need = known[key] = _lane_need(
                lane,
                size,
                room=room,
                label_size=_label_size(lane_heading(lane), setter, room.label_w - size, size, min(size, room.least))
                if labels is None
                else labels.size,
                measured=_Measured(as_lines, cut),
                journey=cols.journey,
            )
        return need

    def needs(size: float) -> list[float]:
        return [
            _prompt_need(cols, lane, size, labels.size if labels is not None else size)
            if number in prompts
            else lane_need(number, lane, size)
            for number, lane in enumerate(text_rows)
        ]

    return needs


def _labels_held(
    text_rows: list[TextRow],
    prompts: AbstractSet[int],
    cols: Columns,
    measure: tuple[_PageRoom, tuple[AbstractSet[tuple[int, int]], AbstractSet[tuple[int, int]]]],
    chosen: tuple[float, float, Callable[[float], list[float]]],
) -> tuple[LabelColumn | None, Callable[[float], list[float]], list[float]]:
    """The page's label column, the rows' needs with it and those needs at the body size (``chosen``: the
    size, the rows' height and their needs with the poster's labels). Where the rows do not fit with the
    poster's label size (a full page, its rows to be squeezed) but do with smaller labels, its labels at the
    largest size between the body size and the poster's at which they do, so that every row holds its
    label: a team's long question wrapped to three lines beside one-line cells. Where they do not fit even
    so (a long cell, continued), the labels are not what overfills the page: the poster's, as they are."""
    room, measured = measure
    size, avail, needs = chosen
    column = room.labels
    wanted = needs(size)
    if column is None or sum(wanted) <= avail:
        return column, needs, wanted

    def needs_with(label_size: float) -> Callable[[float], list[float]]:
        return _row_needs(text_rows, prompts, cols, replace(room, labels=replace(column, size=label_size)), measured)

    def fits(label_size: float) -> bool:
        return sum(needs_with(label_size)(size)) <= avail

    least = min(size, column.size)
    if not fits(least):  # its cells do not fit either (a long cell, cut): the labels are not what overfills it
        return column, needs, wanted
    fitted = replace(column, size=largest_fitting(fits, least, column.size, 0.05))
    needs = needs_with(fitted.size)
    return fitted, needs, needs(size)


def _label_floors(cols: Columns, rows: list[TextRow], size: float) -> list[float]:
    """The height each row's label takes as ``_lane_row`` and ``_prompt_row`` set it, with the rows'
    padding (at the body ``size``)."""
    lsize = cols.label_size or size
    floors = []
    for row in rows:
        label = cols.setter.paragraph(lane_heading(row), cols.label_w - size, "heading", lsize, "", False)
        floors.append(Setter.height([label], lsize) + size)
    return floors


class _Measured(NamedTuple):
    """How a row's cells are measured: by phase, those with cards as lines of text (``as_lines``), and
    those cut to their first lines and the pointer to the rest, which continues on a later page (``cut``)."""

    as_lines: AbstractSet[int]
    cut: AbstractSet[int]


def _lane_need(
    lane: TextRow,
    size: float,
    *,
    room: _PageRoom,
    label_size: float,
    measured: _Measured,
    journey: Journey,
) -> float:
    """The height a row of ``journey`` needs at ``size``; ``room``: its setter, the label column's width, a
    phase column's width and the space between two (a cell merged over phases is set across them) and the
    number of phases; ``label_size``: its label's; ``measured``: which cells are measured as lines of text
    though they hold cards, and which as cut to their first lines."""
    pad = size * 0.5
    setter, label_w, phases = room.setter, room.label_w, room.phases
    col_w, gap = room.columns
    label = setter.paragraph(lane_heading(lane), label_w - 2 * pad, "heading", label_size, "", False)
    cells = []
    for i, last in _runs(lane, phases):
        stack = None if i in measured.as_lines else cell_cards(lane, i)
        if stack is not None:
            cells.append(stack_height(stack, setter, col_w - 2 * pad, size))
        else:
            width = _text_width(lane, journey, _span(col_w, gap, i, last), size)
            height = _cell_height(lane, i, setter, size, width)
            # a cell that continues: its first lines and the pointer to the rest
            cut = i in measured.cut
            cells.append(min(height, size * (LEADING * _LEAST_LINES_KEPT + _POINTER_ROOM) + 0.01) if cut else height)
    return max([Setter.height([label], label_size), *cells]) + 2 * pad


#: The least gain in body size, as a share of it, for which a page whose rows do not fit at the least size has
#: its tallest cell continued on a later page rather than its other cells.
_CUT_GAIN = 0.05


def _tallest_cell(cols: Columns, rows: list[TextRow], passed: AbstractSet[int], size: float) -> tuple[int, int] | None:
    """The page's tallest cell of a team's lane set as lines of text at ``size`` (text row, phase): the one
    a page continues rather than shrink for it; None when it has none (``passed``: the rows of prompts, and
    of cards measured as lines, are not cut)."""
    gap = cols.col_x[1] - cols.col_x[0] - cols.col_w if len(cols.col_x) > 1 else 0.0
    found = [
        (_cell_height(row, first, cols.setter, size, width), (number, first))
        for number, row in enumerate(rows)
        if number not in passed and isinstance(row, Lane)
        for first, last in _runs(row, len(row.cells))
        if row.cells[first] and cell_cards(row, first) is None
        for width in [_text_width(row, cols.journey, _span(cols.col_w, gap, first, last), size)]
    ]
    return max(found)[1] if found else None


def _body_size(
    needs: Callable[[float], list[float]],
    room: tuple[float, float, float],
    cut: set[tuple[int, int]] | None,
    tallest: Callable[[float], tuple[int, int] | None],
) -> float:
    """The largest body size whose rows fit (``room``: their height, and the least and largest size). Where
    ``cut`` is given and the rows do not fit even at the least size, the ``tallest`` cell continues
    (``_size_with_cut``): every cell whole on its page at a smaller size, never below the least, is better
    than a client's sentence broken over two printed sheets at a larger one."""
    avail, low, high = room
    size = _best_size(needs, avail, low, high)
    if cut is None or size >= high - 0.05 or sum(needs(size)) <= avail:
        return size
    return _size_with_cut(needs, room, size, tallest(size), cut)


def _size_with_cut(
    needs: Callable[[float], list[float]],
    room: tuple[float, float, float],
    size: float,
    tallest: tuple[int, int] | None,
    cut: set[tuple[int, int]],
) -> float:
    """The page's body size with its ``tallest`` cell continued (added to ``cut``, the cells ``needs``
    measures as their first lines) where that sets the page at least ``_CUT_GAIN`` larger than ``size``;
    else ``size``, no cell cut. ``room``: the height for the rows, and the least and largest size."""
    if tallest is None:
        return size
    avail, low, high = room
    cut.add(tallest)
    larger = _best_size(needs, avail, low, high)
    if larger > size * (1 + _CUT_GAIN):
        return larger
    cut.clear()
    return size


def _uncut(needs: Callable[[float], list[float]], cut: set[tuple[int, int]], size: float) -> list[float]:
    """The rows' needs at ``size`` with no cell cut: a cut cell's lane measured with all its words."""
    was = set(cut)
    cut.clear()
    try:
        return needs(size)
    finally:
        cut.update(was)


def _cut_rows_grown(wanted: list[float], whole: list[float], avail: float) -> list[float]:
    """The rows' heights to ask for with the room ``avail`` leaves over their needs (``wanted``) given
    first to the rows whose needs are less than all their words take (``whole``: a cut cell's lane), in
    their order, each up to what it takes: a continued cell keeps on its page all the lines the page has
    room for, rather than that room be spread over lanes that need none of it."""
    spare = avail - sum(wanted)
    grown = list(wanted)
    for index, (need, full) in enumerate(zip(wanted, whole, strict=True)):
        extra = min(max(full - need, 0.0), max(spare, 0.0))
        grown[index] += extra
        spare -= extra
    return grown


def _runs(row: TextRow, phases: int) -> list[tuple[int, int]]:
    """A row's cells as runs of phases (first, last): a lane's cell merged over neighbouring phases is one
    run, drawn once across them (on each page a split journey puts part of it on); any other cell its own."""
    return row.runs() if isinstance(row, Lane) else [(i, i) for i in range(phases)]


def _span(col_w: float, gap: float, first: int, last: int) -> float:
    """The width of the phase columns ``first`` to ``last`` and the gaps between them."""
    count = last - first + 1
    return col_w * count + gap * (count - 1)


def _lane_row(cols: Columns, lane: TextRow, number: int, size: float, row: Box, as_cards: bool) -> list[Overflow]:
    """A lane across the phases. Read aloud phase by phase: the lane's name with the first phase,
    then each phase's items (``number`` is the row's place on the page); a cell merged over neighbouring
    phases once, across their columns. One style per row: its cells are cards (``as_cards``, and every
    stack fits its cell) or all lines of text."""
    page, journey, kit, setter = cols.page, cols.journey, cols.kit, cols.setter
    label_w, col_x, col_w, floor = cols.label_w, cols.col_x, cols.col_w, cols.u
    pad = size * 0.5
    ink = kit.palette.text
    muted = kit.palette.muted
    page.rects.append(Rect(Box(row.x, row.y, label_w, row.h), muted))
    lsize = cols.label_size or _label_size(lane_heading(lane), setter, label_w - 2 * pad, size, min(size, floor))
    label = setter.paragraph(lane_heading(lane), label_w - 2 * pad, "heading", lsize, str(lane.source), False)
    block, _ = setter.place(
        [label],
        Box(row.x + pad, row.y + pad, label_w - 2 * pad, row.h - 2 * pad),
        "heading",
        lsize,
        readable_on(muted, ink),
        False,
    )
    block.tag, block.order = "H3", (1, 0, number, 0)
    page.blocks.append(block)
    kind = _special(lane, cols.journey)
    special = None if kind is None else {LaneKind.PAIN_POINTS: kit.palette.pain}.get(kind, kit.palette.opportunity)
    overflows = []
    icons = _uses_icons(lane)  # one item style for the whole lane
    stacks = [cell_cards(lane, index) for index in range(len(journey.phases))]
    as_cards = as_cards and all(
        stack is None or stack_height(stack, setter, col_w - 2 * pad, size) <= row.h - 2 * pad + 0.01
        for stack in stacks
    )
    gap = col_x[1] - col_x[0] - col_w if len(col_x) > 1 else 0.0
    for index, last in _runs(lane, len(journey.phases)):
        tint = (special or cols.phase_colour(index)).mix(WHITE, 0.9 if special else 0.93)
        span = _span(col_w, gap, index, last)
        cell = Box(col_x[index], row.y, span, row.h)
        page.rects.append(Rect(cell, tint))
        bar = 0.0
        if special is not None:
            bar = size * 0.35
            page.rects.append(Rect(Box(cell.x, cell.y, size * 0.18, cell.h), special))
        stack = stacks[index]
        if stack is not None and isinstance(lane, FigureRow):
            page.figure_design = "tiles" if as_cards else "lines"
        if stack is not None and as_cards:
            at = Box(cell.x + pad, cell.y + pad, col_w - 2 * pad, cell.h - 2 * pad)
            draw_stack(page, stack, at, kit, setter, size, (1, index, number, 1))
            continue
        width = _text_width(lane, journey, span, size)
        paragraphs = _cell_paragraphs(lane, index, setter, size, width)
        inner = Box(cell.x + pad + bar, cell.y + pad, width, cell.h - 2 * pad)
        kept = paragraphs
        rest: Sequence[CellItem] = []
        if Setter.height(paragraphs, size) > inner.h + 0.01:
            room = inner.h - size * LEADING - size * 0.3  # one line for the pointer to the continuation
            kept, rest = _cut(paragraphs, lane.cells[index], setter, (width, size), room)
        if kept:
            block, spots = setter.place(kept, inner, "body", size, readable_on(tint, ink), True)
            block.order = (1, index, number, 1)
            page.blocks.append(block)
            marker_colour = special or kit.palette.accent
            _bullets(cols, lane, index, spots, size, marker_colour, block.source, icons)
        if rest:
            baseline = _pointer_baseline(setter, inner, kept, size)
            cell_ref = str(lane.cells[index][0].source) if lane.cells[index][0].source else lane.label
            overflows.append(
                Overflow(
                    lane,
                    phases_heading(journey.phases[index : last + 1]),
                    rest,
                    cell_ref,
                    PointerSpot(inner, inner.x, baseline),
                    size,
                    kit.palette.accent.mix(ink, 0.55),
                    (1, index, number, 2),
                )
            )
    return overflows


#: The height of the line a cut cell's pointer to its continuation takes under its words, in body sizes.
_POINTER_ROOM = LEADING + 0.3


def _pointer_baseline(setter: Setter, inner: Box, kept: list[Paragraph], size: float) -> float:
    """The baseline of a cut cell's pointer: under the words kept in the cell (``inner``: its text box)."""
    used = Setter.height(kept, size) + (size * 0.3 if kept else 0.0)
    return inner.y + used + size * LEADING * setter.fonts.baseline_share("heading")


def _cut(
    paragraphs: list[Paragraph],
    items: Sequence[CellItem],
    setter: Setter,
    measure: tuple[float, float],
    room: float,
) -> tuple[list[Paragraph], list[CellItem]]:
    """A cell's words cut to the height ``room``: the paragraphs that fit (the item that does not fit
    starts here, its other lines continue with the rest) and the items to continue on a later page.
    ``paragraphs``: the ``items`` as set at ``measure`` (the text's width and size)."""
    size = measure[1]
    keep = 0
    while keep < len(paragraphs) and Setter.height(paragraphs[: keep + 1], size) <= room:
        keep += 1
    kept, rest = paragraphs[:keep], list(items[keep:])
    if rest:
        free = room - Setter.height(kept, size) - (size * ITEM_GAP if kept else 0.0)
        split = _split_item(rest[0], paragraphs[keep], setter, measure, int(free // (size * LEADING)))
        if split is not None:
            kept, rest = [*kept, split[0]], [split[1], *rest[1:]]
    return kept, rest


@dataclass(frozen=True)
class _ScoreNotes:
    """The words written in the score row that are no score, over the curve: per phase the paragraphs
    set there (``kept``), by phase what continues on a later page (``rest``: the lane it was written in and
    its items), and the ``height`` they take at the top of the curve's row."""

    kept: list[list[Paragraph]]
    rest: dict[int, tuple[Lane, list[CellItem]]]
    height: float


def _score_notes(cols: Columns, curve_lanes: list[Lane], most: float) -> _ScoreNotes:
    """The score row's words that are no score, each phase's cut (as a long cell is) where they take more
    than ``most`` over the curve, so that the curve keeps its room."""
    u, pad = cols.u, cols.u * 0.5
    noted = score_notes(cols, [lane for lane in curve_lanes if lane.kind == SCORE_LANE])
    kept = [[paragraph for _, _, paragraph in phase] for phase in noted]
    rest: dict[int, tuple[Lane, list[CellItem]]] = {}
    for index, phase in enumerate(noted):
        if Setter.height(kept[index], u) + pad <= most + 0.01:
            continue
        items = [item for _, item, _ in phase]
        room = most - pad - _POINTER_ROOM * u
        kept[index], going_on = _cut(kept[index], items, cols.setter, (cols.col_w - 2 * pad, u), room)
        if going_on:  # the lane the first word that goes on was written in
            rest[index] = (phase[len(items) - len(going_on)][0], going_on)
    height = notes_height(kept, u)
    if rest:
        height = max(height, max(Setter.height(kept[i], u) for i in rest) + _POINTER_ROOM * u + pad)
    return _ScoreNotes(kept, rest, height)


def _curve_row(cols: Columns, curve_lanes: list[Lane], row: Box, notes: _ScoreNotes) -> list[Overflow]:
    """The emotion curve's row with the score row's notes over it, and the notes' cells cut there, to
    continue on a later page."""
    curve_row(cols, curve_lanes, row, notes.kept, notes.height)
    u, pad, top = cols.u, cols.u * 0.5, row.y
    overflows = []
    for index, (lane, rest) in notes.rest.items():
        inner = Box(cols.col_x[index] + pad, top + pad, cols.col_w - 2 * pad, notes.height - pad)
        cell = next((str(item.source) for item in lane.cells[index] if item.source), lane.label)
        colour = cols.kit.palette.accent.mix(cols.kit.palette.text, 0.55)
        spot = PointerSpot(inner, inner.x, _pointer_baseline(cols.setter, inner, notes.kept[index], u))
        phase = phases_heading(cols.journey.phases[index : index + 1])
        overflows.append(Overflow(lane, phase, rest, cell, spot, u, colour, (2, 0, index, 1)))
    return overflows


#: The fewest lines of a long item that start in its cell when the rest continues on a later page: a
#: single line would read as a stray heading; fewer lines than this, the item moves there whole.
_LEAST_LINES_KEPT = 2
#: The least share of a cut cell's lines the words up to a sentence's end must fill for the cut to be made
#: there; a sentence ending higher up leaves the cut where the lines run out (marked "…" at both ends).
_SENTENCE_CUT_FILLS = 2 / 3
#: What the part of an item that continues starts with on the page it continues on: its first words are
#: not its beginning.
_GOES_ON = "… "


def _split_item(
    item: CellItem, paragraph: Paragraph, setter: Setter, measure: tuple[float, float], lines: int
) -> tuple[Paragraph, CellItem] | None:
    """A long item split at a line boundary: its first ``lines`` lines as set in the cell (the paragraph
    ``paragraph``, set at ``measure``: the text's width and size) and the item of the rest of its words,
    to continue on a later page, rather than all of it sent there while its cell stands empty. None when
    fewer than the least lines would stay (or the item is a touchpoint's or figure's line, kept whole)."""
    if not isinstance(item, Item) or lines < _LEAST_LINES_KEPT or len(paragraph.lines) <= lines:
        return None
    width, size = measure
    text = item.text
    breaks = [found.start() for found in re.finditer(r"\s+", text) if found.start() > 0]

    def head(count: int) -> Paragraph:
        return setter.paragraph(text[: breaks[count]], width, "body", size, paragraph.source, True, paragraph.indent)

    low, high = 0, len(breaks)  # the most words (up to a break) whose lines fit: more words, never fewer lines
    while low < high:
        middle = (low + high) // 2
        if len(head(middle).lines) <= lines:
            low = middle + 1
        else:
            high = middle
    if low == 0:
        return None  # not one break within the lines: a word longer than them, the item moves whole
    # at the last sentence's end that fits, where the words up to it fill most of the cell's lines
    # (``_SENTENCE_CUT_FILLS``): the part on the later page then starts a sentence rather than go on from
    # the middle of one, and the cell is not left half empty for it
    ends = [count for count in range(low) if ends_sentence(text[: breaks[count]])]
    if ends and len(head(ends[-1]).lines) >= max(_LEAST_LINES_KEPT, lines * _SENTENCE_CUT_FILLS):
        low = ends[-1] + 1
    rest = text[breaks[low - 1] :].lstrip()
    return head(low - 1), replace(item, text=_GOES_ON + rest)


def _uses_icons(lane: TextRow) -> bool:
    """Whether a row's items are marked with channel icons: when any of its items names a channel (the
    others then get the neutral mark, so that the row has one item style and one indent)."""
    if isinstance(lane, TouchpointRow):
        return any(line.channel for cell in lane.cells for line in cell)
    if isinstance(lane, FigureRow):
        return False  # figures are marked with their bars
    return _with_icons(lane) and any(channel_of(item.text) for cell in lane.cells for item in cell)


def _bullets(
    cols: Columns,
    lane: TextRow,
    index: int,
    spots: list[tuple[float, float]],
    size: float,
    colour: Colour,
    source: str,
    icons: bool,
) -> None:
    """The marks before a cell's items: ``icons`` (``_uses_icons``, decided once for the row) gives every
    item of the row an icon, the neutral one where it names no channel; a figure gets its bar."""
    page, setter, kit = cols.page, cols.setter, cols.kit
    cell: Sequence[CellItem] = lane.cells[index]
    for item, (x, baseline) in zip(cell, spots):
        if isinstance(item, FigureLine):
            if item.gauge is not None:  # a figure without a bar keeps the bar's indent, unmarked (no stray dot)
                draw_gauge(page, item.gauge, x, baseline, size, kit)
            continue
        mark = colour  # this item's: the next item of the cell starts again from the row's colour
        if isinstance(item, TouchLine):
            channel = item.channel
            # a touchpoint not served today: its own icon in the pain colour
            mark = kit.palette.pain if item.warn else colour
        else:
            channel = channel_of(item.text) if _with_icons(lane) else None
            given = cols.lane_channels.get((label_key(cols.journey.phases[index].name), label_key(item.text)))
            if icons and given is not None:  # the Touchpoints sheet's channel of the touchpoint the item names
                channel = given if given in CHANNEL_WORDS else None
        if channel or icons:  # one style per row: an item of no known channel gets the neutral mark
            icon = size * 0.95
            page.icons.append(Icon(channel or "other", x, baseline - icon * 0.8, icon, mark))
        else:
            line = setter.line(BULLET, x, baseline, "body", size, mark, source)
            box = Box(x, baseline - size, line.width + 0.01, size * LEADING)
            page.blocks.append(TextBlock(box, [line], source, tag="Artifact"))
