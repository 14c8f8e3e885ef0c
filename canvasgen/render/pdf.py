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
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.colors import CMYKColor, Color
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from canvasgen import __version__
from canvasgen.brand.colors import WHITE, Colour
from canvasgen.brand.kit import BrandKit
from canvasgen.errors import CanvasWarning, Location
from canvasgen.fileio import atomic_path
from canvasgen.layout.boxes import Box, Icon, Page, PosterLayout, Rect
from canvasgen.layout.fonts import FontSet
from canvasgen.render.icons import draw_icon
from canvasgen.render.reportlab_private import append_operators, binary_streams, current_font, document_of, drawing_font
from canvasgen.units import mm

SLUG_MM = 10.0  # room outside the bleed for crop marks
MIN_PPI = 150
PRINT_PPI = 300  # logos are resampled down to this at their printed size


@dataclass(frozen=True)
class PrintOptions:
    bleed_mm: float = 3.0
    crop_marks: bool = False
    cmyk: bool = False


@dataclass
class _Geometry:
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


@dataclass
class _Painter:
    c: Canvas
    geo: _Geometry
    cmyk: bool
    warnings: list[CanvasWarning] = field(default_factory=list)
    logo: ImageReader | None = None

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


def render_pdf(
    layout: PosterLayout,
    kit: BrandKit,
    fonts: FontSet,
    out: Path,
    options: PrintOptions,
    title: str,
    source: str,
) -> list[CanvasWarning]:
    """Write the PDF atomically; returns warnings (low-resolution logo, ...)."""
    geo = _Geometry(layout.width, layout.height, mm(options.bleed_mm), mm(SLUG_MM) if options.crop_marks else 0.0)
    mw, mh = geo.media
    with atomic_path(out) as temp, binary_streams():
        c = Canvas(
            str(temp),
            pagesize=(mw, mh),
            initialFontName=fonts.roles["body"],
            pageCompression=1,
            enforceColorSpace="cmyk" if options.cmyk else None,
            trimBox=(geo.offset, geo.offset, geo.offset + geo.width, geo.offset + geo.height),
            bleedBox=(geo.slug, geo.slug, mw - geo.slug, mh - geo.slug),
        )
        c.setTitle(title)
        c.setAuthor(kit.agency or kit.name)
        c.setSubject(f"Customer journey canvas from {source}")
        c.setCreator(f"canvasgen {__version__}")
        painter = _Painter(c, geo, options.cmyk)
        for page in layout.pages:
            _draw_page(painter, page, kit)
            if options.crop_marks:
                _crop_marks(painter)
            c.showPage()
        c.save()
    return painter.warnings


def _draw_page(p: _Painter, page: Page, kit: BrandKit) -> None:
    for rect in page.rects:
        _rect(p, rect)
    if page.logo is not None and kit.logo is not None:
        _logo(p, page.logo, kit, page.logo_ground or kit.colour("background"))
    for stroke in page.strokes:
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
    for dot in page.dots:
        p.fill(dot.fill)
        p.stroke(dot.ring)
        p.c.setLineWidth(dot.radius * 0.35)
        p.c.circle(p.geo.x(dot.x), p.geo.y(dot.y), dot.radius, stroke=1, fill=1)
    for icon in page.icons:
        _icon(p, icon)
    _text(p, page)


def _text(p: _Painter, page: Page) -> None:
    """All of a page's text as one PDF text object, its operators written here: reportlab's text
    object would track a cursor and re-measure every string, which is most of a poster's PDF time.
    The fonts' subsets are still reportlab's (splitString records every glyph used, for embedding)."""
    doc, escape = document_of(p.c)
    ops = ["q BT"]  # q ... Q: the colours set here do not leak into what the canvas draws next
    colour: object = None
    face: tuple[str, int, float] | None = None
    for block in page.blocks:
        for line in block.lines:
            ops.append(f"1 0 0 1 {fp_str(p.geo.x(line.x), p.geo.y(line.y))} Tm")
            if line.colour != colour:
                colour = line.colour
                ops.append(f"{fp_str(*line.colour.cmyk)} k" if p.cmyk else f"{fp_str(*line.colour.rgb)} rg")
            for chunk, name in line.runs:
                font = pdfmetrics.getFont(name)
                for subset, encoded in font.splitString(chunk, doc):
                    if (name, subset, line.size) != face:
                        face = (name, subset, line.size)
                        ops.append(f"{font.getSubsetInternalName(subset, doc)} {fp_str(line.size)} Tf")
                    ops.append(f"({escape(encoded)}) Tj")
    ops.append("ET Q")
    append_operators(p.c, "\n".join(ops))


def _rect(p: _Painter, rect: Rect) -> None:
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
    def __init__(self, p: _Painter, icon: Icon) -> None:
        self.p, self.icon = p, icon
        self.x0 = p.geo.x(icon.x)
        self.y0 = p.geo.y(icon.y + icon.size)

    def _pt(self, x: float, y: float) -> tuple[float, float]:
        return self.x0 + x * self.icon.size, self.y0 + y * self.icon.size

    def disc(self, cx: float, cy: float, r: float) -> None:
        self.p.fill(self.icon.colour)
        self.p.c.circle(*self._pt(cx, cy), r * self.icon.size, stroke=0, fill=1)
        self.p.fill(WHITE)
        self.p.stroke(WHITE)

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


def _icon(p: _Painter, icon: Icon) -> None:
    p.c.saveState()
    draw_icon(_IconPen(p, icon), icon.channel)
    p.c.restoreState()


def _logo(p: _Painter, box: Box, kit: BrandKit, ground: Colour) -> None:
    path = kit.logo
    assert path is not None
    x, y = p.geo.x(box.x), p.geo.y(box.bottom)
    if path.suffix.lower() == ".svg":
        _svg_logo(p, path, x, y, box)
        return
    if p.logo is None:
        key = (str(path), path.stat().st_mtime_ns, ground.hex, p.cmyk, round(box.w, 2))
        if key not in _LOGOS:
            _LOGOS[key] = _prepared_logo(p, path, box, ground)
        p.logo, warnings = _LOGOS[key]
        p.warnings.extend(warnings)
    p.c.drawImage(p.logo, x, y, box.w, box.h, preserveAspectRatio=True, anchor="c")


_LOGOS: dict[tuple[str, int, str, bool, float], tuple[ImageReader, list[CanvasWarning]]] = {}


def _prepared_logo(p: _Painter, path: Path, box: Box, band: Colour) -> tuple[ImageReader, list[CanvasWarning]]:
    """The logo flattened onto the colour it stands on (and CMYK when asked): made once, reused by every page."""
    warnings: list[CanvasWarning] = []
    from PIL import Image

    with Image.open(path) as image:
        image.load()
        ppi = image.width / (box.w / 72)
        if ppi < MIN_PPI:
            warnings.append(
                CanvasWarning(
                    Location(str(path)),
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


def _svg_logo(p: _Painter, path: Path, x: float, y: float, box: Box) -> None:
    from reportlab.graphics import renderPDF
    from svglib.svglib import svg2rlg

    drawing = svg2rlg(str(path), resolve_entities=False)
    if drawing is None or not drawing.width or not drawing.height:
        p.warnings.append(CanvasWarning(Location(str(path)), "the SVG logo could not be read; it is left out"))
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


def _crop_marks(p: _Painter) -> None:
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
