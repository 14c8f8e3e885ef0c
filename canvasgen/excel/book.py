"""Any spreadsheet file as a list of grids: .xlsx, .xlsm, .ods, .xls, .xlsb and .csv.

The format is told by the file's bytes, not its name. Excel's own format goes through the
defensive opener (``safety``) and openpyxl; OpenDocument, Excel 97-2003 and binary workbooks
through python-calamine (a maintained reader in Rust); CSV through Python's csv module.
Each gets the same answer for a bad file: one sentence naming it.
"""

from __future__ import annotations

import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from canvasgen.delimited import MAX_LINES, decode, line_count, looks_binary, rows
from canvasgen.errors import CanvasError, CanvasWarning, Location
from canvasgen.excel.drawings import ShapeText, place_shapes
from canvasgen.excel.file_kind import by_first_bytes, lock_file_of, ole_document, package_kind
from canvasgen.excel.grid import Grid
from canvasgen.excel.hidden import hidden_text
from canvasgen.excel.opendocument import check_repeats
from canvasgen.excel.safety import (
    OLE_MAGIC,
    check_archive_sizes,
    check_file,
    is_encrypted,
    looks_like_text,
    open_workbook,
    refuse_entities,
)

MAX_TEXT_BYTES = 20 * 1024 * 1024  # a CSV canvas is a few kilobytes
MAX_BINARY_BYTES = 50 * 1024 * 1024  # an .xls or .xlsb canvas is well under a megabyte
MAX_SHEET_CELLS = 1_000_000


@dataclass
class Book:
    """The sheets of one file, as grids, with what opening it had to say."""

    grids: list[Grid]
    format: str  # "xlsx", "ods", "xls", "xlsb" or "csv"
    warnings: list[CanvasWarning] = field(default_factory=list)


READS = ".xlsx, .xlsm, .xls, .xlsb, .ods and .csv"


def open_book(path: Path, name: str, skip_hidden: bool = False) -> Book:
    lock = lock_file_of(path)
    if lock is not None:
        owner, program = lock
        raise CanvasError(name, f"this is the lock file {program} keeps while {owner} is open (it holds no canvas); "
                                f"give {owner} itself")  # fmt: skip
    check_file(path, name)
    with path.open("rb") as handle:
        head = handle.read(8)
    other = by_first_bytes(head) or (ole_document(path) if head.startswith(OLE_MAGIC) else None)
    if other is not None:
        raise _not_a_spreadsheet(name, other)
    if head.startswith(OLE_MAGIC):
        if is_encrypted(path):
            raise CanvasError(
                name,
                "the workbook is password-protected (encrypted); remove the password in Excel "
                "(File > Info > Protect Workbook) and save it again",
            )
        return _calamine(path, name, "xls")
    if head.startswith(b"PK"):
        kind = _zip_kind(path, name)
        if kind != "xlsx":
            return _calamine(path, name, kind)
        opened = open_workbook(path, name)
        sheets, hidden = hidden_text(opened.workbook, name, skip_hidden)
        grids = [Grid.from_worksheet(ws) for ws in sheets]
        return Book(grids, "xlsx", [*opened.warnings, *hidden, *_text_boxes(grids, opened.shapes, name)])
    return _csv(path, name)


def _text_boxes(grids: list[Grid], shapes: dict[str, list[ShapeText]], name: str) -> list[CanvasWarning]:
    """The sheets' text boxes read into the cells they stand on; said, as a guess to check."""
    said = []
    for grid in grids:
        placed, over_filled = place_shapes(grid, shapes.get(grid.title, []))
        grid.extra_notes.extend(over_filled)
        if placed:
            shown = ", ".join(placed[:8]) + (f" and {len(placed) - 8} more" if len(placed) > 8 else "")
            message = f"{len(placed)} text box(es) read as the cells they stand on: {shown}; check their lanes"
            said.append(CanvasWarning(Location(name, grid.title), message))
    return said


def _first_bytes(archive: zipfile.ZipFile, part: str) -> bytes:
    with archive.open(part) as stream:  # streamed: 100 bytes, whatever size the part claims
        return stream.read(100)


def _not_a_spreadsheet(name: str, kind: str) -> CanvasError:
    return CanvasError(name, f"this is {kind}, not a spreadsheet; canvasgen reads {READS} files")


def _zip_kind(path: Path, name: str) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = _first_bytes(archive, "mimetype") if "mimetype" in names else None
            other = package_kind(names, mimetype)
            if other is not None:
                raise _not_a_spreadsheet(name, other)
            if "mimetype" in names and "content.xml" in names:
                check_archive_sizes(archive, name)
                refuse_entities(archive, name)
                if mimetype is None or b"spreadsheet" not in mimetype:
                    raise CanvasError(name, "this is an OpenDocument file but not a spreadsheet (.ods)")
                check_repeats(archive, name)
                return "ods"
            if "xl/workbook.bin" in names:
                check_archive_sizes(archive, name)
                return "xlsb"
    except (zipfile.BadZipFile, OSError):
        pass  # the defensive opener says what is wrong with it
    return "xlsx"


def _calamine(path: Path, name: str, kind: str) -> Book:
    from python_calamine import CalamineWorkbook

    if path.stat().st_size > MAX_BINARY_BYTES:
        raise CanvasError(
            name, f"refused: the workbook is over {MAX_BINARY_BYTES // 2**20} MB (a canvas is far smaller)"
        )
    described = {"ods": "OpenDocument spreadsheet", "xls": "Excel 97-2003 workbook", "xlsb": "binary Excel workbook"}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = CalamineWorkbook.from_path(str(path))
            grids = []
            for sheet_name in book.sheet_names:
                sheet = book.get_sheet_by_name(sheet_name)
                if sheet.height * sheet.width > 4 * MAX_SHEET_CELLS:
                    raise CanvasError(
                        Location(name, sheet_name),
                        f"refused: the sheet spans {sheet.height:,} rows by {sheet.width:,} columns",
                    )
                values = sheet.to_python(skip_empty_area=False)
                top, left = sheet.start or (0, 0)
                grid_rows: list[list[object]] = [[] for _ in range(top)]
                grid_rows.extend([None] * left + list(row) for row in values)
                merges = [(r1 + 1, c1 + 1, r2 + 1, c2 + 1) for (r1, c1), (r2, c2) in (sheet.merged_cell_ranges or [])]
                grids.append(Grid.from_rows(sheet_name, grid_rows, merges))
    except CanvasError:
        raise
    except Exception:  # calamine raises its own errors, and others on a malformed part
        raise CanvasError(
            name,
            f"the {described[kind]} cannot be read: its contents are damaged or not what its program writes; "
            "open it in its program and save it again",
        ) from None
    notes = [
        CanvasWarning(
            Location(name),
            f"read as an {described[kind]}: hidden rows and columns cannot be seen in this format and are read"
            + (
                "; merged cells are not reported either (a name followed by empty cells still heads them)"
                if kind == "ods"
                else ""
            ),
        )
    ]
    return Book(grids, kind, notes)


def _csv(path: Path, name: str) -> Book:
    size = path.stat().st_size
    if size > MAX_TEXT_BYTES:
        raise CanvasError(name, f"refused: the text file is {size // 2**20} MB; canvasgen reads CSV files up to 20 MB")
    data = path.read_bytes()
    if looks_binary(data) or not looks_like_text(data[:4096]):
        raise CanvasError(name, f"this is no spreadsheet: neither a workbook nor text (CSV); canvasgen reads {READS}")
    text = decode(data)
    if (lines := line_count(text)) > MAX_LINES:
        raise CanvasError(name, f"refused: the file has {lines:,} lines; canvasgen reads at most {MAX_LINES:,} "
                                "(a canvas has a few dozen)")  # fmt: skip
    table = rows(text)
    return Book([Grid.from_rows(path.stem, [list(r) for r in table])], "csv")
