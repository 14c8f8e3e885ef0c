"""Sheets headed "Rol | Beschrijving" / "Role | Description" that are no buying group (hostile round 24): a
glossary of the canvas's own words ("Touchpoint", "Persona", "Pijnpunten", "Backstage") was read as that many
personas, each called by the term it explains, on the poster's persona cards and the deck's persona slides. Its
rows stay a small table of notes, said; a buying group of roles is still read (tests/read/tables/
test_buying_group_by_role.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli import run_clean
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

_CANVAS = {
    "A1": "Fase",
    "B1": "Oriëntatie",
    "C1": "Aanvraag",
    "A2": "Klantactiviteiten",
    "B2": "Leest reviews",
    "C2": "Belt de winkel",
    "A3": "Pijnpunten",
    "B3": "Tegenstrijdige reviews",
    "C3": "Lang in de wacht",
}


def _book(path: Path, sheet: str, rows: list[tuple[str, str]]) -> Path:
    cells = {f"{col}{r}": text for r, row in enumerate(rows, start=1) for col, text in zip("AB", row, strict=True)}
    return make_book(path, {"Klantreis": _CANVAS, sheet: cells})


@pytest.mark.parametrize(
    ("sheet", "rows"),
    [
        (
            "Begrippen",
            [
                ("Rol", "Beschrijving"),
                ("Touchpoint", "Elk contact met de klant"),
                ("Persona", "Een getypeerde klant"),
                ("Klantreis", "De weg die de klant aflegt"),
            ],
        ),
        (
            "Glossary",
            [
                ("Role", "Description"),
                ("Touchpoint", "Any moment we meet the customer"),
                ("Backstage", "What the customer never sees"),
                ("Journey", "The steps of one customer"),
                ("Scenario", "The situation the journey starts in"),
            ],
        ),
    ],
)
def test_a_glossary_of_the_canvas_words_is_no_buying_group(
    tmp_path: Path, sheet: str, rows: list[tuple[str, str]]
) -> None:
    path = _book(tmp_path / "reis.xlsx", sheet, rows)
    canvas = read_canvas(path)
    assert canvas.personas == []  # was: a persona per term ('Touchpoint', 'Persona', 'Klantreis')
    notes = {note.text for note in canvas.notes}
    assert {f"{term} · {meaning}" for term, meaning in rows[1:]} <= notes  # every word kept, as notes
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert f"A1:B{len(rows)} is a small table of {len(rows)} rows outside the canvas: kept as notes" in out


def test_roles_beside_a_term_or_two_are_still_a_buying_group(tmp_path: Path) -> None:
    """A buying group whose members include a word the canvas also uses ('Klant') is read as before."""
    rows = [("Rol", "Beschrijving"), ("Beslisser", "Tekent"), ("Gebruiker", "Plant"), ("Klant", "Betaalt")]
    canvas = read_canvas(_book(tmp_path / "groep.xlsx", "Inkoopgroep", rows))
    assert [p.name.text for p in canvas.personas if p.name] == ["Beslisser", "Gebruiker", "Klant"]
