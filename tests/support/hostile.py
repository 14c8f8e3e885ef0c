"""Hostile workbooks, written on demand: each must be answered quickly, in bounded memory, in one sentence."""

from __future__ import annotations

import random
import re
import string
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl

from tests.support.workbooks import CANVASES, DATA, zip_with_zeros

BASE = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
SHEET = "xl/worksheets/sheet1.xml"


def _rewrite(
    src: Path,
    dst: Path,
    changes: dict[str, Callable[[bytes], bytes]],
    extra: dict[str, bytes] | None = None,
    packing: int = zipfile.ZIP_DEFLATED,
) -> Path:
    # the fastest deflate: these files are made for every run, and how tightly they are packed is not the point
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", packing, compresslevel=1) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename in changes:
                data = changes[info.filename](data)
            zout.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            zout.writestr(name, data)
    return dst


def zip_bomb(folder: Path) -> Path:
    return zip_with_zeros(folder / "zip-bomb.xlsx", {"[Content_Types].xml": b"<Types/>"}, SHEET, 200 * 1024 * 1024)


def entity_expansion(folder: Path) -> Path:
    laughs = (
        b'<!DOCTYPE lolz [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    )
    return _rewrite(BASE, folder / "entity-expansion.xlsx", {SHEET: lambda d: laughs + d})


def external_entity(folder: Path) -> Path:
    xxe = b'<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    return _rewrite(BASE, folder / "external-entity.xlsx", {SHEET: lambda d: xxe + d})


def absurd_dimensions(folder: Path) -> Path:
    def grow(data: bytes) -> bytes:
        data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', data)
        whole = b'<mergeCell ref="A1:XFD1048576"/>'
        return re.sub(rb"(<mergeCells[^>]*>)", rb"\1" + whole, data, count=1)

    return _rewrite(BASE, folder / "absurd-dimensions.xlsx", {SHEET: grow})


def million_empty_rows(folder: Path) -> Path:
    rows = b"".join(
        b'<row r="%d" s="1" customFormat="1"><c r="A%d" s="1"/><c r="B%d" s="1"/></row>' % (r, r, r)
        for r in range(100, 1_000_100)
    )

    def pad(data: bytes) -> bytes:
        return data.replace(b"</sheetData>", rows + b"</sheetData>")

    return _rewrite(BASE, folder / "million-empty-rows.xlsx", {SHEET: pad})


def nested_merges(folder: Path) -> Path:
    ranges = b"".join(
        b'<mergeCell ref="%s%d:%s%d"/>'
        % (
            openpyxl.utils.get_column_letter(1 + i).encode(),
            30 + i,
            openpyxl.utils.get_column_letter(100 - i).encode(),
            1030 - i,
        )
        for i in range(45)
    )

    def nest(data: bytes) -> bytes:
        return data.replace(b"</sheetData>", b"</sheetData>" + b'<mergeCells count="45">' + ranges + b"</mergeCells>")

    return _rewrite(BASE, folder / "nested-merges.xlsx", {SHEET: nest})


def huge_cell(folder: Path) -> Path:
    # 50 MB of random letters and spaces, drawn as bytes and mapped onto the letters (a Python loop over
    # 50 million choices took seconds). Stored, not deflated: random letters barely pack (deflating them took
    # the test two seconds), and a stored part is as much a part of a workbook as a deflated one.
    alphabet = (string.ascii_letters + " ").encode()
    text = (
        random.Random(3).randbytes(50 * 1024 * 1024).translate(bytes(alphabet[b % len(alphabet)] for b in range(256)))
    )
    row = b'<row r="50"><c r="H50" t="inlineStr"><is><t>' + text + b"</t></is></c></row>"
    return _rewrite(
        BASE,
        folder / "huge-cell.xlsx",
        {SHEET: lambda d: d.replace(b"</sheetData>", row + b"</sheetData>")},
        packing=zipfile.ZIP_STORED,
    )


def macros(folder: Path) -> Path:
    def macro_type(data: bytes) -> bytes:
        data = data.replace(
            b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        )
        return data.replace(
            b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'
        )

    vba = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b'Attribute VB_Name = "Module1"\nSub AutoOpen()\nShell "calc"\nEnd Sub' * 20
    )
    return _rewrite(BASE, folder / "macros.xlsm", {"[Content_Types].xml": macro_type}, {"xl/vbaProject.bin": vba})


_WHOLE_SHEET_MERGE = b'<mergeCell ref="A40:XFD1048576"/>'


def _merge_whole_sheet(data: bytes) -> bytes:
    return re.sub(rb"(<mergeCells[^>]*>)", rb"\1" + _WHOLE_SHEET_MERGE, data, count=1)


def dotted_relationship(folder: Path) -> Path:
    """The workbook's relationship names its sheet ``./worksheets/sheet1.xml``: the same part to openpyxl."""
    rels = "xl/_rels/workbook.xml.rels"
    return _rewrite(
        BASE,
        folder / "dotted-relationship.xlsx",
        {
            SHEET: _merge_whole_sheet,
            rels: lambda d: d.replace(b'Target="worksheets/sheet1.xml"', b'Target="./worksheets/sheet1.xml"').replace(
                b'Target="/xl/worksheets/sheet1.xml"', b'Target="./worksheets/sheet1.xml"'
            ),
        },
    )


def renamed_workbook_part(folder: Path) -> Path:
    """The workbook part is ``xl/wb.xml`` (its content type says what it is), its sheet merged whole."""
    path = folder / "renamed-workbook-part.xlsx"
    with zipfile.ZipFile(BASE) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data, name = zin.read(info), info.filename
            if name == "[Content_Types].xml":
                data = data.replace(b'PartName="/xl/workbook.xml"', b'PartName="/xl/wb.xml"')
            elif name == "xl/workbook.xml":
                name = "xl/wb.xml"
            elif name == "xl/_rels/workbook.xml.rels":
                name = "xl/_rels/wb.xml.rels"
            elif name == "_rels/.rels":
                data = data.replace(b"xl/workbook.xml", b"xl/wb.xml")
            elif name == SHEET:
                data = _merge_whole_sheet(data)
            zout.writestr(name, data)
    return path


def prefixed_sheet(folder: Path) -> Path:
    """The sheet's elements carry a namespace prefix (``<x:c>``), attributes in another order, and a
    merge over the whole sheet written with single quotes."""

    def prefix(data: bytes) -> bytes:
        data = re.sub(rb"<(/?)(?!\?)(?!x:)([A-Za-z]+)([ >/])", rb"<\1x:\2\3", data)
        data = data.replace(
            b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
            b'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
            1,
        )
        return re.sub(rb"(<x:mergeCells[^>]*>)", rb"\1<x:mergeCell ref='A40:XFD1048576'/>", data, count=1)

    return _rewrite(BASE, folder / "prefixed-sheet.xlsx", {SHEET: prefix})


def ods_repeat_bomb(folder: Path) -> Path:
    """A few bytes of OpenDocument that stand for 80 million cells with text."""
    source = DATA / "russian-telecom-lookalike.ods"
    bomb = (
        b'<table:table-row table:number-rows-repeated="5000"><table:table-cell table:number-columns-repeated='
        b'"16000" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>'
    )
    path = folder / "repeat-bomb.ods"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "content.xml":
                data = data.replace(b"</table:table>", bomb + b"</table:table>", 1)
            zout.writestr(
                info, data, compress_type=zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            )
    return path


def deep_json(folder: Path) -> Path:
    path = folder / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    return path


def million_line_csv(folder: Path) -> Path:
    path = folder / "long.csv"
    path.write_bytes(b"Fase;Aandacht;Actie\n" + b"Klant;a;b\n" * 1_000_000)
    return path


#: Each hostile file, with the exit code and a phrase of the one sentence it must get.
HOSTILE: dict[str, tuple[Callable[[Path], Path], int, str]] = {
    "zip bomb": (zip_bomb, 1, "looks like a zip bomb"),
    "entity expansion": (entity_expansion, 1, "declares a DTD or XML entities"),
    "external entity": (external_entity, 1, "declares a DTD or XML entities"),
    "absurd dimensions": (absurd_dimensions, 0, "oversized merged range(s) read as separate cells: A1:XFD1048576"),
    "a million empty styled rows": (million_empty_rows, 0, "Zonnepanelen voor een rijtjeshuis"),
    "nested merged cells": (nested_merges, 0, "oversized merged range(s) read as separate cells"),
    "a 50 MB cell": (huge_cell, 1, "Klantreis!H50: the cell holds 52,428,800 characters"),
    "macros in an .xlsm": (macros, 0, "the workbook holds macros; canvasgen never runs them"),
    "a relationship to ./worksheets": (dotted_relationship, 0, "read as separate cells: A40:XFD1048576"),
    "a renamed workbook part": (renamed_workbook_part, 0, "read as separate cells: A40:XFD1048576"),
    "a prefixed sheet": (prefixed_sheet, 0, "read as separate cells: A40:XFD1048576"),
    "an OpenDocument cell-repeat bomb": (ods_repeat_bomb, 1, "refused: its repeated cells would span over 4,000,000"),
    "deeply nested JSON": (deep_json, 1, "refused: the JSON is nested more than 16 levels deep"),
    "a million-line CSV": (
        million_line_csv,
        1,
        "refused: the file has 1,000,001 lines; canvasgen reads at most 50,000",
    ),
}


#: Parts under names that do not end in .xml, which openpyxl parses all the same (round 9: openpyxl parses
#: with expat, canvasgen's refusal is what guards it).
_SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_SST = b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'


def _typed(part: str, content_type: str) -> Callable[[bytes], bytes]:
    """[Content_Types].xml with an Override typing ``part``."""
    override = f'<Override PartName="/{part}" ContentType="{content_type}"/>'.encode()
    return lambda data: data.replace(b"</Types>", override + b"</Types>")


def strings_under_an_odd_name(folder: Path) -> Path:
    """A shared-strings part called ``xl/strings.bin`` (its content type says what it is) declaring an entity."""
    strings = b'<!DOCTYPE sst [<!ENTITY x "geheim">]>' + _SST + b"<si><t>&x;</t></si></sst>"
    changes = {"[Content_Types].xml": _typed("xl/strings.bin", _SHARED_STRINGS_TYPE)}
    return _rewrite(BASE, folder / "odd-strings.xlsx", changes, {"xl/strings.bin": strings})


def laughing_styles_under_an_odd_name(folder: Path) -> Path:
    """The styles part called ``xl/look.dat`` (the workbook's relationships say so), a billion laughs."""
    laughs = b'<!DOCTYPE lolz [<!ENTITY a "lol">' + b"".join(
        b'<!ENTITY %s "%s">' % (bytes([98 + n]), b"".join([b"&%s;" % bytes([97 + n])] * 10)) for n in range(8)
    )
    with zipfile.ZipFile(BASE) as zin:
        styles = zin.read("xl/styles.xml")
    changes = {
        "xl/_rels/workbook.xml.rels": lambda d: d.replace(b'Target="styles.xml"', b'Target="look.dat"'),
        "[Content_Types].xml": lambda d: d.replace(b"/xl/styles.xml", b"/xl/look.dat"),
    }
    return _rewrite(BASE, folder / "odd-styles.xlsx", changes, {"xl/look.dat": laughs + b"]>" + styles})


def utf16_sheet(folder: Path) -> Path:
    """The first sheet in UTF-16 (as XML allows), declaring an entity: no byte of it reads '<!ENTITY'."""

    def wide(data: bytes) -> bytes:
        declared = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY x "geheim">]>'
        return (declared + data.decode("utf-8")).encode("utf-16")

    return _rewrite(BASE, folder / "wide-sheet.xlsx", {SHEET: wide})


def svg_icon(folder: Path, pictured: bool) -> Path:
    """An SVG icon with a DOCTYPE (as Illustrator writes it), pointed at by a picture relationship of the
    first sheet (``pictured``) or by nothing at all."""
    svg = (
        b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
        b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
        b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>'
    )
    image = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
    relationship = f'<Relationship Id="rIdIcon" Type="{image}" Target="../media/icon.svg"/>'.encode()
    changes: dict[str, Callable[[bytes], bytes]] = {
        "[Content_Types].xml": lambda d: d.replace(
            b"<Default ", b'<Default Extension="svg" ContentType="image/svg+xml"/><Default ', 1
        )
    }
    if pictured:
        changes["xl/worksheets/_rels/sheet1.xml.rels"] = lambda d: d.replace(
            b"</Relationships>", relationship + b"</Relationships>"
        )
    return _rewrite(BASE, folder / f"icon-{pictured}.xlsx", changes, {"xl/media/icon.svg": svg})


def ods_with_part(folder: Path, part: str, data: bytes, media_type: str | None = None) -> Path:
    """The OpenDocument sample with one more part, listed in its manifest with ``media_type`` when given."""
    source = DATA / "russian-telecom-lookalike.ods"
    path = folder / f"with-{Path(part).name}.ods"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            content = zin.read(info)
            if info.filename == "META-INF/manifest.xml" and media_type is not None:
                entry = f'<manifest:file-entry manifest:full-path="{part}" manifest:media-type="{media_type}"/>'
                content = content.replace(b"</manifest:manifest>", entry.encode() + b"</manifest:manifest>")
            zout.writestr(
                info, content, compress_type=zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            )
        zout.writestr(part, data)
    return path
