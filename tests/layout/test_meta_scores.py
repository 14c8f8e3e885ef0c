"""The score row's lane and label, one answer (``layout.meta.score_lane``, ``score_label``) for the deck's phase
slides (a phase of only its score, a phase with lanes) and the handouts: the handouts looked only for a score
row, so a score read from an experience lane of faces was "Score: +1 🙂" there and "Erlebnis" in the deck,
and a journey with scores but no lane for them said the English "Score" in every language."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.brand.kit import load_kit
from canvasgen.layout.meta import score_label, score_lane
from canvasgen.layout.sheets.handouts import handout_pages
from canvasgen.layout.text.setter import Setter
from canvasgen.model import Canvas
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from tests.support.layouts import deck_fonts, default_kit, laid_deck
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book


def _faces(path: Path, process: bool) -> Canvas:
    cells = {"A1": "Phase", "B1": "Suchen", "C1": "Kaufen", "A3": "Erlebnis", "B3": "🙂", "C3": "😞"}
    if process:
        cells |= {"A2": "Kundenprozess", "B2": "Sucht ein Rad", "C2": "Kauft es"}
    return read_canvas(make_book(path, {"Reise": cells}))


def _deck_lines(canvas: Canvas) -> list[str]:
    kit, _ = load_kit(None)
    deck = laid_deck(canvas, kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "de")
    return [p.text for s in deck.slides if s.kind == "phase" for f in s.frames if f.name == "score" for p in f.paras]


def _handout_lines(canvas: Canvas) -> list[str]:
    kit, fonts = default_kit()
    pages = handout_pages(canvas, kit, Setter(fonts), "de")
    return [" ".join(line.text for line in b.lines) for p in pages for b in p.blocks]


@pytest.mark.parametrize("process", [False, True])  # a phase of only its score; a phase with a lane too
def test_scores_from_a_lane_of_faces_are_called_by_that_lane_everywhere(tmp_path: Path, process: bool) -> None:
    canvas = _faces(tmp_path / "reise.xlsx", process)
    journey = canvas.journeys[0]
    lane = score_lane(journey)
    assert lane is not None and lane.label == "Erlebnis" and score_label(journey, "de") == "Erlebnis"
    said = _deck_lines(canvas)
    assert any("Erlebnis" in text for text in said) and not any("Score" in text for text in said)
    assert not any("Score" in text for text in _handout_lines(canvas))


def test_scores_without_a_lane_are_called_in_the_canvas_language(tmp_path: Path) -> None:
    canvas = _faces(tmp_path / "reise.xlsx", True)
    journey = canvas.journeys[0]
    journey.lanes = [lane for lane in journey.lanes if lane.label != "Erlebnis"]  # scores as a Mermaid journey has
    assert score_lane(journey) is None
    assert score_label(journey, "de") == "Bewertung" and score_label(journey, "en") == "Score"
    said = _deck_lines(canvas)
    assert said and all(text.startswith("Bewertung") for text in said)
    assert any(text.startswith("Bewertung") and "+1" in text for text in _handout_lines(canvas))


def test_every_curve_of_the_deck_is_named_as_its_scores_are(tmp_path: Path) -> None:
    """The glance's and the curve slide's lines were named after the score row only ("Score" for a curve read
    from an experience lane of faces, in every language): now as the phase slides name the scores."""
    canvas = _faces(tmp_path / "reise.xlsx", True)
    kit, _ = load_kit(None)
    deck = laid_deck(canvas, kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "de")
    names = [line.name for s in deck.slides if s.chart is not None for line in s.chart.lines]
    assert names and set(names) == {"Erlebnis"}
