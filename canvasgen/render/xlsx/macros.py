"""Macros in an Excel package: whether a workbook is macro-enabled (.xlsm), and the same package without
them, for a copy written as .xlsx (Excel refuses an .xlsx that holds a macro-enabled workbook)."""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path

from lxml import etree

from canvasgen.read.package.parts import rels_path, resolve, workbook_part

_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
_PLAIN = {
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",  # noqa: E501
    "application/vnd.ms-excel.template.macroEnabled.main+xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",  # noqa: E501
}
_VBA = ("application/vnd.ms-office.vbaProject", "application/vnd.ms-excel.vbaData")
#: Excel 4 macro sheets and dialog sheets are sheets of the workbook: they cannot simply be left out.
_MACRO_SHEETS = (
    "application/vnd.ms-excel.macrosheet",
    "application/vnd.ms-excel.intlmacrosheet",
    "application/vnd.ms-excel.dialogsheet",
)


class MacroError(ValueError):
    """Macros that cannot be taken out of a package without changing its sheets."""


def content_types(archive: zipfile.ZipFile) -> dict[str, str]:
    """Each part's content type, by its Override or else the Default for its extension."""
    try:
        root = etree.fromstring(archive.read("[Content_Types].xml"), _PARSER)
    except (KeyError, etree.XMLSyntaxError):
        return {}
    defaults = {d.get("Extension", "").lower(): d.get("ContentType", "") for d in root.iter(f"{_CT}Default")}
    overrides = {o.get("PartName", "").lstrip("/"): o.get("ContentType", "") for o in root.iter(f"{_CT}Override")}
    return {
        name: overrides.get(name, defaults.get(posixpath.splitext(name)[1].lstrip(".").lower(), ""))
        for name in archive.namelist()
    }


def macro_enabled(path: Path) -> bool:
    """Whether the workbook in this package is macro-enabled (its content type says so, or it holds VBA)."""
    try:
        with zipfile.ZipFile(path) as archive:
            types = content_types(archive)
            book = workbook_part(archive)
    except (zipfile.BadZipFile, OSError):
        return False
    return "macroEnabled" in types.get(book or "", "") or any(t.startswith(_VBA) for t in types.values())


def without_macros(archive: zipfile.ZipFile) -> tuple[dict[str, bytes], set[str]]:
    """The parts to rewrite and the parts to leave out for a plain .xlsx copy of ``archive``."""
    types = content_types(archive)
    if any(t.startswith(_MACRO_SHEETS) for t in types.values()):
        raise MacroError("it holds Excel 4 macro sheets, which an .xlsx cannot hold; give -o a name ending in .xlsm")
    dropped = {name for name, kind in types.items() if kind.startswith(_VBA)}
    dropped |= {rels_path(name) for name in dropped if rels_path(name) in types}
    changed: dict[str, bytes] = {}
    root = etree.fromstring(archive.read("[Content_Types].xml"), _PARSER)
    for element in list(root):
        kind = element.get("ContentType", "")
        if kind in _PLAIN:
            element.set("ContentType", _PLAIN[kind])
        elif kind.startswith(_VBA):
            root.remove(element)
    changed["[Content_Types].xml"] = _xml(root)
    for name in types:
        if not name.endswith(".rels") or name in dropped:
            continue
        rels = etree.fromstring(archive.read(name), _PARSER)
        source = _source_of(name)
        gone = [
            r
            for r in rels.iter(f"{_PKG}Relationship")
            if r.get("TargetMode") != "External" and resolve(source, r.get("Target", "")) in dropped
        ]
        for relation in gone:
            rels.remove(relation)
        if gone:
            changed[name] = _xml(rels)
    return changed, dropped


def _source_of(rels: str) -> str:
    """The part a relationships file belongs to: ``xl/_rels/workbook.xml.rels`` -> ``xl/workbook.xml``."""
    folder, name = posixpath.split(rels)
    return posixpath.join(posixpath.dirname(folder), name.removesuffix(".rels"))


def _xml(root: etree._Element) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))
