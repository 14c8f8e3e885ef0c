"""Round 18 (#30): a journey on a sheet of the spreadsheet's default name ("Sheet1") is called a journey in the
canvas's language ("Klantreis"); when the sheet holds exactly one persona, the journey is that persona's:
"Klantreis van Noor Haddad", said in check with how to name it otherwise. Two personas: "Klantreis" still."""

from __future__ import annotations

from pathlib import Path

from canvasgen.read.reader import read_canvas
from tests.support.cli import run_clean
from tests.support.neighbours import ACROSS, NEIGHBOURS, Rows, sheet_with_neighbours
from tests.support.read_back import lost_lines

ENGLISH: Rows = [
    ["Phase", "Discover", "Sign up", "Use"],
    ["Customer actions", "Reads a flyer", "Fills in the app", "Trains"],
    ["Pain points", "Unclear", "Contract", "Crowded"],
]


def test_an_untitled_sheet_with_one_persona_is_that_persona_journey(tmp_path: Path) -> None:
    placed = {"above": NEIGHBOURS["persona block"].rows}
    path = sheet_with_neighbours(tmp_path / "reis.xlsx", ACROSS, placed, 1, title="Sheet1")
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert journey.name == "Klantreis van Noor Haddad"
    assert not lost_lines(path, canvas)
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert "journey 'Klantreis van Noor Haddad'" in out
    assert (
        "it is called 'Klantreis van Noor Haddad': 'Sheet1' is the spreadsheet's default name for a sheet, no title "
        "for the client's wall, and 'Noor Haddad' is the one persona on the sheet — to name the journey, write "
        "'Journey: <name>' in a cell above the table" in out
    )


def test_in_english_it_is_the_journey_of_the_persona(tmp_path: Path) -> None:
    block: Rows = [["Name", "Sam Carter"], ["Age", 41], ["Goals", "Get fit"]]
    path = sheet_with_neighbours(tmp_path / "trip.xlsx", ENGLISH, {"above": block}, 1, title="Sheet1")
    (journey,) = read_canvas(path).journeys
    assert journey.name == "Customer journey of Sam Carter"


def test_two_personas_on_the_sheet_leave_it_the_journey(tmp_path: Path) -> None:
    placed = {"above": NEIGHBOURS["persona table"].rows}
    path = sheet_with_neighbours(tmp_path / "reis.xlsx", ACROSS, placed, 1, title="Blad1")
    canvas = read_canvas(path)
    assert sorted(p.name.text for p in canvas.personas if p.name is not None) == ["Lotte", "Sem"]
    (journey,) = canvas.journeys
    assert journey.name == "Klantreis"
