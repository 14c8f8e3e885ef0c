"""A notes heading ("Notities") alone on its row right under the last lane, no blank row between, a note under it
(round 19, hostile tester's F26): the table ends above the heading; the note is a note under its heading, not an
empty lane labelled with the note's text. A lane labelled so with items beside it is still a lane."""

from __future__ import annotations

from pathlib import Path

from canvasgen.read.reader import read_canvas
from tests.support.workbooks import small_journey_book


def _book(path: Path, beside: list[str]) -> Path:
    book, sheet = small_journey_book()
    sheet["A4"], sheet["A5"] = "Notities", "Workshop 12 maart"
    for j, text in enumerate(beside, start=2):
        sheet.cell(4, j, text)
    book.save(path)
    return path


def test_a_note_under_a_notes_heading_right_under_the_canvas_is_a_note(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path / "notities.xlsx", []))
    (journey,) = canvas.journeys
    assert [lane.label for lane in journey.lanes] == ["Klantproces", "Pijnpunten"]
    assert journey.notes_title is not None and journey.notes_title.text == "Notities"
    assert [n.text for n in journey.notes] == ["Workshop 12 maart"]


def test_a_notes_lane_with_items_stays_a_lane(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path / "notities.xlsx", ["Sanne was ziek", "Volgende keer", "Vraag Joost"]))
    (journey,) = canvas.journeys
    assert [lane.label for lane in journey.lanes][:3] == ["Klantproces", "Pijnpunten", "Notities"]
