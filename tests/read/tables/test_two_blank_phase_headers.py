"""Two blank phase headers side by side ("Fase 1 | _ | _ | Fase 4") over a lane labelled 'Klantproces' (round 19,
hostile tester's F4): too few names to span the canvas, but a row labelled with a known lane label is never the
phase row; the names' row is, its blank headers phases of their own, named by their place and warned."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from canvasgen.read.reader import read_canvas


def _book(path: Path, first: str, last: str) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Klantreis"
    sheet["B1"], sheet["E1"] = first, last
    sheet["A2"], sheet["A3"] = "Klantproces", "Pijnpunten"
    for j, (action, pain) in enumerate(
        [
            ("Ziet een advertentie", "Te veel reclame"),
            ("Vergelijkt prijzen", "Onduidelijke prijzen"),
            ("Bestelt online", "Betalen mislukt"),
            ("Gebruikt het product", "Handleiding kwijt"),
        ],
        start=2,
    ):
        sheet.cell(2, j, action)
        sheet.cell(3, j, pain)
    book.save(path)
    return path


@pytest.mark.parametrize(("first", "last"), [("Fase 1", "Fase 4"), ("Oriënteren", "Gebruiken")])
def test_the_customer_lane_stays_a_lane_under_two_blank_headers(tmp_path: Path, first: str, last: str) -> None:
    canvas = read_canvas(_book(tmp_path / "blanks.xlsx", first, last))
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == [first, "Fase 2", "Fase 3", last]
    assert [lane.label for lane in journey.lanes] == ["Klantproces", "Pijnpunten"]
    assert [i.text for i in journey.lanes[0].cells[0]] == ["Ziet een advertentie"]
    assert not journey.phase_groups
    said = [w for w in canvas.warnings if "has no phase name" in w.message]
    assert [w.location.cell for w in said] == ["C1", "D1"]
