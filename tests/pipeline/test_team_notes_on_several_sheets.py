"""Round 21 (hostile F7): team notes on cards of two or more sheets were all written to one new comments part
(``xl/comments1.xml``) that every sheet pointed at: one sheet's notes overwrote the other's, a note was lost and
another shown on the wrong sheet's cell, while ``apply`` said both were kept. Each sheet now gets comments and a
drawing of its own, named apart from every part of the package; a sheet with the client's comments keeps them
and takes the team's note in its own part."""

from __future__ import annotations

from pathlib import Path

from canvasgen.pipeline.apply import ApplyOptions, apply_changes, told
from canvasgen.read.grid import TEAM_NOTE_AUTHOR
from tests.support.team_notes import NOTES, comments_by_sheet, each_sheet_its_own_comments, three_sheets
from tests.support.workshop import TODAY, fill, kit_of


def test_notes_on_three_sheets_each_stay_on_their_own_sheets_cell(tmp_path: Path) -> None:
    source = three_sheets(tmp_path)
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["R1-F1-KP-01"], 6): "Krijgt een brief met de verkeerde locatie"})
    fill(changes, {(rows[card], 7): note for card, (_, _, note) in NOTES.items()})
    out = tmp_path / "zorg-v2.xlsx"
    applied = apply_changes(source, changes, out, ApplyOptions(today=TODAY))
    team = {sheet: (ref, note) for sheet, ref, note in NOTES.values()}
    found = comments_by_sheet(out)
    for sheet, (ref, note) in team.items():
        assert found[sheet][ref] == (TEAM_NOTE_AUTHOR, note), sheet
    assert found["Heup"]["D3"] == ("Marieke", "Klopt dit nog?")  # the client's comment, in the part it had
    assert sum(len(cells) for cells in found.values()) == 4  # no note copied onto another sheet's cell
    targets = each_sheet_its_own_comments(out)
    assert len(targets) == len(set(targets)) == 6  # three sheets, each its comments and drawing
    lines, _ = told(applied, source, changes)
    said = sorted(line.values["cell"] for line in lines if line.key == "team_note_kept")
    assert said == sorted(f"{sheet}!{ref}" for sheet, (ref, _) in team.items())
