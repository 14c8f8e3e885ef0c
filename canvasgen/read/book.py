"""Any spreadsheet file as a list of grids: .xlsx, .xlsm, .ods, .xls, .xlsb and .csv.

The format is told by the file's bytes, not its name. Excel's own format goes through the
defensive opener (``safety``) and openpyxl; OpenDocument, Excel 97-2003 and binary workbooks
through python-calamine (a maintained reader in Rust), in a process of its own, once their own
records have said how far their cells reach (``extent``, ``opendocument``); CSV through Python's csv
module. Each gets the same answer for a bad file: one sentence naming it, and every format the same
budget of cells with content and characters (``canvasgen.read.limits``).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from canvasgen.errors import CanvasError, CanvasWarning, Location, ReadError
from canvasgen.model import Item
from canvasgen.read.delimited import (
    MAX_LINES,
    RowProblem,
    decode_lines,
    excel_separator,
    line_count,
    looks_binary,
    rows,
)
from canvasgen.read.file_kind import by_first_bytes, lock_file_of, markup_kind, not_text, ole_document, package_kind
from canvasgen.read.formats import OLE_MAGIC, ZIP_MAGIC, format_of, spreadsheet_named
from canvasgen.read.grid import Budget, Grid, Pos, column_letters, template_hint
from canvasgen.read.package.calamine import DESCRIBED, read_sheets
from canvasgen.read.package.declarations import xml_parts
from canvasgen.read.package.drawings import ShapeText, place_shapes
from canvasgen.read.package.extent import (
    Extent,
    NumberFormats,
    check_extents,
    number_formats,
    xls_extents,
    xlsb_extents,
    xlsb_number_formats,
)
from canvasgen.read.package.hidden import hidden_text
from canvasgen.read.package.opendocument import SheetSurvey, survey
from canvasgen.read.package.pictures import Embedded
from canvasgen.read.package.safety import (
    check_archive_sizes,
    check_file,
    is_encrypted,
    looks_like_text,
    open_workbook,
)
from canvasgen.read.package.sanitize import dropped_merges_said
from canvasgen.text import listed

MAX_TEXT_BYTES = 20 * 1024 * 1024  # a CSV canvas is a few kilobytes
MAX_BINARY_BYTES = 50 * 1024 * 1024  # an .xls or .xlsb canvas is well under a megabyte


@dataclass
class Book:
    """The sheets of one file, as grids, with what opening it had to say."""

    grids: list[Grid]
    format: str  # "xlsx", "ods", "xls", "xlsb" or "csv"
    warnings: list[CanvasWarning] = field(default_factory=list)
    #: Pictures placed over each sheet (an .xlsx's; the other formats' are not read), by sheet.
    pictures: dict[str, list[Embedded]] = field(default_factory=dict)


READS = ".xlsx, .xlsm, .xls, .xlsb, .ods and .csv"
#: The names an Excel package goes by (a workbook, one with macros, a template).
_EXCEL_PACKAGES = (".xlsx", ".xlsm", ".xltx", ".xltm")


def open_book(path: Path, name: str, skip_hidden: bool = False) -> Book:
    lock = lock_file_of(path)
    if lock is not None:
        owner, program = lock
        raise ReadError(
            name,
            f"this is the lock file {program} keeps while {owner} is open (it holds no canvas); give {owner} itself",
        )
    check_file(path, name)
    with path.open("rb") as handle:
        head = handle.read(8)
    other = by_first_bytes(head) or (ole_document(path) if head.startswith(OLE_MAGIC) else None)
    if other is not None:
        raise _not_a_spreadsheet(name, other)
    budget = Budget(name)
    if head.startswith(OLE_MAGIC):
        if is_encrypted(path):
            raise ReadError(
                name,
                "the workbook is password-protected (encrypted); remove the password in Excel "
                "(File > Info > Protect Workbook) and save it again",
            )
        _refuse_large(path, name)
        formats = NumberFormats()
        extents = xls_extents(path, name, formats)
        check_extents(extents, name)
        surveyed = [SheetSurvey(e.sheet, number_formats=number_formats(e, formats)) for e in extents]
        book = _calamine(path, name, "xls", budget, surveyed)
        book.warnings.extend(_unread_comments(extents, name))
        return book
    if head.startswith(ZIP_MAGIC):
        kind, surveyed = _zip_kind(path, name)
        if kind != "xlsx":
            return _calamine(path, name, kind, budget, surveyed)
        opened = open_workbook(path, name)
        sheets, hidden = hidden_text(opened.workbook, name, skip_hidden)
        grids = [Grid.from_worksheet(ws, budget) for ws in sheets]
        covered = [_hidden_said(grid, words, name) for grid in grids if (words := grid.uncover())]
        warnings = [*opened.warnings, *hidden, *covered, *_text_boxes(grids, opened.shapes, name)]
        if path.suffix.lower() not in _EXCEL_PACKAGES:  # an .xlsx saved as "reis.csv": read by what it is, said
            claimed = format_of(path)
            named = claimed.named if claimed is not None else f"a {path.suffix or 'file without a suffix'} file"
            warnings.insert(
                0, CanvasWarning(Location(name), f"the file is named as {named} but is an Excel workbook: read as one")
            )
        return Book(grids, "xlsx", warnings, opened.pictures)
    return _csv(path, name, budget)


def _unread_comments(extents: list[Extent], name: str) -> list[CanvasWarning]:
    """Comments on cells of an .xls workbook, whose text canvasgen cannot read: said with their cells."""
    said = []
    for extent in extents:
        if extent.comments:
            cells = [f"{column_letters(c + 1)}{r + 1}" for r, c in extent.comments]
            shown = listed(cells)
            said.append(
                CanvasWarning(
                    Location(name, extent.sheet),
                    (
                        f"{len(cells)} cell comment(s) not read ({shown}): canvasgen cannot read comments in an Excel "
                        "97-2003 workbook; save it as .xlsx to keep them as notes"
                    ),
                )
            )
    return said


def _text_boxes(grids: list[Grid], shapes: dict[str, list[ShapeText]], name: str) -> list[CanvasWarning]:
    """The sheets' text boxes read into the cells they stand on; said, as a guess to check."""
    said = []
    for grid in grids:
        placed, over_filled = place_shapes(grid, shapes.get(grid.title, []))
        grid.extra_notes.extend(over_filled)
        if placed:
            shown = listed(placed)
            message = f"{len(placed)} text box(es) read as the cells they stand on: {shown}; check their lanes"
            said.append(CanvasWarning(Location(name, grid.title), message))
    return said


def _first_bytes(archive: zipfile.ZipFile, part: str) -> bytes:
    with archive.open(part) as stream:  # streamed: 100 bytes, whatever size the part claims
        return stream.read(100)


def _not_a_spreadsheet(name: str, kind: str) -> CanvasError:
    return ReadError(name, f"this is {kind}, not a spreadsheet; canvasgen reads {READS} files")


def _zip_kind(path: Path, name: str) -> tuple[str, list[SheetSurvey]]:
    """The package's kind ("xlsx", "ods" or "xlsb"), with what an OpenDocument's sheets hold beyond
    calamine's reach; a binary workbook's extent is checked here, while the archive is open."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = _first_bytes(archive, "mimetype") if "mimetype" in names else None
            other = package_kind(names, mimetype)
            if other is not None:
                raise _not_a_spreadsheet(name, other)
            if "mimetype" in names and "content.xml" in names:
                check_archive_sizes(archive, name)
                xml_parts(archive, name)  # the workbooks' one check: no part declares a DTD or entities
                if mimetype is None or b"spreadsheet" not in mimetype:
                    raise ReadError(name, "this is an OpenDocument file but not a spreadsheet (.ods)")
                _refuse_large(path, name)
                return "ods", survey(archive, name)
            if "xl/workbook.bin" in names:
                check_archive_sizes(archive, name)
                _refuse_large(path, name)
                extents = xlsb_extents(archive, name)
                check_extents(extents, name)
                formats = xlsb_number_formats(archive)  # calamine gives numbers without them (0.42 for 42%)
                return "xlsb", [
                    SheetSurvey(e.sheet, number_formats=None if formats is None else number_formats(e, formats))
                    for e in extents
                ]
    except (zipfile.BadZipFile, OSError):
        pass  # the defensive opener says what is wrong with it
    return "xlsx", []


def _refuse_large(path: Path, name: str) -> None:
    if path.stat().st_size > MAX_BINARY_BYTES:
        raise ReadError(name, f"refused: the workbook is over {MAX_BINARY_BYTES // 2**20} MB (a canvas is far smaller)")


def _calamine(path: Path, name: str, kind: str, budget: Budget, surveyed: list[SheetSurvey] | None = None) -> Book:
    """A workbook calamine reads (.ods, .xls, .xlsb), its extent checked before: read in a process of its own."""
    surveys = {sheet.name: sheet for sheet in surveyed or []}
    grids = [
        Grid.from_cells(s.name, s.cells, [*s.merges, *(surveys[s.name].merges if s.name in surveys else [])], budget)
        for s in read_sheets(path, name, kind)
    ]
    named = path.suffix or "without a suffix"
    renamed = (
        f"the file is named {named} but is an {DESCRIBED[kind]} (.{kind}); "
        if path.suffix.lower() != f".{kind}"
        else ""
    )
    notes = [
        CanvasWarning(
            Location(name),
            renamed
            + f"read as an {DESCRIBED[kind]}: hidden rows and columns cannot be seen in this format and are read",
        )
    ]
    by_name = {grid.title: grid for grid in grids}
    for sheet in surveyed or []:
        grid = by_name.get(sheet.name)
        if grid is not None:
            for r, c, text in sheet.past_grid:
                grid.keep_past_grid((r, c), text)
            grid.past_grid_more = sheet.past_grid_more
            for pos, text in sheet.texts.items():
                grid.retype(pos, text)
            for pos, number_format in sheet.percent_formats.items():
                grid.shown_as(pos, number_format)
            for pos, number_format in (sheet.number_formats or {}).items():
                grid.shown_as(pos, number_format)
            grid.extra_notes.extend(
                Item(" ".join(text.split()), grid.source((r, c)))
                for r, c, text in sheet.comments
                if not template_hint(text)  # the template's lane questions, its author lost in LibreOffice's save
            )
        if sheet.dropped_count:
            notes.append(dropped_merges_said(name, sheet.name, sheet.dropped_merges, sheet.dropped_count))
        if sheet.nested_rows:
            rows_ = ", ".join(map(str, sheet.nested_rows[:8])) + (" ..." if len(sheet.nested_rows) > 8 else "")
            notes.append(
                CanvasWarning(
                    Location(name, sheet.name),
                    f"row(s) {rows_} hold a table inside a cell, "
                    "which cannot be read; move its text into the sheet's own cells",
                )
            )
    if any(sheet.number_formats is None for sheet in surveyed or []):
        notes.append(
            CanvasWarning(
                Location(name),
                "its number formats cannot be read (its styles part is missing or damaged): numbers are read as "
                "stored, a percentage Excel shows as 42% as 0.42 — save it as .xlsx to read them as shown",
            )
        )
    notes.extend(_past_grid_said(grid, name) for grid in grids if grid.past_grid)
    notes.extend(_hidden_said(grid, hidden, name) for grid in grids if (hidden := grid.uncover()))
    return Book(grids, kind, notes)


def _hidden_said(grid: Grid, hidden: list[Pos], name: str) -> CanvasWarning:
    """Words kept under a merged range, which the range hides: kept as notes, and said."""
    shown = listed([f"{grid.ref(p)} (under {grid.ref(grid.owner(p))})" for p in hidden], 5)
    return CanvasWarning(
        Location(name, grid.title),
        f"{len(hidden)} cell(s) hold words hidden under a merged range: {shown} (kept as notes); "
        "unmerge the range to show them, or move them into its first cell",
    )


def _past_grid_said(grid: Grid, name: str) -> CanvasWarning:
    """Cells past Excel's grid, which no canvas can reach: kept as notes, and said."""
    shown = ", ".join(f"{column_letters(c)}{r}" for r, c in grid.past_grid[:5])
    more = len(grid.past_grid) - min(5, len(grid.past_grid)) + grid.past_grid_more
    total = len(grid.past_grid) + grid.past_grid_more
    return CanvasWarning(
        Location(name, grid.title),
        f"{total:,} cell(s) past Excel's grid (after column XFD or row 1,048,576): {shown}"
        + (f" and {more:,} more" if more else "")
        + (" (the first ones kept as notes)" if grid.past_grid_more else " (kept as notes)")
        + "; move them into the sheet's first 16,384 columns and 1,048,576 rows",
    )


def _csv(path: Path, name: str, budget: Budget) -> Book:
    size = path.stat().st_size
    if size > MAX_TEXT_BYTES:
        raise ReadError(name, f"refused: the text file is {size // 2**20} MB; canvasgen reads CSV files up to 20 MB")
    data = path.read_bytes()
    if not data.removeprefix(b"\xef\xbb\xbf").strip():
        raise ReadError(
            name,
            "the file is empty (it holds nothing but a byte-order mark or blank lines); "
            "expected a workbook (.xlsx, .ods, .xls) or a CSV file",
            kind="empty_file",
            values={"name": name},
        )
    if looks_binary(data) or not looks_like_text(data[:4096]):
        raise ReadError(name, f"{not_text(path.suffix)}; canvasgen reads {READS} files")
    if (markup := markup_kind(data[:4096])) is not None:
        raise ReadError(
            name,
            f"this is {markup}, which canvasgen does not read; open it in Excel (or LibreOffice) "
            "and save it as an Excel workbook (.xlsx), then give that file",
        )
    text, odd = decode_lines(data)
    named_said = _text_named_as_workbook(path, name, text)
    if (lines := line_count(text)) > MAX_LINES:
        raise ReadError(
            name,
            f"refused: the file has {lines:,} lines; canvasgen reads at most {MAX_LINES:,} (a canvas has a few dozen)",
        )
    separator, body = excel_separator(text)
    try:
        grid = Grid.from_rows(Path(name).stem, rows(body, separator, 2 if separator else 1), budget=budget)
    except RowProblem as problem:
        raise ReadError(Location(name, f"line {problem.line}"), problem.message) from None
    if separator:  # the rows start on the file's second line: cells keep the rows the file numbers
        grid = _moved_down(grid)
    said = named_said
    if odd:
        shown = listed([str(o) for o in odd])
        said.append(
            CanvasWarning(
                Location(name),
                f"line(s) {shown} are not UTF-8 like the rest of the file: read "
                "as Windows-1252; check their accents, and save the file as "
                "UTF-8",
            )
        )
    return Book([grid], "csv", said)


#: What separates a CSV file's cells: a text without any of them is no rows of cells.
_SEPARATORS = (",", ";", "\t", "|")


def _text_named_as_workbook(path: Path, name: str, text: str) -> list[CanvasWarning]:
    """A text file named as a workbook (``reis.xlsx`` holding text): refused in one sentence when it holds no
    rows of cells (plain text — it was read as a CSV of one column and "no canvas found"); rows of cells are
    read as the CSV file they are, said (a tool's export "for Excel" under a workbook's name)."""
    named = spreadsheet_named(path.suffix)
    if named is None:
        return []
    if not any(separator in text for separator in _SEPARATORS):
        raise ReadError(
            name,
            f"the file is named as {named} but is not one: it is plain text, not a workbook nor rows of cells "
            "(CSV) — give the workbook itself, as Excel or LibreOffice saves it",
        )
    return [
        CanvasWarning(
            Location(name),
            f"the file is named as {named} but is a text file: read as the rows of a CSV file — to keep it as a "
            "workbook, open it in Excel (or LibreOffice) and save it as one",
        )
    ]


def _moved_down(grid: Grid) -> Grid:
    """A CSV grid one row down: after Excel's "sep=" line, row 1 of the sheet is the file's line 2."""
    return Grid.from_cells(grid.title, ((r + 1, c, v.raw) for (r, c), v in grid.cells.items()))
