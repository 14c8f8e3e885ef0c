"""The appendix at the foot of a companion page or of the curves compared, rather than a page of its own a
third full (#31 item 5, round four): the solar examples' touchpoint details (device, content, KPI) go under
the companion page's rows, whose cards may be set smaller for them but never smaller than the appendix
itself; the persona's card stays whole on that page (the matrices take what the touchpoint row leaves, not
half the page). The HR example's go under its curves compared, the plot keeping half the page. Layout
numbers and text only."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.layout.boxes import Page
from tests.support.layouts import assert_inside, canvas_of, poster
from tests.support.workbooks import CANVASES

SOLAR = [CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", CANVASES / "voorbeeld-zonnepanelen-ideaal.xlsx"]


def _text(page: Page) -> str:
    return " ".join(" ".join(line.text for line in block.lines) for block in page.blocks)


@pytest.mark.parametrize("path", SOLAR, ids=lambda p: p.stem)
def test_the_appendix_goes_under_the_companion_pages_rows(path) -> None:  # type: ignore[no-untyped-def]
    layout = poster(path)
    canvas = canvas_of(path)
    assert [page.kind for page in layout.pages] == ["poster", "poster"]  # no page of the appendix alone
    companion = layout.pages[1]
    said = " ".join(_text(companion).split())
    for tp in canvas.touchpoints:  # every detail no other page shows, on the companion page
        for key in ("device", "content"):
            item = tp.fields.get(key)
            if item is not None:
                assert " ".join(item.text.split()) in said, item.text
    for persona in canvas.personas:  # the persona's whole card, not cut to name and role
        for item in persona.fields.values():
            assert " ".join(item.text.split()) in said, item.text
    # the appendix's cards below the rows, and no text on the page smaller than theirs
    appendix = [b for b in companion.blocks if any(line.text.startswith("Apparaat & context") for line in b.lines)]
    assert appendix
    lowest_row = max(b.box.bottom for b in companion.blocks if b.source.startswith("Personas!"))
    assert min(b.box.y for b in appendix) > lowest_row
    smallest = min(line.size for b in appendix for line in b.lines)
    cells = [line.size for b in companion.blocks if b.source.startswith("Contactmomenten!") for line in b.lines]
    assert min(cells) >= smallest - 0.01
    assert_inside(layout)


def test_what_goes_on_at_the_companion_pages_foot_follows_right_under_its_rows(tmp_path: Path) -> None:
    """A long item of page 1 going on at the companion page's foot, with five notes: the blocks stand right
    under the persona card (they stood at the page's foot, a blank band of some seven lines between)."""
    import openpyxl

    book = openpyxl.load_workbook(SOLAR[0])
    sheet = book["Klantreis"]
    steps = " ".join(f"Stap {n}: de adviseur legt stap {n} van de offerte uit aan de klant." for n in range(1, 25))
    sheet["D11"] = f"{sheet['D11'].value}\n{steps}"
    sheet["H10"] = "Notities workshop"
    for row in range(11, 16):
        sheet[f"H{row}"] = f"Notitie {row - 10} voor de volgende sessie"
    book.save(tmp_path / "lang.xlsx")
    layout = poster(tmp_path / "lang.xlsx")
    companion = layout.pages[1]
    foot = [b for b in companion.blocks if any(line.text.startswith("…") for line in b.lines)]
    top = min(b.box.y for b in foot)
    card = max(r.box.bottom for r in companion.rects if r.box.bottom < top and r.box.h < layout.height / 2)
    assert top - card < 4 * layout.min_size  # a gap between two cards, not a band
    assert_inside(layout)


def test_the_appendix_goes_under_the_curves_compared() -> None:
    hr = CANVASES / "example-hr-software-b2b.xlsx"
    layout = poster(hr)
    canvas = canvas_of(hr)
    last = layout.pages[-1]
    assert len(layout.pages) == 5 and last.figures  # the curves compared, no page of the appendix after it
    said = " ".join(_text(last).split())
    for tp in canvas.touchpoints:
        item = tp.fields.get("content")
        if item is not None:
            assert " ".join(item.text.split()) in said, item.text
    (plot,) = last.figures
    cards = [b for b in last.blocks if any(line.text.startswith("Device & context") for line in b.lines)]
    assert min(b.box.y for b in cards) > plot.box.bottom  # under the plot and its key
    assert plot.box.h > (layout.height - plot.box.y) / 3  # the plot keeps a good part of the page
    assert_inside(layout)
