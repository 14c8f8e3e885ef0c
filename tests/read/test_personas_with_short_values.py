"""Round 16 F7: personas one per column, blank columns between them, whose short values open with a label's
word ("Rol Anna", "Doel: sparen"): only the first persona was read — the column past the blank one was taken
for a key/value block's labels — and the others' fields became loose notes, interleaved, with no warning."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas

LABELS = ["Naam", "Leeftijd", "Rol", "Doelen", "Frustraties", "Citaat"]


def _values(name: str, short: bool) -> list[object]:
    if short:  # a workshop's placeholders: each opens with the label's word
        return [name, 40, f"Rol {name}", f"Doel {name.lower()}", f"frust {name.lower()}", f"cit {name.lower()}"]
    return [name, 40, "Starter", f"Wil snel een huis vinden, zegt {name}", "Te veel formulieren", "Duidelijkheid!"]


@pytest.mark.parametrize("short", [True, False])
@pytest.mark.parametrize("columns", [(2, 4, 6), (2, 5, 8), (2, 3, 5, 6)])
def test_every_persona_of_a_column_is_read_past_blank_columns(
    tmp_path: Path, short: bool, columns: tuple[int, ...]
) -> None:
    names = ["Anna", "Bram", "Chris", "Dirk"][: len(columns)]
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Persona's"
    for row, label in enumerate(LABELS, start=2):
        sheet.cell(row, 1, label)
    for col, name in zip(columns, names, strict=True):
        for row, value in enumerate(_values(name, short), start=2):
            sheet.cell(row, col, value)
    path = tmp_path / "personas.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    assert [p.name.text if p.name else None for p in canvas.personas] == names
    for persona, name in zip(canvas.personas, names, strict=True):
        values = _values(name, short)
        assert persona.get("role") == values[2]  # each field its own persona's, never another's
        assert persona.get("quote") == values[5]
    assert canvas.notes == []
    assert lost_lines(path, canvas) == []
