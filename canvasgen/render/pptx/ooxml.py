"""Every piece of hand-written OOXML of the deck: slide, table, chart-workbook and section XML.

python-pptx builds and serialises an element tree per shape; a deck of a hundred slides is
written far faster as text. The strings are kept here, apart from the code that uses python-pptx's
public API, so that the XML can be read (and checked against python-pptx's own) in one place.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple
from xml.sax.saxutils import escape

from pptx.oxml.ns import nsdecls
from pptx.util import Pt

from canvasgen.brand.colors import Colour
from canvasgen.layout.text.fonts import EMOJI_COLOURS
from canvasgen.text import NO_BREAK, WORD_JOINER, joined_signs, keep_together, runs_right_to_left

#: What keeps words together on a slide, in characters Calibri and its metric twin Carlito both have: a narrow
#: no-break space (U+202F, in Carlito at a space's width) for the no-break space (U+00A0, which Carlito lacks, so
#: LibreOffice drew it in another font), and the zero-width no-break space (U+FEFF) for the word joiner (U+2060,
#: likewise missing): each of the same class in Unicode's line breaking (GL, WJ), so a line still never breaks there.
_KEPT_IN_DECK_FONT = str.maketrans({NO_BREAK: "\u202f", WORD_JOINER: "\ufeff"})


def kept_together(text: str) -> str:
    """A slide's text with what keeps its words together on a line (``keep_together``: "€ 7.400", "24 uur"; a
    scale's signs, ``joined_signs``) in characters the deck's font has (``_KEPT_IN_DECK_FONT``)."""
    return joined_signs(keep_together(text)).translate(_KEPT_IN_DECK_FONT)


_TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"  # PowerPoint's "Medium Style 2 - Accent 1", as python-pptx uses


LINE_WIDTH = Pt(1.5)  # a frame's border


SECTIONS_URI = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"


P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"


SLIDE_HEAD = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    f'<p:sld {nsdecls("a", "p", "r")}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/>'
    "<p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>"
)


SLIDE_TAIL = "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"


_SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


_OPC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


WORKBOOK_PARTS = (
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


NOTES_MARK = "canvasgen-notes-go-here"


def hex_of(colour: Colour | None) -> str:
    return colour.hex.lstrip("#") if colour else "000000"


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Text without the control characters XML cannot hold (a stray one must not break the deck; it
    draws nothing, so nothing is lost)."""
    return _XML_ILLEGAL.sub("", text)


@functools.lru_cache(maxsize=512)  # typefaces and shape names: a few, asked for twice in every run of text
def _attr(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def _solid(hex_rgb: str) -> str:
    return f'<a:solidFill><a:srgbClr val="{hex_rgb}"/></a:solidFill>'


def _xfrm(x: int, y: int, w: int, h: int) -> str:
    return f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'


_RECT = '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
_ELLIPSE = '<a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom>'


class Run(NamedTuple):
    """One paragraph of one run, as the deck writes every text: sizes in points, colour as hex."""

    text: str
    lang: str
    size: float
    bold: bool
    colour: str
    face: str
    line: float  # the line pitch
    before: float | None  # the space before the paragraph (None: none)
    pieces: tuple[tuple[str, str], ...] = ()  # the text split by typeface (text, face); () : all in face
    centred: bool = False  # centred on its line (a disc's initials)
    #: A list item's hanging indent in points (its text starts there on every line), or None.
    indent: float | None = None
    bullet: bool = False  # a real paragraph bullet in the indent (False: the rest of an item, no bullet)
    hang: bool = False  # a field's label in the indent: the first line starts at the margin, the rest under its value
    #: The face a coloured disc (●) is drawn in where the text has a traffic light's emoji ("" : the emoji kept).
    disc_face: str = ""
    #: The proofing language of its Chinese, Japanese or Korean characters ("zh-TW"), "" : the run's own.
    alt_lang: str = ""
    #: A list item that starts with a traffic light (🔴 boos): the light's colour (hex), its disc drawn as the
    #: item's bullet ("" : the usual bullet). As a bullet beside its disc it read as two bullets (F18).
    bullet_colour: str = ""


#: Emoji whose meaning is their colour (🟢 🟡 🔴): each a run of its own in that colour, as the poster draws
#: them, so that a monochrome emoji font (LibreOffice's PDF export) still tells green from red. Drawn as a
#: disc (●) of that colour in a text face: where no emoji font is (LibreOffice, Google Slides, a Mac without
#: Segoe UI Emoji) the emoji showed as an empty box.
_COLOURS = {char: colour.hex.lstrip("#") for char, colour in EMOJI_COLOURS.items()}
DISC = "\u25cf"
_LIGHTS = frozenset("\U0001f7e2\U0001f7e1\U0001f7e0\U0001f534")  # 🟢 🟡 🟠 🔴: ⚪ ⚫ stay as written
_PIECES = re.compile(f"(\n|[{''.join(EMOJI_COLOURS)}])")


def paragraph_xml(run: Run) -> str:
    spacing = f'<a:lnSpc><a:spcPts val="{round(run.line * 100)}"/></a:lnSpc>'
    if run.before is not None:
        spacing += f'<a:spcBef><a:spcPts val="{round(run.before * 100)}"/></a:spcBef>'
    # A paragraph whose first strong letter is right-to-left (bidi P2) is a right-to-left paragraph:
    # PowerPoint then orders and shapes it; Arabic inside a Dutch sentence keeps the sentence left to right.
    direction = ' rtl="1" algn="r"' if runs_right_to_left(run.text) else ' algn="ctr"' if run.centred else ""
    if run.indent is not None:  # a hanging indent: the first line starts back at the bullet, the rest under the text
        margin = int(Pt(run.indent))
        direction += f' marL="{margin}" indent="{-margin if run.bullet or run.hang else 0}"'
        spacing += _bullet_xml(run) if run.bullet else "<a:buNone/>"
    alt = f' altLang="{run.alt_lang}"' if run.alt_lang else ""
    start = f'<a:rPr lang="{run.lang}"{alt} sz="{round(run.size * 100)}" b="{int(run.bold)}" dirty="0">'
    # A line break in the text is a line break on the slide (<a:br/>), not a character in a run.
    line_break = f'<a:br><a:rPr lang="{run.lang}" sz="{round(run.size * 100)}" dirty="0"/></a:br>'
    runs = "".join(
        line_break
        if split == "\n"
        else f'<a:r>{start}{_solid(_COLOURS.get(split, run.colour))}<a:latin typeface="{_attr(face)}"/>'
        f'{_east_asian(face, run.face)}<a:cs typeface="{_attr(face)}"/></a:rPr>'
        f"<a:t>{escape(xml_safe(kept_together(piece)))}</a:t></a:r>"  # the viewer wraps: "€ 7.400"
        for text, pieces_face in (run.pieces or ((run.text, run.face),))
        for split in _PIECES.split(text)
        if split
        for piece, face in (_disc(split, pieces_face, run.disc_face),)
    )
    return f"<a:p><a:pPr{direction}>{spacing}</a:pPr>{runs}</a:p>"


def _bullet_xml(run: Run) -> str:
    """A list item's bullet: "•" in the run's face, or a traffic light's disc in its colour (``bullet_colour``)."""
    if run.bullet_colour and run.disc_face:
        colour = f'<a:buClr><a:srgbClr val="{run.bullet_colour}"/></a:buClr>'
        return f'{colour}<a:buFont typeface="{_attr(run.disc_face)}"/><a:buChar char="{DISC}"/>'
    return f'<a:buFont typeface="{_attr(run.face)}"/><a:buChar char="•"/>'


def leading_light(text: str) -> tuple[str, str]:
    """A list item's text that starts with a traffic light and has words after it ("🔴 boos als het te laat
    is"): the light's colour (hex) and the words; else "" and the text as it is."""
    if text[:1] in _LIGHTS and text[1:].strip():
        return _COLOURS[text[0]], text[1:].lstrip()
    return "", text


def _disc(piece: str, face: str, disc_face: str) -> tuple[str, str]:
    """A traffic light's emoji as a disc in a text face (its colour the run's), any other piece as it is."""
    if disc_face and piece in _LIGHTS:
        return DISC, disc_face
    return piece, face


def _east_asian(face: str, main: str) -> str:
    """A fallback's face also for East Asian characters (PowerPoint picks a run's font by the character's
    class: Chinese, Japanese and Korean take the ``ea`` face), nothing for the slide's own face."""
    return "" if face == main else f'<a:ea typeface="{_attr(face)}"/>'


#: Characters python-pptx writes otherwise in a run's text (a line break a paragraph or break, a control
#: character escaped as "_x000D_"): a label holding one is written through python-pptx.
_NOT_PLAIN = re.compile("[\x00-\x1f]")


def plain_label(text: str) -> bool:
    """Whether a chart label's text is one run as written (``bar_labels_xml`` writes it as python-pptx would)."""
    return bool(text) and _NOT_PLAIN.search(text) is None


def bar_labels_xml(labels: Sequence[tuple[int, str]], face: str, centipoints: int) -> str:
    """A series' points' own labels (``<c:dLbl>``, each its index and text: ``plain_label``), at the bar's
    outer end in ``face``: what python-pptx writes for a label's text frame, font and position, made at once
    (its per-label searches of the series' XML were most of a metrics deck's chart time)."""
    return "".join(
        f'<c:dLbl><c:idx val="{index}"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r>'
        f'<a:rPr sz="{centipoints}"><a:latin typeface="{_attr(face)}"/></a:rPr><a:t>{escape(text)}</a:t></a:r></a:p>'
        '</c:rich></c:tx><c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/>'
        '<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>'
        for index, text in labels
    )


def point_fills_xml(fills: Sequence[tuple[int, str]]) -> str:
    """A series' points' own solid fills (``<c:dPt>``, each its index and RGB hex), as python-pptx writes a
    point's fill, made at once."""
    return "".join(
        f'<c:dPt><c:idx val="{index}"/><c:spPr>{_solid(hex_rgb)}</c:spPr></c:dPt>' for index, hex_rgb in fills
    )


def notes_xml(text: str, lang: str) -> str:
    """Speaker notes' paragraphs: one per line, an empty line an empty paragraph."""
    return "".join(
        f'<a:p><a:r><a:rPr lang="{lang}" dirty="0"/><a:t>{escape(xml_safe(line))}</a:t></a:r></a:p>'
        if line
        else "<a:p/>"
        for line in text.split("\n")
    )


def picture_xml(shape_id: int, r_id: str, x: int, y: int, w: int, h: int) -> str:
    """The logo picture, as python-pptx's add_picture writes it."""
    return (
        f'<p:pic {nsdecls("p", "a", "r")}><p:nvPicPr><p:cNvPr id="{shape_id}" name="logo"/>'
        '<p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>'
        f'<p:blipFill><a:blip r:embed="{r_id}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>'
        f"<p:spPr>{_xfrm(x, y, w, h)}{_RECT}</p:spPr></p:pic>"
    )


def text_body_xml(paragraphs: str, inset: int, anchor: str) -> str:
    """A shape's text body: wrapped, fixed insets, never auto-fitted (the layout has fitted it)."""
    return (
        f'<p:txBody><a:bodyPr wrap="square" lIns="{inset}" tIns="{inset}" rIns="{inset}" bIns="{inset}" '
        f'anchor="{anchor}" rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>{paragraphs or "<a:p/>"}</p:txBody>'
    )


def shape_xml(
    shape_id: int,
    name: str,
    xywh: tuple[int, int, int, int],
    look: tuple[str | None, str | None, bool],
    body: str | None,
    disc: bool = False,
) -> str:
    """A rectangle (``body`` None) or text box, or with ``disc`` an ellipse: fill and border as hex (None:
    none), dashed or not."""
    fill, border, dashed = look
    fill_xml = _solid(fill) if fill else "<a:noFill/>"
    if border is not None:
        dash = '<a:prstDash val="dash"/>' if dashed else ""
        line_xml = f'<a:ln w="{LINE_WIDTH}">{_solid(border)}{dash}</a:ln>'
    else:
        line_xml = "<a:ln><a:noFill/></a:ln>"
    kind = '<p:cNvSpPr txBox="1"/>' if body is not None else "<p:cNvSpPr/>"
    geometry = _ELLIPSE if disc else _RECT
    return (
        f'<p:sp {nsdecls("p", "a")}><p:nvSpPr><p:cNvPr id="{shape_id}" name="{_attr(name)}"/>{kind}<p:nvPr/>'
        f"</p:nvSpPr><p:spPr>{_xfrm(*xywh)}{geometry}{fill_xml}{line_xml}</p:spPr>{body or ''}</p:sp>"
    )


def table_cell_xml(paragraph: str, inset: int, fill: str | None, middle: bool = False) -> str:
    """A table cell; ``middle``: its text in the middle of a row taller than it."""
    fill_xml = _solid(fill) if fill else ""
    anchor = ' anchor="ctr"' if middle else ""
    return (
        f"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{paragraph}</a:txBody>"
        f'<a:tcPr marL="{inset}" marR="{inset}" marT="{inset}" marB="{inset}"{anchor}>{fill_xml}</a:tcPr></a:tc>'
    )


def table_xml(shape_id: int, x: int, y: int, widths: Sequence[int], rows: Sequence[tuple[int, str]]) -> str:
    """A native table in PowerPoint's default style; ``rows`` are (height, cells' XML)."""
    grid = "".join(f'<a:gridCol w="{width}"/>' for width in widths)
    body = "".join(f'<a:tr h="{height}">{cells}</a:tr>' for height, cells in rows)
    height = sum(h for h, _ in rows)
    return (
        f'<p:graphicFrame {nsdecls("p", "a")}><p:nvGraphicFramePr><p:cNvPr id="{shape_id}" name="table"/>'
        '<p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/>'
        f'</p:nvGraphicFramePr><p:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{sum(widths)}" cy="{height}"/>'
        '</p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table">'
        f'<a:tbl><a:tblPr firstRow="1" bandRow="1"><a:tableStyleId>{_TABLE_STYLE}</a:tableStyleId></a:tblPr>'
        f"<a:tblGrid>{grid}</a:tblGrid>{body}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>"
    )


def sheet_cell_xml(ref: str, value: object) -> str:
    """A chart workbook's cell: a number, inline text, or nothing."""
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(xml_safe(str(value)))}</t></is></c>'


def sheet_xml(rows: list[str]) -> str:
    return f'<worksheet xmlns="{_SML}"><sheetData>{"".join(rows)}</sheetData></worksheet>'


#: The custom document property that marks a deck as canvasgen's (so that a build never replaces a deck
#: of the user's own that happens to have the same name); PowerPoint and LibreOffice keep it on saving.
MARK = "canvasgen"


def custom_properties_xml(version: str) -> str:
    """docProps/custom.xml holding the mark, with canvasgen's version as its value."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" '
        f'name="{MARK}"><vt:lpwstr>{escape(version)}</vt:lpwstr></property></Properties>'
    )
