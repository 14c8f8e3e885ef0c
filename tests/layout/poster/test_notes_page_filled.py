"""Notes on a page of their own fill it as far as the poster's type scale allows (#31, look F19): the
corpus's Portuguese journey at A1 gave its workbook notes an "APPENDIX" page at the map's 18 pt, one
narrow card in the top-left quarter of the sheet. They are set as large as that page holds them, up to the
largest body a map of the paper is set in, in columns across the page, every note there."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader

from canvasgen.layout.poster.journey_page import MAX_GROWTH, min_text_size
from tests.support.layouts import build_poster
from tests.support.read_back import SizedRun, pdftotext, placed_words, sized_runs, squeeze
from tests.support.workbooks import CORPUS


def _body_size(runs: list[SizedRun]) -> float:
    """The size most of a page's text is set in (by letters)."""
    letters = Counter[float]()
    for run in runs:
        letters[run.size] += len(run.text)
    return letters.most_common(1)[0][0]


def test_a_page_of_notes_alone_is_set_larger_across_the_sheet(tmp_path: Path) -> None:
    source = CORPUS / "blink_licitacoes_customer_journey.xlsx"
    if not source.exists():
        pytest.skip("the real-spreadsheet corpus is not here")
    pdf = build_poster(source, tmp_path, "A1")
    sizes = sized_runs(pdf)
    words = placed_words(pdf)
    text = pdftotext(pdf).split("\f")
    notes_page = len(sizes) - 1
    assert "APPENDIX" in text[notes_page]
    width = float(PdfReader(pdf).pages[0].mediabox.width)
    height = float(PdfReader(pdf).pages[0].mediabox.height)
    u = min_text_size(width, height)
    map_body = _body_size(sizes[0])
    notes_body = _body_size(sizes[notes_page])
    assert notes_body > map_body + 1  # larger than the small map's body, to fill its page
    assert notes_body <= u * MAX_GROWTH + 0.1  # never past the largest body of a map of this paper
    # across the sheet, not in a corner: the notes' words reach past the middle of the page
    footer = max(w.y0 for w in words[notes_page])
    body_words = [w for w in words[notes_page] if w.y1 < footer - 1]
    assert max(w.x1 for w in body_words) > width * 0.6
    # every note on it, whole
    page = squeeze(text[notes_page])
    for note in ("FORA DO ESCOPO DAQUI PARA BAIXO", "API Consulta CNPJ"):
        assert squeeze(note) in page, note
    # the small table among them is printed as a table (round 23): its header's words, cell by cell
    for cell in ("Ferramenta", "Processo", "Custo?"):
        assert squeeze(cell) in page, cell
