"""What the web page asks for, run in a worker process through the same pipeline as the CLI.

A job gets the uploads as files in its own folder under names canvasgen chose (``upload-1.xlsx``) and
the names the user gave them, for messages and downloads; it returns plain data (what was made, what
was found, what went wrong) for the server to answer with. Errors are the CLI's sentences, naming the
user's file rather than the folder it was kept in.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from canvasgen.analysis.match import DEFAULT_THRESHOLD
from canvasgen.analysis.report import diff_text, gap_text
from canvasgen.errors import CanvasError, CanvasWarning
from canvasgen.model import Journey
from canvasgen.pipeline import BuildOptions, analyse, brand_kit, read, run
from canvasgen.pipeline.compare import ReportOptions, run_diff, run_gaps
from canvasgen.pipeline.summary import summarize
from canvasgen.read.corrections import from_options
from canvasgen.render.png import MAX_PIXELS, page_sizes, picture_dpi, render_page
from canvasgen.units import parse_paper
from canvasgen.web.tables import Table, diff_table, gap_tables

PREVIEW_DPI = 40  # small pictures for the page; a full one on demand
FULL_DPI = 110  # a page opened on its own: its smallest text readable on a screen
#: The most pixels a picture of a page may have (the command line's cap too): a 5000 x 5000 mm poster at
#: 110 dpi would be 470 megapixels (3 GB to render); its full-size picture is made at the resolution that
#: stays under this.
FULL_PIXELS = MAX_PIXELS
PREVIEW_PIXELS = 2_000_000  # the small pictures: an A1 page at 40 dpi is 1.2 megapixels


@dataclass(frozen=True)
class Upload:
    path: Path  # where canvasgen keeps it
    name: str  # what the user called it


@dataclass(frozen=True)
class Job:
    folder: Path  # the request's own folder: outputs go in ``folder / "out"``
    uploads: tuple[Upload, ...]  # the workbook(s) first
    metrics: Upload | None = None
    companions: tuple[Upload, ...] = ()
    brand: str | None = None
    size: str = "A1"
    portrait: bool = False
    language: str | None = None
    phases_row: str | None = None
    phases_col: str | None = None
    labels: str | None = None
    lanes: tuple[str, ...] = ()
    skip_hidden: bool = False
    threshold: float = DEFAULT_THRESHOLD  # the command line's: one constant


@dataclass
class Outcome:
    files: list[str] = field(default_factory=list)  # names inside ``folder / "out"``
    previews: list[str] = field(default_factory=list)
    poster: str | None = None  # the PDF the previews are of: full-size pictures are made from it on demand
    page_sizes: list[tuple[float, float]] = field(default_factory=list)  # the poster's pages (trimmed), in points
    warnings: list[str] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    report: str = ""  # gaps and diff: the report as the CLI prints it
    tables: list[Table] = field(default_factory=list)  # gaps and diff: the report as tables, for the page
    changes: dict[str, Any] | None = None  # diff: the comparison as ``diff --json`` prints it
    error: str | None = None


def warm() -> None:
    """Load the default kit's fonts once per worker, before the first request waits for them."""
    brand_kit(None)


def build(job: Job) -> Outcome:
    out = job.folder / "out"
    try:
        paper = parse_paper(job.size, job.portrait)
    except ValueError as error:
        return Outcome(error=str(error))
    workbook = job.uploads[0]
    try:
        options = BuildOptions(
            out, paper, language=job.language, pdf=True, pptx=True, brand=job.brand,
            metrics=job.metrics.path if job.metrics else None,
            corrections=from_options(job.phases_row, job.phases_col, job.labels, job.lanes, job.skip_hidden,
                                     origin="the page's reading fields", prefix=""),
            companions=tuple(c.path for c in job.companions),
        )  # fmt: skip
        canvas = read(workbook.path, options.metrics, options.corrections, options.companions)
        analysis = analyse(canvas, workbook.name)
        result = run(workbook.path, options, canvas=canvas, analysis=analysis)
    except CanvasError as error:
        return Outcome(error=_named(error, job))
    stem = Path(workbook.name).stem or "canvas"
    files = [result.pdf.name, result.pptx.name]
    bundle = out / f"{workbook.path.stem}.zip"
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in (result.pdf, result.pptx):
            archive.write(path, f"{stem}{path.suffix}")
    files.append(bundle.name)
    sizes = page_sizes(result.pdf)
    previews = []
    for number, (width, height) in enumerate(sizes, start=1):
        target = out / f"{workbook.path.stem}-{number}.png"
        render_page(str(result.pdf), number - 1, picture_dpi(width, height, PREVIEW_DPI, PREVIEW_PIXELS), str(target))
        previews.append(target.name)
    return Outcome(
        files=files,
        previews=previews,
        poster=result.pdf.name,
        page_sizes=sizes,
        warnings=[_named_text(str(w), job) for w in result.warnings],
        summary={
            "journeys": [_found(journey) for journey in canvas.journeys],
            "touchpoints": len(canvas.touchpoints),
            "personas": len(canvas.personas),
            "text": _named_text(summarize(canvas, analysis), job),
        },
    )


def full_preview(pdf: Path, page: int, target: Path) -> None:
    """Page ``page`` (from 1) of a poster at full size, made when someone opens it: at ``FULL_DPI``, or
    lower for a page so large that the picture would pass ``FULL_PIXELS``."""
    width, height = page_sizes(pdf)[page - 1]
    render_page(str(pdf), page - 1, picture_dpi(width, height, FULL_DPI, FULL_PIXELS), str(target))


def _found(journey: Journey) -> dict[str, Any]:
    return {"name": journey.name, "phases": [p.name for p in journey.phases], "lanes": [x.label for x in journey.lanes],
            "lane_kinds": [x.kind for x in journey.lanes],
            "lane_roles_by": [str(x.role_by) for x in journey.lanes]}  # fmt: skip


def gaps(job: Job) -> Outcome:
    try:
        result = run_gaps(tuple(u.path for u in job.uploads), _report(job))
    except CanvasError as error:
        return Outcome(error=_named(error, job))
    return Outcome(files=[p.name for p in result.outputs], warnings=_warnings(result.warnings, job),
                   report=_named_text(gap_text(result.report, result.extra), job),
                   tables=_named_tables(gap_tables(result.report, result.extra), job))  # fmt: skip


def diff(job: Job) -> Outcome:
    if len(job.uploads) != 2:
        return Outcome(error="give two versions of a canvas: the old one and the new one")
    try:
        changes, outputs, warnings = run_diff((job.uploads[0].path, job.uploads[1].path), _report(job))
    except CanvasError as error:
        return Outcome(error=_named(error, job))
    found = changes.to_dict()
    for side, upload in zip(("old", "new"), job.uploads, strict=True):
        found[side] = upload.name  # the user's names for the two files
    return Outcome(files=[p.name for p in outputs], warnings=_warnings(warnings, job),
                   report=_named_text(diff_text(changes), job), changes=found,
                   tables=[diff_table(found)])  # fmt: skip


def _report(job: Job) -> ReportOptions:
    return ReportOptions(job.folder / "out", parse_paper("A3"), job.threshold, job.language, brand=job.brand)


def _warnings(warnings: list[CanvasWarning], job: Job) -> list[str]:
    return [_named_text(str(w), job) for w in warnings]


def _named(error: CanvasError, job: Job) -> str:
    return "\n".join(_named_text(str(problem), job) for problem in error.problems)


def _named_tables(tables: list[Table], job: Job) -> list[Table]:
    for table in tables:
        table["rows"] = [[_named_text(value, job) for value in row] for row in table["rows"]]
        table["note"] = _named_text(table.get("note", ""), job)
    return tables


def _named_text(text: str, job: Job) -> str:
    """The text with canvasgen's names for the uploads replaced by the user's, and every path into the
    request's folder (an output: "/tmp/canvasgen-serve-…/out/upload-1.pptx") by the name the user
    downloads it under ("trapkracht-huidig.pptx"): the page never shows the server's folders."""
    uploads = (*job.uploads, *job.companions, *([job.metrics] if job.metrics else []))
    for upload in uploads:
        text = text.replace(str(upload.path), upload.name)
    inside = re.compile(re.escape(str(job.folder)) + r"/[^\s:'\"]+")
    text = inside.sub(lambda found: _shown_name(Path(found.group(0)).name, uploads), text)
    for upload in uploads:
        text = text.replace(upload.path.name, upload.name)
    return text


def _shown_name(name: str, uploads: tuple[Upload, ...]) -> str:
    """A file of the request's folder by the name the user knows it under: an upload's own, or an output
    named after an upload ("upload-1-gaps.pdf") with the user's name in its place."""
    for upload in uploads:
        if name == upload.path.name:
            return upload.name
        stem = upload.path.stem
        if name.startswith(stem) and not name[len(stem) : len(stem) + 1].isdigit():
            return (Path(upload.name).stem or "canvas") + name[len(stem) :]
    return name
