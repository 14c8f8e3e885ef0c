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
    assert slide.bars is not None and len(slide.tables) == 2
    table, channels = slide.tables
    assert slide.bars.box.bottom <= table.box.y  # the chart above, the table under it, apart
    assert len(table.rows) == 1 + len(slide.bars.categories)  # every charted cost in the table
    assert table.box.y + sum(table.heights) <= deck.height
    # round 22 (#31): the budget per channel, two rows, stood alone on a slide: it is at the chart's right
    assert channels.rows[0] == ["Channel", "Spend"]
    assert slide.bars.box.right <= channels.box.x and channels.box.right <= deck.width
    assert channels.box.y + sum(channels.heights) <= table.box.y
    assert not [s for s in deck.slides if s.kind == "channel_budget"]
    figures = [s for s in deck.slides if s.kind == "budget"]
    for s in figures:
        for t in s.tables:
            for column in range(len(t.rows[0])):
                assert any(row[column].strip() not in ("", "–") for row in t.rows[1:]), (s.title, t.rows[0][column])


def test_the_budget_per_channel_goes_under_the_budgets_table_where_the_chart_stands_alone() -> None:
    """The webshop's budget table (four rows, two lines in one) is too tall to go under its chart: the
    per-channel table, three rows, was a slide of its own after it; it goes under the budget's table."""
    deck = example_deck(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx")
    (slide,) = [s for s in deck.slides if s.kind == "budget"]
    assert slide.bars is None
    spent, channels = slide.tables
    assert channels.rows[0][0] == "Kanaal"
    assert [row[0] for row in channels.rows[1:]] == ["E-mail", "Social media", "App"]
    assert spent.box.y + sum(spent.heights) < channels.box.y
    assert channels.box.y + sum(channels.heights) <= deck.height
    assert not [s for s in deck.slides if s.kind == "channel_budget"]
