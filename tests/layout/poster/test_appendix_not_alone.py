"""The appendix does not take a page of its own a fifth full where the journey's rows from the other sheets
can make way for it (#31, round 16): at A3 portrait the solar example's journey page held its channels,
involvement and persona card, and the touchpoints' appendix went to a second page of its own, 20% full;
now those rows go on a companion page with the appendix at its foot, and the journey's page gives its words
the room (larger type). Read back out of the PDF: as many pages, each filled, every word there."""

from __future__ import annotations

from pathlib import Path

from tests.support.layouts import build_poster, canvas_of
from tests.support.read_back import as_printed, pdf_text, placed_words, printed_in, squeeze
from tests.support.workbooks import CANVASES

SOLAR = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"


def test_the_appendix_goes_at_the_foot_of_a_companion_page_not_on_a_page_of_its_own(tmp_path: Path) -> None:
    pdf = build_poster(SOLAR, tmp_path, "A3", portrait=True)
    pages = placed_words(pdf)
    assert len(pages) == 2
    height = 1190.55  # A3 portrait, in points
    for words in pages:  # every page filled down to its footer, not a band at its top
        body = [w for w in words if w.y1 < height * 0.95]  # the footer's words left out
        assert max(w.y1 for w in body) > height * 0.8
    last = " ".join(w.text for w in pages[-1])
    assert "Apparaat" in last and "Familie" in last  # the appendix's cards under the persona's card
    assert "Apparaat" not in " ".join(w.text for w in pages[0])
    text = squeeze(pdf_text(pdf))
    missing = [f"{item.source}: {said!r}" for item, said in as_printed(canvas_of(SOLAR)) if not printed_in(said, text)]
    assert missing == []


WEBSHOP = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"


def test_the_appendix_goes_at_the_foot_of_an_earlier_map_page_with_room_not_on_a_page_of_its_own(
    tmp_path: Path,
) -> None:
    """Issue #31 item 5: at A2 portrait the webshop's companion page (figures, channels, involvement) fills its
    page, and its touchpoints' appendix took a third page of its own, a fifth full, while the map's page before
    it had its rows stretched over free room. Now the appendix's cards are at the foot of the map's page, its
    words at their size: two pages, every word there."""
    pdf = build_poster(WEBSHOP, tmp_path, "A2", portrait=True)
    pages = placed_words(pdf)
    assert len(pages) == 2
    first, second = (" ".join(w.text for w in words) for words in pages)
    assert "Klantproces" in first and "Apparaat" in first  # the map, and the appendix's cards under it
    assert "Apparaat" not in second
    map_bottom = max(w.y1 for w in pages[0] if w.text == "KPI's")
    assert min(w.y0 for w in pages[0] if w.text == "Apparaat") > map_bottom  # under the map, not over it
    text = squeeze(pdf_text(pdf))
    canvas = canvas_of(WEBSHOP)
    missing = [f"{item.source}: {said!r}" for item, said in as_printed(canvas) if not printed_in(said, text)]
    assert missing == []
