"""Touchpoints as cards: the channel's icon and the touchpoint's name, when and by whom small under it,
whether it is served today and should be (in the pain colour when it is not served now), and "not a
sales moment". A card is read at a glance where a sentence joined with dots was not.

Every word of the touchpoint's line is on its card (``TouchCard`` holds them as the line's parts).
"""

from __future__ import annotations

from dataclasses import dataclass

from canvasgen.brand.colors import readable_on
from canvasgen.brand.kit import BrandKit, FontRole
from canvasgen.layout.boxes import Box, Icon, Page, Rect, TextBlock
from canvasgen.layout.text.setter import ITEM_GAP, Paragraph, Setter

PAD = 0.5  # inside a card, in body sizes
ICON = 0.95  # the channel icon, in body sizes
INDENT = 1.4  # the name's indent beside the icon


@dataclass(frozen=True)
class TouchCard:
    name: str
    channel: str | None
    details: str  # "Donderdagavond · Marketing": timing and owner
    status: str  # "nu: Ja → ideaal: Ja", or ""
    note: str  # "geen verkoopmoment", or ""
    warn: bool  # not served today


def _paragraphs(card: TouchCard, setter: Setter, width: float, size: float) -> list[tuple[str, Paragraph]]:
    """The card's parts as (what, paragraph), top to bottom; the name beside the icon."""
    inner = width - 2 * PAD * size
    indent = INDENT * size if card.channel else 0.0
    parts = [("name", setter.paragraph(card.name, inner, "heading", size, "", False, indent))]
    for what, text in (("details", card.details), ("status", card.status), ("note", card.note)):
        if text:
            parts.append((what, setter.paragraph(text, inner, "body", size, "", False)))
    return parts


def card_height(card: TouchCard, setter: Setter, width: float, size: float) -> float:
    paragraphs = [p for _, p in _paragraphs(card, setter, width, size)]
    return 2 * PAD * size + Setter.height(paragraphs, size)


def draw_card(
    page: Page,
    card: TouchCard,
    box: Box,
    kit: BrandKit,
    setter: Setter,
    size: float,
    where: tuple[str, tuple[int, ...]],
) -> None:
    source, order = where
    ground = kit.palette.background
    ink = readable_on(ground, kit.palette.text)
    edge = kit.palette.pain if card.warn else kit.palette.accent
    page.rects.append(Rect(box, ground, radius=size * 0.3))
    page.rects.append(Rect(Box(box.x, box.y, size * 0.22, box.h), edge))
    x, y = box.x + PAD * size, box.y + PAD * size
    small = ink.mix(ground, 0.3)
    colours = {"name": ink, "details": small, "status": readable_on(ground, edge) if card.warn else ink, "note": small}
    lines = []
    for number, (what, para) in enumerate(_paragraphs(card, setter, box.w, size)):
        role: FontRole = "heading" if what == "name" else "body"
        colour = colours[what]
        para = Paragraph(para.lines, para.indent, source)
        block, _ = setter.place([para], Box(x, y, box.w - 2 * PAD * size, box.h), role, size, colour, False)
        for line in block.lines:
            line.item = number
        lines.extend(block.lines)
        if number == 0 and card.channel:
            baseline = block.lines[0].y
            page.icons.append(Icon(card.channel, x, baseline - size * ICON * 0.8, size * ICON, edge))
        y += Setter.height([para], size) + size * ITEM_GAP
    page.blocks.append(TextBlock(box, lines, source, order=order))
