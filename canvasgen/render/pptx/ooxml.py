"""Every piece of hand-written OOXML of the deck: slide, table, chart-workbook and section XML.

python-pptx builds and serialises an element tree per shape; a deck of a hundred slides is
written far faster as text. The strings are kept here, apart from the code that uses python-pptx's
public API, so that the XML can be read (and checked against python-pptx's own) in one place.
"""

from __future__ import annotations

import re

from pptx.oxml.ns import nsdecls

from canvasgen.brand.colors import Colour

_TABLE_STYLE = "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"  # PowerPoint's "Medium Style 2 - Accent 1", as python-pptx uses


_SECTIONS_URI = "{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"


_P = "http://schemas.openxmlformats.org/presentationml/2006/main"


_SLIDE_HEAD = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    f'<p:sld {nsdecls("a", "p", "r")}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/>'
    "<p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>"
)


_SLIDE_TAIL = "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"


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


_NOTES_MARK = "canvasgen-notes-go-here"


def _hex(colour: Colour | None) -> str:
    return colour.hex.lstrip("#") if colour else "000000"


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    """Text without the control characters XML cannot hold (a stray one must not break the deck)."""
    return _XML_ILLEGAL.sub("\ufffd", text)
