"""A lane of no role whose cells are feelings written as faces or words (🙂 😐 "slecht" "heel goed" :-))
is the score row by its content, said in check with the ``--lane`` that makes it text again; decided on
the whole row, so one "goed" among sentences stays text (#27, a new user's museum canvas)."""

from __future__ import annotations

from pathlib import Path

from canvasgen.model import CUSTOM_LANE, SCORE_LANE, RoleBy
from canvasgen.read.corrections import Corrections
from tests.support.cli import run_clean
from tests.support.reading import read_canvas
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


#: A workshop's feelings as the team types them: a signed score, a face, words of the client's (#newuser9).
NUMBERED = ("+1 😊 nieuw huis, zin in", "-1 😕", "-2 😠 Waarom moet ik uploaden?", "😐", "-2")


def test_a_feelings_lane_of_signed_scores_with_faces_and_words_is_the_score_row(tmp_path: Path) -> None:
    path = museum_visit(tmp_path / "museum.xlsx", _lanes("Gevoel", NUMBERED))
    journey = read_canvas(path).journeys[0]
    lane = next(lane for lane in journey.lanes if lane.label == "Gevoel")
    assert (lane.kind, lane.role_by) == (SCORE_LANE, RoleBy.CONTENT)
    assert journey.phase_means() == [1, -1, -2, 0, -2]
    assert [s.face for phase in journey.scores for s in phase] == ["😊", "😕", "😠", "😐", None]
    # the words after each score stay the lane's, never lost
    assert [i.text for c in lane.cells for i in c] == ["nieuw huis, zin in", "Waarom moet ik uploaden?"]
    _, explained, _ = run_clean("check", path, "--explain")
    flat = " ".join(explained.split())
    assert "row 11 ('Gevoel') holds scores written as numbers and faces" in flat
    assert "--lane 'Gevoel=emotions'" in flat
    # the user's correction keeps it text, every word as written
    kept = read_canvas(path, Corrections(lane_kinds={"gevoel": "emotions"})).journeys[0]
    lane = next(lane for lane in kept.lanes if lane.label == "Gevoel")
    assert lane.kind == "emotions" and [i.text for c in lane.cells for i in c] == list(NUMBERED)
    assert not any(kept.scores)


def test_a_score_row_reads_a_signed_number_before_a_face_or_words(tmp_path: Path) -> None:
    path = museum_visit(tmp_path / "museum.xlsx", _lanes("Gevoel", (*NUMBERED[:4], "+2 😠 toch boos")))
    _, out, err = run_clean("check", path, "--lane", "Gevoel=score")
    journey = read_canvas(path, Corrections(lane_kinds={"gevoel": SCORE_LANE})).journeys[0]
    assert journey.phase_means() == [1, -1, -2, 0, 2]
    assert "no score canvasgen can read" not in out + err
    # a face that says otherwise than its number: read by the number, warned
    assert "'+2 😠 toch boos': the score +2 and the face 😠 disagree" in " ".join((out + err).split())


def test_signed_scores_beside_a_score_row_stay_text(tmp_path: Path) -> None:
    lanes = (*_lanes("Gevoel", NUMBERED), ("Score", (1, 0, -1, 0, 1)))
    path = museum_visit(tmp_path / "museum.xlsx", lanes)
    journey = read_canvas(path).journeys[0]
    assert journey.phase_means() == [1, 0, -1, 0, 1]
    lane = next(lane for lane in journey.lanes if lane.label == "Gevoel")
    assert lane.kind != SCORE_LANE and [i.text for c in lane.cells for i in c] == list(NUMBERED)
    _, out, err = run_clean("check", path)
    assert "two rows score the phases" in " ".join((out + err).split())


def test_a_column_of_signed_scores_down_the_phases_is_the_score_column(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "Fase", "B1": "Klantproces", "C1": "Gevoel"}
    rows = [("Zoeken", "Zoekt", "+1 😊 zin in"), ("Kopen", "Koopt", "-1 😕"), ("Gebruiken", "Gebruikt", "-2")]
    for r, row in enumerate(rows, start=2):
        cells |= {f"{col}{r}": value for col, value in zip("ABC", row, strict=True)}
    journey = read_canvas(make_book(tmp_path / "down.xlsx", {"Reis": cells})).journeys[0]
    lane = next(lane for lane in journey.lanes if lane.label == "Gevoel")
    assert (lane.kind, lane.role_by) == (SCORE_LANE, RoleBy.CONTENT)
    assert [[s.value for s in phase] for phase in journey.scores] == [[1], [-1], [-2]]
    assert [i.text for c in lane.cells for i in c] == ["zin in"]
    assert any("column C ('Gevoel') holds scores written as numbers and faces" in line for line in journey.reading)


def test_a_score_row_read_by_its_content_is_not_also_said_to_be_text(tmp_path: Path) -> None:
    """H3: a 'Score' row of faces with words after them ("-1 😕 lange wachttijd") is read as the score row by
    its content; --explain no longer says first that it holds text, not scores. A 'Score' row of words alone
    still is said to be text."""
    path = tmp_path / "canvas.csv"
    path.write_text(
        "Fase;Oriënteren;Kiezen;Bestellen;Gebruiken\n"
        "Klantacties;Zoekt online;Vergelijkt;Bestelt;Installeert\n"
        'Score;-1 😕 lange wachttijd;"0\nneutraal";;+1,5 🙂\n',
        encoding="utf-8",
    )
    lane = read_canvas(path).journeys[0].lanes[1]
    assert (lane.label, lane.kind) == ("Score", SCORE_LANE)
    _, explained, _ = run_clean("check", path, "--explain")
    flat = " ".join(explained.split())
    assert "row 3 ('Score') holds scores written as numbers and faces" in flat
    assert "holds text, not scores" not in flat
    path.write_text(
        "Fase;Oriënteren;Kiezen;Bestellen\nKlantacties;Zoekt;Vergelijkt;Bestelt\nScore;hoog;laag;midden\n",
        encoding="utf-8",
    )
    _, explained, _ = run_clean("check", path, "--explain")
    assert "row 3 ('Score') holds text, not scores: no score row" in " ".join(explained.split())
