"""How the curves of several journeys laid over each other are told apart: colour, line style and marker,
one table for the poster's comparison page and the deck's chart, so that a curve looks the same in both.

Ten styles, no two alike in line style and marker together (a greyscale print, or a kit whose colours
coincide, still tells them apart), nor in colour and marker: a buying group of three with an ideal and a
current journey each (six curves) once drew its first and sixth curve identically.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from canvasgen.brand.kit import ColourName

Dash = Literal["solid", "dash", "sysDot", "dashDot", "lgDash", "sysDash", "lgDashDot", "lgDashDotDot"]
Marker = Literal["circle", "square", "triangle", "diamond", "x", "plus", "star"]

# each line style's pattern on the poster, in minimum sizes (on, off, ...); None: a solid line
DASH_PATTERNS: dict[Dash, tuple[float, ...] | None] = {
    "solid": None,
    "dash": (2.2, 1.0),
    "sysDot": (0.05, 0.7),
    "dashDot": (2.2, 0.8, 0.05, 0.8),
    "lgDash": (4.0, 1.2),
    "sysDash": (1.0, 0.6),
    "lgDashDot": (4.0, 1.0, 0.05, 1.0),
    "lgDashDotDot": (4.0, 0.8, 0.05, 0.8, 0.05, 0.8),
}


@dataclass(frozen=True)
class CurveStyle:
    colour: ColourName
    dash: Dash
    marker: Marker

    @property
    def pattern(self) -> tuple[float, ...] | None:
        return DASH_PATTERNS[self.dash]


CURVE_STYLES: tuple[CurveStyle, ...] = (
    CurveStyle("accent", "solid", "circle"),
    CurveStyle("primary", "dash", "square"),
    CurveStyle("opportunity", "sysDot", "triangle"),
    CurveStyle("pain", "dashDot", "diamond"),
    CurveStyle("secondary", "lgDash", "x"),
    # the kit's five colours again, each with a line and a marker its first curve has not
    CurveStyle("accent", "sysDash", "plus"),
    CurveStyle("primary", "lgDashDot", "star"),
    CurveStyle("opportunity", "lgDashDotDot", "square"),
    CurveStyle("pain", "solid", "triangle"),
    CurveStyle("secondary", "dash", "diamond"),
)


def curve_style(index: int) -> CurveStyle:
    """The style of the ``index``-th curve (from the eleventh on, the styles come round again)."""
    return CURVE_STYLES[index % len(CURVE_STYLES)]
