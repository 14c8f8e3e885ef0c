"""Continuation and appendix pages: blocks of text flowed down columns, page after page."""

from __future__ import annotations

from dataclasses import dataclass

from canvasgen.brand.colors import readable_on
from canvasgen.brand.kit import BrandKit
from canvasgen.layout.boxes import Box, Page, Rect, TextBlock
from canvasgen.layout.setter import BULLET, ITEM_GAP, LEADING, Paragraph, Setter
from canvasgen.layout.sheet import content_bottom, page_margin

COLUMN_WIDTH = 30  # in minimum-size units: about 60 characters a line


@dataclass
class FlowBlock:
    heading: str
    items: list[tuple[str, str]]  # (text, source cell)


def flow(
    blocks: list[FlowBlock],
    kit: BrandKit,
    setter: Setter,
    width: float,
    height: float,
    u: float,
    kicker: str,
    title: str,
) -> tuple[list[Page], list[int]]:
    """Pages holding the blocks, and for each block the index of the page it starts on."""
    if not blocks:
        return [], []
    margin = page_margin(width, height)
    gap = u * 1.5
    size = u * 1.1
    left, right = margin, width - margin
    columns = max(1, int((right - left + gap) / (COLUMN_WIDTH * u + gap)))
    col_w = (right - left - gap * (columns - 1)) / columns
    bottom = content_bottom(width, height, u)
    pages: list[Page] = []
    starts: list[int] = []
    state = {"col": 0, "y": 0.0, "top": 0.0}

    def new_page() -> None:
        page = Page(kind="continued")
        page.rects.append(Rect(Box(0, 0, width, height), kit.colour("background"), bleeds=True))
        state["top"] = band(page, kit, setter, width, u, margin, kicker, title) + u * 1.2
        pages.append(page)
        state["col"], state["y"] = 0, state["top"]

    def next_column() -> None:
        if state["col"] + 1 >= columns:
            new_page()
        else:
            state["col"] += 1
            state["y"] = state["top"]

    def place(para: Paragraph, role: str, psize: float, bullet: bool) -> None:
        h = Setter.height([para], psize)
        if state["y"] + h > bottom and state["y"] > state["top"]:
            next_column()
        lines = para.lines
        while lines:
            room = int((bottom - state["y"]) // (psize * LEADING))
            if room < 1:
                next_column()
                continue
            part = Paragraph(lines[:room], para.indent, para.source)
            x = left + state["col"] * (col_w + gap)
            box = Box(x, state["y"], col_w, Setter.height([part], psize))
            block, spots = setter.place([part], box, role, psize, kit.colour("text"), bullet)
            pages[-1].blocks.append(block)
            for sx, baseline in spots[:1] if lines is para.lines else []:
                bullet_line = setter.line(BULLET, sx, baseline, "body", psize, kit.colour("accent"), para.source)
                pages[-1].blocks.append(
                    TextBlock(
                        Box(sx, baseline - psize, bullet_line.width + 0.01, psize * LEADING), [bullet_line], para.source
                    )
                )
            state["y"] += box.h + psize * ITEM_GAP
            lines = lines[room:]
            if lines:
                next_column()

    new_page()
    for block in blocks:
        heading = setter.paragraph(block.heading, col_w, "heading", size, block.heading, False)
        first = (
            setter.paragraph(block.items[0][0], col_w, "body", size, block.items[0][1], True) if block.items else None
        )
        need = Setter.height([heading], size) + (Setter.height([first], size) + size * ITEM_GAP if first else 0)
        if state["y"] + need > bottom and state["y"] > state["top"]:
            next_column()
        starts.append(len(pages) - 1)
        place(heading, "heading", size, False)
        for text, source in block.items:
            place(setter.paragraph(text, col_w, "body", size, source, True), "body", size, True)
        state["y"] += size * 0.8
    return pages, starts


def band(
    page: Page, kit: BrandKit, setter: Setter, width: float, u: float, margin: float, kicker: str, title: str
) -> float:
    band = kit.colour("primary")
    ink = readable_on(band, kit.colour("text"))
    text_w = width - 2 * margin
    parts = [
        (setter.paragraph(kicker.upper(), text_w, "heading", u * 1.1, "title", False), u * 1.1),
        (setter.paragraph(title, text_w, "heading", u * 1.8, "title", False), u * 1.8),
    ]
    text_h = sum(Setter.height([p], s) for p, s in parts) + u * 0.3
    band_h = text_h + margin
    page.rects.append(Rect(Box(0, 0, width, band_h), band, bleeds=True))
    y = margin / 2
    for para, size in parts:
        h = Setter.height([para], size)
        block, _ = setter.place([para], Box(margin, y, text_w, h), "heading", size, ink, False)
        page.blocks.append(block)
        y += h + u * 0.3
    return band_h
