"""Round 21 (hostile F1, F2): apply refused a new score '9/10 - top' on a -2..+2 row that check reads in a score
cell (placed end to end on the row's scale, said); and the words after a signed score, '+2 - top', were read as
'- top', their separator dash a word of the card. Apply now places a score out of another top as check places it,
saying so, and the dash between a score and its words is neither."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.support.cli import run_clean
from tests.support.workshop import canvas, fill, kit_of


def test_a_score_out_of_another_top_is_placed_on_the_rows_scale_as_check_places_it(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F3-SC"], 6): "9/10 - top"})
    out = tmp_path / "lease-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    said = " ".join(stderr.split())
    assert code == 0 and "1 changed" in stdout, said
    row = rows["F3-SC"]
    assert f"Wijzigingen!F{row}: row {row}: '9/10' is a score out of 10: placed on the scale -2..+2 as +1,56" in said
    # read back, the same score check reads in a cell '9/10 - top', and the words a card of their own
    code, checked, _ = run_clean("check", out, "--explain")
    assert code == 0 and "Levering +1.56" in checked, checked
    code, mirror, _ = run_clean("check", canvas(tmp_path / "typed.xlsx", {"D9": "9/10 - top"}), "--explain")
    assert "Levering +1.56" in mirror
    assert "words after it kept in the lane ('top')" in checked


def test_the_dash_between_a_signed_score_and_its_words_is_no_word(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F2-SC"], 6): "+2 - top"})
    out = tmp_path / "lease-v2.xlsx"
    code, _, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    assert openpyxl.load_workbook(out)["Klantreis"]["C9"].value == "+2 - top"  # as the team typed it
    code, said, _ = run_clean("diff", source, out)
    assert code == 0 and "erbij: top" in said and "- top" not in said, said
    code, checked, _ = run_clean("check", out, "--explain")
    assert "Klantreis!C9: '+2' read as the score, the words after it kept in the lane ('top')" in checked
