"""Analyse: what the map shows beside the team's words, computed once per journey from the model and
consumed by `check`, the poster and the deck alike."""

from __future__ import annotations

from dataclasses import dataclass

from canvasgen.analysis.involvement import involvement_warnings
from canvasgen.analysis.view import JourneyView, view_of
from canvasgen.errors import CanvasWarning
from canvasgen.model import Canvas


@dataclass(frozen=True)
class Analysis:
    views: list[JourneyView]  # one per journey, in the canvas's order
    warnings: list[CanvasWarning]  # what the analysis found wrong (a persona in a phase the canvas lacks)


def analyse(canvas: Canvas, file: str) -> Analysis:
    views = [view_of(journey, canvas) for journey in canvas.journeys]
    return Analysis(views, involvement_warnings(canvas, file))
