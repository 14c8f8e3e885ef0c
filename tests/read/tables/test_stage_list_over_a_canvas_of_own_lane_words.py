"""A stage list (``id | title | macro | …``) ABOVE a canvas whose lanes are in the team's own words, none a
lane canvasgen knows (issue #30, round 19): the canvas's phase row names the listed stages, so it is the phase
row (ids over names: the list is that canvas's stage list, joined to it); its phases are the canvas's names,
never the ids "S1, S2, S3", and the canvas is never kept as notes nor read turned."""

from __future__ import annotations

import itertools
from pathlib import Path

import openpyxl
import pytest

from tests.support.cli import run_clean
from tests.support.neighbours import Rows, put
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas

_SHEETS: dict[str, tuple[Rows, Rows]] = {
    "nl": (
        [
            ["id", "title", "macro", "business_goal"],
            ["S1", "Oriënteren", "Voor", "Bereik"],
            ["S2", "Aanmelden", "Voor", "Conversie"],
            ["S3", "Gebruiken", "Na", "Behoud"],
        ],
        [
            ["Fase", "Oriënteren", "Aanmelden", "Gebruiken"],
            ["Wat Noor doet", "Leest flyer", "Vult app in", "Traint"],
            ["Waar Noor op vastloopt", "Onduidelijk", "Contract", "Druk"],
            ["Wat wij kunnen doen", "Betere flyer", "Korter", "Rustig"],
        ],
    ),
    "en": (
        [
            ["Step ID", "Name", "zone", "goal"],
            ["01", "Hear about us", "Before", "Reach"],
            ["02", "Sign the lease", "Before", "Convert"],
            ["03", "Move in", "During", "Keep"],
            ["04", "Renew", "After", "Grow"],
        ],
        [
            ["Stage", "Hear about us", "Sign the lease", "Move in", "Renew"],
            ["What Sam goes through", "Sees a sign", "Reads fine print", "Carries boxes", "Gets a letter"],
            ["Where it hurts", "No prices", "Legalese", "Lift broken", "Rent up"],
            ["Our move", "Show prices", "Plain words", "Fix lift", "Loyalty deal"],
        ],
    ),
}


def _book(path: Path, language: str, corner: bool, gap: int, left: int) -> Path:
    stages, canvas = _SHEETS[language]
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Reis"
    put(sheet, 1, left, stages)
    header = canvas[0] if corner else [None, *canvas[0][1:]]  # the corner "Fase" written, or left blank
    put(sheet, len(stages) + 1 + gap, left, [header, *canvas[1:]])
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("language", "corner", "gap", "left"), list(itertools.product(_SHEETS, (True, False), (1, 2), (1, 3)))
)
def test_a_stage_list_over_a_canvas_of_own_lane_words_is_its_stage_list(
    tmp_path: Path, language: str, corner: bool, gap: int, left: int
) -> None:
    path = _book(tmp_path / "reis.xlsx", language, corner, gap, left)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    stages, grid = _SHEETS[language]
    assert [p.name for p in journey.phases] == [str(v) for v in grid[0][1:]]
    assert [p.stage_id for p in journey.phases] == [str(row[0]) for row in stages[1:]]
    assert [lane.label for lane in journey.lanes] == [str(row[0]) for row in grid[1:]] + [str(stages[0][3])]
    assert [[i.text for i in cell] for cell in journey.lanes[0].cells] == [[str(v)] for v in grid[1][1:]]
    assert len(journey.phase_groups) == len({row[2] for row in stages[1:]})
    assert not journey.notes
    assert not lost_lines(path, canvas)


def test_check_says_the_phase_row_names_the_listed_stages_and_the_list_joins(tmp_path: Path) -> None:
    path = _book(tmp_path / "reis.xlsx", "nl", True, 1, 1)
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert "3 phases: Oriënteren | Aanmelden | Gebruiken" in out
    assert "phases in row 6 (B6:D6); lanes in column A (A7:A9)" in out
    assert "phases across: row 6 names the stages of the stage list on the sheet" in out
    assert "its phases are those listed in Reis!A1:D4 ('Oriënteren', 'Aanmelden', 'Gebruiken'), matched by name" in out
    assert "S1 | S2 | S3" not in out and "kept as notes" not in out
