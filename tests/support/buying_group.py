"""A buying group's workbooks for gaps: one journey a member (HR, IT, CFO), a sheet each, ideal or current;
each member's ideal journey adds a wish of its own in its second phase (found in that member's report only)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

PHASES = ["Oriëntatie", "Demo", "Inkoop"]
MEMBERS = {"HR": "Leest whitepapers", "IT": "Test de SSO-koppeling", "CFO": "Rekent de business case door"}
#: What each member's ideal journey adds in its second phase: found in that member's report only.
WISHES = {"HR": "Krijgt demo per rol", "IT": "Krijgt sandbox met AVG-uitleg", "CFO": "Ziet TCO over vijf jaar"}


def member_sheet(sheet: Worksheet, member: str, scenario: str, title: bool) -> None:
    if title:
        sheet["A1"] = f"Klantreis {member}"
    sheet["A2"], sheet["B2"] = "Klant", "PeopleFlow"
    sheet["A3"], sheet["B3"] = "Persona", f"{member} bij een zorginstelling"
    sheet["A4"], sheet["B4"] = "Scenario", scenario
    sheet.append([])
    sheet.append(["Fase", *PHASES])
    doing = [MEMBERS[member], "Bekijkt de demo", "Tekent het contract"]
    if scenario == "Ideaal":
        doing[1] += "\n" + WISHES[member]
    sheet.append(["Wat doet de klant?", *doing])
    sheet.append(["Touchpoints", "Website", "Teams", "E-mail"])
    sheet.append(["Tevredenheid", 1, 0 if scenario == "Huidig" else 2, -1 if scenario == "Huidig" else 1])


def buying_group(path: Path, scenario: str, order: list[str]) -> Path:
    """One sheet a member, Blad1.. in ``order``; IT's ideal one without a title (its persona names it)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for n, member in enumerate(order, start=1):
        member_sheet(book.create_sheet(f"Blad{n}"), member, scenario, title=member != "IT" or scenario == "Huidig")
    book.save(path)
    return path
