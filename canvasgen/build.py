"""``canvasgen build``: read -> model -> layout -> render, for each workbook given."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from canvasgen.analysis.involvement import involvement_warnings
from canvasgen.analysis.view import JourneyView, view_of
from canvasgen.brand.kit import BrandKit
from canvasgen.companions import join_companion
from canvasgen.errors import CanvasError, CanvasErrors, CanvasWarning, Location
from canvasgen.excel.corrections import Corrections
from canvasgen.excel.reader import read_canvas
from canvasgen.language import detect_language
from canvasgen.layout.deck import DeckLayout, layout_deck
from canvasgen.layout.flow import FlowBlock
from canvasgen.layout.fonts import FontSet
from canvasgen.layout.poster import PosterSpec, layout_poster
from canvasgen.layout.setter import Setter
from canvasgen.metrics.collect import add_csv_metrics
from canvasgen.model import Canvas
from canvasgen.render.pdf import PrintOptions, render_pdf
from canvasgen.render.pptx import open_template, render_pptx

SLIDE_WIDTH, SLIDE_HEIGHT = 960.0, 540.0  # 16:9 in points (13.333 x 7.5 inch)


@dataclass(frozen=True)
class BuildOptions:
    out_dir: Path
    paper: tuple[float, float]
    print_options: PrintOptions
    language: str | None = None  # None: from the workbook's labels
    generated: dt.date = field(default_factory=dt.date.today)
    pdf: bool = True
    pptx: bool = False
    pptx_template: Path | None = None
    metrics: Path | None = None  # a CSV export of measured figures, added to every workbook
    corrections: Corrections = field(default_factory=Corrections)  # --phases-row, --labels, --lane
    companions: tuple[Path, ...] = ()  # --with: touchpoint, persona or score workbooks joined to each


@dataclass(frozen=True)
class Extras:
    """What a report adds to a canvas's own poster and deck (the gap analysis, say): pages after the
    poster's, slides after the deck's (made at the deck's size), and the files' own name and title."""

    suffix: str = ""  # "-gaps": written as <name>-gaps.pdf and <name>-gaps.pptx
    title: str | None = None
    pages: tuple[str, list[FlowBlock]] | None = None
    slides: Callable[[Setter, float, float], DeckLayout] | None = None


@dataclass
class BuildResult:
    source: Path
    outputs: list[Path]
    pages: int
    slides: int
    body_sizes: list[float]
    min_size: float
    continued: list[str]
    warnings: list[CanvasWarning]

    @property
    def pdf(self) -> Path:
        return next(p for p in self.outputs if p.suffix == ".pdf")

    @property
    def pptx(self) -> Path:
        return next(p for p in self.outputs if p.suffix == ".pptx")


def describe(result: BuildResult) -> list[str]:
    """What a build wrote, for the terminal."""
    lines = []
    if result.pages:
        sizes = ", ".join(f"{s:.1f}" for s in result.body_sizes)
        pages = f"{result.pages} page{'s' if result.pages != 1 else ''}"
        text = f"text {sizes} pt, " if sizes else ""  # a workbook of personas only has no journey text
        lines.append(f"wrote {result.pdf} ({pages}; {text}minimum {result.min_size:.1f} pt)")
    if result.slides:
        lines.append(f"wrote {result.pptx} ({result.slides} slides)")
    return lines + [f"  continued: {line}" for line in result.continued]


def build_file(path: Path, kit: BrandKit, fonts: FontSet, options: BuildOptions) -> BuildResult:
    canvas = load_canvas(path, options.metrics, options.corrections, options.companions)
    return build_canvas(canvas, path, kit, fonts, options)


def load_canvas(
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
    except CanvasError as error:
        errors.extend(error.problems)
    lane_kinds = Corrections(lane_kinds=corrections.lane_kinds, origin=corrections.origin)
    for companion in companions:
        try:
            other = read_canvas(companion, lane_kinds)
        except CanvasError as error:
            errors.extend(error.problems)
            continue
        if canvas is not None:
            join_companion(canvas, other, companion)
    if errors or canvas is None:
        raise CanvasErrors(errors)
    canvas.warnings.extend(involvement_warnings(canvas, str(path)))
    if metrics is not None:
        add_csv_metrics(canvas, metrics)
    return canvas


@dataclass
class _Job:
    """One workbook on its way to poster and deck."""

    canvas: Canvas
    path: Path
    kit: BrandKit
    fonts: FontSet
    options: BuildOptions
    language: str
    title: str
    result: BuildResult
    extras: Extras = field(default_factory=Extras)
    views: list[JourneyView] = field(default_factory=list)  # each journey's analysis, for poster and deck

    def target(self, suffix: str) -> Path:
        out = self.options.out_dir / f"{self.path.stem}{self.extras.suffix}{suffix}"
        if out.resolve() == self.path.resolve():
            raise CanvasError(self.path, "the output would overwrite the workbook itself")
        return out


def build_canvas(
    canvas: Canvas, path: Path, kit: BrandKit, fonts: FontSet, options: BuildOptions, extras: Extras | None = None
) -> BuildResult:
    """Poster and deck of a canvas: the one build path, for `build`, `watch`, folder builds and `gaps`."""
    extras = extras or Extras()
    language = options.language or detect_language(canvas, kit.language)
    title = extras.title or (canvas.journeys[0].name if len(canvas.journeys) == 1 else path.stem)
    result = BuildResult(path, [], 0, 0, [], 0.0, [], list(canvas.warnings))
    views = [view_of(journey, canvas) for journey in canvas.journeys]  # analysed once, drawn twice
    job = _Job(canvas, path, kit, fonts, options, language, title, result, extras, views)
    if options.pdf:
        _poster(job)
    if options.pptx:
        _deck(job)
    return result


def _poster(job: _Job) -> None:
    width, height = job.options.paper
    spec = PosterSpec(width, height, job.language, job.path.name, job.options.generated)
    layout = layout_poster(job.canvas, job.kit, job.fonts, spec, job.extras.pages, views=job.views)
    out = job.target(".pdf")
    result = job.result
    for cell, message in layout.problems:
        sheet, _, ref = cell.partition("!")
        location = Location(str(job.path), sheet, ref) if ref else Location(str(job.path), cell)
        result.warnings.append(CanvasWarning(location, message))
    print_options = job.options.print_options
    result.warnings.extend(render_pdf(layout, job.kit, job.fonts, out, print_options, job.title, job.path.name))
    result.outputs.append(out)
    result.pages = len(layout.pages)
    result.body_sizes = layout.body_sizes
    result.min_size = layout.min_size
    result.continued = [f"{c.cell} ({c.lane} · {c.phase}) -> page {c.page}" for c in layout.continued]


def _deck(job: _Job) -> None:
    width, height = SLIDE_WIDTH, SLIDE_HEIGHT
    template = job.options.pptx_template
    if template is not None:  # the agency's slide proportions
        prs = open_template(template)
        height = SLIDE_WIDTH * (prs.slide_height or 1) / (prs.slide_width or 1)
    setter = Setter(job.fonts)
    layout = layout_deck(job.canvas, job.kit, setter, width, height, job.language, views=job.views)
    if job.extras.slides is not None:
        report = job.extras.slides(setter, width, height)
        layout.slides += report.slides
        layout.sections += report.sections
    out = job.target(".pptx")
    job.result.warnings.extend(render_pptx(layout, job.kit, out, template, job.title))
    job.result.outputs.append(out)
    job.result.slides = len(layout.slides)
