"""One long cell continues on a later page ("→ vervolg op pagina N") rather than set its page's every lane
smaller (#31, round five): the page keeps the body size the canvas has without that cell, every word of
the cell is printed (its first lines in its cell, the rest after "…" on the page its pointer names), and
the poster gets no page for it. The cell is a few sentences said over and over, as the property test's
cheap long cells are: the words read back must be the cell's, not a repeated part of it found twice."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import openpyxl
from pypdf import PdfReader

from canvasgen.pipeline import BuildOptions, run
from canvasgen.units import PrintOptions, parse_paper
from tests.support.read_back import pdf_text, sized_runs, squeeze
from tests.support.workbooks import CANVASES, with_cell

LONG = (
    "De klant belt drie keer met de helpdesk omdat de offerte niet klopt en niemand weet wie de aanvraag "
    "behandelt; intussen vergelijkt zij prijzen bij twee concurrenten en leest zij reviews op internet. "
) * 3
OTHER_CELL = "Ziet een Reel"  # the webshop's Klantproces in its first phase, a lane the long cell is not in


def _build(path: Path, out: Path) -> Path:
    options = BuildOptions(out, parse_paper("A1"), PrintOptions(), "nl", dt.date(2026, 1, 1), pptx=False)
    return run(path, options).pdf


def _size_of(pdf: Path, text: str) -> float:
    """The size the first page sets ``text`` (the start of a cell) in."""
    return next(found.size for found in sized_runs(pdf)[0] if found.text.startswith(text))


def test_one_long_cell_continues_and_its_page_keeps_its_size(tmp_path: Path) -> None:
    plain = _build(CANVASES / "voorbeeld-webshop-kpis-v2.xlsx", tmp_path / "plain")
    book = openpyxl.load_workbook(CANVASES / "voorbeeld-webshop-kpis-v2.xlsx")
    cell = book["Klantreis"]["D12"]  # Intern proces · Actie
    written = f"{cell.value} {LONG}".strip()
    cell.value = written
    book.save(tmp_path / "lang.xlsx")
    pdf = _build(tmp_path / "lang.xlsx", tmp_path / "long")

    assert _size_of(pdf, OTHER_CELL) == _size_of(plain, OTHER_CELL)  # 27 pt, not 22 for all lanes
    pages = [squeeze(page.extract_text() or "") for page in PdfReader(pdf).pages]
    assert len(pages) == len(PdfReader(plain).pages)  # no page added for it
    pointer = re.search(r"→vervolgoppagina(\d+)", pages[0])
    assert pointer is not None, "the cut cell points to where it goes on"
    there = pages[int(pointer[1]) - 1]
    # the words after "…" under the heading that names the page they come from, and the words left in the
    # cell, are the whole cell in order: one place to cut it (its repeated words fit no other)
    words = written.split()
    cuts = [
        cut
        for cut in range(1, len(words))
        if "(vanpagina1)…" + squeeze(" ".join(words[cut:])) in there and squeeze(" ".join(words[:cut])) in pages[0]
    ]
    assert len(cuts) == 1, "every word of the long cell is printed, once"


def test_a_long_cell_adds_no_page_to_shrink_less(tmp_path: Path) -> None:
    # the solar example's companion page holds its appendix at its foot: a cell continued at the size the
    # canvas has without it takes that room and the appendix a page of its own; the page is set smaller
    plain = _build(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", tmp_path / "plain")
    pdf = _build(with_cell(tmp_path, "D12", LONG), tmp_path / "long")
    assert len(PdfReader(pdf).pages) == len(PdfReader(plain).pages)
    assert squeeze(LONG) in squeeze(pdf_text(pdf))
