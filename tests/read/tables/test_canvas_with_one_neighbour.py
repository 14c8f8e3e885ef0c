"""A canvas sharing its sheet with ONE neighbour (round 15, G18): a persona block, a persona table, an empathy
map, a stage list or a column of notes, on any side of a canvas whose phases run across or down, one or two
blank rows or columns apart. The canvas is one journey of its own phases and lanes, the neighbour is read as
what it is (personas, a map) or kept as notes, and no word of it is lost."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from canvasgen.model import Canvas
from canvasgen.read.corrections import from_options
from tests.support.neighbours import ACROSS, DOWN, Rows
from tests.support.reading import read_canvas

#: Each neighbour, with the persona names it gives and whether it is an empathy map.
_NEIGHBOURS: dict[str, tuple[Rows, list[str], bool]] = {
    "persona block": ([["Naam", "Noor Haddad"], ["Leeftijd", 27], ["Doelen", "Fitter worden"]], ["Noor Haddad"], False),
    "persona table": (
        [["Naam", "Leeftijd", "Doelen"], ["Noor", 27, "Fitter"], ["Sem", 41, "Afvallen"]],
        ["Noor", "Sem"],
        False,
    ),
    "empathy map": (
        [
            ["Empathiekaart Noor"],
            ["Denken & voelen", None, "Horen"],
            ["Twijfel", None, "Vriendin"],
            ["Zien", None, "Zeggen & doen"],
            ["Drukte", None, "Proefles"],
            ["Pijn", None, "Winst"],
            ["Geen tijd", None, "Fitter"],
        ],
        ["Noor"],
        True,
    ),
    "stage list": (
        [
            ["id", "title", "macro"],
            ["S1", "Oriënteren", "Voor"],
            ["S2", "Aanmelden", "Tijdens"],
            ["S3", "Gebruiken", "Na"],
        ],
        [],
        False,
    ),
    "notes column": ([["Opmerkingen"], ["Interview 3"], ["Privacy!"], ["Bijlage B"]], [], False),
}


def _put(sheet: openpyxl.worksheet.worksheet.Worksheet, row: int, col: int, rows: Rows) -> None:
    for i, line in enumerate(rows):
        for j, value in enumerate(line):
            if value is not None:
                sheet.cell(row + i, col + j, value)


def _book(path: Path, canvas: Rows, neighbour: Rows, side: str, gap: int) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Noor"
    away = gap + 1
    if side == "above":
        _put(sheet, 1, 1, neighbour)
        _put(sheet, len(neighbour) + away, 1, canvas)
    elif side == "below":
        _put(sheet, 1, 1, canvas)
        _put(sheet, len(canvas) + away, 1, neighbour)
    elif side == "left":
        _put(sheet, 1, 1, neighbour)
        _put(sheet, 1, max(map(len, neighbour)) + away, canvas)
    else:
        _put(sheet, 1, 1, canvas)
        _put(sheet, 1, max(map(len, canvas)) + away, neighbour)
    book.save(path)
    return path


def _words(canvas: Canvas) -> str:
    """Everything read, as one text: the journey, its notes, the personas and their fields, the maps, the notes."""
    return repr((canvas.journeys, canvas.personas, canvas.persona_columns, canvas.empathy_maps, canvas.notes))


@pytest.mark.parametrize("gap", [1, 2])
@pytest.mark.parametrize("side", ["above", "below", "left", "right"])
@pytest.mark.parametrize("phases", ["across", "down"])
@pytest.mark.parametrize("kind", list(_NEIGHBOURS))
def test_a_canvas_and_its_one_neighbour_are_read_apart(
    tmp_path: Path, kind: str, phases: str, side: str, gap: int
) -> None:
    grid = ACROSS if phases == "across" else DOWN
    neighbour, names, is_map = _NEIGHBOURS[kind]
    canvas = read_canvas(_book(tmp_path / "noor.xlsx", grid, neighbour, side, gap))
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Oriënteren", "Aanmelden", "Gebruiken"]
    lanes = [row[0] for row in grid[1:]] if phases == "across" else grid[0][1:]
    if kind == "stage list":  # a list of the canvas's phases joins it (round 16): its other column a lane
        lanes = [*lanes, "macro"]
    assert [lane.label for lane in journey.lanes] == lanes
    assert [p.name.text for p in canvas.personas if p.name is not None] == names
    assert len(canvas.empathy_maps) == (1 if is_map else 0)
    read = _words(canvas)
    lost = [v for line in neighbour for v in line if isinstance(v, str) and f"'{v}'" not in read]
    assert not lost


def test_a_stage_list_beside_a_canvas_joins_it_is_said_and_names_no_journey(tmp_path: Path) -> None:
    neighbour = _NEIGHBOURS["stage list"][0]
    canvas = read_canvas(_book(tmp_path / "noor.xlsx", ACROSS, neighbour, "right", 2))
    (journey,) = canvas.journeys
    assert journey.name == "Noor"
    assert [p.stage_id for p in journey.phases] == ["S1", "S2", "S3"]
    assert any("its phases are those listed in Noor!G1:I4" in line for line in journey.reading)


def test_a_sheet_said_to_be_a_journey_keeps_its_empathy_map_and_says_so(tmp_path: Path) -> None:
    neighbour = _NEIGHBOURS["empathy map"][0]
    path = _book(tmp_path / "noor.xlsx", ACROSS, neighbour, "right", 1)
    canvas = read_canvas(path, corrections=from_options(None, None, None, (), roles=("Noor=journey",)))
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Oriënteren", "Aanmelden", "Gebruiken"]
    assert len(canvas.empathy_maps) == 1
    (said,) = [w.message for w in canvas.warnings if "is an empathy map" in w.message]
    assert "F1:H7" in said and "as set in" in said


def test_a_phase_row_given_for_a_sheet_that_is_an_empathy_map_is_said(tmp_path: Path) -> None:
    path = _book(tmp_path / "noor.xlsx", [["Noor"]], _NEIGHBOURS["empathy map"][0], "below", 1)
    canvas = read_canvas(path, corrections=from_options("2", None, None, ()))
    assert not canvas.journeys
    assert len(canvas.empathy_maps) == 1
    assert any("no table found at the row or column set in" in w.message for w in canvas.warnings)


@pytest.mark.parametrize("phases", ["across", "down"])
def test_a_persona_of_two_fields_beside_a_canvas_is_said_with_a_correction_that_reads_it(
    tmp_path: Path, phases: str
) -> None:
    block: Rows = [["Name", "Priya"], ["Role", "Product manager"]]
    path = _book(tmp_path / "noor.xlsx", ACROSS if phases == "across" else DOWN, block, "above", 2)
    canvas = read_canvas(path)
    assert not canvas.personas
    (said,) = [w.message for w in canvas.warnings if "fewer than three fields" in w.message]
    assert "A1:B2" in said and "--sheet 'Noor=personas'" in said
    corrected = read_canvas(path, corrections=from_options(None, None, None, (), roles=("Noor=personas",)))
    (journey,) = corrected.journeys
    assert [p.name for p in journey.phases] == ["Oriënteren", "Aanmelden", "Gebruiken"]
    assert [p.name.text for p in corrected.personas if p.name is not None] == ["Priya"]
