"""What a sheet is for (round 5, N2 and H5): touchpoint and persona sheets known by what they hold, whatever
they are called; the decision said in ``check --explain`` with the ``--sheet`` correction that changes it."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.support.cli import run_clean
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

_PHASES = ["Ontdekken", "Aanvragen", "Levering"]
_JOURNEY: dict[str, object] = {"A1": "Fase", "A2": "Klantacties", "A3": "Pijnpunten"}
for _i, _phase in enumerate(_PHASES):
    _JOURNEY |= {f"{'BCD'[_i]}1": _phase, f"{'BCD'[_i]}2": f"Doet {_i}", f"{'BCD'[_i]}3": f"Pijn {_i}"}
_MOMENTS: dict[str, object] = {
    "A1": "Moment",
    "B1": "In welke fase",
    "C1": "Via",
    "D1": "Wie is eigenaar",
    "A2": "Intranetpagina fietsplan",
    "B2": "Ontdekken",
    "C2": "Intranet",
    "D2": "HR",
    "A3": "Aanvraagformulier",
    "B3": "Aanvragen",
    "C3": "Website",
    "D3": "TrapLease",
    "A4": "Statusmail",
    "B4": "Levering",
    "C4": "E-mail",
    "D4": "TrapLease",
}
_PEOPLE: dict[str, object] = {
    "A1": "Naam",
    "B1": "Functie",
    "C1": "Wil graag",
    "D1": "Ergert zich aan",
    "A2": "Sanne",
    "B2": "Beleidsmedewerker",
    "C2": "Fit blijven",
    "D2": "Papierwerk",
    "A3": "Ahmed",
    "B3": "Teamleider HR",
    "C3": "Overzicht",
    "D3": "Telefoontjes",
}


def _book(tmp_path: Path) -> Path:
    return make_book(tmp_path / "fietsplan.xlsx", {"Reis": _JOURNEY, "Blad2": _MOMENTS, "Doelgroep": _PEOPLE})


def test_touchpoints_and_personas_are_known_by_their_columns_whatever_the_sheets_are_called(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path))
    assert [j.sheet for j in canvas.journeys] == ["Reis"]
    assert [(t.phase and t.phase.text, t.name and t.name.text) for t in canvas.touchpoints] == [
        ("Ontdekken", "Intranetpagina fietsplan"),
        ("Aanvragen", "Aanvraagformulier"),
        ("Levering", "Statusmail"),
    ]
    assert [t.fields["channel"].text for t in canvas.touchpoints] == ["Intranet", "Website", "E-mail"]
    assert [p.name and p.name.text for p in canvas.personas] == ["Sanne", "Ahmed"]
    assert canvas.personas[0].fields["goals"].text == "Fit blijven"
    said = "\n".join(canvas.reading)
    assert "sheet 'Blad2': touchpoints, by its columns" in said and "--sheet 'Blad2=journey'" in said
    assert "sheet 'Doelgroep': personas, by its columns" in said and "--sheet 'Doelgroep=journey'" in said


def test_the_sheet_correction_is_said_and_changes_the_reading(tmp_path: Path) -> None:
    book = _book(tmp_path)
    code, out, _ = run_clean("check", "--explain", book)
    assert code == 0 and "3 touchpoints, 2 personas" in out
    assert "--sheet 'Blad2=journey'" in out and "--sheet 'Doelgroep=journey'" in out
    code, out, _ = run_clean("check", "--explain", book, "--sheet", "Doelgroep=journey", "--sheet", "Blad2=journey")
    assert code == 0 and "0 touchpoints" in out and "Sanne" in out  # its words now read as a journey's
    assert "sheet 'Doelgroep': journey, as set in the command line" in out
    # a sheet whose columns say nothing is read as what the user says it is
    bare = make_book(
        tmp_path / "kaal.xlsx", {"Reis": _JOURNEY, "Lijst": {"A1": "x", "B1": "y", "A2": "Sanne", "B2": "z"}}
    )
    code, out, _ = run_clean("check", "--explain", bare, "--sheet", "Lijst=personas")
    assert code == 0 and "sheet 'Lijst': personas, as set in the command line" in out
    code, out, err = run_clean("check", bare, "--sheet", "Lijst=people")
    assert code != 0 and "--sheet 'Lijst=people'" in err + out and "Traceback" not in err


def test_a_short_persona_list_given_with_a_map_is_its_personas_not_a_journey(tmp_path: Path) -> None:
    book = _book(tmp_path)
    listed = tmp_path / "personas.csv"
    with listed.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["id", "name", "description"], ["P1", "Anna", "Young professional"]])
    code, out, _ = run_clean("check", "--explain", book, "--with", listed)
    assert code == 0
    assert "journey 'personas'" not in out and "lane 'P1'" not in out
    assert "3 touchpoints, 3 personas" in out and "Anna" in out
