"""Round 20 (new user, F5): the deck's "Verbeteracties" table showed a Prioriteit (Hoog/Midden/Laag) the client
never wrote, taken from the phases' scores without a word. Its header says where it comes from; a canvas
without scores keeps the plain header over an empty column, for the team to fill in."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from tests.support.layouts import build_deck
from tests.support.workbooks import make_book


def _action_headers(deck: Path) -> list[list[str]]:
    return [
        [cell.text for cell in shape.table.rows[0].cells]
        for slide in Presentation(str(deck)).slides
        for shape in slide.shapes
        if shape.has_table and shape.table.rows[0].cells[1].text == "Actie"
    ]


@pytest.mark.parametrize("scored", [True, False])
def test_the_priority_column_says_it_comes_from_the_score(tmp_path: Path, scored: bool) -> None:
    cells: dict[str, object] = {
        "A1": "Fase",
        "B1": "Verwijzing",
        "C1": "Nazorg",
        "A2": "Klantproces",
        "B2": "Krijgt een brief",
        "C2": "Belt de poli",
        "A3": "Verbeterpunten",
        "B3": "Eén locatie noemen in brief en portaal",
        "C3": "Terugbelverzoek aanbieden",
    }
    if scored:
        cells |= {"A4": "Cijfer (1-10)", "B4": 3, "C4": 8}
    deck = build_deck(make_book(tmp_path / "knie.xlsx", {"Traject": cells}), tmp_path / "out")
    (header,) = _action_headers(deck)
    assert header == ["Fase", "Actie", "Eigenaar", "Prioriteit (uit de score)" if scored else "Prioriteit"]
    rows = [
        [cell.text for cell in row.cells]
        for slide in Presentation(str(deck)).slides
        for shape in slide.shapes
        if shape.has_table and shape.table.rows[0].cells[1].text == "Actie"
        for row in list(shape.table.rows)[1:]
    ]
    assert [row[3] for row in rows] == (["Hoog", "Laag"] if scored else ["", ""])
