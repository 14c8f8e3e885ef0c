"""python-pptx's private names (``canvasgen.render.pptx.private``): each behaviour canvasgen relies on, on
python-pptx's own default presentation, saved and opened again, so that an upgrade that changes one fails
here first."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.util import Pt

from canvasgen.render.pptx.ooxml import custom_properties_xml
from canvasgen.render.pptx.private import (
    SlideAdder,
    TextBodyXml,
    Tree,
    element_of,
    relate_new,
    remember_partnames,
    set_custom_property,
    template_notes_text,
    text_body,
)

_BOX = (
    '<p:sp xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:nvSpPr><p:cNvPr id="{id}" name="t"/>'
    "<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:p><a:r><a:t>{text}</a:t></a:r></a:p>"
    "</p:txBody></p:sp>"
)


def _blank():  # type: ignore[no-untyped-def]
    prs = Presentation()
    return prs, prs.slide_layouts[6]  # the default template's "Blank"


def test_slides_added_as_trees_and_as_text_open_again_in_order(tmp_path: Path) -> None:
    prs, blank = _blank()
    remember_partnames(prs)
    add = SlideAdder(prs)
    slide, first_id = add(blank)
    tree = Tree(slide)
    tree.add(_BOX.format(id=tree.first_shape_id(), text="als boom"))
    part, second_id = add.text_part(blank)
    text = TextBodyXml(part)
    text.add(_BOX.format(id=text.first_shape_id(), text="als tekst"))
    text.finish()
    assert (first_id, second_id) == (256, 257)  # the ids python-pptx would give, counted
    path = tmp_path / "deck.pptx"
    prs.save(str(path))
    again = Presentation(str(path))
    assert [[s.text_frame.text for s in slide.shapes] for slide in again.slides] == [["als boom"], ["als tekst"]]
    assert [slide.slide_id for slide in again.slides] == [256, 257]
    assert again.slides[1].slide_layout.name == "Blank"  # the text slide's relationships, written as text


def test_part_names_are_counted_never_issued_twice() -> None:
    prs, blank = _blank()
    remember_partnames(prs)
    package = prs.part.package
    first = package.next_partname("/ppt/slides/slide%d.xml")
    SlideAdder(prs)(blank)  # takes a name of its own through the same counter
    names = {str(first), *(str(p.partname) for p in package.iter_parts())}
    assert str(package.next_partname("/ppt/slides/slide%d.xml")) not in names


def test_a_new_relationship_is_added_without_a_search() -> None:
    prs, blank = _blank()
    slide, _ = SlideAdder(prs)(blank)
    before = len(slide.part.rels)
    r_id = relate_new(slide.part, prs.part, RT.SLIDE)  # any part: the relationship is not looked for
    assert slide.part.rels[r_id].target_part is prs.part and len(slide.part.rels) == before + 1


def test_elements_behind_pythonpptx_objects_and_the_notes_pages_text() -> None:
    prs, blank = _blank()
    slide, _ = SlideAdder(prs)(blank)
    box = slide.shapes.add_textbox(Pt(10), Pt(10), Pt(100), Pt(20))
    assert element_of(box).tag == qn("p:sp")
    assert text_body(box.text_frame).tag == qn("p:txBody")
    notes = template_notes_text(element_of(slide.notes_slide))
    assert notes is not None
    head, tail = notes
    whole = head + "<a:p><a:r><a:t>notitie</a:t></a:r></a:p>" + tail
    assert "notitie" in "".join(etree.fromstring(whole.encode()).itertext())


def test_a_custom_property_is_added_in_its_own_part_or_beside_the_templates(tmp_path: Path) -> None:
    prs, _ = _blank()
    set_custom_property(prs, custom_properties_xml("1.0"), "canvasgen", "1.0")
    set_custom_property(prs, custom_properties_xml("2.0"), "canvasgen", "2.0")  # now the existing part's
    set_custom_property(prs, custom_properties_xml("2.0"), "klant", "Noord")
    path = tmp_path / "props.pptx"
    prs.save(str(path))
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("docProps/custom.xml"))
    values = {p.get("name"): "".join(p.itertext()) for p in root}
    assert values == {"canvasgen": "2.0", "klant": "Noord"}
    assert len({p.get("pid") for p in root}) == 2


def test_bar_labels_and_fills_written_at_once_are_those_pythonpptx_writes() -> None:
    """A bar chart's labels and bars' own fills made as XML at once (``add_point_labels``,
    ``add_point_fills``) are those python-pptx's text frames and fill objects make point by point: the same
    ``<c:dLbl>`` and ``<c:dPt>`` elements, in the same places in their series."""
    from pptx.chart.data import CategoryChartData
    from pptx.dml.color import RGBColor
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Inches

    from canvasgen.render.pptx.ooxml import bar_labels_xml, point_fills_xml
    from canvasgen.render.pptx.private import add_point_fills, add_point_labels
    from canvasgen.render.pptx.writer import _text_label

    texts = ["€ 1.500", None, "R&D <5%", "41,0%"]
    face, size = "Fira & Sans", 14 * 0.75
    written = []
    for at_once in (False, True):
        prs, blank = _blank()
        data = CategoryChartData()
        data.categories = ["a", "b", "c", "d"]
        data.add_series("Gemeten", (1.0, 2.0, 3.0, 4.0))
        slide = prs.slides.add_slide(blank)
        chart = slide.shapes.add_chart(XL_CHART_TYPE.BAR_CLUSTERED, 0, 0, Inches(4), Inches(3), data).chart
        (series,) = chart.plots[0].series
        labels = [(i, t) for i, t in enumerate(texts) if t is not None]
        if at_once:
            add_point_labels(series, bar_labels_xml(labels, face, Pt(size).centipoints))
        else:
            for index, text in labels:
                _text_label(series.points[index].data_label, text, face, size)
        fills = [(1, "C8453A"), (3, "2E8B57")]  # bars' own colours after their labels, as the writer sets them
        if at_once:
            add_point_fills(series, point_fills_xml(fills))
        else:
            for index, hex_rgb in fills:
                fill = series.points[index].format.fill
                fill.solid()
                fill.fore_color.rgb = RGBColor.from_string(hex_rgb)
        written.append(etree.tostring(element_of(series)))
    assert b"<c:dLbl>" in written[0] and b"R&amp;D &lt;5%" in written[0] and b'<c:dPt><c:idx val="3"/>' in written[0]
    assert written[1] == written[0]
