"""Reading .ods, .xls and .xlsb through python-calamine in a process of its own.

calamine is a reader in Rust. On a crafted file it can abort the whole process (a failed allocation
ends it with SIGABRT, which no ``except`` catches) or panic (``PanicException``, a ``BaseException``);
the checks before it (``extent``, ``opendocument``) keep what we know of away from it, and this
process keeps the rest away from canvasgen: whatever happens to it, the command, the watch loop or
the folder build that asked gets an answer, and the user one sentence. The child limits its own
address space, so a runaway allocation ends it quickly instead of taking the machine's memory.

The child writes the sheets as JSON on its standard output: each cell with a value as
``[row, column, kind, value]`` (1-based), texts once in a table of their own.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from canvasgen.errors import ReadError
from canvasgen.read.limits import MAX_CELL_TEXT, MAX_TEXT

#: Seconds a read may take before the reader is stopped (a canvas takes a fraction of one).
READ_SECONDS = 120
#: The reader's address space: far above what a sheet within the caps needs.
CHILD_MEMORY = 2 * 1024**3

DESCRIBED = {"ods": "OpenDocument spreadsheet", "xls": "Excel 97-2003 workbook", "xlsb": "binary Excel workbook"}
_TEXT, _NUMBER, _BOOL, _DATETIME, _DATE, _TIME, _DURATION = range(7)


@dataclass
class SheetCells:
    """One sheet as the reader gave it: its cells with a value (1-based) and its merged ranges."""

    name: str
    cells: list[tuple[int, int, object]]
    merges: list[tuple[int, int, int, int]]


def read_sheets(path: Path, name: str, kind: str) -> list[SheetCells]:
    """Every sheet of the workbook at ``path``, read by calamine in a child process."""
    root = str(Path(__file__).resolve().parents[3])  # this canvasgen, whatever the working folder holds
    start = f"import sys; sys.path.insert(0, {root!r}); from canvasgen.read.package.calamine import main; main()"
    command = [sys.executable, "-c", start, str(path)]
    try:
        done = subprocess.run(command, capture_output=True, timeout=READ_SECONDS, stdin=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired:
        raise ReadError(
            name,
            f"reading the {DESCRIBED[kind]} took over {READ_SECONDS} seconds and was stopped; open it in its "
            "program and save it again (as .xlsx)",
        ) from None
    answer = _answer(done.stdout)
    if answer is None:
        code = done.returncode
        how = f"signal {-code}" if code < 0 else f"exit code {code}"
        raise ReadError(
            name,
            f"the {DESCRIBED[kind]} cannot be read: it stopped the reader ({how}), so its contents are damaged "
            "or crafted; open it in its program and save it again",
        )
    if "refused" in answer:
        raise ReadError(name, str(answer["refused"]))
    if "error" in answer:
        raise ReadError(
            name,
            f"the {DESCRIBED[kind]} cannot be read: its contents are damaged or not what its program writes; "
            "open it in its program and save it again",
        )
    strings = answer["strings"]
    return [
        SheetCells(
            sheet["name"],
            [(r, c, _value(k, v, strings)) for r, c, k, v in sheet["cells"]],
            [tuple(m) for m in sheet["merges"]],
        )
        for sheet in answer["sheets"]
    ]


def _answer(out: bytes) -> dict[str, Any] | None:
    try:
        answer = json.loads(out)
    except (ValueError, UnicodeDecodeError):
        return None
    return answer if isinstance(answer, dict) else None


def _value(kind: int, value: Any, strings: list[str]) -> object:
    if kind == _TEXT:
        return strings[value]
    if kind == _DATETIME:
        return dt.datetime.fromisoformat(value)
    if kind == _DATE:
        return dt.date.fromisoformat(value)
    if kind == _TIME:
        return dt.time.fromisoformat(value)
    if kind == _DURATION:
        return dt.timedelta(seconds=value)
    return value  # a number (NaN and infinity too: refused where they are read) or a boolean


# The child's side: nothing above but the standard library, calamine and canvasgen's limits is loaded.


def _encoded(value: object, strings: dict[str, int]) -> tuple[int, object] | None:
    if isinstance(value, str):
        if value == "":
            return None
        return _TEXT, strings.setdefault(value, len(strings))
    if isinstance(value, bool):
        return _BOOL, value
    if isinstance(value, (int, float)):
        return _NUMBER, value
    if isinstance(value, dt.datetime):
        return _DATETIME, value.isoformat()
    if isinstance(value, dt.date):
        return _DATE, value.isoformat()
    if isinstance(value, dt.time):
        return _TIME, value.isoformat()
    if isinstance(value, dt.timedelta):
        return _DURATION, value.total_seconds()
    return _TEXT, strings.setdefault(str(value), len(strings))


class _TooMuchText(Exception):
    pass


def _sheet_cells(sheet: Any, strings: dict[str, int], spent: list[int]) -> list[list[object]]:
    """The sheet's cells with a value as ``[row, column, kind, value]``, 1-based. ``iter_rows`` (python-calamine
    0.9) starts its columns at the first column with data but its rows at row 1, padded with empty rows, where
    ``to_python`` skips both: told apart by the number of rows it gives, so that a sheet whose first rows are
    blank keeps its row numbers either way."""
    top, left = sheet.start or (0, 0)
    found: list[tuple[int, int, int, object]] = []
    yielded = 0
    for r, row in enumerate(sheet.iter_rows()):
        yielded += 1
        for c, value in enumerate(row, start=left + 1):
            if value is None:
                continue
            if isinstance(value, str):
                spent[0] += min(len(value), MAX_CELL_TEXT + 1)
                if spent[0] > MAX_TEXT:
                    raise _TooMuchText
            encoded = _encoded(value, strings)
            if encoded is not None:
                found.append((r + 1, c, *encoded))
    shift = 0 if yielded == top + sheet.height else top  # else its rows start at the first row with data
    return [[r + shift, c, kind, value] for r, c, kind, value in found]


def _read(path: str) -> dict[str, Any]:
    from python_calamine import CalamineWorkbook

    with open(path, "rb") as handle:  # the format told by the bytes, not the name (a .xls renamed .xlsx)
        book = CalamineWorkbook.from_filelike(handle)
    strings: dict[str, int] = {}
    spent = [0]
    sheets = []
    for sheet_name in book.sheet_names:
        sheet = book.get_sheet_by_name(sheet_name)
        merges = [[r1 + 1, c1 + 1, r2 + 1, c2 + 1] for (r1, c1), (r2, c2) in (sheet.merged_cell_ranges or [])]
        sheets.append({"name": sheet_name, "cells": _sheet_cells(sheet, strings, spent), "merges": merges})
    return {"sheets": sheets, "strings": list(strings)}


def main() -> None:
    """The child: read the workbook named by the first argument, write the answer as JSON."""
    import warnings

    from canvasgen.platform import limit_memory

    limit_memory(CHILD_MEMORY)
    warnings.simplefilter("ignore")
    try:
        answer = _read(sys.argv[1])
    except _TooMuchText:
        answer = {
            "refused": f"refused: its cells hold over {MAX_TEXT:,} characters of text (a canvas has a few "
            "thousand words)"
        }
    except BaseException as problem:  # calamine panics (PanicException is a BaseException)
        answer = {"error": type(problem).__name__}
    sys.stdout.buffer.write(json.dumps(answer).encode("ascii"))
