"""What a build says: each outcome's files, warnings and errors, and the closing summary of a run."""

from __future__ import annotations

import click

from canvasgen.errors import CanvasWarning
from canvasgen.pipeline import BuildOptions, brand_kit
from canvasgen.pipeline.batch import Outcome
from canvasgen.text import counted


def summary(outcomes: list[Outcome], always: bool = False, interrupted: bool = False) -> None:
    built = sum(o.built for o in outcomes)
    skipped = sum(o.skipped for o in outcomes)
    failed = sum(bool(o.errors) for o in outcomes)
    warned = sum(len(o.warnings) for o in outcomes)
    passed = sum(bool(o.passed_over) for o in outcomes)
    if len(outcomes) > 1 or skipped or always:
        stopped = "interrupted: " if interrupted else ""
        over = f", {passed} without a canvas (passed over)" if passed else ""
        click.echo(
            f"{stopped}{built} built, {skipped} unchanged (skipped), {failed} failed{over}, "
            f"{counted(warned, 'warning')}",
            err=True,
        )


def warnings_by_file(warnings: list[CanvasWarning]) -> None:
    """Each file's warnings under its name, files in the order read: said before a report, so that the
    report is the last thing on screen. A warning both versions give (the same words at the same sheet and
    cell: "lane 'Zorgen & vragen' has no role", read in each) is said once, under both names, before each
    file's own."""
    where_said: dict[tuple[str | None, str | None, str], list[CanvasWarning]] = {}
    for warning in warnings:
        where_said.setdefault((warning.location.sheet, warning.location.cell, warning.message), []).append(warning)
    groups: dict[tuple[str, ...], list[CanvasWarning]] = {}
    for same in where_said.values():
        files = tuple(dict.fromkeys(w.location.file for w in same))
        groups.setdefault(files, []).append(same[0])
    for files, said in sorted(groups.items(), key=lambda group: -len(group[0])):  # the shared ones first
        click.echo(f"{' and '.join(files)}:", err=True)
        for warning in said:
            where = str(warning.location).removeprefix(warning.location.file).removeprefix(": ")
            click.echo(f"  warning: {where + ': ' if where else ''}{warning.message}", err=True)


def kit_warnings(options: BuildOptions) -> set[str]:
    """Say what the brand kit has to say once, before the first build; returns what was said."""
    said = {str(w) for w in brand_kit(options.brand)[2]}
    for warning in sorted(said):
        click.echo(f"warning: {warning}", err=True)
    return said


def show(outcome: Outcome, shown: set[str]) -> None:
    """What a build wrote and said; a warning already shown (the brand kit's, said before the first
    build) is not repeated for every workbook."""
    for line in outcome.lines:
        click.echo(line)
    for warning in outcome.warnings:
        if warning not in shown:
            click.echo(f"warning: {warning}", err=True)
    for error in outcome.errors:
        click.echo(f"error: {error}", err=True)
    if outcome.passed_over:
        click.echo(f"skipped: {outcome.source}: {outcome.passed_over}", err=True)


def show_changes(outcome: Outcome, shown: set[str], before: list[str] | None) -> None:
    """What a rebuild wrote and said, against the build before it of the same workbook (``before``: its
    warnings; None for the first): new warnings in full, those said already counted in one line, and
    those that went away named, so that a workshop sees what its last save changed."""
    if before is None or outcome.errors:
        show(outcome, shown)
        return
    old = set(before)
    show(Outcome(outcome.source, lines=outcome.lines, warnings=[w for w in outcome.warnings if w not in old]), shown)
    again = sum(1 for w in outcome.warnings if w in old and w not in shown)
    if again:
        click.echo(f"({again} warning{'s' if again > 1 else ''} as at the last build, not repeated)", err=True)
    for warning in before:
        if warning not in outcome.warnings:
            click.echo(f"no longer: {warning}", err=True)
