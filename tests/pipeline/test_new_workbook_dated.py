"""Round 22 (the workshop loop): the new workbook ``apply`` writes of a canvas with no cells to patch (CSV, ODS)
left its *Datum* field blank where the canvas had no date — a workbook's blank *Datum* gets today's — and its
summary never said "date set to today", even where it wrote today's date over the canvas's own. Every journey's
date field is set to today, a date where the canvas held its date as one (or had none: the template's date cell),
and said."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from tests.support.cli import run_clean
from tests.support.other_formats import ods, ods_sheet
from tests.support.reading import read_canvas
from tests.support.workshop import fill, kit_of

CELLS: dict[str, object] = {
    "A1": "Fase",
    "B1": "Oriëntatie",
    "C1": "Proefrit",
    "D1": "Aankoop",
    "A2": "Klantproces",
    "B2": "Leest reviews op fietsforums",
    "C2": "Rijdt een rondje door de polder",
    "D2": "Kiest een accu",
    "A3": "Pijnpunten",
    "B3": "Specificaties onbegrijpelijk",
    "D3": "Geen levertijd bekend",
}


def _applied(source: Path, tmp_path: Path) -> tuple[str, Path]:
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-KP-01"], 6): "Leest reviews en kijkt filmpjes"})
    out = tmp_path / "fiets-v2.xlsx"
    code, said, err = run_clean("apply", source, changes, "-o", out)
    assert code == 0, err
    return " ".join(said.split()), out


def _date_cell(out: Path) -> tuple[object, object, str]:
    sheet = openpyxl.load_workbook(out).worksheets[0]
    label = next(cell for cell in sheet["A"] if cell.value == "Datum")
    written = sheet.cell(label.row, 2)
    return label.value, written.value, written.number_format


def test_an_ods_canvas_without_a_date_gets_todays_in_its_new_workbooks_date_field(tmp_path: Path) -> None:
    source = ods(tmp_path / "fiets.ods", {"Fiets": ods_sheet(CELLS)})
    said, out = _applied(source, tmp_path)
    assert "(1 changed, 0 removed, 0 added, date set to today)" in said
    _, value, number_format = _date_cell(out)
    assert isinstance(value, dt.datetime) and value.date() == dt.date.today() and number_format == "yyyy-mm-dd"
    assert read_canvas(out).journeys[0].meta["date"].value == dt.date.today().isoformat()


def test_an_ods_canvas_dated_with_a_date_cell_gets_todays_as_a_date_and_says_so(tmp_path: Path) -> None:
    dated = {"A5": "Datum", "B5": dt.date(2026, 11, 20)} | {
        ref[0] + str(int(ref[1:]) + 6): v for ref, v in CELLS.items()
    }
    source = ods(tmp_path / "fiets.ods", {"Fiets": ods_sheet(dated)})
    assert read_canvas(source).journeys[0].meta["date"].value == "2026-11-20"
    said, out = _applied(source, tmp_path)
    assert "date set to today" in said, said
    _, value, _ = _date_cell(out)
    assert isinstance(value, dt.datetime) and value.date() == dt.date.today()
    code, diff, _ = run_clean("diff", source, out)
    assert code == 0 and "Datum: 20 november 2026 → " in diff
