"""The ``canvasgen`` command line: thin wrappers around read, model and write."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from canvasgen import __version__
from canvasgen.errors import CanvasError
from canvasgen.excel.reader import read_canvas
from canvasgen.excel.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from canvasgen.labels import LANE_LABELS
from canvasgen.model import OPTIONAL_LANES, Canvas
from canvasgen.phase_models import MAX_PHASES, MIN_PHASES, PHASE_MODELS, phases_for
from canvasgen.summary import summarize
from canvasgen.text import label_key

F = TypeVar("F", bound=Callable[..., Any])


def reports_errors(command: F) -> F:
    """Show CanvasErrors as sentences on stderr and exit non-zero; never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except CanvasError as error:
            for problem in error.problems:
                click.echo(f"error: {problem}", err=True)
            sys.exit(error.exit_code)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="canvasgen")
def main() -> None:
    """Customer journey canvases: from an Excel workbook to poster and workshop deck."""


@main.command()
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--lang",
    type=click.Choice(["nl", "en"]),
    default="nl",
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
@reports_errors
def template(out: Path, lang: str, model: str | None, phases: str | None, lanes: str | None, force: bool) -> None:
    """Write a blank canvas workbook to OUT (.xlsx), ready to fill in."""
    if model and phases:
        raise click.UsageError("give either --model or --phases, not both")
    if out.suffix.lower() != ".xlsx":
        raise click.UsageError(f"{out}: the template is an Excel workbook; give a name ending in .xlsx")
    if out.exists() and not force:
        raise CanvasError(out, "already exists; use --force to overwrite it")
    names = _parse_phases(phases) if phases else list(phases_for(model or "five", lang))
    spec = WorkbookSpec(lang, [JourneySheet(names, default_lanes(_parse_lanes(lanes, lang)))])
    write_workbook(spec, out)
    click.echo(f"wrote {out} ({lang}, {len(names)} phases: {', '.join(names)})")


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the full model as JSON, every text item included.")
@reports_errors
def check(files: tuple[Path, ...], as_json: bool) -> None:
    """Read canvas workbooks and say what was found in them."""
    canvases: list[Canvas] = []
    failed: list[CanvasError] = []
    for file in files:
        try:
            canvases.append(read_canvas(file))
        except CanvasError as error:
            failed.append(error)
            for problem in error.problems:
                click.echo(f"error: {problem}", err=True)
    if as_json:
        data: Any = [c.to_dict() for c in canvases]
        click.echo(json.dumps(data[0] if len(files) == 1 and data else data, ensure_ascii=False, indent=2))
    else:
        for canvas in canvases:
            click.echo(summarize(canvas))
    if failed:
        sys.exit(1)


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
    known = {label_key(k): k for k in OPTIONAL_LANES}
    for labels in LANE_LABELS.values():
        known.update({label_key(label): kind for kind, label in labels.items() if kind in OPTIONAL_LANES})
    lanes: list[str] = []
    for word in (w.strip() for w in text.split(",")):
        if not word:
            continue
        if label_key(word) == "all":
            lanes.extend(OPTIONAL_LANES)
        else:
            lanes.append(known.get(label_key(word), word))
    return list(dict.fromkeys(lanes))
