"""What a warm process keeps between runs (watch, folder-build workers, the web page): brand kits with
their fonts, and PowerPoint templates, each keyed by its files' names, sizes and modification times,
so an edited brand.toml, font, logo or template is loaded afresh and nothing stale outlives a change."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from canvasgen.errors import CanvasWarning, Location
from canvasgen.fileio import FileStamp, Kept, file_stamp

# Kits (reportlab's fonts), font sets and templates (python-pptx) are imported when one is first loaded:
# the pipeline's front (`check`) starts without them.
if TYPE_CHECKING:
    from canvasgen.brand.deck_font import DeckFont
    from canvasgen.brand.kit import BrandKit
    from canvasgen.layout.text.fonts import FontSet
    from canvasgen.render.pptx import Template


class Brand(NamedTuple):
    """A run's brand: the kit, the fonts its posters are set in, and what loading it had to say."""

    kit: BrandKit
    fonts: FontSet
    warnings: list[CanvasWarning]


_KITS: Kept[tuple[str, str, tuple[FileStamp, ...]], Brand] = Kept(8)
_TEMPLATES: Kept[FileStamp, Template] = Kept(8)
_DECK_FONTS: Kept[tuple[DeckFont, tuple[Path, ...], tuple[FileStamp, ...]], FontSet] = Kept(8)


def kit_stamp(brand: str | None) -> tuple[FileStamp, ...]:
    """Every file of the kit and of the default kit it inherits from."""
    from canvasgen.brand.kit import find_kit

    folders = dict.fromkeys(f.resolve() for f in (find_kit(brand), find_kit(None)))
    return tuple(file_stamp(p) for p in sorted(p for folder in folders for p in folder.rglob("*") if p.is_file()))


def brand_kit(brand: str | None) -> Brand:
    """The brand kit, its fonts and its warnings; raises CanvasErrors for a bad kit. Fetched once per run
    and handed down; kept between runs (``watch``, the web page) while its files stay the same."""
    from canvasgen.brand import machine_fonts
    from canvasgen.brand.kit import load_kit
    from canvasgen.layout.text.fonts import FontSet

    def load() -> Brand:
        kit, warnings = load_kit(brand)
        return Brand(kit, FontSet.for_poster(kit.heading_font, kit.body_font, kit.fallback_fonts), warnings)

    # The machine-font setting is part of the key: a kit's fonts loaded with the machine's fonts switched
    # off are not the fonts asked for once they are switched on.
    return _KITS.get((brand or "", machine_fonts.setting(), kit_stamp(brand)), load)


def deck_fonts(kit: BrandKit, agency: Template | None = None) -> tuple[FontSet, list[CanvasWarning]]:
    """The fonts a deck is fitted with: the template's theme font when canvasgen can measure it,
    otherwise the kit's deck font (Calibri unless the kit names another)."""
    from canvasgen.brand.deck_font import twin
    from canvasgen.layout.text.fonts import FontSet

    chosen, warnings = kit.deck, []
    if agency is not None and agency.theme_font:
        measured = twin(agency.theme_font)
        if measured is not None:
            chosen = measured
        elif agency.theme_font.lower() != chosen.name.lower():
            warnings.append(
                CanvasWarning(
                    Location.of(agency.path),
                    (
                        f"the template's theme font '{agency.theme_font}' cannot be measured by canvasgen (it measures "
                        f"Calibri and Arial), so the slides are set in {chosen.name}"
                    ),
                )
            )
    extra = tuple(kit.fallback_fonts)
    stamps = tuple(file_stamp(p) for p in (chosen.heading, chosen.body, *extra))
    return _DECK_FONTS.get((chosen, extra, stamps), lambda: FontSet.for_deck(chosen, extra)), warnings


def template(path: Path) -> Template:
    """The agency's PowerPoint template, checked; raises CanvasError for one that cannot serve."""
    from canvasgen.render.pptx import load_template

    return _TEMPLATES.get(file_stamp(path), lambda: load_template(path))
