"""A canvas with TWO or more neighbours on its sheet (issue #30, round 16): a persona table above it and a
column of notes right of it, an empathy map left of it and a stage list below it, … — every pair of the five
neighbours on every pair of sides, every three on every three sides, every four on all four, across or down,
one or two blank rows or columns apart, in turn. The canvas is one journey of its own phases and lanes (never
a neighbour poured into it, never turned), each neighbour is read as what it is, and no word is lost."""

from __future__ import annotations

import itertools
from pathlib import Path

import openpyxl
import pytest

from tests.support.cli import run_clean
from tests.support.neighbours import ACROSS, DOWN, NEIGHBOURS, PHASES, SIDES, Rows, lanes_of, put, sheet_with_neighbours
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas

_KIND_PAIRS = list(itertools.combinations(NEIGHBOURS, 2))


def _cases(count: int) -> list[tuple[str, tuple[tuple[str, str], ...], int]]:
    """Each set of ``count`` sides with every set of ``count`` kinds of neighbour, placed in a rotating order,
    the phases across or down and one or two blank lines apart in turn: (phases, ((side, kind), …), gap)."""
    cases = []
    combinations = itertools.product(itertools.combinations(SIDES, count), itertools.combinations(NEIGHBOURS, count))
    for i, (sides, kinds) in enumerate(combinations):
        turned = kinds[i % count :] + kinds[: i % count]
        cases.append((("across", "down")[i % 2], tuple(zip(sides, turned, strict=True)), 1 + (i // 2) % 2))
    return cases


@pytest.mark.parametrize(("phases", "placed", "gap"), [*_cases(2), *_cases(3), *_cases(4)])
def test_a_canvas_and_its_neighbours_are_read_apart(
    tmp_path: Path, phases: str, placed: tuple[tuple[str, str], ...], gap: int
) -> None:
    grid = ACROSS if phases == "across" else DOWN
    path = sheet_with_neighbours(tmp_path / "noor.xlsx", grid, {s: NEIGHBOURS[k].rows for s, k in placed}, gap)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == PHASES
    kinds = [kind for _, kind in placed]
    assert [lane.label for lane in journey.lanes] == lanes_of(grid) + [f for k in kinds for f in NEIGHBOURS[k].lanes]
    if "stage list" in kinds:  # the list of the canvas's phases joins it: ids, groups
        assert [p.stage_id for p in journey.phases] == ["S1", "S2", "S3"]
        assert [g.name.text for g in journey.phase_groups] == ["Voor", "Na"]
    names = {name for _, kind in placed for name in NEIGHBOURS[kind].personas}
    assert sorted(p.name.text for p in canvas.personas if p.name is not None) == sorted(names)
    assert len(canvas.empathy_maps) == sum(NEIGHBOURS[kind].is_map for _, kind in placed)
    assert not lost_lines(path, canvas)


def test_check_says_the_blocks_around_the_canvas_and_reads_each(tmp_path: Path) -> None:
    placed = {"above": NEIGHBOURS["persona table"].rows, "right": NEIGHBOURS["notes column"].rows}
    path = sheet_with_neighbours(tmp_path / "noor.xlsx", DOWN, placed, 1)
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert "3 phases: Oriënteren | Aanmelden | Gebruiken" in out
    assert "2 blocks stand apart around the canvas (A1:C3, E5:E8): each read on its own" in out
    assert "2 personas read: Lotte, Sem" in out
    assert "kept as notes: E6, E7, E8" in out
    assert "lane 'Naam'" not in out


@pytest.mark.parametrize("side", SIDES)
def test_a_stage_list_beside_its_canvas_joins_it_as_a_stage_list_sheet_does(tmp_path: Path, side: str) -> None:
    path = sheet_with_neighbours(tmp_path / "noor.xlsx", ACROSS, {side: NEIGHBOURS["stage list"].rows}, 1)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == PHASES
    assert [p.stage_id for p in journey.phases] == ["S1", "S2", "S3"]  # the ids: the phases' short names
    assert [(g.name.text, g.first, g.count) for g in journey.phase_groups] == [("Voor", 0, 2), ("Na", 2, 1)]
    goal = journey.lanes[-1]
    assert (goal.label, [[i.text for i in cell] for cell in goal.cells]) == (
        "business_goal",
        [["Bereik"], ["Conversie"], ["Behoud"]],
    )
    assert not journey.notes
    assert not lost_lines(path, canvas)
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert "its phases are those listed in Noor!" in out
    assert "that list is the map's stage list, no journey of its own; its groups are the map's phase groups" in out
    assert "kept as notes" not in out


def test_a_stage_list_of_some_of_the_canvas_phases_is_said_with_what_to_write(tmp_path: Path) -> None:
    partial = [row for row in NEIGHBOURS["stage list"].rows if row[1] != "Gebruiken"]
    path = sheet_with_neighbours(tmp_path / "noor.xlsx", ACROSS, {"right": partial}, 1)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.stage_id for p in journey.phases] == [None, None, None]
    (said,) = [w.message for w in canvas.warnings if "the stage list in Noor!F1:I3" in w.message]
    assert "names 2 of the 3 phases of the map on sheet 'Noor' but not 'Gebruiken'" in said
    assert "it is no stage list of that map, kept as notes" in said
    assert "give it one row per phase of the map, titled as the map names them" in said
    assert not lost_lines(path, canvas)


def test_a_stage_list_sheet_of_some_of_the_maps_phases_is_its_own_journey_and_said(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Klantreis"
    put(sheet, 1, 1, ACROSS)
    stages = book.create_sheet("Fasen")
    put(
        stages,
        1,
        1,
        [row[:3] for row in NEIGHBOURS["stage list"].rows if row[1] != "Aanmelden"] + [["S4", "Opzeggen", "Na"]],
    )
    path = tmp_path / "bureau.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    assert [j.sheet for j in canvas.journeys] == ["Klantreis", "Fasen"]
    (said,) = [w.message for w in canvas.warnings if "the stage list on sheet 'Fasen'" in w.message]
    assert "names 2 of the 3 phases of the map on sheet 'Klantreis' but not 'Aanmelden' and also 'Opzeggen'" in said
    assert "read as a journey of its own — to make it the map's stage list, give it one row per phase" in said
    assert not lost_lines(path, canvas)


def test_a_sheet_of_very_many_scattered_notes_around_a_canvas_is_read_whole(tmp_path: Path) -> None:
    """Two hundred single notes a blank row and column apart around the canvas: no block is sought among them
    (joining pieces is quadratic), the canvas is read and every note kept."""
    notes: Rows = []
    for r in range(20):
        notes += [[f"Notitie {r}-{c}" if c % 2 == 0 else None for c in range(20)], []]
    path = sheet_with_neighbours(tmp_path / "noor.xlsx", ACROSS, {"below": notes}, 2)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == PHASES
    assert not lost_lines(path, canvas)
