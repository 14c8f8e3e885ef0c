"""A cell that continues on a later page keeps on its own page every line the page has room for (round 16,
F11): the height the page's other lanes do not need goes to that cell's lane before it is spread over
lanes that need none of it, so no more of the client's story goes to another page than has to."""

from __future__ import annotations

from pathlib import Path

from canvasgen.layout.boxes import TextBlock
from canvasgen.layout.text.setter import LEADING
from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from tests.support.layouts import poster

SENTENCE = (
    "De klant belt drie keer met de helpdesk omdat de offerte niet klopt en niemand weet wie de aanvraag "
    "behandelt; intussen vergelijkt zij prijzen bij twee concurrenten en leest zij reviews op internet. "
)


def test_a_continued_cell_takes_the_room_the_other_lanes_leave(tmp_path: Path) -> None:
    path = tmp_path / "lang.xlsx"
    content = {
        "customer": [SENTENCE * 20, "Kiest een pakket", "Betaalt"],  # far more than an A1 page holds at 27 pt
        "internal": ["Plant in", "Belt terug", "Stuurt de factuur"],
    }
    sheet = JourneySheet(["Oriënteren", "Kiezen", "Betalen"], default_lanes(), content=content)
    write_workbook(WorkbookSpec("nl", [sheet]), path)
    layout = poster(path)
    assert [c.cell for c in layout.continued] == ["Klantreis!B11"]
    page = layout.pages[0]
    size = layout.body_sizes[0]
    line = size * LEADING

    def block(source: str) -> TextBlock:
        return next(b for b in page.blocks if b.source == source and b.lines)

    kept = block("Klantreis!B11")  # the cell's words on the page, first of its blocks
    pointer = next(b for b in page.blocks if b.source == "Klantreis!B11" and b.lines[0].text.startswith("→"))
    internal_label = block("Klantreis!A12")  # the label box is its row less the row's padding
    # the internal lane, one short item a cell, keeps the height it needs (its label, or a line, and padding)
    assert internal_label.box.h < 3 * line
    # the continued cell's words run down to its pointer at the foot of its row: no room of it left blank but
    # for the end of a sentence (round 19, F36: cut at the last sentence's end that fills two thirds of the
    # cell's lines, rather than in the middle of one)
    foot = pointer.box.y + pointer.box.h  # the pointer's spot is the cell's text box
    blank = foot - (kept.box.y + len(kept.lines) * line)
    last = kept.lines[-1].text.rstrip()
    if blank >= 2.5 * line:
        assert last.endswith((";", ".")), last
        assert len(kept.lines) * line >= (foot - kept.box.y - 2 * line) * 2 / 3
