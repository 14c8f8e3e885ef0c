"""A stage list's cell shared by every persona's journey through the workshop loop (round 13, hostile tester's
H17): the kit gives the cell one card and says so; apply refuses, in one sentence naming both rows, two rows
that ask different things of the one cell (a kit made before had a card of it in each journey)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from tests.support.cli import run_clean
from tests.support.workbooks import make_book
from tests.support.workshop import fill, kit_of, new_row

SHARED = "J1-P1-X1-01"  # the stage list's description of Awareness, in the first persona's journey
OLD = "J2-P1-X1-01"  # the same cell as a kit made before carded it again, in the second persona's journey


def _stages_by_name(path: Path) -> Path:
    """A Stages sheet naming the stages by name (with a description and a group) and a persona × stage table."""
    stages = [("Stage", "Description", "Phase group"), ("Awareness", "Sees ad", "Before")]
    stages += [("Consideration", "Compares offers", "Before"), ("Purchase", "Buys", "After")]
    table = [("persona_id", "Stage", "Actions", "Pain points")]
    table += [("P1", "Awareness", "Searches web", "Too many ads"), ("P1", "Consideration", "Reads", "Hidden fees")]
    table += [("P1", "Purchase", "Pays", "Checkout broke"), ("P2", "Awareness", "Asks friend", "No time")]
    table += [("P2", "Consideration", "Reads reviews", "Fake reviews"), ("P2", "Purchase", "Phones", "On hold")]
    cells = {
        name: {f"{'ABCD'[c]}{r}": v for r, row in enumerate(rows, start=1) for c, v in enumerate(row)}
        for name, rows in (("Stages", stages), ("Journey", table))
    }
    return make_book(path, cells)


def _kit(tmp_path: Path) -> tuple[Path, Path, dict[str, int]]:
    source = _stages_by_name(tmp_path / "names.xlsx")
    changes, rows = kit_of(source, tmp_path)
    return source, changes, rows


def _with_old_row(changes: Path, rows: dict[str, int], action: str, new: str | None) -> int:
    """The second journey's card of the shared cell typed in as a kit made before printed it; its row."""
    at = new_row(rows) - 1  # on the line's row, where a kit made before had its last card
    fill(changes, {(at, 1): OLD, (at, 2): "R2 · Awareness", (at, 3): "Description", (at, 4): "Sees ad"})
    fill(changes, {(at, 5): action, (at, 6): new})
    return at


def test_the_kit_gives_a_shared_stage_cell_one_card_and_says_so(tmp_path: Path) -> None:
    source = _stages_by_name(tmp_path / "names.xlsx")
    code, _, stderr = run_clean("kit", source, "-o", tmp_path / "kit")
    assert code == 0
    sheet = openpyxl.load_workbook(tmp_path / "kit" / "names-changes.xlsx").worksheets[0]
    ids = [sheet.cell(r, 1).value for r in range(3, sheet.max_row + 1)]
    texts = [sheet.cell(r, 4).value for r in range(3, sheet.max_row + 1)]
    assert SHARED in ids and OLD not in ids
    assert texts.count("Sees ad") == 1
    assert "J2-P1-CU-01" in ids  # the second journey's own cards stay
    assert f"{SHARED} (Stages!B2)" in sheet.cell(1, 1).value
    said = " ".join(stderr.split())
    assert "3 cell(s) are shown in several journeys (P1, P2), Stages!B2 ('Sees ad') the first" in said


def test_one_row_changing_the_shared_cell_changes_it_for_every_journey(tmp_path: Path) -> None:
    source, changes, rows = _kit(tmp_path)
    fill(changes, {(rows[SHARED], 5): "change", (rows[SHARED], 6): "Sees TV ad"})
    out = tmp_path / "new.xlsx"
    code, stdout, _ = run_clean("apply", source, changes, "-o", out)
    assert code == 0 and "1 changed" in stdout
    assert openpyxl.load_workbook(out)["Stages"]["B2"].value == "Sees TV ad"


@pytest.mark.parametrize(
    ("action", "new", "asked"),
    [("remove", None, "row {old} removes it"), ("change", "Sees radio ad", "row {old} changes it to 'Sees radio ad'")],
)
def test_two_rows_asking_different_things_of_one_shared_cell_are_refused_naming_both(
    tmp_path: Path, action: str, new: str | None, asked: str
) -> None:
    source, changes, rows = _kit(tmp_path)
    fill(changes, {(rows[SHARED], 5): "change", (rows[SHARED], 6): "Sees TV ad"})
    old = _with_old_row(changes, rows, action, new)
    out = tmp_path / "new.xlsx"
    code, _, stderr = run_clean("apply", source, changes, "-o", out)
    assert code != 0 and not out.exists()
    said = " ".join(stderr.split())
    first = rows[SHARED]
    assert (
        f"rows {first} and {old} ask different things (row {first} changes it to 'Sees TV ad', "
        + asked.format(old=old)
        + f") of one cell Stages!B2 ('Sees ad'), cards {SHARED} and {OLD}: keep one row for that cell"
    ) in said


def test_two_rows_asking_the_same_of_one_shared_cell_are_applied_once_and_said(tmp_path: Path) -> None:
    source, changes, rows = _kit(tmp_path)
    fill(changes, {(rows[SHARED], 5): "change", (rows[SHARED], 6): "Sees TV ad"})
    old = _with_old_row(changes, rows, "change", "Sees TV ad")
    out = tmp_path / "new.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0 and "1 changed" in stdout
    assert f"rows {rows[SHARED]} and {old} ask the same of one cell Stages!B2" in " ".join(stderr.split())
    assert openpyxl.load_workbook(out)["Stages"]["B2"].value == "Sees TV ad"


def test_diff_says_a_shared_cells_change_once_naming_the_journeys(tmp_path: Path) -> None:
    """Round 14: diff listed the removal of a stage list's cell once per persona's journey that shows it. It says
    each change of such a cell once, in the first journey, naming the journeys (text and JSON)."""
    source, changes, rows = _kit(tmp_path)
    fill(changes, {(rows[SHARED], 5): "weg", (rows["J1-P2-X1-01"], 6): "Compares all offers"})
    out = tmp_path / "names-v2.xlsx"
    code, stdout, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0 and "1 changed, 1 removed" in stdout, stderr
    code, stdout, _ = run_clean("diff", source, out)
    assert code == 0
    both = "(in the journeys Journey – P1, Journey – P2)"
    assert stdout.count("removed: Sees ad") == 1 and f"removed: Sees ad {both}" in stdout
    assert stdout.count("Compares offers → Compares all offers") == 1 and f"Compares all offers {both}" in stdout
    code, stdout, _ = run_clean("diff", source, out, "--json")
    first, second = json.loads(stdout)["journeys"]
    [removed] = [i for p in first["phases"] for lane in p["lanes"] for i in lane["removed"]]
    assert removed == {"text": "Sees ad", "cell": "Stages!B2", "journeys": ["Journey – P1", "Journey – P2"]}
    assert second["phases"] == [] or all(not p["lanes"] for p in second["phases"])
