"""What a run is asked to make, and from what: everything a build needs, in one value."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from canvasgen.analysis.report import ReportParts
from canvasgen.fileio import generation_date
from canvasgen.read.corrections import Corrections
from canvasgen.units import PrintOptions

SLIDE_WIDTH, SLIDE_HEIGHT = 960.0, 540.0  # 16:9 in points (13.333 x 7.5 inch)


def not_what(why: str) -> dict[str, Any]:
    """A field's mark: the option says where, when or whether files are written, not what they hold, and
    is left out of the folder cache's fingerprint (every other option is in it, one added later too)."""
    return {"fingerprint": False, "why": why}


@dataclass(frozen=True)
class BuildOptions:
    out_dir: Path = field(metadata=not_what("where: the cache lives in the output folder"))
    paper: tuple[float, float]
    print_options: PrintOptions = field(default_factory=PrintOptions)
    language: str | None = None  # None: from the workbook's labels
    generated: dt.date = field(
        default_factory=generation_date,
        metadata=not_what("when: a poster built yesterday from the same files is not rebuilt for its date"),
    )
    pdf: bool = True
    pptx: bool = False
    pptx_template: Path | None = None
    metrics: Path | None = None  # a CSV export of measured figures, added to every workbook
    corrections: Corrections = field(default_factory=Corrections)  # --phases-row, --labels, --lane
    companions: tuple[Path, ...] = ()  # --with: touchpoint, persona or score workbooks joined to each
    brand: str | None = None  # a kit's name in brand/ or its folder; None: the default kit
    png_dpi: int | None = None  # --png: a picture of every poster page at this resolution
    layout: str = "auto"  # "blueprint": every journey as a service blueprint (--layout)
    name: str | None = None  # the files' name (<name>.pdf, <name>.pptx); None: the source's own
    notes: bool = True  # --no-notes: the workbook's comments and side notes left off the poster and deck (said)
    replace: bool = field(  # --force: replace a poster, deck or picture of that name that canvasgen did not write
        default=False, metadata=not_what("whether: it allows files to be replaced, it changes none")
    )


@dataclass(frozen=True)
class Extras:
    """What a report adds to a canvas's own poster and deck (the gap analysis, say): its parts, laid out
    after the poster's pages and the deck's slides, and the files' own name and title."""

    suffix: str = ""  # "-gaps": written as <name>-gaps.pdf and <name>-gaps.pptx
    title: str | None = None
    report: ReportParts | None = None  # laid out after the poster's pages and the deck's slides
