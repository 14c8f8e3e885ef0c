"""Showing a user's input problems as sentences, for every command."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from canvasgen.errors import CanvasError

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


class Folder(click.Path):
    """A folder to write into (made when missing): a file of that name is one sentence that says so,
    not click's "Directory 'output' is a file."."""

    name = "folder"

    def __init__(self) -> None:
        super().__init__(file_okay=True, dir_okay=True, path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        path = Path(str(super().convert(value, param, ctx)))
        if path.is_file():
            self.fail(f"{path} is a file, not a folder: give a folder for the results "
                      "(canvasgen makes it when it is missing)", param, ctx)  # fmt: skip
        return path
