"""Drawing a poster layout into a print-ready PDF with reportlab.

The page is the trimmed poster plus bleed (and, with crop marks, a slug for
them): MediaBox = trim + 2 x (bleed + slug), TrimBox at the paper size,
BleedBox around it. Backgrounds that touch the trim edge run on into the bleed.
Fonts are TrueType, embedded and subset; reportlab's Helvetica is never used.
With ``cmyk`` every colour, and the logo, is written as CMYK. Nothing is
transparent: tints are pre-blended and images flattened.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.colors import CMYKColor, Color
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from canvasgen import __version__
from canvasgen.brand.colors import Colour
from canvasgen.brand.kit import BrandKit
from canvasgen.errors import CanvasWarning, Location
from canvasgen.fileio import FileStamp, Kept, atomic_path, file_stamp
from canvasgen.layout.boxes import Box, Icon, Line, Page, Portrait, PosterLayout, Rect, Run, TextBlock
from canvasgen.layout.text.fonts import EMOJI_COLOURS, FontSet
from canvasgen.render.pdf import tags as pdf_tags
from canvasgen.render.pdf.icons import draw_icon
from canvasgen.render.pdf.private import (
    FirstSubset,
    append_operators,
    binary_streams,
    current_font,
    document_of,
    drawing_font,
    full_unicode_maps,
    letters_of,
    split_string,
)
from canvasgen.render.pdf.tags import ARTIFACT, END, Element, PageTags, begin
from canvasgen.units import PrintOptions, mm
from canvasgen.words import POSTER_WORDS

SLUG_MM = 10.0  # room outside the bleed for crop marks
MIN_PPI = 150
PRINT_PPI = 300  # logos are resampled down to this at their printed size


@dataclass
class Geometry:
    width: float
    height: float
    bleed: float
    slug: float

    @property
    def offset(self) -> float:
        return self.bleed + self.slug

    @property
    def media(self) -> tuple[float, float]:
        return (self.width + 2 * self.offset, self.height + 2 * self.offset)

    def x(self, x: float) -> float:
        return self.offset + x

    def y(self, y: float) -> float:
        return self.offset + self.height - y

    def bbox(self, box: Box) -> tuple[float, float, float, float]:
        """A layout box in PDF coordinates (x0, y0, x1, y1)."""
        x0, y0, x1, y1 = self.x(box.x), self.y(box.bottom), self.x(box.right), self.y(box.y)
        return (round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2))


@dataclass
class Painter:
    c: Canvas
    geo: Geometry
    cmyk: bool
    warnings: list[CanvasWarning] = field(default_factory=list)
    logo: ImageReader | None = None
    tags: PageTags = field(default_factory=PageTags)  # the page being drawn
    #: Personas' pictures made ready once, by their bytes: each is one image in the file (reportlab writes
    #: an image drawn again as the same XObject).
    pictures: dict[bytes, ImageReader] = field(default_factory=dict)
    #: Each font's characters with a code in its first subset already, by the font's name (``split_string``).
    first_subsets: dict[str, FirstSubset] = field(default_factory=dict)

    def marked(self, operators: str) -> None:
        append_operators(self.c, operators)

    def fill(self, colour: Colour) -> None:
        if self.cmyk:
            self.c.setFillColorCMYK(*colour.cmyk)
        else:
            self.c.setFillColorRGB(*colour.rgb)

    def stroke(self, colour: Colour) -> None:
        if self.cmyk:
            self.c.setStrokeColorCMYK(*colour.cmyk)
        else:
            self.c.setStrokeColorRGB(*colour.rgb)


def made_by_canvasgen(path: Path) -> bool:
    """Whether the PDF at ``path`` says canvasgen made it (its Creator, which every poster, report and kit
    sheet canvasgen writes carries); a file that is not a PDF does not."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError):
        return False
    try:
        return str(document.get_metadata_dict().get("Creator", "")).startswith("canvasgen")
    finally:
        document.close()


def render_pdf(
    layout: PosterLayout,
    kit: BrandKit,
    fonts: FontSet,
    out: Path,
    options: PrintOptions,
    title: str,
    source: str,
) -> list[CanvasWarning]:
    """Write the PDF atomically, tagged for screen readers, a bookmark per page; returns warnings
    (low-resolution logo, ...)."""
    geo = Geometry(layout.width, layout.height, mm(options.bleed_mm), mm(SLUG_MM) if options.crop_marks else 0.0)
    mw, mh = geo.media
    with atomic_path(out) as temp, binary_streams(), full_unicode_maps():
        c = Canvas(
            str(temp),
            pagesize=(mw, mh),
            initialFontName=fonts.roles["body"],
            pageCompression=1,
            enforceColorSpace="cmyk" if options.cmyk else None,
            trimBox=(geo.offset, geo.offset, geo.offset + geo.width, geo.offset + geo.height),
            bleedBox=(geo.slug, geo.slug, mw - geo.slug, mh - geo.slug),
            lang=layout.language,
        )
        c.setTitle(title)
        c.setAuthor(kit.author)
        c.setSubject(POSTER_WORDS.get(layout.language, POSTER_WORDS["en"])["subject"].format(source=source))
        c.setCreator(f"canvasgen {__version__}")  # the tool, by convention, in Creator (and Producer): never shown
        painter = Painter(c, geo, options.cmyk)
        tagged: list[PageTags] = []
        titles = [page.title or title for page in layout.pages]
        for number, (page, page_title) in enumerate(zip(layout.pages, titles), start=1):
            painter.tags = PageTags()
            c.bookmarkPage(f"page{number}")
            c.addOutlineEntry(f"{number}. {page_title}", f"page{number}", level=0)
            draw_page(painter, page, kit)
            if options.crop_marks:
                painter.marked(ARTIFACT)
                _crop_marks(painter)
                painter.marked(END)
            tagged.append(painter.tags)
            c.showPage()
        pdf_tags.add_structure(c, tagged, titles, title)
        c.save()
    return painter.warnings


def draw_page(p: Painter, page: Page, kit: BrandKit) -> None:
    """Decorations as artifacts, each figure's marks as its figure, then the text."""
    in_figures = {i for f in page.figures for i in f.strokes}, {i for f in page.figures for i in f.dots}
    p.marked(ARTIFACT)
    for rect in page.rects:
        _rect(p, rect)
    if page.logo is not None and kit.logo is not None:
        _logo(p, page.logo, kit, page.logo_ground or kit.palette.background)
    _strokes(p, page, [i for i in range(len(page.strokes)) if i not in in_figures[0]])
    _dots(p, page, [i for i in range(len(page.dots)) if i not in in_figures[1]])
    for icon in page.icons:
        _icon(p, icon)
    for portrait in page.portraits:
        _portrait(p, portrait)
    p.marked(END)
    figure_of: dict[int, Element] = {}
    for figure in page.figures:
        key = pdf_tags.figure_key(figure.order, figure.blocks.start)
        element = Element("Figure", [], key, figure.alt, p.geo.bbox(figure.box))
        p.marked(begin("Figure", p.tags.mark(element)))
        _strokes(p, page, list(figure.strokes))
        _dots(p, page, list(figure.dots))
        p.marked(END)
        figure_of.update(dict.fromkeys(figure.blocks, element))
    _text(p, page, figure_of)


def _strokes(p: Painter, page: Page, indices: list[int]) -> None:
    for stroke in (page.strokes[i] for i in indices):
        p.stroke(stroke.colour)
        p.c.setLineWidth(stroke.width)
        p.c.setLineCap(1)
        p.c.setLineJoin(1)
        p.c.setDash(list(stroke.dash) if stroke.dash else [])
        path = p.c.beginPath()
        (x0, y0), *rest = stroke.points
        path.moveTo(p.geo.x(x0), p.geo.y(y0))
        for x, y in rest:
            path.lineTo(p.geo.x(x), p.geo.y(y))
        p.c.drawPath(path, stroke=1, fill=0)
        p.c.setDash([])


def _dots(p: Painter, page: Page, indices: list[int]) -> None:
    for dot in (page.dots[i] for i in indices):
        p.fill(dot.fill)
        p.stroke(dot.ring)
        p.c.setLineWidth(dot.radius * 0.35)
        x, y, r = p.geo.x(dot.x), p.geo.y(dot.y), dot.radius
        if dot.shape == "circle":
            p.c.circle(x, y, r, stroke=1, fill=1)
            continue
        corners = _MARKERS[dot.shape]
        path = p.c.beginPath()
        path.moveTo(x + corners[0][0] * r, y + corners[0][1] * r)
        for cx, cy in corners[1:]:
            path.lineTo(x + cx * r, y + cy * r)
        path.close()
        p.c.setLineJoin(1)
        p.c.drawPath(path, stroke=1, fill=1)


def _cross(turn: float) -> tuple[tuple[float, float], ...]:
    """A cross's outline (arms 0.45 radii wide, 1.25 long), turned by ``turn`` (an x: a quarter of pi)."""
    arm, reach = 0.45, 1.25
    points = [(arm, reach), (arm, arm), (reach, arm), (reach, -arm), (arm, -arm), (arm, -reach)]
    points += [(-x, -y) for x, y in points]
    cos, sin = math.cos(turn), math.sin(turn)
    return tuple((x * cos - y * sin, x * sin + y * cos) for x, y in points)


# Marker outlines round their centre, in radii (y up, as in PDF).
_MARKERS = {
    "square": ((-0.9, -0.9), (0.9, -0.9), (0.9, 0.9), (-0.9, 0.9)),
    "triangle": ((0.0, 1.15), (1.05, -0.75), (-1.05, -0.75)),
    "diamond": ((0.0, 1.25), (1.25, 0.0), (0.0, -1.25), (-1.25, 0.0)),
    "plus": _cross(0.0),
    "x": _cross(math.pi / 4),
    "star": tuple(
        (
            math.sin(k * math.pi / 5) * (1.35 if k % 2 == 0 else 0.6),
            math.cos(k * math.pi / 5) * (1.35 if k % 2 == 0 else 0.6),
        )
        for k in range(10)
    ),
}


@dataclass
class _TextState:
    """What the text object has set so far, so that each is only written when it changes."""

    colour: object = None
    face: tuple[str, int, float] | None = None


def _text(p: Painter, page: Page, figure_of: dict[int, Element]) -> None:
    """All of a page's text as one PDF text object, its operators written here: reportlab's text
    object would track a cursor and re-measure every string, which is most of a poster's PDF time.
    The fonts' subsets are still reportlab's (splitString records every glyph used, for embedding).
    Each item is its own marked-content sequence, for the structure tree (``tags``)."""
    ops = ["q BT"]  # q ... Q: the colours set here do not leak into what the canvas draws next
    state = _TextState()
    for index, block in enumerate(page.blocks):
        figure = figure_of.get(index)
        if figure is not None:
            ops.append(begin("Figure", p.tags.mark(figure)))
            _lines(p, block.lines, ops, state)
        elif block.tag == "Artifact":
            ops.append(ARTIFACT)
            _lines(p, block.lines, ops, state)
        else:
            for item, lines in _items(block):
                element = Element(block.tag, [], (block.order or pdf_tags.UNORDERED, index, item))
                ops.append(begin(block.tag, p.tags.mark(element)))
                _lines(p, lines, ops, state)
                ops.append(END)
            continue
        ops.append(END)
    ops.append("ET Q")
    append_operators(p.c, "\n".join(ops))


def _items(block: TextBlock) -> list[tuple[int, list[Line]]]:
    """A block's lines by item: a paragraph per item (a heading is one element, however many lines)."""
    if block.tag.startswith("H"):
        return [(0, block.lines)]
    items: dict[int, list[Line]] = {}
    for line in block.lines:
        items.setdefault(line.item, []).append(line)
    return list(items.items())


def _lines(p: Painter, lines: list[Line], ops: list[str], state: _TextState) -> None:
    """The lines' operators. A line that an item goes on from ends in a space (unless it broke
    inside a word), so that text read out of the PDF (a screen reader, copy and paste) does not run
    its last and next word together."""
    for number, line in enumerate(lines):
        ops.append(f"1 0 0 1 {fp_str(p.geo.x(line.x), p.geo.y(line.y))} Tm")
        goes_on = number + 1 < len(lines) and lines[number + 1].item == line.item and not line.glued
        runs = [*line.runs[:-1], (line.runs[-1][0] + " ", line.runs[-1][1])] if goes_on and line.runs else line.runs
        _runs(p, runs, line, ops, state)


def _runs(p: Painter, runs: list[Run], line: Line, ops: list[str], state: _TextState) -> None:
    """A line's runs: each in its font (the subset's name) and colour.

    A right-to-left line is drawn in visual order, each glyph reading as its own letter where it is drawn
    (the fonts' ToUnicode maps, ``private.letters_of``): extractors order it the way they order any
    right-to-left text. No ActualText spans the line: poppler and pdfium lay a span's text out from left to
    right over the span's box, in the order written, and then read a right-to-left line from right to left,
    so a line's text in logical order came out backwards. Only a glyph that draws several letters at once (the
    lam-alef ligature) carries an ActualText: its letters as they stand in the glyph from left to right, which
    those readers turn back into logical order like the rest of the line; pypdf reads the glyph's ToUnicode,
    in logical order."""
    if line.actual is None:
        _shown(p, runs, line, ops, state)
        return
    for chunk, name in runs:
        for part in _LIGATURES.split(chunk):
            if not part:
                continue
            if _LIGATURES.fullmatch(part):
                ops.append(pdf_tags.actual_text(letters_of(ord(part))[::-1]))
                _shown(p, [(part, name)], line, ops, state)
                ops.append(END)
            else:
                _shown(p, [(part, name)], line, ops, state)


# A presentation form that stands for several letters (lam-alef, the Allah ligature, ...).
_LIGATURES = re.compile(
    "([" + "".join(chr(c) for c in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)) if len(letters_of(c)) > 1) + "])"
)


def _shown(p: Painter, runs: list[Run], line: Line, ops: list[str], state: _TextState) -> None:
    """Runs drawn: each in its font (the subset's name) and colour."""
    doc, escape = document_of(p.c)
    for chunk, name, colour in _coloured(runs, line.colour):
        if colour != state.colour:
            state.colour = colour
            ops.append(f"{fp_str(*colour.cmyk)} k" if p.cmyk else f"{fp_str(*colour.rgb)} rg")
        font = pdfmetrics.getFont(name)
        known = p.first_subsets.get(name)
        if known is None:
            known = p.first_subsets[name] = FirstSubset()
        for subset, encoded in split_string(font, chunk, doc, known):
            if (name, subset, line.size) != state.face:
                state.face = (name, subset, line.size)
                ops.append(f"{font.getSubsetInternalName(subset, doc)} {fp_str(line.size)} Tf")
            ops.append(f"({escape(encoded)}) Tj")


_COLOURED = re.compile(f"([{''.join(EMOJI_COLOURS)}])")


def _coloured(runs: list[Run], colour: Colour) -> list[tuple[str, str, Colour]]:
    """The runs in the line's colour, but an emoji that means its colour (🟢 🟡 🔴) in that colour."""
    pieces: list[tuple[str, str, Colour]] = []
    for chunk, name in runs:
        if _COLOURED.search(chunk) is None:
            pieces.append((chunk, name, colour))
            continue
        pieces.extend((part, name, EMOJI_COLOURS.get(part, colour)) for part in _COLOURED.split(chunk) if part)
    return pieces


def _rect(p: Painter, rect: Rect) -> None:
    box, geo = rect.box, p.geo
    x0, y0, x1, y1 = box.x, box.y, box.right, box.bottom
    if rect.bleeds:  # run on into the bleed where the shape meets the trim edge
        eps = 0.01
        x0 = x0 - geo.bleed if x0 <= eps else x0
        y0 = y0 - geo.bleed if y0 <= eps else y0
        x1 = x1 + geo.bleed if x1 >= geo.width - eps else x1
        y1 = y1 + geo.bleed if y1 >= geo.height - eps else y1
    p.fill(rect.fill)
    p.c.rect(geo.x(x0), geo.y(y1), x1 - x0, y1 - y0, stroke=0, fill=1)


class _IconPen:
    def __init__(self, p: Painter, icon: Icon) -> None:
        self.p, self.icon = p, icon
        self.x0 = p.geo.x(icon.x)
        self.y0 = p.geo.y(icon.y + icon.size)

    def _pt(self, x: float, y: float) -> tuple[float, float]:
        return self.x0 + x * self.icon.size, self.y0 + y * self.icon.size

    def disc(self, cx: float, cy: float, r: float) -> None:
        self.p.fill(self.icon.colour)
        self.p.c.circle(*self._pt(cx, cy), r * self.icon.size, stroke=0, fill=1)
        self.p.fill(self.icon.glyph)
        self.p.stroke(self.icon.glyph)

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float) -> None:
        self.p.c.setLineWidth(width * self.icon.size)
        self.p.c.setLineCap(1)
        self.p.c.line(*self._pt(x1, y1), *self._pt(x2, y2))

    def rect(self, x: float, y: float, w: float, h: float, width: float, fill: bool = False) -> None:
        self.p.c.setLineWidth(width * self.icon.size)
        self.p.c.setLineJoin(1)
        s = self.icon.size
        self.p.c.rect(*self._pt(x, y), w * s, h * s, stroke=0 if fill else 1, fill=1 if fill else 0)

    def circle(self, cx: float, cy: float, r: float, width: float, fill: bool = False) -> None:
        self.p.c.setLineWidth(width * self.icon.size)
        self.p.c.circle(*self._pt(cx, cy), r * self.icon.size, stroke=0 if fill else 1, fill=1 if fill else 0)

    def polygon(self, points: list[tuple[float, float]], fill: bool = True, width: float = 0.0) -> None:
        path = self.p.c.beginPath()
        path.moveTo(*self._pt(*points[0]))
        for point in points[1:]:
            path.lineTo(*self._pt(*point))
        path.close()
        self.p.c.drawPath(path, stroke=0, fill=1 if fill else 0)


def _icon(p: Painter, icon: Icon) -> None:
    p.c.saveState()
    draw_icon(_IconPen(p, icon), icon.channel)
    p.c.restoreState()


def _portrait(p: Painter, portrait: Portrait) -> None:
    """A persona's picture: its centred square filling the circle in ``portrait.box``, clipped to it."""
    picture, box = portrait.picture, portrait.box
    reader = p.pictures.get(picture.data)
    if reader is None:
        reader = p.pictures[picture.data] = _picture_reader(picture.data, p.cmyk)
    left, _, right, bottom = picture.square
    scale = box.w / (picture.width * (1 - left - right))  # points per pixel
    x0, y0 = p.geo.x(box.x), p.geo.y(box.bottom)
    p.c.saveState()
    path = p.c.beginPath()
    path.circle(x0 + box.w / 2, y0 + box.h / 2, box.w / 2)
    p.c.clipPath(path, stroke=0, fill=0)
    width, height = picture.width * scale, picture.height * scale
    p.c.drawImage(reader, x0 - left * width, y0 - bottom * height, width, height)
    p.c.restoreState()


def _picture_reader(data: bytes, cmyk: bool) -> ImageReader:
    import io

    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:  # checked by the reader: RGB, a print's worth of pixels
        image.load()
        return ImageReader(image.convert("CMYK" if cmyk else "RGB"))


def _logo(p: Painter, box: Box, kit: BrandKit, ground: Colour) -> None:
    path = kit.logo
    assert path is not None
    x, y = p.geo.x(box.x), p.geo.y(box.bottom)
    if path.suffix.lower() == ".svg":
        _svg_logo(p, path, x, y, box)
        return
    if p.logo is None:
        key = (file_stamp(path), ground.hex, p.cmyk, round(box.w, 2))
        p.logo, warnings = _LOGOS.get(key, lambda: _prepared_logo(p, path, box, ground))
        p.warnings.extend(warnings)
    p.c.drawImage(p.logo, x, y, box.w, box.h, preserveAspectRatio=True, anchor="c")


#: Logos made ready for print, kept for the next build of a watch or a server: a few kits, their bands.
_LOGOS: Kept[tuple[FileStamp, str, bool, float], tuple[ImageReader, list[CanvasWarning]]] = Kept(16)


def _prepared_logo(p: Painter, path: Path, box: Box, band: Colour) -> tuple[ImageReader, list[CanvasWarning]]:
    """The logo flattened onto the colour it stands on (and CMYK when asked): made once, reused by every page."""
    warnings: list[CanvasWarning] = []
    from PIL import Image

    with Image.open(path) as image:
        image.load()
        ppi = image.width / (box.w / 72)
        if ppi < MIN_PPI:
            warnings.append(
                CanvasWarning(
                    Location.of(path),
                    f"logo is {image.width}x{image.height} px: {ppi:.0f} ppi at its printed size, under "
                    f"{MIN_PPI} ppi; supply a larger logo for print",
                )
            )
        flat = image.convert("RGBA")
        target = math.ceil(box.w / 72 * PRINT_PPI)
        if flat.width > target * 1.2:  # more pixels than print can use: smaller files, faster builds
            flat = flat.resize((target, max(1, round(flat.height * target / flat.width))), Image.Resampling.LANCZOS)
        background = Image.new("RGBA", flat.size, (*tuple(round(v * 255) for v in band.rgb), 255))
        flat = Image.alpha_composite(background, flat).convert("RGB")  # no soft mask: nothing transparent
        if p.cmyk:
            flat = flat.convert("CMYK")
    return ImageReader(flat), warnings


def _svg_logo(p: Painter, path: Path, x: float, y: float, box: Box) -> None:
    from reportlab.graphics import renderPDF
    from svglib.svglib import svg2rlg

    drawing = svg2rlg(str(path), resolve_entities=False)
    if drawing is None or not drawing.width or not drawing.height:
        p.warnings.append(CanvasWarning(Location.of(path), "the SVG logo could not be read; it is left out"))
        return
    font = current_font(p.c)  # the body font: renderPDF would otherwise set Helvetica, unembedded
    _solid_colours(drawing, p.cmyk, font)
    scale = min(box.w / drawing.width, box.h / drawing.height)
    drawing.scale(scale, scale)
    dx = (box.w - drawing.width * scale) / 2
    dy = (box.h - drawing.height * scale) / 2
    with drawing_font(font):
        renderPDF.draw(drawing, p.c, x + dx, y + dy)


def _solid_colours(node: object, cmyk: bool, font: str) -> None:
    """Make an SVG drawing opaque, in the body font, and CMYK when asked, so it prints like the rest."""
    if hasattr(node, "fontName"):
        node.fontName = font
    for attr in ("fillColor", "strokeColor"):
        colour = getattr(node, attr, None)
        if isinstance(colour, Color):
            if cmyk and not isinstance(colour, CMYKColor):
                c = Colour((colour.red, colour.green, colour.blue)).cmyk
                setattr(node, attr, CMYKColor(*c))
            elif hasattr(colour, "alpha") and colour.alpha != 1:
                setattr(node, attr, Color(colour.red, colour.green, colour.blue))
    for attr in ("fillOpacity", "strokeOpacity"):
        if getattr(node, attr, None) is not None:
            setattr(node, attr, None)  # None, not 1: reportlab writes an alpha state for any value
    for child in getattr(node, "contents", []) or []:
        _solid_colours(child, cmyk, font)


def _crop_marks(p: Painter) -> None:
    """Marks in the slug at the trim lines, starting 1 mm outside the bleed."""
    geo, c = p.geo, p.c
    mw, mh = geo.media
    inner = geo.slug - mm(1)
    c.setLineWidth(0.25)
    if p.cmyk:
        c.setStrokeColorCMYK(1, 1, 1, 1)  # registration: shows on every plate
    else:
        c.setStrokeColorRGB(0, 0, 0)
    for x in (geo.offset, geo.offset + geo.width):
        c.line(x, 0, x, inner)
        c.line(x, mh - inner, x, mh)
    for y in (geo.offset, geo.offset + geo.height):
        c.line(0, y, inner, y)
        c.line(mw - inner, y, mw, y)
