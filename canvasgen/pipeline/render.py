"""Lay out and render: a canvas's poster and deck, and a report's pages and slides, written atomically.
The only place the layouts are handed to the renderers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from canvasgen.analysis.analyse import Analysis
from canvasgen.brand.kit import BrandKit
from canvasgen.errors import CanvasError, CanvasWarning, Location
from canvasgen.layout.deck.deck import layout_deck, layout_report_deck
from canvasgen.layout.poster.flow import FlowBlock
from canvasgen.layout.poster.poster import PosterSpec, layout_poster, layout_report
from canvasgen.layout.text.fonts import FontSet
from canvasgen.layout.text.setter import Setter
from canvasgen.model import Canvas
from canvasgen.pipeline.options import SLIDE_HEIGHT, SLIDE_WIDTH, BuildOptions, Extras
from canvasgen.pipeline.result import BuildResult
from canvasgen.pipeline.warm import deck_fonts, template
from canvasgen.render.pdf.document import PrintOptions, render_pdf
from canvasgen.render.png import render_pngs
from canvasgen.render.pptx import render_pptx


@dataclass
class Job:
    """One canvas on its way to poster and deck."""

    canvas: Canvas
    analysis: Analysis
    path: Path
    kit: BrandKit
    fonts: FontSet
    options: BuildOptions
    language: str
    title: str
    result: BuildResult
    extras: Extras = field(default_factory=Extras)

    def target(self, suffix: str) -> Path:
        out = self.options.out_dir / f"{self.options.name or self.path.stem}{self.extras.suffix}{suffix}"
        if out.resolve() == self.path.resolve():
            raise CanvasError(self.path, "the output would overwrite the workbook itself")
        return out


def poster(job: Job) -> None:
    width, height = job.options.paper
    blueprint = job.options.layout == "blueprint"
    spec = PosterSpec(width, height, job.language, job.path.name, job.options.generated, blueprint)
    compared = list(job.extras.curves) or None
    layout = layout_poster(
        job.canvas, job.kit, job.fonts, spec, job.extras.pages, views=job.analysis.views, compared=compared
    )
    out = job.target(".pdf")
    result = job.result
    result.warnings.extend(located(job.path, layout.problems))
    print_options = job.options.print_options
    result.warnings.extend(render_pdf(layout, job.kit, job.fonts, out, print_options, job.title, job.path.name))
    result.outputs.append(out)
    if job.options.png_dpi:
        result.pictures = render_pngs(out, job.options.png_dpi)
        result.outputs.extend(result.pictures)
    result.pages = len(layout.pages)
    result.body_sizes = layout.body_sizes
    result.min_size = layout.min_size
    result.continued = [f"{c.cell} ({c.lane} · {c.phase}) -> page {c.page}" for c in layout.continued]


def deck(job: Job) -> None:
    width, height = SLIDE_WIDTH, SLIDE_HEIGHT
    path = job.options.pptx_template
    agency = template(path) if path is not None else None
    if agency is not None:  # the agency's slide proportions
        height = SLIDE_WIDTH * agency.height / agency.width
    fonts, font_warnings = deck_fonts(job.kit, agency)
    job.result.warnings.extend(font_warnings)
    setter = Setter(fonts)
    layout = layout_deck(job.canvas, job.kit, setter, width, height, job.language, views=job.analysis.views)
    if job.extras.slides is not None:
        report = job.extras.slides(setter, width, height)
        layout.slides += report.slides
        layout.sections += report.sections
    out = job.target(".pptx")
    job.result.warnings.extend(render_pptx(layout, job.kit, fonts, out, agency, job.title))
    job.result.outputs.append(out)
    job.result.slides = len(layout.slides)


def located(path: Path, problems: list[tuple[str, str]]) -> list[CanvasWarning]:
    """What a layout could not draw, as warnings at their cells ("Klantreis!C11") in ``path``."""
    warnings = []
    for cell, message in problems:
        sheet, _, ref = cell.partition("!")
        location = Location(str(path), sheet, ref) if ref else Location(str(path), cell)
        warnings.append(CanvasWarning(location, message))
    return warnings


@dataclass(frozen=True)
class Report:
    """A report of its own (what changed between versions): text blocks under a kicker and a title."""

    blocks: list[tuple[str, list[tuple[str, str]]]]
    kicker: str
    title: str
    stem: str  # the files' name: <stem>.pdf, <stem>.pptx


def report_files(
    report: Report,
    kit: BrandKit,
    fonts: FontSet,
    out_dir: Path,
    paper: tuple[float, float],
    language: str,
    when: dt.date,
) -> tuple[list[Path], list[CanvasWarning]]:
    """Report pages in the poster's style, and report slides whose notes say what they are; with what
    the renderers had to say (a glyph no font has, a logo too small)."""
    width, height = paper
    spec = PosterSpec(width, height, language, f"{report.stem}.pdf", when)
    flow = [FlowBlock(h, lines) for h, lines in report.blocks]
    pages = layout_report(flow, kit, fonts, spec, report.kicker, report.title)
    pdf = out_dir / f"{report.stem}.pdf"
    warnings = render_pdf(pages, kit, fonts, pdf, PrintOptions(), f"{report.kicker}: {report.title}", report.stem)
    size = (SLIDE_WIDTH, SLIDE_HEIGHT)
    deck_set, _ = deck_fonts(kit)
    slides = layout_report_deck(
        report.kicker, report.blocks, None, kit, Setter(deck_set), size, language, report.kicker
    )
    pptx = out_dir / f"{report.stem}.pptx"
    warnings += render_pptx(slides, kit, deck_set, pptx, None, report.kicker)
    return [pdf, pptx], warnings
