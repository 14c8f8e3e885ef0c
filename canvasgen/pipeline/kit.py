"""The workshop kit of a canvas: the changes workbook, the cards and the handouts, all from one
reading of the workbook."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from canvasgen.brand.colors import Colour
from canvasgen.brand.kit import BrandKit
from canvasgen.errors import CanvasWarning
from canvasgen.kit.cards import card_lanes, cards_of
from canvasgen.kit.changes_sheet import write_changes
from canvasgen.language import detect_language
from canvasgen.layout.boxes import Page, PosterLayout
from canvasgen.layout.card_sheets import A4, FORMATS, MIN_SIZE, card_pages
from canvasgen.layout.fonts import FontSet
from canvasgen.layout.handouts import handout_pages
from canvasgen.layout.setter import Setter
from canvasgen.model import Canvas
from canvasgen.pipeline.read import read
from canvasgen.pipeline.render import located
from canvasgen.pipeline.warm import brand_kit
from canvasgen.render.pdf import PrintOptions, render_pdf
from canvasgen.words import KIT_WORDS

BLANKS_PER_LANE = 2


@dataclass(frozen=True)
class KitOptions:
    out_dir: Path
    cards: str = "2x4"  # cards per label sheet
    language: str | None = None
    brand: str | None = None


@dataclass
class KitResult:
    outputs: list[Path] = field(default_factory=list)
    warnings: list[CanvasWarning] = field(default_factory=list)
    cards: int = 0


def run_kit(source: Path, options: KitOptions) -> KitResult:
    kit, fonts, kit_warnings = brand_kit(options.brand)
    canvas = read(source)
    language = options.language or detect_language(canvas, kit.language)
    cards = cards_of(canvas)
    result = KitResult(warnings=[*kit_warnings, *canvas.warnings], cards=len(cards))
    options.out_dir.mkdir(parents=True, exist_ok=True)
    changes = options.out_dir / f"{source.stem}-changes.xlsx"
    write_changes(cards, canvas, language, changes)
    result.outputs.append(changes)
    setter = Setter(fonts)
    pages = card_pages(cards, _blanks(canvas, kit), kit, setter, FORMATS[options.cards], KIT_WORDS[language])
    _pdf(pages, (kit, fonts, setter), options.out_dir / f"{source.stem}-cards.pdf", language, source, result)
    pages = handout_pages(canvas, kit, setter, language)
    _pdf(pages, (kit, fonts, setter), options.out_dir / f"{source.stem}-handouts.pdf", language, source, result)
    return result


def _blanks(canvas: Canvas, kit: BrandKit) -> list[tuple[str, Colour]]:
    lanes = dict.fromkeys(lane.heading for journey in canvas.journeys for _, lane in card_lanes(journey))
    return [(lane, kit.colour("muted").mix(kit.colour("text"), 0.25)) for lane in lanes for _ in range(BLANKS_PER_LANE)]


def _pdf(pages: list[Page], tools: tuple[BrandKit, FontSet, Setter], out: Path, language: str, source: Path,
         result: KitResult) -> None:  # fmt: skip
    """An A4 PDF of the kit's pages, with what the fonts could not draw reported by cell."""
    kit, fonts, setter = tools
    layout = PosterLayout(*A4, MIN_SIZE, pages, language=language)
    title = f"{source.stem}: {out.stem.rsplit('-', 1)[-1]}"
    result.warnings.extend(render_pdf(layout, kit, fonts, out, PrintOptions(bleed_mm=0.0), title, source.name))
    result.warnings.extend(located(source, setter.problems))
    setter.problems.clear()
    result.outputs.append(out)
