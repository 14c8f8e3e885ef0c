"""What a deck is made of, and how its text is fitted: slides of frames, tables and charts, sized
with the real fonts (PowerPoint's autofit does nothing until someone edits the text), and what
does not fit at the minimum size continued on a follow-up slide; nothing is cut.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal, TypeVar

from canvasgen.brand.colors import WHITE, Colour, readable_on
from canvasgen.brand.kit import BrandKit, FontRole
from canvasgen.layout.boxes import Box
from canvasgen.layout.curve_styles import Dash, Marker
from canvasgen.layout.text.fit import largest_fitting
from canvasgen.layout.text.setter import HANG_MOST, ITEM_GAP, LEADING, Setter
from canvasgen.layout.text.wrap import words
from canvasgen.model import Picture, ScoreScale
from canvasgen.words import said_cell

if TYPE_CHECKING:
    from canvasgen.layout.questions import Customer

T = TypeVar("T")
ELLIPSIS = "…"  # the end of a text cut short, or cut where it goes on elsewhere
GOES_ON = f"{ELLIPSIS} "  # what the rest of a text cut mid-sentence starts with where it goes on


MIN_SIZE = 12.0  # nothing on a slide is smaller: the phase strip's map of names, a title in extremis


#: The least body text of a slide's frames (the appendix, the journey at a glance, persona, card and
#: report slides) is set at; what does not fit at it goes on on a follow-up slide, "(vervolg)". 16 pt is
#: 1/34 of a 16:9 slide's height: projected 2.5 m wide, its x-height (Calibri's, 0.47 em) is about 19 mm,
#: which stays above the 0.2° a reader needs out to some 5.5 m, the back of a room for a workshop of 20
#: to 30; 12 pt gives out at 4 m.
BODY_MIN = 16.0


#: Table cells are read along their row, not as prose, and a table of eight columns needs the width:
#: never below 14 pt (readable to about 5 m, as above), and larger, up to ``TABLE_MAX``, when the table
#: then breaks no word and takes no more slides.
TABLE_MIN = 14.0


TABLE_MAX = 20.0


FAMILY_MIN = 14.0  # a family of slides (the phase slides) is set at one size, never below this


MAX_SIZE = 24.0


TITLE_SIZE = 26.0


INSET = 7.2  # text frame margins (0.1 inch)
CURVE_ABOVE = 25.0  # room over a bare curve's plot for a top point's label (14 pt over a 9 pt marker)
CURVE_BELOW = 15.0  # under it for a bottom point's face (24 pt, centred on the point)


BAND = 0.16  # the title band's share of the slide height


WRAP_SLACK = 0.94  # measure against a slightly narrower line: PowerPoint's wrapping may differ a hair


#: How a paragraph stands in a list: "bullet" is a list item (a real paragraph bullet, its wrapped lines
#: under its first word, not under the bullet); "under" is the rest of an item cut over two frames, at
#: the item's indent without a bullet of its own; "none" is plain text.
ListMark = Literal["none", "bullet", "under"]


BULLET_EM = 0.8  # a list item's hanging indent, in ems of its size: the bullet and a space before the text


def bullet_indent(size: float) -> float:
    """The hanging indent of a list item set at ``size``: where its text starts, on every line."""
    return size * BULLET_EM


@dataclass
class Para:
    text: str
    size: float
    colour: Colour
    bold: bool = False
    role: FontRole = "body"
    source: str = ""
    mark: ListMark = "none"
    #: A field's hanging indent, in ems of its size ("Doelen: " of "Doelen: ..."): its wrapped lines start
    #: under its value, not at the margin (0: none).
    hang: float = 0.0
    #: Its label hangs at its own width (``hang``): its first line the label and the value beside it, the
    #: value's lines all in the width beside the label, so that it is measured as its value alone there.
    label_hung: bool = False
    #: The space before it (after the frame's first), in ems of its size: a record's field lines sit
    #: closer than the items of a list, as one block under their heading.
    gap: float = ITEM_GAP

    def indent(self, size: float) -> float | None:
        """Where its text starts at ``size``, on every line but a field's first: a list item's bullet
        indent, a field's label (``hang``); None for plain text."""
        if self.mark != "none":  # a list item's, or the rest of a field cut where it goes on: under its value
            return self.hang * size if self.hang else bullet_indent(size)
        return self.hang * size if self.hang else None

    def text_width(self, width: float, size: float) -> float:
        """The width its text wraps in, in a frame ``width`` wide at ``size``: less its indent."""
        return width - (self.indent(size) or 0.0)

    def at_size(self, size: float) -> Para:
        """The same paragraph at ``size``: every field copied, as ``dataclasses.replace`` does at a fifth
        of its cost (size searches copy thousands of paragraphs on a large deck)."""
        copied = object.__new__(Para)
        copied.__dict__.update(self.__dict__)
        copied.size = size
        return copied


#: The hanging indent (ems) of a field whose label takes more than ``HANG_MOST`` of its line (a question as a
#: label, "Wat deze persona in de eerste weken … nodig heeft"): its value is not squeezed into a sliver beside
#: it, but its wrapped lines still stand in from the margin, where they read as a field of their own (round 22).
LONG_LABEL_HANG = 1.5


def hung(setter: Setter, text: str, line: float, role: FontRole = "body") -> float:
    """The hanging indent (in ems) of a "Label: value" line in a frame whose line is ``line`` ems wide at the
    largest size it may be set at: the width of "Label: " at 1 pt, every wrapped line under the value's start,
    as the poster hangs a field (``Setter.field``); ``LONG_LABEL_HANG`` only where the label takes more than
    ``HANG_MOST`` of the line; 0 where there is no label. A fixed limit of 8 ems hung "Involved in phases:"
    under its value and "Preferred channels:" (8.2 ems) by 1.5 ems on one persona card (#31)."""
    label, colon, value = text.partition(": ")
    if not colon or not value.strip() or "\n" in label:
        return 0.0
    em = setter.width(f"{label}{colon}", role, 1.0)
    return em if em <= line * HANG_MOST else LONG_LABEL_HANG


@dataclass
class Frame:
    box: Box
    paras: list[Para]
    fill: Colour | None = None
    border: Colour | None = None
    dashed: bool = False
    name: str = ""
    #: A disc (an ellipse in ``box``), its text centred both ways: a persona's initials where it has no picture.
    disc: bool = False
    #: A persona's picture, cropped to its centred square and to the circle in ``box`` (no text then).
    picture: Picture | None = None
    #: The text's margin inside the box on every side (the glance's cells are set tighter than a card's).
    inset: float = INSET
    #: Its text centred both ways in the box (a phase's score set large on a slide of its own).
    centred: bool = False


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
    #: Rows taller than their text (grown to fill the slide): the text in the middle of each cell.
    middle: bool = False


@dataclass
class ChartLine:
    """One journey's curve: its name, a value per phase, and how it is told apart in greyscale."""

    name: str
    values: list[float | None]
    colour: Colour
    dash: Dash = "solid"  # DrawingML preset dash (``curve_styles``)
    marker: Marker = "circle"
    #: Per phase, the emoji or emoticon its feeling was written as, drawn as that point's marker (or None).
    faces: list[str | None] = field(default_factory=list)
    #: Per phase, the colour of the traffic light its feeling was written as ("🟢"), drawn as that point's
    #: marker, a disc of that colour (or None): no font draws it, so every viewer shows it.
    dots: list[Colour | None] = field(default_factory=list)
    #: Per phase, its point's label as text where a number format would not do (None: the chart's format):
    #: a half score in the deck language's way ("+1,5", which Office would write in the viewer's locale), a
    #: traffic light's colour word beside its value ("+2 groen": its disc's colour alone is lost on some readers).
    labels: list[str | None] = field(default_factory=list)


@dataclass
class Chart:
    """A native line chart of scores by phase; ``bare`` charts (the journey at a glance) have no axes
    or legend and fill their box edge to edge, so each phase sits under its column."""

    box: Box
    categories: list[str]
    lines: list[ChartLine]
    scale: ScoreScale
    bare: bool = False


@dataclass
class Bars:
    """A native bar chart: categories down, one bar per series (measured, target)."""

    box: Box
    categories: list[str]
    series: list[tuple[str, list[float | None]]]
    colours: list[Colour]  # per series
    point_colours: list[Colour | None]  # the first series' bars, one by one (met / missed)
    number_format: str  # the embedded workbook's ("Edit data"); the labels are ``labels``' text
    #: Each series' bar labels as text, in the deck language's separators and the tables' decimals
    #: (None: no label, no bar): never a number format, which Office reads in the viewer's locale.
    labels: list[list[str | None]]
    #: The chart's own legend (a swatch a series): off where the slide draws a key of its own (the first
    #: series' bars coloured met / missed, which a swatch of the series' one colour did not say).
    legend: bool = True


#: What a slide shows: the tests and the deck's own order find slides by it.
SlideKind = Literal[
    "title",
    "agenda",
    "overview",
    "curve",
    "compare",
    "phase",
    "pains",
    "exercise",
    "persona",
    "personas",
    "empathy",
    "kpi_chart",
    "budget_chart",
    "appendix",
    "report",
    "roles",
    "touchpoints",
    "channels",
    "kpis",
    "budget",
    "channel_budget",
    "actions",
    "questions",
    "notes_table",
]


TableRows = tuple[list[str], list[list[str]], list[float]]  # a table's header, rows and wanted column shares


@dataclass
class Slide:
    kind: SlideKind
    title: str
    section: str
    notes: str
    frames: list[Frame] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    chart: Chart | None = None
    bars: Bars | None = None
    band: Colour | None = None
    title_ink: Colour | None = None  # readable on the band (decided here, drawn by the renderer)
    logo: Box | None = None
    title_size: float = TITLE_SIZE
    title_box: Box | None = None
    continued: bool = False  # a follow-up slide: what the slide before it could not hold
    phases: int = 1  # an exercise canvas of a group of thin phases: how many it is for (its notes say "these")
    #: The first slide of a table: the whole table (header, rows, wanted column shares), so that the deck's
    #: tables can be given one size together (``family_table_size``).
    table_rows: TableRows | None = None


@dataclass
class DeckLayout:
    width: float
    height: float
    language: str
    slides: list[Slide]
    sections: list[str]
    phase_size: float | None = None  # the one body size of every phase slide (``build`` says it)
    warnings: list[str] = field(default_factory=list)  # what the deck could not hold as asked (of the workbook)
    table_size: float | None = None  # the one body size of every table slide (the agenda aside)
    #: The most phases one slide shows, where a journey's many thin phases share slides (1: a slide each).
    phases_a_slide: int = 1


@dataclass
class Ctx:
    kit: BrandKit
    setter: Setter
    words: dict[str, str]
    width: float
    height: float
    language: str
    region: str | None = None  # the canvas's locale's country: how its English dates are written
    #: The deck's one body size for its table slides (None: each table at its own best, the first pass).
    table_size: float | None = None
    #: The team's word for whom the workshop asks about ("de patiënt", ``questions.team_customer``), or None.
    customer: Customer | None = None
    #: The rows of each slide of a table, by its rows, column widths, size and height (``table_chunks``):
    #: the table sizes' searches ask for the same tables again (236 times for 53 on a large canvas). They
    #: depend on none of the fields a pass replaces (``table_size``): shared by the passes' copies.
    _chunked: dict[tuple[object, ...], list[list[list[str]]]] = field(default_factory=dict, repr=False, compare=False)
    #: A glance cell's text cut to its first lines (None: it holds whole), by its text, role, indent, the
    #: column's width, the size and the lines (``glance._short``): the glance's searches of sizes and grids
    #: cut the same cells again (770 cuts of 180 on the stress canvas). As ``_chunked``: the deck's setter's,
    #: shared by the passes' copies, gone with the deck's layout.
    shortened: dict[tuple[object, ...], str | None] = field(default_factory=dict, repr=False, compare=False)

    @property
    def ink(self) -> Colour:
        return self.kit.palette.text

    def cited(self, source: str) -> str:
        """Where a speaker note's text was read, in the deck's words ("Bron: blad IDEAL, cel C11"), not as a
        cell reference ("IDEAL!C11"): the facilitator keeps the trace, in the deck's language."""
        return said_cell(source, self.language)

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


def prompt_ink(ctx: Ctx) -> Colour:
    """The lighter ink of a workshop prompt: what is still to be filled in, not the client's words."""
    return ctx.ink.mix(WHITE, 0.4)


def grid_spots(area: Box, count: int, columns: int, gap: float, widen_last: bool = False) -> list[Box]:
    """``count`` spots in rows of ``columns``, using all of ``area``, ``gap`` apart; the last row's spots
    share its whole width where ``widen_last`` (three lanes: two over one across), else they keep the
    columns' width."""
    rows = -(-count // columns)
    height = (area.h - gap * (rows - 1)) / rows
    spots = []
    for i in range(count):
        row, column = divmod(i, columns)
        across = count - columns * row if widen_last and row == rows - 1 else columns
        width = (area.w - gap * (across - 1)) / across
        spots.append(Box(area.x + column * (width + gap), area.y + row * (height + gap), width, height))
    return spots


def card_spots(body: Box, count: int, gap: float = 10.0) -> list[Box]:
    """Where ``count`` cards go on one slide, using its body: one card the whole body, two or three side by
    side at full height, four in a 2×2 grid, five or six in a 3×2 grid (``CARDS_A_SLIDE`` at most)."""
    count = max(1, min(count, CARDS_A_SLIDE))
    return grid_spots(body, count, count if count <= 3 else 2 if count == 4 else 3, gap)


CARDS_A_SLIDE = 6


def finish_slides(ctx: Ctx, slides: list[Slide]) -> None:
    """Band colour, logo place and a title size that fits, for every slide."""
    for slide in slides:
        slide.band = slide.band or ctx.kit.palette.primary
        slide.title_ink = readable_on(slide.band, ctx.ink, large=True) if slide.kind != "title" else ctx.ink
        if ctx.kit.logo is not None:
            size = ctx.height * 0.1
            slide.logo = Box(ctx.width - ctx.margin - size, ctx.height * 0.03, size, size)
        right = slide.logo.x - ctx.margin * 0.5 if slide.logo else ctx.width - ctx.margin
        slide.title_box = Box(ctx.margin, 0, right - ctx.margin, ctx.height * BAND)
        slide.title_size = _title_size(ctx, slide, slide.title_box)


def _title_size(ctx: Ctx, slide: Slide, box: Box) -> float:
    """The largest whole-point title size, from the slide's own down to the minimum, at which the title fits."""
    title = _title_para(slide)

    def title_fits(size: float) -> bool:
        return fits(ctx.setter, [replace(title, size=size)], box)

    return largest_fitting(title_fits, MIN_SIZE, slide.title_size, 1)


def _title_para(slide: Slide) -> Para:
    return Para(slide.title, slide.title_size, WHITE, True, "heading", "title")


def para_heights(
    setter: Setter, paras: list[Para], width: float, size: float | None = None, limit: float = float("inf")
) -> list[float]:
    """Running heights of paragraphs in a frame of this width: exact line spacing, spacing before items.

    ``size`` sets every paragraph at that size (headings 10% larger) without copying them; measuring
    stops after the first paragraph that passes ``limit`` (a long list needs only what fits).
    """
    total = 0.0
    running: list[float] = []
    count = setter.line_count
    for i, para in enumerate(paras):
        at = para.size if size is None else size * (1.1 if para.bold else 1.0)
        # ``Para.text_width`` inline (the deck's most frequent question, asked of every paragraph of every
        # frame at every size tried): a list item's bullet indent, else a field's hang, else none
        indent = (para.hang or BULLET_EM) * at if para.mark != "none" else para.hang * at if para.hang else 0.0
        # a field hung at its label's width: its value's lines, the label in the indent of the first (measured
        # as a whole in the narrower width, a persona card's long labels set every persona slide smaller)
        text = para.text.partition(": ")[2] if para.label_hung else para.text
        lines = count(text, (width - indent) * WRAP_SLACK, para.role, at)
        total += lines * at * LEADING + (at * para.gap if i else 0.0)
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
    return [p.at_size(size * (1.1 if p.bold else 1.0)) for p in paras]


def fit_frame(
    setter: Setter,
    paras: list[Para],
    box: Box,
    largest: float = MAX_SIZE,
    smallest: float = BODY_MIN,
    mark: str = ELLIPSIS,
    between: bool = False,
    forced: bool = True,
) -> tuple[list[Para], list[Para]]:
    """The largest size (``largest``..``smallest``) at which all paragraphs fit; at the smallest, those that
    fit and the rest. A paragraph that does not fit whole is cut in the lines that are left (it goes on in
    the rest), ended by ``mark`` ("… → vervolg", ``_cut``), so that a heading never stands alone over an
    empty frame and a cut never passes unseen; with ``between`` (a frame that goes on on a follow-up slide)
    a frame that goes on after a whole paragraph is marked too (``_marked``).

    A frame too small for its heading and a line of its first item: ``forced`` (where there is no more room
    to be had: a follow-up slide's) puts them in all the same; else the frame holds only its heading, marked
    as going on ("Wat doen wij → vervolg"), or nothing, and all the rest goes on (``_nothing_fits``). Placed
    anyway, a 201 pt box's item ran under the next box with no mark, and a long one off the slide (F17)."""
    room = box.h - 2 * INSET + 0.01
    width = box.w - 2 * INSET
    # measured once at the smallest: whether all fit there (``fits``), else how far they go
    running = para_heights(setter, paras, width, smallest, limit=room)
    if len(running) == len(paras) and (not running or running[-1] <= room):
        # sizes in whole points; the smallest not measured again
        found = largest_fitting(lambda size: size == smallest or fits(setter, paras, box, size), smallest, largest, 1)
        return _sized(paras, found), []
    keep = sum(1 for h in running if h <= room)
    if keep < len(paras) and not paras[keep].bold:
        used = running[keep - 1] + smallest * paras[keep].gap if keep else 0.0
        cut = _cut(setter, paras[keep], width, int((room - used) // (smallest * LEADING)), smallest, mark)
        if cut is not None:
            return _sized([*paras[:keep], cut[0]], smallest), [cut[1], *paras[keep + 1 :]]
    if keep and paras[keep - 1].bold and keep < len(paras):
        keep -= 1  # a heading never ends a frame without its first item
    if keep == 0 and not forced:
        return _nothing_fits(setter, paras, box, smallest, mark)
    if keep == 0:  # one paragraph taller than the frame, that cannot be cut (one long word): it goes alone,
        keep = 2 if paras[0].bold and len(paras) > 1 else 1  # under its heading (the frame test will say so)
    kept, rest = paras[:keep], paras[keep:]
    if between:
        kept, rest = _marked(setter, kept, rest, box, smallest, mark)
    return _sized(kept, smallest), rest


def _nothing_fits(setter: Setter, paras: list[Para], box: Box, size: float, mark: str) -> tuple[list[Para], list[Para]]:
    """A frame that holds not even its heading and a line of its first item: its heading alone, ended by the
    continuation ``mark`` where that fits (the heading goes on again over the rest, ``heading_again``), else
    nothing; everything else goes on."""
    first = paras[0]
    if first.bold and len(paras) > 1 and mark != ELLIPSIS:
        marked = replace(first, text=f"{first.text} {mark}")
        if fits(setter, [marked], box, size):
            return _sized([marked], size), paras[1:]
    return [], paras


def _marked(
    setter: Setter, kept: list[Para], rest: list[Para], box: Box, size: float, mark: str
) -> tuple[list[Para], list[Para]]:
    """A frame that goes on (``rest``) after a whole paragraph: its last paragraph ended by the continuation
    ``mark`` where that still fits, else that paragraph cut a line earlier to make room for it (its end goes
    on with the rest); a frame that ended at a paragraph's end went on to the next slide with no sign of it
    (F18). A heading, or a paragraph of one line, is left as it is."""
    if not rest or not kept or mark == ELLIPSIS or kept[-1].text.endswith(mark):
        return kept, rest
    last = kept[-1]
    ended = [*kept[:-1], replace(last, text=f"{last.text} {mark}")]
    if fits(setter, ended, box, size):
        return ended, rest
    width = box.w - 2 * INSET
    lines = setter.line_count(last.text, last.text_width(width, size) * WRAP_SLACK, last.role, size)
    cut = None if last.bold else _cut(setter, last, width, lines - 1, size, mark)
    if cut is None:
        return kept, rest
    return [*kept[:-1], cut[0]], [cut[1], *rest]


def _cut(
    setter: Setter, para: Para, width: float, lines: int, size: float = BODY_MIN, mark: str = ELLIPSIS
) -> tuple[Para, Para] | None:
    """The paragraph as what fits its first ``lines`` lines at ``size``, ended by a continuation ``mark``, and
    the rest; None when not one word fits. A part of the text (a line of its own) that does not fit whole
    ends at a sentence or "; " boundary when one is near (``_near``: the first part then leaves at most
    one line unused), else after the last whole word that fits, with "…": a presenter reading the first
    part out never stops mid-sentence without a sign that it goes on, and the rest, cut mid-sentence, starts
    with "… " (``GOES_ON``) where it goes on, as on the poster. An amount and its currency sign, a
    number and its unit, a range ("8-10 uur") are never parted (``words``)."""
    if lines < 1:
        return None
    parts = [part for part in para.text.split("\n") if part.strip()]
    head: list[str] = []
    width = para.text_width(width, size) * WRAP_SLACK

    def count(text: str) -> int:
        return setter.line_count(text, width, para.role, size)

    for index, part in enumerate(parts):
        if count(part) <= lines:
            head.append(part)
            lines -= count(part)
            continue
        pieces = words(part)
        taken = _last_fitting(functools.partial(_ends_within, count, pieces, mark, lines), len(pieces) - 1)
        if taken:  # a sentence's end instead, where one leaves at most a few lines unused
            taken = _sentence_end_near(count, pieces, mark, taken, lines - _near(lines))
            head.append(_ended(pieces, taken, mark))
        moved: list[str] = []
        if not taken:  # the mark after the last whole part that has room for it (the parts after it go on):
            # a part that ended its frame exactly ("Exemplo:") went on to the next slide with no mark
            while head and count(f"{head[-1]} {mark}") > count(head[-1]) + lines:
                lines += count(head[-1])
                moved.insert(0, head.pop())
            if head:
                head[-1] = f"{head[-1]} {mark}"
        going_on = " ".join(pieces[taken:])
        if taken and not _ends_sentence(pieces[taken - 1]):  # cut mid-sentence: both ends marked, as on the
            going_on = f"{GOES_ON}{going_on}"  # poster (a follow-up that starts mid-sentence says so)
        rest = "\n".join([*moved, going_on, *parts[index + 1 :]])
        first = "\n".join(h for h in head if h)
        if not first:
            return None
        # the rest of a list item goes on at its indent, without a bullet: it is not an item of its own; the
        # rest of a field, under its value (its label is not there to stand in the first line's indent)
        under = para.mark != "none" or bool(para.hang)
        return replace(para, text=first), replace(para, text=rest, mark="under" if under else "none", label_hung=False)
    return None


def _sentence_end_near(count: Callable[[str], int], pieces: tuple[str, ...], mark: str, taken: int, least: int) -> int:
    """The last of the first ``taken`` words that ends a sentence, where the words up to it (and every cut
    between it and ``taken``) still take ``least`` lines at least; else ``taken``. Only the cuts down to that
    word are counted: a part without a sentence's end in it (a list of notes) counted every shorter cut of
    itself for nothing."""
    end = next((t for t in range(taken, 0, -1) if _ends_sentence(pieces[t - 1])), None)
    if end is None:
        return taken
    for t in range(taken, end - 1, -1):
        if count(_ended(pieces, t, mark)) < least:
            return taken
    return end


def _ends_within(count: Callable[[str], int], pieces: tuple[str, ...], mark: str, lines: int, taken: int) -> bool:
    """Whether the first ``taken`` words, cut there with the mark, take at most ``lines`` lines."""
    return count(_ended(pieces, taken, mark)) <= lines


def _last_fitting(fits_at: Callable[[int], bool], most: int) -> int:
    """The largest ``t`` in 1..``most`` for which ``fits_at(t)`` holds (fitting shrinks as ``t`` grows); 0 when none."""
    low, high = 0, most
    while low < high:
        half = (low + high + 1) // 2
        if fits_at(half):
            low = half
        else:
            high = half - 1
    return low


#: A sentence ends here: its last word ends in a full stop, question or exclamation mark, or "; ".
_SENTENCE_END = re.compile(r"[.!?;。！？；…][\"'”’)]*$")


def _ends_sentence(word: str) -> bool:
    return _SENTENCE_END.search(word) is not None


def _ended(pieces: tuple[str, ...], taken: int, mark: str) -> str:
    """The first ``taken`` words of a part cut there, with the continuation mark: after a sentence's end the
    mark alone, in the middle of one an ellipsis first ("niet… → vervolg")."""
    text = " ".join(pieces[:taken])
    if _ends_sentence(pieces[taken - 1]):
        return f"{text} {mark}" if mark != ELLIPSIS else f"{text} {ELLIPSIS}"
    return f"{text}{ELLIPSIS}" if mark == ELLIPSIS else f"{text}{ELLIPSIS} {mark}"


def _near(lines: int) -> int:
    """How many of ``lines`` a cut at a sentence's end may leave unused: one at most, however many the frame
    has (a quarter of a follow-up's twenty lines left five empty, and the next slide one line of text)."""
    return min(1, lines - 1)


def heading_again(
    placed: list[Para], rest: list[Para], heading: Para | None, word: str
) -> tuple[list[Para], Para | None]:
    """What goes on in a frame on the next slide (or column): ``rest``, headed by the heading it was under
    ("Klant doet (vervolg)") when it goes on in the middle of a lane; and the heading now in force."""
    marked = f" {continued_mark(word)}"
    for para in placed:
        if para.bold:  # a heading that stood alone, marked as going on (``_nothing_fits``), goes on unmarked
            heading = replace(para, text=para.text.removesuffix(marked)) if para.text.endswith(marked) else para
    if not rest or rest[0].bold or heading is None:
        return rest, heading
    again = replace(heading, text=f"{heading.text.removesuffix(f' ({word})')} ({word})")
    return [again, *rest], heading


def base_size(paras: list[Para]) -> float:
    """The body size a fitted frame was set at (headings are 10% larger)."""
    plain = next((p.size for p in paras if not p.bold), None)
    return plain if plain is not None else paras[0].size / 1.1 if paras else MAX_SIZE


def best_size(
    ctx: Ctx,
    frames: list[tuple[Box, list[Para], dict[str, object]]],
    smallest: float = BODY_MIN,
    largest: float = MAX_SIZE,
) -> float:
    """The largest body size up to ``largest`` at which every frame of a slide holds all its paragraphs
    (``smallest`` when one cannot, even there).

    Only a frame's size below the least found so far changes the slide's: a frame that holds at the first
    whole step at or above that least is not searched, and one that does not is searched only under that
    step (fitting is monotone: the same sizes as searching each frame from ``largest``, in fewer trials)."""
    least: float | None = None
    for box, paras, _ in frames:
        if not paras:
            continue
        high = largest
        if least is not None and smallest <= least:
            above = smallest + math.ceil(least - smallest)  # the first whole step at or above the least
            if above < largest:
                if fits(ctx.setter, paras, box, above):
                    continue
                high = max(above - 1, smallest)
        size = base_size(fit_frame(ctx.setter, paras, box, high, smallest)[0])
        least = size if least is None else min(least, size)
    return MAX_SIZE if least is None else least


def continues(ctx: Ctx) -> str:
    """The mark that ends the part of a text cut where it goes on, on the next slide: "→ vervolg"."""
    return continued_mark(ctx.words["continued"])


def continued_mark(word: str) -> str:
    """The continuation mark made of the deck language's word for it ("vervolg"): "→ vervolg"."""
    return f"→ {word}"


def continued_slides(
    ctx: Ctx,
    kind: SlideKind,
    title: str,
    section: str,
    notes: str,
    frames: list[tuple[Box, list[Para], dict[str, object]]],
    size: float | None = None,
    largest: float = MAX_SIZE,
) -> Iterator[Slide]:
    """Slides holding the frames' paragraphs; what a frame cannot hold goes on a follow-up slide. With
    ``size`` (a family's one size) every frame is set at that size, and what does not fit at it goes on;
    without, at the largest size up to ``largest`` at which every frame fits. One by one, each laid out when
    asked for: a search that only needs to know whether the frames take more than so many slides stops
    there (the follow-ups of a long cell are most of the work)."""
    pending = [list(paras) for _, paras, _ in frames]
    headings: list[Para | None] = [None] * len(frames)
    boxes = [box for box, _, _ in frames]
    first = True
    while first or any(pending):
        slide = Slide(kind, title if first else f"{title} ({ctx.words['continued']})", section, notes)
        slide.continued = not first
        if not first:  # a follow-up slide shows only the frames that go on, and they share all the room the
            # frames had (not a quarter of an empty slide); a family's, each as tall as its text where they fit so
            boxes = _spread(ctx, frames, pending, size or BODY_MIN, stack=size is not None)
        # One size for the whole slide: the family's, or the largest at which every frame still fits.
        if size is None:
            now = [(box, p, style) for box, p, (_, _, style) in zip(boxes, pending, frames, strict=True)]
            common = best_size(ctx, now, largest=largest)
            smallest = BODY_MIN
        else:
            common = smallest = size
        for i, (box, (_, _, style)) in enumerate(zip(boxes, frames, strict=True)):
            mark = continues(ctx)
            # on a follow-up slide the frames have all the room there is: what does not fit there goes in all
            # the same (one word too long for any line), or the slides would never end
            laid = (
                fit_frame(ctx.setter, pending[i], box, common, smallest, mark, True, not first)
                if pending[i]
                else ([], [])
            )
            kept, rest = laid
            if kept or first:  # a follow-up slide shows only the frames that go on: no empty boxes
                slide.frames.append(Frame(box, kept, **style))  # type: ignore[arg-type]
            pending[i], headings[i] = heading_again(kept, rest, headings[i], ctx.words["continued"])
        yield slide
        first = False


FRAME_GAP = 8.0  # between the frames a follow-up slide spreads over the room


def _spread(
    ctx: Ctx,
    frames: list[tuple[Box, list[Para], dict[str, object]]],
    pending: list[list[Para]],
    size: float,
    stack: bool = False,
) -> list[Box]:
    """The frames' boxes on a follow-up slide: those that go on share the room all the frames took, in
    their order, in the first arrangement (``_arrangements``) in which each holds what it still has at
    ``size`` — else in the one in which the most of them do: three frames side by side at full height
    rather than two over one where the first goes on a third slide for a few lines; with ``stack`` (a family's
    slides, set at its one size) one under the other, each as tall as its text, where they fit so
    (``_stacked``). The others keep their boxes (they are not shown)."""
    boxes = [box for box, _, _ in frames]
    going_on = [i for i, paras in enumerate(pending) if paras]
    if not going_on:
        return boxes
    room = Box.around(boxes)
    best: list[Box] = []
    held = -1
    stacked = _stacked(ctx, room, [pending[i] for i in going_on], size) if stack else None
    for spots in [stacked] if stacked else _arrangements(room, len(going_on)):
        holding = sum(fits(ctx.setter, pending[i], spot, size) for i, spot in zip(going_on, spots))
        if holding > held:
            best, held = spots, holding
        if held == len(going_on):
            break
    spread = dict(zip(going_on, best))
    return [spread.get(i, box) for i, box in enumerate(boxes)]


def _stacked(ctx: Ctx, room: Box, texts: list[list[Para]], size: float) -> list[Box] | None:
    """Frames that go on, one under the other across the room from its top, each as tall as its text at
    ``size``: every follow-up frame filled to its last line, where they all fit so (the room they leave is
    the slide's foot, as under the end of any text). Side by side at full height, the four lines left of a
    lane stood in a frame of twenty beside the rest of another (#31); None where they do not fit stacked."""
    width = room.w - 2 * INSET
    left = room.h - FRAME_GAP * (len(texts) - 1)
    needs = []
    for paras in texts:  # measured only as far as the room left: a long text stops at once
        heights = para_heights(ctx.setter, paras, width, size, limit=left - 2 * INSET)
        need = (heights[-1] if heights else 0.0) + 2 * INSET
        if len(heights) < len(paras) or need > left + 0.01:
            return None
        needs.append(need)
        left -= need
    spots, top = [], room.y
    for need in needs:
        spots.append(Box(room.x, top, room.w, need))
        top += need + FRAME_GAP
    return spots


def _arrangements(room: Box, count: int) -> list[list[Box]]:
    """The ways ``count`` frames share ``room``, the usual first: one the whole of it, two side by side,
    three as two over one, four 2×2; then all side by side at full height (long text in narrow columns
    holds more lines than in a short wide frame), then one across over the rest."""
    usual = grid_spots(room, count, 1 if count == 1 else 2, FRAME_GAP, widen_last=True)
    if count < 3:
        return [usual]
    across = grid_spots(room, count, count, FRAME_GAP)
    top = Box(room.x, room.y, room.w, (room.h - FRAME_GAP) / 2)
    under = Box(room.x, top.bottom + FRAME_GAP, room.w, top.h)
    return [usual, across, [top, *grid_spots(under, count - 1, count - 1, FRAME_GAP)]]


def deck_table(ctx: Ctx, box: Box, rows: list[list[str]], shares: list[float], size: float = 16.0) -> Table:
    widths = [box.w * s for s in shares]
    heights = [_row_height(ctx, row, widths, size) for row in rows]
    return Table(
        box,
        widths,
        rows,
        heights,
        size,
        ctx.kit.palette.primary,
        readable_on(ctx.kit.palette.primary, ctx.ink),
        ctx.ink,
    )


def _row_height(ctx: Ctx, row: list[str], widths: list[float], size: float) -> float:
    lines = max(ctx.setter.line_count(text, (w - 2 * INSET) * WRAP_SLACK, "body", size) for text, w in zip(row, widths))
    return lines * size * LEADING + 2 * INSET


def table_slides(
    ctx: Ctx,
    kind: SlideKind,
    title: str,
    section: str,
    notes: str,
    header: list[str],
    rows: list[list[str]],
    shares: list[float],
) -> list[Slide]:
    """A table over as many slides as its rows need, the header repeated on each; a row taller than a
    slide goes on in a row of its own on the next ("Bewustwording (vervolg)"), never set smaller."""
    body = ctx.body
    wanted = list(shares)
    if ctx.table_size is None:  # the table's own best size
        size, widths = table_size(ctx, header, rows, [body.w * s for s in shares], body.h)
    else:  # the deck's one size for its tables: what does not fit at it goes on on a follow-up slide
        size, widths = ctx.table_size, table_widths(ctx, header, rows, [body.w * s for s in shares], ctx.table_size)
    shares = [w / body.w for w in widths]
    slides: list[Slide] = []
    for chunk in table_chunks(ctx, header, rows, widths, size, body.h):
        slide = Slide(kind, title if not slides else f"{title} ({ctx.words['continued']})", section, notes)
        slide.tables.append(deck_table(ctx, body, [header, *chunk], shares, size))
        slides.append(slide)
    slides[0].table_rows = (header, rows, wanted)
    return slides


def table_size(
    ctx: Ctx, header: list[str], rows: list[list[str]], widths: list[float], height: float
) -> tuple[float, list[float]]:
    """The table's size and column widths: the largest whole size from ``TABLE_MAX`` down at which no word
    breaks inside a column and the table takes no more slides than at ``TABLE_MIN``; else ``TABLE_MIN``."""
    floor, floor_widths = _unbroken_table(ctx, header, rows, widths)
    slides = len(table_chunks(ctx, header, rows, floor_widths, floor, height))
    for size in range(int(TABLE_MAX), int(TABLE_MIN), -1):
        fitted = column_widths(sum(widths), widths, column_needs(ctx, header, rows, float(size)))
        fitted = None if fitted is None else _fewer_slides(ctx, header, rows, (widths, fitted), float(size))
        if fitted is not None and len(table_chunks(ctx, header, rows, fitted, float(size), height)) <= slides:
            return float(size), fitted
    return floor, floor_widths


def table_widths(ctx: Ctx, header: list[str], rows: list[list[str]], widths: list[float], size: float) -> list[float]:
    """Column widths at ``size`` at which no word breaks inside a column (the header's first), as near the
    wanted ``widths`` as that allows; the wanted widths when even the header's words cannot have their room.
    Where every cell can stand on one line and the table then takes fewer slides, those widths: a table of
    figures ran on to a second slide at the deck's table size, its phase names broken over two lines beside
    columns of short figures with room to spare (#31)."""
    for needs in (column_needs(ctx, header, rows, size), column_needs(ctx, header, [], size)):
        fitted = column_widths(sum(widths), widths, needs)
        if fitted is not None:
            return _fewer_slides(ctx, header, rows, (widths, fitted), size)
    return widths


def _fewer_slides(
    ctx: Ctx, header: list[str], rows: list[list[str]], widths: tuple[list[float], list[float]], size: float
) -> list[float]:
    """The columns ``fitted`` (of the ``wanted``, ``widths``), or the columns at which every cell stands on
    one line where the table then takes fewer slides at ``size``."""
    wanted, fitted = widths
    lines = column_widths(sum(wanted), wanted, line_needs(ctx, header, rows, size))
    if lines is None:
        return fitted
    height = ctx.body.h
    if len(table_chunks(ctx, header, rows, lines, size, height)) < len(
        table_chunks(ctx, header, rows, fitted, size, height)
    ):
        return lines
    return fitted


def line_needs(ctx: Ctx, header: list[str], rows: list[list[str]], size: float) -> list[float]:
    """Each column's width for its longest cell on one line at ``size`` (each line of a cell of several),
    and for the header's longest word (a header may wrap)."""
    needs = [_word_room(ctx, text, "heading", size) for text in header]
    for row in rows:
        needs = [max(need, _line_room(ctx, text, size)) for need, text in zip(needs, row)]
    return needs


def _line_room(ctx: Ctx, text: str, size: float) -> float:
    """The column width a cell's longest line needs at ``size`` unwrapped (with the cell's margins)."""
    widest = ctx.setter.widest_line(text, "body") * size  # as each line measured at ``size``: scaling keeps the max
    return widest / WRAP_SLACK + 2 * INSET + 1.0


#: The slides whose tables are one family, set at one size (the agenda is a programme, not data).
TABLE_KINDS: frozenset[SlideKind] = frozenset(
    {"roles", "touchpoints", "channels", "kpis", "budget", "channel_budget", "actions", "questions", "notes_table"}
)


def family_table_size(ctx: Ctx, slides: list[Slide]) -> float | None:
    """The one size for the deck's table slides; None for a deck without tables. At least the smallest of
    the tables' own best sizes (``TABLE_MIN`` at the least), and larger, up to ``TABLE_MAX``, while no
    table breaks a word inside a column and the tables together take at most one slide more than there:
    one table of ten figures that a 15 pt row would push on to a second slide set every other table at
    14 pt, half of each slide empty. One slide more only where it gains ``WORTH_A_SLIDE`` at least."""
    sizes = [table.size for slide in slides if slide.kind in TABLE_KINDS for table in slide.tables]
    if not sizes:
        return None
    floor = max(TABLE_MIN, min(sizes))
    tables = [slide.table_rows for slide in slides if slide.kind in TABLE_KINDS and slide.table_rows is not None]
    body = ctx.body

    def widths(header: list[str], rows: list[list[str]], shares: list[float], size: float) -> list[float] | None:
        wanted = [body.w * share for share in shares]
        fitted = column_widths(sum(wanted), wanted, column_needs(ctx, header, rows, size))
        return None if fitted is None else _fewer_slides(ctx, header, rows, (wanted, fitted), size)

    counted: dict[float, int | None] = {}

    def count(size: float) -> int | None:  # the tables' slides at ``size``; None where a word would break
        if size not in counted:  # both searches below try the floor, the largest and sizes between alike
            counted[size] = slides_at(size)
        return counted[size]

    def slides_at(size: float) -> int | None:
        total = 0
        for header, rows, shares in tables:
            fitted = widths(header, rows, shares, size)
            if fitted is None:
                return None
            total += len(table_chunks(ctx, header, rows, fitted, size, body.h))
        return total

    least = count(floor)
    if least is None:  # a word breaks even at the floor: the tables as they are
        return floor

    def within(more: int) -> float:  # the largest size at which the tables take at most ``more`` slides more
        return largest_fitting(lambda size: (n := count(size)) is not None and n <= least + more, floor, TABLE_MAX, 1)

    same, one_more = within(0), within(1)
    return one_more if one_more - same >= WORTH_A_SLIDE else same


#: The least gain in the tables' size (points) that is worth one table slide more.
WORTH_A_SLIDE = 2.0


def table_chunks(
    ctx: Ctx, header: list[str], rows: list[list[str]], widths: list[float], size: float, height: float
) -> list[list[list[str]]]:
    """The rows of each slide of a table ``height`` high under its header, balanced: as few slides as the
    rows need, each filled about as far as the others (not a full slide and five rows on a third of the
    next); a row too tall for a slide of its own is cut after the lines that fit, and goes on in the next
    slide's first row. Remembered (``Ctx._chunked``); the lists are read, never changed."""
    key = (tuple(header), tuple(map(tuple, rows)), tuple(widths), size, height)
    chunks = ctx._chunked.get(key)
    if chunks is None:
        chunks = ctx._chunked[key] = _table_chunks(ctx, header, rows, widths, size, height)
    return chunks


def _table_chunks(
    ctx: Ctx, header: list[str], rows: list[list[str]], widths: list[float], size: float, height: float
) -> list[list[list[str]]]:
    heights: dict[tuple[str, ...], float] = {}

    def need(row: list[str]) -> float:  # each row wrapped once, however many limits are tried
        key = tuple(row)
        if key not in heights:
            heights[key] = _row_height(ctx, row, widths, size)
        return heights[key]

    head, talls = need(header), [need(row) for row in rows]
    if all(head + tall <= height + 0.01 for tall in talls):  # no row is cut: each limit packs the heights alone
        return balanced(lambda limit: packed_rows(rows, talls, head, limit), head, height)
    return balanced(lambda limit: _chunks(ctx, header, rows, widths, size, height, limit, need), head, height)


def packed_rows(rows: list[list[str]], talls: list[float], head: float, limit: float) -> list[list[list[str]]]:
    """``_chunks`` of rows of these heights (``talls``) that all fit a slide whole: the same sums, in floats;
    each slide filled before the next."""
    chunks: list[list[list[str]]] = []
    chunk: list[list[str]] = []
    used = head
    for row, tall in zip(rows, talls, strict=True):
        if used + tall > limit + 0.01 and chunk:
            chunks.append(chunk)
            chunk, used = [], head
        chunk.append(row)
        used += tall
    if chunk or not chunks:
        chunks.append(chunk)
    return chunks


def balanced(pack: Callable[[float], list[T]], low: float, full: float) -> list[T]:
    """What ``pack(limit)`` makes at the lowest limit (between ``low`` and ``full``) at which it still takes
    no more slides than at ``full``: every slide ends about level, not a full slide and a follow-up of one
    row. ``pack`` fills each slide down to the limit it is given."""
    packed = pack(full)
    if len(packed) < 2:
        return packed
    high = full
    while high - low > 1.0:
        mid = (low + high) / 2
        if len(pack(mid)) <= len(packed):
            high = mid
        else:
            low = mid
    return pack(high)


def _chunks(
    ctx: Ctx,
    header: list[str],
    rows: list[list[str]],
    widths: list[float],
    size: float,
    height: float,
    limit: float,
    need: Callable[[list[str]], float],
) -> list[list[list[str]]]:
    """The rows of each slide, a slide taking rows while they end above ``limit``; a row taller than a
    whole slide (``height``) is cut after the lines that fit."""
    head = need(header)
    chunks: list[list[list[str]]] = []
    chunk: list[list[str]] = []
    used = head
    pending = list(rows)
    while pending:
        row = pending.pop(0)
        tall = need(row)
        if used + tall > limit + 0.01 and chunk:
            chunks.append(chunk)
            chunk, used = [], head
        if used + tall > height + 0.01:  # alone on its slide and still too tall: it goes on
            row, rest = _cut_row(ctx, row, widths, size, height - used)
            if rest is not None:
                pending.insert(0, rest)
            tall = need(row)
        chunk.append(row)
        used += tall
    if chunk or not chunks:
        chunks.append(chunk)
    return chunks


def _cut_row(
    ctx: Ctx, row: list[str], widths: list[float], size: float, room: float
) -> tuple[list[str], list[str] | None]:
    """A row as the lines of each cell that fit ``room`` and a row of what goes on (its first cell said
    again, marked "(vervolg)"); the row whole and None when no line can be cut off."""
    lines = int((room - 2 * INSET) // (size * LEADING))
    first, rest = list(row), ["" for _ in row]
    for i, (text, width) in enumerate(zip(row, widths)):
        cut = _cut(ctx.setter, Para(text, size, ctx.ink), width - 2 * INSET, lines, size)
        if cut is not None and ctx.setter.line_count(text, (width - 2 * INSET) * WRAP_SLACK, "body", size) > lines:
            first[i], rest[i] = cut[0].text, cut[1].text
    if not any(rest):
        return row, None
    word = ctx.words["continued"]
    if not rest[0] and row[0]:
        rest[0] = f"{row[0].removesuffix(f' ({word})')} ({word})"
    return first, rest


def column_needs(ctx: Ctx, header: list[str], rows: list[list[str]], size: float) -> list[float]:
    """Each column's width for its longest word at ``size``, the header's and the cells'."""
    needs = [_word_room(ctx, text, "heading", size) for text in header]
    for row in rows:
        needs = [max(need, _word_room(ctx, text, "body", size)) for need, text in zip(needs, row)]
    return needs


def _unbroken_table(
    ctx: Ctx, header: list[str], rows: list[list[str]], widths: list[float]
) -> tuple[float, list[float]]:
    """Column widths at ``TABLE_MIN`` at which no word breaks inside a column ("Verkoopmomen-t"): columns
    whose longest word needs more than their share get it from the others. A header's words come first:
    when the cells' words cannot all have their room, the header's still do."""
    for needs in (column_needs(ctx, header, rows, TABLE_MIN), column_needs(ctx, header, [], TABLE_MIN)):
        fitted = column_widths(sum(widths), widths, needs)
        if fitted is not None:
            return TABLE_MIN, fitted
    return TABLE_MIN, widths  # a header word wider than the slide: it breaks where it must


def unbroken_size(ctx: Ctx, paras: list[Para], width: float, low: float, high: float) -> float:
    """The largest whole size from ``high`` down to ``low`` at which every word of ``paras`` fits a frame
    ``width`` wide (PowerPoint breaks a word too long for its line inside it, without a hyphen)."""
    for size in range(int(high), int(low), -1):
        if all(_word_room(ctx, p.text, p.role, size * (1.1 if p.bold else 1.0)) <= width for p in paras):
            return float(size)
    return low


def whole_words(ctx: Ctx, para: Para, width: float) -> bool:
    """Whether every word of ``para`` fits a frame ``width`` wide at its size, unbroken ("Recurso" in a tab
    of 21 phases is not "Recu / rso")."""
    return _word_room(ctx, para.text, para.role, para.size) <= width


def words_unbroken(ctx: Ctx, frames: list[tuple[Box, list[Para], dict[str, object]]], size: float) -> bool:
    """Whether every word of the frames' paragraphs, at body ``size`` (headings 10% larger), fits the width
    its text really gets: the frame's less its insets and the paragraph's indent (a list item's bullet), as
    the frames are measured (``para_heights``). A compound may break after its own hyphen, as PowerPoint breaks
    it: "‘zonnepanelen-ambassadeur’" held a short deck's phase slides at 18 pt (#31)."""
    for box, paras, _ in frames:
        for para in paras:
            at = size * (1.1 if para.bold else 1.0)
            room = para.text_width(box.w - 2 * INSET, at) * WRAP_SLACK
            if ctx.setter.longest_unbroken(para.text, para.role) * at > room:
                return False
    return True


def _word_room(ctx: Ctx, text: str, role: FontRole, size: float) -> float:
    """The column width a text's longest word needs at ``size`` (with the cell's margins)."""
    return ctx.setter.longest_word(text, role) * size / WRAP_SLACK + 2 * INSET + 1.0


def column_widths(total: float, wanted: list[float], needs: list[float]) -> list[float] | None:
    """Widths summing to ``total``, each at least its need, the rest shared in proportion to the widths
    ``wanted``; None when the needs alone are more than ``total``."""
    if sum(needs) > total + 1e-6:
        return None
    fixed: set[int] = set()
    widths = list(wanted)
    while True:
        short = {i for i, (w, need) in enumerate(zip(widths, needs)) if w < need - 1e-6}
        if not short:
            return widths
        fixed |= short
        free = total - sum(needs[i] for i in fixed)
        share = sum(w for i, w in enumerate(wanted) if i not in fixed)
        widths = [needs[i] if i in fixed or share <= 0 else free * wanted[i] / share for i in range(len(wanted))]
        if share <= 0:  # every column at its need: what is left goes to all in proportion
            return [w + (total - sum(needs)) * x / sum(wanted) for w, x in zip(widths, wanted)]
