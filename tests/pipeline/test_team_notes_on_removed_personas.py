"""Round 23 (the workshop loop): a note the team wrote on a persona line they removed, whose cell the removal did not
empty, was only said ("card PE1-02 was removed, so … has no cell of it"): a persona's cells live outside the lanes,
so it had no phase header to go on. It goes on its field's heading (the label of the header field naming the
persona), else on the cell that held it where no other card is read from it, headed with the card, and is said so."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from canvasgen.pipeline.apply import ApplyOptions, apply_changes, told
from canvasgen.read.grid import TEAM_NOTE_AUTHOR
from tests.support.reading import read_canvas
from tests.support.team_notes import comments_by_sheet
from tests.support.workbooks import Cells, make_book
from tests.support.workshop import TODAY, fill, kit_of

LANES: Cells = {
    "A4": "Fase",
    "B4": "Oriëntatie",
    "C4": "Aankoop",
    "A5": "Klantproces",
    "B5": "Zoekt een e-bike",
    "C5": "Koopt in de winkel",
    "A6": "Pijnpunten",
    "B6": "Te veel keuze",
    "C6": "Lange levertijd",
}
AGE = "Leeftijd doet er voor de fiets niet toe"
NAME = "Maya valt buiten de doelgroep"


def _removed(tmp_path: Path, source: Path, card: str, note: str) -> tuple[Path, list[str], str]:
    """``card`` removed with ``note`` beside it: the new version, what apply said of the note and the note's cell
    in the changes workbook, as apply names it."""
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows[card], 5): "weg", (rows[card], 7): note})
    out = tmp_path / f"{source.stem}-v2.xlsx"
    applied = apply_changes(source, changes, out, ApplyOptions(today=TODAY))
    assert applied.removed == 1
    lines, _ = told(applied, source, changes)
    return (
        out,
        [line.text for line in lines if line.key.startswith("team_note")],
        f"{changes}: Wijzigingen!G{rows[card]}",
    )


def test_a_note_on_an_age_removed_beside_the_persona_s_name_goes_on_the_field_s_label(tmp_path: Path) -> None:
    source = make_book(
        tmp_path / "fiets.xlsx",
        {"Klantreis": {"A1": "Klantreis: een e-bike", "A2": "Persona", "B2": "Jan de Vries (45)", **LANES}},
    )
    persona = read_canvas(source).personas[0]
    assert (persona.name.text if persona.name else "", persona.get("age")) == ("Jan de Vries", "45")
    out, said, where = _removed(tmp_path, source, "PE1-02", AGE)
    sheet = openpyxl.load_workbook(out)["Klantreis"]
    assert (sheet["B2"].value, sheet["B2"].comment) == ("Jan de Vries", None)  # the name stays, its brackets gone
    assert (sheet["A2"].value, sheet["A2"].comment.author) == ("Persona", TEAM_NOTE_AUTHOR)
    assert sheet["A2"].comment.text.endswith(f": '45'\n{AGE}")
    assert set(comments_by_sheet(out)["Klantreis"]) == {"A2"}
    assert said == [
        f"the team's note on card PE1-02, removed ('45'; {where}), is kept as a comment on Klantreis!A2 of "
        f"fiets-v2.xlsx, its field's heading, as its cell still holds other words, under the card's text, not as "
        f"canvas text: {AGE}"
    ]
    again = read_canvas(out)  # the journey's persona, by name alone: no age of theirs left
    assert again.journeys[0].meta["persona"].text == "Jan de Vries" and not any(p.get("age") for p in again.personas)


def test_a_note_on_a_persona_s_name_removed_from_its_title_stays_on_the_title_s_cell(tmp_path: Path) -> None:
    persona: Cells = {
        "A1": "Persona: Maya Jansen",
        "A3": "Leeftijd",
        "B3": "34",
        "A4": "Doelen",
        "B4": "Snel naar werk",
    }
    source = make_book(
        tmp_path / "maya.xlsx", {"Klantreis": {"A1": "Klantreis: een e-bike", **LANES}, "Persona": persona}
    )
    assert [p.name.text for p in read_canvas(source).personas if p.name] == ["Maya Jansen"]
    out, said, _ = _removed(tmp_path, source, "PE1-01", NAME)
    sheet = openpyxl.load_workbook(out)["Persona"]
    assert (sheet["A1"].value, sheet["A1"].comment.author) == ("Persona:", TEAM_NOTE_AUTHOR)
    assert sheet["A1"].comment.text == f"Kaart weggehaald uit Maya Jansen: 'Maya Jansen'\n{NAME}"
    assert set(comments_by_sheet(out)["Persona"]) == {"A1"}
    assert len(said) == 1 and "is kept as a comment on Persona!A1 of maya-v2.xlsx, the cell that held it, " in said[0]
    assert said[0].endswith(f"whose other words are no card, under the card's text, not as canvas text: {NAME}")
    assert not any(NAME in note.text for note in read_canvas(out).notes)  # a comment, never the canvas's words
