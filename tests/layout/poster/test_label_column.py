"""Every lane label of a poster at one size, never smaller than the body text of its page, in one column
sized to its labels (#31 items 5 and 7): the companion pages' labels were smaller than the journey page's,
and on A2 portrait the labels were set clearly smaller than the cells beside them. The sizes are read back
out of the PDF; the layout the build drew it from only says which lines are the labels (the rows' H3
headings). And the buying group's rows on a companion page are as tall as their names need: no name wrapped
over four lines in a narrow column, no tall empty band under it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from canvasgen.layout.boxes import Page, PosterLayout, Rect, TextBlock
from canvasgen.layout.poster.map_draw import MATRIX_PAD
from canvasgen.layout.poster.poster import PosterSpec
from canvasgen.layout.poster.sheet import LABEL_COLUMN_LIMIT
from canvasgen.layout.text.setter import LEADING
from canvasgen.units import parse_paper
from tests.support.layouts import DATE, build_poster_laid, canvas_of, default_kit, laid_poster
from tests.support.read_back import SizedRun, sized_runs
from tests.support.workbooks import CANVASES

EXAMPLES = ["example-hr-software-b2b.xlsx", "voorbeeld-webshop-kpis-v3.xlsx", "voorbeeld-zonnepanelen-b2c.xlsx"]
PAPERS = [("A1", False), ("A3", False), ("A2", True)]


def _layout(path: Path, size: str, portrait: bool) -> PosterLayout:
    """The poster's layout as the build lays it out (the workbook's language): to know its labels."""
    kit, fonts = default_kit()
    canvas = canvas_of(path)
    width, height = parse_paper(size, portrait)
    spec = PosterSpec(width, height, canvas.language or kit.language, path.name, DATE, region=canvas.region)
    return laid_poster(canvas, kit, fonts, spec)


def _body_size(runs: list[SizedRun]) -> float:
    """The size most of a page's letters are set in: its body text."""
    letters: Counter[float] = Counter()
    for run in runs:
        letters[run.size] += len(run.text)
    return letters.most_common(1)[0][0]


def _label_sizes(page: Page, runs: list[SizedRun]) -> dict[str, float]:
    """The PDF's size of each lane label of a layout page (its first line, drawn in the label column)."""
    found = {}
    for block in page.blocks:
        if block.tag != "H3" or not block.lines:
            continue
        first = block.lines[0].text
        sizes = {run.size for run in runs if run.text == first and run.x <= block.box.right}
        assert len(sizes) == 1, f"{page.title}: lane label {first!r} read back at sizes {sizes}"
        found[first] = sizes.pop()
    return found


@pytest.mark.slow
@pytest.mark.parametrize(("size", "portrait"), PAPERS, ids=lambda v: str(v))
@pytest.mark.parametrize("name", EXAMPLES)
def test_every_lane_label_of_a_poster_at_one_size_never_below_the_body(
    name: str, size: str, portrait: bool, tmp_path: Path
) -> None:
    pdf, layout = build_poster_laid(CANVASES / name, tmp_path, size, portrait)
    pages = sized_runs(pdf)
    assert len(pages) == len(layout.pages)
    labels: dict[float, list[str]] = {}
    journey_pages = 0
    for number, (page, runs) in enumerate(zip(layout.pages, pages, strict=True), start=1):
        if page.kind != "poster" or not any(block.tag == "H3" for block in page.blocks):
            continue  # a companion page of matrices and personas only: no lanes (its journey's figures are drawn once)
        journey_pages += 1
        found = _label_sizes(page, runs)
        assert found, f"page {number}: no lane label found"
        body = _body_size(runs)
        for text, label_size in found.items():
            labels.setdefault(label_size, []).append(f"p{number} {text}")
            assert label_size >= body - 0.05, f"page {number}: {text!r} at {label_size} pt beside body at {body} pt"
    assert journey_pages >= 1
    assert len(labels) == 1, f"the lane labels are set at several sizes: {labels}"


def _label_cell(page: Page, block: TextBlock, widest: float) -> Rect:
    """The label cell a row's label is drawn in: the label column's rectangle round it (at most ``widest``)."""
    return next(
        r
        for r in page.rects
        if r.box.w <= widest
        and r.box.x <= block.box.x
        and r.box.right >= block.box.right - 0.01
        and r.box.y <= block.box.y + 0.01
        and r.box.bottom >= block.box.bottom - 0.01
    )


def test_buying_group_rows_are_as_tall_as_their_names_on_a2_portrait() -> None:
    path = CANVASES / "example-hr-software-b2b.xlsx"
    canvas = canvas_of(path)
    layout = _layout(path, "A2", True)
    names = [p.name.text for p in canvas.personas if p.name is not None]
    checked = 0
    for page in layout.pages:
        if page.kind != "poster" or not page.title.endswith("involved"):
            continue
        for block in page.blocks:
            said = " ".join(line.text for line in block.lines)
            if not any(said.startswith(f"{name} ·") for name in names):
                continue  # not a buying-group row's label (a persona card's name stands alone)
            size = block.lines[0].size
            cell = _label_cell(page, block, LABEL_COLUMN_LIMIT * layout.width + 0.01)
            text_h = len(block.lines) * size * LEADING
            assert len(block.lines) <= 3, f"{page.title}: {said!r} wraps over {len(block.lines)} lines"
            assert cell.box.h <= text_h + 2 * size * MATRIX_PAD + 0.5, (
                f"{page.title}: {said!r} needs {text_h:.0f} pt, its row is {cell.box.h:.0f} pt tall"
            )
            checked += 1
    assert checked >= 8  # four members, on the companion pages of both personas' journeys
