"""A journey split over pages (or tiers of a sheet) keeps each phase's colour on every page: its eighth phase is
drawn in the kit's eighth phase colour in the second part, not in the first phase's again (#31: phase 6 got phase
1's colour on page 2). Read back out of the PDF's pixels."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium

from canvasgen.brand.kit import load_kit
from canvasgen.render.xlsx.template import JourneySheet, WorkbookSpec, default_lanes, write_workbook
from tests.support.layouts import build_poster_laid

PHASES = [f"Fase {letter}" for letter in "ABCDEFGHIJKLMNOPQRST"]  # none the start of another


def _book(path: Path) -> Path:
    content = {"customer": [f"Klant vergelijkt aanbieders in stap {n}" for n in range(1, 21)]}
    sheet = JourneySheet(PHASES, default_lanes([]), name="Klantreis", meta={"journey": "Klantreis"}, content=content)
    write_workbook(WorkbookSpec("nl", [sheet]), path)
    return path


def _ground_of(page: pdfium.PdfPage, word: str) -> tuple[int, int, int]:
    """The colour just left of ``word`` on ``page``: the ground of the box it is set in."""
    text = page.get_textpage()
    start = re.search(rf"{word}\b", text.get_text_range()).start()  # type: ignore[union-attr]
    left, bottom, _, top = text.get_charbox(start)
    scale = 2.0
    image = page.render(scale=scale).to_pil().convert("RGB")
    x, y = int((left - 3) * scale), int((page.get_height() - (bottom + top) / 2) * scale)
    return image.getpixel((x, y))  # type: ignore[return-value]


def test_every_phase_keeps_its_colour_on_the_later_pages(tmp_path: Path) -> None:
    pdf, _ = build_poster_laid(_book(tmp_path / "lang.xlsx"), tmp_path / "out", "A3", portrait=True)
    pages = list(pdfium.PdfDocument(pdf))
    # the journey's second part: on a page of its own, or under the first on one sheet (#31, round 24)
    texts = [page.get_textpage().get_text_range() for page in pages]
    number = next(i for i, text in enumerate(texts) if "(2/" in text)
    second = texts[number][texts[number].index("(2/") :]
    first_there = next(n for n, name in enumerate(PHASES) if re.search(rf"{name}\b", second))
    assert first_there > 0  # the second part goes on with the later phases
    palette = load_kit("default")[0].palette
    for n in (first_there, first_there + 1):
        got = _ground_of(pages[number], PHASES[n])
        wanted = tuple(round(c * 255) for c in palette.phase(n).rgb)
        assert all(abs(g - w) <= 3 for g, w in zip(got, wanted, strict=True)), (PHASES[n], got, wanted)
