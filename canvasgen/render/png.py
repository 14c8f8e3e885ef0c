"""PNG pictures of a poster's pages, to share in e-mail, Slack, Confluence or Teams.

Rendered from the finished PDF by PDFium (pypdfium2), so the picture is exactly what prints, cut to
the trim box (no bleed, no crop marks). Pages are rendered side by side in worker processes when
there are several; PDFium is not thread-safe, so never in threads.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

from canvasgen import __version__
from canvasgen.fileio import atomic_path, remove_stale_parts
from canvasgen.platform import may_start_workers, pool

PREVIEW_DPI = 100  # sharp enough on a screen; --png-dpi 300 for print-quality pictures
#: The most pixels a picture of a page may have: a 5000 x 5000 mm poster at 600 dpi would be 14,000
#: megapixels (56 GB to render), an A0 at 600 dpi 460 (3.9 GB); a page that large is pictured at the
#: resolution that stays under this (about 160 MB to render), and the PDF has every detail.
MAX_PIXELS = 40_000_000


@dataclass(frozen=True)
class Reduced:
    """A page pictured at less than the resolution asked for, to stay within ``MAX_PIXELS``."""

    page: int  # from 1
    size_mm: tuple[float, float]
    dpi: int
    asked: int

    def __str__(self) -> str:
        width, height = self.size_mm
        return (
            f"page {self.page} is {width:.0f} × {height:.0f} mm: its picture is made at {self.dpi} dpi, not "
            f"{self.asked}, to stay within {MAX_PIXELS // 1_000_000} megapixels; the PDF has every detail"
        )


def picture_dpi(width: float, height: float, dpi: int, pixels: int = MAX_PIXELS) -> int:
    """``dpi``, or the highest resolution at which a page of ``width`` x ``height`` points stays within
    ``pixels`` (at least 1 dpi)."""
    at = (width / 72 * dpi) * (height / 72 * dpi)
    if at <= pixels:
        return dpi
    return max(1, math.floor(dpi * math.sqrt(pixels / at)))


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    """Each page's trimmed size in points, as the pictures show it."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        sizes = []
        for index in range(len(document)):
            left, bottom, right, top = document[index].get_trimbox()
            sizes.append((right - left, top - bottom))
        return sizes
    finally:
        document.close()


def png_names(pdf: Path, pages: int, out_dir: Path | None = None) -> list[Path]:
    """``<name>-1.png``, ``<name>-2.png`` … beside the PDF (or in ``out_dir``)."""
    folder = out_dir or pdf.parent
    return [folder / f"{pdf.stem}-{number}.png" for number in range(1, pages + 1)]


def render_pngs(
    pdf: Path, dpi: int = PREVIEW_DPI, out_dir: Path | None = None, pixels: int = MAX_PIXELS
) -> tuple[list[Path], list[Reduced]]:
    """Write one PNG per page of ``pdf``, each at ``dpi`` or less (within ``pixels``); returns their
    paths in page order, and the pages pictured at less than ``dpi``."""
    sizes = page_sizes(pdf)
    targets = png_names(pdf, len(sizes), out_dir)
    dpis = [picture_dpi(width, height, dpi, pixels) for width, height in sizes]
    reduced = [
        Reduced(number, (width / 72 * 25.4, height / 72 * 25.4), at, dpi)
        for number, ((width, height), at) in enumerate(zip(sizes, dpis), start=1)
        if at < dpi
    ]
    jobs = [(str(pdf), index, at, str(target)) for index, (target, at) in enumerate(zip(targets, dpis))]
    workers = min(len(jobs), os.cpu_count() or 1)
    # A folder build's workers are daemons, which may not start processes of their own.
    if workers > 1 and may_start_workers():
        try:
            with pool(workers) as pages:  # stopped and reaped at the end, also by Ctrl-C
                pages.starmap(render_page, jobs)
        finally:
            # A worker stopped inside the picture's compression (C code, where its stop cannot unwind)
            # is killed after a few seconds and leaves its temporary file: gone now that it is reaped.
            for target in targets:
                remove_stale_parts(target)
    else:
        for job in jobs:
            render_page(*job)
    return targets, reduced


SOFTWARE = "Software"  # the PNG text key that names the program that made it


def made_by_canvasgen(path: Path) -> bool:
    """Whether the PNG at ``path`` says canvasgen made it; a file that is not a PNG does not."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            text = getattr(image, "text", {}) if image.format == "PNG" else {}
    except (OSError, UnidentifiedImageError, ValueError):
        return False
    return str(text.get(SOFTWARE, "")).startswith("canvasgen")


def render_page(pdf: str, index: int, dpi: int, target: str) -> None:
    """Page ``index`` (from 0) of ``pdf`` as a PNG at ``dpi``, cut to its trim box."""
    import pypdfium2 as pdfium
    from PIL.PngImagePlugin import PngInfo

    document = pdfium.PdfDocument(pdf)
    try:
        page = document[index]
        media = page.get_mediabox()
        trim = page.get_trimbox()
        # crop is measured inwards from each edge of the media box: left, bottom, right, top.
        crop = (trim[0] - media[0], trim[1] - media[1], media[2] - trim[2], media[3] - trim[3])
        image = page.render(scale=dpi / 72, crop=crop).to_pil()
        info = PngInfo()
        info.add_text(SOFTWARE, f"canvasgen {__version__}")  # the mark: a build replaces only its own pictures
        with atomic_path(Path(target)) as temp:
            image.save(temp, format="PNG", dpi=(dpi, dpi), pnginfo=info)
    finally:
        document.close()
