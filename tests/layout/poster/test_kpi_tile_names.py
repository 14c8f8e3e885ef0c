"""A figure's name on its KPI tile breaks at its compound's seam (#31): "Bounceper-centage" and
"Winkelmandver-lating" were printed where "Bounce-percentage" and "Winkelmand-verlating" read; and no word
breaks before its last two letters and a mark ("Verwijsprogram-ma: Kosten")."""

from __future__ import annotations

import pytest

from canvasgen.layout.poster.kpi_tiles import name_lines
from canvasgen.layout.text.hyphenation import SOFT_HYPHEN
from canvasgen.layout.text.setter import Setter
from tests.support.layouts import default_kit, poster
from tests.support.workbooks import CANVASES


def test_the_webshops_tiles_break_their_names_at_the_seams() -> None:
    layout = poster(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx", "A2", portrait=True)  # room for tiles
    pages = [page for page in layout.pages if page.figure_design == "tiles"]
    assert pages
    broken = {
        (line.text.removesuffix(SOFT_HYPHEN), block.lines[k + 1].text)
        for page in pages
        for block in page.blocks
        for k, line in enumerate(block.lines[:-1])
        if line.text.endswith(SOFT_HYPHEN)
    }
    assert ("Winkelmand", "verlating") in broken
    seams = {"Bouncepercentage": "Bounce", "Winkelmandverlating": "Winkelmand"}
    assert all(seams.get(head + tail.split()[0], head) == head for head, tail in broken)
    # never two letters alone before a mark: "Verwijsprogram-|ma: Kosten" was one (a budget's card)
    assert all(sum(c.isalnum() for c in tail.split()[0]) >= 3 for _, tail in broken), broken


@pytest.mark.parametrize(
    ("name", "seam"),
    [("Bouncepercentage", 6), ("Winkelmandverlating", 10), ("Conversiepercentage", 9), ("Klanttevredenheid", 5)],
)
def test_a_name_too_long_for_its_tile_breaks_at_its_seam_at_every_width(name: str, seam: int) -> None:
    setter = Setter(default_kit()[1], "nl")
    size = 20.0
    whole = setter.width(name, "heading", size)
    widest_part = max(setter.width(name[:seam] + "-", "heading", size), setter.width(name[seam:], "heading", size))
    widths = [widest_part + 0.01 + step * (whole - widest_part) / 8 for step in range(8)]  # too narrow for the whole
    for width in widths:
        lines = name_lines(name, setter, width, size)
        assert lines == [name[:seam] + SOFT_HYPHEN, name[seam:]], (width, lines)
    assert name_lines(name, setter, whole + 1, size) == [name]  # room for it: whole
