"""Round 23 (#30/#31): a small table among the notes is flowed as a table — its header row the card's heading (bold),
each row's cells side by side in columns that do not overlap, each cell inside the card, a row never split over two
columns of the page, the header said again over the rows a column goes on with — whatever its cells hold. Property
tests over generated tables, on the flow the poster's notes and appendix use."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvasgen.layout.boxes import Page, TextBlock
from canvasgen.layout.poster.arrange.flow import FlowBlock, FlowTitles, flow
from canvasgen.layout.text.setter import Setter
from tests.support.layouts import default_kit

TITLES = FlowTitles("Bijlage", "reis.xlsx", "{heading} (vervolg)")
U = 18.0  # A1's minimum size
WIDTH, HEIGHT = 2383.9, 1683.8  # A1 landscape

_WORDS = ["klant", "offerte", "Petra", "Q1", "maart", "verantwoordelijke", "Hoog", "subsidieaanvraag", "ok", "2026"]


def _table(header: list[str], rows: list[list[str]]) -> FlowBlock:
    items = [(" · ".join(row), f"Reis!G{n + 2}:I{n + 2}") for n, row in enumerate(rows)]
    return FlowBlock(" · ".join(header), items, (tuple(header), *(tuple(row) for row in rows)))


def _cells(page: Page) -> list[TextBlock]:
    return [b for b in page.blocks if b.lines and b.source.startswith("Reis!")]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    columns=st.integers(2, 5),
    count=st.integers(1, 40),
    words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12),
    seed=st.integers(0, 1000),
)
@pytest.mark.slow
def test_a_table_is_flowed_in_columns_that_hold_its_cells(
    columns: int, count: int, words: list[str], seed: int
) -> None:
    kit, fonts = default_kit()
    setter = Setter(fonts)
    header = [f"Kolom {c + 1}" for c in range(columns)]
    rows = [
        [" ".join(words[(seed + r + c) % len(words) :][: 1 + (r * c + seed) % 6]) or "x" for c in range(columns)]
        for r in range(count)
    ]
    pages, _ = flow([_table(header, rows)], kit, setter, WIDTH, HEIGHT, U, TITLES)
    drawn = [b for page in pages for b in page.blocks if b.lines]
    words_drawn = " ".join(run[0] for b in drawn for line in b.lines for run in line.runs)
    for row in [header, *rows]:
        for cell in row:
            for word in cell.split():
                assert word in words_drawn.replace("\u00ad ", ""), word
    for page in pages:
        cells = _cells(page)
        heads = [b for b in page.blocks if b.tag == "H2" and b.lines]
        assert heads, "every page of the table has its header row"
        assert all(line.role == "heading" for b in heads for line in b.lines)  # the header is set as a heading
        by_row: dict[str, list[TextBlock]] = {}
        for b in cells:
            by_row.setdefault(b.source, []).append(b)
        for source, parts in by_row.items():
            tops = {round(b.box.y, 3) for b in parts}
            assert len(tops) == 1, f"{source}: a row's cells start on one line"  # never split over two columns
            parts.sort(key=lambda b: b.box.x)
            for left, right in itertools.pairwise(parts):
                widest = max(line.x + line.width for line in left.lines)
                assert widest <= right.box.x + 0.01, f"{source}: cells overlap"
        cards = [r.box for r in page.rects if r.box.h < HEIGHT * 0.99 and r.box.y > 0]
        for b in cells:
            for line in b.lines:
                assert any(c.x - 0.01 <= line.x and line.x + line.width <= c.x + c.w + 0.01 for c in cards)


def test_a_table_longer_than_a_column_says_its_header_again_over_the_rest() -> None:
    kit, fonts = default_kit()
    header = ["Actie", "Eigenaar", "Wanneer"]
    rows = [[f"Actie nummer {n}", "Petra", "Q1"] for n in range(120)]
    pages, _ = flow([_table(header, rows)], kit, Setter(fonts), WIDTH, HEIGHT, U, TITLES)
    heads = [b for page in pages for b in page.blocks if b.tag == "H2" and b.lines and b.lines[0].runs]
    said = ["".join(run[0] for line in b.lines for run in line.runs) for b in heads]
    assert said.count("Actie") >= 2  # the header row over each column the table goes on in
    text = " ".join(run[0] for page in pages for b in page.blocks for line in b.lines for run in line.runs)
    assert "•" not in text  # a table's rows are no bullets
    assert all(f"Actie nummer {n}" in text for n in range(120))
