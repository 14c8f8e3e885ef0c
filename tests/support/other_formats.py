"""Workbooks in the formats calamine reads, written by the tests themselves: a binary workbook (.xlsb)
record by record, an OpenDocument spreadsheet from its XML, and an Excel 97-2003 workbook (.xls) made
from the look-alike in tests/data with some of its records moved (olefile rewrites the stream in place).
Nothing large is committed: the hostile ones are made on demand."""

from __future__ import annotations

import datetime as dt
import shutil
import struct
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

import olefile
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string, range_boundaries

from tests.support.workbooks import DATA

XLS_SOURCE = DATA / "italian-blueprint-lookalike.xls"

# --- .xlsb: records of a type and a size, both written in 7-bit groups (MS-XLSB 2.1.4) ---


def _record(kind: int, body: bytes = b"") -> bytes:
    head = bytes([kind]) if kind < 0x80 else bytes([(kind & 0x7F) | 0x80, kind >> 7])
    size, length = bytearray(), len(body)
    while True:
        byte, length = length & 0x7F, length >> 7
        size.append(byte | (0x80 if length else 0))
        if not length:
            return head + bytes(size) + body


def _wide(text: str) -> bytes:
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


XlsbCell = tuple[str, object]  # ("text", "Fase"), ("shared", 0) or ("number", 3.0)


def xlsb(
    path: Path,
    cells: dict[tuple[int, int], XlsbCell],
    shared: Sequence[str] = (),
    sheet: str = "Blad1",
    formats: dict[tuple[int, int], str] | None = None,
) -> Path:
    """A binary workbook of one sheet: cells by (row, column), 0-based; ``formats``: the number format codes of
    number cells ("0%"), written in a styles part as Excel writes them (BrtFmt, and a BrtXF each)."""
    codes = sorted(set((formats or {}).values()))
    style = {pos: 1 + codes.index(code) for pos, code in (formats or {}).items()}
    workbook = (
        _record(0x83)
        + _record(0x9C, struct.pack("<II", 0, 1) + _wide("rId1") + _wide(sheet))
        + _record(0x90)
        + _record(0x9D, bytes(20))
        + _record(0x84)
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/worksheet" Target="worksheets/sheet1.bin"/>'
        + (
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'styles" Target="styles.bin"/>'
            if codes
            else ""
        )
        + "</Relationships>"
    )
    rows = sorted({r for r, _ in cells})
    data = _record(0x81) + _record(0x94, struct.pack("<IIII", rows[0], rows[-1], 0, 0)) + _record(0x91)
    for row in rows:
        data += _record(0x00, struct.pack("<I", row) + bytes(13))
        for (r, c), (kind, value) in sorted(cells.items()):
            if r != row:
                continue
            head = struct.pack("<II", c, style.get((r, c), 0))
            if kind == "shared":
                data += _record(0x07, head + struct.pack("<I", value))
            elif kind == "text":
                data += _record(0x06, head + _wide(str(value)))
            else:
                data += _record(0x05, head + struct.pack("<d", value))
    data += _record(0x92) + _record(0x82)
    strings = _record(0x9F, struct.pack("<II", len(shared), len(shared)))
    strings += b"".join(_record(0x13, b"\0" + _wide(s)) for s in shared) + _record(0xA0)
    types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.'
        'main"/></Types>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("xl/workbook.bin", workbook)
        archive.writestr("xl/_rels/workbook.bin.rels", rels)
        archive.writestr("xl/worksheets/sheet1.bin", data)
        archive.writestr("xl/sharedStrings.bin", strings)
        if codes:
            xf = struct.pack("<HHHHHBBHH", 0xFFFF, 0, 0, 0, 0, 0, 0, 0, 0)  # General: the cells' default
            styles = _record(0x0267, struct.pack("<I", len(codes)))  # BrtBeginFmts
            styles += b"".join(_record(0x2C, struct.pack("<H", 164 + i) + _wide(code)) for i, code in enumerate(codes))
            styles += _record(0x0268) + _record(0x0269, struct.pack("<I", 1 + len(codes))) + _record(0x2F, xf)
            styles += b"".join(
                _record(0x2F, struct.pack("<HHHHHBBHH", 0xFFFF, 164 + i, 0, 0, 0, 0, 0, 0, 0))
                for i in range(len(codes))
            )
            archive.writestr("xl/styles.bin", _record(0x0116) + styles + _record(0x026A) + _record(0x0117))
    return path


CANVAS_XLSB: dict[tuple[int, int], XlsbCell] = {
    (0, 0): ("text", "Fase"),
    (0, 1): ("shared", 0),
    (0, 2): ("shared", 1),
    (0, 3): ("text", "Aankoop"),
    (1, 0): ("text", "Klantproces"),
    (1, 1): ("text", "Zoekt een fiets"),
    (1, 2): ("text", "Vergelijkt prijzen"),
    (1, 3): ("text", "Bestelt online"),
}


# --- .ods: content.xml as LibreOffice writes it, stripped to what a spreadsheet needs ---

_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"'
)


def ods_cell(text: str | None, repeat: int = 1) -> str:
    times = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    if text is None:
        return f"<table:table-cell{times}/>"
    return f'<table:table-cell{times} office:value-type="string"><text:p>{text}</text:p></table:table-cell>'


def ods_row(cells: list[str], repeat: int = 1) -> str:
    times = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{times}>" + "".join(cells) + "</table:table-row>"


def ods(path: Path, sheets: dict[str, str]) -> Path:
    """An OpenDocument spreadsheet: sheet name -> its rows' XML."""
    body = "".join(f'<table:table table:name="{name}">{rows}</table:table>' for name, rows in sheets.items())
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS}><office:body>'
        f"<office:spreadsheet>{body}</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:'
        'xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type='
        '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
        'manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


_HEADER = ["Fase", "Oriëntatie", "Vergelijken", "Aankoop"]
_LANE = ["Klantproces", "Zoekt een fiets", "Vergelijkt prijzen", "Bestelt online"]
CANVAS_ODS = ods_row([ods_cell(t) for t in _HEADER]) + ods_row([ods_cell(t) for t in _LANE])


# --- .xls: the look-alike with one record moved ---


def xls_records(data: bytes) -> list[tuple[int, int, int]]:
    """(offset, type, size) of every BIFF record of a Workbook stream."""
    found, pos = [], 0
    while pos + 4 <= len(data):
        kind, size = struct.unpack_from("<HH", data, pos)
        found.append((pos, kind, size))
        pos += 4 + size
    return found


def xls_with_last_cell_at(path: Path, row: int, col: int) -> Path:
    """The look-alike .xls with its last text cell moved to (row, col), 0-based: IV65536 is (65535, 255)."""
    shutil.copy(XLS_SOURCE, path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        data = bytearray(ole.openstream("Workbook").read())
        last = max(pos for pos, kind, _ in xls_records(bytes(data)) if kind == 0x00FD)  # LABELSST
        struct.pack_into("<HH", data, last + 4, row, col)
        ole.write_stream("Workbook", bytes(data))
    return path


def ods_sheet(cells: dict[str, object], merges: Sequence[str] = ()) -> str:
    """A sheet's rows as LibreOffice writes them, from cells by reference ({"B3": "Fase"}, a number as a
    float cell, a date as a date cell) and merged ranges ("B1:F1"): a range's first cell spans it
    (``table:number-columns-spanned``, ``table:number-rows-spanned``), the others are covered cells (holding a
    value when one is given there: LibreOffice's "keep the contents of the hidden cells")."""
    values = {}
    for ref, value in cells.items():
        letters, row = coordinate_from_string(ref)
        values[(row, column_index_from_string(letters))] = value
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for ref in merges:
        left, top, right, bottom = range_boundaries(ref)
        spans[(top, left)] = (bottom - top + 1, right - left + 1)
        covered |= {(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)} - {(top, left)}
    places = [*values, *spans, *covered]
    last_row, last_col = max(r for r, _ in places), max(c for _, c in places)
    xml = []
    for r in range(1, last_row + 1):
        row = []
        for c in range(1, last_col + 1):
            tag = "table:covered-table-cell" if (r, c) in covered else "table:table-cell"
            down, across = spans.get((r, c), (1, 1))
            spanned = (
                f' table:number-columns-spanned="{across}" table:number-rows-spanned="{down}"'
                if (r, c) in spans
                else ""
            )
            value = values.get((r, c))
            if value is None:
                row.append(f"<{tag}{spanned}/>")
            elif isinstance(value, (int, float)):
                row.append(
                    f'<{tag}{spanned} office:value-type="float" office:value="{value}"><text:p>{value}</text:p></{tag}>'
                )
            elif isinstance(value, dt.date):  # a date cell, shown as LibreOffice's default Dutch short date
                shown = value.strftime("%d-%m-%Y")
                row.append(
                    f'<{tag}{spanned} office:value-type="date" office:date-value="{value.isoformat()}">'
                    f"<text:p>{shown}</text:p></{tag}>"
                )
            else:
                row.append(f'<{tag}{spanned} office:value-type="string"><text:p>{escape(str(value))}</text:p></{tag}>')
        xml.append(ods_row(row))
    return "".join(xml)
