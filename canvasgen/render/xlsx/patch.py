"""Changing a few cells of an .xlsx package and nothing else.

Loading a workbook with openpyxl and saving it drops what openpyxl does not model (shapes, images in
some forms, some drop-downs, themes' details). Here the package is copied part by part, byte for
byte, and only the sheets with changed cells are rewritten — and in them only the changed ``<c>``
elements (a text cell becomes an inline string; its style is kept). The sheet is read and written by a
real XML parser (lxml), so any attribute quoting, any namespace prefix and cells or rows that give no
reference (their place counted, as Excel does) are handled as the file means them. The shared-strings
table is left as it was: strings no cell uses any more are harmless.

A macro-enabled workbook (.xlsm) written under an .xlsx name loses its macros (``drop_macros``): the VBA
parts and what points at them go, and the workbook's content type becomes a plain workbook's, so Excel
opens it.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from copy import deepcopy
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from lxml import etree
from openpyxl.styles.numbers import BUILTIN_FORMATS
from openpyxl.utils.cell import get_column_letter
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

from canvasgen.errors import ApplyError, Location
from canvasgen.fileio import atomic_path
from canvasgen.read.grid import ONE_CARD_NAME, one_card_cells, one_card_formula
from canvasgen.read.package.parts import (
    shared_strings_part,
    sheet_parts,
    styles_part,
    uses_1904_dates,
    workbook_part,
)
from canvasgen.read.package.references import column_of, position, row_of
from canvasgen.read.package.sanitize import escaped_text
from canvasgen.read.shown import is_date_format
from canvasgen.render.xlsx.book import excel_escaped
from canvasgen.render.xlsx.comments import with_comments
from canvasgen.render.xlsx.macros import MacroError, without_macros
from canvasgen.text import without_controls

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


class PatchError(ApplyError):
    """A cell that cannot be changed safely (it holds a formula, or the sheet is not there), located in
    the workbook as the user knows it."""


@dataclass
class CellEdits:
    """New contents by sheet name and cell reference: text, a number, or None for empty."""

    cells: dict[str, dict[str, str | float | None]] = field(default_factory=dict)
    #: Merged ranges cut into parts (sheet -> range -> its parts, "E14:G14" -> ["E14:F14", "G14"]): each part
    #: starts as a copy of the range's first cell (its value and style), then takes its own edit.
    splits: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    #: The cells written one card each although their one line reads as several (``read.grid.ONE_CARD_NAME``), by sheet:
    #: the workbook's whole list after the edits (None: the list is left as it is).
    one_card: dict[str, set[str]] | None = None
    #: Comments to add, by sheet and cell: the team's notes on the cards they are about (``comments``).
    comments: dict[str, dict[str, str]] = field(default_factory=dict)

    def set(self, sheet: str, ref: str, value: str | float | None) -> None:
        self.cells.setdefault(sheet, {})[ref] = value

    def split(self, sheet: str, merged: str, parts: list[str]) -> None:
        self.splits.setdefault(sheet, {})[merged] = parts
        self.cells.setdefault(sheet, {})


@dataclass(frozen=True)
class Stored:
    """A cell as stored: its text (a shared or inline string, or a number as written), and whether
    it is a number (a date is a number with a date style)."""

    text: str
    number: bool
    formula: str | None = None  # the formula the cell holds (its text is then the value Excel calculated)
    #: Whether the cell's style shows a date (an empty date field Excel formatted as a date takes a serial).
    date_style: bool = False


@dataclass(frozen=True)
class StoredCells:
    """The cells asked for, by (sheet, reference), and the day the workbook counts its date serials from
    (openpyxl's CALENDAR_WINDOWS_1900 or CALENDAR_MAC_1904)."""

    cells: dict[tuple[str, str], Stored]
    epoch: dt.datetime
    #: The cells an earlier ``apply`` wrote one card each into (``read.grid.ONE_CARD_NAME``), by sheet.
    one_card: dict[str, set[str]] = field(default_factory=dict)

    def __getitem__(self, key: tuple[str, str]) -> Stored:
        return self.cells[key]


def stored_cells(path: Path, wanted: dict[str, list[str]]) -> StoredCells:
    """The cells asked for, and the workbook's date system, read in one pass over the package."""
    stored: dict[tuple[str, str], Stored] = {}
    with zipfile.ZipFile(path) as archive:
        epoch = CALENDAR_MAC_1904 if uses_1904_dates(archive) else CALENDAR_WINDOWS_1900
        strings = _shared_strings(archive, path)
        dated = _date_styles(archive)
        parts = sheet_parts(archive)
        for sheet, refs in wanted.items():
            if sheet not in parts:
                raise PatchError(path, f"the workbook has no sheet {sheet!r}")
            cells = _Sheet(_parse(archive.read(parts[sheet]), Location.of(path, sheet))).cells
            for ref in refs:
                cell = cells.get(ref)
                if cell is None:
                    stored[sheet, ref] = Stored("", False)
                    continue
                text = _value(cell, strings)
                formula = next((c.text or "" for c in cell if _named(c, "f")), None)
                number = cell.get("t", "n") == "n" and text != ""
                stored[sheet, ref] = Stored(text, number, formula, _int(cell.get("s"), 0) in dated)
        book_part = workbook_part(archive)
        marked = _one_card_name(_parse(archive.read(book_part), Location.of(path))) if book_part else None
    return StoredCells(stored, epoch, one_card_cells(marked.text if marked is not None else None))


def _date_styles(archive: zipfile.ZipFile) -> set[int]:
    """The cell styles (their index in ``cellXfs``) whose number format shows a date."""
    part = styles_part(archive)
    if part is None or part not in archive.namelist():
        return set()
    try:
        styles = etree.fromstring(archive.read(part), _PARSER)
    except etree.XMLSyntaxError:
        return set()  # read as it was by openpyxl already; a style unknown is simply no date style
    codes = {int(k): v for k, v in BUILTIN_FORMATS.items()}
    for found in styles.iterfind("{*}numFmts/{*}numFmt"):
        codes[_int(found.get("numFmtId"), -1)] = found.get("formatCode") or ""
    return {
        index
        for index, xf in enumerate(styles.iterfind("{*}cellXfs/{*}xf"))
        if is_date_format(codes.get(_int(xf.get("numFmtId"), 0), "General"))
    }


def patch_workbook(
    source: Path, out: Path, edits: CellEdits, drop_macros: bool = False
) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """Write ``out``: ``source`` with the edited cells changed and the comments added, every other part copied
    as it was (without the macros' parts with ``drop_macros``). The (sheet, cell) that took a comment, and those
    that did not because they have one already (a cell keeps its comment alone)."""
    with zipfile.ZipFile(source) as archive:
        parts = sheet_parts(archive)
        missing = [name for name in edits.cells if name not in parts]
        if missing:
            raise PatchError(source, f"the workbook has no sheet {missing[0]!r}")
        shared = _shared_items(archive, source)
        changed = {
            parts[name]: _patched(
                archive.read(parts[name]), Location.of(source, name), cells, shared, edits.splits.get(name, {})
            )
            for name, cells in edits.cells.items()
        }
        dropped: set[str] = set()
        if drop_macros:
            try:
                rewritten, dropped = without_macros(archive)
            except MacroError as error:
                raise PatchError(source, str(error)) from None
            changed.update(rewritten)
        book_part = workbook_part(archive)
        if edits.one_card is not None and book_part is not None:
            changed[book_part] = _with_one_card(archive.read(book_part), source, edits.one_card)
        commented: set[tuple[str, str]] = set()
        taken: set[tuple[str, str]] = set()
        for name, notes in edits.comments.items():
            if name not in parts:
                continue
            added = with_comments(archive, parts[name], notes, changed)  # new parts named apart from those made
            changed.update(added.parts)
            commented |= {(name, ref) for ref in added.kept}
            taken |= {(name, ref) for ref in added.taken}
        names = set(archive.namelist())
        with atomic_path(out) as temp, zipfile.ZipFile(temp, "w") as target:
            for info in archive.infolist():
                if info.filename in dropped:
                    continue
                data = changed[info.filename] if info.filename in changed else archive.read(info)
                target.writestr(info, data, compress_type=info.compress_type)
            for name in sorted(set(changed) - names):  # parts made new: a sheet's first comments
                target.writestr(name, changed[name], compress_type=zipfile.ZIP_DEFLATED)
    return commented, taken


def _one_card_name(book: etree._Element) -> etree._Element | None:
    """The workbook's defined name listing the cells written one card each, if it has one."""
    return next((name for name in book.iter("{*}definedName") if name.get("name") == ONE_CARD_NAME), None)


#: What may come before ``<definedNames>`` in a workbook part, in the schema's order.
_BEFORE_NAMES = frozenset(
    {"fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups"}
) | {"externalReferences"}


def _with_one_card(data: bytes, source: Path, cells: dict[str, set[str]]) -> bytes:
    """The workbook part with its hidden list of the cells written one card each set to ``cells`` (taken out
    when none is left); every other defined name as it was."""
    book = _parse(data, Location.of(source))
    ns = f"{{{etree.QName(book).namespace}}}" if etree.QName(book).namespace else ""
    found = _one_card_name(book)
    listed = {sheet: refs for sheet, refs in cells.items() if refs}
    if found is None and not listed:
        return data
    if found is not None:
        names = found.getparent()
        names.remove(found)
        if not listed and len(names) == 0:
            book.remove(names)
    if listed:
        names = book.find(f"{ns}definedNames")
        if names is None:
            names = etree.Element(f"{ns}definedNames")
            before = [child for child in book if etree.QName(child).localname in _BEFORE_NAMES]
            book.insert(book.index(before[-1]) + 1 if before else 0, names)
        name = etree.SubElement(names, f"{ns}definedName", name=ONE_CARD_NAME, hidden="1")
        name.text = one_card_formula(listed)
    return bytes(etree.tostring(book, xml_declaration=True, encoding="UTF-8", standalone=True))


def _parse(data: bytes, sheet: Location) -> etree._Element:
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as error:
        raise PatchError(
            Location(sheet.file), f"the sheet {sheet.sheet!r} is not well-formed XML ({error.msg})"
        ) from None


class _Sheet:
    """A worksheet's cells and rows by their place, counted as Excel counts them where a row or cell
    gives no reference of its own."""

    def __init__(self, root: etree._Element) -> None:
        self.ns = f"{{{etree.QName(root).namespace}}}" if etree.QName(root).namespace else ""
        data = root.find(f"{self.ns}sheetData")
        if data is None:
            data = etree.SubElement(root, f"{self.ns}sheetData")
        self.data = data
        self.root = root
        self.rows: dict[int, etree._Element] = {}
        self.cells: dict[str, etree._Element] = {}
        self.implicit = False
        number = 0
        for row in data.iterfind(f"{self.ns}row"):
            number = row_of(row.get("r"), number + 1)
            self.implicit |= row.get("r") is None
            self.rows[number] = row
            column = 0
            for cell in row.iterfind(f"{self.ns}c"):
                column = column_of(cell.get("r"), column + 1)
                self.implicit |= cell.get("r") is None
                self.cells[f"{get_column_letter(column)}{number}"] = cell

    def make_explicit(self) -> None:
        """Give every row and cell its reference, so that a cell put in between moves no other."""
        for number, row in self.rows.items():
            row.set("r", str(number))
        for ref, cell in self.cells.items():
            cell.set("r", ref)

    def cell(self, ref: str) -> etree._Element:
        """The cell at ``ref``, made (in column order, in its row, made in row order) when missing."""
        found = self.cells.get(ref)
        if found is not None:
            return found
        place = position(ref)
        if place is None:
            raise ValueError(f"{ref!r} is not a cell reference")  # our own edits name the cells: a bug, not bad input
        row_number, column = place
        row = self.rows.get(row_number)
        if row is None:
            row = etree.Element(f"{self.ns}row", r=str(row_number))
            after = [n for n in self.rows if n > row_number]
            if after:
                self.rows[min(after)].addprevious(row)
            else:
                self.data.append(row)
            self.rows[row_number] = row
        row.attrib.pop("spans", None)  # a hint that may no longer hold
        cell = etree.Element(f"{self.ns}c", r=ref)
        later = [c for c in row.iterfind(f"{self.ns}c") if column_of(c.get("r"), 0) > column]
        if later:
            later[0].addprevious(cell)
        else:
            row.append(cell)
        self.cells[ref] = cell
        return cell


def _patched(
    data: bytes,
    sheet: Location,
    cells: dict[str, str | float | None],
    shared: list[etree._Element],
    splits: dict[str, list[str]],
) -> bytes:
    root = _parse(data, sheet)
    found = _Sheet(root)
    if found.implicit:
        found.make_explicit()
    for merged, parts in splits.items():
        _split(found, sheet, merged, parts)
    for ref, value in cells.items():
        cell = found.cell(ref)
        runs = _runs(cell, shared)
        _set(cell, Location(sheet.file, sheet.sheet, ref), value, found.ns)
        if isinstance(value, str) and value and any(style is not None for style, _ in runs):
            _restyle(cell, runs, without_controls(value), found.ns)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _split(found: _Sheet, sheet: Location, merged: str, parts: list[str]) -> None:
    """The merged range ``merged`` cut into ``parts``: its <mergeCell> replaced by one per part that is still
    more than a cell, each part's first cell a copy of the range's first cell (value, style, formatting runs)."""
    ns = found.ns
    holder = found.root.find(f"{ns}mergeCells")
    ranges = [] if holder is None else [m for m in holder if _named(m, "mergeCell")]
    old = next((m for m in ranges if (m.get("ref") or "").upper() == merged.upper()), None)
    if holder is None or old is None:
        raise PatchError(Location(sheet.file, sheet.sheet, merged), "the range is no longer merged in the workbook")
    at = holder.index(old)
    holder.remove(old)
    for offset, part in enumerate(p for p in parts if ":" in p):
        holder.insert(at + offset, etree.Element(f"{ns}mergeCell", ref=part))
    count = sum(1 for m in holder if _named(m, "mergeCell"))
    if count:
        holder.set("count", str(count))
    else:
        found.root.remove(holder)
    first = found.cell(merged.split(":")[0])
    for part in parts[1:]:
        cell = found.cell(part.split(":")[0])
        for child in list(cell):
            cell.remove(child)
        for name in list(cell.attrib):
            if name != "r":
                del cell.attrib[name]
        for name, value in first.attrib.items():
            if name != "r":
                cell.set(name, value)
        for child in first:
            cell.append(deepcopy(child))


def _set(cell: etree._Element, where: Location, value: str | float | None, ns: str) -> None:
    """The cell's value replaced; its style and anything else it carries kept."""
    if any(etree.QName(child).localname == "f" for child in cell if isinstance(child.tag, str)):
        raise PatchError(where, "the cell holds a formula, which canvasgen never overwrites: change it in the workbook")
    for child in list(cell):
        if not isinstance(child.tag, str) or etree.QName(child).localname in ("v", "is"):
            cell.remove(child)
    for name in ("t", "vm", "cm"):  # what said how the old value was stored
        cell.attrib.pop(name, None)
    if value is None or value == "":
        return
    if isinstance(value, (int, float)):
        element = etree.Element(f"{ns}v")
        element.text = number_text(float(value))
    else:
        cell.set("t", "inlineStr")
        element = etree.Element(f"{ns}is")
        text = etree.SubElement(element, f"{ns}t")
        text.text = excel_escaped(without_controls(value))
        text.set(_XML_SPACE, "preserve")
    cell.insert(0, element)


def number_text(value: float) -> str:
    """A number as a cell stores it, every digit kept (20261014 stays 20261014, not 2.02610e+07)."""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


Run = tuple[etree._Element | None, str]  # a run's properties (<rPr>, None for none) and its text


def _shared_items(archive: zipfile.ZipFile, source: Path) -> list[etree._Element]:
    part = shared_strings_part(archive)
    if part is None:
        return []
    return [si for si in _parse(archive.read(part), Location.of(source, part)) if _named(si, "si")]


def _runs(cell: etree._Element, shared: list[etree._Element]) -> list[Run]:
    """A text cell's runs of formatting (a rich text: "BELANGRIJK" bold and red on its first line), or []."""
    children = {etree.QName(c).localname: c for c in cell if isinstance(c.tag, str)}
    string: etree._Element | None = None
    if cell.get("t") == "s" and "v" in children:
        index = _int(children["v"].text, -1)
        string = shared[index] if 0 <= index < len(shared) else None
    elif cell.get("t") == "inlineStr":
        string = children.get("is")
    if string is None:
        return []
    runs: list[Run] = []
    for run in (r for r in string if _named(r, "r")):
        style = next((p for p in run if _named(p, "rPr")), None)
        runs.append((style, _unescaped("".join(t.text or "" for t in run if _named(t, "t")))))
    return runs


def _restyle(cell: etree._Element, runs: list[Run], text: str, ns: str) -> None:
    """The new text of a rich-text cell written in runs: each character that was there keeps its run's
    formatting (so the lines not changed keep theirs), a changed or added stretch takes the formatting of
    what it replaces or follows."""
    styles: list[etree._Element | None] = [style for style, part in runs for _ in part]
    old = "".join(part for _, part in runs)
    new_styles: list[etree._Element | None] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, text, autojunk=False).get_opcodes():
        if tag == "equal":
            new_styles += styles[i1:i2]
        elif tag in ("replace", "insert"):
            near = styles[i1] if i1 < len(styles) else (styles[-1] if styles else None)
            new_styles += [near] * (j2 - j1)
    for looks_escaped in re.finditer(r"_x[0-9A-Fa-f]{4}_", text):  # escaped whole only within one run
        first = looks_escaped.start()
        new_styles[first : looks_escaped.end()] = [new_styles[first]] * (looks_escaped.end() - first)
    inline = etree.Element(f"{ns}is")
    start = 0
    for end in range(1, len(text) + 1):
        if end == len(text) or new_styles[end] is not new_styles[start]:
            run = etree.SubElement(inline, f"{ns}r")
            if new_styles[start] is not None:
                run.append(deepcopy(new_styles[start]))
            part = etree.SubElement(run, f"{ns}t")
            part.text = excel_escaped(text[start:end])
            part.set(_XML_SPACE, "preserve")
            start = end
    for child in [c for c in cell if _named(c, "is")]:
        cell.remove(child)
    cell.set("t", "inlineStr")
    cell.insert(0, inline)


def _named(element: etree._Element, name: str) -> bool:
    return isinstance(element.tag, str) and etree.QName(element).localname == name


def _shared_strings(archive: zipfile.ZipFile, source: Path) -> list[str]:
    part = shared_strings_part(archive)
    if part is None:
        return []
    root = _parse(archive.read(part), Location.of(source, part))
    return [_string(si) for si in root if isinstance(si.tag, str) and etree.QName(si).localname == "si"]


def _string(element: etree._Element) -> str:
    """A string's text: its own <t>, or its runs' <t>s; the phonetic guides (<rPh>) are not part of it;
    Excel's _xHHHH_ escapes read as the characters they stand for."""
    texts = []
    for child in element:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child).localname
        if name == "t":
            texts.append(child.text or "")
        elif name == "r":
            texts.extend(t.text or "" for t in child if isinstance(t.tag, str) and etree.QName(t).localname == "t")
    return _unescaped("".join(texts))


def _unescaped(text: str) -> str:
    """The text as the reader reads it (``escaped_text``), so that what is stored compares with what the kit read."""

    def char(match: re.Match[str]) -> str:
        meant = escaped_text(int(match.group(1), 16))
        return match.group(0) if meant is None else meant

    return _ESCAPE.sub(char, text) if "_x" in text else text


def _value(cell: etree._Element, strings: list[str]) -> str:
    kind = cell.get("t", "n")
    children = {etree.QName(c).localname: c for c in cell if isinstance(c.tag, str)}
    value = children.get("v")
    if kind == "s" and value is not None:
        index = _int(value.text, -1)
        return strings[index] if 0 <= index < len(strings) else ""
    if kind == "inlineStr":
        inline = children.get("is")
        return _string(inline) if inline is not None else ""
    return _unescaped(value.text or "") if value is not None else ""


def _int(text: str | None, default: int) -> int:
    return int(text) if text and text.strip().isdigit() else default
