"""A persona table beside the canvas under its title (round 24, new user: "Buying group" over "Name | Role | Cares
about" under the grid): its "Role" column was read as each one's description, --explain told the user to head a
column of names 'Name' (it was), the title was printed as a note and the section was headed "Personas". The same
rows on a sheet of their own read right. Beside the grid they read as on their own sheet: the title heads them,
roles are roles, and a buying group is one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from canvasgen.words import DECK_WORDS, POSTER_WORDS
from tests.support.cli import run_clean
from tests.support.read_back import pdf_text, slide_text, squeeze
from tests.support.workbooks import make_book

MEMBERS = (
    ("Joris Vermeulen", "Facilitair manager (beslisser)", "Minder storingen in de kantine"),
    ("Aylin Demir", "Inkoper (poortwachter)", "Raamcontract en vaste prijzen"),
    ("Bram Kok", "Teamleider keuken", "Snelle service bij een defect"),
)


def _book(path: Path, title: str) -> Path:
    cells: dict[str, object] = {"A1": "Koffieautomaten voor kantoren", "A3": "Fase", "B3": "Aanleiding"}
    cells |= {"C3": "Offerte", "D3": "Installatie", "A4": "Wat doet de klant?", "B4": "Automaat valt uit"}
    cells |= {"C4": "Vraagt drie offertes", "D4": "Plant de monteur", "A5": "Pijnpunten", "B5": "Geen koffie"}
    cells |= {"C5": "Prijzen onduidelijk", "D5": "Monteur komt laat"}
    cells |= {"A8": title, "A9": "Naam", "B9": "Rol", "C9": "Belangrijk voor"}
    for r, member in enumerate(MEMBERS, start=10):
        cells |= {f"{col}{r}": text for col, text in zip("ABC", member, strict=True)}
    return make_book(path, {"Klantreis": cells})


@pytest.mark.parametrize("title", ["Inkoopgroep", "Buying group", "DMU", "Personas"])
def test_a_titled_persona_table_beside_the_canvas_reads_as_on_its_own_sheet(tmp_path: Path, title: str) -> None:
    source = _book(tmp_path / "koffie.xlsx", title)
    code, stdout, stderr = run_clean("check", source, "--json")
    assert code == 0, stderr
    model = json.loads(stdout)
    assert [(p["name"]["text"], p["role"]["text"]) for p in model["personas"]] == [m[:2] for m in MEMBERS]
    assert not any("bio" in p for p in model["personas"])
    assert model["persona_title"] == {"text": title, "cell": "Klantreis!A8"}
    assert title not in [note["text"] for note in model["notes"]]  # its heading, no note
    code, stdout, stderr = run_clean("check", source, "--explain")
    said = " ".join(stdout.split())
    assert (
        f"sheet 'Klantreis': '{title}' (A8) is the title of the persona table under it (A9:C12), read as a sheet of "
        "that name is: one persona per row, each field by its header ('Naam', 'Rol', 'Belangrijk voor')"
    ) in said
    assert "is each one's description" not in said and "head a column of names" not in said


def test_the_title_heads_the_buying_group_on_poster_and_deck(tmp_path: Path) -> None:
    source = _book(tmp_path / "koffie.xlsx", "Inkoopgroep")
    code, _, stderr = run_clean("build", source, "-o", tmp_path / "out")
    assert code == 0, stderr
    poster = squeeze(pdf_text(tmp_path / "out" / "koffie.pdf"))
    deck = squeeze(slide_text(tmp_path / "out" / "koffie.pptx"))
    for printed in (poster, deck):
        assert squeeze("Inkoopgroep") in printed
        assert squeeze("Inkoper (poortwachter)") in printed
    assert squeeze("Rol: Facilitair manager (beslisser)") in poster  # a role, under its own header
    # the title was the one note beside the canvas: no notes are left to head
    assert squeeze(POSTER_WORDS["nl"]["notes"]) not in poster
    assert squeeze(DECK_WORDS["nl"]["notes"]) not in deck
