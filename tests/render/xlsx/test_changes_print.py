"""The changes sheet on paper: converted to PDF by LibreOffice, as a team would print it, it is one page
wide in A4 landscape, repeats its header row on every page, and every cell's text comes back whole —
no row too low for its wrapped text, so no line printed over another."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium
import pytest

from canvasgen.analysis.cards import cards_of
from canvasgen.render.xlsx.changes_sheet import HEADER_ROW, write_changes
from canvasgen.render.xlsx.print_setup import lines_of, row_height
from canvasgen.words import KIT_WORDS
from tests.support.layouts import canvas_of

EXAMPLE = Path(__file__).resolve().parents[3] / "canvases" / "voorbeeld-zonnepanelen-b2c.xlsx"


def _changes(folder: Path) -> Path:
    canvas = canvas_of(EXAMPLE)
    out = folder / "voorbeeld-changes.xlsx"
    write_changes(cards_of(canvas), canvas, "nl", out, "", EXAMPLE.name)
    return out


def test_the_sheet_is_set_up_for_a4_landscape_one_page_wide(tmp_path: Path) -> None:
    sheet = openpyxl.load_workbook(_changes(tmp_path)).worksheets[0]
    assert sheet.page_setup.orientation == "landscape"
    assert str(sheet.page_setup.paperSize) == str(sheet.PAPERSIZE_A4)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage  # without it, fitToWidth is ignored
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert sheet.cell(HEADER_ROW, 1).font.name == "Calibri" and sheet.cell(HEADER_ROW + 1, 4).font.name == "Calibri"
    assert "houden: de kaart blijft" in sheet.cell(1, 1).value  # the legend of the actions


def test_row_heights_are_measured_with_the_fonts_metrics() -> None:
    assert lines_of("Klantproces", 17) == 1
    assert lines_of("Leerdoelen & verbeteringen", 17) == 2
    assert lines_of("kort\nen nog een regel", 40) == 2
    assert row_height([("Leerdoelen & verbeteringen", 17, False), ("x", 9, False)]) > row_height([("x", 9, False)])


def _words(text: str) -> list[str]:
    """The words of a text, split at hyphens too (LibreOffice wraps "zonnepanelen-ambassadeur" there)."""
    return re.findall(r"[^\s\-\ufffe\xad\u2010]+", text)  # pdfium reads a hyphen ending a line as U+FFFE


Box = tuple[float, float, float, float]  # left, bottom, right, top


def _printed_over(boxes: list[Box]) -> tuple[Box, Box] | None:
    """Two characters of different lines that overlap: a row too low for its wrapped text."""
    near: dict[tuple[int, int], list[Box]] = {}
    for box in boxes:
        near.setdefault((int(box[0] // 20), int(box[1] // 20)), []).append(box)
    for (x, y), here in near.items():
        around = [b for dx in (-1, 0, 1) for dy in (-1, 0, 1) for b in near.get((x + dx, y + dy), [])]
        for one in here:
            for other in around:
                other_line = abs((one[1] + one[3]) - (other[1] + other[3])) / 2 > 2  # (a ligature shares a box)
                overlap_x = min(one[2], other[2]) - max(one[0], other[0])
                overlap_y = min(one[3], other[3]) - max(one[1], other[1])
                if other_line and overlap_x > 1 and overlap_y > 1:
                    return one, other
    return None


def test_two_lines_printed_over_each_other_are_seen() -> None:
    assert _printed_over([(0, 0, 5, 8), (6, 0, 11, 8), (0, 20, 5, 28)]) is None
    assert _printed_over([(0, 0, 5, 8), (1, 5, 6, 13)]) is not None


@pytest.mark.slow
@pytest.mark.office
def test_libreoffice_prints_it_one_page_wide_with_the_header_on_every_page_and_every_word(
    tmp_path: Path, soffice: str
) -> None:
    changes = _changes(tmp_path)
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(changes),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    sheet = openpyxl.load_workbook(changes).worksheets[0]
    words = KIT_WORDS["nl"]
    pdf = pdfium.PdfDocument(changes.with_suffix(".pdf"))
    assert len(pdf) > 1  # the example is long enough to need several pages
    printed: Counter[str] = Counter()
    for number in range(len(pdf)):
        page = pdf[number]
        width, height = page.get_size()
        assert width > height and round(width) == 842, f"page {number + 1} is not A4 landscape"
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        # Every page holds the first and the last column's header: one page wide, header repeated.
        assert all(words[key] in text for key in ("col_id", "col_new", "col_note")), f"page {number + 1}"
        printed.update(_words(text))
        boxes = [textpage.get_charbox(i) for i in range(textpage.count_chars()) if text[i].strip()]
        assert not _printed_over(boxes), f"page {number + 1}: text printed over text at {_printed_over(boxes)}"
    expected: Counter[str] = Counter()
    for row in sheet.iter_rows(min_row=HEADER_ROW + 1, max_col=4, values_only=True):
        for value in row:
            expected.update(_words(str(value)) if value else [])
    missing = expected - printed
    assert not missing, f"cell text not printed whole: {sorted(missing)[:10]}"
