"""Traffic lights read as scores (#33), as they come out: the poster's curve writes each value with what
the cell wrote beside it ("+2 groen") and draws the light's colour as the point's marker; the deck's
phase slides say "Ervaringsscore: +2 groen" and its charts label each point with the light. Read back out
of the PDF (pypdf and pdftotext) and the PPTX."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles.colors import Color
from pptx import Presentation

from canvasgen.layout.text.fonts import EMOJI_COLOURS
from tests.support.cli import run_clean
from tests.support.read_back import char_boxes, pdf_text, pdftotext, pixels, slide_text
from tests.support.workbooks import with_font_colours
from tests.support.workshop import canvas


def _built(tmp_path: Path) -> Path:
    source = canvas(tmp_path / "lichten.xlsx", {"B9": "groen", "C9": "●", "D9": "rood"})
    with_font_colours(source, "Klantreis", {"C9": Color(rgb="FFFFC000")})  # an amber dot
    code, out, err = run_clean("build", source, "-o", tmp_path / "out", "--size", "A3")
    assert code == 0, out + err
    return tmp_path / "out"


def test_the_poster_writes_each_value_with_its_mark_and_draws_the_lights(tmp_path: Path) -> None:
    pdf = _built(tmp_path) / "lichten.pdf"
    for text in (pdf_text(pdf), pdftotext(pdf)):
        assert "+2 groen" in text and "-2 rood" in text, text
        assert all(light in text for light in ("🟢", "🟡", "🔴")), text  # the markers
        assert "no score" not in text
    bitmap, boxes = char_boxes(pdf, "🟢")  # the marker of "groen": a green light
    assert len(boxes) == 1
    inked = [px for px in pixels(bitmap, boxes[0]) if max(px) - min(px) > 60]
    assert len(inked) > 20
    r, g, b = (sum(px[i] for px in inked) / len(inked) for i in range(3))
    assert g > r and g > b, (r, g, b)


def test_the_deck_says_each_value_with_its_mark_and_labels_its_points_with_the_lights(tmp_path: Path) -> None:
    deck = _built(tmp_path) / "lichten.pptx"
    text = slide_text(deck)
    # the 🟡 as written, drawn as an amber disc in a text face (F21: an emoji font is an empty box where none is)
    for said in ("Ervaringsscore: +2 groen", "Ervaringsscore: 0 ●", "Ervaringsscore: -2 rood"):
        assert said in text, text
    charts = [shape.chart for slide in Presentation(str(deck)).slides for shape in slide.shapes if shape.has_chart]
    assert charts
    for chart in charts:  # each point a disc of its light's colour (a series of them), no emoji font (F11)
        _, *dots = chart.plots[0].series
        colours = {
            i: str(s.marker.format.fill.fore_color.rgb) for s in dots for i, v in enumerate(s.values) if v is not None
        }
        assert colours == {i: EMOJI_COLOURS[light].hex.lstrip("#").upper() for i, light in enumerate("🟢🟡🔴")}


def test_a_grey_status_has_its_grey_disc_on_the_map_as_the_key_says(tmp_path: Path) -> None:
    # "grijs" beside the lights is no score: said in the key ("grijs = geen score") and marked on the map by
    # a grey disc after the word over its phase (#31: a key entry with no mark on the map)
    source = canvas(tmp_path / "grijs.xlsx", {"B9": "groen", "C9": "grijs", "D9": "rood"})
    code, out, err = run_clean("build", source, "-o", tmp_path / "out", "--size", "A3", "--no-pptx")
    assert code == 0, out + err
    pdf = tmp_path / "out" / "grijs.pdf"
    assert "grijs = geen score" in " ".join(pdftotext(pdf).split())
    bitmap, boxes = char_boxes(pdf, "grijs")
    assert len(boxes) == 2  # the key's, in the label column, and the word over its phase
    _, y0, x1, y1 = max(boxes)  # the one over the phase: to the right of the label column
    after = pixels(bitmap, (x1, y0, x1 + 2 * (y1 - y0), y1))
    grey = [px for px in after if max(px) - min(px) < 8 and 120 < px[0] < 190]
    assert len(grey) > (y1 - y0) ** 2 // 8, len(grey)  # a disc about the word's height
    _, ky0, kx1, ky1 = min(boxes)
    beside_key = pixels(bitmap, (kx1, ky0, kx1 + 2 * (ky1 - ky0), ky1))
    assert not [px for px in beside_key if max(px) - min(px) < 8 and 120 < px[0] < 190]  # the key is words only
