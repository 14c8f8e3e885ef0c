"""A metadata field the team left empty (a template's "Persona", "Versie", "Datum", "Scenario" not filled in, a
new user's F14) is no content: poster and deck leave it out, never "Persona: —"; check lists the fields left
empty. A field with a value is shown as before."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run_clean
from tests.support.read_back import pdftotext, slide_text
from tests.support.workbooks import make_book


def _book(path: Path) -> Path:
    cells: dict[str, object] = {
        "A1": "Knieoperatie",
        "A2": "Klant",
        "B2": "Ziekenhuis Rijnoever",
        "A3": "Persona",
        "A4": "Versie",
        "A5": "Scenario",
        "A7": "Fase",
        "B7": "Verwijzing",
        "C7": "Intake",
        "D7": "Opname",
        "A8": "Wat beleeft de patiënt?",
        "B8": "Krijgt een brief",
        "C8": "Hoort de diagnose",
        "D8": "Wordt opgenomen",
        "A9": "Ervaringsscore (-2 t/m +2)",
        "B9": 0,
        "C9": -1,
        "D9": 1,
    }
    return make_book(path, {"Reis": cells})


def test_empty_meta_fields_are_left_off_poster_and_deck_and_said_in_check(tmp_path: Path) -> None:
    path = _book(tmp_path / "knie.xlsx")
    code, out, err = run_clean("check", path)
    assert code == 0, err
    assert "left empty, so not on poster or deck: Persona · Versie · Scenario" in out
    code, _, err = run_clean("build", path, "-o", tmp_path / "out")
    assert code == 0, err
    for text in (pdftotext(tmp_path / "out" / "knie.pdf"), slide_text(tmp_path / "out" / "knie.pptx")):
        flat = " ".join(text.split())
        assert "Ziekenhuis Rijnoever" in flat  # the field with a value stays
        assert "Persona:" not in flat and "Versie:" not in flat and "Scenario:" not in flat
        assert ": —" not in flat
