"""Read: a workbook (and its companions, and a metrics export) to the canvas model."""

from __future__ import annotations

import copy
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from canvasgen.errors import CanvasError, CanvasErrors, CanvasWarning, Location, NoCanvas, display_name
from canvasgen.language import canvas_language
from canvasgen.model import Canvas
from canvasgen.read.companions import join_companion, persona_lists, said_as_lists
from canvasgen.read.corrections import Corrections
from canvasgen.read.limits import journey_problems
from canvasgen.read.metrics.collect import add_csv_metrics
from canvasgen.read.package.portraits import pictures_beside
from canvasgen.read.reader import date_items, dated_phases, read_canvas, say_unmatched, show_dates
from canvasgen.read.tables.detect import Hints
from canvasgen.read.tables.sheet_roles import SheetRole

if TYPE_CHECKING:  # the kit's module brings its fonts: check, which draws nothing, never imports it
    from canvasgen.brand.kit import BrandKit


def same_file(one: Path, other: Path) -> bool:
    """Whether two paths name one file (through a link, "..", or another spelling of it)."""
    try:
        return one.samefile(other)
    except OSError:
        return one.resolve() == other.resolve()


def distinct_companions(path: Path, companions: tuple[Path, ...]) -> tuple[tuple[Path, ...], list[CanvasWarning]]:
    """The companions to join: the workbook itself, or one named twice, would count its items twice or more."""
    kept: list[Path] = []
    said = []
    for companion in companions:
        if same_file(companion, path):
            said.append(
                CanvasWarning(
                    Location.of(companion),
                    "--with names the workbook itself; ignored (its items would be counted twice)",
                )
            )
        elif any(same_file(companion, other) for other in kept):
            said.append(CanvasWarning(Location.of(companion), "named with --with more than once; read once"))
        else:
            kept.append(companion)
    return tuple(kept), said


def with_kit(corrections: Corrections | None, kit: BrandKit) -> Corrections:
    """The corrections with the organisation's names a brand kit gives (its name, its agency): a lane whose
    question asks of one ("Wat doet Eneco?") is the organisation's own. The default kit (white label) names
    no organisation."""
    from canvasgen.brand.kit import DEFAULT_KIT, find_kit

    corrections = corrections or Corrections()
    if kit.folder.resolve() == find_kit(DEFAULT_KIT).resolve():
        return corrections
    named = (("brand kit's name", kit.name), ("brand kit's agency", kit.agency))
    return replace(corrections, companies=tuple((where, text) for where, text in named if text.strip()))


def _as_persona_lists(canvas: Canvas, other: Canvas, path: Path, corrections: Corrections, dates: str | None) -> Canvas:
    """The companion read again with its sheets that list the map's personas by id (``id, name`` read as a
    journey of phases "P1 | P2") read as lists of personas, said in ``check --explain`` with the correction
    that keeps one a journey; as read when it has none, or the user said what such a sheet is for."""
    found = {
        sheet: why for sheet, why in persona_lists(canvas, other).items() if corrections.for_sheet(sheet).role is None
    }
    if not found:
        return other
    sheets = dict(corrections.sheets)
    for sheet in found:
        sheets[sheet] = replace(sheets.get(sheet, Hints()), role=SheetRole.PERSONAS)
    again = read_canvas(path, replace(corrections, sheets=sheets), companion=True, dates=dates)
    again.reading = said_as_lists(again.reading, found)
    return again


def read(
    path: Path,
    metrics: Path | None = None,
    corrections: Corrections | None = None,
    companions: tuple[Path, ...] = (),
    beside: bool = True,
) -> Canvas:
    """The workbook's canvas, corrected as the user said, with its companion workbooks, the figures of a
    metrics CSV when given, and (``beside``) the personas' pictures in files beside the workbook
    (``<persona name>.jpg``; the web page's uploads have none). Every problem of every file is reported at once."""
    corrections = corrections or Corrections()
    errors: list[CanvasError] = []
    canvas: Canvas | None = None
    companions, said = distinct_companions(path, companions)
    try:  # a correction may be aimed at a companion's sheet or lanes: said once they are joined
        canvas = read_canvas(path, corrections, unmatched_later=bool(companions))
        errors.extend(journey_problems(canvas, display_name(path)))
    except CanvasError as error:
        errors.extend(error.problems)
    lane_kinds = corrections.for_companion()
    for companion in companions:
        try:
            dates = canvas_language(canvas) if canvas is not None else None  # the canvas's, as the rest
            other = read_canvas(companion, lane_kinds, companion=True, dates=dates)
            if canvas is not None:
                other = _as_persona_lists(canvas, other, companion, lane_kinds, dates)
        except CanvasError as error:
            errors.extend(error.problems)
            continue
        errors.extend(journey_problems(other, display_name(companion)))
        if canvas is not None:
            join_companion(canvas, other, companion)
    if len(errors) == 1 and isinstance(errors[0], NoCanvas):
        raise errors[0]  # a file without a canvas: a folder build passes it over in one line
    if errors or canvas is None:
        raise CanvasErrors(errors)
    if companions:
        say_unmatched(canvas, path, corrections)
    canvas.warnings.extend(said)
    if beside:
        pictures_beside(canvas, path.parent)
    if metrics is not None:
        add_csv_metrics(canvas, metrics)
    return canvas


def output_language(chosen: str | None, kit_language: str, canvas: Canvas | None = None) -> str:
    """The language a run writes in: the one asked for (``--lang``), else the (first) ``canvas``'s, else the
    brand kit's. A choice only: the run prints its canvases in it through ``in_language``."""
    return chosen or (canvas.language if canvas is not None else None) or kit_language


def in_language(canvas: Canvas, language: str) -> Canvas:
    """The canvas as a run in ``language`` prints it, the one step that decides how a date reads on every
    output (poster, deck, kit, reports): a page never mixes two languages' dates, and a date compared
    across versions reads the same on both sides. The reader shows the date cells in the canvas's language
    (``canvas_language``): in that one, the canvas itself; in another, a copy with every date cell shown
    in it (``show_dates``, from ``Item.when``). The canvas read is never changed by a run: one kept warm
    (``watch``, the page) reads the same for the next run, in whatever language that one writes."""
    if language == canvas_language(canvas) or not (date_items(canvas) or dated_phases(canvas)):
        return canvas
    shown = copy.deepcopy(canvas)
    show_dates(shown, language)
    return shown
