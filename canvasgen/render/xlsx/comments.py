"""Cell comments added to a sheet of an .xlsx package part by part (``patch``): the team's notes from the changes
sheet, kept on the cells of the cards they are about.

A sheet's comments live in a comments part, shown by Excel through a VML drawing (one per sheet, its
``<legacyDrawing>``); both are made where the sheet has none, and added to where it has them. A cell that
already holds a comment keeps it alone (its note is not kept: said by ``apply`` as before), and so does a sheet
whose VML drawing cannot be read as XML. Every comment is signed ``TEAM_NOTE_AUTHOR``, so that the reader never
takes it for the canvas's words (``read.grid``).

Parts made new are named apart from every part of the package, those of the source and those made for another
sheet in the same run (``written``): two sheets sharing one comments part would each show the other's notes.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

from canvasgen.read.grid import TEAM_NOTE_AUTHOR
from canvasgen.read.package.parts import rels_path, resolve

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_COMMENTS_TYPE = f"{_R}/comments"
_VML_TYPE = f"{_R}/vmlDrawing"
_COMMENTS_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
_VML_CONTENT = "application/vnd.openxmlformats-officedocument.vmlDrawing"
_V, _O, _X = (
    "urn:schemas-microsoft-com:vml",
    "urn:schemas-microsoft-com:office:office",
    "urn:schemas-microsoft-com:office:excel",
)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
#: What follows ``<legacyDrawing>`` in a worksheet, in the schema's order: it goes before the first of them.
_AFTER_LEGACY = (
    "legacyDrawingHF",
    "drawingHF",
    "picture",
    "oleObjects",
    "controls",
    "webPublishItems",
    "tableParts",
    "extLst",
)
_EMPTY_VML = (
    f'<xml xmlns:v="{_V}" xmlns:o="{_O}" xmlns:x="{_X}"><o:shapelayout v:ext="edit">'
    '<o:idmap v:ext="edit" data="{block}"/></o:shapelayout>'
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype></xml>'
)


@dataclass
class Commented:
    """The parts a sheet's new comments change or add (path -> bytes), the cells that took one, and those that
    hold a comment already (which keep it alone)."""

    parts: dict[str, bytes] = field(default_factory=dict)
    kept: set[str] = field(default_factory=set)
    taken: set[str] = field(default_factory=set)


def with_comments(
    archive: zipfile.ZipFile, sheet_part: str, notes: dict[str, str], written: dict[str, bytes]
) -> Commented:
    """``notes`` (cell reference -> text) as comments on the sheet at ``sheet_part``; ``written`` holds the parts
    changed or made so far in this run (the sheet's XML as patched, [Content_Types].xml, another sheet's new
    comments), which are read in place of the source's."""
    names = set(archive.namelist()) | set(written)

    def part(name: str) -> bytes:
        return written[name] if name in written else archive.read(name)

    sheet_xml, content_types = part(sheet_part), part("[Content_Types].xml")
    rels_name = rels_path(sheet_part)
    rels = (
        etree.fromstring(part(rels_name), _PARSER)
        if rels_name in names
        else etree.Element(f"{{{_PKG}}}Relationships", nsmap={None: _PKG})
    )
    by_type = {rel.get("Type"): rel for rel in rels}
    done = Commented()
    comments_rel, vml_rel = by_type.get(_COMMENTS_TYPE), by_type.get(_VML_TYPE)
    comments_name = (
        resolve(sheet_part, comments_rel.get("Target", ""))
        if comments_rel is not None
        else _free(names, "xl/comments{}.xml")
    )
    vml_name = (
        resolve(sheet_part, vml_rel.get("Target", ""))
        if vml_rel is not None
        else _free(names, "xl/drawings/vmlDrawing{}.vml")
    )
    try:
        comments = etree.fromstring(part(comments_name), _PARSER) if comments_rel is not None else _new_comments()
        vml = etree.fromstring(part(vml_name), _PARSER) if vml_rel is not None else _new_vml(names, part)
    except (etree.XMLSyntaxError, KeyError):
        return done  # a drawing Excel wrote that is no XML: its cells keep what they have
    taken = {c.get("ref") for c in comments.iter(f"{{{_MAIN}}}comment")}
    author = _author(comments)
    listed = comments.find(f"{{{_MAIN}}}commentList")
    if listed is None:
        listed = etree.SubElement(comments, f"{{{_MAIN}}}commentList")
    for ref, text in notes.items():
        if ref in taken:
            done.taken.add(ref)
            continue
        comment = etree.SubElement(listed, f"{{{_MAIN}}}comment", ref=ref, authorId=str(author))
        run = etree.SubElement(etree.SubElement(comment, f"{{{_MAIN}}}text"), f"{{{_MAIN}}}t")
        run.text = text
        run.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        vml.append(_shape(ref, _next_shape_id(vml)))
        done.kept.add(ref)
    if not done.kept:
        return done
    done.parts[comments_name] = _bytes(comments)
    done.parts[vml_name] = etree.tostring(vml, encoding="UTF-8")
    sheet = etree.fromstring(sheet_xml, _PARSER)
    if comments_rel is None:
        etree.SubElement(
            rels,
            f"{{{_PKG}}}Relationship",
            Id=_free_id(rels),
            Type=_COMMENTS_TYPE,
            Target=_relative(sheet_part, comments_name),
        )
    if vml_rel is None:
        vml_id = _free_id(rels)
        etree.SubElement(
            rels, f"{{{_PKG}}}Relationship", Id=vml_id, Type=_VML_TYPE, Target=_relative(sheet_part, vml_name)
        )
        _legacy_drawing(sheet, vml_id)
    done.parts[rels_name] = _bytes(rels)
    done.parts[sheet_part] = _bytes(sheet)
    done.parts["[Content_Types].xml"] = _typed(content_types, comments_name)
    return done


def _new_comments() -> etree._Element:
    comments = etree.Element(f"{{{_MAIN}}}comments", nsmap={None: _MAIN})
    etree.SubElement(comments, f"{{{_MAIN}}}authors")
    etree.SubElement(comments, f"{{{_MAIN}}}commentList")
    return comments


def _new_vml(names: set[str], part: Callable[[str], bytes]) -> etree._Element:
    """An empty drawing whose shape ids (by blocks of 1024, ``idmap``) are in a block no other drawing uses."""
    used = {0}
    for name in names:
        if name.lower().endswith(".vml"):
            try:
                text = part(name).decode("utf-8", "replace")
            except KeyError:
                continue
            used |= {
                int(block) for found in _IDMAP.findall(text) for block in found.split(",") if block.strip().isdigit()
            }
    drawings = sum(1 for name in names if name.lower().endswith(".vml"))
    block = max(max(used), drawings) + 1
    return etree.fromstring(_EMPTY_VML.replace("{block}", str(block)).encode(), _PARSER)


_IDMAP = re.compile(r"idmap\b[^>]*\bdata=\"([\d,\s]+)\"")


def _author(comments: etree._Element) -> int:
    authors = comments.find(f"{{{_MAIN}}}authors")
    if authors is None:
        authors = etree.Element(f"{{{_MAIN}}}authors")
        comments.insert(0, authors)
    names = [a.text for a in authors]
    if TEAM_NOTE_AUTHOR not in names:
        etree.SubElement(authors, f"{{{_MAIN}}}author").text = TEAM_NOTE_AUTHOR
        names.append(TEAM_NOTE_AUTHOR)
    return names.index(TEAM_NOTE_AUTHOR)


def _next_shape_id(vml: etree._Element) -> int:
    """The next shape id of the drawing: after its highest, else the first of the block its idmap gives it
    (Excel numbers a drawing's shapes from 1024 times its block, plus one)."""
    ids = [int(found.group(1)) for shape in vml for found in [_SHAPE_ID.fullmatch(str(shape.get("id", "")))] if found]
    if ids:
        return max(ids) + 1
    idmap = next(vml.iter(f"{{{_O}}}idmap"), None)
    block = (idmap.get("data") or "1").split(",")[0] if idmap is not None else "1"
    return 1024 * (int(block) if block.strip().isdigit() else 1) + 1


_SHAPE_ID = re.compile(r"_x0000_s(\d+)")


def _shape(ref: str, number: int) -> etree._Element:
    """A hidden note's box beside the cell, as Excel draws one."""
    letters, row = coordinate_from_string(ref)
    column = column_index_from_string(letters)
    shape = etree.Element(
        f"{{{_V}}}shape",
        id=f"_x0000_s{number}",
        type="#_x0000_t202",
        style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:144pt;height:72pt;z-index:1;visibility:hidden",
        fillcolor="#ffffe1",
    )
    shape.set(f"{{{_O}}}insetmode", "auto")
    etree.SubElement(shape, f"{{{_V}}}fill", color2="#ffffe1")
    etree.SubElement(shape, f"{{{_V}}}shadow", on="t", color="black", obscured="t")
    etree.SubElement(shape, f"{{{_V}}}path").set(f"{{{_O}}}connecttype", "none")
    etree.SubElement(
        etree.SubElement(shape, f"{{{_V}}}textbox", style="mso-direction-alt:auto"), "div", style="text-align:left"
    )
    data = etree.SubElement(shape, f"{{{_X}}}ClientData", ObjectType="Note")
    etree.SubElement(data, f"{{{_X}}}MoveWithCells")
    etree.SubElement(data, f"{{{_X}}}SizeWithCells")
    anchor = f"{column}, 15, {row - 1}, 10, {column + 2}, 15, {row + 3}, 4"
    for tag, text in (("Anchor", anchor), ("AutoFill", "False"), ("Row", str(row - 1)), ("Column", str(column - 1))):
        etree.SubElement(data, f"{{{_X}}}{tag}").text = text
    return shape


def _legacy_drawing(sheet: etree._Element, rel_id: str) -> None:
    ns = etree.QName(sheet).namespace or ""
    element = etree.Element(f"{{{ns}}}legacyDrawing" if ns else "legacyDrawing")
    element.set(f"{{{_R}}}id", rel_id)
    after = [child for child in sheet if isinstance(child.tag, str) and etree.QName(child).localname in _AFTER_LEGACY]
    if after:
        after[0].addprevious(element)
    else:
        sheet.append(element)


def _typed(content_types: bytes, comments_name: str) -> bytes:
    types = etree.fromstring(content_types, _PARSER)
    overrides = {o.get("PartName") for o in types.iter(f"{{{_CT}}}Override")}
    if f"/{comments_name}" not in overrides:
        etree.SubElement(types, f"{{{_CT}}}Override", PartName=f"/{comments_name}", ContentType=_COMMENTS_CONTENT)
    if not any(d.get("Extension", "").lower() == "vml" for d in types.iter(f"{{{_CT}}}Default")):
        default = etree.Element(f"{{{_CT}}}Default", Extension="vml", ContentType=_VML_CONTENT)
        types.insert(0, default)
    return _bytes(types)


def _free(names: set[str], pattern: str) -> str:
    n = 1
    while pattern.format(n) in names:
        n += 1
    return pattern.format(n)


def _free_id(rels: etree._Element) -> str:
    taken = {rel.get("Id") for rel in rels}
    n = 1
    while f"rId{n}" in taken:
        n += 1
    return f"rId{n}"


def _relative(source: str, target: str) -> str:
    return posixpath.relpath(target, posixpath.dirname(source))


def _bytes(root: etree._Element) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))
