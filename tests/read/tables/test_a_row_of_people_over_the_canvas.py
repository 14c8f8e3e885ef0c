"""A row "Persona | Sanne | Joost | Fatima | Kees" over a canvas (round 19, hostile tester's F16 rest): a row either
is the map's persona or its cells are notes, never half of each — it was read as the persona "Sanne" while the
warning said the row was kept as notes and Joost, Fatima and Kees were notes. Several people after the label: the
whole row is notes, said with a correction that reads each as a persona; one person alone: the map's persona, and
no warning that says otherwise."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from canvasgen.read.corrections import from_options
from canvasgen.read.reader import read_canvas
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas as read_kept


def _book(path: Path, people: list[str], gap: int) -> Path:
    """The hostile tester's sheet: the row of people, ``gap`` blank rows, a canvas with its score row."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Klantreis"
    for j, word in enumerate(["Persona", *people], start=1):
        sheet.cell(1, j, word)
    top = 2 + gap
    for j, phase in enumerate(["Oriënteren", "Vergelijken", "Kopen", "Gebruiken"], start=2):
        sheet.cell(top, j, phase)
    for i, (lane, cells) in enumerate(
        [
            ("Klantproces", ["zoekt", "vergelijkt", "koopt", "gebruikt"]),
            ("Pijnpunten", ["veel", "traag", "duur", "stuk"]),
            ("Score", [0, -1, 1, 2]),
        ],
        start=top + 1,
    ):
        for j, text in enumerate([lane, *cells], start=1):
            sheet.cell(i, j, text)
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("people", "gap"),
    [(["Sanne", "Joost", "Fatima", "Kees"], 0), (["Sanne", "Joost", "Fatima", "Kees"], 1), (["Sanne", "Joost"], 1)],
)
def test_a_row_of_several_people_is_notes_whole_and_said(tmp_path: Path, people: list[str], gap: int) -> None:
    path = _book(tmp_path / "reis.xlsx", people, gap)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Oriënteren", "Vergelijken", "Kopen", "Gebruiken"]
    assert "persona" not in journey.meta
    assert journey.name == "Klantreis"
    assert [note.text for note in journey.notes][: len(people) + 1] == ["Persona", *people]
    (said,) = [w.message for w in canvas.warnings if "people after 'Persona'" in w.message]
    assert "none of them is the map's persona" in said and "--sheet 'Klantreis=personas'" in said
    assert not [w for w in canvas.warnings if "may be a persona" in w.message]
    assert lost_lines(path, canvas) == []
    corrected = read_kept(path, corrections=from_options(None, None, None, (), roles=("Klantreis=personas",)))
    assert [p.name.text for p in corrected.personas if p.name is not None] == people
    assert [len(j.phases) for j in corrected.journeys] == [4]


def test_one_person_after_the_label_is_the_maps_persona_and_no_note(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path / "reis.xlsx", ["Sanne"], 1))
    (journey,) = canvas.journeys
    assert journey.meta["persona"].text == "Sanne"
    assert not journey.notes
    assert not [w for w in canvas.warnings if "persona" in w.message.casefold()]
