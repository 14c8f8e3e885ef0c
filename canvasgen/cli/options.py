"""The options that say how a workbook is read, shared by every command that reads one: the companions
(``--with``; check, build, watch) and the reading corrections (``--phases-row``, ``--phases-col``,
``--labels``, ``--lane``, ``--sheet``, ``--groups``, ``--traffic-lights``, ``--skip-hidden``; every command
that reads a canvas), and the map's title (``--title``; check, build, watch, kit, and apply and diff: a kit
made with one is applied, and its versions compared, as it read the workbook).
A ``canvasgen.toml`` beside a workbook gives the same corrections; the command line wins."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:  # read when a command runs: the options are declared before any reading is imported
    from canvasgen.read.corrections import Corrections

F = TypeVar("F", bound=Callable[..., Any])

_COMPANIONS = click.option(
    "--with",
    "companions",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="A companion workbook (touchpoints, personas, scores) joined by phase name; repeatable.",
)
_CORRECTIONS = [
    click.option(
        "--phases-row",
        default=None,
        metavar="[SHEET!]ROW",
        help='The row holding the phase names, e.g. 9 or "Klantreis!9" (corrects a wrong guess).',
    ),
    click.option(
        "--phases-col",
        default=None,
        metavar="[SHEET!]COL",
        help="The column holding the phase names, for phases running down (e.g. B).",
    ),
    click.option(
        "--labels",
        default=None,
        metavar="[SHEET!]COL|ROW",
        help='Where the lane labels are: a column (A, "Klantreis!A"), or a row when phases run down.',
    ),
    click.option(
        "--lane",
        "lanes",
        multiple=True,
        metavar="LABEL=KIND",
        help='What a lane label means, e.g. "Барьеры=pain_points" ("row 3=score": a lane with no label); repeatable.',
    ),
    click.option(
        "--sheet",
        "roles",
        multiple=True,
        metavar="SHEET=ROLE",
        help='What a sheet is for, e.g. "Doelgroep=personas" (journey, touchpoints, personas, metrics); repeatable.',
    ),
    click.option(
        "--groups",
        default=None,
        metavar="[SHEET!]none|above",
        help="Phase groups: none (a row over the phases names phases over steps; a stage list's grouping column "
        "stays a lane), or above (the row over the phase names groups them).",
    ),
    click.option(
        "--traffic-lights",
        default=None,
        metavar="green=N,amber=N,red=N[,by=colour]",
        help="The scores of traffic lights in a score row (coloured circles, 'groen', a dot in a green font), "
        "e.g. 'green=1,amber=0,red=-1' (default: the top, middle and bottom of the row's scale); "
        "'by=colour': where a cell's word and its colour disagree ('● rood' in a green font), the colour "
        "decides (default: the word).",
    ),
    click.option(
        "--skip-hidden",
        is_flag=True,
        help="Leave out text in rows, columns and sheets hidden in Excel (read, with a warning, by default).",
    ),
]
#: The keyword arguments the correction options give a command.
CORRECTION_KEYS = ("phases_row", "phases_col", "labels", "lanes", "skip_hidden", "roles", "groups", "traffic_lights")


_TITLE = click.option(
    "--title",
    default=None,
    metavar="TEXT",
    help="The map's title, over the one the workbook gives it (a workbook of one journey).",
)


def title_option(command: F) -> F:
    """The map's title as the user gives it: on the commands that read one map and say or draw it (check,
    build, watch, kit), on apply (a kit's record holds it: its advice "give apply the options kit was given"
    can be followed) and on diff (apply's "see what changed" command gives the kit's)."""
    return _TITLE(command)


def correction_options(command: F) -> F:
    """How to read a workbook: the reading corrections. On every command that reads a canvas."""
    for option in reversed(_CORRECTIONS):
        command = option(command)
    return command


def read_options(command: F) -> F:
    """How to read a workbook: companions and corrections; shared by check, build and watch."""
    return _COMPANIONS(correction_options(command))


def corrections_of(settings: dict[str, Any]) -> Corrections:
    """The corrections the options gave (taken out of ``settings``), checked: one sentence per bad one,
    every one at once."""
    from canvasgen.read.corrections import from_options, with_lights, with_title

    given = {key: settings.pop(key) for key in CORRECTION_KEYS}
    title = settings.pop("title", None)  # on the commands that take a title (``title_option``)
    made = with_lights(
        lambda: from_options(
            given["phases_row"],
            given["phases_col"],
            given["labels"],
            given["lanes"],
            given["skip_hidden"],
            roles=given["roles"],
            groups=given["groups"],
        ),
        given["traffic_lights"],
    )
    return with_title(made, title)
