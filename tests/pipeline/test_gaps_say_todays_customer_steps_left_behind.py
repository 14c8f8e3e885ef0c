"""Today's customer steps the ideal journey drops (round 16, F8): the company's own current-only items were listed
as "stop?", but the customer's ("Belt en hangt 18 minuten in de wacht") — the pains the ideal does away with —
appeared nowhere in the gap report. They are said per phase on the terminal, the report's pages and slides, and
on a sheet of their own in the gap workbook, never as an action to stop."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.support.cli import run_clean
from tests.support.read_back import pdf_text, slide_text
from tests.support.workbooks import rows_canvas

PHASES = ("Fase", "Melden", "Afspraak", "Herstel")
LEFT_BEHIND = ("Belt en hangt 18 minuten in de wacht", "Neemt een vrije dag op voor een dagdeel")


def _pair(folder: Path) -> tuple[Path, Path]:
    ideal = rows_canvas(
        folder / "ideaal.xlsx",
        [
            ("Scenario", "Ideaal"),
            PHASES,
            ("Wat doet de huurder?", "Meldt in de app", "Kiest zelf een tijdvak", "Laat de monteur binnen"),
            ("Intern proces", "App zet de melding door", "Planning koppelt agenda's", "Monteur heeft onderdelen"),
        ],
    )
    current = rows_canvas(
        folder / "huidig.xlsx",
        [
            ("Scenario", "Huidig"),
            PHASES,
            ("Wat doet de huurder?", LEFT_BEHIND[0], LEFT_BEHIND[1], "Laat de monteur binnen"),
            ("Intern proces", "KCC typt de melding over", "Aannemer stuurt een brief", "Monteur heeft onderdelen"),
        ],
    )
    return ideal, current


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_todays_customer_steps_the_ideal_drops_are_in_every_part_of_the_gap_report(tmp_path: Path) -> None:
    ideal, current = _pair(tmp_path)
    out = tmp_path / "out"
    code, stdout, stderr = run_clean("gaps", ideal, current, "-o", out)
    assert code == 0, stderr
    said = _flat(stdout)
    for step in LEFT_BEHIND:
        assert f"Niet meer in de ideale reis (klantstap van nu): Wat doet de huurder?: {step}" in said
        assert f"stoppen?: {step}" not in said  # the customer's step is not the company's to stop
    assert "stoppen?: Aannemer stuurt een brief" in said  # the company's own still is
    pages, slides = _flat(pdf_text(out / "huidig-gaps.pdf")), _flat(slide_text(out / "huidig-gaps.pptx"))
    for step in LEFT_BEHIND:
        assert f"Niet meer in de ideale reis (klantstap van nu): Wat doet de huurder?: {step}" in pages
        assert step in slides
    sheet = openpyxl.load_workbook(out / "huidig-gaps.xlsx")["Niet meer in ideaal"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows == [
        ["Fase", "Baan", "Item", "Cel"],
        ["Melden", "Wat doet de huurder?", LEFT_BEHIND[0], "Huidig: Klantreis!B5"],
        ["Afspraak", "Wat doet de huurder?", LEFT_BEHIND[1], "Huidig: Klantreis!C5"],
    ]


@pytest.mark.parametrize("extra", ["current", "ideal"])
def test_the_items_of_a_phase_that_could_not_be_aligned_are_in_the_gap_workbook(tmp_path: Path, extra: str) -> None:
    """F10 (round 17): a phase of the current journey only ("Klagen") was said unaligned, but its items were in no
    sheet of the team's workbook (today's: left behind); nor were an ideal-only phase's (missing now)."""
    steps = ("Wat doet de huurder?", "Meldt in de app", "Kiest een tijdvak", "Laat binnen")
    more = {"current": ("Klagen", "Belt de helpdesk"), "ideal": ("Evalueren", "Geeft een cijfer")}[extra]
    sides = {}
    for side, scenario in (("ideal", "Ideaal"), ("current", "Huidig")):
        phases, lane = (PHASES, steps) if side != extra else ((*PHASES, more[0]), (*steps, more[1]))
        sides[side] = rows_canvas(tmp_path / f"{side}.xlsx", [("Scenario", scenario), phases, lane])
    out = tmp_path / "out"
    code, _, stderr = run_clean("gaps", sides["ideal"], sides["current"], "-o", out)
    assert code == 0, stderr
    assert f"could not be aligned by name or position: {more[0]}" in " ".join(stderr.split())
    sheet = "Niet meer in ideaal" if extra == "current" else "Ontbreekt nu"
    rows = [[c.value for c in row][:3] for row in openpyxl.load_workbook(out / "current-gaps.xlsx")[sheet].iter_rows()]
    assert [more[0], "Wat doet de huurder?", more[1]] in rows
