"""Involvement on a persona × stage table's journeys (issue #30, shapes F6): each persona is drawn in the stages
the table has a row of theirs for (not in every stage of every persona's journey), on their own journey and on
the other's, and ``check --explain`` says the stages they are not in."""

from __future__ import annotations

import csv
from pathlib import Path

from canvasgen.analysis.view import view_of
from canvasgen.pipeline.read import read
from tests.support.cli import run_clean


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


_TABLE = [
    ["persona_id", "stage_id", "wants", "does", "emotion_value"],
    ["K1", "1", "Weten wat het kost", "Zoekt online", "0"],
    ["K1", "2", "Vergelijken", "Vraagt offertes", "-1"],
    ["K1", "4", "Snel geholpen", "Belt de helpdesk", "1"],
    ["K2", "1", "Advies", "Bezoekt een beurs", "1"],
    ["K2", "3", "Geen gedoe", "Tekent in de winkel", "-1"],
    ["K2", "4", "Uitleg", "Leest de handleiding", "0"],
]
_PEOPLE = [["id", "name", "persona"], ["K1", "Ilse", "Rekent alles na"], ["K2", "Bas", "Heeft weinig tijd"]]


def test_each_persona_is_drawn_in_the_stages_of_their_rows(tmp_path: Path) -> None:
    table = _csv(tmp_path / "tabel.csv", _TABLE)
    people = _csv(tmp_path / "personas.csv", _PEOPLE)
    canvas = read(table, companions=(people,))
    by_name = {j.meta["persona"].text: j for j in canvas.journeys}
    assert [p.name for p in by_name["Ilse"].phases] == ["1", "2", "3", "4"]
    rows = {"Ilse": [True, True, False, True], "Bas": [True, False, True, True]}
    for name in rows:
        view = view_of(by_name[name], canvas)
        drawn = {persona.name.text: shown for persona, shown in view.involvement if persona.name}
        assert drawn == rows  # each in the stages of their own rows, whosever journey it is


def test_explain_says_the_stages_a_persona_has_no_row_for(tmp_path: Path) -> None:
    table = _csv(tmp_path / "tabel.csv", _TABLE)
    people = _csv(tmp_path / "personas.csv", _PEOPLE)
    code, out, _ = run_clean("check", "--explain", table, "--with", people)
    out = " ".join(out.split())
    assert code == 0
    assert out.count("Ilse in 3 of 4 phases; Bas in 3 of 4 phases") == 2  # on both journeys, not 4 of 4
    assert (
        "persona 'Ilse' taken to be in 3 of the 4 phases of 'tabel – Ilse', the journey drawn for them "
        "(personas!B2): those the table has a row of theirs for; not in '3'"
    ) in out
