"""Companions matched by id (round 5, H6 and H17): ids match by value, a companion that names nothing is
said, a stage id given twice is warned naming both cells (a persona id twice is an error), and a stage list
that names the map's stages brings no warnings about itself as a journey."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from tests.support.cli import run_clean

_MATRIX = [
    ["persona_id", "stage_id", "goal", "action", "pain", "emotion_value"],
    ["P1", "1", "Find info", "Searches Google", "Too many ads", "1"],
    ["P1", "2", "Compare", "Reads reviews", "Conflicting reviews", "-1"],
    ["P1", "3", "Buy", "Checks out", "Slow checkout", "0"],
    ["P2", "1", "Find info", "Asks friends", "Nobody knows", "0"],
    ["P2", "2", "Compare", "Visits store", "Pushy seller", "-2"],
    ["P2", "3", "Buy", "Buys in store", "Queue", "1"],
]
_PERSONAS = [["id", "name", "description"], ["P1", "Anna", "Young professional"], ["P2", "Bert", "Retired"]]


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def _stages(path: Path, ids: list[str]) -> Path:
    titles = ["Awareness", "Consideration", "Purchase"]
    return _csv(path, [["id", "title", "zone"], *([i, t, "Online"] for i, t in zip(ids, titles, strict=True))])


def test_zero_padded_stage_ids_name_the_maps_stages_without_noise_about_the_list(tmp_path: Path) -> None:
    matrix = _csv(tmp_path / "matrix.csv", _MATRIX)
    stages = _stages(tmp_path / "stages.csv", ["01", "02", "03"])
    code, out, _ = run_clean("check", matrix, "--with", stages, "--with", _csv(tmp_path / "p.csv", _PERSONAS))
    assert code == 0 and "matrix.csv: 2 journeys" in out
    assert out.count("3 phases: Awareness | Consideration | Purchase") == 2
    assert "journey 'stages'" not in out  # nothing said of the list as a journey of its own
    assert "stages.csv: stages: " not in out  # ... nor of its id header (a note, kept) as outside a canvas
    assert "lane 'zone'" in out  # the list's column joins the map's journeys as a lane, said as one


def test_a_companion_whose_ids_name_some_stages_names_those_and_says_which_not(tmp_path: Path) -> None:
    """Round 14: a stage list naming stages 1 and 2 of 1, 2, 3 (and a stage 4 the map lacks) names those two;
    '3' keeps its id, stage 4 is a note with its words, both said; persona ids that name nothing are said."""
    matrix = _csv(tmp_path / "matrix.csv", _MATRIX)
    stages = _stages(tmp_path / "stages.csv", ["S1", "S2", "S4"])  # no stage 3
    others = _csv(tmp_path / "p.csv", [["id", "name", "description"], ["X1", "Anna", "a"], ["X2", "Bert", "b"]])
    code, out, _ = run_clean("check", matrix, "--with", stages, "--with", others)
    assert code == 0
    out = " ".join(out.split())
    assert out.count("3 phases: Awareness | Consideration | 3") == 2
    assert (
        "the stage list of stages.csv names 2 of the 3 stages of the table on sheet 'matrix' (1 = S1 ('Awareness'), "
        "2 = S2 ('Consideration')): those are named by it; '3' keeps its id as its name"
    ) in out
    assert "phase(s) 'Purchase' match no phase of" in out and "kept as one note with its words" in out
    assert "p.csv: p: its persona ids (X1, X2) name none of the map's personas (P1, P2)" in out


@pytest.mark.parametrize("ids", [["S01", "S02", "S03"], ["Stage 1", "Stage 2", "Stage 3"], ["s1", "s2", "s3"]])
def test_a_companions_ids_numbered_otherwise_match_by_their_number_and_say_so(tmp_path: Path, ids: list[str]) -> None:
    """Hostile 12 F22: the table's stages '1, 2, 3' and the list's 'S01, S02, S03' are one stage each by number."""
    matrix = _csv(tmp_path / "matrix.csv", _MATRIX)
    code, out, _ = run_clean("check", "--explain", matrix, "--with", _stages(tmp_path / "stages.csv", ids))
    assert code == 0 and "matrix.csv: 2 journeys" in out
    assert out.count("3 phases: Awareness | Consideration | Purchase") == 2
    assert (
        f"its stages named by the number in each id (the table's '1', '2', '3' are the list's '{ids[0]}', "
        f"'{ids[1]}', '{ids[2]}') from stages.csv: 1 = 'Awareness', 2 = 'Consideration', 3 = 'Purchase'"
    ) in " ".join(out.split())


def test_a_stage_id_given_twice_is_warned_naming_both_cells_and_reading_goes_on(tmp_path: Path) -> None:
    """Hostile 19 F25: a stage id given twice refused the whole workbook; now each row is a stage, the id names
    the first (said with both cells), and every word is kept."""
    matrix = _csv(tmp_path / "matrix.csv", _MATRIX)
    twice = _stages(tmp_path / "stages.csv", ["1", "01", "2"])
    code, out, err = run_clean("check", matrix, "--with", twice)
    assert code == 0 and "Traceback" not in err, err + out
    flat = " ".join(out.split())
    assert (
        "stages.csv: stages!A3: the stage id '01' is given twice, in A2 and A3: both read as stages, 'Awareness' "
        "and 'Consideration'; a table naming stage '01' means the first"
    ) in flat, out
    assert "'Consideration'" in flat and "kept as one note with its words" in flat, out
    stages = _stages(tmp_path / "fine.csv", ["1", "2", "3"])
    people = _csv(tmp_path / "p.csv", [*_PERSONAS, ["P1", "Annabel", "Another one"]])
    code, out, err = run_clean("check", matrix, "--with", stages, "--with", people)
    assert code != 0 and "Traceback" not in err
    assert "p.csv: p!A2: the id 'P1' is given twice, in A2 and A4" in err + out


def test_a_workbooks_own_stage_sheet_giving_an_id_twice_still_reads(tmp_path: Path) -> None:
    """F25: the workbook's own Stages sheet beside a persona × stage table: the workbook is read, not refused."""
    book = openpyxl.Workbook()
    table = book.active
    table.title = "Matrix"
    for row in [["persona_id", "stage_id", "action", "emotion_value"]] + [
        [p, stage, f"{p} doet {stage}", 1] for p in ("P1", "P2") for stage in (1, 2, 3)
    ]:
        table.append(row)
    stages = book.create_sheet("Stages")
    for row in [["stage_id", "name"], [1, "Zoeken"], [2, "Kopen"], [2, "Kopen bis"], [3, "Gebruiken"]]:
        stages.append(row)
    path = tmp_path / "matrix.xlsx"
    book.save(path)
    code, out, err = run_clean("check", path)
    assert code == 0 and "Traceback" not in err, err + out
    assert out.count("3 phases: Zoeken | Kopen | Gebruiken") == 2, out
    assert "Stages!A4: the stage id '2' is given twice, in A3 and A4" in out, out
    assert "'Kopen bis'" in out
