"""Persona lists beside a persona × stage table (issue #30, shapes F27 and F12): a companion ``id, name`` list
whose ids are the table's persona ids is a list of personas by what it holds, whatever its file is called (it
was a journey of phases "A1 | A2" unless called personas.csv), said with the correction that keeps it a journey;
a list whose ids are numbers ("1", "2") joins a table whose ids are those numbers, or are written "K1", "K2"
alike (said); ids of the table that the list does not name are said."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.support.cli import run_clean


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def _table(path: Path, people: list[str]) -> Path:
    rows = [["persona_id", "stage_id", "does", "pain", "emotion_value"]]
    for n, who in enumerate(people):
        rows += [
            [who, "1", f"Reads the leaflet {n}", "Small print", "0"],
            [who, "2", f"Calls the desk {n}", "Long wait", "-1"],
            [who, "3", f"Signs online {n}", "Password rules", "1"],
        ]
    return _csv(path, rows)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("people", "listed"),
    [
        (["A1", "A2"], ["A1", "A2"]),  # two rows: read as a journey of phases "A1 | A2" before
        (["A1", "A2", "A3"], ["a1", "a2", "a3"]),  # three rows, ids in another case: a stage list before
    ],
)
def test_an_id_name_list_of_the_tables_personas_is_a_persona_list_by_what_it_holds(
    tmp_path: Path, people: list[str], listed: list[str]
) -> None:
    names = ["Mirjam", "Olu", "Teun"][: len(listed)]
    table = _table(tmp_path / "reizen.csv", people)
    crew = _csv(tmp_path / "deelnemers.csv", [["id", "name"], *([i, n] for i, n in zip(listed, names, strict=True))])
    code, out, _ = run_clean("check", "--explain", table, "--with", crew)
    out = _flat(out)
    assert code == 0, out
    assert f"reizen.csv: {len(people)} journeys" in out  # no journey of the list
    assert "journey 'deelnemers'" not in out
    for name in names:
        assert f"journey 'reizen – {name}'" in out and f"persona {name}" in out
    assert f"{len(names)} personas" in out
    assert (
        "sheet 'deelnemers': a list of the personas of the table on sheet 'reizen', one per row, by its ids"
    ) in out and "if it is otherwise, give --sheet 'deelnemers=journey'" in out
    _, kept, _ = run_clean("check", "--explain", table, "--with", crew, "--sheet", "deelnemers=journey")
    kept = _flat(kept)  # the correction said is honoured: no persona list
    assert "no persona table" in kept and "a list of the personas" not in kept and "persona Mirjam" not in kept


@pytest.mark.parametrize(("people", "ids"), [(["A1", "A2"], ["1", "2", "3"]), (["1", "2"], ["S1", "S2", "S3"])])
def test_a_stage_list_by_id_is_not_taken_for_a_persona_list(tmp_path: Path, people: list[str], ids: list[str]) -> None:
    """A list whose ids are the table's stage ids (as written, or by number as the stages' are) stays its stage
    list, even when its numbers are the persona ids' numbers too."""
    table = _table(tmp_path / "reizen.csv", people)
    rows = [["id", "name"], *([i, n] for i, n in zip(ids, ["Horen", "Bellen", "Tekenen"], strict=True))]
    code, out, _ = run_clean("check", "--explain", table, "--with", _csv(tmp_path / "stappen.csv", rows))
    out = _flat(out)
    assert code == 0 and out.count("3 phases: Horen | Bellen | Tekenen") == 2
    assert "a list of the personas" not in out


@pytest.mark.parametrize("table_ids", [["1", "2"], ["K1", "K2"]])
def test_numbered_persona_ids_join_a_persona_list_numbered_alike(tmp_path: Path, table_ids: list[str]) -> None:
    table = _table(tmp_path / "reizen.csv", table_ids)
    told = [
        ["id", "persona"],
        ["1", "Mirjam (44) werkt in de zorg en plant alles op papier, het liefst een week vooruit."],
        ["2", "Olu (23) studeert, woont op kamers en regelt alles op zijn telefoon tussen de colleges."],
    ]
    code, out, _ = run_clean("check", "--explain", table, "--with", _csv(tmp_path / "mensen.csv", told))
    out = _flat(out)
    assert code == 0, out
    assert "reizen.csv: 2 journeys" in out and "2 personas" in out  # one person each, not four
    assert "journey 'reizen – Persona 1'" in out and "journey 'reizen – Persona 2'" in out
    assert f"persona id '{table_ids[0]}' named by mensen.csv: 'Persona 1'" in out
    if table_ids[0] != "1":
        assert "its id there '1': ids written otherwise on the two sides match by their number" in out


def test_table_ids_the_list_does_not_name_are_said(tmp_path: Path) -> None:
    table = _table(tmp_path / "reizen.csv", ["A1", "A2", "A3"])
    crew = _csv(tmp_path / "personas.csv", [["id", "name"], ["A1", "Mirjam"], ["A2", "Olu"]])
    code, out, _ = run_clean("check", table, "--with", crew)
    out = _flat(out)
    assert code == 0
    assert "journey 'reizen – Mirjam'" in out and "journey 'reizen – A3'" in out
    assert "its persona ids (A1, A2) name no persona 'A3' of the map (its ids: A1, A2, A3)" in out
    assert "that journey keeps its id as its name" in out


def test_a_sheet_of_the_workbook_listing_the_tables_personas_by_id_names_them(tmp_path: Path) -> None:
    """The same in one workbook: a sheet 'Deelnemers' of ``id, name`` beside the table (its cells went to notes)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Tabel"
    with _table(tmp_path / "t.csv", ["A1", "A2"]).open(encoding="utf-8") as f:
        for row in csv.reader(f):
            sheet.append(row)
    listed = book.create_sheet("Deelnemers")
    for row in (["id", "name"], ["A1", "Mirjam"], ["A2", "Olu"]):
        listed.append(row)
    book.save(tmp_path / "reis.xlsx")
    code, out, _ = run_clean("check", "--explain", tmp_path / "reis.xlsx")
    out = _flat(out)
    assert code == 0, out
    assert "journey 'Tabel – Mirjam'" in out and "journey 'Tabel – Olu'" in out and "2 personas" in out
    assert "notes outside any canvas" not in out
    assert "sheet 'Deelnemers': a list of the personas of the table on sheet 'Tabel'" in out
    _, kept, _ = run_clean("check", tmp_path / "reis.xlsx", "--sheet", "Deelnemers=journey")
    assert "no persona table" in _flat(kept)
