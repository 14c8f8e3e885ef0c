"""A long cell stays whole on its page, the page set smaller for it (never below the poster's minimum), rather
than continue on a later page at a larger size: a client's sentence broken over two printed sheets is worse
than a page a size smaller (round 19, F8). Only a cell too long for its page even at the minimum continues
("→ vervolg op pagina N", #31): every word of the cell printed (its first lines in its cell, the rest after "…"
on the page its pointer names), no page added for it. The cell is a few sentences said over and over, as the
property test's cheap long cells are: the words read back must be the cell's, not a repeated part of it found
twice."""

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


def _with_long_cell(example: str, folder: Path, times: int = 1) -> tuple[Path, str]:
    """The example with ``LONG`` (``times`` over) added to its Intern proces cell of the third phase, and that
    cell's words."""
    book = openpyxl.load_workbook(CANVASES / f"{example}.xlsx")
    cell = book["Klantreis"]["D12"]  # Intern proces in the third phase
    written = f"{cell.value} {LONG * times}".strip()
    cell.value = written
    book.save(folder / "lang.xlsx")
    return folder / "lang.xlsx", written


def test_a_long_cell_that_fits_at_a_smaller_size_stays_whole_on_its_page(tmp_path: Path) -> None:
    plain = _build(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", tmp_path / "plain")
    path, written = _with_long_cell("voorbeeld-zonnepanelen-b2c", tmp_path)
    pdf = _build(path, tmp_path / "long")

    minimum = 18.0  # A1's
    assert minimum <= _size_of(pdf, OTHER_CELL) < _size_of(plain, OTHER_CELL)  # smaller, still readable
    pages = [squeeze(page.extract_text() or "") for page in PdfReader(pdf).pages]
    assert "→vervolgoppagina" not in "".join(pages)  # no cell continues
    assert squeeze(written) in pages[0]  # the whole cell, in order, on its page


def test_a_cell_too_long_for_its_page_at_the_minimum_continues(tmp_path: Path) -> None:
    path, written = _with_long_cell("voorbeeld-zonnepanelen-b2c", tmp_path, times=6)
    pdf = _build(path, tmp_path / "long")

    pages = [squeeze(page.extract_text() or "") for page in PdfReader(pdf).pages]
    pointer = re.search(r"→vervolgoppagina(\d+)", pages[0])
    assert pointer is not None, "the cut cell points to where it goes on"
    assert "(vanpagina1)" in pages[int(pointer[1]) - 1]
    # every sentence of the cell printed, each once (boxes cut between them: counted, not matched whole)
    sentence = squeeze("leest zij reviews op internet.")
    assert sum(page.count(sentence) for page in pages) == written.count("leest zij reviews op internet.") == 18


def test_a_long_cell_adds_no_page_to_keep_its_size(tmp_path: Path) -> None:
    # the webshop example's companion page holds its appendix at its foot: the cell continued at the size
    # the canvas has without it would push the appendix onto a page of its own; the page is set smaller
    plain = _build(CANVASES / "voorbeeld-webshop-kpis-v2.xlsx", tmp_path / "plain")
    path, written = _with_long_cell("voorbeeld-webshop-kpis-v2", tmp_path)
    pdf = _build(path, tmp_path / "long")
    assert len(PdfReader(pdf).pages) == len(PdfReader(plain).pages)
    assert squeeze(written.split("\n")[-1]) in squeeze(pdf_text(pdf))  # the long item whole, in its cell
    assert _size_of(pdf, "Ziet een Reel") < _size_of(plain, "Ziet een Reel")
