"""An OpenDocument spreadsheet's size as it will be once read, before it is read.

A cell can say it repeats (``table:number-columns-repeated``, ``table:number-rows-repeated``): a few
bytes can stand for billions of cells, and a reader that expands them (calamine builds a dense range
over every cell with content) runs out of memory. The content is streamed once to find how far the
cells with content reach and how many there are; a sheet reaching too far, or a workbook with too
many cells, is refused in one sentence naming it.

The same pass finds what calamine leaves out without a word: cells past Excel's grid (LibreOffice has
more columns than Excel), kept here as notes, tables nested inside a cell, which are said, comments on
cells (kept as notes), line breaks and tabs inside a paragraph (calamine glues the words around them),
and merged cells (``table:number-columns-spanned``, ``table:number-rows-spanned``: calamine reports
none for this format), under the same caps as an Excel workbook's merged ranges (``sanitize``).
Only a sheet's own rows count: the rows of a table nested in a cell neither move the sheet's row
count nor start a new sheet.
"""

from __future__ import annotations

import itertools
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree
from openpyxl.utils import get_column_letter

from canvasgen.errors import Location, ReadError
from canvasgen.read.limits import EXCEL_COLUMNS, EXCEL_ROWS, MAX_AREA, MAX_CELL_TEXT
from canvasgen.read.package.extent import refuse_many_cells
from canvasgen.read.package.sanitize import SHOWN_MERGES, keeps_merge

_T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_P = f"{_TEXT}p"
_CELL = f"{_T}table-cell"  # a covered cell (``table:covered-table-cell``, under a merge) starts none
_ANNOTATION = f"{_O}annotation"
#: Cells past Excel's grid kept as notes, per sheet; more are counted.
MAX_PAST_GRID = 1_000


@dataclass
class SheetSurvey:
    """What one sheet holds that calamine will not read: cells past Excel's grid, tables inside cells."""

    name: str
    past_grid: list[tuple[int, int, str]] = field(default_factory=list)  # (row, column, text), 1-based
    past_grid_more: int = 0  # cells past the grid beyond those kept
    nested_rows: list[int] = field(default_factory=list)  # the sheet rows (1-based) holding a nested table
    #: Cells whose text calamine glues (a line break or a tab inside a paragraph): (row, column) -> the text.
    texts: dict[tuple[int, int], str] = field(default_factory=dict)
    comments: list[tuple[int, int, str]] = field(default_factory=list)  # (row, column, text), 1-based
    #: Cells holding a percentage (``office:value-type="percentage"``: 0.018 shown as "1,80%"), (row, column) ->
    #: the Excel number format that shows it so ("0.00%"): calamine gives the bare 0.018, which read 100× too small.
    percent_formats: dict[tuple[int, int], str] = field(default_factory=dict)
    #: An .xls or .xlsb sheet's number cells, (row, column) -> the number format its own records give them ("0%",
    #: '#,##0 "€"'): calamine gives the bare number; None where the workbook's formats cannot be read (said).
    number_formats: dict[tuple[int, int], str] | None = field(default_factory=dict)
    #: Merged ranges (first row, first column, last row, last column), 1-based, within Excel's grid.
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    #: Merged ranges left out (over ``MAX_MERGE_AREA`` cells, or past the sheet's ``MAX_MERGED_CELLS``): the
    #: first few as references, and how many in all; their cells are read one by one.
    dropped_merges: list[str] = field(default_factory=list)
    dropped_count: int = 0
    merged_cells: int = 0  # cells inside the merges kept


def survey(archive: zipfile.ZipFile, name: str) -> list[SheetSurvey]:
    """Refuse a sheet whose repeated cells would span more than ``MAX_AREA`` cells, or a workbook with
    more cells with content than canvasgen reads; say what else each sheet holds."""
    try:
        handle = archive.open("content.xml")
    except KeyError:
        raise ReadError(name, "the OpenDocument spreadsheet has no content.xml part") from None
    with handle:
        events = etree.iterparse(
            handle,
            events=("start", "end"),
            tag=(f"{_T}table", f"{_T}table-row"),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=True,
        )
        try:
            return _Walk(name).through(events)
        except etree.XMLSyntaxError as error:
            raise ReadError(
                name,
                f"the OpenDocument spreadsheet cannot be read (its content.xml is not well-formed: {error.msg}); "
                "open it in LibreOffice and save it again",
            ) from None


@dataclass
class _Walk:
    name: str
    sheets: list[SheetSurvey] = field(default_factory=list)
    depth: int = 0  # tables open: 1 in a sheet, more inside a nested table
    row: int = 0  # the sheet rows passed
    top: int | None = None
    bottom: int = 0
    right: int = 0
    cells: int = 0  # cells with content in the workbook, repeats counted

    def through(self, events: etree.iterparse) -> list[SheetSurvey]:
        for event, element in events:
            if element.tag == f"{_T}table":
                self._table(event, element)
                continue
            if event == "end" and self.depth == 1:
                self._sheet_row(element)
            if event == "end" and self.depth <= 1:
                element.clear()
                while element.getprevious() is not None:
                    del element.getparent()[0]
        return self.sheets

    def _table(self, event: str, element: etree._Element) -> None:
        if event == "start":
            self.depth += 1
            if self.depth == 1:
                self.sheets.append(SheetSurvey(element.get(f"{_T}name", "")))
                self.row, self.top, self.bottom, self.right = 0, None, 0, 0
            elif not self.sheets[-1].nested_rows or self.sheets[-1].nested_rows[-1] != self.row + 1:
                self.sheets[-1].nested_rows.append(self.row + 1)
            return
        self.depth -= 1
        if self.depth == 0:
            element.clear()

    def _sheet_row(self, row: etree._Element) -> None:
        repeat = self._repeat(row.get(f"{_T}number-rows-repeated"), self.row, 0, "row")
        column, reach, filled = 0, 0, 0
        for cell in row:
            times = self._repeat(cell.get(f"{_T}number-columns-repeated"), self.row, column, "cell")
            if cell.tag == _CELL:
                self._merges(cell, column, repeat)
            if len(cell) and column < EXCEL_COLUMNS and self.row < EXCEL_ROWS:
                self._cell_words(cell, self.row + 1, column + 1)
            if cell.get(f"{_O}value-type") == "percentage":
                self._percent(cell, column, times, repeat)
            if len(cell) or cell.get(f"{_O}value-type"):
                inside = max(0, min(column + times, EXCEL_COLUMNS) - column)
                filled += inside
                if inside < times or self.row + repeat > EXCEL_ROWS:
                    self._past_grid(cell, column, times, repeat)
                reach = column + times
            column += times
        if reach:
            self.top = self.row if self.top is None else self.top
            self.bottom, self.right = self.row + repeat, max(self.right, min(reach, EXCEL_COLUMNS))
            if (self.bottom - self.top) * self.right > MAX_AREA:
                raise ReadError(
                    Location(self.name, self.sheets[-1].name),
                    f"refused: its repeated cells would span over {MAX_AREA:,} cells (a canvas has a few hundred); "
                    "open it in LibreOffice, delete the rows and columns after the canvas and save it again",
                )
            self.cells += filled * max(0, min(self.row + repeat, EXCEL_ROWS) - self.row)
            refuse_many_cells(self.cells, self.name)
        self.row += repeat

    def _repeat(self, text: str | None, row: int, column: int, kind: str) -> int:
        """How many times a row or a cell says it repeats: a positive whole number (ODF's
        ``positiveInteger``). Any other count is refused in one sentence naming the cell: calamine drops a
        cell or a row repeated 0 times without a word (the words in it lost, the cells after it moved one
        place), and refuses a count that is not a number without saying where."""
        if text is None:
            return 1
        if text.isascii() and text.isdigit() and int(text) >= 1:
            return int(text)
        where = f"{get_column_letter(min(column, EXCEL_COLUMNS - 1) + 1)}{min(row, EXCEL_ROWS - 1) + 1}"
        raise ReadError(
            Location(self.name, self.sheets[-1].name, where),
            f"the {kind} here says it is repeated {text[:20]!r} times, a count no spreadsheet program writes; "
            "open the file in LibreOffice and save it again",
        )

    def _merges(self, cell: etree._Element, column: int, repeat: int) -> None:
        """The merged range a cell starts (one in every copy of a repeated row), within Excel's grid and the
        caps an Excel workbook's merges have: one over ``MAX_MERGE_AREA`` cells, or past the sheet's
        ``MAX_MERGED_CELLS``, is dropped (its cells read one by one), counted and said."""
        across = max(1, _count(cell.get(f"{_T}number-columns-spanned")))
        down = max(1, _count(cell.get(f"{_T}number-rows-spanned")))
        if (across == 1 and down == 1) or column >= EXCEL_COLUMNS or self.row >= EXCEL_ROWS:
            return
        sheet = self.sheets[-1]
        right = min(column + across, EXCEL_COLUMNS)
        copies = min(self.row + repeat, EXCEL_ROWS) - self.row
        for top in range(self.row + 1, self.row + copies + 1):
            bottom = min(top + down - 1, EXCEL_ROWS)
            area = (right - column) * (bottom - top + 1)
            if not keeps_merge(area, sheet.merged_cells):
                if len(sheet.dropped_merges) < SHOWN_MERGES:
                    sheet.dropped_merges.append(
                        f"{get_column_letter(column + 1)}{top}:{get_column_letter(right)}{bottom}"
                    )
                sheet.dropped_count += self.row + copies - top + 1  # this copy and every later one
                return
            sheet.merged_cells += area
            sheet.merges.append((top, column + 1, bottom, right))

    def _cell_words(self, cell: etree._Element, row: int, column: int) -> None:
        """A cell's comment, and its text where a line break or a tab inside a paragraph would be lost
        (calamine joins the words on either side): kept for the grid (a repeated cell: its first copy)."""
        sheet = self.sheets[-1]
        for note in cell.iter(_ANNOTATION):
            text = "\n".join(_paragraph(p) for p in note.iter(_P))
            if text.strip() and len(sheet.comments) < MAX_PAST_GRID:
                sheet.comments.append((row, column, text[:MAX_CELL_TEXT]))
        paragraphs = [p for p in cell.findall(_P)]
        if (
            any(p.find(f".//{_TEXT}line-break") is not None or p.find(f".//{_TEXT}tab") is not None for p in paragraphs)
            and len(sheet.texts) < MAX_PAST_GRID
        ):
            sheet.texts[(row, column)] = "\n".join(_paragraph(p) for p in paragraphs)[:MAX_CELL_TEXT]

    def _percent(self, cell: etree._Element, column: int, times: int, repeat: int) -> None:
        """A percentage cell's format as Excel would write it, with the decimals its shown text has ("1,80%":
        "0.00%"), for each of its copies inside the grid (the first ``MAX_PAST_GRID`` of a sheet)."""
        sheet = self.sheets[-1]
        shown = "".join("".join(p.itertext()) for p in cell.iter(_P))
        decimals = _SHOWN_DECIMALS.search(shown)
        places = len(decimals[1]) if decimals else 0
        number_format = "0" + ("." + "0" * places if places else "") + "%"
        for r, c in itertools.product(range(repeat), range(times)):
            if len(sheet.percent_formats) >= MAX_PAST_GRID or self.row + r >= EXCEL_ROWS or column + c >= EXCEL_COLUMNS:
                return
            sheet.percent_formats[(self.row + r + 1, column + c + 1)] = number_format

    def _past_grid(self, cell: etree._Element, column: int, times: int, repeat: int) -> None:
        """The cell's copies past Excel's last column or row, kept as notes (the first ``MAX_PAST_GRID``)."""
        sheet = self.sheets[-1]
        inside = max(0, min(self.row + repeat, EXCEL_ROWS) - self.row) * max(
            0, min(column + times, EXCEL_COLUMNS) - column
        )
        past = repeat * times - inside
        room = max(0, MAX_PAST_GRID - len(sheet.past_grid))
        text = "\n".join("".join(p.itertext()) for p in cell.iter(_P))[: MAX_CELL_TEXT + 1]
        sheet.past_grid.extend(
            (r, c, text) for r, c in itertools.islice(_past_positions(self.row, repeat, column, times), room)
        )
        sheet.past_grid_more += past - min(past, room)


#: The decimals a percentage is shown with ("1,80%", "12.5 %"): the digits after its last mark.
_SHOWN_DECIMALS = re.compile(r"[.,](\d+)\s*%")


def _paragraph(element: etree._Element) -> str:
    """A paragraph's text as a spreadsheet shows it: a line break a new line, a tab a tab, ``text:s`` its spaces."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif child.tag == f"{_TEXT}tab":
            parts.append("\t")
        elif child.tag == f"{_TEXT}s":
            parts.append(" " * _count(child.get(f"{_TEXT}c")))
        elif child.tag != _ANNOTATION:
            parts.append(_paragraph(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _past_positions(row: int, repeat: int, column: int, times: int) -> Iterator[tuple[int, int]]:
    """The 1-based positions past Excel's grid of a cell repeated ``times`` across and ``repeat`` down."""
    past_columns = range(max(column, EXCEL_COLUMNS) + 1, column + times + 1)
    first = row + 1 if past_columns else max(row, EXCEL_ROWS) + 1
    for r in range(first, row + repeat + 1):
        for c in range(column + 1, column + times + 1) if r > EXCEL_ROWS else past_columns:
            yield r, c


def _count(text: str | None) -> int:
    """A count as written in ASCII digits (surrounding blanks allowed), else 1: ``str.isdigit`` alone takes
    '²' and '٣' for digits, which ``int`` then refuses."""
    text = (text or "").strip()
    return int(text) if text.isascii() and text.isdigit() else 1
