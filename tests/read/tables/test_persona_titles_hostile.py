"""Persona titles over key/value blocks, near round 23's shape ("Persona: Maya Jansen" over "Veld | Details")
but not it (hostile round 24):

- a numbered title ("Persona 1: Maya Jansen") left the persona unnamed and read its header pair as a field
  ("veld: Details");
- a title with a colon in its remark ("Persona: Maya: de twijfelaar") left the persona unnamed;
- two blocks side by side, each under a title of its own, were joined into one persona of no name, both titles
  left as notes: two people's ages and jobs on one card."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli import run_clean
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

_FIELDS = [("Leeftijd", "34"), ("Beroep", "Docent")]


def _block(cells: dict[str, object], col: str, title: str, fields: list[tuple[str, str]]) -> None:
    value = chr(ord(col) + 1)
    cells[f"{col}1"] = title
    cells[f"{col}2"], cells[f"{value}2"] = "Veld", "Details"
    for row, (label, text) in enumerate(fields, start=3):
        cells[f"{col}{row}"], cells[f"{value}{row}"] = label, text


@pytest.mark.parametrize(
    ("title", "name", "noted"),
    [
        ("Persona 1: Maya Jansen", "Maya Jansen", False),
        ("Persona #2 – Maya Jansen", "Maya Jansen", False),
        ("Persona: Maya: de twijfelaar", "Maya", True),  # the remark after the colon kept, as after a comma
    ],
)
def test_a_numbered_title_or_a_colon_in_it_names_the_block(tmp_path: Path, title: str, name: str, noted: bool) -> None:
    cells: dict[str, object] = {}
    _block(cells, "A", title, _FIELDS)
    canvas = read_canvas(make_book(tmp_path / "persona.xlsx", {"Persona": cells}))
    (persona,) = canvas.personas
    assert persona.name is not None and persona.name.text == name  # was: no name
    assert {item.text for item in persona.fields.values()} == {"34", "Docent"}  # was: 'Details' a field too
    assert [n.text for n in canvas.notes] == ([title] if noted else [])


def test_two_blocks_side_by_side_each_under_its_title_are_two_personas(tmp_path: Path) -> None:
    cells: dict[str, object] = {}
    _block(cells, "A", "Persona: Maya Jansen", _FIELDS)
    _block(cells, "D", "Persona: Tom Bakker", [("Leeftijd", "51"), ("Beroep", "Akkerbouwer")])
    path = make_book(tmp_path / "personas.xlsx", {"Persona": cells})
    canvas = read_canvas(path)
    found = {p.name.text if p.name else None: {i.text for i in p.fields.values()} for p in canvas.personas}
    assert found == {"Maya Jansen": {"34", "Docent"}, "Tom Bakker": {"51", "Akkerbouwer"}}  # was: one, unnamed
    assert canvas.notes == []
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert "2 personas read: Maya Jansen, Tom Bakker" in out
    assert "the title in D1 ('Persona: Tom Bakker') names the persona of the block at D3: 'Tom Bakker'" in out


def test_one_title_over_two_blocks_still_joins_them(tmp_path: Path) -> None:
    """Round 23's shape stays: a block beside with no title of its own is more of the titled persona."""
    cells: dict[str, object] = {}
    _block(cells, "A", "Persona: Maya Jansen", _FIELDS)
    _block(cells, "D", "", [("Frustraties", "Lange wachtlijst")])
    del cells["D1"]
    (persona,) = read_canvas(make_book(tmp_path / "persona.xlsx", {"Persona": cells})).personas
    assert persona.name is not None and persona.name.text == "Maya Jansen"
    assert {i.text for i in persona.fields.values()} == {"34", "Docent", "Lange wachtlijst"}
