"""Round 21 (newuser F12, hostile F8): a team note in the row of a NEW card was said "not part of the canvas" and
dropped, while notes on the canvas's cards became comments. It is kept as a comment on the cell the new card was
written into, in a patched workbook and in a new one (an .ods canvas), and said so naming the new card."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from canvasgen.pipeline.apply import ApplyOptions, apply_changes, told
from canvasgen.read.grid import TEAM_NOTE_AUTHOR
from tests.support.other_formats import ods, ods_sheet
from tests.support.team_notes import KNIE
from tests.support.workbooks import make_book
from tests.support.workshop import TODAY, fill, kit_of, new_row

NEW_CARD = "Geen bed vrij op de afdeling"
NOTE = "Idee van Sanne: bellen vooraf"


def _with_a_new_card(source: Path, folder: Path) -> Path:
    changes, rows = kit_of(source, folder)
    at = new_row(rows)
    fill(changes, {(at, 2): "Opname", (at, 3): "Pijnpunten", (at, 4): NEW_CARD, (at, 7): NOTE})
    return changes


def test_a_note_on_a_new_card_is_a_comment_on_the_cell_it_was_written_into(tmp_path: Path) -> None:
    source = make_book(tmp_path / "knie.xlsx", {"Knie": KNIE})
    changes = _with_a_new_card(source, tmp_path)
    out = tmp_path / "knie-v2.xlsx"
    applied = apply_changes(source, changes, out, ApplyOptions(today=TODAY))
    assert applied.added == 1
    cell = openpyxl.load_workbook(out)["Knie"]["D3"]
    assert cell.value.split("\n") == ["Nuchter wachten", NEW_CARD]
    assert (cell.comment.author, cell.comment.text) == (TEAM_NOTE_AUTHOR, NOTE)
    lines, _ = told(applied, source, changes)
    [said] = [line for line in lines if "team_note" in line.key]
    assert said.key == "team_note_kept_new" and said.values["cell"] == "Knie!D3"
    assert said.text.startswith(f"the team's note on the new card {NEW_CARD!r}") and "not part of" not in said.text


def test_a_note_on_a_new_card_of_an_ods_is_a_comment_in_the_new_workbook(tmp_path: Path) -> None:
    source = ods(tmp_path / "knie.ods", {"Knie": ods_sheet(KNIE)})
    changes = _with_a_new_card(source, tmp_path)
    out = tmp_path / "knie-v2.xlsx"
    applied = apply_changes(source, changes, out, ApplyOptions(today=TODAY))
    sheet = openpyxl.load_workbook(out)["Knie"]
    [cell] = [c for row in sheet.iter_rows() for c in row if c.comment and c.comment.author == TEAM_NOTE_AUTHOR]
    assert NEW_CARD in str(cell.value).split("\n") and cell.comment.text == NOTE
    lines, _ = told(applied, source, changes)
    assert [line.values["cell"] for line in lines if line.key == "team_note_kept_new"] == [f"Knie!{cell.coordinate}"]


def test_a_note_on_a_moved_card_goes_with_it_to_its_new_cell(tmp_path: Path) -> None:
    """The card's old cell no longer holds it: the note is kept on the cell it was moved into, said by its ID."""
    source = make_book(tmp_path / "knie.xlsx", {"Knie": KNIE})
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-KP-01"], 2): "Opname", (rows["F1-KP-01"], 7): NOTE})
    out = tmp_path / "knie-v2.xlsx"
    applied = apply_changes(source, changes, out, ApplyOptions(today=TODAY))
    assert applied.moved == 1
    sheet = openpyxl.load_workbook(out)["Knie"]
    assert sheet["D2"].value.split("\n") == ["Wordt opgenomen", "Krijgt een brief"]
    assert sheet["D2"].comment.text == NOTE and sheet["B2"].comment is None
    lines, _ = told(applied, source, changes)
    [said] = [line for line in lines if "team_note" in line.key]
    assert (said.key, said.values["cell"], said.values["card"]) == ("team_note_kept", "Knie!D2", "F1-KP-01")
