"""List items on the deck's slides (#31 item 7): real paragraph bullets with a hanging indent, so that a
wrapped item's second line starts under its first word, not under the bullet; no bullet typed into the text."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.oxml.ns import qn

from tests.support.layouts import Built
from tests.support.read_back import slide_text, squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES

ZON = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
HR = CANVASES / "example-hr-software-b2b.xlsx"


def _items(pptx: Path) -> dict[str, list[object]]:
    """The phase slides' paragraphs (the slides with a phase strip), by their text: each one's ``a:pPr``."""
    found: dict[str, list[object]] = {}
    for slide in Presentation(str(pptx)).slides:
        if not any(shape.name.startswith("phase strip") for shape in slide.shapes):
            continue
        for paragraph in slide.element.iter(qn("a:p")):
            text = "".join(t.text or "" for t in paragraph.iter(qn("a:t")))
            found.setdefault(text, []).append(paragraph.find(qn("a:pPr")))
    return found


def test_phase_items_are_paragraph_bullets_with_a_hanging_indent(built: Built) -> None:
    for path in (ZON, HR):
        pptx = built.deck(path)
        items = _items(pptx)
        assert not [t for t in items if t.lstrip().startswith("•")], "a bullet typed into the text"
        customer = [i.text for j in read_canvas(path).journeys for lane in j.lanes for c in lane.cells for i in c]
        shown = [text for text in items if text and any(squeeze(text) == squeeze(c) for c in customer)]
        assert len(shown) > 10
        for text in shown:
            for props in items[text]:
                assert props is not None, text
                margin, indent = int(props.get("marL", 0)), int(props.get("indent", 0))
                assert margin > 0 and indent == -margin, (text, margin, indent)  # hanging: first line back
                bullet = props.find(qn("a:buChar"))
                assert bullet is not None and bullet.get("char") == "•", text


def test_the_wrapped_item_of_the_issue_is_whole_and_bulleted(built: Built) -> None:
    pptx = built.deck(ZON)
    item = "Planning koppelen aan beschikbaarheid monteurs"
    assert item in _items(pptx)  # one paragraph, its words in order, no "• " before them
    assert squeeze(item) in squeeze(slide_text(pptx))
