"""Cards on A4 label sheets: every item of the canvas on a card in its phase colour, with its lane, its
ID and a QR code of the ID; blank cards per lane for new ideas; cut marks in the sheet's margins.

The sheets follow the common A4 label formats (2 x 4: 99.1 x 67.7 mm; 3 x 8: 63.5 x 33.9 mm), so the
cards print on label stock or on plain paper to cut. Text is fitted with the real fonts, never under
9 pt; an item too long for one card goes on over a second card marked as its continuation.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.barcode import qrencoder

from canvasgen.analysis.cards import Card
from canvasgen.brand.colors import WHITE, Colour, readable_on
from canvasgen.brand.kit import BrandKit
from canvasgen.layout.boxes import Box, Page, Rect
from canvasgen.layout.text.fit import largest_fitting
from canvasgen.layout.text.setter import LEADING, Paragraph, Setter
from canvasgen.units import mm

A4 = (mm(210), mm(297))
MIN_SIZE = 9.0
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


FORMATS = {
    "2x4": SheetFormat(2, 4, (99.1, 67.7), 13.1, 4.65, 2.5, 16.0, 18.0),
    "3x8": SheetFormat(3, 8, (63.5, 33.9), 12.9, 7.2, 2.5, 10.0, 11.0),
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


def card_pages(
    cards: list[Card], blanks: list[tuple[str, Colour]], kit: BrandKit, setter: Setter, fmt: SheetFormat,
    words: dict[str, str],
) -> list[Page]:  # fmt: skip
    """The sheets: the cards in canvas order, then the blank ones."""
    faces: list[CardFace] = []
    for card in cards:
        colour = kit.palette.phase(card.phase) if card.phase is not None else kit.palette.accent
        faces.extend(_faces(card, colour, setter, fmt, words))
    size = MIN_SIZE
    for lane, colour in blanks:
        faces.append(CardFace(_band(lane, setter, fmt), [words["blank"]], size, "", colour, "blank"))
    per_page = fmt.columns * fmt.rows
    return [_sheet(faces[i : i + per_page], kit, setter, fmt) for i in range(0, len(faces), per_page)]


def _band(text: str, setter: Setter, fmt: SheetFormat) -> list[str]:
    return setter.wrap(text, mm(fmt.card[0]) - 4 * PAD, "heading", MIN_SIZE)


def _band_height(lines: int) -> float:
    return lines * MIN_SIZE * LEADING + PAD


def _text_box(fmt: SheetFormat, band_lines: int) -> tuple[float, float]:
    """The room for a card's text: beside the QR code, between the band and the ID line."""
    w, h = mm(fmt.card[0]), mm(fmt.card[1])
    return w - 3 * PAD - mm(fmt.qr), h - _band_height(band_lines) - 3 * PAD - MIN_SIZE * (LEADING + 0.3)


def _fit(text: str, setter: Setter, fmt: SheetFormat, band_lines: int) -> tuple[float, list[str]]:
    """The largest size (9 pt at least) at which the text fits a card, and its lines at that size."""
    width, height = _text_box(fmt, band_lines)

    def wrapped(size: float) -> list[str]:
        return [line for part in text.split("\n") for line in setter.wrap(part, width, "body", size)]

    size = largest_fitting(lambda s: len(wrapped(s)) * s * LEADING <= height, MIN_SIZE, fmt.max_size, 0.25)
    return size, wrapped(size)


def _faces(card: Card, colour: Colour, setter: Setter, fmt: SheetFormat, words: dict[str, str]) -> list[CardFace]:
    text = card.text if not card.details else "\n".join([card.text, *card.details])
    lane = f"{card.phase_name} · {card.lane}" if card.phase_name else card.lane
    band_lines = len(_band(lane, setter, fmt))
    size, lines = _fit(text, setter, fmt, band_lines)
    if len(lines) * size * LEADING > _text_box(fmt, band_lines)[1]:  # continued: room for the longer band
        more = f"{lane} · {words['continued']} 9/9"
        band_lines = max(band_lines, len(_band(more, setter, fmt)))
        size, lines = _fit(text, setter, fmt, band_lines)
    height = _text_box(fmt, band_lines)[1]
    per_card = max(1, int(height // (size * LEADING)))
    chunks = [lines[i : i + per_card] for i in range(0, len(lines), per_card)]
    faces = []
    for n, chunk in enumerate(chunks):
        band = lane if n == 0 else f"{lane} · {words['continued']} {n + 1}/{len(chunks)}"
        band_text = _band(band, setter, fmt)
        band_text += [""] * (band_lines - len(band_text))  # every card of an item alike
        faces.append(CardFace(band_text, chunk, size, card.id, colour, str(card.item.source or card.id)))
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


def _card(page: Page, face: CardFace, box: Box, setter: Setter, ink: Colour, fmt: SheetFormat,
          place: tuple[int, int]) -> None:  # fmt: skip
    pad = PAD
    band_h = _band_height(len(face.band))
    page.rects.append(Rect(Box(box.x + pad, box.y + pad, box.w - 2 * pad, band_h), face.colour))
    on_band = readable_on(face.colour, ink)
    head = Paragraph([line for line in face.band if line], 0.0, face.source)
    band_box = Box(box.x + 2 * pad, box.y + pad + pad / 2, box.w - 4 * pad, band_h - pad)
    block, _ = setter.place([head], band_box, "heading", MIN_SIZE, on_band, False)
    block.tag, block.order = "H3", (*place, 0)
    page.blocks.append(block)
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
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    count = code.getModuleCount()
    module = box.w / (count + 4)
    page.rects.append(Rect(box, WHITE))
    for r in range(count):
        c = 0
        while c < count:
            if not code.isDark(r, c):
                c += 1
                continue
            start = c
            while c < count and code.isDark(r, c):
                c += 1
            x = box.x + (start + 2) * module
            page.rects.append(Rect(Box(x, box.y + (r + 2) * module, (c - start) * module, module), colour))


def _cut_marks(page: Page, fmt: SheetFormat, colour: Colour) -> None:
    """Short lines in the sheet's margins where the cards meet, to cut plain paper along."""
    w, h = mm(fmt.card[0]), mm(fmt.card[1])
    width, height = A4
    left, top = mm(fmt.left), mm(fmt.top)
    right, bottom = left + fmt.columns * w + (fmt.columns - 1) * mm(fmt.gap), top + fmt.rows * h
    line, length = 0.5, mm(3)
    xs = sorted({left + c * (w + mm(fmt.gap)) for c in range(fmt.columns)} |
                {left + c * (w + mm(fmt.gap)) + w for c in range(fmt.columns)})  # fmt: skip
    ys = [top + r * h for r in range(fmt.rows + 1)]
    for x in xs:
        page.rects.append(Rect(Box(x - line / 2, max(0.0, top - length - mm(1)), line, length), colour))
        page.rects.append(Rect(Box(x - line / 2, min(height - length, bottom + mm(1)), line, length), colour))
    for y in ys:
        page.rects.append(Rect(Box(max(0.0, left - length - mm(0.5)), y - line / 2, min(length, left - mm(1)), line),
                               colour))  # fmt: skip
        page.rects.append(Rect(Box(right + mm(0.5), y - line / 2, min(length, width - right - mm(1)), line), colour))
