"""The HR example's table of measured KPIs ran on to a second slide at the deck's table size, its phase names
broken over two lines beside columns of short figures with room to spare (#31, round 17): where every cell
can stand on one line and the table then takes fewer slides, its columns are set so. Read back from the
PPTX: one slide of every figure, at the size of the deck's other tables, no row of two lines."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from canvasgen.words import DECK_WORDS
from tests.support.cli import run_clean
from tests.support.read_back import title_of

HR = Path(__file__).parents[3] / "canvases" / "example-hr-software-b2b.xlsx"


def test_the_measured_kpis_fit_one_slide_at_the_decks_table_size(tmp_path: Path) -> None:
    code, out, err = run_clean("build", HR, "--no-pdf", "-o", tmp_path)
    assert code == 0, out + err
    deck = Presentation(str(tmp_path / "example-hr-software-b2b.pptx"))
    title = DECK_WORDS["en"]["kpi_title"]
    tables = []
    sizes = set()
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_table and title_of(slide) != "Agenda":  # a programme, not one of the data tables
                cells = [c for row in shape.table.rows for c in row.cells]
                sizes |= {r.font.size.pt for c in cells for p in c.text_frame.paragraphs for r in p.runs if r.font.size}
                tables.append((title_of(slide), shape.table))
    kpis = [(name, table) for name, table in tables if name.endswith(f" · {title}")]
    # each journey's one slide of figures, titled with whose it is, none continued
    assert [name for name, _ in kpis] == [f"HR Director · {title}", f"IT Manager · {title}"]
    rows = [[cell.text for cell in row.cells] for row in kpis[0][1].rows]
    assert len(rows) == 9 and rows[-1][:2] == ["Loyalty", "NPS"]  # the header and every figure
    assert len({row.height for row in kpis[0][1].rows}) == 1  # every row one line, as the header
    assert len(sizes) == 1  # at the deck's one table size
