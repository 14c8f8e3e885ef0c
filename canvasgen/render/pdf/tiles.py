"""The tiled poster as a PDF of office-printer sheets.

Each poster page is drawn once, into a form XObject, by the poster's own renderer; every sheet shows its
window of it by clipping and moving that form. The sheets' PDF is therefore hardly bigger than the
poster's, however many sheets, and each sheet is the poster exactly (same fonts, same colours).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from canvasgen import __version__
from canvasgen.brand.kit import BrandKit
from canvasgen.errors import CanvasWarning
from canvasgen.fileio import atomic_path
from canvasgen.layout.boxes import PosterLayout
from canvasgen.layout.sheets.tiles import Sheet, Window
from canvasgen.layout.text.fonts import FontSet
from canvasgen.render.pdf.document import Geometry, Painter, draw_page
from canvasgen.render.pdf.private import binary_streams, full_unicode_maps
from canvasgen.words import POSTER_WORDS


def render_sheets(
    poster: PosterLayout,
    sheets: list[Sheet],
    kit: BrandKit,
    fonts: FontSet,
    out: Path,
    title: str,
    source: str,
    cmyk: bool = False,
) -> list[CanvasWarning]:
    """Write the sheets atomically; returns the renderer's warnings (a logo too small, ...). ``source``: the
    workbook's name, in the file's subject as every PDF canvasgen writes has it."""
    warnings: list[CanvasWarning] = []
    with atomic_path(out) as temp, binary_streams(), full_unicode_maps():
        c = Canvas(
            str(temp),
            pagesize=sheets[0].size,
            initialFontName=fonts.roles["body"],
            pageCompression=1,
            enforceColorSpace="cmyk" if cmyk else None,
            lang=poster.language,
        )
        c.setTitle(title)
        c.setAuthor(kit.author)
        c.setSubject(POSTER_WORDS.get(poster.language, POSTER_WORDS["en"])["subject"].format(source=source))
        c.setCreator(f"canvasgen {__version__}")
        for index in sorted({window.page for sheet in sheets for window in sheet.windows}):
            painter = Painter(c, Geometry(poster.width, poster.height, 0.0, 0.0), cmyk)
            c.beginForm(_form(index), 0, 0, poster.width, poster.height)
            draw_page(painter, poster.pages[index], kit)
            c.endForm()
            warnings.extend(painter.warnings)
        for number, sheet in enumerate(sheets, start=1):
            c.setPageSize(sheet.size)
            c.bookmarkPage(f"sheet{number}")
            c.addOutlineEntry(sheet.page.title or str(number), f"sheet{number}", level=0)
            for window in sheet.windows:
                _show(c, window, sheet.size[1], poster.height)
            painter = Painter(c, Geometry(*sheet.size, 0.0, 0.0), cmyk)
            draw_page(painter, sheet.page, kit)
            warnings.extend(painter.warnings)
            c.showPage()
        c.save()
    return warnings


def _form(index: int) -> str:
    return f"PosterPage{index + 1}"


def _show(c: Canvas, window: Window, sheet_height: float, poster_height: float) -> None:
    """The window's part of the poster page: clipped to the window, scaled and moved into place
    (layout coordinates run down from the top; PDF's run up from the bottom)."""
    box, source, k = window.box, window.source, window.scale
    c.saveState()
    path = c.beginPath()
    path.rect(box.x, sheet_height - box.bottom, box.w, box.h)
    c.clipPath(path, stroke=0, fill=0)
    c.translate(box.x - source.x * k, sheet_height - box.y - (poster_height - source.y) * k)
    c.scale(k, k)
    c.doForm(_form(window.page))
    c.restoreState()
