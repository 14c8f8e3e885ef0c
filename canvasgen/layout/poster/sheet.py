"""What every poster page shares: the poster's spec (paper, language, file name, date) and its geometry:
the margin, the lane-label column and the footer band.

One place for the numbers, so that the journey page, continuation and appendix pages and the
persona page line up on one grid.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from canvasgen.layout.text.setter import LEADING


@dataclass(frozen=True)
class PosterSpec:
    width: float
    height: float
    language: str
    file_name: str
    generated: dt.date
    blueprint: bool = False  # every journey as a service blueprint (a blueprint read is one anyway)
    region: str | None = None  # the canvas's locale's country: how its English dates are written


def page_margin(width: float, height: float) -> float:
    """The margin round a page's content: 3 % of its shorter side."""
    return 0.03 * min(width, height)


#: The widest the lane-label column grows to fit its labels, as a share of the page's width.
LABEL_COLUMN_LIMIT = 0.2


@dataclass(frozen=True)
class LabelColumn:
    """Every lane label of a poster: the one size they are set in, and the width of their column; the
    poster decides them once and every journey page uses them."""

    size: float
    width: float


def label_width(content_width: float, u: float, needed: float = 0.0, page_width: float = 0.0) -> float:
    """The column of lane labels: 12 % of the content, between 9 and 22 times the text unit; widened to
    ``needed`` (what its labels need: their longest word at their size) up to a fifth of ``page_width``."""
    base = min(max(0.12 * content_width, 9 * u), 22 * u)
    return max(base, min(needed, LABEL_COLUMN_LIMIT * page_width))


def content_bottom(width: float, height: float, u: float) -> float:
    """Where a page's content ends: the footer band below it takes two lines of the minimum size."""
    return height - page_margin(width, height) - u * LEADING * 2.2
