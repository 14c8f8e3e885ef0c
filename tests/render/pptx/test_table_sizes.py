"""One body size for the deck's table slides (#31 item 2): read back from the PPTX, every table slide's
cells (touchpoints, channels by phase, figures, budget, actions) are at one size, not below 14 pt."""

from __future__ import annotations

from pptx import Presentation

from tests.support.layouts import Built
from tests.support.read_back import title_of
from tests.support.workbooks import CANVASES, EXAMPLES


def _table_sizes(pptx: object) -> dict[str, set[float]]:
    """Each table slide's title and the sizes of its body cells' runs (the header row aside)."""
    found: dict[str, set[float]] = {}
    for slide in Presentation(str(pptx)).slides:
        for shape in slide.shapes:
            if not getattr(shape, "has_table", False) or not shape.has_table:
                continue
            for row in list(shape.table.rows)[1:]:
                for cell in row.cells:
                    for paragraph in cell.text_frame.paragraphs:
                        for run in paragraph.runs:
                            if run.text.strip():
                                found.setdefault(title_of(slide), set()).add(run.font.size.pt)
    return found


def test_the_hr_decks_tables_share_one_size(built: Built) -> None:
    sizes = _table_sizes(built.deck(CANVASES / "example-hr-software-b2b.xlsx"))
    tables = {title: s for title, s in sizes.items() if title != "Agenda"}
    assert {
        "Touchpoints",
        "HR Director · Channels by phase",
        "HR Director · Measured KPIs",
        "IT Manager · Improvement actions",
    } <= set(tables)
    every = set().union(*tables.values())
    assert len(every) == 1, tables
    assert min(every) >= 14


def test_every_examples_table_slides_share_one_size(built: Built) -> None:
    for path in EXAMPLES:
        sizes = _table_sizes(built.deck(path))
        every = set().union(*(s for title, s in sizes.items() if title != "Agenda"))
        assert len(every) <= 1 and all(size >= 14 for size in every), (path.name, sizes)


def test_a_table_over_two_slides_shares_its_rows_evenly(built: Built) -> None:
    """The webshop's figures took a full slide and five rows on a third of "Gemeten KPI's (vervolg)": a
    table split over slides shares its rows so every slide is about as full, at the family's one size."""
    deck = Presentation(str(built.deck(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx")))
    parts = [
        (title_of(slide), shape)
        for slide in deck.slides
        for shape in slide.shapes
        if getattr(shape, "has_table", False) and shape.has_table and title_of(slide).startswith("Gemeten KPI's")
    ]
    assert [title for title, _ in parts] == ["Gemeten KPI's", "Gemeten KPI's (vervolg)"]
    heights = [sum(row.height for row in shape.table.rows) for _, shape in parts]
    counts = [len(shape.table.rows) - 1 for _, shape in parts]
    assert min(heights) >= 0.75 * max(heights), heights
    assert abs(counts[0] - counts[1]) <= 2, counts
    sizes = _table_sizes(built.deck(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"))
    assert sizes["Gemeten KPI's"] == sizes["Gemeten KPI's (vervolg)"] == sizes["Contactmomenten"]


def test_ten_figures_do_not_hold_every_table_at_the_floor(built: Built) -> None:
    """The HR deck's ten figures fitted one slide only at 14 pt, and every table of the deck was set at 14 pt
    with half of each slide empty: the tables are set larger, never breaking a word inside a column; the
    figures ran over two slides at that size until their columns were set for one line each (round 17):
    one slide."""
    pptx = built.deck(CANVASES / "example-hr-software-b2b.xlsx")
    sizes = _table_sizes(pptx)
    every = set().union(*(s for title, s in sizes.items() if title != "Agenda"))
    assert len(every) == 1 and min(every) >= 16, sizes
    assert [title for title in sizes if "Measured KPIs" in title] == [
        "HR Director · Measured KPIs",
        "IT Manager · Measured KPIs",
    ]


def test_a_few_questions_go_under_the_actions_they_fit_beside(built: Built) -> None:
    """ "Questions to find out" was a slide of its own holding two rows at its top: where the questions fit
    under the improvement actions, they go there, each table under its own header, the slide titled for
    both; every question and action is there."""
    deck = Presentation(str(built.deck(CANVASES / "example-hr-software-b2b.xlsx")))
    (slide,) = [s for s in deck.slides if title_of(s) == "HR Director · Improvement actions · Questions to find out"]
    assert not [s for s in deck.slides if "· Questions to find out" in title_of(s) and "actions" not in title_of(s)]
    actions, questions = sorted((sh for sh in slide.shapes if sh.has_table), key=lambda sh: sh.top)
    assert actions.top + sum(row.height for row in actions.table.rows) < questions.top
    assert questions.top + sum(row.height for row in questions.table.rows) <= deck.slide_height
    assert [cell.text for cell in questions.table.rows[0].cells] == ["Phase", "Question", "Owner"]
    asked = [row.cells[1].text for row in list(questions.table.rows)[1:]]
    assert asked == [
        "Which content reaches HR directors before they start looking?",
        "Why do we drop off the long list?",
    ]


def test_a_question_that_does_not_fit_under_a_full_slide_of_actions_shares_its_follow_up(built: Built) -> None:
    """The solar deck's one question was a slide of its own with one row at its top, its nine actions a full
    slide before it: the actions' slide gives its last rows to a follow-up slide the question shares, in as
    many slides; every action and the question there, each table under its own header, the actions in phase
    order. Round 20 (look #25): it gave half its rows and the questions went on to a third slide; round 22:
    the follow-up held one action and the question, the two slides now end about level."""
    deck = Presentation(str(built.deck(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx")))
    titles = [title_of(s) for s in deck.slides]
    assert "Uit te zoeken vragen" not in titles
    first, second = (s for s in deck.slides if title_of(s).startswith("Verbeteracties"))
    assert title_of(second) == "Verbeteracties (vervolg) · Uit te zoeken vragen"
    tables = [[sh for sh in s.shapes if sh.has_table] for s in (first, second)]
    assert [len(t) for t in tables] == [1, 2]
    actions = [row.cells[1].text for t in (tables[0][0], tables[1][0]) for row in list(t.table.rows)[1:]]
    assert len(actions) == len(set(actions)) == 9  # every action once
    counts = [len(tables[0][0].table.rows) - 1, len(tables[1][0].table.rows) - 1]
    # round 22 (#31): the two slides filled alike, the question counted on the second (8, then one action and
    # the question at the top of a follow-up 2/3 empty)
    assert counts == [6, 3], counts
    ends = [max(sh.top + sum(row.height for row in sh.table.rows) for sh in t) for t in tables]
    top = tables[0][0].top
    assert abs((ends[0] - top) - (ends[1] - top)) < 0.2 * (ends[0] - top), ends
    phases = [row.cells[0].text for t in (tables[0][0], tables[1][0]) for row in list(t.table.rows)[1:]]
    assert phases[0] == "Bewustwording" and phases[-1] == "Service & loyaliteit", phases  # in phase order
    question = tables[1][1]
    assert [c.text for c in question.table.rows[0].cells] == ["Fase", "Vraag", "Eigenaar"]
    assert question.table.rows[1].cells[1].text == "Welke boodschap zet mensen aan tot actie?"
