"""A feeling written as an emoji or emoticon (😊, 😟, :-)) is kept with its score and drawn as the emotion
curve's marker: on the poster (the face's glyph, in the emoji font, where the point is) and in the deck
(the chart point's label, with no marker under it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pptx import Presentation
from pptx.enum.chart import XL_LABEL_POSITION, XL_MARKER_STYLE

from canvasgen.brand.colors import WHITE
from canvasgen.cli import main
from canvasgen.read.not_spreadsheets.model_json import canvas_from_dict
from tests.support.layouts import build_poster, poster
from tests.support.read_back import char_boxes, pdf_fonts, pdf_text, pdftotext, pixels
from tests.support.reading import read_canvas
from tests.support.workbooks import rows_canvas
from tests.support.workshop import canvas

FACES = {"B9": "😊", "C9": "😟", "D9": ":-)"}


def _book(tmp_path: Path) -> Path:
    return canvas(tmp_path / "gevoel.xlsx", {**FACES, "E5": "Gebruik", "E6": "Fietst", "E9": "😊😟"})


def test_a_score_keeps_the_face_it_was_written_as(tmp_path: Path) -> None:
    journey = read_canvas(_book(tmp_path)).journeys[0]
    assert [[(s.value, s.face) for s in phase] for phase in journey.scores] == [
        [(1.0, "😊")],
        [(-1.0, "😟")],
        [(1.0, ":-)")],
        [(0.0, None)],  # two faces make a mean, no one face
    ]
    assert [journey.phase_face(i) for i in range(4)] == ["😊", "😟", ":-)", None]
    plain = read_canvas(canvas(tmp_path / "cijfers.xlsx")).journeys[0]
    assert all(s.face is None for phase in plain.scores for s in phase)


def test_the_face_survives_the_json_model(tmp_path: Path) -> None:
    read = read_canvas(_book(tmp_path))
    data = json.loads(json.dumps(read.to_dict()))
    assert data["journeys"][0]["scores"][0] == [
        {"value": 1.0, "scale": "-2..+2", "normalized": 0.5, "face": "😊", "cell": "Klantreis!B9"}
    ]
    again = canvas_from_dict(data, "gevoel.json").journeys[0]
    assert [again.phase_face(i) for i in range(4)] == ["😊", "😟", ":-)", None]


def test_the_poster_draws_each_face_as_its_points_marker(tmp_path: Path) -> None:
    page = poster(_book(tmp_path), "A3").pages[0]
    cells = {f"Klantreis!{cell}": face for cell, face in FACES.items()}
    faces = {b.source: b.lines[0] for b in page.blocks if b.source in cells and b.lines[0].text in FACES.values()}
    assert {cell: line.text for cell, line in faces.items()} == cells
    white = [dot for dot in page.dots if dot.fill == WHITE]
    assert len(white) == 3  # the fourth point (😊😟, a mean) keeps the curve's own marker
    for line in faces.values():  # each face centred on its white disc
        assert any(abs(dot.x - (line.x + line.width / 2)) < 0.01 for dot in white)
    assert all(font.startswith("NotoEmoji") for cell in ("B9", "C9") for _, font in faces[f"Klantreis!{cell}"].runs)


def test_the_faces_are_read_back_out_of_the_poster_and_the_deck(tmp_path: Path) -> None:
    source = _book(tmp_path)
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(tmp_path / "out"), "--size", "A3"])
    assert result.exit_code == 0, result.output
    pdf = tmp_path / "out" / "gevoel.pdf"
    for text in (pdf_text(pdf), pdftotext(pdf)):
        assert all(face in text for face in FACES.values()), text
    emoji_fonts = [embedded for name, embedded in pdf_fonts(pdf).items() if name.startswith("NotoEmoji")]
    assert emoji_fonts == [True]
    for face in FACES.values():  # ink where each marker's face is drawn
        bitmap, boxes = char_boxes(pdf, face)
        assert boxes, face
        assert all(any(sum(px) < 600 for px in pixels(bitmap, box)) for box in boxes), f"no ink where {face} is"
    deck = Presentation(str(tmp_path / "out" / "gevoel.pptx"))
    charts = [shape.chart for slide in deck.slides for shape in slide.shapes if shape.has_chart]
    assert len(charts) == 2  # the journey at a glance and the emotion curve
    for chart in charts:
        points = list(chart.plots[0].series[0].points)
        labels = [p.data_label.text_frame.text if p.data_label.has_text_frame else None for p in points]
        assert labels == ["😊", "😟", ":-)", None]
        assert [p.marker.style for p in points[:3]] == [XL_MARKER_STYLE.NONE] * 3
        assert all(p.data_label.position == XL_LABEL_POSITION.CENTER for p in points[:3])


def _line_through(rendering: object, box: tuple[int, int, int, int]) -> list[int]:
    """The pixel rows of ``box`` (grown by two pixels up and down) that are dark from end to end: a guide line
    through a value's letters (a row of letters always has light pixels between them)."""
    x0, y0, x1, y1 = box
    grown = (x0, y0 - 2, x1, y1 + 2)
    pixels_ = pixels(rendering, grown)  # type: ignore[arg-type]
    height = grown[3] - grown[1]
    columns = [pixels_[i : i + height] for i in range(0, len(pixels_), height)]
    return [row for row in range(height) if all(sum(column[row]) < 3 * 235 for column in columns)]


@pytest.mark.parametrize(("size", "portrait"), [("A5", False), ("A5", True), ("A1", False)])
def test_a_points_value_stays_clear_of_the_guide_lines(tmp_path: Path, size: str, portrait: bool) -> None:
    """A "+1" under the +2 line of a short plot, a "-1" over the dashed 0 line: in the PDF, no guide line
    runs through a value's letters (on A5 the "+1" above its point crossed the +2 line)."""
    rows = [("Fase", "Zoeken", "Kiezen", "Kopen", "Gebruiken")]
    rows += [(f"Baan {k}", "een korte zin", "twee woorden", "drie", "vier") for k in range(6)]
    rows.append(("Ervaringsscore", 1, -1, 2, 0))
    pdf = build_poster(rows_canvas(tmp_path / "curve.xlsx", rows), tmp_path / "out", size, portrait)
    for value in ("+1", "-1"):
        rendering, boxes = char_boxes(pdf, value)
        assert boxes, value
        for box in boxes:
            assert _line_through(rendering, box) == [], f"a guide line through {value!r} on {size}"
