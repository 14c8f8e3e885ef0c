"""Round 21, new user F3: a figures sheet with no column naming a journey was drawn on every member's current
journey of a buying group (the partner's Win rate on the IT contact's page), and check did not say so. Such figures
are the workbook's: drawn once, with the first journey of today with their phases, said in plain ``check`` for the
others with the corrections (write it in that journey's KPI lane, or put that journey's sheet first), which work."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from canvasgen.analysis.view import view_of
from canvasgen.cli import main
from canvasgen.layout.poster.map_rows import FigureRow, with_map_rows
from canvasgen.read.reader import read_canvas

PHASES = ["Oriëntatie", "Evaluatie", "Implementatie"]
MEMBERS = ["Partner", "Office manager", "IT-contact"]


def _book(path: Path, members: list[str], lane_figure: str = "") -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for member in members:
        sheet = book.create_sheet(f"{member} huidig")
        sheet.append([f"Koopreis {member.lower()} (huidig)"])
        sheet.append(["Scenario", "Huidig"])
        sheet.append([])
        sheet.append(["Fase", *PHASES])
        sheet.append(["Wat doet de klant?", f"{member} leest", f"{member} vergelijkt", f"{member} installeert"])
        sheet.append(["Pijnpunten", "Veel aanbieders", "Lange demo", "Koppelingen"])
        if lane_figure and member == members[-1]:
            sheet.append(["KPI's", "", lane_figure, ""])
    figures = book.create_sheet("Cijfers")
    figures.append(["Fase", "KPI", "Nu", "Doel"])
    figures.append(["Oriëntatie", "Bereik", 12000, 20000])
    figures.append(["Evaluatie", "Win rate", "22%", "30%"])
    book.save(path)
    return path


def _shown(path: Path) -> dict[str, list[str]]:
    """Each journey's poster map: the words of its row of figures."""
    canvas = read_canvas(path)
    shown = {}
    for journey in canvas.journeys:
        mapped = with_map_rows(journey, canvas, "nl", view_of(journey, canvas))
        rows = [row for row in mapped.added if isinstance(row, FigureRow)]
        words = " ".join(line.text for row in rows for cell in row.cells for line in cell)
        shown[journey.sheet] = [name for name in ("Bereik", "Win rate", "Doorlooptijd vragenlijst") if name in words]
    return shown


def test_the_workbooks_figures_are_drawn_once_and_said_with_a_correction_that_works(tmp_path: Path) -> None:
    path = _book(tmp_path / "koopreis.xlsx", MEMBERS)
    assert _shown(path) == {
        "Partner huidig": ["Bereik", "Win rate"],
        "Office manager huidig": [],
        "IT-contact huidig": [],
    }
    said = " ".join(CliRunner().invoke(main, ["check", str(path)]).output.split())
    assert (
        said.count(
            "figures: 2 figures of sheet 'Cijfers' (no column names a journey) shown once, with journey "
            "'Koopreis partner (huidig)' (sheet 'Partner huidig'), the first with their phases, not with this one — "
            "to show a figure here, write it in this journey's KPI lane, or put this journey's sheet first"
        )
        == 2
    )
    moved = _book(tmp_path / "it-eerst.xlsx", ["IT-contact", "Partner", "Office manager"])  # the correction
    assert _shown(moved)["IT-contact huidig"] == ["Bereik", "Win rate"]
    assert _shown(moved)["Partner huidig"] == []


def test_a_figure_in_a_members_own_kpi_lane_stays_that_members(tmp_path: Path) -> None:
    path = _book(tmp_path / "lane.xlsx", MEMBERS, lane_figure="Doorlooptijd vragenlijst 12 dagen (doel 5 dagen)")
    shown = _shown(path)
    assert shown["IT-contact huidig"] == ["Doorlooptijd vragenlijst"]
    assert shown["Partner huidig"] == ["Bereik", "Win rate"]
