"""The columns a journey page's rows are drawn in, and the row of the emotion curve.

The curve's row also carries what the team wrote in the score row that is no score ("wisselend"),
over the phase it was written under: it stays with the scores it belongs to.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from canvasgen.brand.colors import WHITE, Colour, readable_on
from canvasgen.brand.kit import BrandKit
from canvasgen.layout.boxes import Box, Dot, Figure, Line, Page, Rect
from canvasgen.layout.meta import light_key, scale_words
from canvasgen.layout.poster.curve import draw_curve
from canvasgen.layout.questions import curve_said
from canvasgen.layout.text.setter import Paragraph, Setter
from canvasgen.model import Item, Journey, Lane
from canvasgen.text import label_key
from canvasgen.vocabulary.scores import UNSCORED_LIGHT_WORDS, scale_in_label
from canvasgen.words import POSTER_WORDS


@dataclass
class Columns:
    """What every row of a journey page is drawn with: the page, the brand and fonts, and the columns."""

    page: Page
    journey: Journey
    kit: BrandKit
    setter: Setter
    u: float  # the paper's minimum text size
    label_w: float
    col_x: list[float]
    col_w: float
    language: str
    label_size: float | None = None  # every lane label's one size on this page, once the text size is chosen
    chart_size: float | None = None  # the curve's values' and scale's size, once the text size is chosen
    first: int = 0  # the index of the page's first phase in the whole journey: the colour of each phase
    #: the Touchpoints sheet's channel of a lane's item it names, by its phase's and its text's matching keys
    #: (``JourneyView.lane_channels``): the icon beside the item is that channel's, not the one its name says
    lane_channels: Mapping[tuple[str, str], str] = field(default_factory=dict)

    def phase_colour(self, index: int) -> Colour:
        """The colour of the page's ``index``-th phase: its colour in the whole journey, on every page of it."""
        return self.kit.palette.phase(self.first + index)


def score_notes(cols: Columns, score_lanes: list[Lane]) -> list[list[tuple[Lane, Item, Paragraph]]]:
    """Per phase, the words written in a score row that are no score ("wisselend"), each with the lane it
    was written in and its paragraph: set at the top of the curve's row, over the phase they were
    written under."""
    pad = cols.u * 0.5
    return [
        [
            (lane, i, cols.setter.paragraph(i.text, cols.col_w - 2 * pad, "body", cols.u, str(i.source), False))
            for lane in score_lanes
            for i in lane.cells[index]
        ]
        for index in range(len(cols.journey.phases))
    ]


def curve_height(room: float, u: float, alone: bool, above: float) -> float:
    """The curve row's height in ``room`` (the page's height left for rows): a share of it, half of it
    when the scores are all the page holds, and ``above`` it the height of the notes set over it. At least
    11 minimum sizes: a point a quarter of the scale under its top line (+1 of -2..+2) has its value
    between them, clear of the line (two paddings of 1.4, four quarters of the value's 0.9 reach, cap
    height and a fifth's gap)."""
    plot = 0.5 * room if alone else min(max(0.16 * room, 11 * u), CURVE_MOST * u)
    return plot + above


#: The tallest a curve's plot needs to be to read well, in its values' text sizes: its scale's lines far enough
#: apart for the values between them at any distance the page is read from; taller, it only takes the text's room.
CURVE_MOST = 26


#: The disc of a grey status ("gray": a phase the team left unscored), beside its word over the curve: the
#: mark the key's "gray = no score" stands for, in the grey of a status light.
GREY_LIGHT = Colour((0.62, 0.62, 0.62))


def _grey_discs(page: Page, lines: list[Line], grey: Colour) -> None:
    """A grey disc after each grey status word set over the curve ("gray", "grijs"): each traffic-light
    colour the key names has its mark on the map, the unscored one too."""
    for line in lines:
        if label_key(line.text) in UNSCORED_LIGHT_WORDS:
            radius = line.size * 0.45
            page.dots.append(
                Dot(line.x + line.width + line.size * 0.4 + radius, line.y - line.size * 0.35, radius, grey, grey)
            )


def notes_height(notes: list[list[Paragraph]], u: float) -> float:
    """The height the notes over the curve take: the tallest phase's and a padding, none without notes."""
    tallest = max((Setter.height(paras, u) for paras in notes if paras), default=0.0)
    return tallest + u * 0.5 if tallest else 0.0


def curve_row(cols: Columns, score_lanes: list[Lane], row: Box, notes: list[list[Paragraph]], above: float) -> None:
    """The emotion curve's row: the score row's label, per phase the ``notes`` set in the ``above`` height
    at its top (the part of them that fits it), and the curve under them."""
    page, journey, kit, setter, u, language = cols.page, cols.journey, cols.kit, cols.setter, cols.u, cols.language
    label_w, col_x, col_w = cols.label_w, cols.col_x, cols.col_w
    pad = u * 0.5
    ink = kit.palette.text
    muted = kit.palette.muted
    page.rects.append(Rect(Box(row.x, row.y, label_w, row.h), muted))
    scale = next((s.scale for phase in journey.scores for s in phase), None)
    labels = [lane.label for lane in score_lanes] or [POSTER_WORDS[language]["score"]]
    text = " / ".join(dict.fromkeys(labels))
    key = light_key(journey, language)

    def label_at(size: float) -> list[Paragraph]:
        paras = [setter.paragraph(text, label_w - 2 * pad, "heading", size, "score label", False)]
        if scale is not None and (scale.low, scale.high) not in {scale_in_label(label) for label in labels}:
            note = scale_words(scale, language)
            paras.append(setter.paragraph(note, label_w - 2 * pad, "body", size, "score label", False))
        # the colour words' scores, one a line: how the words became the points on the chart
        paras.extend(setter.paragraph(pair, label_w - 2 * pad, "body", size, "score label", False) for pair in key)
        return paras

    # The score row's label at the other lane labels' size, where it fits the row (the minimum otherwise).
    size = cols.label_size or u
    paras = label_at(size)
    if size > u and Setter.height(paras, size) > row.h - 2 * pad:
        size, paras = u, label_at(u)
    block, _ = setter.place(
        paras,
        Box(row.x + pad, row.y + pad, label_w - 2 * pad, row.h - 2 * pad),
        "heading",
        size,
        readable_on(muted, ink),
        False,
    )
    block.tag, block.order = "H3", (2, 0)
    page.blocks.append(block)
    plot = Box(col_x[0], row.y + above, col_x[-1] + col_w - col_x[0], row.h - above)
    for i, x in enumerate(col_x):
        tint = cols.phase_colour(i).mix(WHITE, 0.95)
        page.rects.append(Rect(Box(x, row.y, col_w, row.h), tint))
        if notes and notes[i]:
            box = Box(x + pad, row.y + pad, col_w - 2 * pad, above - pad)
            block, _ = setter.place(notes[i], box, "body", u, readable_on(tint, ink), False)
            block.order = (2, 0, i)
            page.blocks.append(block)
            _grey_discs(page, block.lines, GREY_LIGHT)
    centres = [x + col_w / 2 for x in col_x]
    marks = (len(page.strokes), len(page.dots), len(page.blocks))
    # the values at the chart's size where the plot has the room ``curve_height`` gives the minimum size (11 sizes)
    chart = max(u, min(cols.chart_size or u, plot.h / 11))
    draw_curve(
        page,
        setter,
        journey,
        Box(plot.x + pad, plot.y, plot.w - 2 * pad, plot.h),
        centres,
        chart,
        (kit.palette.accent, ink, kit.palette.muted.mix(ink, 0.35)),
        language,
    )
    s0, d0, b0 = marks
    strokes, dots, blocks = range(s0, len(page.strokes)), range(d0, len(page.dots)), range(b0, len(page.blocks))
    page.figures.append(Figure(plot, curve_said(journey, language), strokes, dots, blocks, (2, 1)))
