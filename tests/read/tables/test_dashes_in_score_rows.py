"""A lone dash in a score row is "no score" where the row's other cells are numbers or words (said in
``--explain``), a score where the row is written in ``++ + 0 - --``; a dash in such a row of a text lane
is a word of the client's, kept in the JSON, the poster and the deck; a lane of another known role is no
score row by its content when a score row exists, and two score rows are never averaged silently (#27,
a hostile tester's w17/w9e/w9d workbooks, made here with other phases and words)."""

from __future__ import annotations

import json
from pathlib import Path

from canvasgen.model import SCORE_LANE
from tests.support.cli import run_clean
from tests.support.read_back import pdftotext, slide_text
from tests.support.reading import read_canvas
from tests.support.workbooks import rows_canvas

PHASES = ("Fase", "Ontdekken", "Aanvragen", "Wachten", "Ontvangen")
DOES = ("Wat doet de klant?", "Zoekt info", "Vult formulier in", "Belt op", "Pakt uit")


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_an_en_dash_among_numbers_is_no_score_and_said(tmp_path: Path) -> None:
    for dash in ("–", "-"):
        path = rows_canvas(tmp_path / "dash.xlsx", [PHASES, DOES, ("Ervaringsscore", 2, dash, -1, 1)])
        journey = read_canvas(path).journeys[0]
        assert [[s.value for s in phase] for phase in journey.scores] == [[2], [], [-1], [1]], dash
        _, explained, _ = run_clean("check", path, "--explain")
        assert f"Klantreis!C5: '{dash}' in the score row read as no score (left empty)" in _flat(explained)
        _, out, _ = run_clean("check", path)
        assert "Aanvragen" not in out.split("scores on")[1], out  # no score for the phase of the dash


def test_dashes_in_a_row_of_plus_and_minus_signs_are_scores(tmp_path: Path) -> None:
    path = rows_canvas(tmp_path / "signs.xlsx", [PHASES, DOES, ("Ervaringsscore", "++", "-", "--", "+")])
    journey = read_canvas(path).journeys[0]
    assert journey.phase_means() == [2, -1, -2, 1]
    _, explained, _ = run_clean("check", path, "--explain")
    assert "read as no score" not in explained


def test_an_emotions_lane_of_signs_beside_a_score_row_stays_text_and_two_score_rows_are_warned(
    tmp_path: Path,
) -> None:
    emotions = ("Emoties", "--", "-", "–", "0")
    path = rows_canvas(tmp_path / "both.xlsx", [PHASES, DOES, emotions, ("Ervaringsscore", 1, 2, -1, 0)])
    journey = read_canvas(path).journeys[0]
    lane = next(lane for lane in journey.lanes if lane.label == "Emoties")
    assert lane.kind == "emotions"
    assert [[i.text for i in cell] for cell in lane.cells] == [["--"], ["-"], ["–"], ["0"]]  # every word kept
    assert journey.phase_means() == [1, 2, -1, 0]  # the score row alone
    _, out, _ = run_clean("check", path)
    assert "averaged" not in out
    assert "lane 'Ervaringsscore' [score, known label]" in out

    # two rows that both are scores by their labels: the first scores, the second stays text, never averaged,
    # said with both named and the fix
    twice = rows_canvas(
        tmp_path / "twice.xlsx",
        [PHASES, DOES, ("Score", 1, 2, -1, 0), ("Ervaringsscore", "--", "-", "+", "++")],
    )
    code, out, _ = run_clean("check", twice)
    flat = _flat(out)
    assert code == 0
    assert (
        "two rows score the phases: row 5 ('Score') is the score row, and row 6 ('Ervaringsscore') holds scores "
        "too: its words are kept as text, not scores; to score by 'Ervaringsscore' instead, give --lane "
        "'Score=custom'"
    ) in flat
    assert read_canvas(twice).journeys[0].phase_means() == [1, 2, -1, 0]


def test_a_lane_of_status_words_is_no_score_row_and_a_dash_in_a_row_of_signs_is_kept_everywhere(
    tmp_path: Path,
) -> None:
    rows = [PHASES, DOES, ("Status levering", "ok", "ok", "niet ok", "ok"), ("Emoties", "+", "-", "+", "++")]
    path = rows_canvas(tmp_path / "status.xlsx", rows)
    journey = read_canvas(path).journeys[0]
    status = next(lane for lane in journey.lanes if lane.label == "Status levering")
    assert status.kind != SCORE_LANE
    assert [[i.text for i in cell] for cell in status.cells] == [["ok"], ["ok"], ["niet ok"], ["ok"]]
    emotions = next(lane for lane in journey.lanes if lane.label == "Emoties")
    assert [[i.text for i in cell] for cell in emotions.cells] == [["+"], ["-"], ["+"], ["++"]]
    assert journey.phase_means() == [1, -1, 1, 2]  # the emotions' signs, every one read
    _, out, _ = run_clean("check", path)
    assert "no score canvasgen can read" not in out
    _, model, _ = run_clean("check", path, "--json")
    lanes = json.loads(model)["journeys"][0]["lanes"]
    emotions_json = next(lane for lane in lanes if lane["label"] == "Emoties")
    assert [[i["text"] for i in cell] for cell in emotions_json["cells"]] == [["+"], ["-"], ["+"], ["++"]]
    out_dir = tmp_path / "out"
    code, _, err = run_clean("build", path, "-o", out_dir, "--size", "A3")
    assert code == 0, err
    poster = [line.strip() for line in pdftotext(out_dir / "status.pdf").splitlines() if line.strip()]
    at = poster.index("Emoties")
    assert poster[at + 1 : at + 5] == ["• +", "• -", "• +", "• ++"], poster
    deck = slide_text(out_dir / "status.pptx").splitlines()
    at = deck.index("Emoties")
    assert deck[at + 1 : at + 5] == ["+", "-", "+", "++"]
