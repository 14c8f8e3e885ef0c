"""Involvement on a persona × stage table's journeys (issue #30, shapes F6): each persona is drawn in the stages
the table has a row of theirs for (not in every stage of every persona's journey), on their own journey only —
neither bar nor card on another persona's — and ``check --explain`` says the stages they are not in and the
journeys they are left off."""

from __future__ import annotations

import csv
from pathlib import Path

from canvasgen.analysis.view import view_of
from canvasgen.layout.poster.poster import PosterSpec
from canvasgen.pipeline.read import read
from canvasgen.units import parse_paper
from tests.support.cli import run_clean
from tests.support.layouts import DATE, default_kit, laid_poster


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
    for name, shown_rows in rows.items():
        view = view_of(by_name[name], canvas)
        drawn = {persona.name.text: shown for persona, shown in view.involvement if persona.name}
        assert drawn == {name: shown_rows}  # in the stages of their own rows, on their own journey only


def test_explain_says_the_stages_a_persona_has_no_row_for(tmp_path: Path) -> None:
    table = _csv(tmp_path / "tabel.csv", _TABLE)
    people = _csv(tmp_path / "personas.csv", _PEOPLE)
    code, out, _ = run_clean("check", "--explain", table, "--with", people)
    out = " ".join(out.split())
    assert code == 0
    assert out.count("Ilse in 3 of 4 phases") == 1 and out.count("Bas in 3 of 4 phases") == 1  # not 4 of 4
    assert (
        "persona 'Bas' not drawn on 'tabel – Ilse' (neither a card nor a bar): it is drawn for another persona; "
        "theirs is 'tabel – Bas' — to draw them on the others' too, add a column 'Betrokken in fasen'"
    ) in out
    assert (
        "persona 'Ilse' taken to be in 3 of the 4 phases of 'tabel – Ilse', the journey drawn for them "
        "(personas!B2): those the table has a row of theirs for; not in '3'"
    ) in out


def test_each_persona_page_of_the_poster_shows_only_its_own_persona(tmp_path: Path) -> None:
    table = _csv(tmp_path / "tabel.csv", _TABLE)
    people = _csv(tmp_path / "personas.csv", _PEOPLE)
    canvas = read(table, companions=(people,))
    kit, fonts = default_kit()
    width, height = parse_paper("A1")
    layout = laid_poster(canvas, kit, fonts, PosterSpec(width, height, "nl", "tabel", DATE))
    pages = {page.title: " ".join(line.text for block in page.blocks for line in block.lines) for page in layout.pages}
    ilse, bas = pages["tabel – Ilse"], pages["tabel – Bas"]
    assert "Rekent alles na" in ilse and "Heeft weinig tijd" not in ilse  # Ilse's card, not Bas's
    assert "Heeft weinig tijd" in bas and "Rekent alles na" not in bas


def test_a_column_of_involved_phases_draws_a_persona_on_the_others_journey_too(tmp_path: Path) -> None:
    table = _csv(tmp_path / "tabel.csv", _TABLE)
    people = [[*row, phases] for row, phases in zip(_PEOPLE, ["Betrokken in fasen", "", "1, 3"], strict=True)]
    canvas = read(table, companions=(_csv(tmp_path / "personas.csv", people),))
    ilse = next(j for j in canvas.journeys if j.meta["persona"].text == "Ilse")
    drawn = {persona.name.text: shown for persona, shown in view_of(ilse, canvas).involvement if persona.name}
    assert drawn == {"Ilse": [True, True, False, True], "Bas": [True, False, True, False]}  # as the column says
