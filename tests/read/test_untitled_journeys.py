"""A journey without a title is named after its sheet — unless the sheet's name is the spreadsheet's
default ("Blad1", "Sheet1", "Planilha1"): that is no title for the client's wall, and the journey is
called a journey in the canvas's language, said in check --explain."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.support.cli import run_clean
from tests.support.reading import read_canvas

ROWS = [
    ("Fase", "Oriënteren", "Kopen", "Gebruiken"),
    ("Wat doet de klant?", "Zoekt online", "Betaalt", "Belt op"),
    ("Pijnpunten", "Te veel keus", "Traag", "Wachttijd"),
]


def _book(path: Path, *sheets: str) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for title in sheets:
        sheet = book.create_sheet(title)
        for row in ROWS:
            sheet.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize(
    "sheet",
    # a copy's name too: Excel's "(2)", Google Sheets' "Copy of", LibreOffice's "_2" (round 18), " copy" (round 19)
    [
        *("Blad1", "Sheet", "Sheet1", "Planilha1", "Tabelle1", "Hoja 1", "Лист1", "Blad1 (2)", "Sheet (3)"),
        *("Copy of Sheet1", "Kopie van Blad1", "Blad1_2", "Copia de Hoja1", "Sheet1 copy", "Blad1 kopie 2"),
    ],
)
def test_a_default_sheet_name_is_no_title(tmp_path: Path, sheet: str) -> None:
    path = _book(tmp_path / "reis.xlsx", sheet)
    (journey,) = read_canvas(path).journeys
    assert journey.name == "Klantreis"  # the canvas is Dutch
    _, out, _ = run_clean("check", "--explain", path)
    assert f"it is called 'Klantreis': '{sheet}' is the spreadsheet's default name for a sheet" in out
    assert "write 'Journey: <name>' in a cell above the table" in out


@pytest.mark.parametrize(
    "sheet", ["Reis", "List", "Sheets voor de klant", "Blad", "Reis (2)", "Copy of the journey", "Reis kopie"]
)
def test_a_sheet_named_by_the_team_names_its_journey(tmp_path: Path, sheet: str) -> None:
    (journey,) = read_canvas(_book(tmp_path / "reis.xlsx", sheet)).journeys
    assert journey.name == sheet


def test_two_default_sheets_give_two_distinct_journeys(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path / "reis.xlsx", "Sheet1", "Sheet2"))
    assert [j.name for j in canvas.journeys] == ["Klantreis", "Klantreis (2)"]


def test_a_csv_is_titled_by_its_file_name_the_team_chose(tmp_path: Path) -> None:
    path = tmp_path / "klantreis zonnepanelen.csv"
    path.write_text("\n".join(",".join(row) for row in ROWS) + "\n", encoding="utf-8")
    (journey,) = read_canvas(path).journeys
    assert journey.name == "Klantreis zonnepanelen"  # read as a title: its first letter a capital (round 22)


def test_two_untitled_canvases_stacked_on_a_default_sheet_are_numbered_journeys(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Blad1"
    for row in [
        *ROWS,
        (),
        (),
        ("Fase", "Zoeken", "Boeken", "Reizen"),
        ("Wat doet de klant?", "Vergelijkt", "Kiest", "Gaat"),
    ]:
        sheet.append(row)
    book.save(path := tmp_path / "twee.xlsx")
    assert [j.name for j in read_canvas(path).journeys] == ["Klantreis 1", "Klantreis 2"]
    _, out, _ = run_clean("check", path)
    assert "called 'Klantreis 1' (B1), 'Klantreis 2' (B6) in their order" in out  # said by the names given
    assert "'Blad1 1'" not in out
