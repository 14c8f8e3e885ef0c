"""Measured figures as tiles: the name, the figure large with its target and met / missed beside it,
a bullet bar (value against target), and where and when it was measured, small.

A tile is readable from across the room where a sentence with a hairline bar was not. Every word of
the figure's line is on its tile (``Tile`` holds them as the line's parts).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from canvasgen.brand.colors import Colour, readable_on
from canvasgen.brand.kit import BrandKit, FontRole
from canvasgen.layout.boxes import Box, Page, Rect, TextBlock
from canvasgen.layout.text.hyphenation import MIN_PIECE, SOFT_HYPHEN
from canvasgen.layout.text.setter import LEADING, Setter
from canvasgen.vocabulary.metrics import KINDS

FIGURE = 2.0  # the figure's size, in body sizes
PAD = 0.6  # inside a tile, in body sizes


@dataclass(frozen=True)
class Tile:
    name: str
    figure: str
    target: str | None  # "doel 3,5 %"
    verdict: str | None  # "gehaald" / "niet gehaald"
    state: str  # "met", "missed" or "plain"
    note: str  # touchpoint · period
    fill: float | None  # the bar: value and target as shares of the track
    target_at: float | None


@dataclass
class _Parts:
    name: list[str]
    figure: list[str]  # the figure's lines: one, unless it is wider than the tile even at the body size
    big: float  # the figure's size: FIGURE body sizes, less where the figure is wider than the tile
    beside: bool  # target and verdict beside the figure (else under it)
    side: list[str]
    note: list[str]


#: The parts figures' names are compounds of, besides the words of the names canvasgen knows ("bounce" beside
#: "bouncepercentage", "winkelmand" beside "winkelmandverlating"): where a name too long for its tile breaks.
_NAME_PARTS = (
    "percentage",
    "ratio",
    "rate",
    "score",
    "tijd",
    "duur",
    "aantal",
    "kosten",
    "waarde",
    "omzet",
    "verlating",
    "tevredenheid",
    "snelheid",
    "behoud",
    "klant",
    "klanten",
    "quote",
    "zeit",
    "dauer",
    "anzahl",
    "wert",
    "umsatz",
    "zufriedenheit",
    "programma",
    "programm",
    "program",
    "actie",
    "aktion",
    "campagne",
    "kampagne",
)
_INFLECTED = re.compile(r"(?:en|s|e|n)$")


@functools.lru_cache(maxsize=1)
def _name_parts() -> frozenset[str]:
    words = {w for kind in KINDS for name in kind.names for w in re.split(r"[\s\-']+", name)}
    return frozenset(w for w in (*words, *_NAME_PARTS) if len(w) >= MIN_PIECE)


def _seams(word: str) -> list[int]:
    """Where a compound word joins two parts canvasgen knows ("Bounce|percentage", "Winkelmand|verlating")."""
    known, key = _name_parts(), word.lower().rstrip(":;,.!?)")
    return [
        p
        for p in range(MIN_PIECE, len(key) - MIN_PIECE + 1)
        if word[p - 1].isalpha()
        and word[p].isalpha()
        and (key[:p] in known or key[p:] in known or _INFLECTED.sub("", key[p:]) in known)
    ]


def name_lines(name: str, setter: Setter, width: float, size: float) -> list[str]:
    """A figure's name on its tile: as ``Setter.wrap`` breaks it, except that a word it breaks inside is broken
    at the seam of its compound where one is known and both parts fit ("Bounce-|percentage", never
    "Bounceper-|centage" or "Bouncepercen-|tage": #31), in at most one line more than the plain wrap (the
    tile is measured with it: a stack that no longer fits its cell is drawn as lines)."""
    lines = setter.wrap(name, width, "heading", size)
    if not any(line.endswith(SOFT_HYPHEN) for line in lines):
        return lines
    pieces = []
    for word in name.split(" "):
        fits = [
            p
            for p in _seams(word)
            if setter.width(word[:p] + "-", "heading", size) <= width
            and setter.width(word[p:], "heading", size) <= width
        ]
        long = setter.width(word, "heading", size) > width
        pieces.append(f"{word[: fits[-1]]}{SOFT_HYPHEN}\n{word[fits[-1] :]}" if long and fits else word)
    seamed = setter.wrap(" ".join(pieces), width, "heading", size)
    return seamed if len(seamed) <= len(lines) + 1 else lines


def _parts(tile: Tile, setter: Setter, width: float, size: float) -> _Parts:
    inner = width - 2 * PAD * size
    name = name_lines(tile.name, setter, inner, size)
    side_texts = [t for t in (tile.target, tile.verdict) if t]
    # A figure wider than the tile is set smaller (not below the body size), then wrapped: never cut.
    at_one = setter.width(tile.figure, "heading", 1.0)
    big = max(size, min(size * FIGURE, inner / at_one if at_one else size * FIGURE))
    figure = setter.wrap(tile.figure, inner, "heading", big) if at_one * big > inner else [tile.figure]
    figure_w = max((setter.width(line, "heading", big) for line in figure), default=0.0)
    side_w = max((setter.width(t, "body", size) for t in side_texts), default=0.0)
    beside = len(figure) == 1 and figure_w + size + side_w <= inner
    side = side_texts if beside else [line for t in side_texts for line in setter.wrap(t, inner, "body", size)]
    note = setter.wrap(tile.note, inner, "body", size) if tile.note else []
    return _Parts(name, figure, big, beside, side, note)


def tile_height(tile: Tile, setter: Setter, width: float, size: float) -> float:
    parts = _parts(tile, setter, width, size)
    line = size * LEADING
    figure_h = parts.big * LEADING * len(parts.figure)
    side_h = 0.0 if parts.beside else len(parts.side) * line
    bar_h = size * 1.1 if tile.fill is not None else 0.0
    return 2 * PAD * size + len(parts.name) * line + figure_h + side_h + bar_h + len(parts.note) * line


def draw_tile(
    page: Page, tile: Tile, box: Box, kit: BrandKit, setter: Setter, size: float, where: tuple[str, tuple[int, ...]]
) -> None:
    source, order = where
    parts = _parts(tile, setter, box.w, size)
    ground = kit.palette.background
    ink = readable_on(ground, kit.palette.text)
    state = {"met": kit.palette.opportunity, "missed": kit.palette.pain}.get(tile.state, kit.palette.accent)
    page.rects.append(Rect(box, ground, radius=size * 0.3))
    page.rects.append(Rect(Box(box.x, box.y, size * 0.25, box.h), state))
    x = box.x + PAD * size
    y = box.y + PAD * size
    line = size * LEADING
    texts: list[tuple[str, float, float, FontRole, float, Colour]] = []  # text, x, baseline, role, size, colour
    for text in parts.name:
        texts.append((text, x, y + line * 0.8, "heading", size, ink))
        y += line
    big = parts.big
    for k, text in enumerate(parts.figure):
        texts.append((text, x, y + big * LEADING * (0.8 + k), "heading", big, ink))
    side_colour = readable_on(ground, state)
    if parts.beside:
        side_x = x + setter.width(tile.figure, "heading", big) + size
        for k, text in enumerate(parts.side):
            base = y + big * LEADING * 0.8 - (len(parts.side) - 1 - k) * line
            texts.append((text, side_x, base, "heading" if text == tile.verdict else "body", size, side_colour))
        y += big * LEADING
    else:
        y += big * LEADING * len(parts.figure)
        for text in parts.side:
            texts.append((text, x, y + line * 0.8, "body", size, side_colour))
            y += line
    if tile.fill is not None:
        track = Box(x, y + size * 0.25, box.w - 2 * PAD * size, size * 0.6)
        bullet_bar(page, track, (tile.fill, tile.target_at), state, track.h * 0.3, kit)
        y += size * 1.1
    muted = kit.palette.text.mix(ground, 0.3)
    for text in parts.note:
        texts.append((text, x, y + line * 0.8, "body", size, muted))
        y += line
    lines = [setter.line(t, tx, base, role, s, colour, source) for t, tx, base, role, s, colour in texts]
    page.blocks.append(TextBlock(box, lines, source, order=order))


def bullet_bar(
    page: Page, track: Box, shares: tuple[float, float | None], colour: Colour, tick: float, kit: BrandKit
) -> None:
    """A bullet bar: the track, the value up to its share in ``colour``, a tick (``tick`` wide) at the
    target's share. ``shares``: the value's and the target's, as shares of the track."""
    fill, target = shares
    ink = kit.palette.text
    page.rects.append(Rect(track, kit.palette.muted.mix(ink, 0.12)))
    if fill > 0:
        page.rects.append(Rect(Box(track.x, track.y, track.w * min(fill, 1.0), track.h), colour))
    if target is not None:
        centre = track.x + track.w * min(max(target, 0.0), 1.0)
        page.rects.append(Rect(Box(centre - tick / 2, track.y - track.h * 0.35, tick, track.h * 1.7), ink))
