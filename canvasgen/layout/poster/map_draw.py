"""Drawing the rows the poster adds under a journey (see ``map_rows``): a figure's bar, a channel's
or a role's compact row across the phases, and the persona panel's cards."""

from __future__ import annotations

from canvasgen.brand.colors import WHITE, readable_on
from canvasgen.brand.kit import BrandKit
from canvasgen.layout.boxes import Box, Dot, Icon, Page, Portrait, Rect, TextBlock
from canvasgen.layout.poster.curve_row import Columns
from canvasgen.layout.poster.kpi_tiles import bullet_bar
from canvasgen.layout.poster.map_rows import (
    ChannelRow,
    Gauge,
    MatrixHead,
    MatrixRow,
    PersonaCard,
    PersonaPanel,
    RoleRow,
)
from canvasgen.layout.text.setter import ITEM_GAP, LEADING, Paragraph, Setter

ICON_INDENT = 1.4  # text indent beside a channel icon, in font sizes
GAUGE_INDENT = 3.2  # text indent beside a figure's bar
MATRIX_PAD = 0.3  # the padding round a compact row's label, in text sizes


def draw_gauge(page: Page, gauge: Gauge, x: float, baseline: float, size: float, kit: BrandKit) -> None:
    """A figure's bar beside its text: the track, the value, and a tick at the target."""
    track = Box(x, baseline - size * 0.62, size * (GAUGE_INDENT - 0.5), size * 0.5)
    fill = {"met": kit.palette.opportunity, "missed": kit.palette.pain}.get(gauge.state, kit.palette.accent)
    bullet_bar(page, track, (gauge.fill, gauge.target), fill, size * 0.14, kit)


CARDS_PER_ROW = 4  # at most; fewer personas share the width
#: A lone persona's card spans the width, its lines in this many columns: at half the width, as it was, it
#: left the other half of its page empty; across it in one column, its lines would be too long to read.
LONE_CARD_COLUMNS = 2


def _per_row(panel: PersonaPanel) -> int:
    """Cards a row holds: a lone card halved (``PersonaPanel.halved``) takes half of it."""
    return min(CARDS_PER_ROW, max(len(panel.cards), 2 if panel.halved else 1))


def _line_columns(panel: PersonaPanel) -> int:
    """The columns a card's lines (quote, goals, needs …) are set in: two on a lone card across the width."""
    return LONE_CARD_COLUMNS if _per_row(panel) == 1 else 1


def _column_gap(u: float) -> float:
    return u * 1.2


def _in_columns(paras: list[Paragraph], columns: int, u: float) -> list[list[Paragraph]]:
    """A card's lines in ``columns`` columns, in reading order (down the first, then the next), split where
    the tallest column is the lowest; a line is never split between two."""
    if columns <= 1 or len(paras) <= 1:
        return [paras]
    best = [paras]
    for cut in range(1, len(paras)):
        head = _in_columns(paras[cut:], columns - 1, u)
        trial = [paras[:cut], *head]
        if max(Setter.height(c, u) for c in trial) < max(Setter.height(c, u) for c in best):
            best = trial
    return best


def _card_paragraphs(panel: PersonaPanel, setter: Setter, width: float, u: float) -> list[list[Paragraph]]:
    """The persona panel's cards: a name and the lines under it, beside the persona's picture (all of them)
    or beside its initials' disc (the name; the lines run under both across the card)."""
    card_w = _card_width(width, u, _per_row(panel))
    inner = card_w - 2 * u * 0.5
    columns = _line_columns(panel)
    found = []
    for card in panel.cards:
        beside = inner - _head(card, card_w, u) - u * 0.5
        lines_w = beside if card.picture is not None else inner
        lines_w = (lines_w - (columns - 1) * _column_gap(u)) / columns
        name_w = inner if _name_under(card, setter, card_w, u) else beside
        found.append(
            [
                setter.paragraph(card.name, name_w, "heading", u, str(card.source), False),
                *(setter.field(line.text, lines_w, "body", u, str(line.source)) for line in card.lines),
            ]
        )
    return found


def _disc(u: float) -> float:
    """The diameter of a persona's disc of initials (it has no picture): two lines of its name."""
    return 2 * u * LEADING


#: The most a persona's picture is high, in lines of the card's text: on small paper a third of a card
#: would be a picture taller than the card's words need.
PICTURE_LINES = 10


def picture_size(card_w: float, u: float) -> float:
    """The diameter of a persona's picture on a card ``card_w`` wide set at text size ``u``: a third of the
    card, at most ``PICTURE_LINES`` lines of its text high, never smaller than the disc of initials."""
    return max(_disc(u), min(card_w / 3, PICTURE_LINES * u * LEADING))


def _name_under(card: PersonaCard, setter: Setter, card_w: float, u: float) -> bool:
    """Whether the card's name goes under its disc of initials, across the card: a word of it is wider than
    the room beside the disc, where it would break inside the word ("Oriëntere / n", which a reader of the
    PDF no longer finds)."""
    if card.picture is not None:
        return False
    beside = card_w - 2 * u * 0.5 - _disc(u) - u * 0.5
    return setter.longest_word(card.name, "heading") * u > beside


def _head(card: PersonaCard, card_w: float, u: float) -> float:
    """The diameter of the card's picture, or of its disc of initials."""
    return picture_size(card_w, u) if card.picture is not None else _disc(u)


def _card_height(
    card: PersonaCard, paras: list[Paragraph], card_w: float, u: float, columns: int, under: bool
) -> float:
    """A card's height without its padding: its words beside its picture, or its name beside its disc (or
    ``under`` it) and the lines under them (in ``columns``, the tallest)."""
    tallest = max(Setter.height(column, u) for column in _in_columns(paras[1:], columns, u))
    lines = u * ITEM_GAP + tallest if paras[1:] else 0.0
    head = _head(card, card_w, u)
    if card.picture is not None:
        return max(head, Setter.height(paras[:1], u) + lines)
    if under:
        return head + u * ITEM_GAP + Setter.height(paras[:1], u) + lines
    return max(Setter.height(paras[:1], u), head) + lines


def _card_width(width: float, u: float, per_row: int) -> float:
    return (width - (per_row - 1) * u * 0.6) / per_row


def _card_rows(
    panel: PersonaPanel, cards: list[list[Paragraph]], setter: Setter, width: float, u: float
) -> list[float]:
    """The height of each row of cards."""
    pad, per_row = u * 0.5, _per_row(panel)
    card_w = _card_width(width, u, per_row)
    columns = _line_columns(panel)
    heights = [
        _card_height(c, paras, card_w, u, columns, _name_under(c, setter, card_w, u))
        for c, paras in zip(panel.cards, cards, strict=True)
    ]
    return [max(heights[start : start + per_row]) + 2 * pad for start in range(0, len(heights), per_row)]


def matrix_row_height(row: MatrixRow, setter: Setter, label_w: float, width: float, u: float) -> float:
    pad = u * MATRIX_PAD
    if isinstance(row, MatrixHead):  # a heading runs across the page on one line
        return u * LEADING + 2 * pad
    if isinstance(row, PersonaPanel):
        return persona_cards_height(row, setter, width, u)
    # measured as drawn: an icon's indent only before a channel that has one (a role's row has none)
    indent = u * ICON_INDENT if isinstance(row, ChannelRow) and row.icon else 0.0
    label = setter.paragraph(row.label, label_w - 2 * pad - indent, "heading", u, "", False)
    return Setter.height([label], u) + 2 * pad


def draw_matrix_row(cols: Columns, row: MatrixRow, box: Box, u: float) -> None:
    """A compact row in ``box`` at text size ``u``: a heading across the page, a channel with its count per
    phase, a role's phases, or the persona panel."""
    page, kit, setter = cols.page, cols.kit, cols.setter
    ink = kit.palette.text
    if isinstance(row, PersonaPanel):
        draw_persona_cards(page, row, kit, setter, box, u)
        return
    pad = u * MATRIX_PAD
    source = str(row.source or "matrix")
    if isinstance(row, MatrixHead):
        para = setter.paragraph(row.label, box.w - 2 * pad, "heading", u, source, False)
        block, _ = setter.place([para], Box(box.x, box.y + pad, box.w, box.h - 2 * pad), "heading", u, ink, False)
        page.blocks.append(block)
        page.rects.append(Rect(Box(box.x, box.bottom - u * 0.08, box.w, u * 0.08), kit.palette.primary))
        return
    label_w, col_x, col_w = cols.label_w, cols.col_x, cols.col_w
    muted = kit.palette.muted
    page.rects.append(Rect(Box(box.x, box.y, label_w, box.h), muted))
    channel = row.icon if isinstance(row, ChannelRow) else None
    indent = u * ICON_INDENT if channel else 0.0
    if channel:
        baseline = box.y + pad + u * LEADING * setter.fonts.baseline_share("heading")
        page.icons.append(Icon(channel, box.x + pad, baseline - u * 0.95 * 0.8, u * 0.95, kit.palette.accent))
    para = setter.paragraph(row.label, label_w - 2 * pad - indent, "heading", u, source, False)
    label_box = Box(box.x + pad + indent, box.y + pad, label_w - 2 * pad - indent, box.h - 2 * pad)
    block, _ = setter.place([para], label_box, "heading", u, readable_on(muted, ink), False)
    page.blocks.append(block)
    for index, x in enumerate(col_x):
        colour = cols.phase_colour(index)
        page.rects.append(Rect(Box(x, box.y, col_w, box.h), colour.mix(WHITE, 0.93)))
        if isinstance(row, RoleRow):
            if not row.involved[index]:
                continue
            # Involved phases as one bar, joined across neighbouring phases.
            joined_left = index > 0 and row.involved[index - 1]
            joined_right = index + 1 < len(col_x) and row.involved[index + 1]
            x0 = x - (col_x[index] - col_x[index - 1] - col_w) if joined_left else x + pad
            x1 = x + col_w + (col_x[index + 1] - x - col_w if joined_right else -pad)
            bar_h = min(box.h - 2 * pad, u * 0.8)
            page.rects.append(Rect(Box(x0, box.y + (box.h - bar_h) / 2, x1 - x0, bar_h), kit.palette.accent))
            continue
        if not row.counts[index]:
            continue
        text = f"{row.counts[index]}×"
        radius = u * 0.42
        cy = box.y + box.h / 2
        cx = x + col_w / 2 - setter.width(text, "body", u) / 2 - radius
        page.dots.append(Dot(cx, cy, radius, colour, colour))
        tx = cx + radius * 1.8
        baseline = cy + u * 0.35
        line = setter.line(text, tx, baseline, "body", u, readable_on(colour.mix(WHITE, 0.93), ink), "matrix")
        page.blocks.append(TextBlock(Box(tx, box.y, line.width + 0.01, box.h), [line], "matrix"))


def persona_cards_height(panel: PersonaPanel, setter: Setter, width: float, u: float, heading: bool = True) -> float:
    """The height the persona panel takes at text size ``u``: its heading (unless ``heading`` is off) and
    its rows of cards."""
    heights = _card_rows(panel, _card_paragraphs(panel, setter, width, u), setter, width, u)
    head = u * LEADING + 2 * u * 0.3 if heading else 0.0
    return head + sum(heights) + u * 0.6 * max(len(heights) - 1, 0)


def draw_persona_cards(
    page: Page,
    panel: PersonaPanel,
    kit: BrandKit,
    setter: Setter,
    row: Box,
    u: float,
    heading: bool = True,
    stretch: bool = False,
) -> None:
    """The persona panel: a heading (unless ``heading`` is off: the page's band says it), then the cards,
    up to four to a row, filling its width (a lone card's lines in two columns); ``stretch``: the rows of
    cards share the box's spare height too (a page of persona cards is filled by them, not two cards
    huddled at its top)."""
    pad = u * MATRIX_PAD
    ink = kit.palette.text
    y = row.y
    if heading:
        head = setter.paragraph(panel.label, row.w, "heading", u, "personas", False)
        block, _ = setter.place([head], Box(row.x, row.y + pad, row.w, u * LEADING), "heading", u, ink, False)
        page.blocks.append(block)
        rule = Box(row.x, row.y + u * LEADING + 2 * pad - u * 0.08, row.w, u * 0.08)
        page.rects.append(Rect(rule, kit.palette.primary))
        y += u * LEADING + 2 * pad
    cards = _card_paragraphs(panel, setter, row.w, u)
    per_row = _per_row(panel)
    heights = _card_rows(panel, cards, setter, row.w, u)
    width, gap, inner = _card_width(row.w, u, per_row), u * 0.6, u * 0.5
    if stretch:
        spare = row.bottom - y - sum(heights) - gap * (len(heights) - 1)
        heights = [height + max(spare, 0.0) / len(heights) for height in heights]
    fill = kit.palette.muted
    on_fill = readable_on(fill, ink)
    for start, height in zip(range(0, len(cards), per_row), heights):
        for column, paras in enumerate(cards[start : start + per_row]):
            x = row.x + column * (width + gap)
            page.rects.append(Rect(Box(x, y, width, height), fill))
            page.rects.append(Rect(Box(x, y, u * 0.18, height), kit.palette.accent))
            card = panel.cards[start + column]
            face = _head(card, width, u)
            name_h = Setter.height(paras[:1], u)
            beside = x + inner + face + u * 0.5
            if card.picture is not None:  # the persona's own picture, large, its words beside it from the top
                page.portraits.append(Portrait(Box(x + inner, y + inner, face, face), card.picture))
                box = Box(beside, y + inner, x + width - inner - beside, name_h)
                lines_x, lines_top = beside, y + inner + name_h + u * ITEM_GAP
            elif _name_under(card, setter, width, u):  # a word too long beside the disc: the name under it
                _draw_disc(page, card.letters, x + inner, y + inner, face, kit, setter)
                box = Box(x + inner, y + inner + face + u * ITEM_GAP, width - 2 * inner, name_h)
                lines_x, lines_top = x + inner, box.y + name_h + u * ITEM_GAP
            else:  # its initials in a disc, the name beside it, the lines under both
                _draw_disc(page, card.letters, x + inner, y + inner, face, kit, setter)
                box = Box(beside, y + inner + max(face - name_h, 0.0) / 2, x + width - inner - beside, name_h)
                lines_x, lines_top = x + inner, y + inner + max(name_h, face) + u * ITEM_GAP
            page.blocks.append(setter.place(paras[:1], box, "heading", u, on_fill, False)[0])
            columns = _line_columns(panel)
            column_w = (x + width - inner - lines_x - (columns - 1) * _column_gap(u)) / columns
            for number, set_lines in enumerate(_in_columns(paras[1:], columns, u)):
                if set_lines:
                    left = lines_x + number * (column_w + _column_gap(u))
                    box = Box(left, lines_top, column_w, y + height - inner - lines_top)
                    page.blocks.append(setter.place(set_lines, box, "body", u, on_fill, False)[0])
        y += height + gap


def _draw_disc(page: Page, letters: str, x: float, y: float, size: float, kit: BrandKit, setter: Setter) -> None:
    """A persona's initials, centred in a disc of the brand colour ``size`` across at (x, y): where a card
    has no picture, never an empty box. The letters are decoration (the name stands beside them)."""
    colour = kit.palette.primary
    radius = size / 2
    page.dots.append(Dot(x + radius, y + radius, radius, colour, colour))
    if not letters:
        return
    text = size * 0.42
    wide = setter.width(letters, "heading", text)
    if wide > size * 0.72:  # three letters or more ("P10"): smaller, inside the disc
        text *= size * 0.72 / wide
        wide = size * 0.72
    baseline = y + radius + text * 0.35
    line = setter.line(
        letters, x + radius - wide / 2, baseline, "heading", text, readable_on(colour, kit.palette.text), "initials"
    )
    page.blocks.append(TextBlock(Box(x, y, size, size), [line], "initials", tag="Artifact"))
