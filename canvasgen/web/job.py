"""A job as the server hands it to a worker, and the outcome the worker sends back: plain data, and the
few constants and names the server needs to answer. The server imports this module, not the jobs
(``web.jobs``, which import the readers, layouts and renderers): it starts in a fraction of a second, and
its workers, which do the jobs, have them loaded before their first (``web.workers``)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from canvasgen.analysis.match import DEFAULT_THRESHOLD
from canvasgen.render.png import MAX_PIXELS
from canvasgen.web.page_language import PAGE_DEFAULT
from canvasgen.web.refusals import Refusal

PREVIEW_DPI = 40  # small pictures for the page; a full one on demand
FULL_DPI = 110  # a page opened on its own: its smallest text readable on a screen
#: The most pixels a picture of a page may have (the command line's cap too): a 5000 x 5000 mm poster at
#: 110 dpi would be 470 megapixels (3 GB to render); its full-size picture is made at the resolution that
#: stays under this.
FULL_PIXELS = MAX_PIXELS
PREVIEW_PIXELS = 2_000_000  # the small pictures: an A1 page at 40 dpi is 1.2 megapixels


@dataclass(frozen=True)
class Upload:
    path: Path  # where canvasgen keeps it
    name: str  # what the user called it


@dataclass(frozen=True)
class Job:
    folder: Path  # the request's own folder: outputs go in ``folder / "out"``
    uploads: tuple[Upload, ...]  # the workbook(s) first
    metrics: Upload | None = None
    companions: tuple[Upload, ...] = ()
    brand: str | None = None
    size: str = "A1"
    portrait: bool = False
    language: str | None = None
    phases_row: str | None = None
    phases_col: str | None = None
    labels: str | None = None
    lanes: tuple[str, ...] = ()
    skip_hidden: bool = False
    groups: str | None = None  # as --groups: none, above (or Sheet!none)
    traffic_lights: str | None = None  # as --traffic-lights: green=1,amber=0,red=-1[,by=colour]
    title: str | None = None  # as --title: the map's title, as typed (one of spaces only is refused, as there)
    threshold: float = DEFAULT_THRESHOLD  # the command line's: one constant
    no_notes: bool = False  # as --no-notes: the workbook's comments and side notes left off poster and deck
    partial: bool = False  # apply: the rows that can be applied, the others listed
    journey: str | None = None  # gaps: as --journey, the one pair of journeys to compare
    page_language: str = PAGE_DEFAULT  # the page's own (``page_language``): what its sentences name its panels by


@dataclass
class Outcome:
    files: list[str] = field(default_factory=list)  # names inside ``folder / "out"``
    previews: list[str] = field(default_factory=list)
    poster: str | None = None  # the PDF the previews are of: full-size pictures are made from it on demand
    page_sizes: list[tuple[float, float]] = field(default_factory=list)  # the poster's pages (trimmed), in points
    warnings: list[str] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    report: str = ""  # gaps and diff: the report as the CLI prints it
    tables: list[dict[str, Any]] = field(default_factory=list)  # gaps and diff: the report as tables, for the page
    changes: dict[str, Any] | None = None  # diff: the comparison as ``diff --json`` prints it
    error: str | None = None
    refused: tuple[Refusal, dict[str, str]] | None = None  # a refusal of the page's own: its kind and values


def suffix_of(name: str) -> str:
    """The kind of file a name says, lower case: ``.xlsx`` for ``klant.XLSX`` and for a file named just
    ``.xlsx`` (which ``os.path.splitext`` takes for a name without a suffix)."""
    suffix = os.path.splitext(name)[1] or (name if name.startswith(".") and name.count(".") == 1 else "")
    return suffix.lower()


def stem_of(name: str) -> str:
    """A user's file name without its suffix, to name what is made of it (``klant #1 é`` of
    ``klant #1 é.xlsx``); ``canvas`` when nothing is left (an upload named just ``.xlsx``)."""
    return name[: len(name) - len(suffix_of(name))].strip() or "canvas"
