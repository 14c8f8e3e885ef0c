"""What a table finder hands back: sections of journey content, before assembly."""

from __future__ import annotations

from dataclasses import dataclass, field

from canvasgen.errors import CanvasError
from canvasgen.excel.grid import Pos
from canvasgen.model import Boundary, Item, Lane, Phase, Source
from canvasgen.text import label_key


@dataclass
class RawScore:
    """A score as found in the sheet; its scale is settled per journey."""

    value: float
    source: Source
    label: str  # the score lane's label, which may state the scale: "Score (-2..+2)"


@dataclass
class Section:
    """The content of one journey found in one table."""

    phases: list[Phase]
    lanes: list[Lane]
    scores: list[list[RawScore]]
    shape: str
    suffix: Item | None = None  # persona or divider that names this section's journey
    suffix_kind: str = "persona"  # "persona", "section" (a divider row) or "title" (a title above the table)
    phase_label: Item | None = None  # the header over the phases: "Fase", "Stage"
    boundaries: list[Boundary] = field(default_factory=list)  # a service blueprint's lines
    notes: list[Item] = field(default_factory=list)  # words inside the table that are no item (a line's label)
    reading: list[str] = field(default_factory=list)  # how it was found, for ``check --explain``


@dataclass
class Table:
    sections: list[Section]
    used: set[Pos]
    top: int
    errors: list[CanvasError] = field(default_factory=list)
    corrected: bool = False  # read where the user said (--phases-row, canvasgen.toml)
    guess: str | None = None  # how to correct the reading, when which way round it runs was a guess


def phase_keys(phases: list[Phase]) -> list[str]:
    return [phase_key(p.name) for p in phases]


def phase_key(name: str) -> str:
    """What makes two phase names the same phase: their label key, or the text itself when it has no
    letters or digits ("😀" and "+" are two phases, not one with an empty key)."""
    return label_key(name) or name.strip()
