"""What a run made and had to say."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from canvasgen.errors import CanvasWarning
from canvasgen.words import LANGUAGE_NAMES


@dataclass(frozen=True)
class Said:
    """A line a command says, typed: the command line prints its English ``text``; the web page says it in
    its own words (``said.<key>`` in ``web/page/app.js``) with ``values`` filled in, and falls back on the
    text where it has none."""

    key: str
    text: str
    values: Mapping[str, object] = field(default_factory=dict)

    def sent(self) -> dict[str, Any]:
        """The line as the page receives it: ``{say, values, text}``."""
        return {"say": self.key, "values": dict(self.values), "text": self.text}


@dataclass
class BuildResult:
    source: Path
    outputs: list[Path] = field(default_factory=list)
    pages: int = 0
    slides: int = 0
    phase_size: float | None = None  # the deck's phase slides' one body size
    phases_a_slide: int = 1  # up to this many thin phases shown side by side on a slide (``deck.thin``)
    body_sizes: list[float] = field(default_factory=list)
    min_size: float = 0.0
    continued: list[Said] = field(default_factory=list)  # cells moved whole to a later page, said on the page too
    sheets: list[Said] = field(default_factory=list)  # the pages several whole journeys share, naming them
    pictures: list[Path] = field(default_factory=list)  # --png: one per poster page
    warnings: list[CanvasWarning] = field(default_factory=list)  # every stage's, reading first
    #: Which language poster and deck were written in and what chose it (``language_said``).
    language: Said | None = None

    @property
    def pdf(self) -> Path:
        return next(p for p in self.outputs if p.suffix == ".pdf")

    @property
    def pptx(self) -> Path:
        return next(p for p in self.outputs if p.suffix == ".pptx")


def describe(result: BuildResult) -> list[str]:
    """What a build wrote, for the terminal."""
    lines = []
    if result.pages:
        pages = f"{result.pages} page{'s' if result.pages != 1 else ''}"
        text = _body_text(result.body_sizes)
        lines.append(f"wrote {result.pdf} ({pages}; {text}minimum {result.min_size:.1f} pt)")
    for number, picture in enumerate(result.pictures, start=1):
        lines.append(f"wrote {picture} (page {number} as a picture)")
    if result.slides:
        phases = f"; phase slides {result.phase_size:g} pt" if result.phase_size else ""
        if result.phases_a_slide > 1:  # why the deck is shorter than a slide per phase
            phases += f", up to {result.phases_a_slide} thin phases a slide and one exercise slide each"
        lines.append(f"wrote {result.pptx} ({result.slides} slides{phases})")
    if result.language is not None and (result.pages or result.slides):
        lines.append(result.language.text)
    lines += [f"  journeys sharing {line.text}" for line in result.sheets]
    return lines + [f"  continued: {line.text}" for line in result.continued]


def language_said(language: str, asked: str | None, canvas_language: str | None, what: str = "poster and deck") -> Said:
    """Which language poster and deck are in, and what chose it: ``--lang`` (``asked``), the workbook's
    words (``canvas_language``: check --explain says which), else the brand kit's; with the option that
    chooses another, English (Dutch for an English one). A user expecting an English deck of a Dutch canvas
    reads it here, not first in the deck. ``what``: the files the run writes ("poster", "deck")."""
    name = LANGUAGE_NAMES[language]
    other = "nl" if language == "en" else "en"
    values = {"language": language, "other": other}
    if asked is not None:
        return Said("language_asked", f"{what} in {name}, as asked (--lang {asked})", values)
    correction = f"--lang {other} for {LANGUAGE_NAMES[other]}"
    if canvas_language == language:
        said = f"{what} in {name}, the workbook's language (check --explain says why; {correction})"
        return Said("language_workbook", said, values)
    said = f"{what} in {name}, the brand kit's language: the workbook's words name none ({correction})"
    return Said("language_kit", said, values)


def _body_text(sizes: list[float]) -> str:
    """The journey pages' body text size, said once when they share it ("body text 22.9 pt, "), else as
    the range over those pages; nothing for a workbook of personas only (no journey text)."""
    shown = sorted({f"{size:.1f}" for size in sizes}, key=float)
    if not shown:
        return ""
    if len(shown) == 1:
        return f"body text {shown[0]} pt, "
    return f"body text {shown[0]} to {shown[-1]} pt by journey page, "
