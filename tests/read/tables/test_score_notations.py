"""Scores as people write them (#17): notations read onto the row's scale, unreadable text warned with
its cell and kept as text, the scale taken from the values when the label names none that fits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from canvasgen.model import Canvas
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

PHASES = ["Oriëntatie", "Zoeken", "Kiezen", "Kopen", "Gebruiken"]


def _canvas(tmp_path: Path, label: str, scores: list[object], dutch: bool = True) -> Canvas:
    cells: dict[str, object] = {"A1": "Fase" if dutch else "Phase"}
    lane = ("Klantproces", "Wat doet de klant") if dutch else ("Customer process", "What the customer does")
    cells["A2"], cells["A3"] = lane[0], label
    for i, (phase, score) in enumerate(zip(PHASES, scores, strict=True)):
        col = "BCDEF"[i]
        cells[f"{col}1"], cells[f"{col}2"] = phase, f"{lane[1]} in {phase.lower()}"
        if score is not None:
            cells[f"{col}3"] = score
    return read_canvas(make_book(tmp_path / "reis.xlsx", {"Klantreis": cells}))


def _warnings(canvas: Canvas, tmp_path: Path) -> list[str]:
    return [str(w).replace(f"{tmp_path}/", "") for w in canvas.warnings]


def _values(canvas: Canvas) -> list[float | None]:
    return [phase[0].value if phase else None for phase in canvas.journeys[0].scores]


@pytest.mark.parametrize("dutch", [True, False])
@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (["++", "+", "0", "-", "--"], [2, 1, 0, -1, -2]),
        (["😀", "🙂", "😐", "🙁", "😞"], [2, 1, 0, -1, -2]),
        ([":)", ":(", ":-)", ":|", ":'("], [1, -1, 1, 0, -2]),
        (["goed", "neutraal", "slecht", "positief", "negatief"], [1, 0, -1, 1, -1]),
        (["good", "neutral", "bad", "Zeer goed", "very bad"], [1, 0, -1, 2, -2]),
        (["5/5", "3 van 5", "1 of 5", "4 uit 5", "2/5"], [2, 0, -2, 1, -1]),
        (["100%", "50%", "0%", "75%", "25%"], [2, 0, -2, 1, -1]),
        (["★★★★★", "★★★☆☆", "★☆☆☆☆", "★★★★☆", "★★☆☆☆"], [2, 0, -2, 1, -1]),
    ],
)
def test_notations_are_read_onto_the_default_scale(
    tmp_path: Path, written: list[str], expected: list[float], dutch: bool
) -> None:
    canvas = _canvas(tmp_path, "Ervaringsscore" if dutch else "Experience score", list(written), dutch)
    assert _values(canvas) == expected
    assert str(canvas.journeys[0].score_scale) == "-2..+2"
    assert [str(w) for w in canvas.warnings] == []


def test_notations_are_mapped_onto_the_scale_the_label_names(tmp_path: Path) -> None:
    canvas = _canvas(tmp_path, "Ervaringsscore (1-5)", ["++", "--", "4/5", "😐", "8 van 10"])
    assert _values(canvas) == [5, 1, 4, 3, 4.11]  # 8 on 1..10 is 4.11 on 1..5
    assert [str(w) for w in canvas.warnings] == []
    # a number of another scale moved onto the row's is said with its cell ('4/5' is on it: not said; signs
    # and faces are no numbers of a scale of their own)
    said = [line for line in canvas.journeys[0].reading if "scale of their own" in line]
    assert said == ["scores written on a scale of their own, placed on the row's 1..5: F3 '8 van 10' as 4.11"]


def test_a_fraction_among_signed_scores_is_said_as_it_is_moved(tmp_path: Path) -> None:
    """'4/5' in a row of -2..+2 scores is drawn as +1: it was moved onto the row's scale without a word."""
    canvas = _canvas(tmp_path, "Ervaringsscore", [1, "4/5", -2, "😊", "80%"])
    assert _values(canvas) == [1, 1, -2, 1, 1.2]
    assert [line for line in canvas.journeys[0].reading if "scale of their own" in line] == [
        "scores written on a scale of their own, placed on the row's -2..+2: C3 '4/5' as +1, F3 '80%' as +1.2"
    ]


def test_text_that_is_no_score_is_warned_with_its_cell_and_stays_as_text(tmp_path: Path) -> None:
    canvas = _canvas(tmp_path, "Ervaringsscore", ["+", "wisselend", "?", "n.v.t.", "--"])
    assert _values(canvas) == [1, None, None, None, -2]  # "n.v.t.": no score, silently
    warnings = _warnings(canvas, tmp_path)
    assert len(warnings) == 2
    assert warnings[0].startswith("reis.xlsx: Klantreis!C3: 'wisselend' in the score row is no score")
    assert "stays on the poster as text" in warnings[0]
    # "?" is a team's open question (round 10): no score, kept as text and said, never dropped
    assert warnings[1].startswith("reis.xlsx: Klantreis!D3: '?' in the score row is no score")
    lane = next(lane for lane in canvas.journeys[0].lanes if lane.label == "Ervaringsscore")
    assert [item.text for item in lane.cells[1]] == ["wisselend"]
    assert [item.text for item in lane.cells[2]] == ["?"]


def test_scores_beyond_the_default_take_the_usual_scale_they_fit_and_say_so(tmp_path: Path) -> None:
    canvas = _canvas(tmp_path, "Ervaringsscore", [4, 3, 5, 2, 4])
    assert str(canvas.journeys[0].score_scale) == "1..5" and _values(canvas) == [4, 3, 5, 2, 4]
    assert _warnings(canvas, tmp_path) == [
        "reis.xlsx: Klantreis!B3: scores from 2 to 5 do not fit the usual -2..+2: read on 1 to 5; "
        "label the row 'Ervaringsscore (1-5)' to say so"
    ]
    canvas = _canvas(tmp_path, "Score", [7, 9, 6, 8, 10])
    assert str(canvas.journeys[0].score_scale) == "1..10"


def test_a_minus_two_to_two_row_of_ones_and_twos_stays_minus_two_to_two(tmp_path: Path) -> None:
    canvas = _canvas(tmp_path, "Ervaringsscore", [1, 2, 1, 2, 2])
    assert str(canvas.journeys[0].score_scale) == "-2..+2" and canvas.warnings == []


def test_a_score_past_every_scale_is_a_typo_never_a_scale_to_label_the_row_with(tmp_path: Path) -> None:
    # round 20 (hostile F8): "label the row 'Ervaringsscore (-2 to +250)'" named a scale no one scores on
    canvas = _canvas(tmp_path, "Ervaringsscore (-2 t/m +2)", [1, 2, 250, 0, -1])
    assert str(canvas.journeys[0].score_scale) == "-2..+2"
    assert _warnings(canvas, tmp_path) == [
        "reis.xlsx: Klantreis!D3: score 250 lies outside the scale -2..+2 the label names, where every other score "
        "fits: most likely a typo, drawn at the scale's end; correct the cell"
    ]


def test_one_score_off_the_labels_scale_is_a_typo_in_its_cell_not_the_rows_scale(tmp_path: Path) -> None:
    """New user 14 (F18): a 9 typed under "Hoe voelt het (1-5)?" re-scaled the whole curve to 1..10, and the
    label proposed was "Hoe voelt het ? (1-10)". The row stays on the scale its label names, the cell is
    flagged; the label proposed is the team's own with its scale alone rewritten."""
    canvas = _canvas(tmp_path, "Hoe voelt het (1-5)?", [3, 2, 9, 1, 4])
    assert str(canvas.journeys[0].score_scale) == "1..5" and _values(canvas) == [3, 2, 9, 1, 4]  # drawn at 5
    assert _warnings(canvas, tmp_path) == [
        "reis.xlsx: Klantreis!D3: score 9 lies outside the scale 1..5 the label names, where every other score "
        "fits: most likely a typo, drawn at the scale's end; correct the cell (or, if the scale is another, "
        "label the row 'Hoe voelt het (1-10)?' to use 1 to 10)"
    ]
    # two scores beyond it are the row's scale: read on it, the label proposed keeps the team's words
    canvas = _canvas(tmp_path, "Hoe voelt het (1-5)?", [7, 9, 6, 8, 10])
    assert str(canvas.journeys[0].score_scale) == "1..10"
    assert _warnings(canvas, tmp_path) == [
        "reis.xlsx: Klantreis!B3: scores from 6 to 10 do not fit the scale its label names, 1..5: read on 1 to 10; "
        "label the row 'Hoe voelt het (1-10)?' to say so"
    ]


def test_scores_around_zero_beyond_two_take_a_wider_symmetric_scale(tmp_path: Path) -> None:
    canvas = _canvas(tmp_path, "Score", [-3, 1, 3, 0, -1])
    assert str(canvas.journeys[0].score_scale) == "-3..+3"


def test_scores_down_a_column_say_to_label_the_column(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "Fase", "B1": "Klantproces", "C1": "Score"}
    for row, (phase, score) in enumerate(zip(PHASES, [4, 3, 5, 2, 4], strict=True), start=2):
        cells |= {f"A{row}": phase, f"B{row}": f"klant in {phase.lower()}", f"C{row}": score}
    canvas = read_canvas(make_book(tmp_path / "reis.xlsx", {"Klantreis": cells}))
    assert str(canvas.journeys[0].score_scale) == "1..5"
    assert _warnings(canvas, tmp_path) == [
        "reis.xlsx: Klantreis!C2: scores from 2 to 5 do not fit the usual -2..+2: read on 1 to 5; "
        "label the column 'Score (1-5)' to say so"
    ]


def test_a_fraction_excel_stored_as_a_date_is_read_as_the_fraction_in_either_locale(tmp_path: Path) -> None:
    # "4/5" typed in Excel becomes 4 May (Dutch locale) or April 5 (US locale); "7/10" 7 October or July 10
    written = [dt.datetime(2026, 5, 4), dt.datetime(2026, 4, 5), dt.datetime(2026, 10, 7), dt.date(2026, 7, 10), 3]
    canvas = _canvas(tmp_path, "Ervaringsscore (1-5)", written)
    assert _values(canvas) == [4, 4, 3.67, 3.67, 3]  # 7 on 1..10 is 3.67 on 1..5
    warnings = _warnings(canvas, tmp_path)
    assert len(warnings) == 4
    assert warnings[0] == (
        "reis.xlsx: Klantreis!B3: Excel stored this score as the date 2026-05-04; read as 4/5 — "
        "type it as '4/5 (with an apostrophe in front) so Excel keeps it as written"
    )
    assert "read as 7/10" in warnings[3]


def test_a_date_with_a_time_in_a_score_row_is_no_score_and_stays_as_text(tmp_path: Path) -> None:
    canvas = _canvas(tmp_path, "Ervaringsscore", ["+", dt.datetime(2026, 5, 4, 9, 30), "0", "-", "--"])
    assert _values(canvas) == [1, None, 0, -1, -2]
    assert "'2026-05-04 09:30' in the score row is no score" in _warnings(canvas, tmp_path)[0]


def test_fractions_stored_as_dates_make_a_score_column_in_a_table_down_the_sheet(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "Fase", "B1": "Klantproces", "C1": "Tevredenheid (1-5)"}
    for row, (phase, score) in enumerate(zip(PHASES, [dt.datetime(2026, 5, 4), 2, "3/5", "++", 1]), start=2):
        cells[f"A{row}"], cells[f"B{row}"], cells[f"C{row}"] = phase, f"De klant in {phase.lower()}", score
    canvas = read_canvas(make_book(tmp_path / "reis.xlsx", {"Klantreis": cells}))
    assert _values(canvas) == [4, 2, 3, 5, 1]
    assert str(canvas.journeys[0].score_scale) == "1..5"
