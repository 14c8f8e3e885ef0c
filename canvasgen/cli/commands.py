"""The ``canvasgen`` click group (``main``) and its commands: thin wrappers around the pipeline."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from canvasgen import __version__
from canvasgen.analysis.match import DEFAULT_THRESHOLD
from canvasgen.cli.errors import CanvasGroup, Folder, show_problems
from canvasgen.cli.options import correction_options, corrections_of, read_options, title_option
from canvasgen.errors import CanvasError, CanvasErrors, OutputError, ReadError, command_line
from canvasgen.model import CORE_LANES, OPTIONAL_LANES, Canvas
from canvasgen.render.png import PREVIEW_DPI
from canvasgen.text import counted, label_key
from canvasgen.units import PrintOptions, parse_paper
from canvasgen.words import DEFAULT_LANGUAGE, LANE_LABELS, LANGUAGES
from canvasgen.words.phase_models import MAX_PHASES, MIN_PHASES, PHASE_MODELS, phases_for

# What a command needs beyond the light modules every start loads (errors, model, text, units, words) is
# imported when it runs: `canvasgen --help` and `canvasgen check` start without reading, reportlab,
# python-pptx and the web server (tests/cli/test_start_up.py holds this).
if TYPE_CHECKING:
    from canvasgen.analysis.analyse import Analysis
    from canvasgen.pipeline.compare import ReportOptions
    from canvasgen.pipeline.options import BuildOptions

F = TypeVar("F", bound=Callable[..., Any])


@click.group(cls=CanvasGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="canvasgen")
def main() -> None:
    """Customer journey canvases: from an Excel workbook to poster and workshop deck."""


@main.command()
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default=DEFAULT_LANGUAGE,
    show_default=True,
    help="Language of labels, sheets and instructions.",
)
@click.option(
    "--model",
    "model",
    type=click.Choice(sorted(PHASE_MODELS)),
    default=None,
    help="Phase model: five (5 phases), b2b7 (7-phase B2B), five-a (the 5 A's).  [default: five]",
)
@click.option("--phases", help='Your own phases, comma-separated: "Oriëntatie,Keuze,Aankoop".')
@click.option(
    "--lanes",
    help="Optional lanes, comma-separated: touchpoints, channels, emotions, "
    "pain_points, opportunities, kpis, 'all', or labels of your own.",
)
@click.option("--force", is_flag=True, help="Overwrite OUT if it exists.")
def template(out: Path, lang: str, model: str | None, phases: str | None, lanes: str | None, force: bool) -> None:
    """Write a blank canvas workbook to OUT (.xlsx), ready to fill in."""
    from canvasgen.render.xlsx.template import (
        ScoreRowsError,
        WorkbookSpec,
        score_labels,
        template_journey,
        write_workbook,
    )

    if model and phases:
        raise click.UsageError("give either --model or --phases, not both")
    if out.suffix.lower() != ".xlsx":
        raise click.UsageError(f"{out}: the template is an Excel workbook; give a name ending in .xlsx")
    if out.exists() and not force:
        raise OutputError(out, "already exists; use --force to overwrite it")
    names = _parse_phases(phases) if phases else list(phases_for(model or "five", lang))
    optional = _parse_lanes(lanes, lang)
    try:
        journey = template_journey(names, optional)
    except ScoreRowsError as error:
        raise click.UsageError(str(error)) from None
    write_workbook(WorkbookSpec(lang, [journey], buying_group=model == "b2b7"), out)
    click.echo(f"wrote {out} ({lang}, {counted(len(names), 'phase')}: {', '.join(names)})")
    if journey.score_label:
        own = f"'{journey.score_label}'"
        click.echo(f"  {own} is the score row, under the experience lane, in place of the template's own")
    for also in score_labels(optional)[1:]:  # one row scores the phases: the same scale's labels are that row
        click.echo(f"  '{also}' names that score row too: one row scores the phases, labelled {own}")
    for core in (lane for lane in optional if lane in CORE_LANES):
        label = LANE_LABELS[lang][core]
        click.echo(f"  '{label}' is one of the template's four core lanes, always there: written once")


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the full model as JSON, every text item included.")
@click.option("--explain", is_flag=True, help="Say how each table was read: which cells, which rule decided.")
@click.option(
    "--metrics",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="A CSV of measured figures (phase/touchpoint, metric, value, target) to check too.",
)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default=None,
    help="The language build and kit would write canvasgen's own words in: said instead of the canvas's.",
)
@click.option(
    "--brand",
    default=None,
    help="Brand kit whose name and agency are the organisation's: a lane asked of one is its own (internal).",
)
@read_options
@title_option
def check(
    files: tuple[Path, ...],
    as_json: bool,
    explain: bool,
    metrics: Path | None,
    lang: str | None,
    brand: str | None,
    companions: tuple[Path, ...],
    **corrections: Any,
) -> None:
    """Read canvas workbooks and say what was found in them."""
    from canvasgen.analysis.analyse import analyse
    from canvasgen.language import said_as_chosen
    from canvasgen.pipeline.read import read, with_kit
    from canvasgen.pipeline.summary import explanation, summarize

    canvases: list[tuple[Canvas, Analysis]] = []
    failed: list[CanvasError] = []
    corrected = corrections_of(corrections)
    if brand is not None:  # as build --brand reads: the kit's organisation is the canvas's company
        from canvasgen.brand.kit import load_kit  # only then: check draws nothing (the kit brings the fonts)

        corrected = with_kit(corrected, load_kit(brand)[0])
    for file in files:
        try:
            canvas = read(file, metrics, corrected, companions)
            if lang is not None:  # as build --lang would: the choice said, no doubt of the canvas's language
                said_as_chosen(canvas, lang)
            canvases.append((canvas, analyse(canvas, str(file))))
        except CanvasError as error:  # each file's problems said, and the next file read: then exit 1
            failed.append(error)
            show_problems(error)
    if as_json:
        data: Any = [c.to_dict() for c, _ in canvases]
        click.echo(_json(data[0] if len(files) == 1 and data else data))
    else:
        for canvas, analysis in canvases:
            click.echo(summarize(canvas, analysis))
            if explain:
                click.echo(explanation(canvas))
    if failed:
        sys.exit(1)


def _json(data: Any) -> str:
    """JSON that any reader takes: NaN and infinity are refused where numbers are read, and never written."""
    try:
        return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
    except ValueError:
        raise OutputError(
            "check --json",
            "the model holds a number that is not finite (NaN or infinity), which JSON cannot hold; please report this",
        ) from None


_BUILD_OPTIONS = [
    click.option(
        "-o",
        "--output",
        "out_dir",
        type=Folder(),
        default=Path("output"),
        show_default=True,
        help="Folder for the results.",
    ),
    click.option("--brand", "brand", default=None, help="Brand kit: a name in brand/ or a path.  [default: default]"),
    click.option(
        "--size", "--paper", default="A1", show_default=True, help="Paper: A0-A5, or WxHmm such as 1000x700mm."
    ),
    click.option("--portrait", is_flag=True, help="Portrait instead of landscape."),
    click.option(
        "--bleed",
        "bleed_mm",
        type=click.FloatRange(0, 20),
        default=3.0,
        show_default=True,
        help="Bleed in mm around the trimmed page.",
    ),
    click.option("--crop-marks", is_flag=True, help="Draw crop marks in a slug outside the bleed."),
    click.option("--cmyk", is_flag=True, help="Write CMYK colours only (and a CMYK logo)."),
    click.option(
        "--lang",
        type=click.Choice(LANGUAGES),
        default=None,
        help="Language of the poster's and deck's own words.  [default: from the workbook]",
    ),
    click.option(
        "--layout",
        type=click.Choice(["auto", "blueprint"]),
        default="auto",
        show_default=True,
        help="blueprint: lanes in service-blueprint order with the lines of interaction, visibility "
        "and internal interaction (auto: so for workbooks that are blueprints).",
    ),
    click.option("--pdf/--no-pdf", "want_pdf", default=True, show_default=True, help="Write the PDF poster."),
    click.option("--pptx/--no-pptx", "want_pptx", default=True, show_default=True, help="Write the PowerPoint deck."),
    click.option("--png", "want_png", is_flag=True, help="Also write a PNG picture of every poster page, to share."),
    click.option(
        "--notes/--no-notes",
        "want_notes",
        default=True,
        show_default=True,
        help="Print the workbook's cell comments and side notes on the poster and deck, as notes (the build "
        "names their cells); --no-notes leaves them out, for comments a team wrote for itself.",
    ),
    click.option(
        "--png-dpi",
        type=click.IntRange(20, 600),
        default=None,
        help=f"Resolution of the PNG pictures (implies --png).  [default: {PREVIEW_DPI}]",
    ),
    click.option(
        "--pptx-template",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="The agency's PowerPoint template (.pptx or .potx) for the deck.",
    ),
    click.option(
        "--metrics",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="A CSV of measured figures: phase/touchpoint, metric, value, target, period.",
    ),
]


def build_options(command: F) -> F:
    """The options that say what a build reads and makes, and how: shared by build and watch."""
    for option in reversed(_BUILD_OPTIONS):
        command = option(command)
    return read_options(title_option(command))


def _options(settings: dict[str, Any]) -> BuildOptions:
    """The build and read options as click gave them, checked once, before any workbook is read: a bad
    kit or template is one error, not one per file."""
    from canvasgen.pipeline.options import BuildOptions
    from canvasgen.pipeline.warm import brand_kit, template
    from canvasgen.read.package.safety import did_you_mean

    want_pdf, want_pptx, metrics = settings["want_pdf"], settings["want_pptx"], settings["metrics"]
    pptx_template, companions = settings["pptx_template"], settings["companions"]
    if not (want_pdf or want_pptx):
        raise click.UsageError("nothing to make: --no-pdf and --no-pptx together leave no output")
    png_dpi = settings["png_dpi"] or (PREVIEW_DPI if settings["want_png"] else None)
    if png_dpi and not want_pdf:
        raise click.UsageError("--png pictures the PDF poster's pages: leave out --no-pdf")
    try:
        paper = parse_paper(settings["size"], settings["portrait"])
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--size") from None
    brand_kit(settings["brand"])  # a bad kit is one error before any workbook is read
    if pptx_template is not None and want_pptx:
        template(pptx_template)
    if metrics is not None and not metrics.is_file():
        raise ReadError(metrics, f"the metrics file does not exist{did_you_mean(metrics)}")
    print_options = PrintOptions(settings["bleed_mm"], settings["crop_marks"], settings["cmyk"])
    for companion in companions:
        if not companion.is_file():
            raise ReadError(companion, f"the companion workbook (--with) does not exist{did_you_mean(companion)}")
    return BuildOptions(
        settings["out_dir"],
        paper,
        print_options,
        settings["lang"],
        pdf=want_pdf,
        pptx=want_pptx,
        pptx_template=pptx_template,
        metrics=metrics,
        corrections=corrections_of(dict(settings)),
        companions=companions,
        brand=settings["brand"],
        png_dpi=png_dpi,
        layout=settings["layout"],
        notes=settings["want_notes"],
    )


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@build_options
@click.option("-r", "--recursive", is_flag=True, help="With a folder: its sub-folders too.")
@click.option(
    "--force",
    is_flag=True,
    help="Replace a poster, deck or picture of the same name that canvasgen did not write; with a "
    "folder: rebuild workbooks that have not changed too.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(1, 64),
    default=None,
    help="With a folder: builds at once.  [default: the number of cores]",
)
def build(files: tuple[Path, ...], recursive: bool, force: bool, jobs: int | None, **settings: Any) -> None:
    """Make a print-ready PDF poster and a PowerPoint workshop deck of each canvas workbook.

    FILES may be workbooks or folders; a folder builds every workbook in it, in parallel.
    """
    from canvasgen.cli.report import kit_warnings, show, summary
    from canvasgen.pipeline.batch import Job, Outcome, build_folder, run_job
    from canvasgen.pipeline.plan import CANVAS_SUFFIXES, plan_build

    options = replace(_options(settings), replace=force)
    shown = kit_warnings(options)
    plan = plan_build(files, options, recursive)
    for line in plan.said:
        click.echo(f"warning: {line}", err=True)
    for source, reason in plan.passed_over:
        click.echo(f"skipped: {source}: {reason}", err=True)
    outcomes: list[Outcome] = []
    try:
        for path, planned in plan.groups:
            if path.is_dir():
                if not planned:
                    continue
                progress = click.progressbar(length=len(planned), label=f"building {path}", file=sys.stderr)
                with progress:
                    for outcome in build_folder(planned, options.out_dir, force, jobs):
                        show(outcome, shown)
                        outcomes.append(outcome)
                        progress.update(1)
            else:
                for item in planned:
                    outcome = run_job(Job(item.source, item.options))
                    show(outcome, shown)
                    outcomes.append(outcome)
    except KeyboardInterrupt as stop:  # Ctrl-C: the builds under way are stopped and their temporary files gone
        for outcome in getattr(stop, "finished", []):  # jobs that ended as it came: their files are said too
            show(outcome, shown)
            outcomes.append(outcome)
        summary(outcomes, always=True, interrupted=True)
        sys.exit(130)
    for folder in plan.empty:
        suffixes = ", ".join(CANVAS_SUFFIXES)
        click.echo(f"error: {folder}: no canvases found in this folder ({suffixes})", err=True)
    outcomes.extend(Outcome(source, passed_over=reason) for source, reason in plan.passed_over)
    summary(outcomes, always=bool(plan.empty))
    if plan.empty or any(o.errors for o in outcomes):
        sys.exit(1)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@build_options
@click.option(
    "--interval",
    type=click.FloatRange(0.05, 60),
    default=0.5,
    show_default=True,
    help="With --poll: seconds between looks at the files.",
)
@click.option(
    "--poll",
    is_flag=True,
    help="Look at the files every --interval instead of following the system's file events (for network drives).",
)
@click.option(
    "--force", is_flag=True, help="Replace a poster, deck or picture of the same name that canvasgen did not write."
)
@click.option("--max-builds", type=click.IntRange(1), default=None, hidden=True)
def watch(
    files: tuple[Path, ...], interval: float, poll: bool, force: bool, max_builds: int | None, **settings: Any
) -> None:
    """Rebuild poster and deck whenever a workbook is saved (Ctrl+C stops)."""
    from canvasgen.brand.kit import KIT_FILE, find_kit
    from canvasgen.cli.report import kit_warnings, show_changes
    from canvasgen.pipeline.batch import Job, run_job
    from canvasgen.pipeline.plan import is_lock_or_temp, plan_build
    from canvasgen.pipeline.watch import Watcher
    from canvasgen.read.corrections import SETTINGS_FILE
    from canvasgen.read.package.portraits import picture_files
    from canvasgen.read.package.safety import did_you_mean

    for file in files:
        if is_lock_or_temp(file):
            raise click.BadParameter(f"{file} is a lock or temporary file; watch the workbook itself")
    missing = [
        ReadError(file, f"file not found: watch a workbook that is there{did_you_mean(file)}")
        for file in files
        if not file.exists()
    ]
    if missing:  # never "watching" a file that is not there, waiting for ever
        raise CanvasErrors.of(missing)
    options = replace(_options(settings), replace=force)
    shown = kit_warnings(options)
    plan = plan_build(files, options)  # two files of one name get distinct outputs here too
    for line in plan.said:
        click.echo(f"warning: {line}", err=True)
    planned = {item.source: item.options for _, group in plan.groups for item in group}
    files = tuple(planned)

    said: dict[Path, list[str]] = {}  # each workbook's warnings at its last build

    def rebuild(path: Path) -> None:
        click.echo(f"{dt.datetime.now():%H:%M:%S} building {path}", err=True)
        outcome = run_job(Job(path, planned[path]))
        show_changes(outcome, shown, said.get(path))
        if not outcome.errors:
            said[path] = outcome.warnings

    click.echo(f"watching {', '.join(map(str, files))} (Ctrl+C stops)", err=True)
    try:
        # What every build reads besides the workbook: figures, companions, the settings beside each workbook.
        settings_files = dict.fromkeys(f.parent / SETTINGS_FILE for f in files)
        kit_file = find_kit(options.brand) / KIT_FILE  # an edited brand kit rebuilds too
        depends = [
            *([options.metrics] if options.metrics is not None else []),
            *options.companions,
            *settings_files,
            kit_file,
            *(picture for f in files for picture in picture_files(f.parent)),  # personas' pictures beside
        ]
        Watcher(list(files), rebuild, interval, depends=depends, poll=poll).run(max_builds)
    except KeyboardInterrupt:
        click.echo("stopped", err=True)


def _report_options(
    out_dir: Path | None, size: str, threshold: float, lang: str | None, brand: str | None
) -> ReportOptions:
    from canvasgen.pipeline.compare import ReportOptions

    try:
        paper = parse_paper(size)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--size") from None
    return ReportOptions(out_dir, paper, threshold, lang, brand=brand)


_threshold = click.option(
    "--threshold",
    type=click.FloatRange(0.0, 1.0),
    default=DEFAULT_THRESHOLD,
    show_default=True,
    help="How alike (0..1) two items must be to count as the same; pairs are listed with their score.",
)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "out_dir",
    type=Folder(),
    default=Path("output"),
    show_default=True,
    help="Folder for the report (.xlsx, .pdf, .pptx).",
)
@_threshold
@click.option("--brand", default=None, help="Brand kit for the PDF and slides.")
@click.option("--size", "--paper", default="A3", show_default=True, help="Paper for the PDF report.")
@click.option("--lang", type=click.Choice(LANGUAGES), default=None, help="Language of the report files.")
@click.option(
    "--force",
    is_flag=True,
    help="Replace the gap workbook even when owner or status were filled in since, and a PDF "
    "or deck of its name that canvasgen did not write.",
)
@click.option(
    "--as-given",
    is_flag=True,
    help="Compare IDEAL.xlsx CURRENT.xlsx in the order given, even when each workbook's Scenario (or sheet "
    "name) says the other (without it, the workbooks' own words decide, and it is said).",
)
@click.option(
    "--journey",
    default=None,
    metavar="NAME",
    help="Compare only the journeys of this name, persona or sheet (a buying group's member); without it every "
    "ideal journey is compared with its current one, paired by name, persona or sheet, each pair its own report.",
)
@correction_options
def gaps(
    files: tuple[Path, ...],
    out_dir: Path,
    threshold: float,
    brand: str | None,
    size: str,
    lang: str | None,
    force: bool,
    as_given: bool,
    **corrections: Any,
) -> None:
    """Compare the ideal journey with the current one: IDEAL.xlsx CURRENT.xlsx, or one workbook with both."""
    from canvasgen.pipeline.compare import run_gaps

    if len(files) > 2:
        raise click.UsageError("give IDEAL.xlsx CURRENT.xlsx, or one workbook holding both journeys")
    options = _report_options(out_dir, size, threshold, lang, brand)
    journey = corrections.pop("journey")  # the pair to compare; the rest are the reading's corrections
    options = replace(options, corrections=corrections_of(corrections), force=force, as_given=as_given, journey=journey)
    result = run_gaps(files, options)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(result.text())
    for path in result.outputs:
        click.echo(f"wrote {path}")
    for pair in result.compared:
        if pair.report.unaligned_ideal or pair.report.unaligned_current:
            names = ", ".join(pair.report.unaligned_ideal + pair.report.unaligned_current)
            click.echo(f"warning: phases that could not be aligned by name or position: {names}", err=True)


@main.command()
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the changes as JSON.")
@click.option(
    "-o",
    "--output",
    "out_dir",
    type=Folder(),
    default=None,
    help="Also write a 'what changed' PDF and slide set into this folder.",
)
@_threshold
@click.option("-v", "--verbose", is_flag=True, help="Say how alike each changed item is to what it was (0..1).")
@click.option("--brand", default=None, help="Brand kit for the PDF and slides.")
@click.option("--size", "--paper", default="A3", show_default=True, help="Paper for the PDF.")
@click.option("--lang", type=click.Choice(LANGUAGES), default=None, help="Language of the files.")
@click.option("--force", is_flag=True, help="Replace a PDF or slide set in the -o folder that canvasgen did not write.")
@correction_options
@title_option
def diff(
    old: Path,
    new: Path,
    as_json: bool,
    out_dir: Path | None,
    threshold: float,
    verbose: bool,
    force: bool,
    **settings: Any,
) -> None:
    """Say what changed between two versions of a canvas, per phase and lane (both read with the same
    corrections)."""
    from canvasgen.analysis.report import diff_text
    from canvasgen.cli.report import warnings_by_file
    from canvasgen.pipeline.compare import run_diff

    corrections = corrections_of(settings)
    options = _report_options(out_dir, settings["size"], threshold, settings["lang"], settings["brand"])
    options = replace(options, corrections=corrections, verbose=verbose, force=force)
    changes, outputs, warnings = run_diff((old, new), options)
    # each file's warnings (a formula without a value reads as empty) under its name, before the report
    warnings_by_file(warnings)
    for path in outputs:  # the files written too: the report is the last thing on screen
        click.echo(f"wrote {path}", err=as_json)
    if as_json:
        click.echo(json.dumps(changes.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(diff_text(changes, verbose))


@main.group("brand")
def brand_group() -> None:
    """Brand kits: colours, fonts and logo for posters and decks."""


@brand_group.command("check")
@click.argument("path")
def brand_check(path: str) -> None:
    """Validate a brand kit and report every problem at once."""
    from canvasgen.brand.kit import load_kit

    kit, warnings = load_kit(path)
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    logo = kit.logo.name if kit.logo else "none"
    click.echo(
        f"{kit.folder}: brand kit '{kit.name}' is valid (fonts {kit.heading_font.name} and {kit.body_font.name}, "
        f"deck font {kit.deck.name}, logo {logo}, {len(kit.palette.phases)} phase colours)"
    )


@brand_group.command("new")
@click.argument("name")
@click.option(
    "--dir",
    "root",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("brand"),
    show_default=True,
    help="Folder that holds the brand kits.",
)
def brand_new(name: str, root: Path) -> None:
    """Scaffold a new brand kit NAME from the default kit."""
    from canvasgen.brand.scaffold import scaffold_kit

    folder = scaffold_kit(name, root)
    check = command_line("canvasgen", "brand", "check", folder)
    click.echo(f"created {folder}: edit {folder / 'brand.toml'}, then run: {check}")


def _parse_phases(text: str) -> list[str]:
    names = [name.strip() for name in text.split(",") if name.strip()]
    if not MIN_PHASES <= len(names) <= MAX_PHASES:
        raise click.BadParameter(f"give {MIN_PHASES} to {MAX_PHASES} phases, not {len(names)}", param_hint="--phases")
    keys = [label_key(n) for n in names]
    repeated = sorted({n for n, k in zip(names, keys) if keys.count(k) > 1})
    if repeated:
        raise click.BadParameter(
            f"each phase needs its own name; repeated: {', '.join(repeated)}", param_hint="--phases"
        )
    return names


def _parse_lanes(text: str | None, lang: str) -> list[str]:
    if not text:
        return []
    kinds = (*CORE_LANES, *OPTIONAL_LANES)  # a core lane asked by its name or label: the template's own, once
    known: dict[str, str] = {label_key(k): k for k in kinds}
    for labels in LANE_LABELS.values():
        known.update({label_key(label): kind for kind, label in labels.items() if kind in kinds})
    lanes: list[str] = []
    for word in (w.strip() for w in text.split(",")):
        if not word:
            continue
        if label_key(word) == "all":
            lanes.extend(OPTIONAL_LANES)
        else:
            lanes.append(known.get(label_key(word), word))
    return list(dict.fromkeys(lanes))


# The workshop kit's commands live in their own module.
from canvasgen.cli.kit import apply, kit  # noqa: E402

main.add_command(kit)
main.add_command(apply)

from canvasgen.cli.serve import serve  # noqa: E402

main.add_command(serve)
