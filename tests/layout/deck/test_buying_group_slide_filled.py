"""The buying-group slide fills its slide (#31, F34): its table's rows grow into the room under them (a 4×8
table stood in the top half of an empty slide), each row's text in its middle, and a role's part in a phase
is a disc "●", not a table-text bullet "•" of 2 mm. Read back from the PPTX."""

from __future__ import annotations

from pptx import Presentation
from pptx.util import Emu

from canvasgen.layout.deck.frames import BAND
from tests.support.layouts import Built
from tests.support.read_back import title_of
from tests.support.workbooks import CANVASES


def test_the_buying_group_table_fills_its_slide(built: Built) -> None:
    deck = Presentation(str(built.deck(CANVASES / "example-hr-software-b2b.xlsx")))
    (slide,) = [s for s in deck.slides if title_of(s).startswith("Buying group: who is involved where")]
    (frame,) = [sh for sh in slide.shapes if sh.has_table]
    below_band = int(deck.slide_height) * (1 - BAND)
    assert frame.height > 0.75 * below_band  # was about half of it
    assert Emu(frame.top + frame.height) <= deck.slide_height  # on the slide
    table = frame.table
    cells = [cell.text for row in list(table.rows)[1:] for cell in list(row.cells)[1:]]
    assert cells.count("●") >= 4 and "•" not in cells  # every part marked by a disc
    names = [row.cells[0].text for row in list(table.rows)[1:]]
    assert names[0].startswith("Sandra Okafor") and len(names) == 4  # the four members, their names whole
    anchors = {cell._tc.tcPr.get("anchor") for row in list(table.rows)[1:] for cell in row.cells}
    assert anchors == {"ctr"}  # the text in the middle of the grown rows
