"""The deck's fast path (slides written as text) against python-pptx's own slide objects.

Product code writes slides without a chart as text parts; ``text_slides=False`` writes every
slide through python-pptx instead. For every example canvas the two files must hold the same
parts with the same XML (after canonicalisation), except the random ids of the deck's sections.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from canvasgen.render.pptx import render_pptx
from tests.support.layouts import deck_fonts, default_kit, example_deck
from tests.support.workbooks import EXAMPLES

_SECTION_ID = re.compile(rb'(<p14:section [^>]*id=")\{[0-9A-F-]{36}\}')
_MODIFIED = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*")


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _canonical(name: str, data: bytes) -> bytes:
    if name.endswith(".xlsx"):  # a chart's workbook: its parts, not the zip's own timestamps
        with zipfile.ZipFile(io.BytesIO(data)) as inner:
            return b"\n".join(n.encode() + b"=" + _canonical(n, inner.read(n)) for n in sorted(inner.namelist()))
    if not name.endswith((".xml", ".rels")):
        return data
    data = _MODIFIED.sub(rb"\1", _SECTION_ID.sub(rb"\1{section}", data))
    parser = etree.XMLParser(remove_blank_text=True)
    return bytes(etree.tostring(etree.fromstring(data, parser), method="c14n"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_text_slides_match_python_pptx_slides(path: Path, tmp_path: Path) -> None:
    kit, _ = default_kit()
    layout = example_deck(path)
    render_pptx(layout, kit, deck_fonts(), tmp_path / "fast.pptx")
    render_pptx(layout, kit, deck_fonts(), tmp_path / "reference.pptx", text_slides=False)
    fast, reference = _parts(tmp_path / "fast.pptx"), _parts(tmp_path / "reference.pptx")
    assert sorted(fast) == sorted(reference)
    assert sum(1 for name in fast if name.startswith("ppt/slides/slide")) == len(layout.slides)
    different = [name for name in fast if _canonical(name, fast[name]) != _canonical(name, reference[name])]
    assert different == []
