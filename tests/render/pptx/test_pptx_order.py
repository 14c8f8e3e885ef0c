"""The deck's hand-written slide XML against the element order ECMA-376 prescribes.

PowerPoint refuses ("needs repair") a part whose children come in the wrong order, while
python-pptx and LibreOffice read it happily, so no other test would notice. The sequences
below are taken from the schema (pml.xsd / dml-main.xsd) for every element the writer emits.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree

from canvasgen.render.pptx import render_pptx
from tests.support.layouts import deck_fonts, default_kit, example_deck
from tests.support.workbooks import EXAMPLES

_FILL = ("noFill", "solidFill", "gradFill", "blipFill", "pattFill", "grpFill")

# parent -> its children's order; a tuple entry is a choice (any one of them at that position)
_SEQUENCES: dict[str, list[str | tuple[str, ...]]] = {
    "sp": ["nvSpPr", "spPr", "style", "txBody", "extLst"],
    "pic": ["nvPicPr", "blipFill", "spPr", "style", "extLst"],
    "graphicFrame": ["nvGraphicFramePr", "xfrm", "graphic", "extLst"],
    "spPr": ["xfrm", ("custGeom", "prstGeom"), _FILL, "ln", ("effectLst", "effectDag"), "scene3d", "sp3d", "extLst"],
    "ln": [_FILL, "prstDash", ("round", "bevel", "miter"), "headEnd", "tailEnd", "extLst"],
    "txBody": ["bodyPr", "lstStyle", "p"],
    "p": ["pPr", ("r", "br", "fld"), "endParaRPr"],
    "pPr": [
        "lnSpc",
        "spcBef",
        "spcAft",
        "buClrTx",
        "buClr",
        "buSzTx",
        "buFont",
        "buNone",
        "buChar",
        "tabLst",
        "defRPr",
        "extLst",
    ],
    "rPr": [
        "ln",
        _FILL,
        ("effectLst", "effectDag"),
        "highlight",
        "uLnTx",
        "uFillTx",
        "latin",
        "ea",
        "cs",
        "sym",
        "hlinkClick",
        "extLst",
    ],
    "tbl": ["tblPr", "tblGrid", "tr"],
    "tr": ["tc", "extLst"],
    "tc": ["txBody", "tcPr", "extLst"],
    "tcPr": ["lnL", "lnR", "lnT", "lnB", "lnTlToBr", "lnBlToTr", "cell3D", _FILL, "headers", "extLst"],
    "tblPr": [_FILL, ("effectLst", "effectDag"), ("tableStyle", "tableStyleId"), "extLst"],
}


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname


def _position(sequence: list[str | tuple[str, ...]], name: str) -> int | None:
    for index, entry in enumerate(sequence):
        if name == entry or (isinstance(entry, tuple) and name in entry):
            return index
    return None


def order_problems(xml: bytes) -> list[str]:
    """Every child that is unknown to its parent's sequence or comes after a later sibling."""
    problems = []
    for parent in etree.fromstring(xml).iter():
        if not isinstance(parent.tag, str) or (sequence := _SEQUENCES.get(_local(parent))) is None:
            continue
        if _local(parent) == "spPr" and etree.QName(parent).namespace.endswith("/chart"):
            continue  # chart parts are python-pptx's, written from its own templates
        last = -1
        for child in parent:
            if not isinstance(child.tag, str):
                continue
            position = _position(sequence, _local(child))
            if position is None:
                problems.append(f"<{_local(parent)}> holds an unexpected <{_local(child)}>")
            elif position < last:
                problems.append(f"<{_local(child)}> comes too late in <{_local(parent)}>")
            else:
                last = position
    return problems


def test_the_check_notices_a_misordered_shape() -> None:
    good = (
        b'<p:sp xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
        b'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:nvSpPr/>'
        b'<p:spPr><a:xfrm/><a:prstGeom prst="rect"/><a:solidFill/><a:ln/></p:spPr></p:sp>'
    )
    assert order_problems(good) == []
    swapped = good.replace(b"<a:solidFill/><a:ln/>", b"<a:ln/><a:solidFill/>")
    assert order_problems(swapped) == ["<solidFill> comes too late in <spPr>"]
    assert order_problems(good.replace(b"<a:ln/>", b"<a:bogus/>")) == ["<spPr> holds an unexpected <bogus>"]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_slides_follow_the_schema_order(path: Path, tmp_path: Path) -> None:
    kit, _ = default_kit()
    layout = example_deck(path)
    render_pptx(layout, kit, deck_fonts(), tmp_path / "deck.pptx")
    with zipfile.ZipFile(tmp_path / "deck.pptx") as archive:
        slides = [name for name in archive.namelist() if name.startswith("ppt/slides/slide")]
        assert len(slides) == len(layout.slides)
        problems = {name: order_problems(archive.read(name)) for name in slides}
        seen = {
            _local(e) for name in slides for e in etree.fromstring(archive.read(name)).iter() if isinstance(e.tag, str)
        }
    assert {"sp", "spPr", "txBody", "pPr", "rPr"} <= seen  # the check really walked the shapes
    assert {name: found for name, found in problems.items() if found} == {}
