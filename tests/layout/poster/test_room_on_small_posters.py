"""On a smaller poster the room is used (#17): a journey's page on A2 portrait leaves no lane box more
than half empty while its text is at (about) the minimum size, and its content runs to the foot of the
page; the other sheets' rows that fit beside the team's words stay on the map. Layout numbers only."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from canvasgen.layout.boxes import Page
from canvasgen.layout.poster.journey_page import min_text_size
from canvasgen.layout.poster.poster import PosterSpec
from canvasgen.units import parse_paper
from tests.support.layouts import DATE, default_kit, laid_poster
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES, EXAMPLES

CELL = re.compile(r"^[^!]+![A-Z]+\d+$")  # a block showing a workbook cell


def _journey_pages(path: Path) -> tuple[list[Page], float, float]:
    kit, fonts = default_kit()
    canvas = read_canvas(path)
    height, width = parse_paper("A2")  # portrait
    spec = PosterSpec(width, height, canvas.language or kit.language, path.name, DATE)
    poster = laid_poster(canvas, kit, fonts, spec)
    names = tuple(journey.name for journey in canvas.journeys)
    pages = [  # not a page of the rows added under the lanes ("Klantreis (2/2) · contactmomenten en cijfers")
        p
        for p in poster.pages
        if p.kind == "poster" and any(p.title.startswith(n) and " · " not in p.title[len(n) :] for n in names)
    ]
    return pages, min_text_size(width, height), height


def _rows(page: Page) -> dict[int, list[tuple[float, float]]]:
    """Per lane row (by its top): each cell's share of its box the text uses, and the text size."""
    rows: dict[int, list[tuple[float, float]]] = {}
    for block in page.blocks:
        body = [line for line in block.lines if line.role == "body"]
        if not CELL.match(block.source) or not body:
            continue
        used = (max(line.y for line in body) + 0.3 * body[0].size - block.box.y) / block.box.h
        rows.setdefault(round(block.box.y), []).append((used, body[0].size))
    return rows


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_no_lane_half_empty_at_the_minimum_size_and_no_blank_foot(path: Path) -> None:
    pages, smallest, height = _journey_pages(path)
    assert pages
    for page in pages:
        rows = _rows(page)
        assert rows
        for top, cells in rows.items():
            fullest = max(used for used, _ in cells)
            at_minimum = max(size for _, size in cells) <= smallest * 1.05
            assert not (at_minimum and fullest < 0.5), f"{page.title}: the lane at y={top} is {fullest:.0%} full"
        foot = max(b.box.y + b.box.h for b in page.blocks if b.source != "footer")
        assert foot >= 0.75 * height, f"{page.title}: content ends at {foot / height:.0%} of the page"


def _without_appendix(path: Path, folder: Path) -> Path:
    """The workbook with its touchpoints' columns that only the appendix shows (device, content, KPI)
    emptied: where the appendix would take a page of its own, the rows go on a companion page with it at its
    foot instead (``test_appendix_not_alone``); this test is of a poster with no appendix to place."""
    book = openpyxl.load_workbook(path)
    sheet = book["Contactmomenten"]
    for column in range(1, sheet.max_column + 1):
        if sheet.cell(1, column).value in ("Apparaat & context", "Inhoud / actie", "KPI"):
            for row in range(2, sheet.max_row + 1):
                sheet.cell(row, column).value = None
    book.save(folder / path.name)
    return folder / path.name


def test_the_other_sheets_rows_that_fit_stay_on_the_journeys_page(tmp_path: Path) -> None:
    pages, _, _ = _journey_pages(_without_appendix(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", tmp_path))
    sources = {block.source for block in pages[0].blocks}
    # the touchpoints and the persona beside the team's words, on the map itself (the webshop's touchpoint
    # cards, whose long names need wider columns than its lanes' words, would make the team's words
    # smaller: they go on its companion page with its measured figures)
    assert any(s.startswith("Contactmomenten!") for s in sources)
    assert any(s.startswith("Personas!") for s in sources)
    webshop, _, _ = _journey_pages(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx")
    assert not any(block.source.startswith("Metingen!") for block in webshop[0].blocks)
