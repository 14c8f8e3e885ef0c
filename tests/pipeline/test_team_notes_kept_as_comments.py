"""Round 20 (newuser F6): the team's note on a card (the changes sheet's note column) was said once and then lost;
``apply`` keeps it as a comment on the card's cell in the new version, signed as the team's note, and says so.
Read again, it is no canvas text: not a note printed on the poster, said in ``--explain``."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.comments import Comment

from canvasgen.pipeline.apply import ApplyOptions, apply_changes, told
from canvasgen.read.grid import TEAM_NOTE_AUTHOR
from tests.support.other_formats import ods, ods_sheet
from tests.support.reading import read_canvas
from tests.support.team_notes import KNIE
from tests.support.workbooks import make_book
from tests.support.workshop import TODAY, fill, kit_of

CANVAS = KNIE  # the knee canvas the tests of team notes share
NOTE = "Arts wil dit anders formuleren"


def _texts(path: Path) -> list[str]:
    canvas = read_canvas(path)
    return [n.text for n in canvas.notes] + [n.text for j in canvas.journeys for n in j.notes]


def test_a_note_on_a_card_is_kept_as_a_comment_on_its_cell_and_never_read_as_canvas_text(tmp_path: Path) -> None:
    source = make_book(tmp_path / "knie.xlsx", {"Knie": CANVAS})
    book = openpyxl.load_workbook(source)
    book["Knie"]["D3"].comment = Comment("Klopt dit nog?", "Marieke")  # the client's own comment stays theirs
    book.save(source)
    assert _texts(source) == ["Klopt dit nog?"]
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F2-KP-01"], 6): "Hoort de diagnose artrose", (rows["F2-KP-01"], 7): NOTE})
    out = tmp_path / "knie-v2.xlsx"
    applied = apply_changes(source, changes, out, ApplyOptions(today=TODAY))
    written = openpyxl.load_workbook(out)["Knie"]
    assert written["C2"].value == "Hoort de diagnose artrose"
    assert (written["C2"].comment.author, written["C2"].comment.text) == (TEAM_NOTE_AUTHOR, NOTE)
    assert (written["D3"].comment.author, written["D3"].comment.text) == ("Marieke", "Klopt dit nog?")
    lines, _ = told(applied, source, changes)
    [kept] = [line for line in lines if line.key == "team_note_kept"]
    assert kept.values["cell"] == "Knie!C2" and kept.text.endswith(
        f"kept as a comment on Knie!C2 of knie-v2.xlsx, not as canvas text: {NOTE}"
    )
    assert _texts(out) == ["Klopt dit nog?"]  # the team's note is no note of the canvas
    assert any("1 note(s) of the team kept as comments by apply (C2)" in line for line in read_canvas(out).reading)


def test_a_note_on_a_card_of_an_ods_is_kept_as_a_comment_in_the_new_workbook(tmp_path: Path) -> None:
    source = ods(tmp_path / "knie.ods", {"Knie": ods_sheet(CANVAS)})
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F3-PP-01"], 7): NOTE, (rows["F1-KP-01"], 6): "Krijgt een brief met de verkeerde locatie"})
    out = tmp_path / "knie-v2.xlsx"
    applied = apply_changes(source, changes, out, ApplyOptions(today=TODAY))
    sheet = openpyxl.load_workbook(out)["Knie"]
    [cell] = [c for row in sheet.iter_rows() for c in row if c.comment and c.comment.author == TEAM_NOTE_AUTHOR]
    assert (cell.value, cell.comment.text) == ("Nuchter wachten", NOTE)
    lines, _ = told(applied, source, changes)
    assert [line.values["cell"] for line in lines if line.key == "team_note_kept"] == [f"Knie!{cell.coordinate}"]
    assert NOTE not in _texts(out)
