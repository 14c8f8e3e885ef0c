"""One unit for geometry: the PDF point (1/72 inch). Millimetres only at the edges; and what a print
shop asks of the paper (bleed, crop marks, CMYK)."""

from __future__ import annotations

import re
from dataclasses import dataclass

MM = 72 / 25.4  # points per millimetre

#: ISO A sizes, portrait, in millimetres.
A_SIZES_MM: dict[str, tuple[float, float]] = {
    "A0": (841, 1189),
    "A1": (594, 841),
    "A2": (420, 594),
    "A3": (297, 420),
    "A4": (210, 297),
    "A5": (148, 210),
}

_CUSTOM = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*[x×]\s*(\d+(?:[.,]\d+)?)\s*(mm)?\s*$", re.IGNORECASE)


def mm(value: float) -> float:
    return value * MM


def to_mm(points: float) -> float:
    return points / MM


def parse_paper(text: str, portrait: bool = False) -> tuple[float, float]:
    """Paper size in points, landscape unless ``portrait``: "A1" or "700x500mm".

    Raises ValueError with a sentence a user can act on.
    """
    key = text.strip().upper()
    if key in A_SIZES_MM:
        w, h = A_SIZES_MM[key]
    else:
        match = _CUSTOM.match(text)
        if not match:
            sizes = ", ".join(A_SIZES_MM)
            raise ValueError(f"unknown paper size '{text}': use one of {sizes} or a size like 700x500mm")
        w, h = (float(match.group(i).replace(",", ".")) for i in (1, 2))
        if not (50 <= w <= 5000 and 50 <= h <= 5000):
            raise ValueError(f"paper size '{text}' is out of range: each side must be 50 to 5000 mm")
    short, long = sorted((w, h))
    return (mm(short), mm(long)) if portrait else (mm(long), mm(short))


@dataclass(frozen=True)
class PrintOptions:
    """What a print shop asks of a PDF: the bleed around the page, crop marks, colours in CMYK."""

    bleed_mm: float = 3.0
    crop_marks: bool = False
    cmyk: bool = False
