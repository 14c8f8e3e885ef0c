"""A thin canvas still makes a designed deck (#31, look at it): a phase of one lane and a score is the lane
across the slide with the score as a band at its foot (not a quarter frame beside an empty panel); a persona
known only by its name is a card that asks the workshop to describe it. Read back out of the PPTX."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.util import Pt

from canvasgen.words import DECK_WORDS
from tests.support.cli import run_clean
from tests.support.read_back import title_of
from tests.support.workbooks import make_book

NL = DECK_WORDS["nl"]
PHASES = {"B3": "Oriëntatie", "C3": "Aankoop", "D3": "Gebruik"}


def _deck(tmp_path: Path, cells: dict[str, object]) -> Presentation:
    book = make_book(tmp_path / "dun.xlsx", {"Klantreis": {"A3": "Fase", **PHASES, **cells}})  # type: ignore[dict-item]
    code, out, err = run_clean("build", book, "--no-pdf", "--lang", "nl", "-o", tmp_path / "out")
    assert code == 0, out + err
    return Presentation(str(tmp_path / "out" / "dun.pptx"))


def test_one_lane_and_a_score_use_the_slide(tmp_path: Path) -> None:
    cells = {"A1": "Persona", "B1": "Femke", "A4": "Klantproces", "B4": "Zoekt", "C4": "Koopt", "D4": "Fietst"}
    deck = _deck(tmp_path, {**cells, "A5": "Score", "B5": 1, "C5": -1, "D5": 2})
    phases = [s for s in deck.slides if title_of(s).startswith("Fase ")]
    assert len(phases) == 3
    for slide in phases:
        shapes = {sh.name: sh for sh in slide.shapes}
        lane, score = shapes["customer"], shapes["score"]
        assert lane.width > Pt(800) and lane.height > Pt(250)  # the whole body, not a quarter of it
        assert score.width == lane.width and score.height < lane.height / 3 and score.top > lane.top + lane.height
        assert "other lanes" not in shapes  # no empty grey side panel
    (personas,) = [s for s in deck.slides if title_of(s) == NL["personas_neutral"]]
    (card,) = [sh for sh in personas.shapes if sh.name == "persona"]
    assert card.text_frame.text == f"Persona: Femke\n{NL['q_persona']} — {NL['to_fill']}"
