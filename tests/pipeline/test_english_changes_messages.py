"""An English kit's changes sheet is answered in English (new user 12, F26): its columns named as its header
names them ("Phase", "Lane"), an action word it does not know answered with its own words first and the
closest one ("did you mean 'change'?")."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.support.cli import run_clean
from tests.support.workbooks import payroll_ideal_and_current


def _kit(tmp_path: Path) -> tuple[Path, Path]:
    book = payroll_ideal_and_current(tmp_path / "payroll.xlsx", blank_header=False)
    code, _, err = run_clean("kit", book, "-o", tmp_path / "kit", "--lang", "en")
    assert code == 0, err
    return book, tmp_path / "kit" / "payroll-changes.xlsx"


def test_a_typed_action_gets_the_closest_word_and_the_sheets_own_words_first(tmp_path: Path) -> None:
    book, changes = _kit(tmp_path)
    wb = openpyxl.load_workbook(changes)
    ws = wb["Changes"]
    assert ws["A3"].value and ws["E2"].value == "Action"
    ws["E3"] = "chnage"
    wb.save(changes)
    code, _, err = run_clean("apply", book, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 1
    assert (
        "Changes!E3: row 3: unknown action 'chnage': did you mean 'change'? (use keep / change / remove; the other "
        "languages' words are read too: nl, de, fr, es)" in err
    )
    assert "houden" not in err and not (tmp_path / "v2.xlsx").exists()


def test_a_new_cards_phase_of_two_journeys_names_the_phase_column_in_english(tmp_path: Path) -> None:
    book, changes = _kit(tmp_path)
    wb = openpyxl.load_workbook(changes)
    ws = wb["Changes"]
    row = ws.max_row + 1
    ws[f"B{row}"], ws[f"C{row}"], ws[f"F{row}"] = "payroll pain", "customer actions", "Reads the payroll audit"
    wb.save(changes)
    code, _, err = run_clean("apply", book, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 1  # the phase is in both journeys: which one is asked, in the sheet's words
    assert (
        f"Changes!B{row}: row {row}: the phase 'payroll pain' is in 2 journeys: write which under Phase "
        "('current · Payroll pain' or 'ideal · Payroll pain')" in err
    )


def test_an_english_canvas_has_english_card_codes_and_a_kit_of_dutch_ids_still_applies(tmp_path: Path) -> None:
    """Card IDs in the canvas's language ("J1-P1-CU-01": journey, phase, customer), not Dutch ("R1-F1-KP-01",
    F21); a changes sheet of a kit made before, with the Dutch IDs, is still applied."""
    book, changes = _kit(tmp_path)
    wb = openpyxl.load_workbook(changes)
    ws = wb["Changes"]
    ids = [ws[f"A{row}"].value for row in range(3, ws.max_row + 1) if ws[f"A{row}"].value]
    assert "J1-P1-CU-01" in ids and "J2-P4-TC-01" in ids
    assert not [i for i in ids if "-KP-" in i or "-CM-" in i or "-LV-" in i or i.startswith("R")]
    row = ids.index("J1-P1-CU-01") + 3
    ws[f"A{row}"], ws[f"E{row}"], ws[f"F{row}"] = "R1-F1-KP-01", "change", "Fixes payslips by hand, twice a month"
    wb.save(changes)
    code, _, err = run_clean("apply", book, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 0, err
    assert openpyxl.load_workbook(tmp_path / "v2.xlsx")["Current journey"]["B5"].value == (
        "Fixes payslips by hand, twice a month"
    )


def test_changes_applied_a_second_time_are_said_to_be_in_the_workbook_already(tmp_path: Path) -> None:
    """The changes applied again, to the version they produced (F33): one sentence saying so, and which
    workbook to apply them to, before any row's own problem; nothing written."""
    book, changes = _kit(tmp_path)
    wb = openpyxl.load_workbook(changes)
    ws = wb["Changes"]
    ws["E3"], ws["F3"] = "change", "Fixes payslips by hand, every month"
    row = ws.max_row + 1
    ws[f"B{row}"], ws[f"C{row}"], ws[f"F{row}"] = "R1 · Payroll pain", "Customer actions", "Reads the audit finding"
    wb.save(changes)
    code, _, err = run_clean("apply", book, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 0, err
    code, _, err = run_clean("apply", tmp_path / "v2.xlsx", changes, "-o", tmp_path / "v3.xlsx")
    assert code == 1 and not (tmp_path / "v3.xlsx").exists()
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {tmp_path / 'v2.xlsx'}: these changes are already applied to this workbook: every text {changes} "
        "writes stands in it, so there is nothing to apply (to make that version again, apply them to payroll.xlsx, "
        "the workbook the kit was made from)"
    ], err
