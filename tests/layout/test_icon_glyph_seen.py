"""Round 20 (look #18, generalised): a channel icon is a disc with a white glyph; on a disc too pale for
white (a brand's light accent, the tenth phase's colour) the glyph vanished. Every icon a poster draws
has its glyph in a colour that stands out from its disc."""

from __future__ import annotations

from dataclasses import replace

from canvasgen.brand.colors import contrast, parse_colour
from canvasgen.layout.poster.poster import PosterSpec
from canvasgen.units import parse_paper
from tests.support.layouts import DATE, canvas_of, default_kit, laid_poster
from tests.support.workbooks import CANVASES


def test_every_icon_glyph_stands_out_from_its_disc() -> None:
    kit, fonts = default_kit()
    pale = replace(kit, palette=replace(kit.palette, accent=parse_colour("#F6E7A8")))  # a light brand accent
    path = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"
    width, height = parse_paper("A1", False)
    layout = laid_poster(canvas_of(path), pale, fonts, PosterSpec(width, height, "nl", path.name, DATE))
    icons = [icon for page in layout.pages for icon in page.icons]
    assert any(icon.colour == pale.palette.accent for icon in icons)  # the pale discs are drawn
    for icon in icons:
        assert contrast(icon.glyph, icon.colour) >= 2.0, (icon.channel, icon.colour.hex, icon.glyph.hex)
