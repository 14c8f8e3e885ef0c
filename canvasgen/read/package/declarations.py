"""Refusing every part of an .xlsx package that could reach an XML parser declaring a DTD or entities.

openpyxl parses whatever part the package points it to, under any name: a sheet is the part the
workbook's relationships name (``xl/worksheets/sheet1.bin`` as well as ``sheet1.xml``), the shared
strings the part [Content_Types].xml types so, and the styles, comments, tables, drawings and charts
likewise. canvasgen has openpyxl parse with the standard library's expat rather than defusedxml (see
``canvasgen/__init__``), so this check is what stands between a crafted part and a parser. It looks at
every part whose bytes can be XML at all, whatever its name, in the encoding its first bytes announce
(UTF-8, UTF-16 or UTF-32, with or without a byte-order mark) or its XML declaration names; a part that
does not begin with ``<`` in any of them is no XML document and no parser gets past its first byte.

The one exception is a picture: a part that only picture relationships point at and that
[Content_Types].xml types as an image. An SVG icon may carry a DOCTYPE (Illustrator writes one), and
neither openpyxl nor canvasgen parses it as XML; refusing it would refuse a good workbook.

An OpenDocument spreadsheet (.ods) is checked the same way, part by part; its pictures are the parts its
manifest (``META-INF/manifest.xml``) types as images, other than the parts its readers parse.
"""

from __future__ import annotations

import codecs
import posixpath
import re
import zipfile

from defusedxml.ElementTree import ParseError, fromstring

from canvasgen.errors import ReadError
from canvasgen.read.package.parts import resolve

_DECLARED = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_DECLARED_TEXT = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_ASCII_FAMILY = {"utf-8", "ascii", "iso8859-1", "iso8859-15", "cp1252"}  # codecs.lookup names
_BOMS = (
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
)
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_MANIFEST = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
#: An OpenDocument's parts its readers parse, whatever its manifest says they are.
_ODF_READ = {"content.xml", "styles.xml", "meta.xml", "settings.xml", "META-INF/manifest.xml"}
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
#: Parts openpyxl reads by their fixed names, whatever the relationships say.
_BY_NAME = {"[Content_Types].xml", "docProps/core.xml", "docProps/custom.xml"}


def xml_parts(archive: zipfile.ZipFile, name: str) -> dict[str, bytes]:
    """Every part that may be XML, by name, its bytes read once; raise ``ReadError`` naming the first part
    that declares a DTD or entities (sizes already checked). A picture only pictures point at is left out."""
    found: dict[str, bytes] = {}
    for info in archive.infolist():
        if info.is_dir():
            continue
        data = _may_be_xml(archive, info, name)
        if data is not None:
            found[info.filename] = data
    pictures = _odf_pictures(found) if "META-INF/manifest.xml" in found else _pictures_only(found)
    for part, data in found.items():
        if part not in pictures and declares_entities(data):
            raise refused(name, part)
    return found


def refused(name: str, part: str) -> ReadError:
    return ReadError(
        name,
        f"refused: part {part} declares a DTD or XML entities, which canvasgen "
        "never resolves (a possible XML external-entity or entity-expansion attack)",
    )


def declares_entities(data: bytes) -> bool:
    """Whether an XML document declares a DTD or entities, read in the encoding it is written in."""
    if _DECLARED.search(data):  # UTF-8, and whatever an ASCII-compatible encoding shows as bytes
        return True
    encoding = _encoding(data)
    if encoding is None or encoding in _ASCII_FAMILY:
        return False
    return _DECLARED_TEXT.search(data.decode(encoding, errors="replace")) is not None


def _encoding(data: bytes) -> str | None:
    """The encoding the first bytes announce (XML 1.0, appendix F), else the one the declaration names;
    None for UTF-8 and for an encoding Python does not know (expat, which openpyxl's sheets and strings
    go to, reads none such; lxml, which reads its other parts, never resolves entities there)."""
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return None if encoding == "utf-8" else encoding
    head = data[:4]
    if head[:3] == b"\x00\x00\x00":
        return "utf-32-be"
    if head[1:4] == b"\x00\x00\x00":
        return "utf-32-le"
    if head[:1] == b"\x00":
        return "utf-16-be"
    if head[1:2] == b"\x00":
        return "utf-16-le"
    declared = _ENCODING.match(data[:200])
    if declared is None:
        return None
    try:
        return codecs.lookup(declared.group(1).decode("ascii")).name
    except LookupError:
        return None


def _may_be_xml(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes | None:
    """The part's bytes when its first character, after a byte-order mark and white space, is ``<`` (or it
    is UTF-16 or UTF-32, whose first bytes hold a zero); None for any other part (a picture, a binary)."""
    try:
        with archive.open(info) as stream:
            head = stream.read(64)
            if not _starts_as_xml(head):
                return None
            return head + stream.read()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):
        raise ReadError(
            name,
            f"the workbook is damaged or truncated (part {info.filename} cannot be unpacked); "
            "open it in Excel and save it again",
        ) from None


def _starts_as_xml(head: bytes) -> bool:
    for mark, _ in _BOMS:
        if head.startswith(mark):
            return True
    if b"\x00" in head[:4]:
        return True
    return head.lstrip(b" \t\r\n")[:1] == b"<"


def _pictures_only(parts: dict[str, bytes]) -> set[str]:
    """The parts pointed at only by picture relationships and typed as images by [Content_Types].xml."""
    pictures: set[str] = set()
    others: set[str] = set(_BY_NAME)
    for part, data in parts.items():
        if not part.endswith(".rels") or declares_entities(data):
            continue
        source = posixpath.join(posixpath.dirname(posixpath.dirname(part)), posixpath.basename(part)[: -len(".rels")])
        try:
            rels = fromstring(data)
        except ParseError:
            continue
        for rel in rels.iter(f"{_PKG}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = resolve(source, rel.get("Target", ""))
            (pictures if rel.get("Type", "").endswith("/image") else others).add(target)
    if not pictures - others:
        return set()
    types = _content_types(parts)  # read once for the package, not once per picture
    return {part for part in pictures - others if _content_type(types, part).startswith("image/")}


def _content_types(parts: dict[str, bytes]) -> tuple[dict[str, str], dict[str, str]]:
    """[Content_Types].xml read: its Overrides by part name, its Defaults by extension (lower case)."""
    data = parts.get("[Content_Types].xml", b"")
    try:
        types = fromstring(data) if data and not declares_entities(data) else None
    except ParseError:
        types = None
    if types is None:
        return {}, {}
    overrides: dict[str, str] = {}  # the first of a name counts, as it did when each was looked up
    for override in types.iter(f"{_TYPES}Override"):
        overrides.setdefault(override.get("PartName", "").lstrip("/"), str(override.get("ContentType", "")))
    defaults: dict[str, str] = {}
    for default in types.iter(f"{_TYPES}Default"):
        defaults.setdefault(default.get("Extension", "").lower(), str(default.get("ContentType", "")))
    return overrides, defaults


def _content_type(types: tuple[dict[str, str], dict[str, str]], part: str) -> str:
    """The part's content type by [Content_Types].xml: its Override, else the Default of its extension."""
    overrides, defaults = types
    if part in overrides:
        return overrides[part]
    return defaults.get(posixpath.splitext(part)[1].lstrip(".").lower(), "")


def _odf_pictures(parts: dict[str, bytes]) -> set[str]:
    """An OpenDocument's pictures: the parts its manifest types as images, other than those it reads."""
    data = parts["META-INF/manifest.xml"]
    if declares_entities(data):
        return set()
    try:
        manifest = fromstring(data)
    except ParseError:
        return set()
    return {
        str(entry.get(f"{_MANIFEST}full-path", ""))
        for entry in manifest.iter(f"{_MANIFEST}file-entry")
        if str(entry.get(f"{_MANIFEST}media-type", "")).startswith("image/")
    } - _ODF_READ
