"""Showing a user's input problems as sentences, for every command: in one place, the group's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from canvasgen.errors import CanvasError


def show_problems(error: CanvasError) -> None:
    """Each problem of the error as one line on stderr: ``error: klant.xlsx: Klantreis!C7: ...``."""
    for problem in error.problems:
        click.echo(f"error: {problem}", err=True)


class CanvasGroup(click.Group):
    """The ``canvasgen`` group: a CanvasError from any of its commands, however deep it was raised, is
    shown as its sentences and ends the command with its exit code, never a traceback. Anything else
    that escapes is a bug of canvasgen's and keeps its traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CanvasError as error:
            show_problems(error)
            ctx.exit(error.exit_code)


class Folder(click.Path):
    """A folder to write into (made when missing): a file of that name is one sentence that says so,
    not click's "Directory 'output' is a file."."""

    name = "folder"

    def __init__(self) -> None:
        super().__init__(file_okay=True, dir_okay=True, path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        path = Path(str(super().convert(value, param, ctx)))
        if path.is_file():
            self.fail(
                f"{path} is a file, not a folder: give a folder for the results "
                "(canvasgen makes it when it is missing)",
                param,
                ctx,
            )
        return path
