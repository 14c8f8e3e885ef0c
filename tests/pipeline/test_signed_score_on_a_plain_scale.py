"""A team's "+1" on a score row of a 1-5 scale (round 16, F6): on a scale with no signs a signed number reads as a
change ("one up") but was written as the score itself (3 became 1; on a 1 it was silently "no change"). It is
refused at its cell, saying what to write; the changes sheet says how scores are written on the canvas's scale,
and a row that asks for what its card already says is said, not silently left out of the count."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.support.cli import run_clean
from tests.support.workshop import canvas, fill, kit_of

#: The lease canvas scored by the client on 1..5, the scale named in the row's label.
PLAIN = {"A9": "Hoe blij is de klant (1-5)?", "B9": 3, "C9": 1, "D9": 4}


def test_a_signed_number_on_a_plain_scale_is_refused_at_its_cell_saying_what_to_write(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx", PLAIN)
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-SC"], 6): "+1", (rows["F2-SC"], 6): "-0,5"})
    out = tmp_path / "lease-v2.xlsx"
    code, _, stderr = run_clean("apply", source, changes, "-o", out)
    said = " ".join(stderr.split())
    assert code == 1
    assert (
        f"Wijzigingen!F{rows['F1-SC']}: row {rows['F1-SC']}: the score of 'Oriëntatie' is on the scale 1..5, which "
        "has no signs, so '+1' is not read as a change of it: write the new score itself, e.g. 4 for 3 +1" in said
    )
    assert f"Wijzigingen!F{rows['F2-SC']}: row {rows['F2-SC']}: the score of 'Aanvraag'" in said
    assert "write the new score itself, a number from 1 to 5" in said  # 1 - 0,5 is off the scale
    assert not out.exists()


def test_the_new_score_itself_is_applied_and_the_sheet_says_how_to_write_it(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx", PLAIN)
    changes, rows = kit_of(source, tmp_path)
    instructions = openpyxl.load_workbook(changes).worksheets[0]["A1"].value
    assert "op de schaal 1..5: bijv. 4; geen +1 of -1" in instructions
    assert "Calibri" not in instructions  # no tool internals for the client's team
    fill(changes, {(rows["F1-SC"], 6): "4", (rows["F2-SC"], 6): "1"})
    out = tmp_path / "lease-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    # both rows the team wrote
    assert "(1 changed, 0 removed, 0 added, 1 already as asked, version 4, date set to today)" in stdout
    said = " ".join(stderr.split())  # the second edit is the score the card has: said, at its cell
    assert f"Wijzigingen!F{rows['F2-SC']}: row {rows['F2-SC']}: card F2-SC already reads '1': nothing to change" in said
    assert openpyxl.load_workbook(out)["Klantreis"]["B9"].value == 4


def test_a_signed_scale_still_takes_signed_scores(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")  # Ervaringsscore on -2..+2
    changes, rows = kit_of(source, tmp_path)
    assert "op de schaal -2..+2: bijv. +1." in openpyxl.load_workbook(changes).worksheets[0]["A1"].value
    fill(changes, {(rows["F2-SC"], 6): "+1"})
    out = tmp_path / "lease-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    assert "1 changed" in stdout
    assert openpyxl.load_workbook(out)["Klantreis"]["C9"].value == 1
