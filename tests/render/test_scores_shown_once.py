"""A lane whose every cell is a score as written ("Hoe voelt het?": 🙂 😐 slecht heel goed :-)) is shown
once, as the curve, its words and faces the curve's labels: never again as a row of text above it, on the
poster or the deck's slides; and still every cell's text is in the PDF and the PPTX (#27)."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.model import LaneKind
from canvasgen.read.corrections import Corrections
from tests.support.cli import run_clean
from tests.support.read_back import as_printed, pdf_text, slide_text, squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import museum_visit


@pytest.mark.parametrize("corrected", [False, True], ids=["read as a question", "with --lane"])
def test_the_feelings_show_once_as_the_curve_with_their_words(tmp_path: Path, corrected: bool) -> None:
    path = museum_visit(tmp_path / "museum.xlsx")
    lane = ["--lane", "Hoe voelt het?=experience"] if corrected else []
    code, _, err = run_clean("build", path, "-o", tmp_path / "out", "--size", "A3", *lane)
    assert code == 0, err
    poster = pdf_text(tmp_path / "out" / "museum.pdf")
    # the curve's labels carry the words; the lane's label is the curve's: each once
    assert [poster.count(word) for word in ("slecht", "heel goed", ":-)", "Hoe voelt het?")] == [1, 1, 1, 1]
    assert "-1 slecht" in poster and "+2 heel goed" in poster
    deck = slide_text(tmp_path / "out" / "museum.pptx")
    assert "• slecht" not in deck and "• heel goed" not in deck  # no text row of the scores
    for said in ("Hoe voelt het? +1 🙂", "Hoe voelt het? -1 slecht", "Hoe voelt het? +2 heel goed"):
        assert said in deck
    journey = read_canvas(path, Corrections(lane_kinds={"hoe voelt het": LaneKind.EXPERIENCE})).journeys[0]
    assert journey.on_the_curve(next(x for x in journey.lanes if x.label == "Hoe voelt het?"))
    # never lose a word: every cell's text is in the PDF and in the PPTX (the title cell's "Klantreis:" is
    # said in the deck's notes only: one title everywhere)
    for text in (squeeze(poster), squeeze(deck)):
        canvas = read_canvas(path)
        prefix = canvas.journeys[0].title_prefix()
        printed = [(item, words) for item, words in as_printed(canvas) if item is not prefix]
        missing = [f"{item.source}: {words!r}" for item, words in printed if squeeze(words) not in text]
        assert missing == []
