"""The band at the top of a journey page: the logo, the kicker, the journey's name and its metadata."""

from __future__ import annotations

from canvasgen.brand.colors import readable_on
from canvasgen.brand.kit import BrandKit, FontRole
from canvasgen.layout.boxes import Box, Page, Rect
from canvasgen.layout.meta import meta_lines
from canvasgen.layout.poster.sheet import PosterSpec
from canvasgen.layout.text.setter import Paragraph, Setter
from canvasgen.model import Journey


def page_header(
    page: Page, journey: Journey, kit: BrandKit, setter: Setter, spec: PosterSpec, u: float, margin: float
) -> float:
    """The band with logo, title and metadata; returns its bottom edge."""
    W = spec.width
    band = kit.palette.primary
    on_band = readable_on(band, kit.palette.text)
    logo = u * 5.0 if kit.logo else 0.0
    x0 = margin + (logo + u * 1.5 if logo else 0.0)
    width = W - margin - x0
    meta = journey.meta
    kicker_text = meta["title"].text if "title" in meta and meta["title"].text not in journey.name else ""
    subtitle = _subtitle(journey, spec.language)
    title_size = u * 2.8
    while True:
        title = setter.paragraph(journey.name, width, "heading", title_size, "title", False)
        if len(title.lines) <= 2 or title_size <= u * 1.6:
            break
        title_size = max(u * 1.6, title_size * 0.9)
    parts: list[tuple[Paragraph, FontRole, float, str]] = []  # the paragraph, its font role, size and tag
    if kicker_text:
        kicker = setter.paragraph(kicker_text.upper(), width, "heading", u * 1.1, "title", False)
        parts.append((kicker, "heading", u * 1.1, "P"))
    parts.append((title, "heading", title_size, "H1"))
    if subtitle:
        meta_para = setter.paragraph(subtitle, width, "body", u * 1.15, "metadata", False)
        parts.append((meta_para, "body", u * 1.15, "P"))
    spacing = u * 0.4
    text_h = sum(Setter.height([p], s) for p, _, s, _ in parts) + spacing * (len(parts) - 1)
    band_h = max(text_h, logo) + margin * 1.2
    page.rects.append(Rect(Box(0, 0, W, band_h), band, bleeds=True))
    if logo:
        page.logo = Box(margin, (band_h - logo) / 2, logo, logo)
        page.logo_ground = kit.palette.primary
    y = (band_h - text_h) / 2
    for order, (para, role, size, tag) in enumerate(parts):
        h = Setter.height([para], size)
        block, _ = setter.place([para], Box(x0, y, width, h), role, size, on_band, False)
        block.tag, block.order = tag, (0, order)
        page.blocks.append(block)
        y += h + spacing
    return band_h


def _subtitle(journey: Journey, language: str) -> str:
    """ "Klant: X · Persona: Y · ...", with the workbook's own labels."""
    return "   ·   ".join(text for text, _ in meta_lines(journey, language))
