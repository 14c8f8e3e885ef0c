"""Text files of rows (CSV), as Excel, Google Sheets and analytics tools write them.

Dutch Excel writes semicolons and Windows-1252, Google Sheets commas and UTF-8, "Unicode
text" from Excel is UTF-16 with tabs. The encoding is told by a byte-order mark, else UTF-8
is tried, else Windows-1252; the separator is sniffed from the first lines. Lines may end as
Windows, Unix or the old Mac ("CSV (Macintosh)" from Excel for Mac: a carriage return alone) end them.

A field is a cell: it holds at most Excel's 32,767 characters, and a line at most Excel's 16,384
fields; past either (one stray quote mark makes the rest of a file one field) the line is named.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
from collections.abc import Iterator

from canvasgen.read.limits import EXCEL_COLUMNS, MAX_CELL_TEXT

_SEPARATORS = ";,\t|"
#: Lines read from a text file of rows: a canvas has dozens, an export of figures thousands.
MAX_LINES = 50_000
#: What the separator is told from: the first lines of the first 64 KB, each cut off at 2 KB
#: (csv.Sniffer takes time with the square of a line's length).
_SAMPLE_BYTES, _SAMPLE_LINES, _SAMPLE_LINE = 64 * 1024, 20, 2048


class RowProblem(ValueError):
    """A line of a text file of rows that cannot be read as one: its number (1-based) and why."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message


def line_count(text: str) -> int:
    """Lines, however they end (CR LF, LF, or CR alone)."""
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n")
    return breaks + (0 if text.endswith(("\n", "\r")) else 1)


def decode(data: bytes) -> str:
    """Text from bytes in whichever encoding a spreadsheet program wrote them."""
    return decode_lines(data)[0]


def decode_lines(data: bytes) -> tuple[str, list[int]]:
    """Text from bytes in whichever encoding a spreadsheet program wrote them, and the lines (1-based) of
    a UTF-8 text that are not UTF-8 (a line pasted in from a Windows-1252 file): each of those is read as
    Windows-1252 on its own, so that neither it nor the rest turns into mojibake; the caller says them."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), []
    if len(data) >= 4 and data[1:4:2] == b"\x00\x00" and data[0] and data[2]:
        return data.decode("utf-16-le", errors="replace"), []  # UTF-16 without a mark
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    lines = data.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    decoded: list[str] = []
    odd: list[int] = []
    for number, line in enumerate(lines, start=1):
        try:
            decoded.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            decoded.append(line.decode("cp1252", errors="replace"))
            odd.append(number)
    if any(not line.isascii() for i, line in enumerate(decoded, start=1) if i not in odd):
        return "\n".join(decoded), odd  # UTF-8 with a few lines of another encoding
    return data.decode("cp1252", errors="replace"), []  # Excel's "CSV" on Windows in Western Europe


#: Excel's first line naming the separator ("sep=;"): a line for Excel, no row of the sheet.
_SEP_LINE = re.compile(r"^sep=(.)[ \t]*\r?\n", re.IGNORECASE)


def excel_separator(text: str) -> tuple[str | None, str]:
    """The separator Excel's "sep=;" first line names (None without one), and the text after that line."""
    match = _SEP_LINE.match(text)
    return (match.group(1), text[match.end() :]) if match else (None, text)


def looks_binary(data: bytes) -> bool:
    """True for bytes no text editor would show as text (UTF-16 aside)."""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return b"\x00" in head and not (len(head) >= 4 and head[1:4:2] == b"\x00\x00")


def separator(text: str) -> str:
    """The field separator of a text of rows: ';', ',', tab or '|', told from its first lines."""
    lines = [line[:_SAMPLE_LINE] for line in text[:_SAMPLE_BYTES].splitlines()[:_SAMPLE_LINES]]
    sample = "\n".join(lines)
    try:
        return csv.Sniffer().sniff(sample, delimiters=_SEPARATORS).delimiter
    except csv.Error:
        counts = {sep: sample.count(sep) for sep in _SEPARATORS}
        best = max(counts, key=lambda sep: counts[sep])
        return best if counts[best] else ","


def rows(text: str, delimiter: str | None = None, first_line: int = 1) -> Iterator[list[str]]:
    """The rows of a text of rows, with its own separator; quoted fields may hold line breaks. Raises
    RowProblem (with the line a row starts on, counted from ``first_line``) for a field over Excel's
    limit for a cell, a line with more fields than a sheet has columns, or a line csv cannot read."""
    if not text.strip():
        return
    lines = io.StringIO(text, newline="").readlines()  # as the reader counts them
    reader = csv.reader(lines, delimiter=delimiter or separator(text))
    start = first_line
    with _field_limit(MAX_CELL_TEXT):
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                if "field larger than field limit" in str(error):
                    raise RowProblem(
                        start,
                        f"a field runs past {MAX_CELL_TEXT:,} characters, Excel's limit for a "
                        "cell (a quote mark that opens a field and never closes it makes the "
                        "rest of the file one field)",
                    ) from None
                raise RowProblem(start, f"the line cannot be read as CSV ({error})") from None
            if len(row) > EXCEL_COLUMNS:
                raise RowProblem(
                    start,
                    f"the line has {len(row):,} fields; a sheet has at most {EXCEL_COLUMNS:,} columns (Excel's limit)",
                )
            if reader.line_num == len(lines) and _quote_left_open(
                lines[start - first_line :], reader.dialect.delimiter
            ):
                raise RowProblem(
                    start,
                    "a quote mark opens a field that is never closed, so the rest of the file "
                    f"({reader.line_num - start + first_line} lines) would be one cell: close the quote or take it out",
                )
            yield row
            start = first_line + reader.line_num


def _quote_left_open(lines: list[str], delimiter: str) -> bool:
    """Whether the last row of a file, read from ``lines``, ends inside a quoted field: csv then takes the
    rest of the file into that field without a word. Read again strictly, csv says so ("unexpected end of
    data"); what else strict reading refuses (a stray quote inside a field) the lenient reading keeps."""
    try:
        for _ in csv.reader(lines, delimiter=delimiter, strict=True):
            pass
    except csv.Error as error:
        return "unexpected end of data" in str(error)
    return False


@contextlib.contextmanager
def _field_limit(limit: int) -> Iterator[None]:
    """csv's limit on a field's characters (a setting of the whole process), for the time of one read."""
    before = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(before)
