"""Round 21 (hostile F7): team notes on cards of two or more sheets were all written to one new comments part
(``xl/comments1.xml``) that every sheet pointed at: one sheet's notes overwrote the other's, a note was lost and
another shown on the wrong sheet's cell, while ``apply`` said both were kept. Each sheet now gets comments and a
drawing of its own, named apart from every part of the package; a sheet with the client's comments keeps them
and takes the team's note in its own part."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
from lxml import etree
from openpyxl.comments import Comment

from canvasgen.pipeline.apply import ApplyOptions, apply_changes, told
from canvasgen.read.grid import TEAM_NOTE_AUTHOR
from tests.support.workbooks import Cells, make_book
from tests.support.workshop import TODAY, fill, kit_of

KNIE: Cells = {
    "A1": "Fase",
    "B1": "Verwijzing",
    "C1": "Intake",
    "D1": "Opname",
    "A2": "Wat beleeft de patiënt?",
    "B2": "Krijgt een brief",
    "C2": "Hoort de diagnose",
    "D2": "Wordt opgenomen",
    "A3": "Pijnpunten",
    "B3": "Verkeerde locatie",
    "C3": "Lange wachttijd",
    "D3": "Nuchter wachten",
}
HEUP: Cells = {**KNIE, "B2": "Krijgt een telefoontje", "B3": "Geen parkeerplek"}
SCHOUDER: Cells = {**KNIE, "B2": "Ziet een folder", "D2": "Gaat naar huis"}
#: A note on a card of each sheet (its row in the kit by the card's ID), and the cell it belongs on.
NOTES = {
    "R1-F2-KP-01": ("Knie", "C2", "Arts wil dit anders formuleren"),
    "R2-F1-PP-01": ("Heup", "B3", "Parkeren is gratis sinds maart"),
    "R3-F3-KP-01": ("Schouder", "D2", "Met de fysiotherapeut bespreken"),
}


def three_sheets(folder: Path) -> Path:
    """Three journeys; Heup has the client's own comment on D3 (a comments part of its own already)."""
    source = make_book(folder / "zorg.xlsx", {"Knie": KNIE, "Heup": HEUP, "Schouder": SCHOUDER})
    book = openpyxl.load_workbook(source)
    book["Heup"]["D3"].comment = Comment("Klopt dit nog?", "Marieke")
    book.save(source)
    return source


def comments_by_sheet(path: Path) -> dict[str, dict[str, tuple[str, str]]]:
    book = openpyxl.load_workbook(path)
    return {
        sheet.title: {
            cell.coordinate: (cell.comment.author, cell.comment.text)
            for row in sheet.iter_rows()
            for cell in row
            if cell.comment is not None
        }
        for sheet in book.worksheets
    }


def each_sheet_its_own_comments(path: Path) -> list[str]:
    """The comments part and the drawing each sheet points at (their targets), from the package itself."""
    with zipfile.ZipFile(path) as archive:
        rels = [name for name in archive.namelist() if name.startswith("xl/worksheets/_rels/")]
        return [
            str(rel.get("Target"))
            for name in rels
            for rel in etree.fromstring(archive.read(name))
            if str(rel.get("Type")).endswith(("/comments", "/vmlDrawing"))
        ]


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
