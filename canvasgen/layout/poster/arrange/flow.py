"""Continuation and appendix pages: blocks of text flowed into balanced columns, page after page.

The page is used as a designer would: as many columns as the width holds at a comfortable line
length (about 60 characters), the columns of the last page balanced so that text spans the sheet
instead of running down its left edge, and, when everything fits on one page, the text set as large
as the page allows (up to twice the minimum size) rather than at the minimum in one corner.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from canvasgen.brand.colors import readable_on
from canvasgen.brand.kit import BrandKit, FontRole
from canvasgen.layout.boxes import Box, Page, Rect, TextBlock
from canvasgen.layout.poster.sheet import content_bottom, page_margin
from canvasgen.layout.text.fit import largest_fitting
from canvasgen.layout.text.setter import BULLET, ITEM_GAP, LEADING, Paragraph, Setter

COLUMN_WIDTH = 30  # in units of the text size: about 60 characters a line
SMALLEST, LARGEST = 1.1, 2.0  # the text size, in minimum-size units
PAD = 0.55  # a card's padding round its text, in text sizes
BLOCK_GAP = 2 * PAD + 0.5  # space between blocks (two paddings and the gap between cards), in text sizes


@dataclass
class FlowBlock:
    heading: str
    items: list[tuple[str, str]]  # (text, source cell)
    #: A table's cells, its header row first: the block drawn as a table (its header row its heading, said again
    #: over the rows that go on in another column), ``heading`` and ``items`` its rows as lines of text.
    table: tuple[tuple[str, ...], ...] | None = None


@dataclass(frozen=True)
class FlowTitles:
    """What flowed pages say of themselves: the band's kicker and title, and a card's heading where the
    card goes on in another column or on another page ("{heading} (vervolg)")."""

    kicker: str
    title: str
    card_continued: str


@dataclass(frozen=True)
class _Unit:
    """One paragraph to flow: a block's heading (kept with what follows) or one of its items."""

    para: Paragraph
    role: FontRole
    block: int
    first_of_block: bool
    #: A table's row: each cell's paragraph and its left within the card's text (``para``: its height, as lines)
    cells: tuple[Paragraph, ...] = ()
    xs: tuple[float, ...] = ()


class _Placed(NamedTuple):
    """A run of a paragraph's lines placed in a column at ``y`` (from the column's top); ``repeat``: a
    block's heading said again over the part of the block that goes on in this column. A named tuple:
    packing makes one per piece per trial height (tens of thousands a large poster), and a frozen
    dataclass costs three times as much to make."""

    unit: _Unit
    lines: list[str]
    y: float
    first_part: bool
    repeat: bool = False


_Column = list[_Placed]


@dataclass(frozen=True)
class _Units:
    """The paragraphs to flow at one size and width, and each block's heading as said again where the
    block goes on in a new column."""

    units: list[_Unit]
    again: dict[int, _Unit]

    def pieces(self) -> list[_Placed]:
        return [_Placed(unit, unit.para.lines, 0.0, True) for unit in self.units]


def flow(
    blocks: list[FlowBlock],
    kit: BrandKit,
    setter: Setter,
    width: float,
    height: float,
    u: float,
    titles: FlowTitles,
    ceiling: float | None = None,
) -> tuple[list[Page], list[int]]:
    """Pages holding the blocks, and for each block the index of the page it starts on. ``ceiling``: the
    largest the text may be set (the body size of the poster's map: one type system per poster)."""
    if not blocks:
        return [], []
    margin = page_margin(width, height)
    content = width - 2 * margin
    first = _new_page(kit, setter, width, height, u, margin, titles)
    top = first[1] + u * 1.2
    room = content_bottom(width, height, u) - top
    size, columns, col_w, units = _choose(blocks, setter, content, room, u, titles, ceiling)
    packed = _packed(units, room, size, columns)
    if _page_count(packed, columns) > 1:
        # Narrower columns, still a comfortable line (``NARROW_MEASURE``), where they save a page: a page of
        # continued cells whose last column had no room for the notes' card put that card alone on a
        # page of its own (#31)
        narrow = _choose(blocks, setter, content, room, u, titles, ceiling, NARROW_MEASURE)
        if narrow[1] > columns:
            again = _packed(narrow[3], room, narrow[0], narrow[1])
            if _page_count(again, narrow[1]) < _page_count(packed, columns):
                (size, columns, col_w, units), packed = narrow, again
    gap = _gap(size)
    pages_of_columns = [packed[i : i + columns] for i in range(0, len(packed), columns)]
    # One card on one page balanced over its columns is one card across them, its heading said once: never
    # a second card headed "(vervolg)" beside the first
    # (a table's header row is said again over each column: a reader of a column reads its columns' names)
    joined = len(blocks) == 1 and len(pages_of_columns) == 1 and blocks[0].table is None
    # Balance the last page: the least column height that still holds its text in its columns.
    last = [p for column in pages_of_columns[-1] for p in column]
    pages_of_columns[-1] = _balanced(last, room, size, columns, _unheaded(units) if joined else units.again)
    pages: list[Page] = []
    starts: dict[int, int] = {}
    for number, page_columns in enumerate(pages_of_columns):
        page = first[0] if number == 0 else _new_page(kit, setter, width, height, u, margin, titles)[0]
        pages.append(page)
        across = joined and len(page_columns) > 1
        if across:
            _card_across(page, page_columns, Box(margin, top, len(page_columns) * (col_w + gap) - gap, 0), kit, size)
        for col, column in enumerate(page_columns):
            x = margin + col * (col_w + gap)
            if not across:
                _cards(page, column, Box(x, top, col_w, 0), kit, size)
            for placed in column:
                if placed.repeat and across:
                    continue  # the heading's line left free: the items in every column start level
                starts.setdefault(placed.unit.block, number)
                _draw(page, placed, Box(x + PAD * size, top + placed.y, col_w - 2 * PAD * size, 0), setter, kit, size)
    return pages, [starts.get(i, len(pages) - 1) for i in range(len(blocks))]


def _packed(units: _Units, room: float, size: float, columns: int) -> list[_Column]:
    """The paragraphs packed into columns of height ``room``: each card whole, or going on in the next column
    where that takes fewer pages."""
    packed = _pack(units.pieces(), room, size, units.again)
    # Cards kept whole leave the foot of a column empty when the next card does not fit there: where
    # that costs a page, the cards go on in the next column instead, under their heading said again
    # (whole cards on one page cost none: not packed split then).
    whole_pages = _page_count(packed, columns)
    split = _pack(units.pieces(), room, size, units.again, SPLIT) if whole_pages > 1 else packed
    return split if _page_count(split, columns) < whole_pages else packed


@dataclass(frozen=True)
class FootRoom:
    """The room at a page's foot for ``at_foot``: its ``height``, and whether a card goes on in the next
    column wherever that makes the foot lower at all (``spread``: the last room before a page is added)."""

    height: float = math.inf
    spread: bool = False


def at_foot(
    blocks: list[FlowBlock],
    kit: BrandKit,
    setter: Setter,
    width: float,
    u: float,
    titles: FlowTitles,
    ceiling: float | None = None,
    room: FootRoom = FootRoom(),
) -> tuple[float, Callable[[Page, float, float], None]] | None:
    """The height the blocks take on cards in balanced columns across ``width`` at the flow's smallest
    size (at most ``ceiling``), and how to draw them there on a page (its left and top): leftovers such
    as the notes, at the foot of a page with room, rather than on a page of their own. None when they
    are sure to take more than ``room``'s height: their lines shared by the columns are taller (then the
    columns are not searched twice for their least height)."""
    spread, room_h = room.spread, room.height
    size = foot_size(u, ceiling)
    columns, col_w = _columns(width, size, _widest(blocks, setter))
    units = _units(blocks, setter, col_w, size, titles)
    pieces = units.pieces()
    one = _column_height(_pack(pieces, math.inf, size, units.again)[0], size) if pieces else 0.0  # in one column
    too_tall = bool(pieces) and _least_height(pieces, size, columns) > room_h
    if too_tall and len(_pack(pieces, one, size, units.again, one + size)) <= columns:
        return None  # the search below starts from this packing and keeps within its columns: not searched
    packed = _shortest(pieces, one, size, columns, units.again, one + size)  # each card whole
    if too_tall and len(packed) <= columns:
        return None  # whichever packing is taken below, in at most ``columns`` columns: no lower than this
    # A long card goes on in the next column, under its heading said again, where that saves more height
    # than a few lines (a card of forty notes ran down the page's left edge, a column alone, too tall
    # for the foot) and the cards whole would take more than half the room: two short notes stay
    # together, and so do three (a card of three notes in three boxes, two "(continued)", was noise).
    # The one card of the foot spread over its columns (the last room before a page is added): one card
    # across them, its heading said once, never a second card headed "(vervolg)" beside two short notes
    joined = spread and len(blocks) == 1 and blocks[0].table is None
    split = _shortest(pieces, one, size, columns, _unheaded(units) if joined else units.again, SPLIT)
    saves = _tallest(packed, size) - _tallest(split, size) > FOOT_SAVING * size * LEADING
    lower = _tallest(split, size) < _tallest(packed, size) - size * LEADING / 2
    if len(split) <= columns and ((spread and lower) or (saves and _tallest(packed, size) + PAD * size > room_h / 2)):
        packed = split
    one_card = joined and len(packed) > 1
    height = _tallest(packed, size) + PAD * size

    def draw(page: Page, left: float, top: float) -> None:
        if one_card:
            _card_across(page, packed, Box(left, top, len(packed) * (col_w + _gap(size)) - _gap(size), 0), kit, size)
        for col, column in enumerate(packed):
            x = left + col * (col_w + _gap(size))
            if not one_card:
                _cards(page, column, Box(x, top, col_w, 0), kit, size)
            for placed in column:
                if placed.repeat and one_card:
                    continue  # the heading's line left free: the items in every column start level
                _draw(page, placed, Box(x + PAD * size, top + placed.y, col_w - 2 * PAD * size, 0), setter, kit, size)

    return height, draw


#: How many lines of height a card split over the foot's columns must save to be split.
FOOT_SAVING = 3


def _unheaded(units: _Units) -> dict[int, _Unit]:
    """Each card's heading said again where it goes on, as blank lines as many as the heading's: a card over
    several columns as one card, its items level under its one heading."""
    heads = {unit.block: unit for unit in units.units if unit.role == "heading" and unit.first_of_block}
    return {
        block: _Unit(Paragraph([""] * len(head.para.lines), 0.0, head.para.source), "heading", block, False)
        for block, head in heads.items()
    }


def _card_across(page: Page, columns: list[_Column], at: Box, kit: BrandKit, size: float) -> None:
    """One tinted card behind a block laid over several columns (``at``: their left, top and width)."""
    placed = [p for column in columns for p in column]
    low = min(p.y for p in placed)
    high = max(p.y + len(p.lines) * size * LEADING for p in placed)
    pad = PAD * size
    box = Box(at.x, at.y + low - pad, at.w, high - low + 2 * pad)
    page.rects.append(Rect(box, kit.palette.muted, radius=size * 0.3))


def _least_height(pieces: list[_Placed], size: float, columns: int) -> float:
    """A height ``at_foot`` never goes below with the pieces in at most ``columns`` columns: every line
    stands in one of them, each column padded at its top and foot and the foot's padding under the tallest
    (``_column_height``, ``at_foot``); less a point, for the sums' rounding."""
    lines = sum(len(piece.lines) for piece in pieces) * size * LEADING
    return lines / columns + 3 * PAD * size - 1.0


def _tallest(columns: list[_Column], size: float) -> float:
    return max((_column_height(column, size) for column in columns), default=0.0)


#: ``_pack``'s real column height that no card fits whole in: every card may go on in the next column.
SPLIT = 0.0


def _page_count(columns: list[_Column], per_page: int) -> int:
    return -(-len(columns) // per_page)


def _gap(size: float) -> float:
    return size * 1.4


def _columns(content: float, size: float, widest: float = math.inf, measure: float = COLUMN_WIDTH) -> tuple[int, float]:
    """How many columns the width holds at ``size`` and how wide each is: a column of about sixty characters
    (``measure``, in text sizes), or as narrow as the blocks' widest line as written needs (``widest``, at
    1 pt, with its card's padding): six short cards in one wide column left two thirds of an appendix page
    white."""
    gap = _gap(size)
    column = min(measure, max(NARROWEST_COLUMN, widest)) * size
    columns = max(1, int((content + gap) / (column + gap)))
    return columns, (content - gap * (columns - 1)) / columns


#: A flowed column's least width, in text sizes, however short the blocks' lines: about thirty characters.
NARROWEST_COLUMN = 15

#: The narrower measure flowed text is set in where it saves a page (``flow``), in text sizes: about
#: forty-eight characters a line, the short end of a comfortable line for running text.
NARROW_MEASURE = 24


def _widest(blocks: list[FlowBlock], setter: Setter) -> float:
    """The width at 1 pt the blocks' widest line takes as written on its card: a heading's, or an item's
    after its bullet, with the card's padding."""
    headings = (setter.widest_line(block.heading, "heading") for block in blocks if block.table is None)
    items = (
        setter.widest_line(text, "body") + setter.bullet_indent(1.0)
        for b in blocks
        if b.table is None
        for text, _ in b.items
    )
    tables = (sum(_table_widths(setter, b.table)) + CELL_GAP * (len(b.table[0]) - 1) for b in blocks if b.table)
    return max([*headings, *items, *tables], default=0.0) + 2 * PAD


#: The space between a table's columns, in text sizes.
CELL_GAP = 1.0


def _table_widths(setter: Setter, table: tuple[tuple[str, ...], ...]) -> list[float]:
    """Each column's width at 1 pt as written on one line: its header's (bold) or its widest cell's."""
    return [
        max([setter.widest_line(table[0][c], "heading"), *(setter.widest_line(row[c], "body") for row in table[1:])])
        for c in range(len(table[0]))
    ]


def _table_units(block: FlowBlock, index: int, setter: Setter, width: float, size: float) -> tuple[list[_Unit], _Unit]:
    """A table's rows as units, its header row first (the block's heading), and the header said again where the
    table goes on in another column. The columns share the width by what each holds (``_shared``); each cell
    wraps in its column."""
    assert block.table is not None
    table = block.table
    wanted = [w * size for w in _table_widths(setter, table)]
    least = [
        max(
            setter.widest_piece(word, "heading" if r == 0 else "body")
            for r, row in enumerate(table)
            for word in row[c].split() or [""]
        )
        * size
        for c in range(len(table[0]))
    ]
    gap = CELL_GAP * size
    widths = _shared(wanted, least, width - gap * (len(wanted) - 1))
    xs = tuple(sum(widths[:c]) + gap * c for c in range(len(widths)))
    sources = [block.heading, *(source for _, source in block.items)]

    def row(cells: tuple[str, ...], role: FontRole, source: str, first: bool) -> _Unit:
        paras = tuple(setter.paragraph(text, w, role, size, source, False) for text, w in zip(cells, widths))
        tall = max((len(p.lines) for p in paras), default=1)
        return _Unit(Paragraph([""] * tall, 0.0, source), role, index, first, paras, xs)

    units = [row(table[0], "heading", sources[0], True)]
    units += [row(cells, "body", source, False) for cells, source in zip(table[1:], sources[1:])]
    return units, row(table[0], "heading", sources[0], False)


def _shared(wanted: list[float], least: list[float], room: float) -> list[float]:
    """Widths for columns that want ``wanted`` (their cells on one line) in ``room``: as wanted where all fit (the
    room left over shared in proportion); else each its ``least`` (its longest word whole) and the rest shared by
    what each wants more; where not even that fits, in proportion to ``least``."""
    total = sum(wanted)
    if total <= room:
        return [w + (room - total) * w / total for w in wanted] if total else [room / len(wanted)] * len(wanted)
    floor = [min(low, w) for low, w in zip(least, wanted)]
    if sum(floor) >= room:
        return [room * low / sum(floor) for low in floor] if sum(floor) else [room / len(wanted)] * len(wanted)
    more = [w - low for w, low in zip(wanted, floor)]
    return [low + (room - sum(floor)) * m / sum(more) for low, m in zip(floor, more)]


def foot_size(u: float, ceiling: float | None = None) -> float:
    """The size ``at_foot`` sets blocks in at the foot of a page: the flow's smallest."""
    return _sizes(u, ceiling)[0]


def _sizes(u: float, ceiling: float | None) -> tuple[float, float]:
    """The smallest and largest text size of flowed text: from the flow's smallest to its largest, none
    above ``ceiling`` (the map's body size) and none below the paper's minimum ``u``."""
    largest = u * LARGEST if ceiling is None else max(u, min(u * LARGEST, ceiling))
    return min(u * SMALLEST, largest), largest


def _choose(
    blocks: list[FlowBlock],
    setter: Setter,
    content: float,
    room: float,
    u: float,
    titles: FlowTitles,
    ceiling: float | None,
    measure: float = COLUMN_WIDTH,
) -> tuple[float, int, float, _Units]:
    """The text size (the largest at which everything fits on one page, at most ``ceiling``; else the
    smallest), the columns at that size (of ``measure`` text sizes at most), their width, and the
    paragraphs wrapped to it."""
    smallest, largest = _sizes(u, ceiling)
    widest = _widest(blocks, setter)
    tried: dict[float, tuple[float, int, float, _Units]] = {}  # by step: the size found was wrapped in its trial

    def at(step: float) -> tuple[float, int, float, _Units]:
        if step not in tried:
            size = min(largest, smallest + round(step) * 0.1 * u)
            columns, col_w = _columns(content, size, widest, measure)
            tried[step] = size, columns, col_w, _units(blocks, setter, col_w, size, titles)
        return tried[step]

    def fits(step: float) -> bool:
        size, columns, _, units = at(step)
        return len(_pack(units.pieces(), room, size, units.again, most=columns)) <= columns

    return at(largest_fitting(fits, 0, math.ceil((largest - smallest) / (0.1 * u) - 1e-9), 1))


def _units(blocks: list[FlowBlock], setter: Setter, col_w: float, size: float, titles: FlowTitles) -> _Units:
    col_w -= 2 * PAD * size  # inside the card
    units = []
    again = {}
    for index, block in enumerate(blocks):
        if block.table is not None:
            rows, again[index] = _table_units(block, index, setter, col_w, size)
            units += rows
            continue
        heading = setter.paragraph(block.heading, col_w, "heading", size, block.heading, False)
        units.append(_Unit(heading, "heading", index, True))
        more = continued_heading(titles.card_continued, block.heading)
        again[index] = _Unit(
            setter.paragraph(more, col_w, "heading", size, block.heading, False), "heading", index, False
        )
        for text, source in block.items:
            units.append(_Unit(setter.paragraph(text, col_w, "body", size, source, True), "body", index, False))
    return _Units(units, again)


def continued_heading(pattern: str, heading: str) -> str:
    """A card's heading said again where it goes on (``pattern``: "{heading} (vervolg)"); a heading that ends
    in brackets of its own takes the word inside them ("Klantproces · Kopen (van pagina 1, vervolg)"), never
    two brackets in a row."""
    said = pattern.format(heading=heading)
    word = pattern.replace("{heading}", "", 1).strip()
    if heading.endswith(")") and word.startswith("(") and word.endswith(")"):
        return f"{heading[:-1]}, {word[1:]}"
    return said


def _block_heights(pieces: list[_Placed], size: float) -> dict[int, float]:
    """For each piece that starts a block (its heading), the height of the whole block from there."""
    line_h = size * LEADING
    heights: dict[int, float] = {}
    start = -1
    for index, piece in enumerate(pieces):
        if piece.unit.first_of_block and piece.first_part:
            start = index
            heights[start] = line_h * len(piece.lines)
        elif start >= 0 and pieces[start].unit.block == piece.unit.block:
            heights[start] += size * ITEM_GAP + line_h * len(piece.lines)
    return heights


def _pack(
    pieces: list[_Placed],
    limit: float,
    size: float,
    again: dict[int, _Unit],
    column: float | None = None,
    most: int | None = None,
    wholes: dict[int, float] | None = None,
) -> list[_Column]:
    """Fill columns of height ``limit`` from the top with the pieces (paragraphs, or what is left of
    one). A block (a card: its heading and items) that fits in a column (``column``: its real height,
    when ``limit`` is a trial one) is never split: it starts a new column rather than go on in the next,
    and stands whole even past a trial height. A block taller than a column is split between lines, and
    its heading is said again ("… (vervolg)") where it goes on; a heading never ends a column.
    ``column`` = ``SPLIT``: no card is kept whole, each goes on in the next column between its items.
    ``most``: packing stops once it starts a column past that many (the trials only ask whether the pieces
    go in so many columns: the rest of a failing trial is not packed). ``wholes``: ``_block_heights`` of the
    pieces, where the caller packs them many times."""
    line_h = size * LEADING
    tall = (limit if column is None else column) - PAD * size  # the real column, less the last card's padding
    limit -= PAD * size
    columns: list[_Column] = []
    wholes = _block_heights(pieces, size) if wholes is None else wholes
    kept: int | None = None  # the block being placed whole
    # Whether the last column holds nothing yet but a heading said again: kept as a flag, not looked up
    # in the column per piece (packing runs a dozen times per trial of a page's foot).
    fresh = True

    def new_column(going_on: _Unit | None) -> float:
        """Start a column; a block going on in it gets its heading again. Returns where text goes on."""
        nonlocal fresh
        columns.append([])
        fresh = True
        if going_on is None or going_on.role == "heading":
            return PAD * size
        head = again[going_on.block]
        columns[-1].append(_Placed(head, head.para.lines, PAD * size, True, repeat=True))
        return PAD * size + line_h * len(head.para.lines) + size * ITEM_GAP

    going_on = pieces[0] if pieces and not (pieces[0].unit.first_of_block and pieces[0].first_part) else None
    y = new_column(going_on.unit if going_on else None)  # a page that goes on with a card: its heading again
    headed = False  # whether the last piece placed is a heading, in the column it ends
    # the same products as written out per piece, made once: packing runs a dozen times per trial of a foot
    pad, item_gap, block_gap, last = PAD * size, size * ITEM_GAP, size * BLOCK_GAP, len(pieces) - 1
    for index, (unit, lines, _, first, _) in enumerate(pieces):
        starts = first and unit.first_of_block
        heading = unit.role == "heading"
        if not fresh:
            y += block_gap if starts else item_gap
        if starts:
            kept = unit.block if pad + wholes.get(index, 0.0) <= tall else None
        whole = kept == unit.block
        # the first item under a heading starts beside it (the heading kept room for its first line): moved
        # whole to the next column, it left the heading alone at a column's foot
        if whole:
            moves = starts and y + wholes[index] > limit
        else:
            keep = line_h * len(lines) + (line_h + item_gap if heading and index < last else 0)
            moves = y + keep > limit and not headed
        headed = heading
        if moves and not fresh:
            y = new_column(None if starts else unit)
            if most is not None and len(columns) > most:
                return columns
        if whole:  # a card kept whole: its lines all go here (the loop below, for a whole card)
            if lines:
                fresh = False
                columns[-1].append(_Placed(unit, lines, y, first))
                y += line_h * len(lines)
            continue
        while lines:
            room = max(0, int((limit - y + 1e-6) // line_h))
            # a fresh column takes a line still, or this would go on for ever; a table's row is never split
            if (room == 0 or (unit.cells and room < len(lines))) and not fresh:
                y = new_column(unit)
                if most is not None and len(columns) > most:
                    return columns
                continue
            room = max(room, 1)  # a line taller than the column still goes somewhere, once
            fresh = False
            if room >= len(lines):  # the rest fits: no slice (packing runs many times per page)
                columns[-1].append(_Placed(unit, lines, y, first))
                y += line_h * len(lines)
                break
            columns[-1].append(_Placed(unit, lines[:room], y, first))
            y += line_h * room
            lines, first = lines[room:], False
    return columns


def _balanced(pieces: list[_Placed], limit: float, size: float, columns: int, again: dict[int, _Unit]) -> list[_Column]:
    """The pieces packed into at most ``columns`` columns, as short as they can be: each card whole, as
    long as that fills as many columns as splitting cards would, or the text is short (a quarter of the
    page's height at most split, half of it whole: seven short changes in one column, never a second headed
    "(vervolg)" on a page mostly empty); else a card goes on in the next column under its heading said again,
    rather than leave a column of a page full of text empty."""
    merged: list[_Placed] = []
    for piece in pieces:  # a paragraph split over this page's columns is one piece again
        if piece.repeat:
            continue  # a heading said again: packing says it again where it is needed
        if merged and merged[-1].unit is piece.unit:
            merged[-1] = _Placed(piece.unit, merged[-1].lines + piece.lines, 0.0, merged[-1].first_part)
        else:
            merged.append(_Placed(piece.unit, piece.lines, 0.0, piece.first_part))
    whole = _shortest(merged, limit, size, columns, again, limit)
    split = _shortest(merged, limit, size, columns, again, None)
    if len(split) > columns:  # even the cards that fit a column go on in the next to fit this page
        split = _shortest(merged, limit, size, columns, again, SPLIT)
    tallest = max((_column_height(c, size) for c in split), default=0.0)
    short = _tallest(whole, size) <= limit * SHORT_SHARE
    fills = len(whole) >= len(split) or tallest < limit / 4 or short
    return whole if len(whole) <= columns and fills else split


#: The most of a page's height text in whole cards may take and still be short: kept whole, not balanced.
SHORT_SHARE = 1 / 2


def _shortest(
    pieces: list[_Placed], limit: float, size: float, columns: int, again: dict[int, _Unit], column: float | None
) -> list[_Column]:
    """The least column height at which the pieces still go in ``columns`` columns (``column``: the real
    height, when cards that fit it are kept whole; None: cards split at the trial height)."""
    wholes = _block_heights(pieces, size)  # the same at every trial height
    best = _pack(pieces, limit, size, again, column, wholes=wholes)
    floor = _floor(pieces, size, columns)
    low, high = 0.0, limit
    while high - low > size * LEADING / 8:  # to an eighth of a line: finer steps searched 20 times for nothing
        middle = (low + high) / 2
        if middle < floor:  # sure to fail: not packed, and the search goes on as the trial would have it
            low = middle
            continue
        packed = _pack(pieces, middle, size, again, column, most=columns, wholes=wholes)
        if len(packed) <= columns and max(_column_height(c, size) for c in packed) <= middle + 1e-6:
            best, high = packed, middle
        else:
            low = middle
    return best


def _floor(pieces: list[_Placed], size: float, columns: int) -> float:
    """A height below which the pieces cannot go in ``columns`` columns: a column's lines stand one below
    another between its top and foot paddings, and the fullest column holds at least its share of all
    the lines; less a hundredth of a point, for the sums' rounding. 0 for pieces without a line."""
    lines = sum(len(piece.lines) for piece in pieces)
    return 2 * PAD * size + lines * size * LEADING / columns - 0.01 if lines else 0.0


def _column_height(column: _Column, size: float) -> float:
    return max((p.y + len(p.lines) * size * LEADING for p in column), default=0.0) + PAD * size


def _cards(page: Page, column: _Column, at: Box, kit: BrandKit, size: float) -> None:
    """A tinted card behind each block's text in the column (a block split over columns: a card each)."""
    spans: dict[int, tuple[float, float]] = {}
    for p in column:
        top, bottom = p.y, p.y + len(p.lines) * size * LEADING
        low, high = spans.get(p.unit.block, (top, bottom))
        spans[p.unit.block] = (min(low, top), max(high, bottom))
    pad = PAD * size
    for top, bottom in spans.values():
        box = Box(at.x, at.y + top - pad, at.w, bottom - top + 2 * pad)
        page.rects.append(Rect(box, kit.palette.muted, radius=size * 0.3))


def _draw(page: Page, placed: _Placed, column: Box, setter: Setter, kit: BrandKit, size: float) -> None:
    if placed.unit.cells:
        _draw_row(page, placed, column, setter, kit, size)
        return
    part = Paragraph(placed.lines, placed.unit.para.indent, placed.unit.para.source)
    box = Box(column.x, column.y, column.w, Setter.height([part], size))
    bullet = placed.unit.role == "body"
    block, spots = setter.place([part], box, placed.unit.role, size, kit.palette.text, bullet)
    block.tag = "P" if bullet else "H2"  # reading order: the order the blocks flow in
    page.blocks.append(block)
    for sx, baseline in spots[:1] if placed.first_part and bullet else []:
        mark = setter.line(BULLET, sx, baseline, "body", size, kit.palette.accent, part.source)
        box = Box(sx, baseline - size, mark.width + 0.01, size * LEADING)
        page.blocks.append(TextBlock(box, [mark], part.source, tag="Artifact"))


def _draw_row(page: Page, placed: _Placed, column: Box, setter: Setter, kit: BrandKit, size: float) -> None:
    """A table's row in its columns (a row split over two columns, taller than a column: whole in its first);
    under the header row a rule in the accent colour."""
    if not placed.first_part:
        return
    unit = placed.unit
    for cell, x in zip(unit.cells, unit.xs):
        if not cell.lines or not any(line.strip() for line in cell.lines):
            continue
        box = Box(column.x + x, column.y, column.w - x, Setter.height([cell], size))
        block, _ = setter.place([cell], box, unit.role, size, kit.palette.text, False)
        block.tag = "H2" if unit.role == "heading" else "P"
        page.blocks.append(block)
    if unit.role == "heading":
        rule = Box(column.x, column.y + len(unit.para.lines) * size * LEADING + size * 0.2, column.w, size * 0.06)
        page.rects.append(Rect(rule, kit.palette.accent))


def _new_page(
    kit: BrandKit, setter: Setter, width: float, height: float, u: float, margin: float, titles: FlowTitles
) -> tuple[Page, float]:
    page = Page(kind="continued", title=f"{titles.title} · {titles.kicker}")
    page.rects.append(Rect(Box(0, 0, width, height), kit.palette.background, bleeds=True))
    return page, band(page, kit, setter, width, u, margin, titles.kicker, titles.title)


def band(
    page: Page, kit: BrandKit, setter: Setter, width: float, u: float, margin: float, kicker: str, title: str
) -> float:
    band = kit.palette.primary
    ink = readable_on(band, kit.palette.text)
    text_w = width - 2 * margin
    parts = [
        (setter.paragraph(kicker.upper(), text_w, "heading", u * 1.1, "title", False), u * 1.1),
        (setter.paragraph(title, text_w, "heading", u * 1.8, "title", False), u * 1.8),
    ]
    text_h = sum(Setter.height([p], s) for p, s in parts) + u * 0.3
    band_h = text_h + margin
    page.rects.append(Rect(Box(0, 0, width, band_h), band, bleeds=True))
    y = margin / 2
    for order, ((para, size), tag) in enumerate(zip(parts, ("P", "H1"))):
        h = Setter.height([para], size)
        block, _ = setter.place([para], Box(margin, y, text_w, h), "heading", size, ink, False)
        block.tag, block.order = tag, (0, order)
        page.blocks.append(block)
        y += h + u * 0.3
    return band_h
