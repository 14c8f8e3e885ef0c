"""One persona on two sheets under the same name ("Persona": name, age, job; "Persona details": name, frustrations,
quote) (round 19, hostile tester's F12): one persona, the fields joined, said in ``--explain``; a field the two
sheets give otherwise is kept twice and warned. Two personas of one name on one sheet stay two."""

from __future__ import annotations

from pathlib import Path

from canvasgen.read.reader import read_canvas
from tests.support.workbooks import small_journey_book


def _book(path: Path, second_age: str | None) -> Path:
    book, _ = small_journey_book()
    first = book.create_sheet("Persona")
    first.append(["Naam", "Leeftijd", "Beroep"])
    first.append(["Sanne de Vries", "34", "Verpleegkundige"])
    details = book.create_sheet("Persona details")
    heads, values = ["Naam", "Frustraties", "Citaat"], ["Sanne de Vries", "Wachten op de bus", "Ik wil het nu"]
    if second_age is not None:
        heads, values = [*heads, "Leeftijd"], [*values, second_age]
    details.append(heads)
    details.append(values)
    book.save(path)
    return path


def test_one_name_on_two_sheets_is_one_persona_with_every_field(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path / "sanne.xlsx", None))
    (persona,) = canvas.personas
    assert persona.name is not None and persona.name.text == "Sanne de Vries"
    texts = {item.text for item in persona.fields.values()}
    assert {"34", "Verpleegkundige", "Wachten op de bus", "Ik wil het nu"} <= texts
    assert any("is the one of sheet 'Persona'" in line for line in canvas.reading)


def test_a_field_the_sheets_give_otherwise_is_kept_twice_and_warned(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path / "sanne.xlsx", "35"))
    (persona,) = canvas.personas
    assert {"34", "35"} <= {item.text for item in persona.fields.values()}
    (said,) = [w.message for w in canvas.warnings if "is on sheets 'Persona' and 'Persona details'" in w.message]
    assert "('34' and '35'): both kept" in said
