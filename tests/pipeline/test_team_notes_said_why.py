"""Round 21 (hostile F8): every note ``apply`` did not keep was said "not part of the canvas", even a note on a
real card. Each is now said with its reason: its card's cell holds the client's comment already; nothing was
written; its card was removed (a new workbook has no cell of it)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.comments import Comment

from canvasgen.analysis.changes import NoteLeft
from canvasgen.pipeline.apply import ApplyOptions, apply_changes, told
from canvasgen.pipeline.result import Said
from tests.support.other_formats import ods, ods_sheet
from tests.support.team_notes import KNIE
from tests.support.workbooks import make_book
from tests.support.workshop import TODAY, fill, kit_of

NOTE = "Navragen bij de poli"


def _said_of_the_note(source: Path, changes: Path, out: Path) -> Said:
    applied = apply_changes(source, changes, out, ApplyOptions(today=TODAY))
    lines, _ = told(applied, source, changes)
    [said] = [line for line in lines if line.key.startswith("team_note")]
    assert said.text.endswith(f": {NOTE}") and "not part of the canvas" not in said.text  # on a real card
    return said


def test_a_note_on_a_cell_with_the_clients_comment_says_so_naming_the_cell(tmp_path: Path) -> None:
    source = make_book(tmp_path / "knie.xlsx", {"Knie": KNIE})
    book = openpyxl.load_workbook(source)
    book["Knie"]["B2"].comment = Comment("Klopt dit nog?", "Marieke")
    book.save(source)
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-KP-01"], 7): NOTE, (rows["F2-KP-01"], 6): "Hoort de diagnose artrose"})
    said = _said_of_the_note(source, changes, tmp_path / "knie-v2.xlsx")
    assert (said.key, said.values["cell"]) == ("team_note_commented", "Knie!B2")
    assert "its card's cell Knie!B2 already holds a comment, kept as it was" in said.text
    assert openpyxl.load_workbook(tmp_path / "knie-v2.xlsx")["Knie"]["B2"].comment.text == "Klopt dit nog?"


def test_a_note_alone_says_nothing_was_written(tmp_path: Path) -> None:
    source = make_book(tmp_path / "knie.xlsx", {"Knie": KNIE})
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F2-KP-01"], 7): NOTE})
    said = _said_of_the_note(source, changes, tmp_path / "knie-v2.xlsx")
    assert said.key == "team_note_unwritten" and "nothing was written (knie-v2.xlsx was not made)" in said.text


def test_a_note_on_a_card_removed_from_a_new_workbook_says_it_was_removed(tmp_path: Path) -> None:
    source = ods(tmp_path / "knie.ods", {"Knie": ods_sheet(KNIE)})
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F3-PP-01"], 5): "weg", (rows["F3-PP-01"], 7): NOTE})
    said = _said_of_the_note(source, changes, tmp_path / "knie-v2.xlsx")
    assert said.key == "team_note_removed" and "card F3-PP-01 was removed, so knie-v2.xlsx has no cell" in said.text


def test_the_page_has_words_for_every_reason_in_each_of_its_languages() -> None:
    """The page says each line in its own words: one sentence per reason in each language block of the page."""
    page = (Path(__file__).parents[2] / "canvasgen" / "web" / "page" / "app.js").read_text(encoding="utf-8")
    languages = page.count('"said.team_note_kept":')
    assert languages >= 3
    keys = [f"team_note_{reason.value}" for reason in NoteLeft if reason is not NoteLeft.NO_CARD]
    for key in [*keys, "team_note_kept_new", "team_note_kept_removed"]:
        assert page.count(f'"said.{key}":') == languages, key
