"""The appendix at the foot of a companion page rather than a page of its own a third full (#31 item 5,
round four): the solar examples' touchpoint details (device, content, KPI) go under the companion page's
rows, whose cards may be set smaller for them but never smaller than the appendix itself; the persona's card
stays whole on that page (the matrices take what the touchpoint row leaves, not half the page). Layout
numbers and text only."""

from __future__ import annotations

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
