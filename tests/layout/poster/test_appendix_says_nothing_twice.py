"""The appendix does not repeat what a journey's page already shows (#31): the persona's card is on the
companion page, so the appendix keeps of the persona only the phases it takes part in (drawn as bars
there); every other field of the persona is on the journey's pages, not again in the appendix."""

from __future__ import annotations

from canvasgen.read.reader import read_canvas
from tests.support.layouts import poster
from tests.support.workbooks import CANVASES

WEBSHOP = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"


def _page_text(page) -> str:  # type: ignore[no-untyped-def]
    return " ".join(" ".join(line.text for line in block.lines) for block in page.blocks)


def test_the_appendix_keeps_of_the_persona_only_what_the_journey_pages_do_not_write() -> None:
    layout = poster(WEBSHOP)
    canvas = read_canvas(WEBSHOP)
    texts = [" ".join(_page_text(page).split()) for page in layout.pages]
    appendix = texts[-1]
    for persona in canvas.personas:
        for key, item in persona.fields.items():
            said = " ".join(item.text.split())
            found = sum(text.count(said) for text in texts)
            assert found >= 1, said  # never lost
            if key == "phases":
                assert said in appendix  # not written out on the journey's pages
            else:
                assert said not in appendix, said
