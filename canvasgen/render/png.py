"""PNG pictures of a poster's pages, to share in e-mail, Slack, Confluence or Teams.

Rendered from the finished PDF by PDFium (pypdfium2), so the picture is exactly what prints, cut to
the trim box (no bleed, no crop marks). Pages are rendered side by side in worker processes when
there are several; PDFium is not thread-safe, so never in threads.
"""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

from canvasgen.fileio import atomic_path

PREVIEW_DPI = 100  # sharp enough on a screen; --png-dpi 300 for print-quality pictures


def png_names(pdf: Path, pages: int, out_dir: Path | None = None) -> list[Path]:
    """``<name>-1.png``, ``<name>-2.png`` … beside the PDF (or in ``out_dir``)."""
    folder = out_dir or pdf.parent
    return [folder / f"{pdf.stem}-{number}.png" for number in range(1, pages + 1)]


def render_pngs(pdf: Path, dpi: int = PREVIEW_DPI, out_dir: Path | None = None) -> list[Path]:
    """Write one PNG per page of ``pdf``; returns their paths in page order."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        pages = len(document)
    finally:
        document.close()
    targets = png_names(pdf, pages, out_dir)
    jobs = [(str(pdf), index, dpi, str(target)) for index, target in enumerate(targets)]
    workers = min(len(jobs), os.cpu_count() or 1)
    # A folder build's workers are daemons, which may not start processes of their own.
    if workers > 1 and not multiprocessing.current_process().daemon:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            pool.starmap(render_page, jobs)
    else:
        for job in jobs:
            render_page(*job)
    return targets


def render_page(pdf: str, index: int, dpi: int, target: str) -> None:
    """Page ``index`` (from 0) of ``pdf`` as a PNG at ``dpi``, cut to its trim box."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        page = document[index]
        media = page.get_mediabox()
        trim = page.get_trimbox()
        # crop is measured inwards from each edge of the media box: left, bottom, right, top.
        crop = (trim[0] - media[0], trim[1] - media[1], media[2] - trim[2], media[3] - trim[3])
        image = page.render(scale=dpi / 72, crop=crop).to_pil()
        with atomic_path(Path(target)) as temp:
            image.save(temp, format="PNG", dpi=(dpi, dpi))
    finally:
        document.close()
