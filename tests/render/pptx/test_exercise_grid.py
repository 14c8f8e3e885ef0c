"""One grid for a journey's exercise slides (#31 round 22, item 4): the solar deck's "Oefening · Aankoop"
had a fifth box (the pain points' lane is empty there) and rows a third high, beside four slides of two rows
half high. A lane's question is asked on every exercise slide of its journey: the same boxes, the same
questions, on each; read back from the deck."""

from __future__ import annotations

from pptx import Presentation

from tests.support.layouts import Built
from tests.support.read_back import title_of
from tests.support.workbooks import CANVASES


def _boxes(slide) -> list[tuple[str, tuple[int, int, int, int]]]:  # type: ignore[no-untyped-def]
    return [
        (shape.text_frame.text, (shape.left, shape.top, shape.width, shape.height))
        for shape in slide.shapes
        if shape.name.startswith("q_")
    ]


def test_every_exercise_slide_of_a_journey_has_one_grid(built: Built) -> None:
    deck = Presentation(str(built.deck(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx")))
    exercises = [s for s in deck.slides if title_of(s).startswith("Oefening · ")]
    assert len(exercises) == 5
    grids = [_boxes(slide) for slide in exercises]
    assert all(grid == grids[0] for grid in grids), grids
    questions = [text for text, _ in grids[0]]
    assert "Waar loopt de klant vast?" in questions  # the lane empty in one phase asks on every slide
    assert len(questions) == len(set(questions)) == 5
    sizes = {
        run.font.size.pt
        for s in exercises
        for sh in s.shapes
        if sh.name.startswith("q_")
        for p in sh.text_frame.paragraphs
        for run in p.runs
    }
    assert len(sizes) == 1, sizes  # the questions at one size


def test_two_journeys_of_one_deck_share_its_exercise_grid(built: Built) -> None:
    """#31: the HR buying group's deck set the HR Director's five questions in boxes of a 3-column grid of two
    rows and the IT Manager's seven in three rows: each journey's own grid. One grid for the deck, as many spots
    as the most asked; a journey asking fewer leaves its last spots empty, its boxes where the others' are."""
    deck = Presentation(str(built.deck(CANVASES / "example-hr-software-b2b.xlsx")))
    exercises = [
        _boxes(s) for s in deck.slides if " · Exercise · " in title_of(s) or title_of(s).startswith("Exercise")
    ]
    assert len(exercises) >= 14
    counts = {len(grid) for grid in exercises}
    assert len(counts) >= 2  # the journeys ask different numbers of questions
    widest = max(exercises, key=len)
    spots = [spot for _, spot in widest]
    for grid in exercises:
        assert [spot for _, spot in grid] == spots[: len(grid)], grid
