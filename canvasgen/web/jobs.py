"""What the web page asks for, run in a worker process through the same pipeline as the CLI.

A job gets the uploads as files in folders of its own (``upload-1/klant.xlsx``) and the names the user
gave them, for messages and downloads; it returns plain data (what was made, what was found, what went
wrong) for the server to answer with. Errors and warnings are the CLI's sentences, naming the user's
files rather than the folders they were kept in: the job runs with the uploads' names set as their
display names (``errors.shown_as``), so every location is made with the user's name in it, and an output
is named as it is downloaded.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from canvasgen.analysis.report import diff_text
from canvasgen.errors import CanvasError, CanvasWarning, Location, OtherWorkbook, on_the_page, shown_as
from canvasgen.fileio import next_version_name
from canvasgen.model import CORE_LANES, Journey
from canvasgen.pipeline import BuildOptions, analyse, brand_kit, read, run
from canvasgen.pipeline.apply import ApplyOptions, apply_changes, kept_suffix, told
from canvasgen.pipeline.compare import ReportOptions, run_diff, run_gaps
from canvasgen.pipeline.kit import KitOptions, run_kit
from canvasgen.pipeline.read import with_kit
from canvasgen.pipeline.result import Said
from canvasgen.pipeline.summary import summarize
from canvasgen.read.corrections import PAGE_FIELDS, Corrections, from_options, with_lights, with_title
from canvasgen.render.png import page_sizes, picture_dpi, render_page, render_pngs
from canvasgen.units import parse_paper
from canvasgen.web.job import FULL_DPI, FULL_PIXELS, PREVIEW_DPI, PREVIEW_PIXELS, Job, Outcome, Upload, stem_of
from canvasgen.web.page_language import page_words
from canvasgen.web.refusals import Refusal
from canvasgen.web.tables import diff_table, gap_tables, in_page_languages


def warm() -> None:
    """Load the default kit's fonts once per worker, before the first request waits for them."""
    brand_kit(None)


def shown_names(job: Job) -> dict[Path, str]:
    """The names messages give the job's files: each upload's own, and an output by the name it is
    downloaded under (its name in the output folder)."""
    uploads = (*job.uploads, *job.companions, *([job.metrics] if job.metrics else []))
    return {job.folder / "out": "", **{upload.path: upload.name for upload in uploads}}


def build(job: Job) -> Outcome:
    with shown_as(shown_names(job)), on_the_page(page_words(job.page_language)):
        return _build(job)


def _build(job: Job) -> Outcome:
    out = job.folder / "out"
    try:
        paper = parse_paper(job.size, job.portrait)
    except ValueError as error:
        return Outcome(error=str(error))
    workbook = job.uploads[0]
    try:
        options = BuildOptions(
            out,
            paper,
            language=job.language,
            pdf=True,
            pptx=True,
            brand=job.brand,
            metrics=job.metrics.path if job.metrics else None,
            corrections=_corrections(job),
            companions=tuple(c.path for c in job.companions),
            notes=not job.no_notes,
        )
        # The page takes a persona's picture placed in the workbook; its folder holds no files of the user's.
        kit = brand_kit(options.brand).kit  # its organisation the canvas's company, as a build reads it
        corrections = with_kit(options.corrections, kit)
        canvas = read(workbook.path, options.metrics, corrections, options.companions, beside=False)
        analysis = analyse(canvas, workbook.name)
        result = run(workbook.path, options, canvas=canvas, analysis=analysis)
    except CanvasError as error:
        return _failed(error)
    stem = stem_of(workbook.name)
    files = [result.pdf.name, result.pptx.name]
    bundle = out / f"{workbook.path.stem}.zip"
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in (result.pdf, result.pptx):
            archive.write(path, f"{stem}{path.suffix}")
    files.append(bundle.name)
    pictures, _ = render_pngs(result.pdf, PREVIEW_DPI, pixels=PREVIEW_PIXELS)  # page by page: a daemonic worker
    previews = [picture.name for picture in pictures]
    sizes = page_sizes(result.pdf)
    return Outcome(
        files=files,
        previews=previews,
        poster=result.pdf.name,
        page_sizes=sizes,
        warnings=[str(w) for w in result.warnings],
        summary={
            "journeys": [_found(journey) for journey in canvas.journeys],
            "touchpoints": len(canvas.touchpoints),
            "personas": len(canvas.personas),
            "text": summarize(canvas, analysis),
            # which language poster and deck are in and what chose it, then the cells continued on a later
            # page, as the CLI says them
            "said": [line.sent() for line in ([result.language] if result.language else []) + result.continued],
        },
    )


def full_preview(pdf: Path, page: int, target: Path) -> None:
    """Page ``page`` (from 1) of a poster at full size, made when someone opens it: at ``FULL_DPI``, or
    lower for a page so large that the picture would pass ``FULL_PIXELS``."""
    width, height = page_sizes(pdf)[page - 1]
    render_page(str(pdf), page - 1, picture_dpi(width, height, FULL_DPI, FULL_PIXELS), str(target))


def _found(journey: Journey) -> dict[str, Any]:
    return {
        "name": journey.name,
        "phases": [p.name for p in journey.phases],
        "lanes": [x.label for x in journey.lanes],
        "lane_kinds": [x.kind for x in journey.lanes],
        "lane_roles_by": [str(x.role_by) for x in journey.lanes],
        # a second lane of a core role, drawn as an extra lane: the page says so beside its role
        "lane_extra": [x.kind in CORE_LANES and not journey.holds_core_place(x) for x in journey.lanes],
    }


def said_once(warnings: list[CanvasWarning]) -> list[str]:
    """Warnings of two files compared, each said once: the same words at the same sheet and cell of both
    versions ("lane 'Termin' has no role", read in each) name both files in one line, where the first
    was said, rather than being read twice in the page's list."""
    files: dict[tuple[str | None, str | None, str], list[str]] = {}
    for warning in warnings:
        where = files.setdefault((warning.location.sheet, warning.location.cell, warning.message), [])
        if warning.location.file not in where:
            where.append(warning.location.file)
    return [
        str(CanvasWarning(Location(" and ".join(names), sheet, cell), message))
        for (sheet, cell, message), names in files.items()
    ]


def gaps(job: Job) -> Outcome:
    with shown_as(shown_names(job)), on_the_page(page_words(job.page_language)):
        return _gaps(job)


def _gaps(job: Job) -> Outcome:
    try:
        result = run_gaps(tuple(u.path for u in job.uploads), _report(job))
    except CanvasError as error:
        return _failed(error)
    return Outcome(
        files=[p.name for p in result.outputs],
        warnings=said_once(result.warnings),
        report=result.text(),
        tables=in_page_languages(
            lambda language: [t for pair in result.compared for t in gap_tables(pair.report, pair.extra, language)]
        ),
    )


def diff(job: Job) -> Outcome:
    if len(job.uploads) != 2:
        return Outcome(
            error="give two versions of a canvas: the old one and the new one",
            refused=(Refusal.NO_FILE, {"fields": "old,new"}),
        )
    with shown_as(shown_names(job)), on_the_page(page_words(job.page_language)):
        return _diff(job)


def _diff(job: Job) -> Outcome:
    try:
        changes, outputs, warnings = run_diff((job.uploads[0].path, job.uploads[1].path), _report(job))
    except CanvasError as error:
        return _failed(error)
    found = changes.to_dict()
    for side, upload in zip(("old", "new"), job.uploads, strict=True):
        found[side] = upload.name  # the user's names for the two files
    return Outcome(
        files=[p.name for p in outputs],
        warnings=said_once(warnings),
        report=diff_text(changes),
        changes=found,
        tables=in_page_languages(lambda language: [diff_table(found, language)]),
    )


def kit(job: Job) -> Outcome:
    """The workshop kit, as ``canvasgen kit`` makes it: its four files, and the four in one zip."""
    with shown_as(shown_names(job)), on_the_page(page_words(job.page_language)):
        return _kit(job)


def _kit(job: Job) -> Outcome:
    out = job.folder / "out"
    workbook = job.uploads[0]
    try:
        options = KitOptions(out, language=job.language, brand=job.brand, size=job.size, corrections=_corrections(job))
        result = run_kit(workbook.path, options)
    except CanvasError as error:
        return _failed(error)
    except ValueError as error:
        return Outcome(error=str(error))
    stem = stem_of(workbook.name)
    bundle = out / f"{workbook.path.stem}-kit.zip"
    with zipfile.ZipFile(bundle, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in result.outputs:
            archive.write(path, f"{stem}{path.name[len(workbook.path.stem) :]}")
    made = [f"{stem}{path.name[len(workbook.path.stem) :]}" for path in result.outputs]  # as downloaded
    said = [
        Said("cards", f"{result.cards} cards", {"count": result.cards}),
        *(Said("wrote", f"wrote {name}", {"name": name}) for name in made),
    ]
    return Outcome(
        files=[*(p.name for p in result.outputs), bundle.name],
        warnings=[str(w) for w in result.warnings],
        summary={"said": [line.sent() for line in said]},
    )


def apply(job: Job) -> Outcome:
    """A filled-in changes workbook written into a new version of the canvas, as ``canvasgen apply`` does
    (its checks, its sentences), and what changed between the two, as ``diff`` shows it."""
    if len(job.uploads) != 2:
        return Outcome(
            error="give the canvas and the changes workbook the team filled in",
            refused=(Refusal.NO_FILE, {"fields": "canvas,changes"}),
        )
    target = job.folder / "out" / f"{next_version_name(job.uploads[0].path.stem)}{kept_suffix(job.uploads[0].path)}"
    with (
        shown_as({**shown_names(job), target: _new_name(job.uploads[0])}),
        on_the_page(page_words(job.page_language)),
    ):
        return _apply(job, target)


def _apply(job: Job, target: Path) -> Outcome:
    canvas, changes = job.uploads
    target.parent.mkdir(parents=True, exist_ok=True)
    warnings: list[CanvasWarning] = []
    try:
        options = ApplyOptions(job.partial, corrections=_corrections(job) or None, warn=warnings.append)
        applied = apply_changes(canvas.path, changes.path, target, options)
    except OtherWorkbook as other:  # the one error, in the page's words: choose the workbook the kit was made from
        return Outcome(
            error=str(other), refused=(Refusal.OTHER_WORKBOOK, {"kit": other.kit, "workbook": other.workbook})
        )
    except CanvasError as error:
        return _failed(error, [str(w) for w in warnings])
    said = [f"skipped: {problem}" for problem in applied.skipped]
    lines, failed = told(applied, canvas.path, changes.path)
    if failed:
        return Outcome(error="\n".join([*said, *(line.text for line in lines)]), warnings=[str(w) for w in warnings])
    if not applied.written:
        return Outcome(warnings=[str(w) for w in warnings] + said, summary={"said": [line.sent() for line in lines]})
    try:
        found, _, _ = run_diff(
            (canvas.path, target), ReportOptions(None, parse_paper("A3"), job.threshold, corrections=_corrections(job))
        )
    except CanvasError as error:
        return _failed(error)
    changed = found.to_dict()
    changed["old"], changed["new"] = canvas.name, _new_name(canvas)
    return Outcome(
        files=[target.name],
        warnings=[str(w) for w in warnings] + said,
        summary={"said": [line.sent() for line in lines]},
        changes=changed,
        tables=in_page_languages(lambda language: [diff_table(changed, language)]),
    )


def _new_name(canvas: Upload) -> str:
    """The user's name for the new version, by the rule the README's examples follow (``next_version_name``):
    ``klant-v2.xlsx`` of ``klant.xlsx``, ``klant-v4.xlsx`` of ``klant-v3.xlsx``; ``.xlsm`` for a workbook with
    macros (kept in it: on the page no one can name the file to keep them)."""
    return f"{next_version_name(stem_of(canvas.name))}{kept_suffix(canvas.path)}"


def _corrections(job: Job) -> Corrections:
    """The page's reading fields as corrections, as the command line's options are: on every tab that reads
    a canvas; every bad one said at once, named as the page names it (``traffic-lights``); the map's title
    (``title``, as ``--title``) with them, carried to the kit's record as the command line's is."""
    made = with_lights(
        lambda: from_options(
            job.phases_row,
            job.phases_col,
            job.labels,
            job.lanes,
            job.skip_hidden,
            PAGE_FIELDS,
            groups=job.groups,
        ),
        job.traffic_lights,
        PAGE_FIELDS,
    )
    return with_title(made, job.title, PAGE_FIELDS)


def _report(job: Job) -> ReportOptions:
    """A gap or diff report's options, both canvases read with the page's reading fields."""
    return ReportOptions(
        job.folder / "out",
        parse_paper("A3"),
        job.threshold,
        job.language,
        brand=job.brand,
        corrections=_corrections(job),
        journey=job.journey,
    )


def _failed(error: CanvasError, warnings: list[str] | None = None) -> Outcome:
    """The outcome of a job canvasgen refused: its sentences; and, for one of the common refusals (an empty
    file, a reading field that cannot be read), its kind and values, which the page says in its language."""
    problems = error.problems
    kinds = {problem.kind for problem in problems}  # several of one kind (two bad lanes): that kind, the first's
    first = problems[0]
    refused = (Refusal(first.kind), first.values) if len(kinds) == 1 and first.kind in set(Refusal) else None
    return Outcome(error=_sentences(error), warnings=list(warnings or []), refused=refused)


def _sentences(error: CanvasError) -> str:
    return "\n".join(str(problem) for problem in error.problems)
