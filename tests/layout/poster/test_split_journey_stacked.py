"""The two parts of a journey split for its words (ten phases of long words on A2 portrait) share one sheet,
one above the other, where their rows fit it: each with its band, phase header, lanes and curve, the lower
read after the upper (#31: the corpus's 13-stage journeys took a page three quarters empty per half)."""

from __future__ import annotations

from pathlib import Path

from canvasgen.layout.boxes import Page
from canvasgen.layout.poster.sheet import content_bottom
from tests.support.layouts import assert_inside, build_poster, poster
from tests.support.read_back import pdf_text, squeeze
from tests.support.workbooks import make_book

_STEPS = (
    "Leest productrecensies",
    "Vergelijkt bezorgmogelijkheden",
    "Zoekt retourvoorwaarden",
    "Vult winkelwagentje",
    "Kiest betaalmogelijkheid",
    "Ontvangt orderbevestiging",
    "Volgt pakketbezorging",
    "Belt klantenservicemedewerker",
    "Schrijft productbeoordeling",
    "Meldt zich aan voor loyaliteitsprogramma",
)
_SCORES = (1, -1, 2, 0, -2, 1, 0, 2, -1, 1)


def _long_words_journey(folder: Path) -> Path:
    cells: dict[str, object] = {"A1": "Fase", "A2": "Klantproces", "A3": "Score"}
    for index, (step, score) in enumerate(zip(_STEPS, _SCORES, strict=True)):
        column = "BCDEFGHIJK"[index]
        cells[f"{column}1"], cells[f"{column}2"], cells[f"{column}3"] = f"Stap {index + 1}", step, score
    return make_book(folder / "lange-woorden.xlsx", {"Klantreis": cells})


def _said(page: Page) -> list[str]:
    return [" ".join(line.text for line in block.lines) for block in page.blocks]


def test_a_journey_split_in_two_for_its_words_is_laid_out_on_one_sheet_in_two_tiers(tmp_path: Path) -> None:
    layout = poster(_long_words_journey(tmp_path), "A2", portrait=True)
    assert len(layout.pages) == 1  # two pages of a part each before
    assert_inside(layout)
    (page,) = layout.pages
    said = _said(page)
    upper = next(block for block in page.blocks if "Klantreis (1/2)" in " ".join(li.text for li in block.lines))
    lower = next(block for block in page.blocks if "Klantreis (2/2)" in " ".join(li.text for li in block.lines))
    assert upper.box.y < lower.box.y
    # every phase once, the first five over the upper part's rows, the others under the lower part's band
    for number in range(1, 11):
        (header,) = [block for block in page.blocks if " ".join(li.text for li in block.lines) == f"Stap {number}"]
        assert (header.box.y > lower.box.bottom) == (number > 5), number
    # the upper part's text and marks end above the lower part's band; the lower's above the footer's line
    bands = [r.box for r in page.rects if r.box.x <= 0 and r.box.w >= layout.width - 0.01]
    band = min((b for b in bands if b.y > 0), key=lambda b: b.y)
    assert band.y <= lower.box.y
    above = [block for block in page.blocks if block.box.bottom <= band.y]
    assert any("Stap 5" in text for text in _said(Page(blocks=above)))
    assert max(block.box.bottom for block in page.blocks if block.source != "footer") <= content_bottom(
        layout.width, layout.height, layout.min_size
    )
    # two curves, each a figure with its own marks inside its box; the lower read after the upper
    assert len(page.figures) == 2
    for figure in page.figures:
        for index in figure.dots:
            dot = page.dots[index]
            assert figure.box.y - 1 <= dot.y <= figure.box.bottom + 1
        for index in figure.strokes:
            assert all(figure.box.y - 1 <= y <= figure.box.bottom + 1 for _, y in page.strokes[index].points)
    ordered = sorted((block for block in page.blocks if block.order), key=lambda block: block.order)
    tiers = [block.box.y > band.y for block in ordered]
    assert tiers == sorted(tiers)  # the upper part's text first, then the lower's
    assert sum("Klantreis" in text for text in said) >= 2


def test_every_word_of_a_journey_on_one_sheet_in_two_tiers_reads_back(tmp_path: Path) -> None:
    text = squeeze(pdf_text(build_poster(_long_words_journey(tmp_path), tmp_path / "out", "A2", portrait=True)))
    for step in _STEPS:
        assert squeeze(step) in text, step
