"""A cell drawn as a stack of cards instead of lines of text: measured figures as tiles, touchpoints as
cards. A cell is drawn this way only when every item in it has a card and the stack fits its height;
otherwise it stays lines of text (with a bar or an icon), which always fit more.
"""

from __future__ import annotations

from canvasgen.brand.kit import BrandKit
from canvasgen.layout.boxes import Box, Page
from canvasgen.layout.poster.kpi_tiles import Tile, draw_tile, tile_height
from canvasgen.layout.poster.map_rows import TextRow, TouchLine
from canvasgen.layout.poster.tp_cards import TouchCard, card_height, draw_card
from canvasgen.layout.text.setter import Setter
from canvasgen.model import Lane

GAP = 0.5  # between cards, in body sizes

Card = Tile | TouchCard


def cell_cards(row: Lane | TextRow, index: int) -> list[tuple[Card, str]] | None:
    """A cell's items as cards (each with its cell, for messages), or None where one of them has none
    (a lane's items never have one)."""
    if isinstance(row, Lane) or not row.cells[index]:
        return None
    cards = [(line.card if isinstance(line, TouchLine) else line.tile, str(line.source)) for line in row.cells[index]]
    found = [(card, source) for card, source in cards if card is not None]
    return found if len(found) == len(cards) else None


def _height(card: Card, setter: Setter, width: float, size: float) -> float:
    if isinstance(card, Tile):
        return tile_height(card, setter, width, size)
    return card_height(card, setter, width, size)


def stack_height(cards: list[tuple[Card, str]], setter: Setter, width: float, size: float) -> float:
    return sum(_height(c, setter, width, size) for c, _ in cards) + GAP * size * max(len(cards) - 1, 0)


def draw_stack(
    page: Page,
    cards: list[tuple[Card, str]],
    box: Box,
    kit: BrandKit,
    setter: Setter,
    size: float,
    order: tuple[int, ...],
) -> None:
    """The cards stacked from the top of ``box``."""
    y = box.y
    for card, source in cards:
        h = _height(card, setter, box.w, size)
        at = Box(box.x, y, box.w, h)
        if isinstance(card, Tile):
            draw_tile(page, card, at, kit, setter, size, (source, order))
        else:
            draw_card(page, card, at, kit, setter, size, (source, order))
        y += h + GAP * size
