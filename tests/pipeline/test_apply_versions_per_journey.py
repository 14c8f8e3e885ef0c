"""Round 13 (F6): apply raised the version and date of the Ideale reis sheet too, though the workshop changed only
the Huidige reis; diff then listed them as changes. Only a journey whose sheet the changes write to gets its
version raised and its date set; changes to no journey's sheet raise them all, as before."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.support.cli import run_clean
from tests.support.workbooks import make_book
from tests.support.workshop import LEASE, fill, kit_of


def test_a_journey_the_workshop_left_alone_keeps_its_version_and_date(tmp_path: Path) -> None:
    source = make_book(tmp_path / "reizen.xlsx", {"Huidige reis": dict(LEASE), "Ideale reis": dict(LEASE)})
    changes, rows = kit_of(source, tmp_path)
    card = "R1-F2-KP-01"  # the first journey's "Vult formulier in"
    assert card in rows and "R2-F2-KP-01" in rows
    fill(changes, {(rows[card], 5): "wijzigen", (rows[card], 6): "Nieuwe tekst van de sessie"})
    out = tmp_path / "reizen-v2.xlsx"
    code, stdout, err = run_clean("apply", source, changes, "-o", out)
    assert code == 0, err
    assert "1 changed" in stdout and "version 4" in stdout
    book = openpyxl.load_workbook(out)
    assert str(book["Huidige reis"]["B2"].value) == "4"
    assert str(book["Ideale reis"]["B2"].value) == "3"
    assert book["Ideale reis"]["B3"].value == openpyxl.load_workbook(source)["Ideale reis"]["B3"].value
    code, stdout, _ = run_clean("diff", source, out)
    assert code == 0
    assert "Nieuwe tekst van de sessie" in stdout
    ideal_part = stdout.split("Ideale reis", 1)[1] if "Ideale reis" in stdout else ""
    assert "Versie" not in ideal_part and "Datum" not in ideal_part
