"""A small Dutch knee-surgery canvas with cards on three sheets (the canvas, touchpoints, personas) and the
team's notes on them: what the tests of team notes kept as comments share."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
from lxml import etree
from openpyxl.comments import Comment

from tests.support.workbooks import Cells, make_book

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
