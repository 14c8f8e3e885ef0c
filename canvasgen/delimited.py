"""Text files of rows (CSV), as Excel, Google Sheets and analytics tools write them.

Dutch Excel writes semicolons and Windows-1252, Google Sheets commas and UTF-8, "Unicode
text" from Excel is UTF-16 with tabs. The encoding is told by a byte-order mark, else UTF-8
is tried, else Windows-1252; the separator is sniffed from the first lines.
"""

from __future__ import annotations

import csv
import io

_SEPARATORS = ";,\t|"
#: Lines read from a text file of rows: a canvas has dozens, an export of figures thousands.
MAX_LINES = 50_000


def line_count(text: str) -> int:
    return text.count("\n") + (0 if text.endswith("\n") else 1)


def decode(data: bytes) -> str:
    """Text from bytes in whichever encoding a spreadsheet program wrote them."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if len(data) >= 4 and data[1:4:2] == b"\x00\x00" and data[0] and data[2]:
        return data.decode("utf-16-le", errors="replace")  # UTF-16 without a mark
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # Excel's "CSV" on Windows in Western Europe


def looks_binary(data: bytes) -> bool:
    """True for bytes no text editor would show as text (UTF-16 aside)."""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return b"\x00" in head and not (len(head) >= 4 and head[1:4:2] == b"\x00\x00")


def separator(lines: list[str]) -> str:
    """The field separator of these lines: ';', ',', tab or '|'."""
    sample = "\n".join(lines[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=_SEPARATORS).delimiter
    except csv.Error:
        counts = {sep: sample.count(sep) for sep in _SEPARATORS}
        best = max(counts, key=lambda sep: counts[sep])
        return best if counts[best] else ","


def rows(text: str) -> list[list[str]]:
    """The rows of a CSV text, with its own separator; quoted fields may hold line breaks."""
    lines = text.splitlines()
    if not lines:
        return []
    return list(csv.reader(io.StringIO(text), delimiter=separator(lines)))
