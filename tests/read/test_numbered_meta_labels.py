"""Numbered labels over a canvas ("Persona 1", "Persona 2" with a value beside each) (round 18, new user's
finding 14): the label names the field, its value is the cell beside it — never the persona "1"; a second
numbered label stays a note with its value; what was read is said in ``--explain``."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from canvasgen.read.reader import read_canvas


def _book(path: Path, values: bool) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Huidige reis"
    sheet["A1"] = "Verhuizen naar onze gemeente"
    sheet["A3"], sheet["A4"] = "Persona 1", "Persona 2"
    if values:
        sheet["B3"], sheet["B4"] = "Sanne, 21, student verpleegkunde", "Gezin De Vries"
        sheet["D3"], sheet["E3"] = "Doel", "Huurtoeslag"
        sheet["D4"], sheet["E4"] = "Doel", "School geregeld"
    sheet["A6"], sheet["B6"] = "Versie", 0.9
    sheet.cell(9, 1, "Fase")
    for j, phase in enumerate(["Aandacht", "Afweging", "Actie"], start=2):
        sheet.cell(9, j, phase)
    for i, lane in enumerate(["Wat doet de inwoner?", "Touchpoints", "Emoties"], start=10):
        sheet.cell(i, 1, lane)
        for j in range(2, 5):
            sheet.cell(i, j, f"{lane.split()[0]} {j - 1}")
    book.save(path)
    return path


def test_a_numbered_persona_label_takes_the_value_beside_it_and_says_so(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path / "v3.xlsx", values=True))
    (journey,) = canvas.journeys
    assert journey.meta["persona"].text == "Sanne, 21, student verpleegkunde"
    assert journey.meta["version"].text == "0.9"
    assert any("'Persona 1' (A3) read as the label of the persona" in line for line in journey.reading)
    assert any("'Persona 2' (A4)" in line and "kept as notes" in line for line in journey.reading)
    notes = [note.text for note in journey.notes]
    assert "Gezin De Vries" in " ".join(notes) and "Persona 2" in " ".join(notes)
    (said,) = [w.message for w in canvas.warnings if "holds personas numbered" in w.message]
    assert said.startswith("A3:E4") and "a sheet named 'Personas'" in said
    # the block stands two blank rows over the canvas: no journey of its own, said
    assert any("(labelled 'Persona 2', 'Versie') hold fields of the map's header" in line for line in journey.reading)


def test_numbered_personas_moved_as_said_are_read_as_personas(tmp_path: Path) -> None:
    path = _book(tmp_path / "v3.xlsx", values=False)
    book = openpyxl.load_workbook(path)
    sheet = book.create_sheet("Personas")
    for line in (["Naam", "Doel"], ["Sanne, 21, student verpleegkunde", "Huurtoeslag"], ["Gezin De Vries", "School"]):
        sheet.append(line)
    book.save(path)
    canvas = read_canvas(path)
    assert [p.name.text for p in canvas.personas if p.name] == ["Sanne, 21, student verpleegkunde", "Gezin De Vries"]


def test_a_numbered_label_alone_is_no_value(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path / "v3.xlsx", values=False))
    (journey,) = canvas.journeys
    assert "persona" not in journey.meta
    assert "Persona 1" in " ".join(note.text for note in journey.notes)
