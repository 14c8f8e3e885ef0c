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
from tests.support.workbooks import CANVASES

LONG = (
    "De klant belt drie keer met de helpdesk omdat de offerte niet klopt en niemand weet wie de aanvraag "
    "behandelt; intussen vergelijkt zij prijzen bij twee concurrenten en leest zij reviews op internet. "
) * 3
OTHER_CELL = "Ziet de energierekening"  # the solar example's Klantproces in its first phase: another lane


def _build(path: Path, out: Path) -> Path:
    options = BuildOptions(out, parse_paper("A1"), PrintOptions(), "nl", dt.date(2026, 1, 1), pptx=False)
    return run(path, options).pdf


def _size_of(pdf: Path, text: str) -> float:
    """The size the first page sets ``text`` (the start of a cell) in."""
    return next(found.size for found in sized_runs(pdf)[0] if found.text.startswith(text))


def _with_long_cell(example: str, folder: Path) -> tuple[Path, str]:
    """The example with ``LONG`` added to its Intern proces cell of the third phase, and that cell's words."""
    book = openpyxl.load_workbook(CANVASES / f"{example}.xlsx")
    cell = book["Klantreis"]["D12"]  # Intern proces in the third phase
    written = f"{cell.value} {LONG}".strip()
    cell.value = written
    book.save(folder / "lang.xlsx")
    return folder / "lang.xlsx", written


def test_one_long_cell_continues_and_its_page_keeps_its_size(tmp_path: Path) -> None:
    plain = _build(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", tmp_path / "plain")
    path, written = _with_long_cell("voorbeeld-zonnepanelen-b2c", tmp_path)
    pdf = _build(path, tmp_path / "long")

    assert _size_of(pdf, OTHER_CELL) == _size_of(plain, OTHER_CELL)  # 27 pt, not 20 for all lanes
    pages = [squeeze(page.extract_text() or "") for page in PdfReader(pdf).pages]
    assert len(pages) == len(PdfReader(plain).pages)  # no page added for it
    pointer = re.search(r"→vervolgoppagina(\d+)", pages[0])
    assert pointer is not None, "the cut cell points to where it goes on"
    there = pages[int(pointer[1]) - 1]
    # the words under the heading that names the page they come from (after "…" where an item is cut), and
    # the words left in the cell, are the whole cell in order: one place to cut it (its repeated words fit
    # no other)
    words = written.split()
    cuts = [
        cut
        for cut in range(1, len(words))
        if any(f"(vanpagina1){mark}" + squeeze(" ".join(words[cut:])) in there for mark in ("…", ""))
        and squeeze(" ".join(words[:cut])) in pages[0]
    ]
    assert len(cuts) == 1, "every word of the long cell is printed, once"


def test_a_long_cell_adds_no_page_to_keep_its_size(tmp_path: Path) -> None:
    # the webshop example's companion page holds its appendix at its foot: the cell continued at the size
    # the canvas has without it would push the appendix onto a page of its own; the page is set smaller
    plain = _build(CANVASES / "voorbeeld-webshop-kpis-v2.xlsx", tmp_path / "plain")
    path, written = _with_long_cell("voorbeeld-webshop-kpis-v2", tmp_path)
    pdf = _build(path, tmp_path / "long")
    assert len(PdfReader(pdf).pages) == len(PdfReader(plain).pages)
    assert squeeze(written.split("\n")[-1]) in squeeze(pdf_text(pdf))  # the long item whole, in its cell
    assert _size_of(pdf, "Ziet een Reel") < _size_of(plain, "Ziet een Reel")
