"""gaps of one workbook by its scenario words in the kit's other languages, and ``--journey`` naming a journey
without a partner (round 18, hostile F7 and F8): a German workbook of 'Ist-Zustand' and 'Soll-Zustand' sheets
("Szenario: Ist"/"Soll") was refused as holding no ideal and current journey; ``--journey CFO`` of a buying group
whose CFO has a current journey only said there was no journey named 'CFO'."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.support.buying_group import WISHES, member_sheet
from tests.support.cli import run


def _german(path: Path) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for sheet, scenario, doing in (
        ("Ist-Zustand", "Ist", ["Sucht online", "Vergleicht Preise", "Kauft im Laden"]),
        ("Soll-Zustand", "Soll", ["Sucht online", "Nutzt den Konfigurator", "Kauft im Laden"]),
    ):
        grid = book.create_sheet(sheet)
        grid.append(["Szenario", scenario])
        grid.append([])
        grid.append(["Phase", "Recherche", "Vergleich", "Kauf"])
        grid.append(["Kundenaktionen", *doing])
        grid.append(["Schmerzpunkte", "Zu viele Angebote", "", ""])
    book.save(path)
    return path


def test_soll_and_ist_sheets_of_one_workbook_are_its_ideal_and_current_journeys(tmp_path: Path) -> None:
    code, out, err = run("gaps", _german(tmp_path / "reise.xlsx"), "-o", tmp_path / "out")
    assert code == 0, err
    assert "ideal: Soll-Zustand" in out and "aktuell: Ist-Zustand" in out
    assert "Nutzt den Konfigurator  (Soll-Zustand!C4)" in out


def test_journey_that_names_a_journey_without_a_partner_says_which_partner_it_lacks(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for member in ("HR", "IT"):
        for scenario in ("Ideaal", "Huidig"):
            member_sheet(book.create_sheet(f"{scenario} - {member}"), member, scenario, title=False)
    member_sheet(book.create_sheet("Huidig - CFO"), "CFO", "Huidig", title=False)
    book.save(tmp_path / "groep.xlsx")
    code, out, err = run("gaps", tmp_path / "groep.xlsx", "--journey", "CFO")
    said = " ".join(err.split())
    assert code == 1, out
    assert (
        "groep.xlsx: journey 'Huidig - CFO' (sheet 'Huidig - CFO'), which 'CFO' (--journey) names, has no ideal "
        "journey to compare it with: add one (a sheet for the same person, marked ideal), or choose one of the "
        "journeys that have a partner: 'Huidig - HR'" in said
    ), said
    # the person's part of a name answers for a journey that has a partner
    code, out, err = run("gaps", tmp_path / "groep.xlsx", "--journey", "HR", "-o", tmp_path / "out")
    assert code == 0 and WISHES["HR"] in out and WISHES["IT"] not in out, err
