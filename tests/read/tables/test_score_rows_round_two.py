"""Score rows, round two (round 24): a feelings row of unsigned numbers with an odd cell is the score row, while a
lane of counts is not; a row of nothing but scores draws each number once, as a row read by its content does; and
unsigned outliers among signed scores are odd cells, the scale the signed ones fit kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.model import SCORE_LANE, ScoreScale
from tests.support.cli import run_clean
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

PHASES = ("Oriënteren", "Reserveren", "Ophalen", "Rijden", "Inleveren", "Betalen")
COLUMNS = "BCDEFG"


def _rental(path: Path, label: str, row: list[object]) -> Path:
    """A bike-rental journey of our own: phases in row 2, what the rider does, what the shop does, and ``row``
    under ``label`` in row 5."""
    cells: dict[str, object] = {"A1": "Klantreis: een bakfiets huren", "A2": "Fase"}
    cells |= {"A3": "Wat doet de huurder?", "A4": "Wat doet de winkel?", "A5": label}
    for i, value in enumerate(row):
        col = COLUMNS[i]
        cells |= {f"{col}2": PHASES[i], f"{col}3": f"Huurder gaat {PHASES[i].lower()}", f"{col}4": "Balie helpt"}
        cells[f"{col}5"] = value
    return make_book(path, {"Verhuur": cells})


def _lane(path: Path, label: str) -> tuple[str, list[list[str]], list[float | None], list[str]]:
    canvas = read_canvas(path)
    journey = canvas.journeys[0]
    lane = next(lane for lane in journey.lanes if lane.label == label)
    words = [[item.text for item in cell] for cell in lane.cells]
    return lane.kind, words, journey.phase_means(), [str(w) for w in canvas.warnings]


def test_unsigned_feelings_with_one_odd_cell_are_the_score_row(tmp_path: Path) -> None:
    for label in ("Hoe voelt het", "Beleving (1-5)"):
        path = _rental(tmp_path / "fiets.xlsx", label, [3, 4, "ik twijfel", 2, 5])
        kind, words, means, said = _lane(path, label)
        assert kind == SCORE_LANE, label
        assert means == [3, 4, None, 2, 5], label
        assert words == [[], [], ["ik twijfel"], [], []], label  # the odd cell's text kept on its phase
        assert any(
            w.startswith(f"{path}: Verhuur!D5: 'ik twijfel' in the score row is no score") and "score in D5" in w
            for w in said
        ), said
    _, explained, _ = run_clean("check", "--explain", _rental(tmp_path / "f.xlsx", "Hoe voelt het", [3, 4, "??", 2]))
    flat = " ".join(explained.split())
    # what decided it: the label asks how it feels
    assert "row 5 ('Hoe voelt het') holds scores written as numbers and faces (3, 4, 2; its label asks for a" in flat
    assert (
        "feeling): read as the score row by its content" in flat
        and "'??' is no score: kept as text on its phase" in flat
    )


def test_a_face_among_unsigned_numbers_says_scores_under_any_label(tmp_path: Path) -> None:
    path = _rental(tmp_path / "fiets.xlsx", "Stemming team", [4, "😊", "weet niet", 2, 3])
    kind, words, means, _ = _lane(path, "Stemming team")
    assert kind == SCORE_LANE and words == [[], [], ["weet niet"], [], []]
    assert means[2] is None and means[0] == 4 and means[3] == 2


def test_counts_with_an_odd_cell_stay_text(tmp_path: Path) -> None:
    for row in ([1200, 800, "??", 300, 500], [3, 4, "??", 2, 5]):
        kind, words, means, _ = _lane(_rental(tmp_path / "tel.xlsx", "Aantal bezoekers", row), "Aantal bezoekers")
        assert kind != SCORE_LANE and means == [None] * 5, row
        assert words == [[str(v)] for v in row], row


def test_a_row_of_nothing_but_scores_draws_each_number_once(tmp_path: Path) -> None:
    """'+1 | -2 | +2 | 0 | -1' under 'Hoe voelt het' with one face kept every number as lane text beside its
    curve, while the same row with a '??' in it was read as scores by its content, its lane empty: a number now
    stands once, on the curve, whichever way the row is read. A score word ('goed') is the client's word and
    stays in the lane, as it did."""
    for row, kept in (
        (["+1", "-2", "+2", "0", "-1"], [[], [], [], [], []]),
        (["+1", "-2", "+2", "??", "-1"], [[], [], [], ["??"], []]),
        (["+1", "goed", "+2", "0", "-1"], [[], ["goed"], [], [], []]),
        (["+1", "goed", "+2", "4", "-1"], [[], ["goed"], [], ["4"], []]),  # '4' off -2..+2: odd, kept
    ):
        kind, words, means, _ = _lane(_rental(tmp_path / "rij.xlsx", "Hoe voelt het", row), "Hoe voelt het")
        assert words == kept, row
        assert kind == SCORE_LANE or row[1] == "goed", row  # a row of score words stays its lane, the words kept
        assert means[0] == 1 and means[2] == 2, row


def test_unsigned_outliers_among_signed_scores_are_odd_cells(tmp_path: Path) -> None:
    path = _rental(tmp_path / "teken.xlsx", "Hoe voelt het", ["+1", "-2", "7", "9", "-1", "+2"])
    canvas = read_canvas(path)
    journey = canvas.journeys[0]
    assert journey.phase_means() == [1, -2, None, None, -1, 2]
    assert {s.scale for phase in journey.scores for s in phase} == {ScoreScale(-2, 2)}
    lane = next(lane for lane in journey.lanes if lane.label == "Hoe voelt het")
    assert [[i.text for i in cell] for cell in lane.cells] == [[], [], ["7"], ["9"], [], []]
    said = [str(w) for w in canvas.warnings]
    for cell, text in (("D5", "7"), ("E5", "9")):
        assert any(f"Verhuur!{cell}: '{text}' is no score on -2..+2" in w for w in said), said
    # a majority of unsigned numbers is the row's own scale: not cut down to the signed cells'
    journey = read_canvas(_rental(tmp_path / "meer.xlsx", "Hoe voelt het", ["+1", "-1", "7", "8", "9"])).journeys[0]
    assert None not in journey.phase_means()


@pytest.mark.parametrize(
    ("feelings", "means", "kept"),
    [
        (["3", "??", "4", "2"], [3, None, 4, 2], [[], ["??"], [], []]),
        (["+1", "goed", "-2", "0"], [1, 1, -2, 0], [[], ["goed"], [], []]),
    ],
)
def test_a_column_of_feelings_reads_as_a_row_does(
    tmp_path: Path, feelings: list[str], means: list[float | None], kept: list[list[str]]
) -> None:
    """Down the phases, as across: the feelings column of unsigned numbers with a '??' scores the phases, and a
    column of nothing but scores keeps no number as text beside the curve."""
    cells: dict[str, object] = {"A1": "Fase", "B1": "Wat doet de huurder?", "C1": "Hoe voelt het"}
    for r, phase in enumerate(PHASES[:4], start=2):
        cells |= {f"A{r}": phase, f"B{r}": f"Huurder gaat {phase.lower()}", f"C{r}": feelings[r - 2]}
    kind, words, read, _ = _lane(make_book(tmp_path / "kolom.xlsx", {"Verhuur": cells}), "Hoe voelt het")
    assert (words, read) == (kept, means)
    assert kind == SCORE_LANE or "goed" in feelings  # a column of score words stays its lane, the words kept
