"""A "Persona's" heading over a table "Naam | Beschrijving", one of its rows named "Persona 3" (a placeholder name)
(round 19, hostile tester's F11): three personas, one a row, not one persona 'Beschrijving' whose fields are the
others' names."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.read.reader import read_canvas
from tests.support.workbooks import small_journey_book

_ROWS = [
    ("Sanne", "Verpleegkundige, 34, fietst elke dag"),
    ("Joost", "Student, 21, koopt tweedehands"),
    ("Persona 3", "Gepensioneerd, wil een e-bike"),
]


def _book(path: Path, heading: str | None) -> Path:
    book, _ = small_journey_book()
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
