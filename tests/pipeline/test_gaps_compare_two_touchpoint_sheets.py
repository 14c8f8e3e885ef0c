"""Round 23 (the workshop loop): `gaps ideaal.xlsx huidig.xlsx` compared the journeys' lanes and today's Touchpoints
sheet by its own now/ideal columns, but not the two workbooks' Touchpoints sheets with each other: a touchpoint the
ideal's sheet has and today's lacks ('Bevestigingsmail' in Aankoop) was said nowhere. The sheets are compared phase
by phase as the lanes are: start what only the ideal has, improve what today names otherwise, "stop?" (low) what
only today has — unless today's row says in its own columns what to do."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.support.cli import run_clean
from tests.support.workbooks import Cells, make_book

LANES: Cells = {
    "A1": "Klantreis: een e-bike kopen",
    "A3": "Fase",
    "B3": "Oriëntatie",
    "C3": "Aankoop",
    "D3": "Levering",
    "A4": "Klantproces",
    "B4": "Zoekt reviews",
    "C4": "Bestelt online",
    "D4": "Haalt de fiets op",
    "A5": "Intern proces",
    "B5": "Adverteert",
    "C5": "Plant de levering",
    "D5": "Stelt de fiets af",
}
HEAD = ("Fase", "Contactmoment", "Huidig (ja/nee/deels)", "Ideaal (ja/nee)")


def _book(path: Path, scenario: str, touchpoints: list[tuple[str, ...]]) -> Path:
    sheet: Cells = {}
    for r, row in enumerate([HEAD, *touchpoints], start=1):
        for c, value in enumerate(row):
            if value:
                sheet[f"{'ABCD'[c]}{r}"] = value
    return make_book(path, {"Klantreis": {**LANES, "A2": "Scenario", "B2": scenario}, "Contactmomenten": sheet})


def test_the_two_workbooks_touchpoint_sheets_are_compared_phase_by_phase(tmp_path: Path) -> None:
    ideal = _book(
        tmp_path / "ideaal.xlsx",
        "Ideaal",
        [("Oriëntatie", "Instagram-advertentie"), ("Aankoop", "Bevestigingsmail"), ("Aankoop", "Offerte per mail")],
    )
    current = _book(
        tmp_path / "huidig.xlsx",
        "Huidig",
        [
            ("Oriëntatie", "Instagram-advertentie"),
            ("Aankoop", "Offerte via de mail"),
            ("Aankoop", "Folder in de winkel"),
            ("Aankoop", "Belactie", "ja", "nee"),  # its own columns say it: stop, as before, not "stop?"
        ],
    )
    out = tmp_path / "out"
    code, stdout, stderr = run_clean("gaps", ideal, current, "-o", out)
    assert code == 0, stderr
    actions = stdout[stdout.index("Actiepunten") :].splitlines()
    assert "  - [midden] Aankoop: starten: Bevestigingsmail  (Contactmomenten!B3)" in actions
    assert "  - [laag] Aankoop: verbeteren: Offerte via de mail → Offerte per mail  (Contactmomenten!B3)" in actions
    assert "  - [laag] Aankoop: stoppen?: Folder in de winkel  (Contactmomenten!B4)" in actions
    assert "  - [laag] Aankoop: stoppen: Belactie  (Contactmomenten!B5)" in actions
    assert not any("Instagram-advertentie" in line or "stoppen?: Belactie" in line for line in actions)
    sheet = openpyxl.load_workbook(out / "huidig-gaps.xlsx").worksheets[0]
    rows = [[str(cell.value) for cell in row] for row in sheet.iter_rows()]
    assert any("Bevestigingsmail" in row and "Ideaal: Contactmomenten!B3" in row for row in rows), rows
