"""Errors a user can act on: each knows where it happened and how to show itself.

A ``CanvasError`` is a problem with the user's input (a file, a sheet, a cell);
it is shown as one sentence and ends the command with a non-zero exit code.
Anything else that escapes is a bug in canvasgen and keeps its traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Location:
    """Where a problem or a piece of text sits: file, and sheet and cell when known."""

    file: str
    sheet: str | None = None
    cell: str | None = None

    def __str__(self) -> str:
        text = self.file
        if self.sheet is not None:
            text += f": {self.sheet}"
            if self.cell is not None:
                text += f"!{self.cell}"
        return text


class CanvasError(Exception):
    """One or more problems with the user's input, shown without a traceback."""

    exit_code = 1

    def __init__(self, location: Location | str | Path, message: str) -> None:
        if not isinstance(location, Location):
            location = Location(display_name(location))
        self.location = location
        self.message = message
        super().__init__(f"{location}: {message}")

    @property
    def problems(self) -> list[CanvasError]:
        return [self]


class NoCanvas(CanvasError):
    """A file that holds no canvas: an error when it was named, one line when a folder build passes it over."""


class CanvasErrors(CanvasError):
    """Several problems found in one pass, reported together."""

    def __init__(self, errors: list[CanvasError]) -> None:
        if not errors:
            raise ValueError("CanvasErrors needs at least one error")
        self._errors = errors
        first = errors[0]
        super().__init__(first.location, first.message)
        self.args = ("\n".join(str(e) for e in errors),)

    @property
    def problems(self) -> list[CanvasError]:
        return list(self._errors)

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self._errors)


@dataclass(frozen=True)
class CanvasWarning:
    """Something read but worth a look; never stops a build."""

    location: Location
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


def display_name(path: str | Path) -> str:
    """The file name as the user gave it, for messages."""
    return str(path)
