"""The sheets of a tiled poster: an index sheet per poster page (a small picture of the page with the
sheets drawn over it, and how to put them together), then one sheet per tile with its window onto
the poster, corner marks to trim by, grey bars where the neighbouring sheet goes over, ticks where its
trimmed edge goes, and a band with the sheet's name ("B2") and a small map of where it goes.

A sheet whose own part of the poster holds nothing but background (no text, icon, dot, curve or
picture) is not printed: the index shows its place as a gap, named, so that nobody looks for it.

Everything on a sheet stays inside the printable area (``tiling.UNPRINTABLE`` from every edge).
"""

from __future__ import annotations

from dataclasses import dataclass

from canvasgen.brand.colors import WHITE, Colour
from canvasgen.brand.kit import BrandKit, FontRole
from canvasgen.layout.boxes import Box, Page, PosterLayout, Rect, Stroke, TextBlock
from canvasgen.layout.sheets.tiling import GUTTER, UNPRINTABLE, Tile, Tiling, column_letters, tile_page
from canvasgen.layout.text.setter import LEADING, Setter
from canvasgen.units import mm

LABEL = 26.0  # the sheet's name in its band
BAND_TEXT = 9.0
BAND_FLOOR = 6.5  # still read at arm's length while taping the sheets
MARK = 0.6  # line width of the trim and alignment marks
INDEX_MARGIN = UNPRINTABLE + mm(5)


@dataclass(frozen=True)
class Window:
    """Part of a poster page shown on a sheet: ``source`` (poster points) scaled into ``box`` (sheet points)."""

    box: Box
    source: Box
    page: int  # which of the poster's pages

    @property
    def scale(self) -> float:
        return self.box.w / self.source.w


@dataclass
class Sheet:
    size: tuple[float, float]
    page: Page  # what is drawn over the windows: marks, labels, the band
    windows: list[Window]
    tile: Tile | None = None  # None: the index sheet
    left_out: tuple[str, ...] = ()  # the index sheet's: the sheets not printed, nothing being on them


@dataclass(frozen=True)
class SheetPlace:
    """Where a tile sheet is in its page's set, for its band: the poster page's ``title``, the sheet's
    ``number`` (from 1) among the ``total`` sheets printed of that page."""

    title: str
    number: int
    total: int


@dataclass(frozen=True)
class TileNames:
    """What the sheets say, in the kit's language, with the sizes' names ("A1", "A4")."""

    words: dict[str, str]
    poster: str
    paper: str


def tile_sheets(
    poster: PosterLayout, pages: list[int], paper: tuple[float, float], names: TileNames, kit: BrandKit, setter: Setter
) -> list[Sheet]:
    """The index sheet and the tiles of each of the poster's ``pages``."""
    sheets: list[Sheet] = []
    size = (poster.width, poster.height)
    for index in pages:
        page = poster.pages[index]
        tiling = tile_page(page, size, paper)
        tiles = [tile for tile in tiling.tiles if not blank(page, tile.own)]
        empty = {tile.label for tile in tiling.tiles} - {tile.label for tile in tiles}
        sheets.append(_index_sheet(tiling, index, empty, page.title, size, names, kit, setter))
        for number, tile in enumerate(tiles, start=1):
            sheet = _tile_sheet(tiling, tile, index, SheetPlace(page.title, number, len(tiles)), names, kit, setter)
            _map(sheet.page, tiling, tile, empty, kit)
            sheets.append(sheet)
    return sheets


def blank(page: Page, area: Box) -> bool:
    """Whether ``area`` of a poster page holds nothing but background: no line of text, icon, dot,
    curve (a stroke of more than two points; two-point rules and borders are background), figure or logo."""

    def meets(box: Box) -> bool:
        return box.x < area.right and area.x < box.right and box.y < area.bottom and area.y < box.bottom

    if any(
        meets(Box(line.x, line.y - line.size, max(line.width, 0.1), line.size * 1.25))
        for block in page.blocks
        for line in block.lines
        if any(text.strip() for text, _ in line.runs)
    ):
        return False
    if any(meets(Box(i.x - i.size, i.y - i.size, 2 * i.size, 2 * i.size)) for i in page.icons):
        return False
    if any(meets(Box(d.x - d.radius, d.y - d.radius, 2 * d.radius, 2 * d.radius)) for d in page.dots):
        return False
    for stroke in page.strokes:
        if len(stroke.points) > 2:
            xs, ys = [x for x, _ in stroke.points], [y for _, y in stroke.points]
            if meets(Box(min(xs), min(ys), max(max(xs) - min(xs), 0.1), max(max(ys) - min(ys), 0.1))):
                return False
    return not (any(meets(f.box) for f in page.figures) or (page.logo is not None and meets(page.logo)))


def _index_sheet(
    tiling: Tiling,
    index: int,
    empty: set[str],
    title: str,
    poster: tuple[float, float],
    names: TileNames,
    kit: BrandKit,
    setter: Setter,
) -> Sheet:
    """The sheet that shows the poster's page ``index`` small, with the sheets it is printed on drawn over it
    (``empty``: the labels of the sheets left out, nothing being on them)."""
    width, height = tiling.sheet
    words, ink = names.words, kit.palette.text
    page = Page(title=f"{words['tiles_title']} · {title}")
    inner = width - 2 * INDEX_MARGIN
    y = INDEX_MARGIN
    y = _para(page, setter, words["tiles_title"], Box(INDEX_MARGIN, y, inner, 0), ("body", 10.0), ink)
    y = _para(page, setter, title, Box(INDEX_MARGIN, y, inner, 0), ("heading", 20.0), kit.palette.primary, "H1")
    count = tiling.column_count * len(tiling.rows) - len(empty)
    summary = words["tiles_summary"].format(
        poster=names.poster, paper=names.paper, n=count, cols=tiling.column_count, rows=len(tiling.rows)
    )
    if empty:
        left_out = [tile.label for tile in tiling.tiles if tile.label in empty]
        summary += ". " + words["tiles_skipped"].format(labels=", ".join(left_out))
    y = _para(page, setter, summary, Box(INDEX_MARGIN, y + mm(2), inner, 0), ("heading", 11.0), ink) + mm(1)
    for step in range(1, 5):
        y = _para(
            page,
            setter,
            f"{step}. {words[f'tiles_step{step}']}",
            Box(INDEX_MARGIN, y + mm(1), inner, 0),
            ("body", 10.0),
            ink,
        )
    room = Box(INDEX_MARGIN, y + mm(6), inner, height - INDEX_MARGIN - y - mm(6))
    scale = min(room.w / poster[0], room.h / poster[1])
    picture = Box(room.x + (room.w - poster[0] * scale) / 2, room.y, poster[0] * scale, poster[1] * scale)
    corners = [
        (picture.x, picture.y),
        (picture.right, picture.y),
        (picture.right, picture.bottom),
        (picture.x, picture.bottom),
        (picture.x, picture.y),
    ]
    page.strokes.append(Stroke(corners, kit.palette.muted.mix(ink, 0.3), MARK))
    window = Window(picture, Box(0, 0, *poster), index)
    _grid(page, tiling, Picture(picture, scale), empty, kit, setter)
    return Sheet(tiling.sheet, page, [window], left_out=tuple(t.label for t in tiling.tiles if t.label in empty))


@dataclass(frozen=True)
class Picture:
    """The poster's page drawn small on the index sheet: where (``box``, sheet points) and at what ``scale``."""

    box: Box
    scale: float

    def at(self, x: float, y: float) -> tuple[float, float]:
        """Where a point of the poster (poster points) is on the sheet."""
        return self.box.x + x * self.scale, self.box.y + y * self.scale


def _grid(page: Page, tiling: Tiling, picture: Picture, empty: set[str], kit: BrandKit, setter: Setter) -> None:
    """The sheets drawn over the small picture: each sheet's own part (from its seams to the next
    sheets'), outlined, with its name on a white label; a sheet left out (its label in ``empty``) is a
    white gap, its name struck."""
    ink, accent = kit.palette.text, kit.palette.accent
    at, scale = picture.at, picture.scale

    tiles = tiling.tiles
    for tile in tiles:
        if tile.label in empty:
            x, y = at(tile.own.x, tile.own.y)
            page.rects.append(Rect(Box(x, y, tile.own.w * scale, tile.own.h * scale), WHITE))
    for tile in tiles:
        own = tile.own
        if tile.row:  # the seam with the row above
            page.strokes.append(Stroke([at(own.x, own.y), at(own.right, own.y)], accent, 1.2))
        if tile.column:  # the seam with the sheet to the left
            page.strokes.append(Stroke([at(own.x, own.y), at(own.x, own.bottom)], accent, 1.2))
    size = min(12.0, max(7.0, min(t.own.w for t in tiles) * scale / 4))
    for tile in tiles:
        cx, cy = at(tile.own.x + tile.own.w / 2, tile.own.y + tile.own.h / 2)
        w = setter.width(tile.label, "heading", size) + mm(2)
        badge = Box(cx - w / 2, cy - size * 0.75, w, size * 1.5)
        page.rects.append(Rect(badge, WHITE))
        colour = kit.palette.muted.mix(ink, 0.4) if tile.label in empty else ink
        line = setter.line(tile.label, badge.x + mm(1), cy + size * 0.35, "heading", size, colour, "tiles")
        page.blocks.append(TextBlock(badge, [line], "tiles"))
        if tile.label in empty:  # struck through: not printed
            page.strokes.append(Stroke([(badge.x, cy), (badge.right, cy)], colour, 1.0))


def _tile_sheet(
    tiling: Tiling, tile: Tile, index: int, place: SheetPlace, names: TileNames, kit: BrandKit, setter: Setter
) -> Sheet:
    window = tiling.window
    source = tile.source
    shown = Box(window.x, window.y, source.w, source.h)  # a poster smaller than the window: top left
    page = Page(title=tile.label)
    # Trimmed along its seams (left and top): the corner marks there, the window's other edges as they are.
    trim = Box(shown.x + tile.own.x - source.x, shown.y + tile.own.y - source.y, 0, 0)
    trimmed = Box(trim.x, trim.y, shown.right - trim.x, shown.bottom - trim.y)
    _corner_marks(page, trimmed, kit.palette.text)
    _overlap_marks(page, tiling, tile, shown, kit)
    _band(page, tiling, tile, place, names, kit, setter)
    return Sheet(tiling.sheet, page, [Window(shown, source, index)], tile)


def _corner_marks(page: Page, shown: Box, ink: Colour) -> None:
    """Short lines out from each corner of the window, in the gutter: where to trim."""
    reach = GUTTER - mm(1)
    for x, dx in ((shown.x, -1), (shown.right, 1)):
        for y, dy in ((shown.y, -1), (shown.bottom, 1)):
            page.strokes.append(Stroke([(x + dx * mm(0.5), y), (x + dx * reach, y)], ink, MARK))
            page.strokes.append(Stroke([(x, y + dy * mm(0.5)), (x, y + dy * reach)], ink, MARK))


def _overlap_marks(page: Page, tiling: Tiling, tile: Tile, shown: Box, kit: BrandKit) -> None:
    """Grey bars in the gutter beside the strip the next sheet covers, and a tick where its trimmed
    edge goes, on both sides of the window so the sheets line up along their whole length."""
    grey, ink = kit.palette.muted.mix(kit.palette.text, 0.3), kit.palette.text
    bar = GUTTER - mm(1.5)
    row = tiling.columns[tile.row]
    if tile.column + 1 < len(row):
        x = shown.x + row[tile.column + 1].seam - tile.source.x
        for y0 in (shown.y - mm(0.75) - bar, shown.bottom + mm(0.75)):
            page.rects.append(Rect(Box(x, y0, shown.right - x, bar), grey))
            page.strokes.append(Stroke([(x, y0 - mm(0.5)), (x, y0 + bar + mm(0.5))], ink, MARK))
    if tile.row + 1 < len(tiling.rows):
        y = shown.y + tiling.rows[tile.row + 1].seam - tile.source.y
        for x0 in (shown.x - mm(0.75) - bar, shown.right + mm(0.75)):
            page.rects.append(Rect(Box(x0, y, bar, shown.bottom - y), grey))
            page.strokes.append(Stroke([(x0 - mm(0.5), y), (x0 + bar + mm(0.5), y)], ink, MARK))


def _band(
    page: Page, tiling: Tiling, tile: Tile, place: SheetPlace, names: TileNames, kit: BrandKit, setter: Setter
) -> None:
    """Under the window: the sheet's name, where it is in words, how it joins, and a map of the sheets."""
    width, height = tiling.sheet
    top = tiling.window.bottom + GUTTER
    bottom = height - UNPRINTABLE
    accent, ink = kit.palette.primary, kit.palette.text
    label = setter.line(tile.label, UNPRINTABLE, top + LABEL * 0.8, "heading", LABEL, accent, "tiles")
    page.blocks.append(
        TextBlock(Box(UNPRINTABLE, top, label.width + 0.01, LABEL * LEADING), [label], "tiles", tag="H1")
    )
    map_box = _map_box(tiling, Box(UNPRINTABLE, top, width - 2 * UNPRINTABLE, bottom - top))
    left = UNPRINTABLE + label.width + mm(4)
    text = Box(left, top, map_box.x - mm(4) - left, bottom - top)
    where = names.words["tile_sheet"].format(
        n=place.number, total=place.total, col=column_letters(tile.column), row=tile.row + 1
    )
    heading, hint = f"{place.title} · {where}", names.words["tile_hint"]
    size = _band_size(setter, (heading, hint), text)
    y = _para(page, setter, heading, text, ("heading", size), ink)
    _para(page, setter, hint, Box(text.x, y, text.w, 0), ("body", size), ink)


def _band_size(setter: Setter, texts: tuple[str, str], box: Box) -> float:
    """The band's text size: BAND_TEXT, or smaller (to BAND_FLOOR) where a long page title would wrap the two
    paragraphs past the printable edge."""
    size = BAND_TEXT
    while size > BAND_FLOOR:
        roles: tuple[FontRole, FontRole] = ("heading", "body")
        paragraphs = [setter.paragraph(t, box.w, r, size, "tiles", False) for t, r in zip(texts, roles, strict=True)]
        if sum(Setter.height([p], size) for p in paragraphs) <= box.h:
            break
        size -= 0.5
    return size


def _map_box(tiling: Tiling, band: Box) -> Box:
    """Where the small map of the sheets goes: at the band's right."""
    columns, rows = tiling.column_count, len(tiling.rows)
    cell = min(mm(5), band.h / rows, mm(45) / columns)
    return Box(band.right - columns * cell, band.y, columns * cell, rows * cell)


def _map(page: Page, tiling: Tiling, tile: Tile, empty: set[str], kit: BrandKit) -> None:
    """The sheets as a small grid in the band, this one filled in, the sheets left out as gaps."""
    width, height = tiling.sheet
    top = tiling.window.bottom + GUTTER
    box = _map_box(tiling, Box(UNPRINTABLE, top, width - 2 * UNPRINTABLE, height - UNPRINTABLE - top))
    cell = box.w / tiling.column_count
    gap = min(mm(0.6), cell / 6)
    for other in tiling.tiles:
        if other.label in empty:
            continue
        here = other.label == tile.label
        fill = kit.palette.accent if here else kit.palette.muted.mix(kit.palette.text, 0.15)
        page.rects.append(
            Rect(Box(box.x + other.column * cell, box.y + other.row * cell, cell - gap, cell - gap), fill)
        )


def _para(
    page: Page, setter: Setter, text: str, box: Box, face: tuple[FontRole, float], colour: Colour, tag: str = "P"
) -> float:
    """Text wrapped to the box's width from its top; returns where it ends."""
    role, size = face
    paragraph = setter.paragraph(text, box.w, role, size, "tiles", False)
    height = Setter.height([paragraph], size)
    block, _ = setter.place([paragraph], Box(box.x, box.y, box.w, height), role, size, colour, False)
    block.tag = tag
    page.blocks.append(block)
    return box.y + height
