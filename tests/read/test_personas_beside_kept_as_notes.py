"""A persona block beside the canvas ("Persona's" over name | description rows) kept as notes (round 18, new
user's finding 3): its heading titles those notes (never a bullet of its own), ``--explain`` calls only the
heading a heading, and the warning says how to make them personas — which then works."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from canvasgen.read.reader import read_canvas

_PERSONAS = [
    ("Sanne (21), student", "Verhuist voor haar studie naar een studentenkamer; regelt alles met DigiD."),
    ("Gezin De Vries", "Ouders met twee kinderen die een koopwoning betrekken; zoeken een school."),
]


def _book(path: Path, moved: bool) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Ideaal"
    sheet["A1"], sheet["B1"] = "Klant", "Gemeente Zuiderveen"
    if moved:  # as the warning says: a sheet named 'Personas', one a row under 'Naam | Beschrijving'
        personas = book.create_sheet("Personas")
        personas.append(["Naam", "Beschrijving"])
        for line in _PERSONAS:
            personas.append(list(line))
    else:
        sheet["H3"] = "Persona's"
        for i, (name, text) in enumerate(_PERSONAS, start=4):
            sheet.cell(i, 8, name)
            sheet.cell(i, 9, text)
    sheet.cell(10, 1, "Fase")
    for j, phase in enumerate(["Aandacht", "Afweging", "Actie", "Altijd", "Advocaat"], start=2):
        sheet.cell(10, j, phase)
    for i, lane in enumerate(["Wat doet de inwoner?", "Contactmomenten", "Emoties"], start=11):
        sheet.cell(i, 1, lane)
        for j in range(2, 7):
            sheet.cell(i, j, f"{lane.split()[0]} {j - 1}")
    book.save(path)
    return path


def test_a_persona_heading_titles_its_notes_and_says_how_to_make_them_personas(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path / "verhuizen.xlsx", moved=False))
    (journey,) = canvas.journeys
    assert not canvas.personas
    assert journey.notes_title is not None and journey.notes_title.text == "Persona's"
    titled, rest = journey.titled_notes()
    assert [n.text.split(" · ")[0] for n in titled] == [name for name, _ in _PERSONAS] and not rest
    assert "Persona's" not in [n.text for n in journey.notes]
    (kept,) = [w.message for w in canvas.warnings if "kept as notes" in w.message and "H4:I4" in w.message]
    assert "under 'Persona's' (H3) look like personas" in kept and "a sheet named 'Personas'" in kept
    headings = [line for line in journey.reading if "stands over the notes in its column" in line]
    assert len(headings) == 1 and "Ideaal!H3" in headings[0]


def test_the_personas_moved_as_said_are_read_as_personas(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path / "verhuizen.xlsx", moved=True))
    assert [p.name.text for p in canvas.personas if p.name] == [name for name, _ in _PERSONAS]
