"""Taking the weight out of a sheet before openpyxl sees it, and reading what it holds.

openpyxl makes an object for every cell that exists in the file, content or not,
and one for every cell inside a merged range. A sheet with a million empty
styled rows, or a merge over the whole sheet, would take minutes and gigabytes.
Empty cells carry no text and a merge only says "count once", so both can be
left out without losing a word: empty cells are dropped, oversized merges are
dropped with a warning, and a sheet still too large is refused in one sentence.

The sheet is read with an XML parser (lxml), streaming, so any namespace prefix,
any attribute quoting and any attribute order are read as the file means them, and
the checks see what openpyxl will see. When something is dropped, the sheet is
written again from the parsed tree (pruned as it is read, so memory stays bounded
by what the sheet holds); the rows and cells kept then carry their own references,
so that no row or cell counted on from a dropped one moves. A light sheet (most canvases) keeps its
rows and the empty cells at its edges (its extent stays what the file says), and loses its other empty
cells only when every cell names its place: openpyxl would spend most of its time making cells of no value
(a canvas's styled grid has more of them than filled ones).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from lxml import etree
from openpyxl.utils.cell import column_index_from_string, get_column_letter, range_boundaries

from canvasgen.errors import CanvasWarning, Location
from canvasgen.read.limits import EXCEL_COLUMNS, MAX_CELL_TEXT, MAX_TEXT
from canvasgen.read.package.references import column_of, row_of

MAX_CELLS = 1_000_000  # cells, per workbook
MAX_MERGE_AREA = 100_000  # cells inside one merged range
MAX_MERGED_CELLS = 500_000  # cells inside merged ranges, per sheet
SHOWN_MERGES = 5  # the merged ranges left out that are named in what is said
LIGHT_SHEET = 2 * 1024 * 1024  # sheets smaller than this are read whole, their empty rows kept

_ESCAPE = re.compile(rb"_x([0-9A-Fa-f]{4})_")
_KEPT_CONTROLS = {0x09, 0x0A, 0x0D}
_DIGITS = "0123456789"
_FAR = 2**31  # beyond any row or column
_ROW_READ = frozenset({"r", "hidden"})  # what canvasgen reads of a row of a light sheet: its number, and whether hidden


def _column(letters: str) -> int | None:
    """The number of a cell's column letters as Excel writes them ("A": 1 ... "XFD": 16384); None for any
    other letters (lower case, past Excel's last column, no letters)."""
    if not (letters.isascii() and letters.isupper()):
        return None
    try:
        column = int(column_index_from_string(letters))
    except ValueError:
        return None
    return column if column <= EXCEL_COLUMNS else None


def escaped_text(code: int) -> str | None:
    """What Excel's escape ``_xHHHH_`` of character ``code`` stands for in a cell's text: the character;
    "_" for ``_x005F_`` (the escape of a literal "_x…_"); a line break for a vertical tab or form feed (a
    line break pasted from Word or PowerPoint: dropped, it joined two words); nothing for another control
    character or a code XML cannot hold (it draws nothing). None for ``_x0000_``: no cell holds a NUL, so
    Excel never writes it; a program that does not escape (openpyxl, pandas) wrote the text literally, and it
    is kept as written."""
    if code == 0x5F:
        return "_"
    if code == 0:
        return None
    if code in (0x0B, 0x0C):
        return "\n"
    if (code < 0x20 and code not in _KEPT_CONTROLS) or 0xD800 <= code <= 0xDFFF or code >= 0xFFFE:
        return ""
    return chr(code)


def decode_escapes(data: bytes) -> bytes:
    """Excel's ``_xHHHH_`` escapes in a part's XML turned into the characters they stand for (a carriage
    return is saved as ``_x000D_``; a literal ``_x0041_`` as ``_x005F_x0041_``), as character references
    so that the XML stays well-formed; see ``escaped_text``. Returns ``data`` itself when there is nothing
    to decode."""
    if b"_x" not in data:
        return data

    def char(match: re.Match[bytes]) -> bytes:
        text = escaped_text(int(match.group(1), 16))
        if text is None:
            return match.group(0)
        return "".join(f"&#{ord(c)};" for c in text).encode("ascii")

    decoded = _ESCAPE.sub(char, data)
    return decoded if decoded != data else data


class BrokenSheet(ValueError):
    """The sheet's XML cannot be parsed, or holds a merge too large to load."""


@dataclass
class Cleaned:
    data: bytes
    cells: int  # every cell element openpyxl will make an object for
    dropped_merges: list[str] = field(default_factory=list)
    changed: bool = False
    uncalculated: list[str] = field(default_factory=list)  # cells whose formula has no saved value
    text: int = 0  # characters of text in its cells, as ``grid.Budget`` counts them
    #: The text written inside those formulas (``=B3&" oplossen"``: " oplossen"), by cell: said, never lost.
    formula_words: dict[str, tuple[str, ...]] = field(default_factory=dict)


# A row with a number and no cell that holds anything (empty cells closed at once, "<c r="A9" s="1"/>"),
# followed by another numbered row or the sheet's end: a heavy sheet's empty rows are left out before
# parsing. Sheets formatted to their last row hold a million of them; parsing each took seconds.
_NAME = rb"(?:[A-Za-z_][\w.-]*:)?"
_EMPTY_ROWS = re.compile(
    rb"<(?P<p>" + _NAME + rb')row\b[^>]*?\br="\d+"[^>]*?(?:/>|>(?:\s*<(?P=p)c\b[^>]*/>)*\s*</(?P=p)row>)\s*'
    rb"(?=<" + _NAME + rb'row\b[^>]*?\br="|</' + _NAME + rb"sheetData>)"
)


class TooMuchText(Exception):
    """The workbook's cells hold more characters of text than ``MAX_TEXT``: met while its sheets are streamed,
    before openpyxl makes an object of any cell (a few megabytes of zip make gigabytes of cells)."""


def string_lengths(data: bytes) -> list[int]:
    """The length of each shared string, in order, read streaming (phonetic guides left out, as openpyxl
    does): what a cell that shows it adds to the workbook's text."""
    lengths: list[int] = []
    events = etree.iterparse(
        io.BytesIO(data), events=("end",), tag="{*}si", resolve_entities=False, no_network=True, huge_tree=True
    )
    try:
        for _, item in events:
            lengths.append(sum(len(t.text or "") for t in item.iterfind("{*}t")) + _runs(item))
            _let_go(item)
    except etree.XMLSyntaxError:
        pass  # openpyxl says what is wrong with the part
    return lengths


def _runs(element: etree._Element) -> int:
    return sum(len(t.text or "") for t in element.iterfind("{*}r/{*}t"))


def clean_sheet(data: bytes, strings: list[int] | None = None, text_left: int = MAX_TEXT) -> Cleaned:
    """The sheet read in one streaming pass; written again only when something was left out. Its cells' text
    is counted as it is read (a shared string by its length in ``strings``): past ``text_left`` characters,
    ``TooMuchText`` stops the reading there."""
    reading = _Reading(slim=len(data) > LIGHT_SHEET, strings=strings or [], text_left=text_left)
    if reading.slim:
        data, left_out = _EMPTY_ROWS.subn(b"", data)
        reading.changed = left_out > 0
    events = etree.iterparse(
        io.BytesIO(data),
        events=("end",),
        tag=("{*}row", "{*}mergeCell"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=True,
    )
    try:
        for _, element in events:
            if _local(element) == "row":
                reading.row(element)
            else:
                reading.merge(element)
    except etree.XMLSyntaxError as error:
        raise BrokenSheet(f"its XML is not well-formed ({error.msg})") from None
    reading.leave_empty_cells()
    if reading.merged > MAX_MERGED_CELLS:
        raise BrokenSheet("its merged ranges cover too many cells to be read safely")
    cleaned = Cleaned(
        data, reading.cells, reading.dropped, False, reading.uncalculated, reading.text, reading.formula_words
    )
    if reading.changed and reading.keep_tree:
        tree = events.root.getroottree()
        standalone = tree.docinfo.standalone
        cleaned.data = bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8", standalone=standalone))
        cleaned.changed = True
    return cleaned


@dataclass
class _Reading:
    """What a sheet holds, counted row by row as it is parsed; with ``slim``, its empty cells and rows
    left out of the tree as they come, and every row and cell kept named by its reference (a row or cell
    that gives none is counted on from the one before it, which may be gone)."""

    slim: bool
    strings: list[int] = field(default_factory=list)  # the shared strings' lengths
    text_left: int = MAX_TEXT  # characters of text the workbook may still hold
    text: int = 0  # characters of text in the cells read so far
    cells: int = 0  # cell elements openpyxl will make an object for
    dropped: list[str] = field(default_factory=list)  # merges left out
    uncalculated: list[str] = field(default_factory=list)
    formula_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    merged: int = 0  # cells inside the merges kept
    changed: bool = False
    keep_tree: bool = True  # past MAX_CELLS the sheet is refused: what was read is let go
    number: int = 0  # the row last read
    empty: list[etree._Element] | None = field(default_factory=list)  # a light sheet's empty cells
    edges: list[tuple[int, etree._Element | None]] = field(default_factory=lambda: [(-_FAR, None)] * 4)

    def row(self, row: etree._Element) -> None:
        self.number = row_of(row.get("r"), self.number + 1)
        if not self.slim:
            self._counted(row)
            return
        parent = row.getparent()
        if self.slim and parent is not None and row.find("*/*") is None:
            # no cell holds a value, a formula or a string (a cell's own text is nothing openpyxl reads):
            # the fast way through a million empty styled rows
            parent.remove(row)
            self.changed = True
            return
        column = 0
        for cell in [c for c in row if _local(c) == "c"]:
            ref = cell.get("r")
            column = column_of(ref, column + 1)
            named = f"{get_column_letter(column)}{self.number}"
            if _uncalculated(cell):
                self._uncalculated_at(ref or named, cell)
            if self.slim and _empty(cell):
                row.remove(cell)
                self.changed = True
                continue
            self.cells += 1
            self._spend(cell)
            if self.slim and ref != named:
                cell.set("r", named)
        if self.slim and parent is not None and _empty(row):
            parent.remove(row)
            self.changed = True
        elif self.slim and row.get("r") != str(self.number):
            row.set("r", str(self.number))
        self.keep_tree &= self.cells <= MAX_CELLS
        if not self.keep_tree:
            _let_go(row)

    def _counted(self, row: etree._Element) -> None:
        """A row of a light sheet: its cells counted, its formulas without a value found by lxml's own search
        (a cell's place is counted out only for such a formula that gives none), its empty cells noted
        (``leave_empty_cells``), and its attributes but its number and whether it is hidden left out."""
        cells = row.findall("{*}c")
        self.cells += len(cells)
        for cell in cells:
            self._spend(cell)
        if self.empty is not None:
            self._note_empty(cells)
        unread = [key for key in row.attrib if key not in _ROW_READ]
        for key in unread:  # a height, a style, an outline level: openpyxl makes an object of them, for nothing
            del row.attrib[key]
        self.changed |= bool(unread)
        formulas = dict.fromkeys(f.getparent() for f in row.iterfind("{*}c/{*}f"))
        for cell in formulas:
            if cell is not None and _uncalculated(cell):
                self._uncalculated_at(cell.get("r") or self._named(row, cell), cell)
        self.keep_tree &= self.cells <= MAX_CELLS
        if not self.keep_tree:
            _let_go(row)

    def _uncalculated_at(self, ref: str, cell: etree._Element) -> None:
        """A formula without a saved value, and the text written inside it (its quoted strings)."""
        self.uncalculated.append(ref)
        words = formula_words(cell)
        if words:
            self.formula_words[ref] = words

    def _spend(self, cell: etree._Element) -> None:
        """A cell's characters of text counted (past Excel's limit, as its limit: that cell is refused, not
        read), as ``grid.Budget`` counts them; past what the workbook may hold, the reading stops."""
        kind = cell.get("t")
        if kind == "s":
            value = cell.findtext("{*}v") or ""
            index = int(value) if value.strip().isdigit() else -1
            length = self.strings[index] if 0 <= index < len(self.strings) else 0
        elif kind == "inlineStr":
            inline = cell.find("{*}is")
            length = 0 if inline is None else sum(len(t.text or "") for t in inline.iterfind("{*}t")) + _runs(inline)
        elif kind in ("str", "e"):
            length = len(cell.findtext("{*}v") or "")
        else:
            return  # a number, a date or a truth value: no text
        self.text += min(length, MAX_CELL_TEXT + 1)
        if self.text > self.text_left:
            raise TooMuchText

    def _note_empty(self, cells: list[etree._Element]) -> None:
        """The empty cells of a row (no value, formula or string: openpyxl makes a cell of no value of each),
        and the cells at the sheet's edges so far (openpyxl's ``max_row`` and ``max_column`` count empty
        cells too: the sheet keeps its extent)."""
        empty, number, columns = self.empty, str(self.number), []
        for cell in cells:
            ref = cell.get("r") or ""
            letters = ref.rstrip(_DIGITS)
            column = _column(letters)
            if empty is None or column is None or ref[len(letters) :] != number:
                self.empty = None  # a cell counted on from the one before it, or misnamed: the sheet left whole
                return
            columns.append(column)
            if len(cell) == 0 and not (cell.text or "").strip():
                empty.append(cell)
        if not cells:
            return
        first, last = columns.index(min(columns)), columns.index(max(columns))
        sides = ((-self.number, cells[0]), (self.number, cells[0]), (-columns[first], cells[first]))
        for side, (key, cell) in enumerate((*sides, (columns[last], cells[last]))):
            if key > self.edges[side][0]:
                self.edges[side] = (key, cell)

    def leave_empty_cells(self) -> None:
        """A light sheet's empty cells left out (openpyxl would load each, for nothing), but for those at the
        sheet's edges; the rows stay, with their number and whether they are hidden."""
        if self.slim or not self.empty or not self.keep_tree:
            return
        edges = [cell for _, cell in self.edges]
        for cell in self.empty:
            parent = cell.getparent()
            if not any(cell is edge for edge in edges) and parent is not None:
                parent.remove(cell)
                self.changed = True

    def _named(self, row: etree._Element, wanted: etree._Element) -> str:
        """The reference of a cell that gives none: counted on from the cells before it."""
        column = 0
        for cell in row.iterchildren("{*}c"):
            column = column_of(cell.get("r"), column + 1)
            if cell is wanted:
                break
        return f"{get_column_letter(column)}{self.number}"

    def merge(self, merge: etree._Element) -> None:
        """A merged range kept, or dropped when it cannot be read, is over the area of one, or over what
        the merges kept so far leave of the sheet's budget."""
        ref = merge.get("ref", "")
        area = merge_area(ref)
        parent = merge.getparent()
        if area is None or not keeps_merge(area, self.merged):
            self.dropped.append(ref)
            if parent is not None:
                parent.remove(merge)
            self.changed = True
        else:
            self.merged += area


def keeps_merge(area: int, merged: int) -> bool:
    """Whether a merged range of ``area`` cells stays a merge, where the sheet's merges kept so far cover
    ``merged`` cells (the caps of every format's merges, Excel's and OpenDocument's): not one over
    ``MAX_MERGE_AREA`` cells, nor one past the sheet's ``MAX_MERGED_CELLS``; its cells are read one by one
    then, and said (``dropped_merges_said``)."""
    return area <= MAX_MERGE_AREA and merged + area <= MAX_MERGED_CELLS


def dropped_merges_said(file: str, sheet: str, refs: list[str], count: int) -> CanvasWarning:
    """The warning for a sheet's ``count`` merged ranges left out, the first of them (``refs``) named."""
    shown = ", ".join(refs[:SHOWN_MERGES]) + (" ..." if count > min(len(refs), SHOWN_MERGES) else "")
    return CanvasWarning(Location(file, sheet), f"{count} oversized merged range(s) read as separate cells: {shown}")


def merge_area(ref: str) -> int | None:
    try:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
    except (ValueError, TypeError):
        return None
    if min_col is None or min_row is None or max_col is None or max_row is None:
        return None
    return int((max_col - min_col + 1) * (max_row - min_row + 1))


def _let_go(element: etree._Element) -> None:
    """What was read is let go: memory stays bounded by one row."""
    element.clear()
    while element.getprevious() is not None:
        del element.getparent()[0]


def _local(element: etree._Element) -> str:
    return element.tag.rpartition("}")[2] if isinstance(element.tag, str) else ""


def _empty(element: etree._Element) -> bool:
    """A cell or row with nothing in it: no value, formula, text or cell."""
    return len(element) == 0 and not (element.text or "").strip()


_QUOTED = re.compile(r'"((?:[^"]|"")*)"')


def formula_words(cell: etree._Element) -> tuple[str, ...]:
    """The strings written inside a cell's formula that hold a letter (``=B3&" oplossen"``: " oplossen"),
    not its separators (" / ")."""
    formula = next((child.text or "" for child in cell if _local(child) == "f"), "")
    found = (m.group(1).replace('""', '"') for m in _QUOTED.finditer(formula))
    return tuple(w for w in found if any(ch.isalpha() for ch in w))


def _uncalculated(cell: etree._Element) -> bool:
    formula = value = False
    for child in cell:
        name = _local(child)
        formula |= name == "f"
        value |= (name == "v" and bool(child.text)) or name == "is"
    return formula and not value
