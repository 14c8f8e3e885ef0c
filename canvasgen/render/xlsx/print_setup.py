"""A sheet that prints as people expect: A4 landscape, one page wide, its header row on every page, and
rows as high as their wrapped text — measured here, because LibreOffice does not size the rows of a
file it opens by itself, and Excel only when a cell is edited.

What openpyxl's print settings do: ``page_setup.fitToWidth``/``fitToHeight`` are only obeyed when
``sheet_properties.pageSetUpPr.fitToPage`` is set, and ``fitToHeight`` must be 0 ("as many pages as
needed"), or the whole sheet is shrunk onto one page; ``print_title_rows`` becomes the defined name
``_xlnm.Print_Titles`` that Excel and LibreOffice repeat on every page.

Text is measured with Carlito, the metric twin of Calibri that the cells name (``brand.deck_font``).
"""

from __future__ import annotations

import functools
import math

from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet
from reportlab.pdfbase.ttfonts import TTFont

from canvasgen.brand.deck_font import TWINS
from canvasgen.layout.text.wrap import wrap

FONT_NAME = "Calibri"
FONT_SIZE = 11.0
LINE_PT = 15.0  # Excel's and LibreOffice's row height for one line of Calibri 11
PADDING_PT = 3.0  # above and below the lines
DIGIT_PX = 7  # the widest digit of Calibri 11 in pixels: what one unit of column width is
SIDE_PX = 8  # left and right inside a cell, with a margin for a renderer that measures a little wider


@functools.lru_cache(maxsize=2)
def _font(bold: bool) -> TTFont:
    regular, heavy = TWINS[FONT_NAME.lower()]
    path = heavy if bold else regular
    return TTFont(f"canvasgen-sheet-{path.stem}", str(path))


def text_width(width: float) -> float:
    """The room for text in a column ``width`` characters wide, in points."""
    return max((width * DIGIT_PX + 5 - SIDE_PX) * 0.75, 1.0)


def lines_of(text: str, width: float, bold: bool = False) -> int:
    """How many lines ``text`` wraps to in a column ``width`` characters wide."""
    font = _font(bold)

    def measure(part: str) -> float:
        return float(font.stringWidth(part, FONT_SIZE))

    return max(1, sum(max(1, len(wrap(line, text_width(width), measure))) for line in str(text).split("\n")))


def row_height(cells: list[tuple[object, float, bool]]) -> float:
    """The height of a row of (value, column width, bold) cells, in points."""
    lines = max(
        (lines_of(str(value), width, bold) for value, width, bold in cells if value not in (None, "")), default=1
    )
    return math.ceil(lines * LINE_PT + PADDING_PT)


def fit_row(sheet: Worksheet, row: int, cells: list[tuple[object, float, bool]]) -> None:
    """Set ``row`` as high as its wrapped text."""
    sheet.row_dimensions[row].height = row_height(cells)


def print_on_a4(sheet: Worksheet, header_row: int, last_column: str, last_row: int) -> None:
    """A4 landscape, one page wide and as many long as needed, ``header_row`` on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_area = f"A1:{last_column}{last_row}"
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    sheet.print_options.horizontalCentered = True
    sheet.oddFooter.center.text = "&P / &N"
