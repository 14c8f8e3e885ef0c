"""``canvasgen build``: read -> model -> layout -> render, for each workbook given."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from canvasgen.brand.kit import BrandKit
from canvasgen.errors import CanvasError, CanvasWarning, Location
from canvasgen.excel.reader import read_canvas
from canvasgen.language import detect_language
from canvasgen.layout.fonts import FontSet
from canvasgen.layout.poster import PosterSpec, layout_poster
from canvasgen.model import Canvas
from canvasgen.render.pdf import PrintOptions, render_pdf


@dataclass(frozen=True)
class BuildOptions:
    out_dir: Path
    paper: tuple[float, float]
    print_options: PrintOptions
    language: str | None = None  # None: from the workbook's labels
    generated: dt.date = field(default_factory=dt.date.today)


@dataclass
class BuildResult:
    source: Path
    pdf: Path
    pages: int
    body_sizes: list[float]
    min_size: float
    continued: list[str]
    warnings: list[CanvasWarning]


def build_file(path: Path, kit: BrandKit, fonts: FontSet, options: BuildOptions) -> BuildResult:
    canvas = read_canvas(path)
    return build_canvas(canvas, path, kit, fonts, options)


def build_canvas(canvas: Canvas, path: Path, kit: BrandKit, fonts: FontSet, options: BuildOptions) -> BuildResult:
    language = options.language or detect_language(canvas, kit.language)
    width, height = options.paper
    spec = PosterSpec(width, height, language, path.name, options.generated)
    layout = layout_poster(canvas, kit, fonts, spec)
    out = options.out_dir / f"{path.stem}.pdf"
    if out.resolve() == path.resolve():
        raise CanvasError(path, "the output would overwrite the workbook itself")
    title = canvas.journeys[0].name if len(canvas.journeys) == 1 else path.stem
    warnings = list(canvas.warnings)
    for cell, message in layout.problems:
        sheet, _, ref = cell.partition("!")
        location = Location(str(path), sheet, ref) if ref else Location(str(path), cell)
        warnings.append(CanvasWarning(location, message))
    warnings.extend(render_pdf(layout, kit, fonts, out, options.print_options, title, path.name))
    continued = [f"{c.cell} ({c.lane} · {c.phase}) -> page {c.page}" for c in layout.continued]
    return BuildResult(path, out, len(layout.pages), layout.body_sizes, layout.min_size, continued, warnings)
