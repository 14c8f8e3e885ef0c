"""Changing a few cells of an .xlsx package and nothing else.

Loading a workbook with openpyxl and saving it drops what openpyxl does not model (shapes, images in
some forms, some drop-downs, themes' details). Here the package is copied part by part, byte for
byte, and only the sheets with changed cells are rewritten — and in them only the changed ``<c>``
elements (a text cell becomes an inline string; its style is kept). The shared-strings table is left
as it was: strings no cell uses any more are harmless.
"""

from __future__ import annotations

import html
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from defusedxml.ElementTree import fromstring
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

from canvasgen.excel.package import shared_strings_part, sheet_parts
from canvasgen.fileio import atomic_path
from canvasgen.text import without_controls

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_CELL = re.compile(r"<(?P<p>\w+:)?c\b(?P<attrs>[^>]*?)(?:/>|>(?P<body>.*?)</(?P=p)?c>)", re.DOTALL)
_ROW = re.compile(r"<(?P<p>\w+:)?row\b(?P<attrs>[^>]*?)(?:/>|>(?P<body>.*?)</(?P=p)?row>)", re.DOTALL)
_ATTR = re.compile(r'\s(?P<name>[\w:]+)="(?P<value>[^"]*)"')


class PatchError(ValueError):
    """A cell that cannot be changed safely (it holds a formula, or the sheet is not there)."""


@dataclass
class CellEdits:
    """New contents by sheet name and cell reference: text, a number, or None for empty."""

    cells: dict[str, dict[str, str | float | None]] = field(default_factory=dict)

    def set(self, sheet: str, ref: str, value: str | float | None) -> None:
        self.cells.setdefault(sheet, {})[ref] = value


@dataclass(frozen=True)
class Stored:
    """A cell as stored: its text (a shared or inline string, or a number as written), and whether
    it is a number (a date is a number with a date style)."""

    text: str
    number: bool


def stored_cells(path: Path, wanted: dict[str, list[str]]) -> dict[tuple[str, str], Stored]:
    """The cells asked for, by (sheet, reference), read in one pass over the package."""
    stored: dict[tuple[str, str], Stored] = {}
    with zipfile.ZipFile(path) as archive:
        strings = _shared_strings(archive)
        for sheet, refs in wanted.items():
            xml = _sheet_xml(archive, sheet)
            found = {_attrs(m.group("attrs")).get("r"): m for m in _CELL.finditer(xml)}
            for ref in refs:
                match = found.get(ref)
                if match is None:
                    stored[sheet, ref] = Stored("", False)
                    continue
                text = _value(match, strings)
                stored[sheet, ref] = Stored(text, _attrs(match.group("attrs")).get("t", "n") == "n" and text != "")
    return stored


def patch_workbook(source: Path, out: Path, edits: CellEdits) -> None:
    """Write ``out``: ``source`` with the edited cells changed, every other part copied as it was."""
    with zipfile.ZipFile(source) as archive:
        parts = sheet_parts(archive)
        missing = [name for name in edits.cells if name not in parts]
        if missing:
            raise PatchError(f"the workbook has no sheet {missing[0]!r}")
        changed = {parts[name]: _patched(archive.read(parts[name]).decode("utf-8"), cells)
                   for name, cells in edits.cells.items()}  # fmt: skip
        with atomic_path(out) as temp, zipfile.ZipFile(temp, "w") as target:
            for info in archive.infolist():
                data = changed[info.filename].encode("utf-8") if info.filename in changed else archive.read(info)
                target.writestr(info, data, compress_type=info.compress_type)


def _sheet_xml(archive: zipfile.ZipFile, sheet: str) -> str:
    parts = sheet_parts(archive)
    if sheet not in parts:
        raise PatchError(f"the workbook has no sheet {sheet!r}")
    return archive.read(parts[sheet]).decode("utf-8")


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    part = shared_strings_part(archive)
    if part is None:
        return []
    root = fromstring(archive.read(part))
    # A string is its own <t>, or its runs' <t>s; the phonetic guides (<rPh>) are not part of it.
    return ["".join(t.text or "" for t in si.findall(f"{_MAIN}t") + si.findall(f"{_MAIN}r/{_MAIN}t"))
            for si in root.iter(f"{_MAIN}si")]  # fmt: skip


def _attrs(text: str) -> dict[str, str]:
    return {m.group("name"): m.group("value") for m in _ATTR.finditer(text)}


def _value(match: re.Match[str], strings: list[str]) -> str:
    body = match.group("body") or ""
    kind = _attrs(match.group("attrs")).get("t", "n")
    inner = re.findall(r"<(?:\w+:)?t\b[^>]*>(.*?)</(?:\w+:)?t>", body, re.DOTALL)
    value = re.search(r"<(?:\w+:)?v>(.*?)</(?:\w+:)?v>", body, re.DOTALL)
    if kind == "s" and value is not None:
        index = int(value.group(1))
        return strings[index] if index < len(strings) else ""
    if kind == "inlineStr":
        return _unescape("".join(inner))
    return _unescape(value.group(1)) if value is not None else ""


def _unescape(text: str) -> str:
    """XML text as it reads: entities and character references (&#8216;) resolved."""
    return html.unescape(text)


def _patched(xml: str, cells: dict[str, str | float | None]) -> str:
    todo = dict(cells)
    pieces: list[tuple[int, int, str]] = []  # start, end, replacement
    for match in _CELL.finditer(xml):
        attrs = _attrs(match.group("attrs"))
        ref = attrs.get("r")
        if ref not in todo:
            continue
        if re.search(r"<(?:\w+:)?f\b", match.group("body") or ""):
            raise PatchError(f"cell {ref} holds a formula")
        pieces.append((match.start(), match.end(), _cell(match.group("p") or "", ref, attrs.get("s"), todo.pop(ref))))
    xml = _replace(xml, pieces)
    if todo:
        xml = _insert_cells(xml, todo)
    return xml


def _replace(xml: str, pieces: list[tuple[int, int, str]]) -> str:
    for start, end, text in sorted(pieces, reverse=True):
        xml = xml[:start] + text + xml[end:]
    return xml


def _cell(prefix: str, ref: str, style: str | None, value: str | float | None) -> str:
    s = f' s="{style}"' if style is not None else ""
    if value is None or value == "":
        return f'<{prefix}c r="{ref}"{s}/>'
    if isinstance(value, (int, float)):
        return f'<{prefix}c r="{ref}"{s}><{prefix}v>{value:g}</{prefix}v></{prefix}c>'
    text = escape(without_controls(value))
    return (f'<{prefix}c r="{ref}"{s} t="inlineStr"><{prefix}is><{prefix}t xml:space="preserve">{text}'
            f"</{prefix}t></{prefix}is></{prefix}c>")  # fmt: skip


def _position(ref: str) -> tuple[int, int]:
    letters, row = coordinate_from_string(ref)
    return row, column_index_from_string(letters)


def _insert_cells(xml: str, cells: dict[str, str | float | None]) -> str:
    """Cells the sheet does not have yet, put into their rows in column order (rows made as needed)."""
    by_row: dict[int, list[str]] = {}
    for ref in cells:
        by_row.setdefault(_position(ref)[0], []).append(ref)
    rows = {int(_attrs(m.group("attrs"))["r"]): m for m in _ROW.finditer(xml) if "r" in _attrs(m.group("attrs"))}
    pieces: list[tuple[int, int, str]] = []
    new_rows: list[tuple[int, str]] = []
    prefix = _prefix(xml)
    for number, refs in by_row.items():
        made = [(_position(r)[1], _cell(prefix, r, None, cells[r])) for r in refs]
        row = rows.get(number)
        if row is None:
            body = "".join(text for _, text in sorted(made))
            new_rows.append((number, f'<{prefix}row r="{number}">{body}</{prefix}row>'))
            continue
        old = [
            (_position(_attrs(m.group("attrs"))["r"])[1], m.group(0)) for m in _CELL.finditer(row.group("body") or "")
        ]
        body = "".join(text for _, text in sorted(old + made, key=lambda pair: pair[0]))
        attrs = re.sub(r'\sspans="[^"]*"', "", row.group("attrs"))  # a hint that no longer holds
        p = row.group("p") or ""
        pieces.append((row.start(), row.end(), f"<{p}row{attrs}>{body}</{p}row>"))
    xml = _replace(xml, pieces)
    for number, text in sorted(new_rows):
        xml = _add_row(xml, number, text, prefix)
    return xml


def _prefix(xml: str) -> str:
    match = re.search(r"<(\w+:)?sheetData\b", xml)
    return match.group(1) or "" if match else ""


def _add_row(xml: str, number: int, text: str, prefix: str) -> str:
    after = [m for m in _ROW.finditer(xml) if int(_attrs(m.group("attrs")).get("r", "0")) > number]
    if after:
        at = after[0].start()
        return xml[:at] + text + xml[at:]
    empty = re.search(rf"<{prefix}sheetData\s*/>", xml)
    if empty:
        return xml[: empty.start()] + f"<{prefix}sheetData>{text}</{prefix}sheetData>" + xml[empty.end() :]
    at = xml.index(f"</{prefix}sheetData>")
    return xml[:at] + text + xml[at:]
