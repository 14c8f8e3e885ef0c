"""The workshop kit of a canvas: the changes workbook, the cards, the handouts and the poster in
office-printer sheets, all from one reading of the workbook."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from canvasgen.errors import CanvasWarning
from canvasgen.kit.cards import cards_of
from canvasgen.kit.changes_sheet import write_changes
from canvasgen.language import detect_language
from canvasgen.pipeline.read import read
from canvasgen.pipeline.warm import brand_kit


@dataclass(frozen=True)
class KitOptions:
    out_dir: Path
    paper: tuple[float, float]  # the poster's, before it is tiled
    tile: str = "A4"  # the office printer's paper
    cards: str = "2x4"  # cards per label sheet
    language: str | None = None
    brand: str | None = None
    tile_all: bool = False  # every poster page, not only the journey pages


@dataclass
class KitResult:
    outputs: list[Path] = field(default_factory=list)
    warnings: list[CanvasWarning] = field(default_factory=list)
    cards: int = 0


def run_kit(source: Path, options: KitOptions) -> KitResult:
    kit, _fonts, kit_warnings = brand_kit(options.brand)
    canvas = read(source)
    language = options.language or detect_language(canvas, kit.language)
    cards = cards_of(canvas)
    result = KitResult(warnings=[*kit_warnings, *canvas.warnings], cards=len(cards))
    options.out_dir.mkdir(parents=True, exist_ok=True)
    changes = options.out_dir / f"{source.stem}-changes.xlsx"
    write_changes(cards, canvas, language, changes)
    result.outputs.append(changes)
    return result
