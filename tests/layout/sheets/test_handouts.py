"""Break-out handouts: one or more A4 pages per phase with the four lane questions in the canvas's
language and what the canvas already says; a dot-voting sheet of the improvements."""

from __future__ import annotations

import pypdfium2
import pytest

from canvasgen.layout.sheets.cards import A4
from canvasgen.layout.sheets.handouts import handout_pages
from canvasgen.layout.text.setter import Setter
from canvasgen.model import CORE_LANES
from canvasgen.read.reader import read_canvas
from canvasgen.words import KIT_WORDS, LANE_QUESTIONS
from tests.support.layouts import Built, default_kit
from tests.support.read_back import squeeze
from tests.support.workbooks import CANVASES

#: With the card tests, on one worker: the examples' kits are built once for both.
pytestmark = pytest.mark.xdist_group("kits")


@pytest.mark.parametrize(
    ("name", "language"), [("voorbeeld-webshop-kpis-v3.xlsx", "nl"), ("example-hr-software-b2b.xlsx", "en")]
)
def test_a_page_per_phase_with_the_questions_in_the_canvas_language(name: str, language: str, built: Built) -> None:
    path = CANVASES / name
    canvas = read_canvas(path)
    folder, _ = built.kit(path)
    pdf = pypdfium2.PdfDocument(folder / f"{path.stem}-handouts.pdf")
    pages = [squeeze(page.get_textpage().get_text_range()) for page in pdf]
    assert all(abs(page.get_size()[0] - A4[0]) < 0.5 and abs(page.get_size()[1] - A4[1]) < 0.5 for page in pdf)
    for journey in canvas.journeys:
        for index, phase in enumerate(journey.phases):
            mine = [p for p in pages if squeeze(phase.name) in p and squeeze(journey.name) in p]
            assert mine, phase.name  # at least one page, headed with the phase
            text = "".join(mine)
            for kind in CORE_LANES:
                assert squeeze(LANE_QUESTIONS[language][kind]) in text
            items = [i for lane in journey.lanes if lane.kind in CORE_LANES for i in lane.cells[index]]
            assert all(squeeze(i.text) in text for i in items)
    voting = [p for p in pages if squeeze(KIT_WORDS[language]["vote_title"]) in p]
    improvements = [
        i for j in canvas.journeys for lane in j.lanes if lane.kind == "learning" for c in lane.cells for i in c
    ]
    assert voting and all(squeeze(i.text) in "".join(voting) for i in improvements)


def test_a_phase_with_a_lot_to_say_goes_on_over_a_second_page() -> None:
    kit, fonts = default_kit()
    canvas = read_canvas(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx")
    journey = canvas.journeys[0]
    customer = next(lane for lane in journey.lanes if lane.kind == "customer")
    customer.cells[0] = customer.cells[0] * 70  # longer than a page
    pages = handout_pages(canvas, kit, Setter(fonts), "nl")
    first = [p for p in pages if p.title == journey.phases[0].name]
    assert len(first) >= 3
    said = [" ".join(line.text for line in b.lines) for p in first for b in p.blocks]
    for item in customer.cells[0][:2]:  # every copy of every item, none cut off
        assert sum(text.count(item.text) for text in said) >= 70
    for page in pages:
        for block in page.blocks:
            assert all(0 < line.y <= A4[1] and line.x + line.width <= A4[0] for line in block.lines)
            assert min(line.size for line in block.lines) >= 9.0
