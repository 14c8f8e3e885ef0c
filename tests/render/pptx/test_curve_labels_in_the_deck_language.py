"""Round 19 (#31, F20 for lines): the emotion curve's point labels were an Office number format ("General"), which
Office writes in the viewer's locale: a half score "3.5" on a Dutch deck. A half score is now its label's text in
the deck language ("3,5", "+1,5"), as the bar charts' labels are; a traffic light's point says its colour in words
beside its value ("+2 groen"): the disc's colour alone is lost on colour-blind readers. Read back from the PPTX."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from tests.support.cli import run_clean
from tests.support.read_back import title_of
from tests.support.workbooks import make_book

PHASES = ("Oriëntatie", "Offerte", "Installatie", "Service")


def _curve_labels(scores: tuple[object, ...], tmp_path: Path, language: str, title: str) -> dict[int, str]:
    """Each point's label text on the deck's emotion curve ("" where the label is the chart's number format)."""
    tmp_path.mkdir(exist_ok=True)
    cells: dict[str, object] = {"A1": "Fase", "A2": "Klantproces", "A3": "Ervaringsscore", "A4": "Pijnpunten"}
    for index, (column, score) in enumerate(zip("BCDE", scores, strict=True)):
        cells |= {f"{column}1": PHASES[index], f"{column}2": f"Klant doet stap {index + 1}", f"{column}3": score}
        cells[f"{column}4"] = f"Wachttijd {index + 1}"
    book = make_book(tmp_path / "curve.xlsx", {"Klantreis": cells})
    code, out, err = run_clean("build", book, "--no-pdf", "--lang", language, "-o", tmp_path / "out")
    assert code == 0, out + err
    deck = Presentation(str(tmp_path / "out" / "curve.pptx"))
    (slide,) = [s for s in deck.slides if title_of(s) == title]
    (frame,) = [shape for shape in slide.shapes if shape.has_chart]
    curve = frame.chart.plots[0].series[0]
    # the other points keep showing their values: a point's own label makes the series' labels, shown too
    assert curve.data_labels.show_value
    return {
        index: curve.points[index].data_label.text_frame.text if curve.points[index].data_label.has_text_frame else ""
        for index in range(len(scores))
    }


def test_a_half_score_is_written_with_the_dutch_decimal_comma(tmp_path: Path) -> None:
    labels = _curve_labels(("4", "3,5", "2", "4,5"), tmp_path, "nl", "Emotiecurve")
    assert labels[1] == "3,5" and labels[3] == "4,5"
    assert labels[0] == "" and labels[2] == ""  # whole scores: the chart's own label ("4"), the same in any locale
    glance = _curve_labels(("4", "3,5", "2", "4,5"), tmp_path / "glance", "nl", "De klantreis in één oogopslag")
    assert glance[1] == "3,5" and glance[0] == ""


def test_a_half_score_is_written_the_english_way_on_an_english_deck(tmp_path: Path) -> None:
    labels = _curve_labels((1, 1.5, -0.5, 2), tmp_path, "en", "Emotion curve")
    assert labels[1] == "+1.5" and labels[2] == "-0.5"


def test_a_traffic_lights_point_says_its_colour_in_the_deck_language(tmp_path: Path) -> None:
    lights = ("\U0001f7e2", "\U0001f7e1", "\U0001f534", "groen")  # 🟢 🟡 🔴, and the word
    assert _curve_labels(lights, tmp_path / "nl", "nl", "Emotiecurve") == {
        0: "+2 groen",
        1: "0 geel",
        2: "-2 rood",
        3: "+2 groen",
    }
    assert _curve_labels(lights, tmp_path / "en", "en", "Emotion curve")[2] == "-2 red"


def test_a_phase_slides_traffic_light_says_its_colour_beside_its_disc(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "Fase", "A2": "Klantproces", "A3": "Ervaringsscore"}
    for index, (column, light) in enumerate(zip("BC", ("\U0001f7e2", "\U0001f534"), strict=True)):
        cells |= {f"{column}1": PHASES[index], f"{column}2": f"Klant doet stap {index + 1}", f"{column}3": light}
    book = make_book(tmp_path / "lichten.xlsx", {"Klantreis": cells})
    code, out, err = run_clean("build", book, "--no-pdf", "--lang", "nl", "-o", tmp_path / "out")
    assert code == 0, out + err
    deck = Presentation(str(tmp_path / "out" / "lichten.pptx"))
    texts = {
        title_of(slide): " ".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
        for slide in deck.slides
    }
    assert "Ervaringsscore: +2 ● groen" in texts["Fase 1/2 · Oriëntatie"]
    assert "Ervaringsscore: -2 ● rood" in texts["Fase 2/2 · Offerte"]
