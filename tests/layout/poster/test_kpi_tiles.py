"""Measured KPIs on the companion page are tiles: the figure large, target and met / missed beside it,
a bullet bar, where and when small; nothing under the paper's minimum size."""

from __future__ import annotations

from canvasgen.layout.boxes import Box, Page, TextBlock
from canvasgen.layout.poster.kpi_tiles import FIGURE, Tile, draw_tile, tile_height
from canvasgen.layout.text.setter import Setter
from tests.support.layouts import companion_page, default_kit
from tests.support.workbooks import CANVASES

WEBSHOP = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"


def _tile(page: Page, name: str) -> TextBlock:
    return next(b for b in page.blocks if len(b.lines) > 2 and b.lines[0].text == name)


def test_a_measured_kpi_is_a_tile_with_its_figure_large_and_its_verdict_beside_it() -> None:
    page, _ = companion_page(per_phase=3)
    ctr = _tile(page, "CTR")
    name, figure, target, verdict, *rest = ctr.lines
    assert figure.text == "1,8%" and figure.size == FIGURE * name.size
    assert (target.text, verdict.text) == ("doel 2,0%", "niet gehaald")  # the target cell's format, 0.0%
    for beside in (target, verdict):  # beside the figure, within its line
        assert beside.x > figure.x + figure.width and figure.y - figure.size <= beside.y <= figure.y + 0.01
    assert verdict.colour != target.colour or verdict.role == "heading"
    assert " ".join(line.text for line in rest) == "Reel van plantfluencer · Q3 2026"
    assert all(line.size == name.size for line in rest)
    # the bullet bar: a track across the tile under the figure, the value and a target tick on it
    bars = [
        r
        for r in page.rects
        if ctr.box.x < r.box.x and r.box.right <= ctr.box.right and figure.y < r.box.y < rest[0].y - rest[0].size
    ]
    assert len(bars) == 3
    track = max(bars, key=lambda r: r.box.w)
    value = next(r for r in bars if r is not track and r.box.x == track.box.x)
    assert 0 < value.box.w < track.box.w


def test_a_kpi_without_a_target_is_a_tile_without_a_verdict() -> None:
    page, _ = companion_page(per_phase=3)
    omzet = _tile(page, "Omzet")
    assert [line.text for line in omzet.lines][:2] == ["Omzet", "€ 9.600"]
    assert not any(line.text in ("gehaald", "niet gehaald") for line in omzet.lines)


def test_a_figure_wider_than_its_tile_is_set_smaller_or_wrapped_never_cut() -> None:
    """N11: the figure's line was drawn at twice the body size whatever its width, past the tile's edge."""
    kit, fonts = default_kit()
    setter = Setter(fonts)
    size = 18.0
    for figure in ("€ 12.345.678,90", "€ 12.345.678,90 per kwartaal, gemiddeld over alle winkels samen"):
        tile = Tile("Omzet", figure, "doel € 10.000.000", "gehaald", "met", "Q3", None, None)
        width = 14 * size
        box = Box(0, 0, width, tile_height(tile, setter, width, size))
        page = Page(title="")
        draw_tile(page, tile, box, kit, setter, size, ("Metrics!B2", (0,)))
        (block,) = page.blocks
        assert all(line.x + line.width <= box.right + 0.01 for line in block.lines), figure
        assert all(line.y <= box.bottom + 0.01 for line in block.lines), figure
        drawn = " ".join(line.text for line in block.lines if line.size >= size)
        assert " ".join(figure.split()) in " ".join(drawn.split())  # every word of the figure, whole
        assert min(line.size for line in block.lines) >= size
