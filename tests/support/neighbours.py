"""A canvas and the blocks that share its sheet (persona block, persona table, empathy map, stage list, notes
column), placed on any of its four sides, one or two blank rows or columns apart: small workbooks built for
the reader's tests of a canvas with neighbours."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

Rows = list[list[str | int | None]]

ACROSS: Rows = [
    ["Fase", "Oriënteren", "Aanmelden", "Gebruiken"],
    ["Klantproces", "Leest flyer", "Vult app in", "Traint"],
    ["Pijnpunten", "Onduidelijk", "Contract", "Druk"],
]
DOWN: Rows = [
    ["Fase", "Wat doet de klant?", "Pijnpunten"],
    ["Oriënteren", "Leest flyer", "Onduidelijk"],
    ["Aanmelden", "Vult app in", "Contract"],
    ["Gebruiken", "Traint", "Druk"],
]
PHASES = ["Oriënteren", "Aanmelden", "Gebruiken"]
SIDES = ("above", "below", "left", "right")


def lanes_of(canvas: Rows) -> list[str]:
    """The lane labels of ``ACROSS`` or ``DOWN``, in their order."""
    return [str(row[0]) for row in canvas[1:]] if canvas is ACROSS else [str(v) for v in canvas[0][1:]]


@dataclass(frozen=True)
class Neighbour:
    """A block beside a canvas: its rows, the persona names it gives, whether it is an empathy map, and the
    lanes it adds to the canvas (a stage list of the canvas's phases joins it)."""

    rows: Rows
    personas: tuple[str, ...] = ()
    is_map: bool = False
    lanes: tuple[str, ...] = ()


NEIGHBOURS: dict[str, Neighbour] = {
    "persona block": Neighbour(
        [["Naam", "Noor Haddad"], ["Leeftijd", 27], ["Doelen", "Fitter worden"]], ("Noor Haddad",)
    ),
    "persona table": Neighbour(
        [["Naam", "Leeftijd", "Doelen"], ["Lotte", 34, "Fitter"], ["Sem", 41, "Afvallen"]], ("Lotte", "Sem")
    ),
    "empathy map": Neighbour(
        [
            ["Empathiekaart Noor Haddad"],
            ["Denken & voelen", None, "Horen"],
            ["Twijfel", None, "Vriendin"],
            ["Zien", None, "Zeggen & doen"],
            ["Drukte", None, "Proefles"],
            ["Pijn", None, "Winst"],
            ["Geen tijd", None, "Fitter"],
        ],
        ("Noor Haddad",),
        is_map=True,
    ),
    "stage list": Neighbour(
        [
            ["id", "title", "macro", "business_goal"],
            ["S1", "Oriënteren", "Voor", "Bereik"],
            ["S2", "Aanmelden", "Voor", "Conversie"],
            ["S3", "Gebruiken", "Na", "Behoud"],
        ],
        lanes=("business_goal",),
    ),
    "notes column": Neighbour([["Opmerkingen"], ["Interview 3"], ["Privacy!"], ["Bijlage B"]]),
}


def put(sheet: Worksheet, row: int, col: int, rows: Rows) -> None:
    """The rows written from ``row``, ``col`` on; a None is a blank cell."""
    for i, line in enumerate(rows):
        for j, value in enumerate(line):
            if value is not None:
                sheet.cell(row + i, col + j, value)


def sheet_with_neighbours(path: Path, canvas: Rows, placed: dict[str, Rows], gap: int, title: str = "Noor") -> Path:
    """A workbook of one sheet: the canvas, and each neighbour on its side (``placed``: side → rows), ``gap``
    blank rows or columns from the canvas; the neighbours above and below start at the canvas's first
    column, those left and right at its first row."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    away = gap + 1
    top = 1 + (len(placed["above"]) + gap if "above" in placed else 0)
    first = 1 + (max(map(len, placed["left"])) + gap if "left" in placed else 0)
    put(sheet, top, first, canvas)
    for side, rows in placed.items():
        if side == "above":
            put(sheet, 1, first, rows)
        elif side == "below":
            put(sheet, top + len(canvas) - 1 + away, first, rows)
        elif side == "left":
            put(sheet, top, 1, rows)
        else:
            put(sheet, top, first + max(map(len, canvas)) - 1 + away, rows)
    book.save(path)
    return path
