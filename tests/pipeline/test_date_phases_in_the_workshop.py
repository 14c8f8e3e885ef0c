"""Phases named by a date through the workshop loop (round 12: a phase typed as a date on the changes sheet
was named in ISO, "2026-11-13 0:00:00", or as Excel's serial format "11-13-26", and never matched): a date
typed in the phase column is the phase of that date, and a message names a phase as the canvas shows it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from tests.support.cli import run_clean
from tests.support.workbooks import make_book
from tests.support.workshop import changes_rows, new_row


def _canvas(path: Path) -> Path:
    cells: dict[str, object] = {"A1": "Kundenreise Workshop", "A5": "Phase", "A6": "Kundenaktionen"}
    for col, day, text in (("B", 12, "Liest Flyer"), ("C", 19, "Ruft an"), ("D", 26, "Kauft")):
        cells[f"{col}5"], cells[f"{col}6"] = dt.datetime(2026, 11, day), text
    make_book(path, {"Kundenreise": cells})
    book = openpyxl.load_workbook(path)
    for col in "BCD":
        book["Kundenreise"][f"{col}5"].number_format = "DD.MM.YYYY"
    book.save(path)
    return path


def test_a_phase_typed_as_a_date_is_that_phase_and_messages_name_phases_as_shown(tmp_path: Path) -> None:
    source = _canvas(tmp_path / "reise.xlsx")
    code, _, stderr = run_clean("kit", source, "-o", tmp_path / "kit")
    assert code == 0, stderr
    changes = tmp_path / "kit" / "reise-changes.xlsx"
    at = new_row(changes_rows(changes))
    book = openpyxl.load_workbook(changes)
    sheet = book.worksheets[0]
    phases = {sheet.cell(r, 2).value for r in range(3, at - 1)}
    assert phases == {"12. November 2026", "19. November 2026", "26. November 2026"}  # as the canvas shows them
    typed = [  # (phase as Excel keeps what was typed, its number format, the new card)
        (dt.datetime(2026, 11, 19), "mm-dd-yy", "Fragt nach"),  # Excel's short date of the machine
        ("12.11.2026", "@", "Sucht online"),  # typed as text
        (dt.datetime(2026, 11, 13), "dd.mm.yyyy", "Falscher Tag"),  # no phase of that date
    ]
    for row, (phase, number_format, text) in enumerate(typed, start=at):
        sheet.cell(row, 2).value, sheet.cell(row, 2).number_format = phase, number_format
        sheet.cell(row, 3).value, sheet.cell(row, 4).value = "Kundenaktionen", text
    book.save(changes)
    out = tmp_path / "reise-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out, "--partial")
    assert code == 0, stderr
    said = " ".join(stderr.split())
    assert "2 added" in stdout
    assert f"row {at + 2}: unknown phase '13. November 2026' for a new card" in said
    assert f"row {at + 1}: the phase '12.11.2026' is read as '12. November 2026'" in said
    assert "2026-11-1" not in said and "11-13-26" not in said  # never ISO, never a format's serial look
    written = openpyxl.load_workbook(out)["Kundenreise"]
    assert written["C6"].value == "Ruft an\nFragt nach" and written["B6"].value == "Liest Flyer\nSucht online"


def test_a_repeated_phase_of_a_csv_is_named_as_written_when_apply_numbers_it(tmp_path: Path) -> None:
    """The warning said "the phase '12.11.2026 (2)' is there twice; the second is written '12.11.2026 (2)'":
    the phase it names is the one the file wrote twice."""
    source = tmp_path / "reise.csv"
    source.write_text(
        "Phase;12.11.2026;19.11.2026;12.11.2026\nKundenaktionen;Liest Flyer;Ruft an;Kauft\n", encoding="utf-8"
    )
    code, _, stderr = run_clean("kit", source, "-o", tmp_path / "kit")
    assert code == 0, stderr
    changes = tmp_path / "kit" / "reise-changes.xlsx"
    book = openpyxl.load_workbook(changes)
    book.worksheets[0].cell(changes_rows(changes)["P1-CU-01"], 6).value = "Liest Flyer genau"
    book.save(changes)
    code, _, stderr = run_clean("apply", source, changes, "-o", tmp_path / "reise-v2.xlsx")
    assert code == 0, stderr
    said = " ".join(stderr.split())
    assert "the phase '12.11.2026' is there twice; the second is written '12.11.2026 (2)'" in said


def test_a_date_typed_as_the_phase_of_a_csv_canvas_whose_phases_are_dates_as_text(tmp_path: Path) -> None:
    """Hostile 12 (F1): in a CSV canvas the phases "12.11.2026" are text; a date typed in *Fase* (Excel makes it
    a date cell, whatever its format) or written otherwise ("2026-11-13") was refused as an unknown phase "for a
    new card", for a moved card too."""
    source = tmp_path / "d.csv"
    source.write_text(
        "Fase;12.11.2026;13.11.2026;14.11.2026\nWat doet de klant?;Belt;Mailt;Komt langs\n"
        "Pijnpunten;Wachten;Geen antwoord;Parkeren\n",
        encoding="utf-8",
    )
    code, _, stderr = run_clean("kit", source, "-o", tmp_path / "kit")
    assert code == 0, stderr
    changes = tmp_path / "kit" / "d-changes.xlsx"
    rows = changes_rows(changes)
    first = max(rows.values()) + 2
    book = openpyxl.load_workbook(changes)
    sheet = book.worksheets[0]
    for row, day, number_format in ((first, 13, "dd.mm.yyyy"), (rows["F1-KP-01"], 14, "d mmmm yyyy")):
        sheet.cell(row, 2).value = dt.datetime(2026, 11, day)
        sheet.cell(row, 2).number_format = number_format
    sheet.cell(first, 3).value, sheet.cell(first, 6).value = "Pijnpunten", "Nieuw"
    sheet.cell(first + 1, 2).value, sheet.cell(first + 1, 3).value = "2026-11-12", "Pijnpunten"
    sheet.cell(first + 1, 6).value = "Nog een"
    book.save(changes)
    out = tmp_path / "d-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    assert "2 added" in stdout and "1 moved" in stdout
    written = openpyxl.load_workbook(out).worksheets[0]
    cells = {
        (written.cell(r, 1).value, c): written.cell(r, c).value
        for r in range(1, written.max_row + 1)
        for c in range(2, written.max_column + 1)
    }
    phases = next(r for r in range(1, written.max_row + 1) if written.cell(r, 1).value == "Fase")
    column = {written.cell(phases, c).value: c for c in range(2, written.max_column + 1)}
    assert cells[("Pijnpunten", column["13.11.2026"])] == "Geen antwoord\nNieuw"
    assert cells[("Pijnpunten", column["12.11.2026"])] == "Wachten\nNog een"
    assert cells[("Wat doet de klant?", column["12.11.2026"])] is None
    assert cells[("Wat doet de klant?", column["14.11.2026"])] == "Komt langs\nBelt"


def test_a_card_moved_to_a_phase_the_canvas_lacks_is_named_as_moved_not_new(tmp_path: Path) -> None:
    """Hostile 12 (F1): a card moved to an unknown phase was refused "for a new card" — it is no new card."""
    source = make_book(
        tmp_path / "k.xlsx",
        {"Klantreis": {"A1": "Fase", "B1": "Zoeken", "C1": "Kopen", "A2": "Klantproces", "B2": "Zoekt", "C2": "Koopt"}},
    )
    code, _, stderr = run_clean("kit", source, "-o", tmp_path / "kit")
    assert code == 0, stderr
    changes = tmp_path / "kit" / "k-changes.xlsx"
    rows = changes_rows(changes)
    book = openpyxl.load_workbook(changes)
    book.worksheets[0].cell(rows["F1-KP-01"], 2).value = "Nergens"
    book.save(changes)
    code, _, stderr = run_clean("apply", source, changes, "-o", tmp_path / "k-v2.xlsx")
    assert code == 1
    said = " ".join(stderr.split())
    assert f"row {rows['F1-KP-01']}: unknown phase 'Nergens' for card F1-KP-01, moved: choose one" in said
    assert "for a new card" not in said
