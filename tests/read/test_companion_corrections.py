"""Corrections aimed at a companion (issue #30, shapes F28): a ``--lane`` for a lane a companion's stage list
joins, and a ``--sheet``/``--groups`` naming a companion's sheet, are used and said as used (never "matches
nothing ... not used"); ``--groups none`` keeps a companion stage list's grouping column a lane, as it does the
map's own; a correction that matches nothing in the workbook nor its companions is still said."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.support.cli import run_clean

_TABLE = [
    ["persona_ref", "step_ref", "doing", "felt_score"],
    ["A", "T1", "Leest de brief", "0"],
    ["A", "T2", "Belt de gemeente", "-1"],
    ["A", "T3", "Vult het formulier in", "1"],
    ["B", "T1", "Ziet een poster", "1"],
    ["B", "T2", "Mailt een vraag", "0"],
    ["B", "T3", "Stuurt het formulier op", "-2"],
]
_STAGES = [
    ["id", "title", "venue", "cluster"],
    ["T1", "Horen", "straat", "Vooraf"],
    ["T2", "Vragen", "loket", "Vooraf"],
    ["T3", "Aanvragen", "online", "Daarna"],
]


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_lane_correction_for_a_companions_lane_is_used_and_said_as_corrected(tmp_path: Path) -> None:
    table = _csv(tmp_path / "reis.csv", _TABLE)
    stages = _csv(tmp_path / "fasen.csv", _STAGES)
    code, out, _ = run_clean("check", table, "--with", stages, "--lane", "venue=channels")
    out = _flat(out)
    assert code == 0
    assert out.count("lane 'venue' [channels, corrected]") == 2  # on both personas' journeys
    assert "--lane 'venue=channels'" not in out  # no "matches nothing ... it was not used"
    assert "not used" not in out


def test_groups_none_keeps_a_companion_stage_lists_grouping_column_a_lane(tmp_path: Path) -> None:
    table = _csv(tmp_path / "reis.csv", _TABLE)
    stages = _csv(tmp_path / "fasen.csv", _STAGES)
    _, grouped, _ = run_clean("check", table, "--with", stages)
    assert "phase groups: Vooraf (Horen, Vragen) | Daarna (Aanvragen)" in _flat(grouped)
    for groups in ("none", "fasen!none"):
        code, out, _ = run_clean("check", table, "--with", stages, "--groups", groups)
        out = _flat(out)
        assert code == 0, out
        assert "phase groups" not in out
        assert out.count("lane 'cluster' [") == 2  # the column is a lane, its words kept
        assert "not used" not in out  # the companion's sheet is a sheet of this build


def test_a_correction_matching_neither_the_workbook_nor_its_companions_is_said(tmp_path: Path) -> None:
    table = _csv(tmp_path / "reis.csv", _TABLE)
    stages = _csv(tmp_path / "fasen.csv", _STAGES)
    code, out, _ = run_clean("check", table, "--with", stages, "--lane", "nergens=channels", "--groups", "elders!none")
    out = _flat(out)
    assert code == 0
    assert (
        "the correction --lane 'nergens=channels' (no lane is labelled so) in the command line matches nothing in "
        "this workbook nor its companions (--with); it was not used"
    ) in out
    assert "the correction sheet 'elders'" in out and "'fasen'" in out


def test_a_sheet_role_for_a_companions_sheet_is_used_and_not_said_unused(tmp_path: Path) -> None:
    table = _csv(tmp_path / "reis.csv", _TABLE)
    people = _csv(tmp_path / "mensen.csv", [["id", "name"], ["A", "Loes"], ["B", "Pim"]])
    code, out, _ = run_clean("check", table, "--with", people, "--sheet", "mensen=personas")
    out = _flat(out)
    assert code == 0
    assert "journey 'reis – Loes'" in out and "journey 'reis – Pim'" in out
    assert "not used" not in out
