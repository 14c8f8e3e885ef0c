"""Writing a deck layout as an editable PowerPoint file with python-pptx.

Real text boxes, tables and a native line chart; never pictures of text. Font
sizes come from the layout (computed with the real fonts) and are set
explicitly, with exact line spacing, because PowerPoint's autofit only acts
when someone edits the text. An agency's own template (.pptx, or .potx with
its content type patched in memory) supplies the masters and layouts.
"""

from __future__ import annotations

import copy
import functools
import io
import re
import uuid
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from lxml import etree
from openpyxl.utils import get_column_letter
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION, XL_TICK_LABEL_POSITION
from pptx.enum.text import MSO_AUTO_SIZE
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part, _Relationships
from pptx.opc.packuri import PackURI
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls, qn
from pptx.parts.slide import SlidePart
from pptx.presentation import Presentation as PresentationFile
from pptx.slide import SlideLayout
from pptx.util import Emu, Pt, lazyproperty
from reportlab.pdfbase.ttfonts import TTFontFile

from canvasgen.brand.colors import Colour, readable_on
from canvasgen.brand.kit import BrandKit
from canvasgen.errors import CanvasError, CanvasWarning, Location
from canvasgen.fileio import atomic_path
from canvasgen.layout.boxes import Box
from canvasgen.layout.deck import BAND, INSET, Bars, Chart, DeckLayout, Frame, Para, Slide, Table
from canvasgen.layout.setter import ITEM_GAP, LEADING

_POTX = b"application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
_PPTX = b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
_BLANK_NAMES = ("blank", "leeg", "vide", "leer")
_TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"  # PowerPoint's "Medium Style 2 - Accent 1", as python-pptx uses
_TITLE_ONLY_NAMES = ("title only", "alleen titel", "titre seul", "nur titel")
_SECTIONS_URI = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"
_P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
_P = "http://schemas.openxmlformats.org/presentationml/2006/main"


@functools.lru_cache(maxsize=32)  # parsing a TrueType file for its name costs more than a slide
def font_family(path: Path) -> tuple[str, bool]:
    """The family name PowerPoint knows a TrueType file by, and whether it is the bold style."""
    face = TTFontFile(str(path))
    family = face.familyName.decode("utf-8", "replace") if isinstance(face.familyName, bytes) else face.familyName
    style = face.styleName.decode("utf-8", "replace") if isinstance(face.styleName, bytes) else face.styleName
    return str(family), "bold" in str(style).lower()


def open_template(path: Path | None) -> PresentationFile:
    """A blank 16:9 presentation, or the agency's template (.pptx; .potx patched to open)."""
    if path is None:
        prs = Presentation()
        prs.slide_width, prs.slide_height = Emu(Pt(960)), Emu(Pt(540))  # the blank layout has no placeholders
        return prs
    if not path.is_file():
        raise CanvasError(str(path), "PowerPoint template not found")
    data = path.read_bytes()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        types = archive.read("[Content_Types].xml")
    except (zipfile.BadZipFile, KeyError):
        raise CanvasError(str(path), "is not a PowerPoint template (.pptx or .potx)") from None
    if _POTX in types:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
            for info in archive.infolist():
                content = archive.read(info)
                out.writestr(info, content.replace(_POTX, _PPTX) if info.filename == "[Content_Types].xml" else content)
        data = buffer.getvalue()
    elif _PPTX not in types:
        raise CanvasError(str(path), "is not a PowerPoint presentation or template (.pptx or .potx)")
    try:
        return Presentation(io.BytesIO(data))
    except Exception as exc:  # python-pptx raises many kinds on a broken package
        raise CanvasError(str(path), f"cannot be opened as a PowerPoint template ({type(exc).__name__})") from None


def render_pptx(
    layout: DeckLayout, kit: BrandKit, out: Path, template: Path | None = None, title: str = ""
) -> list[CanvasWarning]:
    warnings: list[CanvasWarning] = []
    prs = open_template(template)
    _remember_partnames(prs)
    width, height = prs.slide_width, prs.slide_height
    ratio = width / height if height else 0
    if kit.logo is not None and kit.logo.suffix.lower() == ".svg":
        warnings.append(
            CanvasWarning(Location(str(kit.logo)), "PowerPoint decks take a PNG or JPEG logo; the SVG is left out")
        )
    if template is not None and abs(ratio - 16 / 9) > 0.01:
        warnings.append(CanvasWarning(Location(str(template)), "the template is not 16:9; slides keep its size"))
    scale = width / Pt(layout.width)
    blank = _blank_layout(prs)
    # With an agency template, content slides use its "Title Only" layout (title placeholder idx 0),
    # so the title carries the corporate styling; without one, canvasgen draws its own band.
    titled = _layout_named(prs, _TITLE_ONLY_NAMES) if template is not None else None
    fonts = {"heading": font_family(kit.heading_font), "body": font_family(kit.body_font)}
    lang_tag = "nl-NL" if layout.language == "nl" else "en-GB"  # the proofing language of every run
    writer = _Writer(scale, fonts, lang_tag, kit)
    ids: dict[str, list[int]] = {}
    add = _SlideAdder(prs)
    plain_blank = not list(blank.iter_cloneable_placeholders())
    for spec in layout.slides:
        use_placeholder = titled is not None and spec.kind != "title"
        target: _Tree | _Text
        if plain_blank and not use_placeholder and writer.can_write_as_text(spec):
            part, slide_id = add.text_part(blank)
            target = _Text(part)
        else:
            slide, slide_id = add(titled if titled is not None and use_placeholder else blank)
            target = _Tree(slide)
        writer.slide(target, spec, layout, use_placeholder)
        if isinstance(target, _Text):
            target.finish()
        ids.setdefault(spec.section, []).append(slide_id)
    _sections(prs, layout.sections, ids)
    prs.core_properties.title = title
    prs.core_properties.author = kit.agency or kit.name
    with atomic_path(out) as temp:
        prs.save(str(temp))
    return warnings


def _layout_named(prs: PresentationFile, names: tuple[str, ...]) -> SlideLayout | None:
    """A layout found by name, with a title placeholder (idx 0)."""
    for layout in prs.slide_layouts:
        indexes = [p.placeholder_format.idx for p in layout.placeholders]  # type: ignore[misc]
        if layout.name.strip().lower() in names and 0 in indexes:
            return layout
    return None


_SLIDE_HEAD = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    f'<p:sld {nsdecls("a", "p", "r")}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/>'
    "<p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>"
)
_SLIDE_TAIL = "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"


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


class _TextPart(Part):
    """A part canvasgen writes as text (a slide, a notes page), with its relationships as text too."""

    @lazyproperty
    def _rels(self) -> _TextRels:
        return _TextRels(self._partname.baseURI)


class _Tree:
    """A slide made through python-pptx: shapes are parsed into its element tree."""

    def __init__(self, slide) -> None:  # type: ignore[no-untyped-def]
        self.slide, self.part = slide, slide.part

    def first_shape_id(self) -> int:
        return int(self.slide.shapes._next_shape_id)

    def add(self, xml: str) -> None:
        self.slide.shapes._spTree.append(parse_xml(xml))


class _Text:
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
        self.part._blob = (_SLIDE_HEAD + "".join(self.shapes) + _SLIDE_TAIL).encode("utf-8")


class _SlideAdder:
    """Slides added as python-pptx's add_slide does, without its searches: the presentation's
    relationships for an equal one and its slide list for the next id, each time (quadratic)."""

    def __init__(self, prs: PresentationFile) -> None:
        self.prs = prs
        self.id_list = prs.slides._sldIdLst
        self.last_id = max([255, *(int(s.get("id")) for s in self.id_list)])

    def __call__(self, layout: SlideLayout) -> tuple[Any, int]:
        package = self.prs.part.package
        part = SlidePart.new(package.next_partname("/ppt/slides/slide%d.xml"), package, layout.part)
        r_id = _relate_new(self.prs.part, part, RT.SLIDE)
        self.last_id += 1
        self.id_list._add_sldId(id=self.last_id, rId=r_id)
        slide = part.slide
        slide.shapes.clone_layout_placeholders(layout)
        return slide, self.last_id

    def text_part(self, layout: SlideLayout) -> tuple[Part, int]:
        """A slide part whose XML canvasgen writes itself (see _Text)."""
        package = self.prs.part.package
        part = _TextPart(package.next_partname("/ppt/slides/slide%d.xml"), CT.PML_SLIDE, package)
        _relate_new(part, layout.part, RT.SLIDE_LAYOUT)
        r_id = _relate_new(self.prs.part, part, RT.SLIDE)
        self.last_id += 1
        self.id_list._add_sldId(id=self.last_id, rId=r_id)
        return part, self.last_id


def _remember_partnames(prs: PresentationFile) -> None:
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


def _blank_layout(prs: PresentationFile) -> SlideLayout:
    for layout in prs.slide_layouts:
        if layout.name.strip().lower() in _BLANK_NAMES:
            return layout
    return min(prs.slide_layouts, key=lambda lay: len(lay.placeholders))


class _Writer:
    def __init__(self, scale: float, fonts: dict[str, tuple[str, bool]], lang_tag: str, kit: BrandKit):
        self.scale, self.fonts, self.lang_tag, self.kit = scale, fonts, lang_tag, kit
        self.next_id = 2  # the next free shape id on the slide being written
        self.logo_part: Part | None = None
        self.first_notes_made = False  # the first notes page comes from python-pptx, the others from it
        self.notes_text: tuple[str, str] | None = None  # that page as text, before and after its paragraphs

    def emu(self, points: float) -> Emu:
        return Emu(int(Pt(points) * self.scale))

    def box(self, box: Box) -> tuple[Emu, Emu, Emu, Emu]:
        return self.emu(box.x), self.emu(box.y), self.emu(box.w), self.emu(box.h)

    def can_write_as_text(self, spec: Slide) -> bool:
        """Whether a slide can be written as text: no chart (python-pptx makes those), and the logo
        and the notes page already made once through python-pptx, to be reused."""
        logo = spec.logo is not None and self.kit.logo is not None and self.kit.logo.suffix.lower() != ".svg"
        return (
            spec.chart is None
            and spec.bars is None
            and self.notes_text is not None
            and not (logo and not self.logo_part)
        )

    def slide(self, target: _Tree | _Text, spec: Slide, layout: DeckLayout, placeholder: bool = False) -> None:
        band = spec.band or self.kit.colour("primary")
        self.next_id = target.first_shape_id()  # counted on from here: python-pptx would search the slide
        if placeholder and isinstance(target, _Tree):
            title_shape = next(ph for ph in target.slide.placeholders if ph.placeholder_format.idx == 0)
            title_shape.name = "title"
            self.fill_text(title_shape.text_frame, [Para(spec.title, spec.title_size, self.kit.colour("text"), True,
                                                         "heading")])  # fmt: skip
        else:
            band_h = layout.height * (BAND if spec.kind != "title" else 1.0)
            self.shape(target, Box(0, 0, layout.width, band_h), "band", fill=band, text=False)
        if spec.logo is not None and self.kit.logo is not None and self.kit.logo.suffix.lower() != ".svg":
            self.logo(target, spec.logo)
        if spec.kind != "title" and spec.title_box is not None and not placeholder:
            ink = readable_on(band, self.kit.colour("text"), large=True)
            title = Frame(spec.title_box, [Para(spec.title, spec.title_size, ink, True, "heading")], name="title")
            self.frame(target, title, anchor="ctr")
        for frame in spec.frames:
            self.frame(target, frame)
        for table in spec.tables:
            self.table(target, table)
        if isinstance(target, _Tree):
            if spec.chart is not None:
                self.chart(target.slide, spec.chart)
            if spec.bars is not None:
                self.bars(target.slide, spec.bars)
        self.notes(target, spec.notes)

    def notes(self, target: _Tree | _Text, text: str) -> None:
        """Speaker notes. The first notes page comes from python-pptx (which clones the notes master's
        placeholders); the others are that page as text with their own paragraphs."""
        if not self.first_notes_made:
            assert isinstance(target, _Tree)
            target.slide.notes_slide.notes_text_frame.text = text
            self.notes_text = _notes_text(target.slide.notes_slide._element)
            self.first_notes_made = True
            return
        if self.notes_text is None:  # a template whose notes master has no body: the slow, sure way
            assert isinstance(target, _Tree)
            target.slide.notes_slide.notes_text_frame.text = text
            return
        lines = "".join(
            f'<a:p><a:r><a:rPr lang="{self.lang_tag}" dirty="0"/><a:t>{escape(_xml_safe(line))}</a:t></a:r></a:p>'
            if line
            else "<a:p/>"
            for line in text.split("\n")
        )
        head, tail = self.notes_text
        slide_part = target.part
        package = slide_part.package
        blob = (head + lines + tail).encode("utf-8")
        part = _TextPart(package.next_partname("/ppt/notesSlides/notesSlide%d.xml"), CT.PML_NOTES_SLIDE, package, blob)
        _relate_new(part, package.presentation_part.notes_master_part, RT.NOTES_MASTER)
        _relate_new(part, slide_part, RT.SLIDE)
        _relate_new(slide_part, part, RT.NOTES_SLIDE)

    def logo(self, target: _Tree | _Text, box: Box) -> None:
        """The logo: added once through python-pptx, then the same image part related to each slide
        (python-pptx would read and hash the file again for every slide)."""
        if self.logo_part is None:
            assert isinstance(target, _Tree)
            picture = target.slide.shapes.add_picture(str(self.kit.logo), *self.box(box))
            picture.name = "logo"
            self.logo_part = target.part.related_part(picture._element.blipFill.blip.rEmbed)
            self.next_id = target.first_shape_id()
            return
        r_id = _relate_new(target.part, self.logo_part, RT.IMAGE)
        x, y, w, h = self.box(box)
        target.add(
            f'<p:pic {nsdecls("p", "a", "r")}><p:nvPicPr><p:cNvPr id="{self.next_id}" name="logo"/>'
            '<p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>'
            f'<p:blipFill><a:blip r:embed="{r_id}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>'
            f'<p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>'
        )
        self.next_id += 1

    def frame(self, target: _Tree | _Text, frame: Frame, anchor: str = "t") -> None:
        self.shape(target, frame.box, frame.name or "text", frame.fill, frame.border, frame.dashed, frame.paras, anchor)

    def shape(
        self,
        target: _Tree | _Text,
        box: Box,
        name: str,
        fill: Colour | None = None,
        border: Colour | None = None,
        dashed: bool = False,
        paras: list[Para] | None = None,
        anchor: str = "t",
        text: bool = True,
    ) -> None:
        """A rectangle or text box written as one piece of XML: the same shape python-pptx's add_textbox
        makes, without its per-attribute object model (milliseconds a shape on a large deck)."""
        x, y, w, h = self.box(box)
        fill_xml = f'<a:solidFill><a:srgbClr val="{_hex(fill)}"/></a:solidFill>' if fill else "<a:noFill/>"
        if border is not None:
            dash = '<a:prstDash val="dash"/>' if dashed else ""
            line_xml = f'<a:ln w="{Pt(1.5)}"><a:solidFill><a:srgbClr val="{_hex(border)}"/></a:solidFill>{dash}</a:ln>'
        else:
            line_xml = "<a:ln><a:noFill/></a:ln>"
        body = ""
        if text:
            inset = self.emu(INSET)
            paragraphs = "".join(self.paragraph_xml(p, first=i == 0) for i, p in enumerate(paras or [])) or "<a:p/>"
            body = (
                f'<p:txBody><a:bodyPr wrap="square" lIns="{inset}" tIns="{inset}" rIns="{inset}" bIns="{inset}" '
                f'anchor="{anchor}" rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>{paragraphs}</p:txBody>'
            )
        kind = '<p:cNvSpPr txBox="1"/>' if text else "<p:cNvSpPr/>"
        xml = (
            f'<p:sp {nsdecls("p", "a")}><p:nvSpPr><p:cNvPr id="{self.next_id}" '
            f'name="{escape(name, {chr(34): "&quot;"})}"/>{kind}<p:nvPr/></p:nvSpPr><p:spPr>'
            f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{fill_xml}{line_xml}</p:spPr>{body}</p:sp>'
        )
        target.add(xml)
        self.next_id += 1

    def fill_text(self, tf, paras: list[Para]) -> None:  # type: ignore[no-untyped-def]
        tf.word_wrap = True
        tf.auto_size = MSO_AUTO_SIZE.NONE
        tf.margin_left = tf.margin_right = tf.margin_top = tf.margin_bottom = self.emu(INSET)
        self.paragraphs(tf._txBody, paras)

    def paragraphs(self, body, paras: list[Para]) -> None:  # type: ignore[no-untyped-def]
        """Replace a text body's paragraphs, written as XML in one go: python-pptx's per-attribute
        object model costs a millisecond a run, which adds up to seconds on a large deck."""
        for old in body.findall(qn("a:p")):
            body.remove(old)
        xml = "".join(self.paragraph_xml(para, first=i == 0) for i, para in enumerate(paras)) or "<a:p/>"
        for element in parse_xml(f"<a:txBody {nsdecls('a')}>{xml}</a:txBody>"):
            body.append(element)

    def paragraph_xml(self, para: Para, first: bool) -> str:
        family, is_bold = self.fonts[para.role]
        size = para.size * self.scale
        # A heading TTF in a bold style is "family + bold" to PowerPoint; a heavy family ("Lato Black") is not.
        bold = is_bold if para.role == "heading" else para.bold
        spacing = f'<a:lnSpc><a:spcPts val="{round(size * LEADING * 100)}"/></a:lnSpc>'
        if not first:
            spacing += f'<a:spcBef><a:spcPts val="{round(size * ITEM_GAP * 100)}"/></a:spcBef>'
        face = escape(family, {'"': "&quot;"})
        return (
            f"<a:p><a:pPr>{spacing}</a:pPr><a:r>"
            f'<a:rPr lang="{self.lang_tag}" sz="{round(size * 100)}" b="{int(bold)}" dirty="0">'
            f'<a:solidFill><a:srgbClr val="{para.colour.hex.lstrip("#")}"/></a:solidFill>'
            f'<a:latin typeface="{face}"/><a:cs typeface="{face}"/></a:rPr>'
            f"<a:t>{escape(_xml_safe(para.text))}</a:t></a:r></a:p>"
        )

    def table(self, target: _Tree | _Text, table: Table) -> None:
        """A native table, written as one piece of XML (the cell-by-cell API costs ~1 ms a cell)."""
        x, y = self.emu(table.box.x), self.emu(table.box.y)
        widths = [self.emu(c) for c in table.columns]
        heights = [self.emu(h) for h in table.heights]
        inset = self.emu(INSET)
        rows = []
        for r, (row, height) in enumerate(zip(table.rows, heights)):
            header = r == 0
            ink = table.header_ink if header else table.ink
            fill = f'<a:solidFill><a:srgbClr val="{_hex(table.header_fill)}"/></a:solidFill>' if header else ""
            cells = "".join(
                f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>"
                f"{self.paragraph_xml(Para(text, table.size, ink, header, 'heading' if header else 'body'), True)}"
                f'</a:txBody><a:tcPr marL="{inset}" marR="{inset}" marT="{inset}" marB="{inset}">{fill}</a:tcPr></a:tc>'
                for text in row
            )
            rows.append(f'<a:tr h="{height}">{cells}</a:tr>')
        grid = "".join(f'<a:gridCol w="{width}"/>' for width in widths)
        xml = (
            f'<p:graphicFrame {nsdecls("p", "a")}><p:nvGraphicFramePr><p:cNvPr id="{self.next_id}" name="table"/>'
            '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
            f'</p:nvGraphicFramePr><p:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{sum(widths)}" cy="{sum(heights)}"/>'
            '</p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
            f'<a:tbl><a:tblPr firstRow="1" bandRow="1"><a:tableStyleId>{_TABLE_STYLE}</a:tableStyleId></a:tblPr>'
            f"<a:tblGrid>{grid}</a:tblGrid>{''.join(rows)}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>"
        )
        target.add(xml)
        self.next_id += 1

    def bars(self, slide, bars: Bars) -> None:  # type: ignore[no-untyped-def]
        _bars_in(self, slide, bars)

    def chart(self, slide, chart: Chart) -> None:  # type: ignore[no-untyped-def]
        data = _ChartData()
        data.categories = chart.categories
        data.add_series(chart.series, chart.values)
        frame = slide.shapes.add_chart(XL_CHART_TYPE.LINE_MARKERS, *self.box(chart.box), data)
        c = frame.chart
        c.has_title = False  # LibreOffice would otherwise title it with the series name
        c.has_legend = False
        c.font.size = Pt(14 * self.scale)
        c.font.name = self.fonts["body"][0]
        value_axis = c.value_axis
        value_axis.minimum_scale = chart.scale.low
        value_axis.maximum_scale = chart.scale.high
        value_axis.major_unit = 1 if chart.scale.high - chart.scale.low <= 10 else None
        value_axis.has_major_gridlines = True
        c.category_axis.tick_label_position = XL_TICK_LABEL_POSITION.LOW  # below the plot, not on the zero line
        plot = c.plots[0]
        plot.has_data_labels = True
        plot.data_labels.position = XL_LABEL_POSITION.ABOVE
        plot.data_labels.number_format = "0.#"
        plot.data_labels.number_format_is_linked = False
        series = plot.series[0]
        series.format.line.color.rgb = _rgb(chart.colour)
        series.format.line.width = Pt(3)
        series.smooth = False


class _ChartData(CategoryChartData):
    """Chart data whose embedded workbook ("Edit data" in PowerPoint) canvasgen writes itself: the
    same cells python-pptx's writer fills (categories down column A from row 2, one column per series
    with its name in row 1), without building a workbook with xlsxwriter for every chart."""

    @property
    def xlsx_blob(self) -> bytes:
        def cell(ref: str, value: object) -> str:
            if value is None:
                return ""
            if isinstance(value, (int, float)):
                return f'<c r="{ref}"><v>{value!r}</v></c>'
            return f'<c r="{ref}" t="inlineStr"><is><t>{escape(_xml_safe(str(value)))}</t></is></c>'

        columns = [get_column_letter(2 + i) for i in range(len(self))]
        rows = ['<row r="1">' + "".join(cell(f"{c}1", s.name) for c, s in zip(columns, self)) + "</row>"]
        for r, category in enumerate(self.categories, start=2):
            values = "".join(cell(f"{c}{r}", s.values[r - 2]) for c, s in zip(columns, self))
            rows.append(f'<row r="{r}">{cell(f"A{r}", category.label)}{values}</row>')
        sheet = f'<worksheet xmlns="{_SML}"><sheetData>{"".join(rows)}</sheetData></worksheet>'
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as book:
            for name, xml in (*_WORKBOOK_PARTS, ("xl/worksheets/sheet1.xml", sheet)):
                book.writestr(name, _XML_DECL + xml)
        return buffer.getvalue()


_SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_OPC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WORKBOOK_PARTS = (
    (
        "[Content_Types].xml",
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    (
        "_rels/.rels",
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_OPC_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    (
        "xl/workbook.xml",
        f'<workbook xmlns="{_SML}" xmlns:r="{_OPC_REL}"><sheets>'
        '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    (
        "xl/_rels/workbook.xml.rels",
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_OPC_REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
)


def _bars_in(writer: _Writer, slide, bars: Bars) -> None:  # type: ignore[no-untyped-def]
    """A clustered bar chart with its numbers on the bars; measured bars coloured met / missed."""
    data = _ChartData(number_format=bars.number_format)
    data.categories = bars.categories
    for name, values in bars.series:
        data.add_series(name, values)
    frame = slide.shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, *writer.box(bars.box), data)
    chart = frame.chart
    chart.has_title = False
    chart.has_legend = len(bars.series) > 1
    if chart.has_legend:
        chart.legend.include_in_layout = False
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
    chart.font.size = Pt(14 * writer.scale)
    chart.font.name = writer.fonts["body"][0]
    chart.category_axis.reverse_order = True  # the first figure on top, as in the table
    chart.value_axis.has_major_gridlines = True
    drawn = [v for _, series in bars.series for v in series if v is not None]
    if drawn and min(drawn) >= 0:
        chart.value_axis.minimum_scale = 0  # bars from zero: a bar's length is its size
    chart.value_axis.tick_labels.number_format = bars.number_format
    chart.value_axis.tick_labels.number_format_is_linked = False
    plot = chart.plots[0]
    plot.gap_width = 60
    plot.has_data_labels = True
    plot.data_labels.number_format = bars.number_format
    plot.data_labels.number_format_is_linked = False
    plot.data_labels.position = XL_LABEL_POSITION.OUTSIDE_END
    for series, colour in zip(plot.series, bars.colours):
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = _rgb(colour)
    first = plot.series[0]
    for index, point_colour in enumerate(bars.point_colours):
        if point_colour is not None:
            point = first.points[index]
            point.format.fill.solid()
            point.format.fill.fore_color.rgb = _rgb(point_colour)


def _notes_text(template) -> tuple[str, str] | None:  # type: ignore[no-untyped-def]
    """The first notes page as text, split where its body's paragraphs go; None without a body."""
    element = copy.deepcopy(template)
    body = element.find(f".//{qn('p:ph')}[@type='body']/../../..")
    tx_body = body.find(qn("p:txBody")) if body is not None else None
    if tx_body is None:
        return None
    for paragraph in tx_body.findall(qn("a:p")):
        tx_body.remove(paragraph)
    tx_body.append(parse_xml(f"<a:p {nsdecls('a')}><a:r><a:t>{_NOTES_MARK}</a:t></a:r></a:p>"))
    text = etree.tostring(element, encoding="UTF-8", standalone=True).decode("utf-8")
    mark = re.search(rf"<a:p[^>]*><a:r><a:t>{_NOTES_MARK}</a:t></a:r></a:p>", text)
    assert mark is not None
    return text[: mark.start()], text[mark.end() :]


_NOTES_MARK = "canvasgen-notes-go-here"


def _relate_new(source, target, reltype: str) -> str:  # type: ignore[no-untyped-def]
    """A relationship known to be new (a fresh slide's notes, its logo): python-pptx's relate_to
    first searches the part's relationships for an equal one, which adds up over a large deck."""
    return str(source.rels._add_relationship(reltype, target))


def _sections(prs: PresentationFile, names: list[str], ids: dict[str, list[int]]) -> None:
    """PowerPoint sections, one per journey (python-pptx has no API for them)."""
    root = prs.part._element
    ext_lst = root.find(f"{{{_P}}}extLst")
    if ext_lst is None:
        ext_lst = etree.SubElement(root, f"{{{_P}}}extLst")
    ext = etree.SubElement(ext_lst, f"{{{_P}}}ext", uri=_SECTIONS_URI)
    section_lst = etree.SubElement(ext, f"{{{_P14}}}sectionLst", nsmap={"p14": _P14})
    for name in names:
        section = etree.SubElement(section_lst, f"{{{_P14}}}section", name=name, id=f"{{{str(uuid.uuid4()).upper()}}}")
        slide_ids = etree.SubElement(section, f"{{{_P14}}}sldIdLst")
        for slide_id in ids.get(name, []):
            etree.SubElement(slide_ids, f"{{{_P14}}}sldId", id=str(slide_id))


def _hex(colour: Colour | None) -> str:
    return colour.hex.lstrip("#") if colour else "000000"


def _rgb(colour: Colour) -> RGBColor:
    r, g, b = (round(v * 255) for v in colour.rgb)
    return RGBColor(r, g, b)


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    """Text without the control characters XML cannot hold (a stray one must not break the deck)."""
    return _XML_ILLEGAL.sub("\ufffd", text)
