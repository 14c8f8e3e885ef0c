"""A long canvas of thin lanes (many phases, a few short words each) takes the fewest pages its words stand
unbroken on, and its words are set as large as the page's height allows (#31 item 7, round four): its page
count and body size were decided by the widest label column any labels could get and by a figure's bar
indent on lanes that draw no bar, not by what its own labels and lanes need. Layout numbers only."""

from __future__ import annotations

import re
from pathlib import Path

from canvasgen.layout.poster.journey_page import MAX_GROWTH
from tests.support.layouts import assert_inside, poster
from tests.support.workbooks import DATA, rows_canvas

STAGES = ["Oriëntatie", "Vergelijken", "Proefrit", "Offerte", "Financiering", "Bestelling", "Levering", "Rit", "Beurt"]


def test_a_long_canvas_of_thin_lanes_takes_the_fewest_pages_its_words_hold() -> None:
    layout = poster(DATA / "long-many-stages-lookalike.xlsx")
    journey_pages = [page for page in layout.pages if page.kind == "poster"]
    # 21 stages of a few words each: two pages of ten and eleven stages hold every word unbroken (three, as it
    # was, left two thirds of each page empty)
    assert [re.sub(r".*\((\d+/\d+)\)$", r"\1", page.title) for page in journey_pages] == ["1/2", "2/2"]
    assert_inside(layout)
    for page in journey_pages:
        for block in page.blocks:
            for line in block.lines:
                assert not line.text.endswith("-") or line.text.endswith(" -"), f"a word broken: {line.text!r}"


def test_nine_short_stages_are_set_as_large_as_the_page_allows(tmp_path: Path) -> None:
    rows = [
        ("Fase", *STAGES),
        (
            "Klantproces",
            "Leest reviews",
            "Vergelijkt",
            "Rijdt",
            "Vraagt",
            "Kiest",
            "Tekent",
            "Haalt op",
            "Rijdt",
            "Plant",
        ),
        ("Pijnpunten", None, "Te veel opties", None, "Duurt lang", "Kleine letters", None, "Wachttijd", None, None),
        ("Kansen", "Heldere prijzen", "Keuzehulp", None, "Snel", "Voorbeeld", None, "Vaste tijd", None, "Herinnering"),
    ]
    layout = poster(rows_canvas(tmp_path / "lease.xlsx", rows))
    # three lanes of short words: the largest body size, not one held down by a bar's indent no lane draws
    # (roomy, it may grow past it: ``_growth``)
    assert layout.body_sizes[0] >= layout.min_size * MAX_GROWTH - 0.01
    assert_inside(layout)
