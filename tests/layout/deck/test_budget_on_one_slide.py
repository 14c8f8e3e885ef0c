"""The budget (F7): the HR deck spent three slides on three figures (a chart of three bars, the same three
rows as a table in the top sixth of a slide, and a per-channel table whose Revenue and Return were all "–").
A short table goes under its chart on one slide, and a column of dashes only is left out."""

from __future__ import annotations

from tests.support.layouts import example_deck
from tests.support.workbooks import CANVASES

HR = CANVASES / "example-hr-software-b2b.xlsx"


def test_the_budget_chart_and_its_short_table_share_a_slide_and_no_column_is_only_dashes() -> None:
    deck = example_deck(HR)
    budget = [s for s in deck.slides if s.kind in ("budget_chart", "budget")]
    assert len(budget) == 1, [s.title for s in budget]
    (slide,) = budget
    assert slide.bars is not None and len(slide.tables) == 1
    table = slide.tables[0]
    assert slide.bars.box.bottom <= table.box.y  # the chart above, the table under it, apart
    assert len(table.rows) == 1 + len(slide.bars.categories)  # every charted cost in the table
    assert table.box.y + sum(table.heights) <= deck.height
    figures = [s for s in deck.slides if s.kind in ("budget", "channel_budget")]
    assert any(s.kind == "channel_budget" for s in figures)
    for s in figures:
        for t in s.tables:
            for column in range(len(t.rows[0])):
                assert any(row[column].strip() not in ("", "–") for row in t.rows[1:]), (s.title, t.rows[0][column])
