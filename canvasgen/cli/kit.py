"""The workshop kit's commands: ``kit`` prints what a room works with, ``apply`` brings the paper back."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from canvasgen.cli.errors import Folder
from canvasgen.cli.options import correction_options, corrections_of, title_option
from canvasgen.errors import command_line
from canvasgen.units import parse_paper
from canvasgen.words import LANGUAGES


def _paper_size(ctx: click.Context, param: click.Parameter, value: str) -> str:
    try:
        parse_paper(value)
    except ValueError as error:
        raise click.BadParameter(str(error)) from None
    return value


@click.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "out_dir",
    type=Folder(),
    default=Path("output"),
    show_default=True,
    help="Folder for the kit's files.",
)
@click.option("--brand", default=None, help="Brand kit (a folder in brand/ or a path).")
@click.option(
    "--cards",
    "card_sheet",
    type=click.Choice(["2x4", "3x8"]),
    default="2x4",
    show_default=True,
    help="Cards per A4 label sheet.",
)
@click.option("--lang", type=click.Choice(LANGUAGES), default=None, help="Language of the kit.")
@click.option(
    "--size",
    "--paper",
    default="A1",
    show_default=True,
    callback=_paper_size,
    help="Size of the poster that is tiled: A0-A5 or e.g. 1000x700mm.",
)
@click.option(
    "--tile",
    type=click.Choice(["A4", "A3"], case_sensitive=False),
    default="A4",
    show_default=True,
    help="Office paper the poster is tiled on.",
)
@click.option("--tile-all", is_flag=True, help="Tile every poster page, not only the journey pages.")
@click.option(
    "--force",
    is_flag=True,
    help="Replace the changes workbook even when it was filled in since, and PDFs canvasgen did not write.",
)
@correction_options
@title_option
def kit(file: Path, out_dir: Path, card_sheet: str, tile: str, tile_all: bool, force: bool, **settings: Any) -> None:
    """Print-and-play workshop kit: break-out handouts, a card per item, the poster tiled on office paper,
    and the changes workbook the team fills in after the session (`canvasgen apply` brings it back)."""
    from canvasgen.pipeline.kit import KitOptions, run_kit  # imported when the command runs (start-up)

    corrections = corrections_of(settings)
    options = KitOptions(
        out_dir, card_sheet, settings["lang"], settings["brand"], settings["size"], tile, tile_all, corrections, force
    )
    result = run_kit(file, options)
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    for path in result.outputs:
        click.echo(f"wrote {path}")


@click.command()
@click.argument("canvas", type=click.Path(path_type=Path))
@click.argument("changes", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(path_type=Path),
    required=True,
    help="The new version of the workbook (.xlsx, or .xlsm to keep a workbook's macros); a new file: "
    "the original is never changed.",
)
@click.option("--partial", is_flag=True, help="Apply the rows that can be applied and list the others.")
@click.option("--force", is_flag=True, help="Replace the -o file if it exists (never the workbook or the changes).")
@correction_options
@title_option
def apply(canvas: Path, changes: Path, out: Path, partial: bool, force: bool, **settings: Any) -> None:
    """Write the changes a workshop made on paper (the kit's changes workbook) into a new version of the canvas.

    The workbook is read as the kit read it (its reading corrections are kept in the changes workbook);
    corrections given here are used instead, with a warning when they differ."""
    from canvasgen.pipeline.apply import ApplyOptions, apply_changes, told  # imported when the command runs

    corrections = corrections_of(settings)
    options = ApplyOptions(
        partial,
        corrections=corrections if corrections else None,
        force=force,
        warn=lambda warning: click.echo(f"warning: {warning}", err=True),
    )
    applied = apply_changes(canvas, changes, out, options)
    for problem in applied.skipped:
        click.echo(f"skipped: {problem}", err=True)
    lines, failed = told(applied, canvas, changes)
    for line in lines:
        click.echo(line.text, err=failed)
    if failed:
        sys.exit(1)
    if not applied.written:
        return
    # read as apply read it (the kit's corrections), so the diff says what changed, not how it was read
    click.echo(f"see what changed: {command_line('canvasgen', 'diff', canvas, out, *(applied.reading or []))}")
