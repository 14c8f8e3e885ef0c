"""The deck's hand-written XML pieces: well-formed whatever the client wrote."""

from __future__ import annotations

from lxml import etree
from pptx.oxml.ns import qn

from canvasgen.render.pptx.ooxml import Run, paragraph_xml, shape_xml, sheet_cell_xml, text_body_xml


def test_a_text_box_keeps_quotes_ampersands_and_stray_control_characters_well_formed() -> None:
    text = 'Klant zegt: "snel & <goedkoop>"\x0b\x01'
    run = Run(text, "nl-NL", 12, True, "112233", 'Noto "Sans"', 14.4, None)
    body = text_body_xml(paragraph_xml(run), 91440, "t")
    shape = etree.fromstring(shape_xml(7, 'Fase "1" & meer', (1, 2, 3, 4), ("FFFFFF", "000000", True), body))
    assert shape.find(f".//{qn('p:cNvPr')}").get("name") == 'Fase "1" & meer'
    assert shape.find(f".//{qn('a:t')}").text == 'Klant zegt: "snel & <goedkoop>"'  # control characters draw nothing
    assert shape.find(f".//{qn('a:latin')}").get("typeface") == 'Noto "Sans"'
    assert shape.find(f".//{qn('a:ln')}/{qn('a:prstDash')}").get("val") == "dash"
    assert shape.find(f".//{qn('a:rPr')}").get("sz") == "1200"
    assert shape.find(f".//{qn('a:spcBef')}") is None  # the first paragraph has no space before


def test_a_rectangle_has_no_text_body_and_no_border_when_none_is_asked() -> None:
    shape = etree.fromstring(shape_xml(3, "band", (0, 0, 10, 10), ("AABBCC", None, False), None))
    assert shape.find(qn("p:txBody")) is None
    assert shape.find(f".//{qn('a:ln')}/{qn('a:noFill')}") is not None


def test_chart_workbook_cells() -> None:
    assert sheet_cell_xml("B2", 4.5) == '<c r="B2"><v>4.5</v></c>'
    assert sheet_cell_xml("A2", None) == ""
    assert "&amp;" in sheet_cell_xml("A3", "Zoeken & vinden")


def test_a_sign_stays_with_its_number_in_the_slides_text() -> None:
    """'Experience score (-2 to +2): -1' broke as 'Experience score (-' and '2 to +2): -1' on a phase slide
    in LibreOffice, which breaks after a hyphen-minus: a zero-width no-break (a word joiner) ties each sign
    to its number inside the scale; the text reads back the same; a hyphen between words or numbers and a
    client's own signed score ("-1 😕": Find in PowerPoint must find it) are left alone."""
    run = Run(
        "Experience score (-2 to +2): -1 😕 · 1 - 5 · A-1 · 2-3", "en-GB", 24, True, "112233", "Calibri", 28, None
    )
    body = text_body_xml(paragraph_xml(run), 91440, "t")
    shape = etree.fromstring(shape_xml(7, "score", (1, 2, 3, 4), ("FFFFFF", "000000", False), body))
    written = shape.find(f".//{qn('a:t')}").text
    # the zero-width no-break space and the narrow no-break space: the two Carlito has (round 22, finding 28)
    assert written == "Experience score (-\ufeff2\u202fto\u202f+\ufeff2): -1 😕 · 1\u202f-\u202f5 · A-1 · 2-3"
    assert written.replace("\ufeff", "").replace("\u202f", " ") == run.text
