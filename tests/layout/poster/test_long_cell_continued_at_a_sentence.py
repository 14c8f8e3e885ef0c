"""A long cell continued on a later page is cut at a sentence's end, never in the middle of one, and the page
it goes on is headed as a continuation ("Continued"), not "Appendix" (look F36: page 1 ended "Step 4: the
applicant → continued on page 2" two lines after a sentence ended; page 2's kicker said "APPENDIX", and its
next column "Customer does · Book (from page 1) (continued)", two brackets in a row)."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium

from tests.support.layouts import build_poster

PHASES = ["Discover", "Apply", "Wait", "Book"]
SENTENCES = [
    f"Step {k}: the applicant reads the long page about the rules and checks each document twice before sending "
    "it to the office."
    for k in range(1, 46)
]


def _long_cell(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Journey"
    sheet["A1"] = "Customer journey: applying for a permit"
    sheet["A3"] = "Phase"
    sheet["A4"] = "Customer does"
    sheet["A5"] = "Pain points"
    for column, phase in enumerate(PHASES, start=2):
        sheet.cell(3, column, phase)
        sheet.cell(4, column, f"Looks for form {column}.")
        sheet.cell(5, column, f"Unclear which documents are needed for step {column}.")
    sheet.cell(4, 1 + len(PHASES), " ".join(SENTENCES))
    book.save(path)
    return path


def test_a_long_cell_goes_on_at_a_sentence_end_on_a_page_headed_continued(tmp_path: Path) -> None:
    pdf = build_poster(_long_cell(tmp_path / "longcell.xlsx"), tmp_path / "out")
    pages = [" ".join(page.get_textpage().get_text_range().split()) for page in pdfium.PdfDocument(pdf)]
    assert len(pages) == 2
    first, second = pages
    assert "→ continued on page 2" in first
    # the cell's words on page 1 end with a whole sentence: the last step begun there is there to its end
    last_kept = max(int(n) for n in re.findall(r"Step (\d+):", first))
    assert SENTENCES[last_kept - 1] in first
    # page 2 goes on with the next sentence from its start: the step after the last one kept on page 1
    assert f"… {SENTENCES[last_kept]}" in second
    # its card over the page's columns is one card, headed once (round 20, F16: never a second card headed
    # "(continued)" beside the first), never two brackets in a row
    assert second.count("Customer does · Book (from page 1)") == 1 and "continued)" not in second
    assert ") (" not in second
    # a continuation, said so in the band's kicker, not an appendix
    assert second.startswith("CONTINUED")
    assert "APPENDIX" not in second.upper().split("CUSTOMER JOURNEY CANVAS")[0]
