"""A score cell that writes words beyond its score ("slecht\\n🙁 lange wachttijd") is read as its score
plus the words, kept in the score lane (the JSON, the poster) and reported by ``diff`` when they are
added or changed; never only "score -1 → –" with the words lost (#27, a hostile tester's new1.xlsx, made
here with other phases and words)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from canvasgen.vocabulary.scores import split_score
from tests.support.cli import run_clean
from tests.support.read_back import pdftotext, slide_text
from tests.support.reading import read_canvas
from tests.support.workbooks import rows_canvas

PHASES = ("Fase", "Ontdekken", "Aanvragen", "Wachten", "Ontvangen")
DOES = ("Wat doet de klant?", "Zoekt info", "Vult formulier in", "Belt op", "Pakt uit")


def _canvas(path: Path, waiting: str) -> Path:
    return rows_canvas(path, [PHASES, DOES, ("Ervaringsscore", "goed", "😐", waiting, ":)")])


@pytest.mark.parametrize(
    ("written", "score", "words"),
    [
        ("matig\n😟 traag antwoord", "matig", "😟 traag antwoord"),
        ("😟 traag antwoord", "😟", "traag antwoord"),
        ("-1: traag antwoord", "-1", "traag antwoord"),
        ("2 van 5 sterren", "2 van 5", "sterren"),
    ],
)
def test_a_score_with_words_after_it_splits_into_both(written: str, score: str, words: str) -> None:
    assert split_score(written) == (score, words)


@pytest.mark.parametrize("written", ["goed geregeld", "10 minuten wachten", "heel goed", "niet goed, te duur", "2"])
def test_words_that_are_no_score_and_a_score_alone_do_not_split(written: str) -> None:
    assert split_score(written) is None


def test_a_score_cell_with_words_keeps_both_and_diff_reports_the_words(tmp_path: Path) -> None:
    old = _canvas(tmp_path / "v1.xlsx", "matig")
    new = _canvas(tmp_path / "v2.xlsx", "matig\n😟 traag antwoord")
    journey = read_canvas(new).journeys[0]
    assert journey.phase_means() == [1, 0, 0, 1]
    score_lane = next(lane for lane in journey.lanes if lane.kind == "score")
    assert [[i.text for i in cell] for cell in score_lane.cells] == [[], [], ["😟 traag antwoord"], []]
    code, out, _ = run_clean("check", new)
    assert code == 0
    assert "no score canvasgen can read" not in out
    _, explained, _ = run_clean("check", new, "--explain")
    assert (
        "Klantreis!D5: 'matig' read as the score, the words after it kept in the lane ('😟 traag antwoord')"
        in " ".join(explained.split())
    )
    _, model, _ = run_clean("check", new, "--json")
    texts = [i["text"] for lane in json.loads(model)["journeys"][0]["lanes"] for cell in lane["cells"] for i in cell]
    assert "😟 traag antwoord" in texts
    code, report, _ = run_clean("diff", old, new, "-o", tmp_path / "d")
    assert code == 0
    assert "Wachten · Ervaringsscore: erbij: 😟 traag antwoord  (Klantreis!D5)" in report
    assert ": score " not in report  # its score did not change: only the words are new
    assert "traag antwoord" in pdftotext(tmp_path / "d" / "v2-changes.pdf")
    assert "traag antwoord" in slide_text(tmp_path / "d" / "v2-changes.pptx")
    out_dir = tmp_path / "out"
    code, _, err = run_clean("build", new, "-o", out_dir, "--size", "A3")
    assert code == 0, err
    assert "traag antwoord" in pdftotext(out_dir / "v2.pdf")
