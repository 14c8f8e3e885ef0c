"""The one run: read -> analyse -> lay out -> render, with every stage's warnings gathered."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from canvasgen.analysis.analyse import Analysis, analyse
from canvasgen.errors import display_file, display_name
from canvasgen.model import Canvas
from canvasgen.pipeline.options import BuildOptions, Extras
from canvasgen.pipeline.read import in_language, output_language, read
from canvasgen.pipeline.result import BuildResult
from canvasgen.pipeline.warm import brand_kit

if TYPE_CHECKING:
    from canvasgen.pipeline.warm import Brand


def run(
    source: Path,
    options: BuildOptions,
    extras: Extras | None = None,
    canvas: Canvas | None = None,
    *,
    analysis: Analysis | None = None,
    brand: Brand | None = None,
) -> BuildResult:
    """Poster and deck of the canvas in ``source`` (or of ``canvas``, already read from it, and its
    ``analysis`` when the caller made it), as ``options`` say; the result lists the files written and
    every warning: the kit's, the reader's, the analysis's, the layouts' and the renderers'. The brand kit
    is fetched once (or handed in) and the analysis made once; both are handed down to the layouts.
    Raises CanvasErrors for input that cannot be read."""
    # The layouts and renderers are imported by the first run, not with the pipeline: `check` reads and
    # analyses only, and starts without them.
    from canvasgen.layout.headings import heading_warnings
    from canvasgen.pipeline import render

    kit, fonts, kit_warnings = brand or brand_kit(options.brand)
    if canvas is None:
        canvas = read(source, options.metrics, options.corrections, options.companions)
    render.within_bounds(canvas, source)  # before the analysis and any layout
    language = output_language(options.language, kit.language, canvas)
    shown = in_language(canvas, language)
    if shown is not canvas or analysis is None:  # the analysis of the canvas as printed
        canvas, analysis = shown, analyse(shown, display_name(source))
    extras = extras or Extras()
    title = extras.title or _title(canvas, source)
    headings = heading_warnings(canvas, display_name(source)) if options.pdf or options.pptx else []
    result = BuildResult(source, warnings=[*kit_warnings, *canvas.warnings, *analysis.warnings, *headings])
    job = render.Job(canvas, analysis, source, kit, fonts, options, language, title, result, extras)
    render.keep_users_files(job)
    if options.pdf:
        render.poster(job)
    if options.pptx:
        render.deck(job)
    return result


def _title(canvas: Canvas, source: Path) -> str:
    """The files' title (their properties, what a PDF viewer shows): the journeys' names, a few of them side
    by side ("Buying payroll – today · Buying payroll – ideal"); the workbook's name when there are more."""
    names = list(dict.fromkeys(journey.name for journey in canvas.journeys if journey.name))
    if 1 <= len(names) <= 3:
        return " · ".join(names)
    return Path(display_file(source)).stem
