"""A pain table under two persona blocks whose column names the persona of each row (issue #30, shapes F13):
each row is that persona's frustration (all went to the left block's persona, the other's name as text in it),
said in ``check --explain``; a table naming no other persona stays the block's, as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book


def _book(path: Path, who: tuple[str, str], header: str = "Wie") -> Path:
    cells: dict[str, object] = {"A1": "Veld", "B1": "Details", "D1": "Veld", "E1": "Details"}
    for row, (label, left, right) in enumerate(
        [("Naam", "Sofie Peeters", "Ruben Claes"), ("Leeftijd", "34", "61"), ("Beroep", "Kapster", "Boer")], start=2
    ):
        cells[f"A{row}"], cells[f"B{row}"], cells[f"D{row}"], cells[f"E{row}"] = label, left, label, right
    cells.update({"A6": "Pijnpunt", "B6": header, "C6": "Ernst"})
    cells.update({"A7": "Formulier kwijt na time-out", "B7": who[0], "C7": "hoog"})
    cells.update({"A8": "Geen bereik op het erf", "B8": who[1], "C8": "middel"})
    return make_book(path, {"Persona's": cells})


@pytest.mark.parametrize("who", [("Ruben", "Sofie"), ("Ruben Claes", "Ruben Claes")])
def test_each_row_goes_to_the_persona_its_column_names(tmp_path: Path, who: tuple[str, str]) -> None:
    path = _book(tmp_path / "personas.xlsx", who)
    canvas = read_canvas(path)
    sofie, _ = canvas.personas
    assert sofie.name is not None and sofie.name.text == "Sofie Peeters"
    frustrations = {p.name.text: p.get("frustrations") for p in canvas.personas if p.name}
    if who[1] == "Sofie":
        assert frustrations == {
            "Ruben Claes": "Formulier kwijt na time-out · hoog",
            "Sofie Peeters": "Geen bereik op het erf · middel",
        }
    else:
        assert frustrations == {
            "Sofie Peeters": "",
            "Ruben Claes": "Formulier kwijt na time-out · hoog\nGeen bereik op het erf · middel",
        }
    said = " ".join(" ".join(canvas.reading).split())
    assert "read as frustrations, each row of the persona its column B ('Wie') names" in said
    assert lost_lines(path, canvas) == []


def test_a_table_naming_no_other_persona_stays_the_blocks(tmp_path: Path) -> None:
    path = _book(tmp_path / "personas.xlsx", ("Sofie", "Sofie"))
    canvas = read_canvas(path)
    sofie, ruben = canvas.personas
    assert (
        sofie.get("frustrations")
        == "Formulier kwijt na time-out · Sofie · hoog\nGeen bereik op het erf · Sofie · middel"
    )
    assert ruben.get("frustrations") == ""
