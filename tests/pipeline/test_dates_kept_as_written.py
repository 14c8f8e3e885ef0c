"""``apply`` keeps a German date as the canvas wrote it (round 12: "12.11.2026" came back as ISO): cells the
team did not change keep their value and number format, and the date apply sets is written as the one it
replaces was written."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from tests.support.cli import run_clean
from tests.support.workbooks import make_book
from tests.support.workshop import canvas, fill, kit_of

GERMAN = {
    "A1": "Kundenreise Fahrradleasing",
    "A2": "Version",
    "B2": "3",
    "A3": "Datum",
    "B3": "12.11.2026",  # a date typed as text, as a German Excel user often has it
    "A5": "Phase",
    "B5": "Orientierung",
    "C5": "Antrag",
    "D5": "Lieferung",
    "A6": "Kundenaktionen",
    "B6": "Sieht einen Flyer",
    "C6": "Füllt das Formular aus",
    "D6": "Holt das Rad ab",
    "A7": "Termin",
    "B7": "12.11.2026",
    "C7": dt.datetime(2026, 11, 19),
    "A8": "Schmerzpunkte",
    "B8": "Unklare Kosten",
}


def _today_written() -> set[str]:
    """Today as "06.12.2026", on either side of a midnight the test may run across."""
    return {day.strftime("%d.%m.%Y") for day in (dt.date.today(), dt.date.today() + dt.timedelta(days=1))}


def _applied(source: Path, tmp_path: Path) -> tuple[Worksheet, str]:
    """The team's one edit (the first card typed over) applied to ``source``: the new version's sheet, and
    what apply said."""
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["P1-CU-01"], 6): "Sieht einen Flyer in der Kantine"})
    out = tmp_path / "reise-v2.xlsx"
    code, _, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    return openpyxl.load_workbook(out)["Kundenreise"], stderr


def test_german_dates_stay_as_written_through_apply(tmp_path: Path) -> None:
    source = make_book(tmp_path / "reise.xlsx", {"Kundenreise": GERMAN})
    book = openpyxl.load_workbook(source)
    book["Kundenreise"]["C7"].number_format = "DD.MM.YYYY"
    book.save(source)
    sheet, _ = _applied(source, tmp_path)
    assert sheet["B6"].value == "Sieht einen Flyer in der Kantine"
    assert sheet["B7"].value == "12.11.2026" and sheet["B7"].data_type == "s"  # not changed: as it was
    assert (sheet["C7"].value, sheet["C7"].number_format) == (dt.datetime(2026, 11, 19), "DD.MM.YYYY")
    assert sheet["B3"].value in _today_written()  # the new date, written as the old one was, not ISO


def test_a_german_csv_canvas_gets_its_new_date_written_as_its_old_one(tmp_path: Path) -> None:
    source = tmp_path / "reise.csv"
    source.write_text(
        "Datum;12.11.2026\nPhase;Suche;Kauf\nKundenaktionen;Liest Flyer;Ruft an\nTermin;12.11.2026;19.11.2026\n",
        encoding="utf-8",
    )
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["P1-CU-01"], 6): "Liest Flyer genau"})
    out = tmp_path / "reise-v2.xlsx"
    code, _, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    code, stdout, _ = run_clean("check", out)
    assert code == 0
    assert any(f"date {day}" in stdout for day in _today_written()), stdout
    sheet = openpyxl.load_workbook(out).active
    termin = next(c.row for c in sheet["A"] if c.value == "Termin")
    assert [sheet.cell(termin, col).value for col in (2, 3)] == ["12.11.2026", "19.11.2026"]


@pytest.mark.parametrize("written", ["Q4 2026", "najaar 2026", "12.11.2026 (workshop)"])
def test_a_date_cell_that_is_no_plain_date_is_left_as_written_and_said(tmp_path: Path, written: str) -> None:
    """Hostile 12: "Q4 2026" or "12.11.2026 (workshop)" became an ISO date, without a word: a date cell apply
    cannot write today's date over keeps the team's words."""
    source = make_book(tmp_path / "reise.xlsx", {"Kundenreise": {**GERMAN, "B3": written}})
    sheet, stderr = _applied(source, tmp_path)
    assert sheet["B3"].value == written and sheet["B6"].value == "Sieht einen Flyer in der Kantine"
    said = " ".join(stderr.split())
    assert f"Kundenreise!B3: the date '{written}' is not a date canvasgen can write today's over" in said


def test_a_german_date_written_out_keeps_its_day(tmp_path: Path) -> None:
    """Hostile 12: "12. November 2026" was read as a numbered item "November 2026": the poster lost the day,
    and apply wrote "12. 2026-12-06"."""
    source = make_book(tmp_path / "reise.xlsx", {"Kundenreise": {**GERMAN, "B3": "12. November 2026"}})
    code, stdout, _ = run_clean("check", source)
    assert code == 0 and "12. November 2026" in stdout
    sheet, _ = _applied(source, tmp_path)  # and apply writes today's date the same way, the day first
    written = sheet["B3"].value
    assert re.fullmatch(r"\d{1,2}\. [A-Z][a-zä]+ \d{4}", written), written  # was "12. 2026-12-06"


def test_a_date_typed_as_iso_text_is_still_set_to_today(tmp_path: Path) -> None:
    """Review 12: the check for dates apply cannot write over took "2026-11-12" (text) for one of them."""
    source = make_book(tmp_path / "reise.xlsx", {"Kundenreise": {**GERMAN, "B3": "2026-11-12"}})
    sheet, stderr = _applied(source, tmp_path)
    assert "is not a date canvasgen can write" not in stderr, stderr
    written = sheet["B3"].value
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", written) and written != "2026-11-12", written


@pytest.mark.parametrize(
    ("written", "form"),
    [
        ("Datum: 3 november 2026", r"Datum: \d{1,2} [a-z]+ \d{4}"),
        ("Date: 3 November 2026", r"Date: \d{1,2} [A-Z][a-z]+ \d{4}"),
    ],
)
def test_a_date_written_after_its_label_in_one_cell_is_set_in_its_own_form_and_language(
    tmp_path: Path, written: str, form: str
) -> None:
    """Round 14: "Datum: 3 november 2026" (the label and the date in one cell) was printed but never updated by
    apply: it was said as no date canvasgen can write over. The date is written over, the label kept, in the
    cell's own form and language (an English date in a Dutch canvas stays English)."""
    source = canvas(tmp_path / "lease.xlsx", {"A3": written, "B3": None})
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-KP-01"], 6): "Ziet een poster"})
    out = tmp_path / "lease-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0 and "version 4" in stdout, stderr
    assert "not a date canvasgen can write" not in stderr
    dated = openpyxl.load_workbook(out)["Klantreis"]["A3"].value
    assert re.fullmatch(form, dated) and dated != written, dated
    assert dated.endswith(str(dt.date.today().year)) or dated.endswith(str(dt.date.today().year + 1)), dated


def test_a_csv_canvas_without_a_date_gets_todays_as_a_date_in_the_templates_date_field(tmp_path: Path) -> None:
    """Round 14: apply wrote an ISO date, as text, into the new workbook of a CSV canvas that had none: a form the
    canvas never wrote; it then got none, while a blank *Datum* of a workbook gets today's (round 22). It gets
    today's as a date, in the new workbook's date field (the template's, formatted as a date), said."""
    source = tmp_path / "reis.csv"
    source.write_text("Fase;Oriëntatie;Aankoop\nWat doet de klant?;Zoekt;Koopt\n", encoding="utf-8")
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-KP-01"], 6): "Zoekt lang"})
    out = tmp_path / "reis-v2.xlsx"
    code, said, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    assert "(1 changed, 0 removed, 0 added, date set to today)" in said
    sheet = openpyxl.load_workbook(out)["Reis"]  # named as the canvas's title, the file's name capitalised
    assert (sheet["A7"].value, sheet["B7"].number_format) == ("Datum", "yyyy-mm-dd")
    assert isinstance(sheet["B7"].value, dt.datetime) and sheet["B7"].value.date() == dt.date.today()
    code, stdout, _ = run_clean("check", out, "--json")
    [journey] = json.loads(stdout)["journeys"]
    assert journey["meta"]["date"]["value"] == dt.date.today().isoformat() and "Zoekt lang" in stdout
