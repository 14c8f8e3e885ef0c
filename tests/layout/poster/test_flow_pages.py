"""Appendix and continuation pages use the sheet: balanced columns across the width, cards that do not
overlap, nothing under the paper's minimum size (layout numbers, not pixels)."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.layout.boxes import Line, Page, PosterLayout
from canvasgen.layout.poster.arrange.flow import FlowBlock, FlowTitles, flow
from canvasgen.layout.poster.sheet import content_bottom, page_margin
from canvasgen.layout.text.setter import LEADING, Setter
from canvasgen.units import parse_paper
from tests.support.layouts import assert_inside, default_kit, poster
from tests.support.workbooks import SAMPLES, big_canvas


def _lines(page: Page) -> list[Line]:
    return [line for block in page.blocks for line in block.lines if block.source not in ("footer", "title")]


def _box(line: Line) -> tuple[float, float, float, float]:
    top = line.y - line.size * LEADING * 0.78
    return line.x, top, line.x + line.width, top + line.size * LEADING * 0.98


def assert_designed(layout: PosterLayout) -> None:
    """Every flowed page: text from margin to margin once it needs more than one column, text and cards
    not overlapping, nothing under the minimum size, nothing below the footer line."""
    margin = page_margin(layout.width, layout.height)
    content = layout.width - 2 * margin
    for number, page in enumerate(layout.pages, start=1):
        if page.kind != "continued":
            continue
        lines = _lines(page)
        assert lines, number
        assert min(line.size for line in lines) >= layout.min_size - 1e-6
        text_blocks = [b for b in page.blocks if b.source not in ("footer", "title") and b.lines]
        columns = sorted({round(b.box.x) for b in text_blocks if b.box.w > content / 10})
        right = max(b.box.right for b in text_blocks)
        if len(columns) > 1:  # the text columns, from the first's left edge to the last's right
            # the last page of a flow, balanced, keeps short cards whole: its last column may stay free
            last = number == len(layout.pages) or layout.pages[number].kind != "continued"
            free = (columns[1] - columns[0]) / content if last else 0.0
            assert (right - margin) / content >= 0.8 - free, (number, (right - margin) / content, columns)
        boxes = sorted(_box(line) for line in lines)
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                if b[0] >= a[2]:
                    break
                assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (number, a, b)
        cards = [r.box for r in page.rects if r.radius > 0]  # the cards (a persona card's stripe lies on it)
        for i, a in enumerate(cards):
            for b in cards[i + 1 :]:
                assert not (a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom), (number, a, b)
        bottom = content_bottom(layout.width, layout.height, layout.min_size)
        assert max(line.y for line in lines) <= bottom + 0.01, number


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_appendix_pages_are_designed_for_the_sheet(path: Path) -> None:
    layout = poster(path)
    assert_inside(layout)
    assert_designed(layout)


def test_the_stress_canvas_flows_over_pages_designed_for_the_sheet(tmp_path: Path) -> None:
    for size in ("A3", "A1"):
        layout = poster(big_canvas(tmp_path), size)
        assert sum(page.kind == "continued" for page in layout.pages) >= 1
        assert_inside(layout)
        assert_designed(layout)


def _flowed(blocks: list[FlowBlock], size: str = "A1") -> tuple[list[Page], list[int], float]:
    kit, fonts = default_kit()
    width, height = parse_paper(size)
    u = 18.0 if size == "A1" else 9.0
    pages, starts = flow(
        blocks, kit, Setter(fonts), width, height, u, FlowTitles("Bijlage", "reis.xlsx", "{heading} (vervolg)")
    )
    return pages, starts, u


def test_a_little_text_is_set_large_and_a_lot_at_the_smallest_size_over_balanced_columns() -> None:
    few = [FlowBlock(f"Contactmoment {i}", [(f"Kanaal: e-mail {i}", f"B{i}")]) for i in range(3)]
    pages, starts, u = _flowed(few)
    assert len(pages) == 1 and starts == [0, 0, 0]
    assert {line.size for line in _lines(pages[0])} == {2.0 * u}  # room to spare: as large as allowed
    many = [FlowBlock(f"Contactmoment {i}", [("woord " * 40, f"B{i}")] * 4) for i in range(60)]
    pages, starts, u = _flowed(many)
    assert len(pages) > 1
    assert {line.size for page in pages for line in _lines(page)} == {1.1 * u}
    assert starts == sorted(starts) and starts[0] == 0 and starts[-1] == len(pages) - 1
    # the last page's columns are balanced: their bottoms differ by a few lines at most
    last = _lines(pages[-1])
    bottoms: dict[int, float] = {}
    for line in last:
        bottoms[round(line.x / 100)] = max(bottoms.get(round(line.x / 100), 0.0), line.y)
    heights = sorted(bottoms.values())
    assert heights[-1] - heights[0] < 8 * 1.1 * u * LEADING
    words = [w for page in pages for line in _lines(page) for w in line.text.split() if w == "woord"]
    assert len(words) == 60 * 4 * 40  # nothing lost on the way


def test_cards_that_fit_one_page_whole_are_not_packed_split(monkeypatch: pytest.MonkeyPatch) -> None:
    """Split cards can only save a page: the flow packed them split even when the whole ones took one page."""
    from canvasgen.layout.poster.arrange import flow as flowing

    packed: list[float | None] = []
    original = flowing._pack

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        packed.append(args[4] if len(args) > 4 else None)
        return original(*args, **kwargs)

    monkeypatch.setattr(flowing, "_pack", counted)
    pages, _, _ = _flowed([FlowBlock(f"Contactmoment {i}", [(f"Kanaal: e-mail {i}", f"B{i}")]) for i in range(3)])
    assert len(pages) == 1 and packed and flowing.SPLIT not in packed


_COMPLAINTS = (
    "De monteur belt pas een dag van tevoren, waardoor klanten vrij moeten nemen.",
    "Het offerteformulier vraagt naar het dakoppervlak, dat niemand uit zijn hoofd weet.",
    "Subsidievoorwaarden veranderen halverwege het jaar en niemand licht de klant in.",
    "Na de installatie blijft de app twee weken leeg tot de omvormer gekoppeld is.",
)


def test_the_notes_go_on_the_continued_cells_page_in_narrower_columns_rather_than_on_a_page_of_their_own() -> None:
    # a journey at the paper's least size: its cut cells fill a continuation page but for a few lines, and
    # the notes' card of short lines, kept whole or split, went onto an A1 page of its own (#31, the
    # "Converged" journey of the corpus); in columns of about 48 characters everything goes on one page
    cells = [
        FlowBlock(
            f"Pijnpunten · Fase {n} (van pagina {1 + n % 2})", [(_COMPLAINTS[(n + i) % 4], f"C{n}") for i in range(7)]
        )
        for n in range(14)
    ]
    notes = FlowBlock("Notities", [(f"Kort punt nummer {k}", f"L{k}") for k in range(38)])
    kit, fonts = default_kit()
    width, height = parse_paper("A1")
    u = 18.0
    titles = FlowTitles("Vervolg", "Klantreis", "{heading} (vervolg)")
    pages, starts = flow([*cells, notes], kit, Setter(fonts), width, height, u, titles, ceiling=u)
    assert len(pages) == 1
    assert starts[-1] == 0
    lines = [line for line in _lines(pages[0]) if line.text.strip()]
    said = " ".join(line.text for line in lines)
    assert all(f"Kort punt nummer {k}" in said for k in range(38))
    assert min(line.size for line in lines) >= u - 1e-6
    # still a comfortable line: the columns hold forty characters or more of the body font
    columns = sorted({round(block.box.x) for block in pages[0].blocks if block.source not in ("footer", "title")})
    assert len(columns) == 5
    assert (columns[1] - columns[0]) >= 40 * 0.5 * u
