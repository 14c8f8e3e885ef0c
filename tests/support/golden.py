"""Golden layouts, summarised: the poster and deck layout of each example canvas as text a reviewer reads
as a diff, one line per page, block, slide and frame.

    make golden        # rewrite tests/golden/*.txt after a meant layout change, then review the diff

A page says its kind, title, size of text and how much it holds; each text block where it stands (its
box, to a tenth of a point), its cell, how many lines at which sizes and how it begins. A slide says its
title and what it holds; each frame where it stands and how it begins. The lines inside a block are not
listed: they follow from its box, its sizes and their number, and a change of wrapping changes these.
Tests compare against these files and never write them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from canvasgen.layout.boxes import Box, Page, PosterLayout, TextBlock
from canvasgen.layout.deck.deck import DeckLayout
from canvasgen.layout.deck.frames import Frame, Slide
from canvasgen.layout.poster.poster import PosterSpec
from canvasgen.units import parse_paper
from tests.support.layouts import DATE, default_kit, example_deck, laid_poster
from tests.support.reading import read_canvas
from tests.support.workbooks import EXAMPLES, REPO

FOLDER = REPO / "tests" / "golden"
BULLETS = {"•", "–", "-", "·", "▪"}


def _n(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _box(box: Box) -> str:
    return f"{_n(box.x)},{_n(box.y)} {_n(box.w)}x{_n(box.h)}"


def _sizes(sizes: Iterable[float]) -> str:
    return " ".join(f"{s:.2f}" for s in sorted(set(sizes))) or "-"


def _begins(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= 40 else text[:39] + "…")


def _block(block: TextBlock, bullets: list[TextBlock]) -> str:
    first = block.lines[0].text if block.lines else ""
    lines = f"{len(block.lines)} line{'s' if len(block.lines) != 1 else ''}"
    sizes = _sizes(line.size for line in block.lines)
    marks = f", bullets at y {' '.join(_n(b.box.y) for b in bullets)}" if bullets else ""
    return f"  {block.source} at {_box(block.box)}: {lines} at {sizes} {_begins(first)}{marks}"


def _is_bullet(block: TextBlock) -> bool:
    return bool(block.lines) and all(line.text.strip() in BULLETS for line in block.lines)


def _page(number: int, page: Page) -> list[str]:
    lines = [line for block in page.blocks for line in block.lines]
    words = sum(len(line.text.split()) for line in lines)
    drawn = f"{len(page.rects)} rects, {len(page.icons)} icons, {len(page.strokes)} strokes, {len(page.dots)} dots"
    head = (
        f"page {number} {page.kind} {page.title!r}: {len(page.blocks)} blocks, {len(lines)} lines, {words} words"
        f" at {_sizes(line.size for line in lines)}; {drawn}, {len(page.figures)} figures"
    )
    # A list item's bullet is a block of its own beside the item's text: said with the text it marks.
    marked: list[tuple[TextBlock, list[TextBlock]]] = []
    for block in page.blocks:
        if _is_bullet(block) and marked and marked[-1][0].source == block.source:
            marked[-1][1].append(block)
        else:
            marked.append((block, []))
    return [head, *(_block(block, bullets) for block, bullets in marked)]


def poster_summary(poster: PosterLayout) -> list[str]:
    head = (
        f"poster {_n(poster.width)} x {_n(poster.height)} pt, {poster.language}, {len(poster.pages)} pages, "
        f"text at least {poster.min_size:.2f} pt, body {_sizes(poster.body_sizes)}, "
        f"{len(poster.continued)} cells continued, {len(poster.problems)} problems"
    )
    return [head] + [line for number, page in enumerate(poster.pages, 1) for line in _page(number, page)]


def _frame(frame: Frame) -> str:
    first = frame.paras[0].text if frame.paras else ""
    sizes = _sizes(p.size for p in frame.paras)
    return f"  {frame.name or 'frame'} at {_box(frame.box)}: {len(frame.paras)} paras at {sizes} {_begins(first)}"


def _slide(number: int, slide: Slide) -> list[str]:
    words = sum(len(p.text.split()) for frame in slide.frames for p in frame.paras)
    words += sum(len(cell.split()) for table in slide.tables for row in table.rows for cell in row)
    extras = [f"{len(t.rows)}x{len(t.columns)} table at {_box(t.box)}" for t in slide.tables]
    extras += [f"chart of {len(slide.chart.lines)} lines at {_box(slide.chart.box)}"] if slide.chart else []
    extras += [f"bars of {len(slide.bars.series)} series at {_box(slide.bars.box)}"] if slide.bars else []
    notes = len(slide.notes.split())
    head = f"slide {number} {slide.kind} {slide.title!r} ({slide.section}): {len(slide.frames)} frames, {words} words"
    head += f", {notes} words of notes" + "".join(f"; {e}" for e in extras)
    return [head, *(_frame(frame) for frame in slide.frames)]


def deck_summary(deck: DeckLayout) -> list[str]:
    head = f"deck {_n(deck.width)} x {_n(deck.height)} pt, {deck.language}, {len(deck.slides)} slides"
    return [head] + [line for number, slide in enumerate(deck.slides, 1) for line in _slide(number, slide)]


def summary(path: Path) -> str:
    """The example's poster (A1, landscape) and deck layouts, with the default kit, on a fixed date."""
    kit, fonts = default_kit()
    canvas = read_canvas(path)
    width, height = parse_paper("A1")
    spec = PosterSpec(width, height, canvas.language or kit.language, path.name, DATE)
    poster = laid_poster(canvas, kit, fonts, spec)
    lines = [f"# {path.name}: poster A1 landscape and deck, default kit, {DATE} (`make golden` rewrites this)"]
    return "\n".join([*lines, *poster_summary(poster), *deck_summary(example_deck(path))]) + "\n"


def golden_file(path: Path) -> Path:
    return FOLDER / f"{path.stem}.txt"


def write_all() -> None:
    for stale in FOLDER.glob("*.json"):
        stale.unlink()
    for path in EXAMPLES:
        golden_file(path).write_text(summary(path), encoding="utf-8")
        print(f"wrote {golden_file(path).relative_to(REPO)}")


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: python -m tests.support.golden --update   (or: make golden)")
    write_all()
