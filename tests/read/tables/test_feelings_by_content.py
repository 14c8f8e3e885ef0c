"""A lane of no role whose cells are feelings written as faces or words (🙂 😐 "slecht" "heel goed" :-))
is the score row by its content, said in check with the ``--lane`` that makes it text again; decided on
the whole row, so one "goed" among sentences stays text (#27, a new user's museum canvas)."""

from __future__ import annotations

from pathlib import Path

from canvasgen.model import CUSTOM_LANE, SCORE_LANE, RoleBy
from canvasgen.read.reader import read_canvas
from tests.support.cli import run_clean
from tests.support.workbooks import MUSEUM_LANES, make_book, museum_visit

FEELINGS = ("🙂", "😐", "slecht", "heel goed", ":-)")


def _lanes(label: str, values: tuple[object, ...]) -> tuple[tuple[str, tuple[object, ...]], ...]:
    return tuple((label, values) if old == "Hoe voelt het?" else (old, cells) for old, cells in MUSEUM_LANES)


def test_a_lane_of_faces_and_words_under_a_label_of_no_role_is_the_score_row(tmp_path: Path) -> None:
    path = museum_visit(tmp_path / "museum.xlsx", _lanes("Stemming per stap", FEELINGS))
    journey = read_canvas(path).journeys[0]
    lane = next(lane for lane in journey.lanes if lane.label == "Stemming per stap")
    assert (lane.kind, lane.role_by) == (SCORE_LANE, RoleBy.CONTENT)
    assert journey.phase_means() == [1, 0, -1, 2, 1]
    # every cell's text kept with its score: a face as the curve's marker, a word beside its value
    assert [(s.face, s.mark) for phase in journey.scores for s in phase] == [
        ("🙂", None),
        ("😐", None),
        (None, "slecht"),
        (None, "heel goed"),
        (":-)", None),
    ]
    code, out, _ = run_clean("check", path)
    flat = " ".join(out.split())
    assert code == 0
    assert "lane 'Stemming per stap' [score, by its content; if it is text: --lane 'Stemming per stap=custom']" in flat
    _, explained, _ = run_clean("check", path, "--explain")
    assert (
        "row 11 ('Stemming per stap') holds feelings written as faces or words (🙂, 😐, slecht, heel goed, :-)): "
        "read as the score row by its content; if it is text, say so: --lane 'Stemming per stap=custom'"
    ) in " ".join(explained.split())
    code, kept, _ = run_clean("check", path, "--lane", "Stemming per stap=custom")
    flat = " ".join(kept.split())
    assert "lane 'Stemming per stap' [custom, corrected: shown as an extra lane]: 5 items" in flat
    assert "scores on" not in flat and "has no role" not in flat  # the user said so: nothing more to say


def test_a_text_lane_with_one_score_word_is_no_score_row(tmp_path: Path) -> None:
    text = ("Goed", "Parkeren is duur", "Ingang slecht te vinden", "Rustig", "Mail komt laat")
    path = museum_visit(tmp_path / "museum.xlsx", _lanes("Opmerkingen team", text))
    journey = read_canvas(path).journeys[0]
    lane = next(lane for lane in journey.lanes if lane.label == "Opmerkingen team")
    assert lane.kind == CUSTOM_LANE and [i.text for c in lane.cells for i in c] == list(text)
    assert not any(journey.scores) and not any("feelings" in line for line in journey.reading)
    # two of five are feelings: still not most of the row
    half = ("🙂", "slecht", "Parkeren is duur", "Rustig aan", "Mail komt laat")
    journey = read_canvas(museum_visit(tmp_path / "half.xlsx", _lanes("Notities", half))).journeys[0]
    assert next(lane for lane in journey.lanes if lane.label == "Notities").kind == CUSTOM_LANE


def test_a_column_of_feelings_down_the_phases_is_the_score_column(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "Fase", "B1": "Klantproces", "C1": "Stemming"}
    rows = [("Zoeken", "Zoekt", "😞"), ("Kopen", "Koopt", "matig"), ("Gebruiken", "Gebruikt", "great")]
    for r, row in enumerate(rows, start=2):
        cells |= {f"{col}{r}": value for col, value in zip("ABC", row, strict=True)}
    journey = read_canvas(make_book(tmp_path / "down.xlsx", {"Reis": cells})).journeys[0]
    lane = next(lane for lane in journey.lanes if lane.label == "Stemming")
    assert (lane.kind, lane.role_by) == (SCORE_LANE, RoleBy.CONTENT)
    assert [[s.value for s in phase] for phase in journey.scores] == [[-2], [0], [2]]
    assert any("column C ('Stemming') holds feelings" in line for line in journey.reading)
