"""Read: a workbook (and its companions, and a metrics export) to the canvas model."""

from __future__ import annotations

from pathlib import Path

from canvasgen.companions import join_companion
from canvasgen.errors import CanvasError, CanvasErrors
from canvasgen.excel.corrections import Corrections
from canvasgen.excel.reader import read_canvas
from canvasgen.limits import journey_problems
from canvasgen.metrics.collect import add_csv_metrics
from canvasgen.model import Canvas


def read(
    path: Path,
    metrics: Path | None = None,
    corrections: Corrections | None = None,
    companions: tuple[Path, ...] = (),
) -> Canvas:
    """The workbook's canvas, corrected as the user said, with its companion workbooks and the
    figures of a metrics CSV when given. Every problem of every file is reported at once."""
    corrections = corrections or Corrections()
    errors: list[CanvasError] = []
    canvas: Canvas | None = None
    try:
        canvas = read_canvas(path, corrections)
        errors.extend(journey_problems(canvas, str(path)))
    except CanvasError as error:
        errors.extend(error.problems)
    lane_kinds = Corrections(lane_kinds=corrections.lane_kinds, origin=corrections.origin)
    for companion in companions:
        try:
            other = read_canvas(companion, lane_kinds)
        except CanvasError as error:
            errors.extend(error.problems)
            continue
        errors.extend(journey_problems(other, str(companion)))
        if canvas is not None:
            join_companion(canvas, other, companion)
    if errors or canvas is None:
        raise CanvasErrors(errors)
    if metrics is not None:
        add_csv_metrics(canvas, metrics)
    return canvas
