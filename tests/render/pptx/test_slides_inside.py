"""Nothing runs off a slide (#31 item 7, looked at through LibreOffice): read back from the PPTX, every
shape of every example deck, a table by the sum of its rows, lies inside the slide. The HR example's
agenda, twelve lines at 16 pt, ran 9 pt past the slide's bottom edge; it is now set smaller to fit."""

from __future__ import annotations

from pptx import Presentation

from canvasgen.layout.deck.frames import TABLE_MIN
from tests.support.layouts import Built
from tests.support.read_back import title_of
from tests.support.workbooks import CANVASES, EXAMPLES

PT = 12700  # EMU a point


def _outside(pptx: object) -> list[str]:
    """Each shape that reaches past the slide's edges: its slide number and title, name and bottom edge."""
    deck = Presentation(str(pptx))
    width, height = deck.slide_width, deck.slide_height
    found = []
    for number, slide in enumerate(deck.slides, start=1):
        for shape in slide.shapes:
            tall = sum(row.height for row in shape.table.rows) if shape.has_table else shape.height
            if shape.left < 0 or shape.top < 0 or shape.left + shape.width > width or shape.top + tall > height:
                found.append(f"{number} {title_of(slide)!r}: {shape.name} ends at {(shape.top + tall) / PT:.0f} pt")
    return found


def test_no_shape_of_an_example_deck_runs_off_its_slide(built: Built) -> None:
    for path in EXAMPLES:
        assert not _outside(built.deck(path)), path.name


def test_the_agenda_of_a_deck_with_every_part_fits_its_slide_at_one_size(built: Built) -> None:
    deck = Presentation(str(built.deck(CANVASES / "example-hr-software-b2b.xlsx")))
    (agenda,) = [s for s in deck.slides if title_of(s) == "Agenda"]
    tables = [shape for shape in agenda.shapes if shape.has_table]
    # every part of the deck and the second journey's own lines: two tables side by side, each under the
    # header, inside the slide, rather than one set below the tables' floor
    assert len(tables) == 2 and sum(len(t.table.rows) - 1 for t in tables) == 15
    assert tables[0].left + tables[0].width < tables[1].left and tables[1].left + tables[1].width <= deck.slide_width
    cells = [cell for t in tables for row in t.table.rows for cell in row.cells]
    sizes = {run.font.size.pt for cell in cells for p in cell.text_frame.paragraphs for run in p.runs}
    assert len(sizes) == 1 and TABLE_MIN <= sizes.pop() <= 16
