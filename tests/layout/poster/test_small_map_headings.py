"""A small map set large (round 18, F13): at A1 a four-phase map's cells are 36 pt, while its phase names were
31.2 pt and its curve's values the paper's 18 pt floor. The phase names are at least the body's size, and the
curve's values grow with the body."""

from __future__ import annotations

from pathlib import Path

from tests.support.layouts import poster
from tests.support.workbooks import make_book

SMALL_MAP = {
    "A1": "Fase",
    "B1": "Zoeken",
    "C1": "Boeken",
    "D1": "Reizen",
    "E1": "Delen",
    "A2": "Klantproces",
    "B2": "Zoekt een reis",
    "C2": "Boekt online",
    "D2": "Vertrekt",
    "E2": "Deelt foto's",
    "A3": "Pijnpunten",
    "C3": "Lange wachttijd",
    "A4": "Score (-2 t/m +2)",
    "B4": 1,
    "C4": -1,
    "D4": 2,
    "E4": 1,
}


def test_phase_names_and_curve_values_grow_with_a_small_maps_body(tmp_path: Path) -> None:
    layout = poster(make_book(tmp_path / "klein.xlsx", {"Klantreis": SMALL_MAP}), "A1")
    page, body, least = layout.pages[0], layout.body_sizes[0], layout.min_size
    assert body > 1.5 * least  # a roomy map: grown past the usual growth
    names = [line.size for block in page.blocks if block.tag == "H2" for line in block.lines]
    assert len(names) == 4 and min(names) >= body - 0.01
    (curve,) = page.figures
    inside = [
        line.size
        for block in page.blocks
        if block.tag != "H3" and curve.box.x <= block.box.x and curve.box.y <= block.box.y < curve.box.bottom
        for line in block.lines
    ]
    assert inside and min(inside) > least  # the values and the scale, over the paper's floor
