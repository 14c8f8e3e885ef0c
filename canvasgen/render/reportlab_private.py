"""Every use of reportlab's private names, in one place, pinned by setup.cfg (reportlab 5.1).

The poster writes its text operators itself (reportlab's text object re-measures every string,
which was most of a poster's PDF time), so it needs the canvas's document, escaper and content
stream; an SVG logo is drawn by renderPDF, whose default font is a module-level setting. If a
reportlab upgrade breaks one of these, this module is where it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas


def document_of(canvas: Canvas) -> tuple[object, Callable[[str], str]]:
    """The canvas's PDF document (fonts record their subsets in it) and its string escaper."""
    return canvas._doc, canvas._escape


def append_operators(canvas: Canvas, operators: str) -> None:
    """Write PDF content-stream operators straight into the current page."""
    canvas._code.append(operators)


def current_font(canvas: Canvas) -> str:
    return str(canvas._fontname)


@contextmanager
def binary_streams() -> Iterator[None]:
    """Page streams compressed but not ASCII85-encoded while a PDF is written (smaller, and faster):
    reportlab reads this module-level setting, so it is set for the write and put back after."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


@contextmanager
def drawing_font(font: str) -> Iterator[None]:
    """renderPDF's default font for the drawing of an SVG (else Helvetica, which is never embedded)."""
    from reportlab.graphics.renderbase import STATE_DEFAULTS

    saved = STATE_DEFAULTS["fontName"]
    STATE_DEFAULTS["fontName"] = font
    try:
        yield
    finally:
        STATE_DEFAULTS["fontName"] = saved
