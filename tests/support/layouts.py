"""Shared set-up for poster tests: the default kit, its fonts, a fixed date."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from canvasgen.brand.kit import BrandKit, load_kit
from canvasgen.layout.text.fonts import FontSet

DATE = dt.date(2026, 11, 23)


@lru_cache
def default_kit() -> tuple[BrandKit, FontSet]:
    kit, _ = load_kit("default")
    return kit, FontSet.load(kit.heading_font, kit.body_font, kit.fallback_fonts)


@lru_cache
def deck_fonts() -> FontSet:
    """The default kit's deck fonts: Calibri, measured with Carlito."""
    kit, _ = load_kit("default")
    return FontSet.for_deck(kit.deck, kit.fallback_fonts)
