"""How far the cells of an .xls or .xlsb workbook reach, read from the file's own records before
calamine is asked for them.

calamine builds a dense grid from a sheet's first cell to its last: two cells far apart in a 5 KB file
(A1 and XFD1048576) ask for 512 GB and end the process, and a valid .xls with one value in IV65536
costs a gigabyte. So each sheet's cell records are walked (their positions only, no values), and a
sheet reaching too far or a workbook with too many cells is refused in one sentence before calamine
allocates anything. The sheets' dimension records are not what decides: Excel counts formatted empty
cells in them, calamine does not, and a crafted file can say anything there.

Excel 97-2003 (.xls, BIFF8) keeps its records in the ``Workbook`` stream of an OLE compound file,
read with olefile; a binary workbook (.xlsb) keeps them in zipped parts, one per sheet.
"""

from __future__ import annotations

import posixpath
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl.styles.numbers import BUILTIN_FORMATS

from canvasgen.errors import CanvasError, Location, ReadError
from canvasgen.read.limits import MAX_AREA, MAX_CONTENT_CELLS

#: An .xlsb sheet part larger than this, unpacked, is refused before its records are walked.
MAX_SHEET_PART = 50 * 1024 * 1024

# BIFF8 records that put a value in a cell (blank cells are styles only: calamine leaves them out).
_XLS_CELLS = {
    0x00FD,
    0x0204,
    0x00D6,
    0x0203,
    0x027E,
    0x0205,
    0x0006,
}  # LABELSST LABEL RSTRING NUMBER RK BOOLERR FORMULA
_XLS_MULRK = 0x00BD
_XLS_BOF, _XLS_BOUNDSHEET, _XLS_FILEPASS = 0x0809, 0x0085, 0x002F
_XLS_NOTE = 0x001C  # a cell comment (its text lies in drawing records calamine does not read)
# A number format (its index and code), a cell format (XF: its number format's index), and the records of a cell
# holding a number with the index of its XF: NUMBER, RK, FORMULA (its cached result); MULRK holds several.
_XLS_FORMAT, _XLS_XF = 0x041E, 0x00E0
_XLS_NUMBERS = {0x0203, 0x027E, 0x0006}
# .xlsb: BrtRowHdr, the value-bearing cell records (BrtCellRk .. BrtFmlaError), BrtEndSheetData.
_XLSB_ROW, _XLSB_CELLS, _XLSB_END = 0x0000, range(0x0002, 0x000C), 0x0092
_XLSB_LAST_ROW = 0x0010_0000  # calamine stops reading a sheet at a row past this
# .xlsb cells holding a number (BrtCellRk, BrtCellReal, BrtFmlaNum); in the styles part, a number format (BrtFmt),
# and the cell formats' list (BrtBeginCellXFs .. BrtEndCellXFs) of BrtXF records, each naming its number format.
_XLSB_NUMBERS = {0x0002, 0x0005, 0x0009}
_XLSB_FMT, _XLSB_XF, _XLSB_CELL_XFS, _XLSB_CELL_XFS_END = 0x002C, 0x002F, 0x0269, 0x026A


@dataclass
class Extent:
    """The cells with a value in one sheet: how many, and the rectangle from the first to the last (0-based)."""

    sheet: str
    cells: int = 0
    top: int = -1
    left: int = -1
    bottom: int = -1
    right: int = -1
    #: Cells (0-based row, column) that carry a comment: said, since their text is not read.
    comments: tuple[tuple[int, int], ...] = ()
    #: Cells (0-based row, column) holding a number, by the index of their cell format (XF): calamine gives the
    #: number alone (0.42 for a cell Excel shows as 42%), ``number_formats`` what Excel shows it by.
    styled: dict[tuple[int, int], int] = field(default_factory=dict)

    def add(self, row: int, first: int, last: int | None = None) -> None:
        last = first if last is None else last
        self.cells += last - first + 1
        if self.top < 0:
            self.top, self.left, self.bottom, self.right = row, first, row, last
            return
        self.top, self.bottom = min(self.top, row), max(self.bottom, row)
        self.left, self.right = min(self.left, first), max(self.right, last)

    @property
    def rows(self) -> int:
        return self.bottom - self.top + 1 if self.top >= 0 else 0

    @property
    def columns(self) -> int:
        return self.right - self.left + 1 if self.top >= 0 else 0


def check_extents(extents: list[Extent], name: str) -> None:
    """Refuse a sheet whose cells span more than ``MAX_AREA`` cells, or a workbook with more than
    ``MAX_CONTENT_CELLS`` cells with a value."""
    for extent in extents:
        if extent.rows * extent.columns > MAX_AREA:
            raise ReadError(
                Location(name, extent.sheet),
                f"refused: its cells span {extent.rows:,} rows by {extent.columns:,} columns, over {MAX_AREA:,} "
                "cells (a canvas has a few hundred); open it in Excel, delete the rows and columns after the "
                "canvas and save it again",
            )
    refuse_many_cells(sum(e.cells for e in extents), name)


def refuse_many_cells(cells: int, name: str | Location) -> None:
    if cells > MAX_CONTENT_CELLS:
        raise ReadError(
            name,
            f"refused: the workbook has {cells:,} cells with content; canvasgen reads at most "
            f"{MAX_CONTENT_CELLS:,} (a canvas has a few hundred)",
        )


def _damaged(name: str, kind: str) -> CanvasError:
    return ReadError(
        name,
        f"the {kind} cannot be read: its contents are damaged or not what its program writes; "
        "open it in its program and save it again",
    )


def xls_extents(path: Path, name: str, formats: NumberFormats | None = None) -> list[Extent]:
    """Each sheet's extent in an Excel 97-2003 workbook, from the records of its Workbook stream; its number
    formats into ``formats``, where given."""
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            stream = "Workbook" if ole.exists("Workbook") else "Book"
            data = ole.openstream(stream).read()
    except (OSError, ValueError, struct.error, IndexError):  # olefile's own errors are OSError and ValueError
        raise _damaged(name, "Excel 97-2003 workbook") from None
    try:
        return _xls_records(data, name, formats)
    except (struct.error, IndexError):
        raise _damaged(name, "Excel 97-2003 workbook") from None


@dataclass
class NumberFormats:
    """A workbook's number formats as its own records give them: the codes by index (built-in ones as Excel knows
    them), and each cell format's (XF's) number format, by the XF's index."""

    codes: dict[int, str] = field(default_factory=dict)
    xfs: list[int] = field(default_factory=list)

    def of(self, xf: int) -> str | None:
        """The number format code of a cell of format ``xf``; None for General or what the file does not say."""
        if not 0 <= xf < len(self.xfs):
            return None
        index = self.xfs[xf]
        code = self.codes.get(index) or BUILTIN_FORMATS.get(index)
        return None if code is None or code == "General" else code


def number_formats(extent: Extent, formats: NumberFormats) -> dict[tuple[int, int], str]:
    """The number format of each number cell of a sheet that has one (1-based row, column), for the grid."""
    found = {}
    for (row, col), xf in extent.styled.items():
        code = formats.of(xf)
        if code is not None:
            found[(row + 1, col + 1)] = code
    return found


def _xls_records(data: bytes, name: str, formats: NumberFormats | None = None) -> list[Extent]:
    sheets: dict[int, Extent] = {}  # by the offset of the sheet's BOF record
    current: Extent | None = None
    pos, end, unpack = 0, len(data), struct.unpack_from
    formats = formats if formats is not None else NumberFormats()
    while pos + 4 <= end:
        kind, size = unpack("<HH", data, pos)
        body = pos + 4
        if current is not None and kind in _XLS_CELLS and size >= 4:
            row, col = unpack("<HH", data, body)
            current.add(row, col)
            if kind in _XLS_NUMBERS and size >= 6 and len(current.styled) < MAX_CONTENT_CELLS:
                current.styled[(row, col)] = unpack("<H", data, body + 4)[0]
        elif current is not None and kind == _XLS_MULRK and size >= 6:
            row, first = unpack("<HH", data, body)
            (last,) = unpack("<H", data, body + size - 2)
            if last >= first:
                current.add(row, first, last)
                for k in range(min(last - first + 1, (size - 6) // 6)):
                    current.styled[(row, first + k)] = unpack("<H", data, body + 4 + 6 * k)[0]
        elif current is None and kind == _XLS_FORMAT and size >= 5:
            (index,) = unpack("<H", data, body)
            formats.codes[index] = _xls_text(data[body + 2 : body + size])
        elif current is None and kind == _XLS_XF and size >= 4:
            formats.xfs.append(unpack("<H", data, body + 2)[0])
        elif current is not None and kind == _XLS_NOTE and size >= 4:
            current.comments += (unpack("<HH", data, body),)
        elif kind == _XLS_BOF:
            current = sheets.get(pos)
        elif kind == _XLS_BOUNDSHEET and size >= 8:
            (offset,) = unpack("<I", data, body)
            sheets[offset] = Extent(_sheet_name(data[body + 6 : body + size]))
        elif kind == _XLS_FILEPASS and current is None:
            raise ReadError(
                name,
                "the workbook is password-protected (encrypted); remove the password in Excel "
                "(File > Info > Protect Workbook) and save it again",
            )
        pos = body + size
    return list(sheets.values())


def _xls_text(raw: bytes) -> str:
    """A BIFF8 string of two-byte length (a FORMAT record's code): a flag byte (1: two bytes a character; 8: a rich
    string's run count follows; 4: a phonetic block's size follows), then the characters."""
    count, flags = struct.unpack_from("<HB", raw, 0)
    start = 3 + (2 if flags & 0x08 else 0) + (4 if flags & 0x04 else 0)
    text = raw[start : start + count * (2 if flags & 1 else 1)]
    return text.decode("utf-16-le" if flags & 1 else "latin-1", errors="replace")


def _sheet_name(raw: bytes) -> str:
    """A BOUNDSHEET's name: a length, a flag (1: two bytes a character) and the characters."""
    if len(raw) < 2:
        return "?"
    count, wide = raw[0], raw[1] & 1
    text = raw[2 : 2 + count * (2 if wide else 1)]
    return text.decode("utf-16-le" if wide else "latin-1", errors="replace")


def xlsb_extents(archive: zipfile.ZipFile, name: str) -> list[Extent]:
    """Each sheet's extent in a binary workbook, from the records of its sheet parts (with the cell format of each
    number cell: ``xlsb_number_formats`` says what each shows)."""
    try:
        parts = _xlsb_sheets(archive)
        extents = []
        for sheet, part in parts:
            info = archive.getinfo(part)
            if info.file_size > MAX_SHEET_PART:
                raise ReadError(
                    Location(name, sheet),
                    f"refused: the sheet unpacks to {info.file_size / 2**20:,.0f} MB; canvasgen reads binary "
                    f"workbook sheets up to {MAX_SHEET_PART // 2**20} MB (a canvas is far smaller)",
                )
            extents.append(_xlsb_records(archive.read(part), sheet))
    except (KeyError, struct.error, IndexError, zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise _damaged(name, "binary Excel workbook") from None
    return extents


def _records(data: bytes) -> list[tuple[int, int, int]]:
    """(type, start of body, size) of each record of a binary part: type and size are written in 7-bit groups."""
    found = []
    pos, end = 0, len(data)
    while pos < end:
        kind = data[pos]
        pos += 1
        if kind & 0x80:
            kind = (kind & 0x7F) | ((data[pos] & 0x7F) << 7)
            pos += 1
        size, shift = 0, 0
        for _ in range(4):
            byte = data[pos]
            pos += 1
            size |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                break
        found.append((kind, pos, size))
        pos += size
    return found


def _xlsb_records(data: bytes, sheet: str) -> Extent:
    extent = Extent(sheet)
    row = 0
    unpack = struct.unpack_from
    for kind, body, size in _records(data):
        if kind == _XLSB_ROW and size >= 4:
            (row,) = unpack("<I", data, body)
            if row > _XLSB_LAST_ROW:
                break
        elif kind in _XLSB_CELLS and size >= 4:
            (col,) = unpack("<I", data, body)
            extent.add(row, col)
            if kind in _XLSB_NUMBERS and size >= 8:
                extent.styled[(row, col)] = unpack("<I", data, body + 4)[0] & 0xFF_FFFF
            if extent.cells > MAX_CONTENT_CELLS:
                break  # refused by the caller: no need to walk on
        elif kind == _XLSB_END:
            break
    return extent


def xlsb_number_formats(archive: zipfile.ZipFile) -> NumberFormats | None:
    """A binary workbook's number formats, from its styles part; None where it has none or it cannot be read."""
    formats = NumberFormats()
    try:
        part = next((target for kind, target in _xlsb_parts(archive) if kind.endswith("/styles")), None)
        if part is None or part not in archive.namelist():
            return formats  # no styles: no number shows other than as stored
        data = archive.read(part)
        cell_xfs = False
        for kind, body, size in _records(data):
            if kind == _XLSB_FMT and size >= 6:
                (index, count) = struct.unpack_from("<HI", data, body)
                formats.codes[index] = data[body + 6 : body + 6 + 2 * count].decode("utf-16-le", errors="replace")
            elif kind == _XLSB_CELL_XFS:
                cell_xfs = True
            elif kind == _XLSB_CELL_XFS_END:
                cell_xfs = False
            elif kind == _XLSB_XF and cell_xfs and size >= 4:
                formats.xfs.append(struct.unpack_from("<H", data, body + 2)[0])
    except (KeyError, struct.error, IndexError, zipfile.BadZipFile, OSError, EOFError, ValueError):
        return None
    return formats


def _xlsb_parts(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(relationship type, part) of each part the workbook part names."""
    from lxml import etree

    rels = etree.fromstring(
        archive.read("xl/_rels/workbook.bin.rels"), etree.XMLParser(resolve_entities=False, no_network=True)
    )
    parts = []
    for rel in rels:
        target = rel.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        parts.append((rel.get("Type", ""), part))
    return parts


def _xlsb_sheets(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, part) of every sheet the workbook part lists, in its order."""
    from lxml import etree

    rels = etree.fromstring(
        archive.read("xl/_rels/workbook.bin.rels"), etree.XMLParser(resolve_entities=False, no_network=True)
    )
    targets = {r.get("Id"): r.get("Target", "") for r in rels if r.get("Id")}
    data = archive.read("xl/workbook.bin")
    sheets = []
    for kind, body, _ in _records(data):
        if kind != 0x009C:  # BrtBundleSh: state, tab id, relationship id, name
            continue
        (count,) = struct.unpack_from("<I", data, body + 8)
        if count == 0xFFFF_FFFF:
            continue
        rel = data[body + 12 : body + 12 + 2 * count].decode("utf-16-le", errors="replace")
        (length,) = struct.unpack_from("<I", data, body + 12 + 2 * count)
        start = body + 16 + 2 * count
        sheet = data[start : start + 2 * length].decode("utf-16-le", errors="replace")
        target = targets.get(rel)
        if target is None:
            continue
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        sheets.append((sheet, part))
    return sheets
