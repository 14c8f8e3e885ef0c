"""Cards on A4 label sheets: every item of the canvas on a card in its phase colour, with its lane, its
ID and a QR code of the ID; blank cards per lane for new ideas; cut marks in the sheet's margins.

The sheets follow the common A4 label formats (2 x 4: 99.1 x 67.7 mm; 3 x 8: 63.5 x 33.9 mm), so the
cards print on label stock or on plain paper to cut. Text is fitted with the real fonts, never under
9 pt (the small 3 x 8 card's text 8 pt, its band one line for an item that needs the room: an item is
one card a team moves and votes on, kept whole where it can be), each card in the largest of a few sizes
(``size_classes``) at which it fits: the short cards alike on every sheet, a long one smaller without
making the others of its sheet small; an item too long for one card at the floor goes on over cards of
even length, marked "(1/2)", "(2/2)", and the kit says which.

A touchpoint's card is designed like the poster's: the channel's icon in the band, the name, then its
facts as short lines in words ("Website · Laptop, thuis", "nu: Deels → ideaal: Ja") — no column headers.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace

from canvasgen.analysis.cards import Card, journey_names
from canvasgen.analysis.view import answer, icon_channel
from canvasgen.brand.colors import WHITE, Colour, heading_ink
from canvasgen.brand.kit import BrandKit
from canvasgen.layout.boxes import Box, Icon, Page, Rect
from canvasgen.layout.sheets.qr import qr_modules
from canvasgen.layout.text.fit import largest_fitting
from canvasgen.layout.text.setter import LEADING, Paragraph, Setter
from canvasgen.model import Canvas, Touchpoint
from canvasgen.text import ends_sentence
from canvasgen.units import mm

A4 = (mm(210), mm(297))
MIN_SIZE = 9.0
_ELLIPSIS = "…"  # where a card cut mid-sentence ends, and where the next goes on
PAD = mm(2.5)


@dataclass(frozen=True)
class SheetFormat:
    columns: int
    rows: int
    card: tuple[float, float]  # mm
    top: float  # mm, to the first row
    left: float  # mm, to the first column
    gap: float  # mm, between columns
    max_size: float  # the largest text size on a card
    qr: float  # mm
    min_size: float = 9.0  # the smallest text size of a card's text
    one_line_band: bool = False  # the band is one line (phase · lane, the lane shortened): the ID says the rest


FORMATS = {
    "2x4": SheetFormat(2, 4, (99.1, 67.7), 13.1, 4.65, 2.5, 16.0, 18.0),
    "3x8": SheetFormat(3, 8, (63.5, 33.9), 12.9, 7.2, 2.5, 10.0, 11.0, min_size=8.0, one_line_band=True),
}


@dataclass(frozen=True)
class CardFace:
    """What one printed card shows: a card, or the continuation of one, or a blank card for a lane."""

    band: list[str]  # the phase and lane, wrapped (and "vervolg" on a continuation)
    lines: list[str]  # the text, wrapped
    size: float
    code: str  # the ID as printed and in the QR code; "" on a blank card
    colour: Colour
    source: str
    channel: str | None = None  # a touchpoint's channel: its icon in the band
    text: str = ""  # what ``lines`` wrap, on a face that holds all of it: set again in its sheet's size
    cards: int = 1  # how many cards the item goes on over (more than one: continued)


#: A touchpoint's fields its card puts into words (the others keep their column's name).
_TOLD = ("channel", "device", "content", "timing", "owner", "current", "ideal", "kpi", "sales_moment")


def touchpoint_lines(tp: Touchpoint, heads: dict[str, str], words: dict[str, str]) -> list[str]:
    """A touchpoint's facts as short lines in words, every word of its fields kept: where and how, what,
    when and by whom, served now and ideally, what is measured, whether it is a sales moment."""

    def joined(*keys: str) -> str:
        return " · ".join(tp.get(k) for k in keys if tp.get(k))

    lines = [joined("channel", "device"), joined("content"), joined("timing", "owner")]
    current, ideal = tp.get("current"), tp.get("ideal")
    if current or ideal:
        lines.append(f"{words['tp_now']}: {current or '—'} → {words['tp_ideal']}: {ideal or '—'}")
    if tp.get("kpi"):
        lines.append(f"{words['tp_kpi']}: {tp.get('kpi')}")
    sale = tp.get("sales_moment")
    if sale:
        said = answer(sale)
        told = {True: words["tp_sale"], False: words["tp_no_sale"]}
        lines.append(told[said] if said is not None else f"{words['tp_sale']}: {sale}")
    lines += [f"{heads.get(k, k)}: {item.text}" for k, item in tp.fields.items() if k not in _TOLD and item.text]
    return [line for line in lines if line]


def touchpoint_channel(tp: Touchpoint) -> str | None:
    """The channel a touchpoint's icon shows, as on the poster (``icon_channel``)."""
    return icon_channel(tp)


def continued(faces: list[CardFace]) -> list[str]:
    """The IDs of the items that go on over more than one card, in card order."""
    return list(dict.fromkeys(face.code for face in faces if face.code and face.cards > 1))


def card_faces(
    cards: list[Card],
    blanks: list[tuple[str, Colour]],
    kit: BrandKit,
    setter: Setter,
    fmt: SheetFormat,
    words: dict[str, str],
    canvas: Canvas | None = None,
) -> list[CardFace]:
    """Every printed card's face: the cards in canvas order, then the blank ones."""
    faces: list[CardFace] = []
    heads = {k: v.text for k, v in canvas.touchpoint_columns.items()} if canvas is not None else {}
    names = journey_names(canvas) if canvas is not None else []  # two journeys' cards on one table: whose
    for card in cards:
        colour = kit.palette.phase(card.phase) if card.phase is not None else kit.palette.accent
        journey = names[card.journey] if card.journey is not None and card.journey < len(names) else ""
        faces.extend(_faces(card, colour, setter, fmt, words=words, heads=heads, journey=journey))
    for lane, colour in blanks:  # their "new idea" is a hint in the small size of the band and the ID
        faces.append(CardFace(_band(lane, setter, fmt), [words["blank"]], MIN_SIZE, "", colour, "blank"))
    return faces


def sheets_of(faces: list[CardFace], kit: BrandKit, setter: Setter, fmt: SheetFormat) -> list[Page]:
    """The faces on sheets, each card's text in its size class (``_in_classes``)."""
    per_page = fmt.columns * fmt.rows
    sheets = [faces[i : i + per_page] for i in range(0, len(faces), per_page)]
    return [_sheet(_in_classes(sheet, setter, fmt), kit, setter, fmt) for sheet in sheets]


#: How many text sizes the cards of a format come in: its largest, its floor, and evenly between.
SIZE_CLASSES = 4


def size_classes(fmt: SheetFormat) -> tuple[float, ...]:
    """The text sizes a format's cards are set in, largest first (to half a point; the last its floor)."""
    step = (fmt.max_size - fmt.min_size) / (SIZE_CLASSES - 1)
    between = tuple(round((fmt.max_size - i * step) * 2) / 2 for i in range(1, SIZE_CLASSES - 1))
    return (fmt.max_size, *between, fmt.min_size)


def _in_classes(faces: list[CardFace], setter: Setter, fmt: SheetFormat) -> list[CardFace]:
    """Each card of a sheet in the largest size class at or under its own size (the largest it fits at; a
    continued card is at the floor already): every short card at the format's largest, on every sheet, and
    a long card a class smaller, not every card of its sheet (a sheet of one long card set all eight small,
    round 18). Each card fits at its class, as it fits at its own larger size."""
    classes = size_classes(fmt)

    def sized(face: CardFace) -> CardFace:
        size = max((c for c in classes if c <= face.size + 1e-9), default=face.size)
        if not face.code or not face.text or size == face.size:
            return face
        return replace(face, lines=_wrapped(face.text, setter, fmt, len(face.band), size), size=size)

    return [sized(face) for face in faces]


def _band(text: str, setter: Setter, fmt: SheetFormat, icon: bool = False) -> list[str]:
    return setter.wrap(text, _band_width(fmt, icon), "heading", MIN_SIZE)


def _band_width(fmt: SheetFormat, icon: bool = False) -> float:
    return mm(fmt.card[0]) - 4 * PAD - (ICON_ROOM if icon else 0.0)


def _one_line_band(phase: str, lane: str, mark: str, setter: Setter, fmt: SheetFormat, icon: bool) -> list[str]:
    """A small card's band on one line, for an item that needs the room: the phase and the lane; else the
    lane alone (the phase is in the band's colour and the ID); else the lane shortened with "…" (the
    team's full question is on the handouts and the poster); the continuation mark never cut."""
    width = _band_width(fmt, icon)

    def line(lane_part: str) -> str:
        return " · ".join(part for part in (phase, lane_part, mark) if part)

    if setter.width(line(lane), "heading", MIN_SIZE) <= width:
        return [line(lane)]
    phase = ""
    if setter.width(line(lane), "heading", MIN_SIZE) <= width:
        return [line(lane)]
    words = lane.split()
    while words and setter.width(line(" ".join(words) + "…"), "heading", MIN_SIZE) > width:
        words.pop()
    if words:
        return [line(" ".join(words) + "…")]
    return _band(line(lane), setter, fmt, icon)  # not even the phase and a word on one line: wrapped


ICON_ROOM = MIN_SIZE * 1.6  # the channel icon at the band's right


def _band_height(lines: int) -> float:
    return lines * MIN_SIZE * LEADING + PAD


def _text_box(fmt: SheetFormat, band_lines: int) -> tuple[float, float]:
    """The room for a card's text: beside the QR code, between the band and the ID line."""
    w, h = mm(fmt.card[0]), mm(fmt.card[1])
    return w - 3 * PAD - mm(fmt.qr), h - _band_height(band_lines) - 3 * PAD - MIN_SIZE * (LEADING + 0.3)


#: A line set, and whether it ends its text's part or a sentence there: where a card may end without a mark.
SetLine = tuple[str, bool]


def _set_lines(text: str, setter: Setter, fmt: SheetFormat, band_lines: int, size: float) -> list[SetLine]:
    """The text's lines as ``_wrapped`` sets them, each with whether a card may end after it: the last line
    of a part (a touchpoint's field, a detail) or a line that ends a sentence."""
    lines: list[SetLine] = []
    for part in text.split("\n"):
        wrapped = _wrapped(part, setter, fmt, band_lines, size)
        lines += [(line, n == len(wrapped) - 1 or ends_sentence(line)) for n, line in enumerate(wrapped)]
    return lines


def _cut_into_cards(lines: list[SetLine], per_card: int, wrap: Callable[[str], list[str]]) -> list[list[str]]:
    """The lines of an item over as few cards as hold them, of even length (never a last card of one word).
    A card ends at a sentence's (or part's) end, or one line before the even cut where one ends there and the
    rest still fits the cards left; else mid-sentence, marked at both ends with "…" ("voor de…" and "…
    afrekening."), as the deck marks a cell it continues: the room never reads a cut sentence as whole.
    ``wrap``: the lines a text takes on a card (the mark may push a word on to the next card)."""
    cards: list[list[str]] = []
    rest = list(lines)
    while (left := -(-len(rest) // per_card)) > 1:
        take = -(-len(rest) // left)
        if not rest[take - 1][1] and take > 1 and rest[take - 2][1] and len(rest) - take + 1 <= per_card * (left - 1):
            take -= 1  # a sentence's end one line up
        head, rest = rest[:take], rest[take:]
        card = [line for line, _ in head]
        if not head[-1][1]:
            card, rest = _marked(card, rest, wrap)
        cards.append(card)
    return [*cards, [line for line, _ in rest]]


def _marked(card: list[str], rest: list[SetLine], wrap: Callable[[str], list[str]]) -> tuple[list[str], list[SetLine]]:
    """A card cut mid-sentence ended by "…" and the rest begun by "… ": a last word the mark leaves no room
    for goes on with the rest, which is set again from its first line."""
    last, moved = card[-1], ""
    if len(wrap(f"{last}{_ELLIPSIS}")) > 1 and " " in last:
        last, moved = last.rsplit(" ", 1)
    first, ends = rest[0]
    again = wrap(" ".join(word for word in (_ELLIPSIS, moved, first) if word))
    lines = [(line, ends_sentence(line)) for line in again[:-1]] + [(again[-1], ends)]
    return [*card[:-1], f"{last}{_ELLIPSIS}"], lines + rest[1:]


def _wrapped(text: str, setter: Setter, fmt: SheetFormat, band_lines: int, size: float) -> list[str]:
    """The text's lines at ``size`` on a card whose band has ``band_lines`` lines."""
    width = _text_box(fmt, band_lines)[0]
    return [line for part in text.split("\n") for line in setter.wrap(part, width, "body", size)]


def _fit(text: str, setter: Setter, fmt: SheetFormat, band_lines: int) -> tuple[float, list[str]]:
    """The largest size (the format's floor at least) at which the text fits a card, and its lines at that size."""
    height = _text_box(fmt, band_lines)[1]

    def fits(size: float) -> bool:
        return len(_wrapped(text, setter, fmt, band_lines, size)) * size * LEADING <= height

    size = largest_fitting(fits, fmt.min_size, fmt.max_size, 0.25)
    return size, _wrapped(text, setter, fmt, band_lines, size)


def _faces(
    card: Card,
    colour: Colour,
    setter: Setter,
    fmt: SheetFormat,
    *,
    words: dict[str, str],
    heads: dict[str, str],
    journey: str = "",
) -> list[CardFace]:
    """A card's faces (more than one when its text continues); ``words``: the kit's words in its language;
    ``heads``: the Touchpoints sheet's column names, by field; ``journey``: the journey's name, on the band
    before the phase, where the canvas has several ("Ideale reis · Operatie · Wat wij doen")."""
    channel = None
    if card.touchpoint is not None:
        text = "\n".join([card.text, *touchpoint_lines(card.touchpoint, heads, words)])
        channel = touchpoint_channel(card.touchpoint)
    else:
        said = card.shown or card.text  # "45 jaar" for an age the cell writes as "45" with no heading
        text = said if not card.details else "\n".join([said, *card.details])
    # a persona's name card is headed "Persona", not by the name it holds ("Fatima el Amrani" twice, F16)
    own = words["name_card"] if card.kind == "persona" and card.text == card.lane else card.lane
    lane = " · ".join(part for part in (journey, card.phase_name, own) if part)
    icon = channel is not None

    short = False  # a small card's band on one line, for an item that needs the room

    def band_of(mark: str) -> list[str]:
        if short:
            return _one_line_band(card.phase_name or "", own, mark, setter, fmt, icon)
        return _band(f"{lane} · {mark}" if mark else lane, setter, fmt, icon)

    def too_long(size: float, lines: list[str], band_lines: int) -> bool:
        return len(lines) * size * LEADING > _text_box(fmt, band_lines)[1]

    band_lines = len(band_of(""))
    size, lines = _fit(text, setter, fmt, band_lines)
    if too_long(size, lines, band_lines) and fmt.one_line_band:  # the band gives way before the item is cut
        short = True
        band_lines = len(band_of(""))
        size, lines = _fit(text, setter, fmt, band_lines)
    if too_long(size, lines, band_lines):  # continued: room for the longer band
        band_lines = max(band_lines, len(band_of(f"{words['continued']} (9/9)")))
        size, lines = _fit(text, setter, fmt, band_lines)
    height = _text_box(fmt, band_lines)[1]
    per_card = max(1, int(height // (size * LEADING)))
    wrap = functools.partial(_wrapped, setter=setter, fmt=fmt, band_lines=band_lines, size=size)
    chunks = _cut_into_cards(_set_lines(text, setter, fmt, band_lines, size), per_card, wrap)
    faces = []
    for n, chunk in enumerate(chunks):
        mark = ""
        if len(chunks) > 1:  # "(1/2)" on the first card too, so the room knows another goes with it
            mark = f"({n + 1}/{len(chunks)})"
            if n > 0 and not short:  # a one-line band keeps its room for the lane: "(2/2)" says it goes on
                mark = f"{words['continued']} {mark}"
        band_text = band_of(mark)
        band_text += [""] * (band_lines - len(band_text))  # every card of an item alike
        whole = text if len(chunks) == 1 else ""  # a continued item stays at the floor, as it was cut
        faces.append(
            CardFace(
                band_text, chunk, size, card.id, colour, str(card.item.source or card.id), channel, whole, len(chunks)
            )
        )
    return faces


def _sheet(faces: list[CardFace], kit: BrandKit, setter: Setter, fmt: SheetFormat) -> Page:
    page = Page(title="")
    w, h = mm(fmt.card[0]), mm(fmt.card[1])
    ink = kit.palette.text
    for n, face in enumerate(faces):
        row, col = divmod(n, fmt.columns)
        box = Box(mm(fmt.left) + col * (w + mm(fmt.gap)), mm(fmt.top) + row * h, w, h)
        _card(page, face, box, setter, ink, fmt, (row, col))
    _cut_marks(page, fmt, ink.mix(WHITE, 0.4))
    return page


def _card(
    page: Page, face: CardFace, box: Box, setter: Setter, ink: Colour, fmt: SheetFormat, place: tuple[int, int]
) -> None:
    pad = PAD
    band_h = _band_height(len(face.band))
    page.rects.append(Rect(Box(box.x + pad, box.y + pad, box.w - 2 * pad, band_h), face.colour))
    on_band = heading_ink(face.colour, ink)
    head = Paragraph([line for line in face.band if line], 0.0, face.source)
    band_box = Box(box.x + 2 * pad, box.y + pad + pad / 2, box.w - 4 * pad, band_h - pad)
    block, _ = setter.place([head], band_box, "heading", MIN_SIZE, on_band, False)
    block.tag, block.order = "H3", (*place, 0)
    page.blocks.append(block)
    if face.channel is not None:
        icon = MIN_SIZE * 1.2
        # the disc in the band's text colour; on a dark band that is white, so the glyph takes the band's
        # colour (a white glyph on a white disc was an empty circle, round 20)
        glyph = face.colour if on_band == WHITE else WHITE
        page.icons.append(
            Icon(face.channel, box.right - 2 * pad - icon, box.y + pad + (band_h - icon) / 2, icon, on_band, glyph)
        )
    width, height = _text_box(fmt, len(face.band))
    body = Box(box.x + pad, box.y + pad + band_h + pad, width, height)
    colour = ink if face.code else ink.mix(WHITE, 0.45)
    block, _ = setter.place([Paragraph(face.lines, 0.0, face.source)], body, "body", face.size, colour, False)
    block.order = (*place, 1)
    page.blocks.append(block)
    if not face.code:
        return
    qr = mm(fmt.qr)
    qr_box = Box(box.right - pad - qr, box.bottom - pad - qr, qr, qr)
    draw_qr(page, face.code, qr_box, ink)
    code_box = Box(box.x + pad, box.bottom - pad - MIN_SIZE * LEADING, width, MIN_SIZE * LEADING)
    code = Paragraph([face.code], 0.0, face.source)
    block, _ = setter.place([code], code_box, "heading", MIN_SIZE, ink.mix(WHITE, 0.25), False)
    block.order = (*place, 2)
    page.blocks.append(block)


def draw_qr(page: Page, text: str, box: Box, colour: Colour) -> None:
    """A QR code of ``text`` filling ``box`` (with its quiet zone of two modules), one rectangle per
    run of dark modules in a row."""
    count, runs = _dark_runs(text)
    module = box.w / (count + 4)
    page.rects.append(Rect(box, WHITE))
    for row, start, length in runs:
        x = box.x + (start + 2) * module
        page.rects.append(Rect(Box(x, box.y + (row + 2) * module, length * module, module), colour))


@functools.lru_cache(maxsize=4096)  # a card's code comes back each time its kit is made again (watch, the page)
def _dark_runs(text: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code of ``text``: its size in modules, and its dark modules as runs (row, first column, length)."""
    modules = qr_modules(text)
    count = len(modules)
    runs = []
    for r, row in enumerate(modules):
        c = 0
        while c < count:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < count and row[c]:
                c += 1
            runs.append((r, start, c - start))
    return count, tuple(runs)


def _cut_marks(page: Page, fmt: SheetFormat, colour: Colour) -> None:
    """Short lines in the sheet's margins where the cards meet, to cut plain paper along."""
    w, h = mm(fmt.card[0]), mm(fmt.card[1])
    width, height = A4
    left, top = mm(fmt.left), mm(fmt.top)
    right, bottom = left + fmt.columns * w + (fmt.columns - 1) * mm(fmt.gap), top + fmt.rows * h
    line, length = 0.5, mm(3)
    xs = sorted(
        {left + c * (w + mm(fmt.gap)) for c in range(fmt.columns)}
        | {left + c * (w + mm(fmt.gap)) + w for c in range(fmt.columns)}
    )
    ys = [top + r * h for r in range(fmt.rows + 1)]
    for x in xs:
        page.rects.append(Rect(Box(x - line / 2, max(0.0, top - length - mm(1)), line, length), colour))
        page.rects.append(Rect(Box(x - line / 2, min(height - length, bottom + mm(1)), line, length), colour))
    for y in ys:
        page.rects.append(
            Rect(Box(max(0.0, left - length - mm(0.5)), y - line / 2, min(length, left - mm(1)), line), colour)
        )
        page.rects.append(Rect(Box(right + mm(0.5), y - line / 2, min(length, width - right - mm(1)), line), colour))
