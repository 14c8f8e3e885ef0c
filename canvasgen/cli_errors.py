"""Showing a user's input problems as sentences, for every command."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
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
