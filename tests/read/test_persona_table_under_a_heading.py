"""A "Persona's" heading over a table "Naam | Beschrijving", one of its rows named "Persona 3" (a placeholder name)
(round 19, hostile tester's F11): three personas, one a row, not one persona 'Beschrijving' whose fields are the
others' names."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from canvasgen.read.reader import read_canvas

_ROWS = [
    ("Sanne", "Verpleegkundige, 34, fietst elke dag"),
    ("Joost", "Student, 21, koopt tweedehands"),
    ("Persona 3", "Gepensioneerd, wil een e-bike"),
]


def _book(path: Path, heading: str | None) -> Path:
    book = openpyxl.Workbook()
    canvas = book.active
    assert canvas is not None
    canvas.title = "Klantreis"
    for j, phase in enumerate(["Oriënteren", "Kopen", "Gebruiken"], start=2):
        canvas.cell(1, j, phase)
        canvas.cell(2, j, f"Doet {phase.lower()}")
        canvas.cell(3, j, f"Last bij {phase.lower()}")
    canvas["A2"], canvas["A3"] = "Klantproces", "Pijnpunten"
    sheet = book.create_sheet("Doelgroep")
    top = 1
    if heading is not None:
        sheet["A1"], top = heading, 2
    sheet.cell(top, 1, "Naam")
    sheet.cell(top, 2, "Beschrijving")
    for i, (name, bio) in enumerate(_ROWS, start=top + 1):
        sheet.cell(i, 1, name)
        sheet.cell(i, 2, bio)
    book.save(path)
    return path


@pytest.mark.parametrize("heading", ["Persona's", None])
def test_a_row_named_persona_3_is_one_persona_of_three(tmp_path: Path, heading: str | None) -> None:
    canvas = read_canvas(_book(tmp_path / "doelgroep.xlsx", heading))
    assert [p.name.text for p in canvas.personas if p.name is not None] == [name for name, _ in _ROWS]
    assert [p.fields["bio"].text for p in canvas.personas] == [bio for _, bio in _ROWS]
