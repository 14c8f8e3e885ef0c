"""Lay out and render: a canvas's poster and deck, and a report's pages and slides, written atomically.
The only place the layouts are handed to the renderers."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from canvasgen.analysis.analyse import Analysis
from canvasgen.analysis.report import ReportBlock
from canvasgen.brand.kit import BrandKit
from canvasgen.errors import (
    CanvasError,
    CanvasErrors,
    CanvasWarning,
    Location,
    OutputError,
    ReadError,
    display_file,
    what_to_do,
)
from canvasgen.fileio import refuse_folders
from canvasgen.layout.deck.deck import layout_deck, layout_report_deck, report_slides, with_report
from canvasgen.layout.headings import shortened
from canvasgen.layout.meta import made_on
from canvasgen.layout.poster.poster import PosterSpec, layout_poster, layout_report
from canvasgen.layout.text.fonts import FontSet
from canvasgen.layout.text.setter import Setter
from canvasgen.model import Canvas
from canvasgen.pipeline.options import SLIDE_HEIGHT, SLIDE_WIDTH, BuildOptions, Extras
from canvasgen.pipeline.result import BuildResult, Said
from canvasgen.pipeline.warm import deck_fonts, template
from canvasgen.render.pdf.document import made_by_canvasgen as pdf_made_by_canvasgen
from canvasgen.render.pdf.document import render_pdf
from canvasgen.render.png import made_by_canvasgen as png_made_by_canvasgen
from canvasgen.render.png import png_names, render_pngs
from canvasgen.render.pptx import made_by_canvasgen as pptx_made_by_canvasgen
from canvasgen.render.pptx import render_pptx
from canvasgen.units import PrintOptions


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
            raise OutputError(self.path, "the output would overwrite the workbook itself")
        return out


#: What one build lays out at most: far above any canvas (the largest real one, 21 phases by 5 lanes, holds
#: about 400 texts) and far below what once took minutes and gigabytes (a CSV of 1,500 lanes by 99 phases
#: inside every reading cap: a 3,107-page poster and an 18,617-slide deck, 126 s and 3.4 GB; 33,000 one-line
#: items: 2 GB of cards). Checked before anything is laid out; each cap met is one sentence.
MAX_CELLS = 5_000  # lanes x phases of one journey
MAX_TEXTS = 10_000  # pieces of text of a whole canvas: items, names, notes, rows of the other sheets
MAX_CHARACTERS = 1_000_000  # characters in them: about 300 A1 pages of text at the smallest size


def within_bounds(canvas: Canvas, source: Path) -> None:
    """Refuse, before any layout, a canvas larger than a poster and deck (or a workshop kit) can hold:
    the outputs' size is bounded, whatever passed the reading's caps. Every cap met is one sentence."""
    problems: list[CanvasError] = []
    for journey in canvas.journeys:
        cells = len(journey.lanes) * len(journey.phases)
        if cells > MAX_CELLS:
            where = Location.of(source, journey.sheet) if journey.sheet else Location.of(source)
            problems.append(
                ReadError(
                    where,
                    (
                        f"journey '{shortened(journey.name, 60)}' has {len(journey.lanes):,} lanes by "
                        f"{len(journey.phases):,} phases ({cells:,} cells); a poster and a deck hold at most "
                        f"{MAX_CELLS:,}: "
                        + what_to_do("check with `canvasgen check`", 'check in what the tab "{tab_build}" lists')
                        + " that the phase row and the label column are the right ones "
                        "(--phases-row, --labels), or split the journey over sheets"
                    ),
                )
            )
    texts = [item.text for item in canvas.texts()]
    characters = sum(map(len, texts))
    if len(texts) > MAX_TEXTS or characters > MAX_CHARACTERS:
        what = f"{len(texts):,} pieces of text" if len(texts) > MAX_TEXTS else f"{characters:,} characters of text"
        most = f"{MAX_TEXTS:,} pieces" if len(texts) > MAX_TEXTS else f"{MAX_CHARACTERS:,} characters"
        message = (
            f"the canvas holds {what}; a poster, a deck and a workshop kit hold at most {most} (a "
            "canvas has a few hundred): split it over several workbooks, or check "
            + what_to_do("with `canvasgen check` what was read", 'what was read in what the tab "{tab_build}" lists')
        )
        problems.append(ReadError(source, message))
    if problems:
        raise CanvasErrors.of(problems)


def keep_users_files(job: Job) -> None:
    """Before anything is written: refuse to replace a poster or deck that canvasgen did not write, a file
    of the user's own that has the output's name, unless ``--force``; every such file in one error."""
    targets = [job.target(".pdf")] if job.options.pdf else []
    targets += [job.target(".pptx")] if job.options.pptx else []
    keep_theirs(targets, job.options.replace)


def keep_theirs(targets: list[Path], force: bool) -> None:
    """Before anything is written: refuse to replace any of ``targets`` (PDF, PPTX, PNG) that canvasgen did
    not write — a file of the user's own that has an output's name — unless ``force``; every such file in
    one error. ``build``, ``gaps -o``, ``diff -o`` and ``kit`` refuse alike; a folder in a target's place
    is refused even with ``force``."""
    refuse_folders(targets)
    if force:
        return
    made = {".pdf": pdf_made_by_canvasgen, ".pptx": pptx_made_by_canvasgen, ".png": png_made_by_canvasgen}
    theirs = [path for path in targets if path.exists() and not made[path.suffix.lower()](path)]
    if theirs:
        errors = [
            OutputError(
                path,
                "is not a file canvasgen wrote (it has no canvasgen mark), so it is not replaced: "
                "move or rename it to keep it, choose another folder with -o, or give --force to replace it",
            )
            for path in theirs
        ]
        raise CanvasErrors.of(errors)


def settle() -> None:
    """Once per process, before its first layout: what start-up made and keeps (modules, the brand kit's
    fonts and their tables, the canvas read) is moved out of the garbage collector's sight. Its full
    passes walked all of it again and again while the layouts made their boxes and lines: ~40 ms each,
    three a build of a large canvas. Objects freed by their count are freed as before; a worker keeps
    nothing else frozen (a watch or the web page settles once, not per build)."""
    global _settled
    if not _settled:
        _settled = True
        gc.freeze()


_settled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while a layout is made and written (and started again as it was):
    a layout makes hundreds of thousands of boxes, lines and paragraphs and almost no cycles (a full pass
    over the stress canvas's deck found 180 objects to free), and the collector's passes, started by the
    count of objects made, walked them again and again (about a tenth of the CPU time of poster and deck).
    What is freed by its count (every object without a cycle) is freed as before; cycles made meanwhile
    wait for the next pass after it."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def poster(job: Job) -> None:
    settle()
    with collector_paused():
        _poster(job)


def _poster(job: Job) -> None:
    width, height = job.options.paper
    blueprint = job.options.layout == "blueprint"
    spec = PosterSpec(
        width, height, job.language, display_file(job.path), job.options.generated, blueprint, job.canvas.region
    )
    layout = layout_poster(job.canvas, job.kit, job.fonts, spec, job.extras.report, views=job.analysis.views)
    out = job.target(".pdf")
    if job.options.png_dpi:
        keep_theirs(png_names(out, len(layout.pages)), job.options.replace)  # still before anything is written
    result = job.result
    result.warnings.extend(located(job.path, layout.problems))
    print_options = job.options.print_options
    result.warnings.extend(
        render_pdf(layout, job.kit, job.fonts, out, print_options, job.title, display_file(job.path))
    )
    result.outputs.append(out)
    if job.options.png_dpi:
        result.pictures, reduced = render_pngs(out, job.options.png_dpi)
        result.outputs.extend(result.pictures)
        result.warnings.extend(CanvasWarning(Location.of(result.pictures[r.page - 1]), str(r)) for r in reduced)
    result.pages = len(layout.pages)
    result.body_sizes = layout.body_sizes
    result.min_size = layout.min_size
    result.continued = [
        Said("continued", f"{c.cell} ({c.lane} · {c.phase}) -> page {c.page}", asdict(c)) for c in layout.continued
    ]
    result.sheets = [
        Said("shares_page", f"page {page}: {' · '.join(names)}", {"page": page, "journeys": names})
        for page, names in layout.sheets
    ]


def deck(job: Job) -> None:
    settle()
    with collector_paused():
        _deck(job)


def _deck(job: Job) -> None:
    width, height = SLIDE_WIDTH, SLIDE_HEIGHT
    path = job.options.pptx_template
    agency = template(path) if path is not None else None
    if agency is not None:  # the agency's slide proportions
        height = SLIDE_WIDTH * agency.height / agency.width
    fonts, font_warnings = deck_fonts(job.kit, agency)
    job.result.warnings.extend(font_warnings)
    setter = Setter(fonts)
    layout = layout_deck(
        job.canvas,
        job.kit,
        setter,
        width,
        height,
        job.language,
        views=job.analysis.views,
        made=(display_file(job.path), job.options.generated),
    )
    if job.extras.report is not None:  # the report leads, the canvas's own slides follow for reference
        report = report_slides(job.extras.report, job.kit, setter, (width, height), job.language)
        layout = with_report(layout, report)
    job.result.warnings.extend(CanvasWarning(Location.of(job.path), message) for message in layout.warnings)
    out = job.target(".pptx")
    job.result.warnings.extend(render_pptx(layout, job.kit, fonts, out, agency, job.title))
    job.result.outputs.append(out)
    job.result.slides = len(layout.slides)
    job.result.phase_size = layout.phase_size
    job.result.phases_a_slide = layout.phases_a_slide


def located(path: Path, problems: list[tuple[str, str]]) -> list[CanvasWarning]:
    """What a layout could not draw, as warnings at their cells ("Klantreis!C11") in ``path``."""
    warnings = []
    for cell, message in problems:
        sheet, _, ref = cell.partition("!")
        location = Location.of(path, sheet, ref) if ref else Location.of(path, cell)
        warnings.append(CanvasWarning(location, message))
    return warnings


@dataclass(frozen=True)
class Report:
    """A report of its own (what changed between versions): text blocks under a kicker and a title."""

    blocks: list[ReportBlock]
    kicker: str
    title: str
    stem: str  # the files' name: <stem>.pdf, <stem>.pptx
    #: What it was made from ("v1.xlsx → v2.xlsx"): in the PDF's metadata and the slides' notes, never on a
    #: page or a slide a client sees (white label, #31).
    source: str = ""


def report_files(
    report: Report,
    kit: BrandKit,
    fonts: FontSet,
    out_dir: Path,
    paper: tuple[float, float],
    language: str,
    when: dt.date,
    region: str | None = None,
) -> tuple[list[Path], list[CanvasWarning]]:
    """Report pages in the poster's style, and report slides whose notes say what they are; with what
    the renderers had to say (a glyph no font has, a logo too small). ``region``: the compared canvas's
    locale's country, which English dates follow."""
    width, height = paper
    spec = PosterSpec(width, height, language, f"{report.stem}.pdf", when, region=region)
    pages = layout_report(report.blocks, kit, fonts, spec, report.kicker, report.title)
    pdf = out_dir / f"{report.stem}.pdf"
    source = report.source or report.stem
    warnings = render_pdf(pages, kit, fonts, pdf, PrintOptions(), f"{report.kicker}: {report.title}", source)
    size = (SLIDE_WIDTH, SLIDE_HEIGHT)
    deck_set, _ = deck_fonts(kit)
    slides = layout_report_deck(
        report.kicker,
        report.blocks,
        None,
        kit,
        Setter(deck_set),
        size,
        language,
        "\n\n".join(
            part for part in (report.kicker, report.title, report.source, made_on(when, language, region)) if part
        ),
    )
    pptx = out_dir / f"{report.stem}.pptx"
    warnings += render_pptx(slides, kit, deck_set, pptx, None, report.kicker)
    return [pdf, pptx], warnings
