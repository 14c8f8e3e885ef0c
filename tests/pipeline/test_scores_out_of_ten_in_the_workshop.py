"""Round 19 (new user, F18/F16): a score row written "5/10" offered score rows in the kit whose changes apply
refused whatever the team typed ("8/10": not a number; "8": the cell "cannot be written"), and "8 - blij" had no
row at all. The kit has a row for every such score; apply takes "8/10" as 8 and writes each score back in its
cell's own notation ("8/10" where the cell held "5/10", "9 - blij" where it held "8 - blij")."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.support.cli import run_clean
from tests.support.workbooks import make_book, satisfaction_sheet
from tests.support.workshop import fill, kit_of


def _source(tmp_path: Path) -> Path:
    return make_book(
        tmp_path / "stroom.xlsx", {"Huidig": satisfaction_sheet(("5/10", "6,5", "4/10", "8 - blij", "7"), "Huidig")}
    )


def test_scores_out_of_ten_are_changed_in_their_own_notation(tmp_path: Path) -> None:
    source = _source(tmp_path)
    (tmp_path / "kit").mkdir()
    changes, rows = kit_of(source, tmp_path / "kit")
    sheet = openpyxl.load_workbook(changes).worksheets[0]
    scores = {card: sheet.cell(rows[card], 4).value for card in rows if "-SC" in card}
    assert scores == {"F1-SC": "5", "F2-SC": "6,5", "F3-SC": "4", "F4-SC-01": "blij", "F4-SC": "8", "F5-SC": "7"}
    fill(changes, {(rows["F1-SC"], 6): "8/10", (rows["F3-SC"], 6): "6", (rows["F4-SC"], 6): "9"})
    out = tmp_path / "stroom-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    assert "3 changed" in stdout
    written = openpyxl.load_workbook(out)["Huidig"]
    assert [written[f"{col}7"].value for col in "BCDEF"] == ["8/10", "6,5", "6/10", "9 - blij", "7"]


def test_a_score_over_another_scales_top_is_placed_as_check_places_it(tmp_path: Path) -> None:
    """Round 21 (hostile F1): '4/5' on 1..10 was refused, though check reads a cell '4/5' placed end to end on
    the row's scale; apply places it so, and says so."""
    source = _source(tmp_path)
    (tmp_path / "kit").mkdir()
    changes, rows = kit_of(source, tmp_path / "kit")
    fill(changes, {(rows["F1-SC"], 6): "4/5", (rows["F3-SC"], 6): "\u20131"})
    code, _, stderr = run_clean("apply", source, changes, "-o", tmp_path / "stroom-v2.xlsx")
    assert code == 1
    said = " ".join(stderr.split())
    assert f"row {rows['F1-SC']}: '4/5' is a score out of 5: placed on the scale 1..10 as 7,75" in said, said
    # an en-dash minus is a sign, as the reader reads it: no change "one down" on a scale without signs
    assert f"row {rows['F3-SC']}: the score of 'Aankoop' is on the scale 1..10, which has no signs" in said, said


def test_what_check_reads_as_a_score_apply_takes_in_the_cells_notation_with_its_words(tmp_path: Path) -> None:
    """Hostile 20 F11: '80%' and '9/10 - top' were refused, though check reads a cell '80%' as a score placed on
    the row's scale and '8 - blij' as 8 and words. A percentage is placed as check places it (said); the words
    typed with a score are written beside it, after the score where the cell had none, in place of the cell's
    own where it had some; the cell keeps its notation."""
    source = _source(tmp_path)
    (tmp_path / "kit").mkdir()
    changes, rows = kit_of(source, tmp_path / "kit")
    fill(changes, {(rows["F1-SC"], 6): "80%", (rows["F3-SC"], 6): "9/10 - top", (rows["F4-SC"], 6): "6 - beter"})
    out = tmp_path / "stroom-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    said = " ".join(stderr.split())
    assert code == 0 and "3 changed" in stdout, said
    assert f"F{rows['F1-SC']}: row {rows['F1-SC']}: '80%' is a percentage: placed on the scale 1..10 as 8,2" in said
    assert (
        f"row {rows['F4-SC']}: the words typed with the score ('beter') are written beside it in place of 'blij'"
        in said
    )
    written = openpyxl.load_workbook(out)["Huidig"]
    assert [written[f"{col}7"].value for col in "BCDEF"] == ["8,2/10", "6,5", "9/10 - top", "6 - beter", "7"]
    code, stdout, _ = run_clean("check", out, "--explain")  # read back: the scores and the words, as typed
    assert code == 0 and "scores on 1..10: Oriëntatie 8.2, Overwegen 6.5, Aankoop 9, Start 6, Gebruik 7" in stdout
    assert "'9/10' read as the score, the words after it kept in the lane ('top')" in stdout, stdout
    assert "'6' read as the score, the words after it kept in the lane ('beter')" in stdout
