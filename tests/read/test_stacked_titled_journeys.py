"""Round 17's new user: three buyers' canvases stacked on one sheet under the sheet's title, each under a title
of its own. Written "Journey: <name>" (as check advises), all three were named after the first ("HR-directeur
1/2/3") and the label was printed ("JOURNEY: IT MANAGER"); written plainly, the first was named after the
sheet's title and its own title kept as a note. Each block now takes its own title."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.support.cli import run_clean
from tests.support.reading import read_canvas

PHASES = ("Oriëntatie", "Demo", "Inkoop")
SHEET_TITLE = "Inkoopgroep HR-software – huidige klantreis"


def _stacked(path: Path, titles: list[str]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Blad1"
    sheet["A1"] = SHEET_TITLE
    row = 3
    for title in titles:
        sheet.cell(row, 1, title)
        sheet.cell(row + 1, 1, "Fase")
        for col, phase in enumerate(PHASES, start=2):
            sheet.cell(row + 1, col, phase)
        for offset, lane in enumerate(("Wat doet de klant?", "Pijnpunten"), start=2):
            sheet.cell(row + offset, 1, lane)
            for col in range(2, len(PHASES) + 2):
                sheet.cell(row + offset, col, f"{lane[:4]} {title[-3:]} {col}")
        row += 6
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("titles", "names"),
    [
        (["Journey: HR-directeur", "Journey: IT manager", "Journey: CFO"], ["HR-directeur", "IT manager", "CFO"]),
        (["Klantreis HR-directeur", "Klantreis IT manager", "Klantreis CFO"], None),
    ],
)
def test_each_stacked_canvas_takes_its_own_title(tmp_path: Path, titles: list[str], names: list[str] | None) -> None:
    path = _stacked(tmp_path / "groep.xlsx", titles)
    canvas = read_canvas(path)
    assert [j.name for j in canvas.journeys] == (names or titles)
    for journey, title in zip(canvas.journeys, titles, strict=True):
        own = journey.meta["journey"]
        assert own.source is not None and title.endswith(own.text)  # its own cell, not the first's
        assert not [n for n in journey.notes if n.text in titles]  # no title kept as a note
        assert journey.meta["title"].text == SHEET_TITLE  # the sheet's title over each, never lost
    _, out, _ = run_clean("check", "--explain", path)
    assert "have one name" not in out and "1' (" not in out


def test_a_single_canvas_under_two_lines_keeps_the_sheet_title(tmp_path: Path) -> None:
    """One canvas: the cell above it is not taken over the sheet's title (nothing stacked)."""
    path = _stacked(tmp_path / "een.xlsx", ["Klantreis HR-directeur"])
    (journey,) = read_canvas(path).journeys
    assert journey.name == SHEET_TITLE
