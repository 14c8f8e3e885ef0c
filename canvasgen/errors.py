"""Errors a user can act on: each knows where it happened and how to show itself.

A ``CanvasError`` is a problem with the user's input (a file, a sheet, a cell); it is shown as one
sentence and ends the command with a non-zero exit code. Its kind says which input: a file to read
(``ReadError``), a brand kit (``BrandKitError``), a PowerPoint template (``TemplateError``), where the
results go (``OutputError``), the workshop's changes (``ApplyError``), a request to the web page
(``Refused``). The command line shows every kind in one place (``cli.errors``), the web page in another
(``web.jobs``); anything else that escapes is a bug in canvasgen and keeps its traceback.

A location names the file as the user knows it: ``display_name`` gives the path as given, or the name
set with ``shown_as`` (the web page's uploads are kept under folders of the server's; their messages
name the file the user uploaded).
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import shlex
from collections.abc import Iterator, Mapping, Sequence
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

    @classmethod
    def of(cls, path: str | Path, sheet: str | None = None, cell: str | None = None) -> Location:
        """The location in a file, named as the user knows it (``display_name``)."""
        return cls(display_name(path), sheet, cell)


class CanvasError(Exception):
    """One or more problems with the user's input, shown without a traceback.

    The location is a ``Location``, or a path (named as the user knows it, ``display_name``); None for a
    problem that is in no file (a request to the web page).
    """

    exit_code = 1

    def __init__(
        self,
        location: Location | str | Path | None,
        message: str,
        kind: str | None = None,
        values: Mapping[str, str] | None = None,
    ) -> None:
        if location is not None and not isinstance(location, Location):
            location = Location.of(location)
        self.location = location
        self.message = message
        #: For the common refusals: their kind and the values in them, from which the web page says the
        #: sentence in its own language (``web.refusals.Refusal``); the message is the English one.
        self.kind = kind
        self.values = dict(values or {})
        super().__init__(message if location is None else f"{location}: {message}")

    @property
    def problems(self) -> list[CanvasError]:
        return [self]


class ReadError(CanvasError):
    """A file given to read (a workbook, a CSV or JSON file, a Mermaid journey, figures, settings, the
    workshop's changes) that cannot be read, or holds what cannot be used."""


class NoCanvas(ReadError):
    """A file that holds no canvas: an error when it was named, one line when a folder build passes it over."""


class BrandKitError(CanvasError):
    """A brand kit that is missing or holds a mistake (its TOML key as the location)."""


class TemplateError(CanvasError):
    """A PowerPoint template (``--pptx-template``) that cannot be used for the deck."""


class OutputError(CanvasError):
    """Results that cannot be written where they would go, or would replace what they must not."""


class ApplyError(CanvasError):
    """The workshop's changes that cannot be brought into the workbook (the patcher's refusals too)."""


class OtherWorkbook(ApplyError):
    """A changes workbook applied to another workbook than the kit was made from: the one error said, before
    any row (``kit`` and ``workbook`` the two names as the user knows them, for the web page's words)."""

    def __init__(self, location: Location | str | Path | None, message: str, kit: str, workbook: str) -> None:
        super().__init__(location, message)
        self.kit = kit
        self.workbook = workbook


class ServeError(CanvasError):
    """The web page cannot start where it was asked to: its address or port cannot be used."""


class Refused(CanvasError):
    """A request the web page will not run (an upload or a field of its form); ``status`` is the HTTP answer's."""

    status = 400

    def __init__(
        self,
        message: str,
        location: Location | str | Path | None = None,
        kind: str | None = None,
        values: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(location, message, kind, values)  # the page's kind of refusal, said in its language


class CanvasErrors(CanvasError):
    """Several problems found in one pass, reported together."""

    def __init__(self, errors: Sequence[CanvasError]) -> None:
        if not errors:
            raise ValueError("CanvasErrors needs at least one error")
        self._errors = list(errors)
        first = errors[0]
        super().__init__(first.location, first.message)
        self.args = ("\n".join(str(e) for e in errors),)

    @classmethod
    def of(cls, errors: Sequence[CanvasError]) -> CanvasError:
        """Several problems as one error, and a single one as itself (its kind kept: a ``NoCanvas``, an
        ``OutputError``)."""
        return errors[0] if len(errors) == 1 else cls(errors)

    @property
    def problems(self) -> list[CanvasError]:
        return list(self._errors)

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self._errors)


@dataclass(frozen=True)
class CanvasWarning:
    """Something read but worth a look; never stops a build. ``comments``: the cells whose comments (or
    text boxes) the warning says are kept as notes, for the build to say where those go; ``notes``: the warning
    says cells are kept as notes, which a build with ``--no-notes`` leaves off (and says so) instead."""

    location: Location
    message: str
    comments: tuple[str, ...] = ()
    notes: bool = False

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


_SHOWN: contextvars.ContextVar[Mapping[Path, str] | None] = contextvars.ContextVar("shown", default=None)


@contextlib.contextmanager
def shown_as(names: Mapping[Path, str]) -> Iterator[None]:
    """Within the block, name these files (or the files in these folders) as the user knows them: the
    web page keeps an upload as ``/tmp/…/upload-1/klant.xlsx``, the user uploaded ``klant.xlsx``. A
    folder named ``""`` shows its files by their names inside it."""
    token = _SHOWN.set({**(_SHOWN.get() or {}), **names})
    try:
        yield
    finally:
        _SHOWN.reset(token)


#: On the web page: the names the page gives its tabs, fields and panel of reading fields, in its language.
_ON_THE_PAGE: contextvars.ContextVar[Mapping[str, str] | None] = contextvars.ContextVar("on_the_page", default=None)


@contextlib.contextmanager
def on_the_page(words: Mapping[str, str]) -> Iterator[None]:
    """Within the block, a sentence that tells the user what to do next says it in the web page's words
    (its tabs and fields, see ``what_to_do``), not as a command to type; ``words``: what the page calls
    its tabs ("tab_apply": "Wijzigingen verwerken"), fields ("canvas") and panel of reading fields
    ("reading": "Inlezen bijsturen"), in the page's language."""
    token = _ON_THE_PAGE.set(words)
    try:
        yield
    finally:
        _ON_THE_PAGE.reset(token)


def what_to_do(command: str, page: str) -> str:
    """The next step in the words of where the user is: ``command`` on the command line (``canvasgen
    apply CANVAS.xlsx changes.xlsx -o NEW.xlsx``), ``page`` on the web page, its tabs and fields named as
    the page names them in its language (``on the tab "{tab_apply}"``: ``on_the_page``'s words)."""
    words = _ON_THE_PAGE.get()
    return page.format_map(words) if words is not None else command


def shell_word(word: str | Path, windows: bool | None = None) -> str:
    """One argument of a command the user may paste, quoted as the shell needs it: ``shlex.quote`` on
    POSIX (``'Klantreis De Snelle Spaak.xlsx'``), double quotes on Windows where the word needs them."""
    text = str(word)
    if windows if windows is not None else os.name == "nt":
        plain = text and not any(c in text for c in ' \t"&|<>^%()')
        return text if plain else '"' + text.replace('"', '""') + '"'
    return shlex.quote(text)


def command_line(*words: str | Path, windows: bool | None = None) -> str:
    """A command the user may paste as it is printed: ``canvasgen diff 'a b.xlsx' 'a b v2.xlsx'``; every
    word after the program and its subcommand quoted where the shell needs it."""
    return " ".join(shell_word(word, windows) for word in words)


#: The page's words (``app.js``'s keys) of the reading fields whose key is not their option's name.
_FIELD_WORDS = {"lane": "lane_kinds"}


def option_hint(option: str, value: str, field: str | None = None) -> str:
    """A reading correction as the user gives it where they are: ``--lane 'Stoplicht=<kind>'`` on the
    command line; on the web page, the reading field labelled as the page labels it, under "Adjust the reading"
    (``'Stoplicht=<kind>' in the field "What a lane is, one per line" under "Adjust the reading"``), never an
    option the page has no place to type."""
    words = _ON_THE_PAGE.get()
    if words is not None:
        key = field or option
        name = words.get(_FIELD_WORDS.get(key, key), key)  # as the page labels the field
        return f'\'{value}\' in the field "{name}" under "{words["reading"]}"'
    if "'" not in value:
        quoted = f"'{value}'"  # always quoted: a label may hold anything
    else:  # a label with an apostrophe: in double quotes, unless it holds what the shell expands there
        quoted = shlex.quote(value) if any(c in value for c in '"$`\\!') else f'"{value}"'
    return f"--{option} {quoted}"


def switch_hint(option: str, box: str) -> str:
    """An on/off option as the user gives it where they are: ``--no-notes`` on the command line; on the web page,
    its box as the page names it (``the box "Zonder notities (opmerkingen van het team)"``), never a flag the
    page has no place to type."""
    words = _ON_THE_PAGE.get()
    return f'the box "{words[box]}"' if words is not None and box in words else f"--{option}"


def command_line_only(hint: str) -> str:
    """A correction only the command line gives (``--sheet 'Blad2=personas'``): as it is there; on the web page,
    which has no field for it, said to be the command line's rather than left as if the page had one."""
    words = _ON_THE_PAGE.get()
    return hint if words is None else f"{hint} (an option of the command line: the page has no field for it)"


def field_hint(option: str, field: str) -> str:
    """An option with a field of its own on the page, as the user gives it where they are: ``--journey`` on the
    command line; on the web page, its field as the page names it (``the field "Alleen de reis van (…)"``)."""
    words = _ON_THE_PAGE.get()
    return f'the field "{words[field]}"' if words is not None and field in words else f"--{option}"


def display_file(path: str | Path) -> str:
    """The file's own name as the user knows it, without its folders: what a poster, deck or kit says it
    was made from (``klant #1.xlsx`` on the web page, never the ``klant _1.xlsx`` the server kept)."""
    return Path(display_name(path)).name


def display_name(path: str | Path) -> str:
    """The file name as the user gave it, for messages (see ``shown_as``)."""
    names = _SHOWN.get()
    if not names:
        return str(path)
    path = Path(path)
    if path in names:
        return names[path]
    for folder, shown in names.items():
        if path.is_relative_to(folder):
            return str(Path(shown, path.relative_to(folder)))
    return str(path)
