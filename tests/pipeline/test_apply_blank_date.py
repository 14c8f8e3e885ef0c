"""Round 21 (new user F8): the README says apply sets the new version's date to today, but a workbook whose
*Datum* field was still blank kept it blank, unsaid. A blank date field now takes today's date (a date where
Excel formats the cell as one, else the date written out in the canvas's language), and the summary says the
date set, or that the workbook has no date field to set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from canvasgen.read.shown import shown_when
from tests.support.cli import run_clean
from tests.support.workbooks import make_book
from tests.support.workshop import LEASE, fill, kit_of


def _applied(source: Path, tmp_path: Path) -> tuple[str, Path]:
    changes, rows = kit_of(source, tmp_path)
    card = "F2-KP-01"  # "Vult formulier in"
    fill(changes, {(rows[card], 5): "wijzigen", (rows[card], 6): "Vult het formulier online in"})
    out = tmp_path / f"{source.stem}-v2.xlsx"
    code, stdout, err = run_clean("apply", source, changes, "-o", out)
    assert code == 0, err
    return stdout, out


def test_a_blank_date_field_takes_todays_date_written_out(tmp_path: Path) -> None:
    source = make_book(tmp_path / "lease.xlsx", {"Klantreis": {**LEASE, "B3": None}})
    stdout, out = _applied(source, tmp_path)
    today = dt.date.today()
    assert "date set to today" in stdout
    assert openpyxl.load_workbook(out)["Klantreis"]["B3"].value == shown_when(today, None, "nl")
    code, said, _ = run_clean("diff", source, out)
    assert code == 0 and "Datum" in said


def test_a_blank_date_field_formatted_as_a_date_takes_a_date(tmp_path: Path) -> None:
    source = make_book(tmp_path / "lease.xlsx", {"Klantreis": {**LEASE, "B3": None}})
    book = openpyxl.load_workbook(source)
    book["Klantreis"]["B3"].number_format = "dd-mm-yyyy"
    book.save(source)
    stdout, out = _applied(source, tmp_path)
    assert "date set to today" in stdout
    written = openpyxl.load_workbook(out)["Klantreis"]["B3"]
    assert isinstance(written.value, dt.datetime) and written.value.date() == dt.date.today()
    assert written.number_format == "dd-mm-yyyy"


def test_a_workbook_without_a_date_field_says_so(tmp_path: Path) -> None:
    cells = {k: v for k, v in LEASE.items() if k not in ("A3", "B3")}
    source = make_book(tmp_path / "lease.xlsx", {"Klantreis": cells})
    stdout, _ = _applied(source, tmp_path)
    assert "no date field to set" in stdout and "date set" not in stdout
    assert "version 4" in stdout


def test_a_filled_date_field_is_said_too(tmp_path: Path) -> None:
    stdout, out = _applied(make_book(tmp_path / "lease.xlsx", {"Klantreis": dict(LEASE)}), tmp_path)
    assert "date set to today" in stdout
    written = openpyxl.load_workbook(out)["Klantreis"]["B3"].value
    assert isinstance(written, dt.datetime) and written.date() == dt.date.today()
