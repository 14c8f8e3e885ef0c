"""Round 22 (the workshop loop): the team's note on a card they removed was kept as a comment on the card's old
cell, where it then stood beside another card — read as a note on that one. It goes with the removal: on the cell
the removal left empty, else on the header of the card's phase, headed with the card it was about, and said so."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from canvasgen.pipeline.apply import ApplyOptions, apply_changes, told
from canvasgen.read.grid import TEAM_NOTE_AUTHOR
from tests.support.reading import read_canvas
from tests.support.team_notes import KNIE, comments_by_sheet
from tests.support.workbooks import make_book
from tests.support.workshop import TODAY, fill, kit_of

CANVAS = {**KNIE, "B2": "Krijgt een brief\nBelt de poli"}  # a cell of two cards: F1-KP-01 and F1-KP-02
ON_CALL = "Bellen gebeurt bijna nooit meer"
FASTING = "Nuchter blijven is sinds maart niet meer nodig"


def test_a_note_on_a_removed_card_never_stays_beside_another_card(tmp_path: Path) -> None:
    source = make_book(tmp_path / "knie.xlsx", {"Knie": CANVAS})
    changes, rows = kit_of(source, tmp_path)
    fill(
        changes,
        {
            (rows["F1-KP-02"], 5): "weg",
            (rows["F1-KP-02"], 7): ON_CALL,  # its cell keeps "Krijgt een brief"
            (rows["F3-PP-01"], 5): "weg",
            (rows["F3-PP-01"], 7): FASTING,  # its cell is left empty
        },
    )
    out = tmp_path / "knie-v2.xlsx"
    applied = apply_changes(source, changes, out, ApplyOptions(today=TODAY))
    assert applied.removed == 2
    sheet = openpyxl.load_workbook(out)["Knie"]
    assert (sheet["B2"].value, sheet["B2"].comment) == ("Krijgt een brief", None)  # no note on the card left
    assert (sheet["B1"].value, sheet["B1"].comment.author) == ("Verwijzing", TEAM_NOTE_AUTHOR)
    assert sheet["B1"].comment.text == f"Kaart weggehaald uit Wat beleeft de patiënt?: 'Belt de poli'\n{ON_CALL}"
    assert sheet["D3"].value is None and sheet["D3"].comment.text == (
        f"Kaart weggehaald uit Pijnpunten: 'Nuchter wachten'\n{FASTING}"
    )
    assert set(comments_by_sheet(out)["Knie"]) == {"B1", "D3"}
    lines, _ = told(applied, source, changes)
    said = {line.values["card"]: line for line in lines if line.key == "team_note_kept_removed"}
    assert said["F1-KP-02"].values["cell"] == "Knie!B1" and said["F1-KP-02"].values["header"] is True
    assert said["F1-KP-02"].text.startswith("the team's note on card F1-KP-02, removed ('Belt de poli'; ")
    assert said["F1-KP-02"].text.endswith(
        "is kept as a comment on Knie!B1 of knie-v2.xlsx, its phase's header, as its cell holds other cards, under "
        f"the card's text, not as canvas text: {ON_CALL}"
    )
    assert said["F3-PP-01"].values["cell"] == "Knie!D3" and "Knie!D3 of knie-v2.xlsx, the cell it emptied" in (
        said["F3-PP-01"].text
    )
    canvas = read_canvas(out)  # the notes are no canvas text: the phase is still called as it was
    assert [phase.name for phase in canvas.journeys[0].phases] == ["Verwijzing", "Intake", "Opname"]
    assert not any(ON_CALL in note.text or FASTING in note.text for note in canvas.journeys[0].notes)
