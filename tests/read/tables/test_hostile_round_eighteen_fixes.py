"""Round 18, hostile tester's findings: each read end to end from a small workbook made here."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.model import EmpathyQuadrant
from canvasgen.read.reader import read_canvas
from tests.support.read_back import lost_lines

PHASES = ["Oriënteren", "Vergelijken", "Kopen", "Gebruiken"]


def _grid(ws, lanes: list[tuple[str, list[str]]], top: int = 1) -> None:  # type: ignore[no-untyped-def]
    for j, phase in enumerate(PHASES):
        ws.cell(top, 2 + j, phase)
    for i, (label, texts) in enumerate(lanes):
        ws.cell(top + 1 + i, 1, label)
        for j, text in enumerate(texts):
            ws.cell(top + 1 + i, 2 + j, text)


def _empathy_map(ws, title: str, top: int = 1) -> None:  # type: ignore[no-untyped-def]
    ws.cell(top, 8, title)
    ws.cell(top + 1, 8, "Denkt & voelt")
    ws.cell(top + 1, 9, "Zegt & doet")
    ws.cell(top + 2, 8, "Bang voor fouten")
    ws.cell(top + 2, 9, "Vraagt collega om advies")
    ws.cell(top + 3, 8, "Ziet")
    ws.cell(top + 3, 9, "Hoort")
    ws.cell(top + 4, 8, "Concurrenten op LinkedIn")
    ws.cell(top + 4, 9, "Verhalen over hacks")


def test_an_empathy_map_right_of_a_canvas_with_a_pain_lane_leaves_the_canvas_a_journey(tmp_path: Path) -> None:
    # F1: the canvas's "Pijnpunten" lane was taken as the map's Pains box and pulled the canvas into the map
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Klantreis"
    _grid(ws, [("Klantacties", ["e1 zoekt", "e2 leest", "e3 bestelt", "e4 fietst"]),
               ("Pijnpunten", ["f1 stress", "f2 twijfel", "f3 boos", "f4 blij"])])  # fmt: skip
    _empathy_map(ws, "Empathy map")
    path = tmp_path / "kaart.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == PHASES
    assert [lane.label for lane in journey.lanes] == ["Klantacties", "Pijnpunten"]
    assert [i.text for cell in journey.lanes[1].cells for i in cell] == ["f1 stress", "f2 twijfel", "f3 boos", "f4 blij"]
    (found,) = canvas.empathy_maps
    assert EmpathyQuadrant.PAINS not in found.headings
    assert all(p.name is None or p.name.text not in PHASES for p in canvas.personas)
    assert lost_lines(path, canvas) == []


def test_the_journeys_title_and_the_maps_title_each_stay_their_own(tmp_path: Path) -> None:
    # F1b: the journey's title line (A1) was taken as the map's title, the map's ("Empathiekaart Sanne") as the journey's
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Klantreis"
    ws["A1"] = "Klantreis: Fiets kopen"
    _grid(ws, [("Klantacties", ["k0", "k1", "k2", "k3"]), ("Kansen", ["s0", "s1", "s2", "s3"])], top=3)
    _empathy_map(ws, "Empathiekaart Sanne")
    path = tmp_path / "titels.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert journey.name == "Fiets kopen"
    (found,) = canvas.empathy_maps
    assert found.title is not None and found.title.text == "Empathiekaart Sanne"
    assert [p.name.text for p in canvas.personas if p.name is not None] == ["Sanne"]
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "the empathy map is of persona 'Sanne'" in explained
