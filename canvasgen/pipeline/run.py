"""The one run: read -> analyse -> lay out -> render, with every stage's warnings gathered."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from canvasgen.analysis.analyse import Analysis, analyse
from canvasgen.errors import CanvasWarning, Location, display_file, display_name, switch_hint
from canvasgen.language import without_doubt
from canvasgen.model import Canvas
from canvasgen.pipeline.options import BuildOptions, Extras
from canvasgen.pipeline.read import in_language, output_language, read, with_kit
from canvasgen.pipeline.result import BuildResult, language_said
from canvasgen.pipeline.warm import brand_kit
from canvasgen.text import counted, excerpt, listed

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
        canvas = read(source, options.metrics, with_kit(options.corrections, kit), options.companions)
    render.within_bounds(canvas, source)  # before the analysis and any layout
    language = output_language(options.language, kit.language, canvas)
    shown = in_language(canvas, language)
    if shown is not canvas or analysis is None:  # the analysis of the canvas as printed
        canvas, analysis = shown, analyse(shown, display_name(source))
    left_out: list[CanvasWarning] = []
    if not options.notes:  # the team's internal notes kept off what the client sees: said, never silent
        canvas, left_out = without_notes(canvas, display_name(source))
    extras = extras or Extras()
    title = extras.title or _title(canvas, source)
    headings = heading_warnings(canvas, display_name(source)) if options.pdf or options.pptx else []
    # a report's poster and deck (gaps, diff) print the notes with no option to leave them out: none named
    reading = _comments_said(without_doubt(canvas.warnings, options.language), options, extras.report is None)
    said = [*kit_warnings, *reading, *analysis.warnings, *headings, *left_out]
    what = " and ".join(name for name, made in (("poster", options.pdf), ("deck", options.pptx)) if made)
    told = language_said(language, options.language, canvas.language, what) if what else None
    result = BuildResult(source, warnings=said, language=told)
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


def _comments_said(warnings: list[CanvasWarning], options: BuildOptions, offered: bool = True) -> list[CanvasWarning]:
    """The reading's warnings as a build says them: the cell comments and text boxes kept as notes are
    printed on the poster and deck, and said so with the way to leave them out (an agency's comments are
    often the team's own); with ``--no-notes`` they are not said as kept, the line of notes left off
    names their cells. ``offered``: whether the command (or the page's tab) has the choice to leave them out.
    The choice is named as the user makes it: ``--no-notes``, or the page's box (``errors.switch_hint``)."""
    if not options.pdf and not options.pptx:
        return warnings
    if not options.notes:
        return [w for w in warnings if not w.comments and not w.notes]
    return [
        replace(
            w,
            message=f"{counted(len(w.comments), 'comment or text box', 'comments or text boxes')} printed on the "
            f"poster and deck as notes: {listed(list(w.comments))}"
            + (f" ({switch_hint('no-notes', 'no_notes')} leaves them out)" if offered else ""),
        )
        if w.comments
        else w
        for w in warnings
    ]


def without_notes(canvas: Canvas, file: str) -> tuple[Canvas, list[CanvasWarning]]:
    """The canvas without its notes (cell comments, text boxes, cells beside the canvas, a notes column),
    for ``--no-notes``, and a line saying how many were left out and from which cells."""
    notes = [n for j in canvas.journeys for n in j.notes] + list(canvas.notes)
    if not notes:
        return canvas, []
    journeys = [
        replace(j, notes=[], notes_title=None, titled=set(), notes_columns=[], notes_tables=[]) for j in canvas.journeys
    ]
    cells = listed([str(n.source) if n.source else excerpt(n.text) for n in notes], 8)
    told = f"{counted(len(notes), 'note')} of the workbook left off the poster and deck (--no-notes): {cells}"
    left = replace(canvas, journeys=journeys, notes=[], notes_columns=[], notes_tables=[])
    return left, [CanvasWarning(Location(file), told)]
