"""reportlab's private names (``canvasgen.render.pdf.private``): each behaviour canvasgen relies on, on a
canvas of the pinned reportlab, read back with pypdf, so that an upgrade that changes one fails here."""

from __future__ import annotations

from pathlib import Path

import pypdf
from reportlab import rl_config
from reportlab.graphics.renderbase import STATE_DEFAULTS
from reportlab.pdfgen.canvas import Canvas

from canvasgen.render.pdf.private import (
    PdfObjects,
    append_operators,
    binary_streams,
    current_font,
    document_of,
    drawing_font,
)


def test_the_document_escapes_strings_and_operators_land_in_the_page(tmp_path: Path) -> None:
    path = tmp_path / "ops.pdf"
    canvas = Canvas(str(path), pageCompression=0)
    canvas.setFont("Helvetica", 9)
    assert current_font(canvas) == "Helvetica"
    document, escape = document_of(canvas)
    assert escape("a(b)\\") == "a\\(b\\)\\\\"
    assert type(document).__name__ == "PDFDocument"
    append_operators(canvas, "1 0 0 RG 10 10 m 90 90 l S")
    canvas.showPage()
    canvas.save()
    page = pypdf.PdfReader(path).pages[0]
    assert b"1 0 0 RG 10 10 m 90 90 l S" in page.get_contents().get_data()  # type: ignore[union-attr]


def test_binary_streams_hold_for_the_write_and_are_put_back(tmp_path: Path) -> None:
    before = rl_config.useA85
    path = tmp_path / "binary.pdf"
    with binary_streams():
        assert rl_config.useA85 == 0
        canvas = Canvas(str(path))
        canvas.drawString(10, 10, "tekst")
        canvas.save()
    assert rl_config.useA85 == before
    assert b"/ASCII85Decode" not in path.read_bytes()


def test_the_drawing_font_is_set_for_the_drawing_and_put_back() -> None:
    before = STATE_DEFAULTS["fontName"]
    with drawing_font("Times-Roman"):
        assert STATE_DEFAULTS["fontName"] == "Times-Roman"
    assert STATE_DEFAULTS["fontName"] == before


def test_objects_made_beside_reportlabs_are_written_where_they_are_referred_to(tmp_path: Path) -> None:
    path = tmp_path / "objects.pdf"
    canvas = Canvas(str(path))
    canvas.setAuthor("Studio Noord")
    canvas.drawString(10, 10, "tekst")
    canvas.showPage()
    objects = PdfObjects(canvas)
    assert objects.author == "Studio Noord"
    tree = objects.new()
    assert tree.endswith(" 0 R")
    page = objects.page(0)
    objects.fill(tree, f"<< /Type /StructTreeRoot /K [] /Pg {page} >>")
    objects.set_catalog("StructTreeRoot", tree)
    objects.set_catalog("MarkInfo", objects.raw("<< /Marked true >>"))
    objects.set_page_entries(0, {"StructParents": "0", "Tabs": "/S"})
    objects.set_catalog("Metadata", objects.xml_stream("<x:xmpmeta xmlns:x='adobe:ns:meta/'/>"))
    canvas.save()
    reader = pypdf.PdfReader(path)
    catalog = reader.trailer["/Root"]
    assert catalog["/StructTreeRoot"]["/Type"] == "/StructTreeRoot"
    assert catalog["/StructTreeRoot"]["/Pg"].get_object() == reader.pages[0].get_object()
    assert bool(catalog["/MarkInfo"]["/Marked"])
    assert b"adobe:ns:meta" in catalog["/Metadata"].get_object().get_data()
    assert (reader.pages[0]["/StructParents"], reader.pages[0]["/Tabs"]) == (0, "/S")
