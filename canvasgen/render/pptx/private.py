"""Every use of python-pptx's private names, in one place, pinned by setup.cfg (python-pptx 1.0).

Slides, notes pages and their relationships are added as text parts, and part names and slide ids
are counted instead of searched (python-pptx's searches are quadratic in the number of slides). If a
python-pptx upgrade breaks one of these, this module is where it shows.
"""

from __future__ import annotations

import copy
import re
from typing import Any
from xml.sax.saxutils import escape

from lxml import etree
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part, _Relationships
from pptx.opc.packuri import PackURI
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.parts.slide import SlidePart
from pptx.presentation import Presentation as PresentationFile
from pptx.slide import SlideLayout
from pptx.util import lazyproperty

from canvasgen.render.pptx.ooxml import NOTES_MARK, SLIDE_HEAD, SLIDE_TAIL


class _TextRels(_Relationships):
    """Relationships written as text: python-pptx builds an element tree for each .rels file."""

    @property
    def xml(self) -> bytes:
        rels = sorted(self.values(), key=lambda rel: int(rel.rId[3:]) if rel.rId[3:].isdigit() else 0)
        body = "".join(
            f'<Relationship Id="{r.rId}" Type="{r.reltype}" Target="{escape(r.target_ref, {chr(34): "&quot;"})}"/>'
            for r in rels
        )
        return (
            "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{body}</Relationships>'
        ).encode()


class TextPart(Part):
    """A part canvasgen writes as text (a slide, a notes page), with its relationships as text too."""

    @lazyproperty
    def _rels(self) -> _TextRels:
        return _TextRels(self._partname.baseURI)


class Tree:
    """A slide made through python-pptx: shapes are parsed into its element tree."""

    def __init__(self, slide) -> None:  # type: ignore[no-untyped-def]
        self.slide, self.part = slide, slide.part

    def first_shape_id(self) -> int:
        return int(self.slide.shapes._next_shape_id)

    def add(self, xml: str) -> None:
        self.slide.shapes._spTree.append(parse_xml(xml))


class TextBodyXml:
    """A slide written as text, the shapes' XML joined: no element tree is built, parsed or serialised.
    The same XML python-pptx would write for a blank slide with these shapes."""

    def __init__(self, part: Part) -> None:
        self.part = part
        self.shapes: list[str] = []

    def first_shape_id(self) -> int:
        return 2  # 1 is the slide's shape tree

    def add(self, xml: str) -> None:
        self.shapes.append(xml)

    def finish(self) -> None:
        self.part._blob = (SLIDE_HEAD + "".join(self.shapes) + SLIDE_TAIL).encode("utf-8")


class SlideAdder:
    """Slides added as python-pptx's add_slide does, without its searches: the presentation's
    relationships for an equal one and its slide list for the next id, each time (quadratic)."""

    def __init__(self, prs: PresentationFile) -> None:
        self.prs = prs
        self.id_list = prs.slides._sldIdLst
        self.last_id = max([255, *(int(s.get("id")) for s in self.id_list)])

    def __call__(self, layout: SlideLayout) -> tuple[Any, int]:
        package = self.prs.part.package
        part = SlidePart.new(package.next_partname("/ppt/slides/slide%d.xml"), package, layout.part)
        r_id = relate_new(self.prs.part, part, RT.SLIDE)
        self.last_id += 1
        self.id_list._add_sldId(id=self.last_id, rId=r_id)
        slide = part.slide
        slide.shapes.clone_layout_placeholders(layout)
        return slide, self.last_id

    def text_part(self, layout: SlideLayout) -> tuple[Part, int]:
        """A slide part whose XML canvasgen writes itself (see TextBodyXml)."""
        package = self.prs.part.package
        part = TextPart(package.next_partname("/ppt/slides/slide%d.xml"), CT.PML_SLIDE, package)
        relate_new(part, layout.part, RT.SLIDE_LAYOUT)
        r_id = relate_new(self.prs.part, part, RT.SLIDE)
        self.last_id += 1
        self.id_list._add_sldId(id=self.last_id, rId=r_id)
        return part, self.last_id


def remember_partnames(prs: PresentationFile) -> None:
    """Give this package a part-name counter that remembers: python-pptx walks every part of the package
    for each new slide, notes page or chart, which makes a large deck quadratic."""
    package = prs.part.package
    issued: set[str] = set()
    last: dict[str, int] = {}  # per template, the number issued last: the search starts after it

    def next_partname(template: str) -> PackURI:
        if not issued:
            issued.update(str(part.partname) for part in package.iter_parts())
        n = last.get(template, 0) + 1
        while template % n in issued:
            n += 1
        name = template % n
        issued.add(name)
        last[template] = n
        return PackURI(name)

    package.next_partname = next_partname  # type: ignore[method-assign,assignment]


def template_notes_text(template) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    """The first notes page as text, split where its body's paragraphs go; None without a body."""
    element = copy.deepcopy(template)
    body = element.find(f".//{qn('p:ph')}[@type='body']/../../..")
    tx_body = body.find(qn("p:txBody")) if body is not None else None
    if tx_body is None:
        return None
    for paragraph in tx_body.findall(qn("a:p")):
        tx_body.remove(paragraph)
    tx_body.append(parse_xml(f"<a:p {nsdecls('a')}><a:r><a:t>{NOTES_MARK}</a:t></a:r></a:p>"))
    text = etree.tostring(element, encoding="UTF-8", standalone=True).decode("utf-8")
    mark = re.search(rf"<a:p[^>]*><a:r><a:t>{NOTES_MARK}</a:t></a:r></a:p>", text)
    assert mark is not None
    return text[: mark.start()], text[mark.end() :]


def relate_new(source, target, reltype: str) -> str:  # type: ignore[no-untyped-def]
    """A relationship known to be new (a fresh slide's notes, its logo): python-pptx's relate_to
    first searches the part's relationships for an equal one, which adds up over a large deck."""
    return str(source.rels._add_relationship(reltype, target))


def element_of(proxy: Any) -> Any:
    """The lxml element behind a python-pptx object (a notes slide, a picture, a part)."""
    return proxy._element


def text_body(text_frame: Any) -> Any:
    """The <p:txBody> element of a text frame, to write its paragraphs as XML in one piece."""
    return text_frame._txBody


def set_custom_property(prs: PresentationFile, properties: str, name: str, value: str) -> None:
    """A custom document property (docProps/custom.xml: python-pptx has no API for them): added to the
    template's own properties when it has some, else in a part of its own (``properties``: its XML)."""
    package = prs.part.package
    existing = next((p for p in package.iter_parts() if p.content_type == CT.OFC_CUSTOM_PROPERTIES), None)
    if existing is None:
        part = Part(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, package, properties.encode())
        package.relate_to(part, RT.CUSTOM_PROPERTIES)
        return
    root = etree.fromstring(existing.blob)
    for old in [e for e in root if e.get("name") == name]:
        root.remove(old)
    ids = [int(e.get("pid", "1")) for e in root]
    added = etree.SubElement(root, f"{{{root.nsmap.get(None, '')}}}property" if None in root.nsmap else "property")
    added.set("fmtid", "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}")
    added.set("pid", str(max(ids, default=1) + 1))
    added.set("name", name)
    vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
    etree.SubElement(added, f"{{{vt}}}lpwstr").text = value
    existing._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def label_element(label: Any) -> Any:
    """A chart point's ``<c:dLbl>`` (made when it has none): the element its own position, value and manual
    layout are written in (python-pptx has no API for a label's offset)."""
    return label._get_or_add_dLbl()


def add_point_labels(series: Any, labels_xml: str) -> None:
    """Points' own labels (``<c:dLbl>`` XML, in index order) put first in a series' ``<c:dLbls>`` (made when
    it has none), for a series whose points have none yet: the order python-pptx keeps them in."""
    labels = series._element.get_or_add_dLbls()
    for index, label in enumerate(parse_xml(f"<c:dLbls {nsdecls('c', 'a')}>{labels_xml}</c:dLbls>")):
        labels.insert(index, label)


def add_point_fills(series: Any, fills_xml: str) -> None:
    """Points' own fills (``<c:dPt>`` XML, in index order) put where a series' points go (before its labels),
    for a series whose points have none yet."""
    element = series._element
    for point in parse_xml(f"<c:ser {nsdecls('c', 'a')}>{fills_xml}</c:ser>"):
        element._insert_dPt(point)
