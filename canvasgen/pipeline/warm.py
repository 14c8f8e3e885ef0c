"""What a warm process keeps between runs (watch, folder-build workers, the web page): brand kits with
their fonts, and PowerPoint templates, each keyed by its files' names, sizes and modification times,
so an edited brand.toml, font, logo or template is loaded afresh and nothing stale outlives a change."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import NamedTuple, TypeVar

from canvasgen.brand.deck_font import DeckFont, twin
from canvasgen.brand.kit import BrandKit, find_kit, load_kit
from canvasgen.errors import CanvasWarning, Location
from canvasgen.layout.text.fonts import FontSet
from canvasgen.render.pptx import Template, load_template

FileStamp = tuple[str, int, int]  # path, size, modification time in ns
K = TypeVar("K")
V = TypeVar("V")

_KEPT = 8


class Brand(NamedTuple):
    """A run's brand: the kit, the fonts its posters are set in, and what loading it had to say."""

    kit: BrandKit
    fonts: FontSet
    warnings: list[CanvasWarning]


_KITS: dict[tuple[str, tuple[FileStamp, ...]], Brand] = {}
_TEMPLATES: dict[FileStamp, Template] = {}


def file_stamp(path: Path) -> FileStamp:
    try:
        info = path.stat()
    except OSError:
        return (str(path), -1, -1)
    return (str(path), info.st_size, info.st_mtime_ns)


def kit_stamp(brand: str | None) -> tuple[FileStamp, ...]:
    """Every file of the kit and of the default kit it inherits from."""
    folders = dict.fromkeys(f.resolve() for f in (find_kit(brand), find_kit(None)))
    return tuple(file_stamp(p) for p in sorted(p for folder in folders for p in folder.rglob("*") if p.is_file()))


def brand_kit(brand: str | None) -> Brand:
    """The brand kit, its fonts and its warnings; raises CanvasErrors for a bad kit. Fetched once per run
    and handed down; kept between runs (``watch``, the web page) while its files stay the same."""
    key = (brand or "", kit_stamp(brand))
    if key not in _KITS:
        kit, warnings = load_kit(brand)
        _keep(_KITS, key, Brand(kit, FontSet.load(kit.heading_font, kit.body_font, kit.fallback_fonts), warnings))
    return _KITS[key]


def deck_fonts(kit: BrandKit, agency: Template | None = None) -> tuple[FontSet, list[CanvasWarning]]:
    """The fonts a deck is fitted with: the template's theme font when canvasgen can measure it,
    otherwise the kit's deck font (Calibri unless the kit names another)."""
    chosen, warnings = kit.deck, []
    if agency is not None and agency.theme_font:
        measured = twin(agency.theme_font)
        if measured is not None:
            chosen = measured
        elif agency.theme_font.lower() != chosen.name.lower():
            warnings.append(CanvasWarning(Location(str(agency.path)), (
                f"the template's theme font '{agency.theme_font}' cannot be measured by canvasgen (it measures "
                f"Calibri and Arial), so the slides are set in {chosen.name}")))  # fmt: skip
    return _deck_fontset(chosen, kit.fallback_fonts), warnings


@functools.lru_cache(maxsize=8)
def _deck_fontset(deck: DeckFont, extra: tuple[Path, ...]) -> FontSet:
    return FontSet.for_deck(deck, extra)


def template(path: Path) -> Template:
    """The agency's PowerPoint template, checked; raises CanvasError for one that cannot serve."""
    key = file_stamp(path)
    if key not in _TEMPLATES:
        _keep(_TEMPLATES, key, load_template(path))
    return _TEMPLATES[key]


def _keep(cache: dict[K, V], key: K, value: V) -> None:
    if len(cache) >= _KEPT:
        cache.pop(next(iter(cache)))
    cache[key] = value
