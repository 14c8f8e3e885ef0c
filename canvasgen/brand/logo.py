"""What a logo must be before a build draws it: an image that opens, of a sensible size.

`brand check` and every build load the kit through here, so a logo that would choke a build (not an
image at all, a decompression bomb, an SVG of megabytes or with no usable size) is one sentence
before anything is drawn.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

MAX_PIXELS = 40_000_000  # a 6000 x 6000 logo is far more than an A0 poster needs
MAX_SVG_BYTES = 2 * 1024 * 1024  # a vector logo is a few kilobytes
MAX_SVG_ELEMENTS = 20_000
MAX_SVG_SIDE = 100_000.0  # points
_DECLARATION = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def logo_problem(path: Path) -> str | None:
    """Why the logo cannot serve, as the end of a sentence; None when it can."""
    if path.suffix.lower() == ".svg":
        return _svg_problem(path)
    return _bitmap_problem(path)


def _bitmap_problem(path: Path) -> str | None:
    import warnings

    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # our own limit says it better
            with Image.open(path) as image:  # reads the header only
                width, height = image.size
                if width * height > MAX_PIXELS:
                    return _too_many_pixels(width, height)
                image.verify()  # reads the data through: a truncated or damaged file says so
    except Image.DecompressionBombError:
        return "the image is too large to open safely (a decompression bomb?); save the logo smaller"
    except (OSError, SyntaxError, ValueError):
        return f"is not a {path.suffix.lstrip('.').upper()} image that can be opened; save the logo again as PNG"
    return None


def _too_many_pixels(width: int, height: int) -> str:
    return (
        f"the logo is {width:,} x {height:,} pixels ({width * height / 1e6:,.0f} megapixels); canvasgen takes "
        f"at most {MAX_PIXELS / 1e6:,.0f} megapixels: save it smaller (2000 pixels wide is plenty)"
    )


def _svg_problem(path: Path) -> str | None:
    size = path.stat().st_size
    if size > MAX_SVG_BYTES:
        return f"the SVG logo is {size / 2**20:,.1f} MB; a logo is a few kilobytes: simplify it or use a PNG"
    data = path.read_bytes()
    if _DECLARATION.search(data):
        return "the SVG declares a DTD or entities, which canvasgen never resolves; save it without them"
    if data.count(b"<") > MAX_SVG_ELEMENTS:
        return f"the SVG logo has over {MAX_SVG_ELEMENTS:,} elements; simplify it or use a PNG"
    import logging

    from svglib.svglib import svg2rlg

    logging.getLogger("svglib").setLevel(logging.CRITICAL)  # its complaints become our one sentence
    try:
        drawing = svg2rlg(str(path), resolve_entities=False)
    except Exception:  # svglib raises many kinds on a broken file
        drawing = None
    if drawing is None:
        return "is not an SVG image that can be read; export the logo again as SVG or PNG"
    width, height = drawing.width, drawing.height
    sides = (width, height)
    if not all(isinstance(s, (int, float)) and math.isfinite(s) and 0 < s <= MAX_SVG_SIDE for s in sides):
        return f"the SVG has no usable size (width {width!r}, height {height!r}); give it a width, height or viewBox"
    return None
