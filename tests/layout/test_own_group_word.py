"""Round 13 (F2): a hospital's "Betrokkenen" sheet (GP, surgeon, carer) was headed "Inkoopgroep" (buying group)
on poster, deck and agenda. The client's own sheet name heads them; the B2B word is only the fallback, for
sheets that say no more than "Personas"."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.layout.meta import own_group_word, with_group_word
from canvasgen.words import DECK_WORDS, POSTER_WORDS
from tests.support.read_back import pdf_text, slide_text, squeeze
from tests.support.reading import read_canvas

PHASES = ["Klachten", "Huisarts", "Operatie", "Herstel"]


def hospital(path: Path, people_sheet: str, role: str = "Rol") -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Klantreis"
    ws["A1"], ws["A2"], ws["A3"] = "Fase", "Wat de patiënt doet", "Knelpunten"
    for col, phase in enumerate(PHASES, start=2):
        ws.cell(1, col, phase)
        ws.cell(2, col, f"Patiënt bij {phase.lower()}")
        ws.cell(3, col, f"Wachten bij {phase.lower()}")
    people = book.create_sheet(people_sheet)
    people.append(["Naam", role, "Betrokken in fasen"])
    people.append(["Huisarts", "Verwijzer", "Klachten, Huisarts"])
    people.append(["Orthopeed", "Behandelaar", "Operatie"])
    people.append(["Mantelzorger", "Dochter", "Huisarts, Operatie, Herstel"])
    book.save(path)
    return path


def test_the_clients_sheet_name_heads_its_people_on_poster_and_deck(tmp_path: Path) -> None:
    path = hospital(tmp_path / "ziekenhuis.xlsx", "Betrokkenen")
    canvas = read_canvas(path)
    assert own_group_word(canvas, "nl") == "Betrokkenen"
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    poster = squeeze(pdf_text(tmp_path / "out" / "ziekenhuis.pdf"))
    assert squeeze("Betrokkenen: betrokken per fase") in poster
    deck = squeeze(slide_text(tmp_path / "out" / "ziekenhuis.pptx"))
    assert squeeze("Betrokkenen: wie is waar betrokken") in deck
    for text in (poster, deck):
        assert "inkoopgroep" not in text.casefold()


def test_a_sheet_that_says_only_personas_keeps_the_buying_group_words(tmp_path: Path) -> None:
    # its role column says the people are a buying group (round 18: else the headings are neutral)
    canvas = read_canvas(hospital(tmp_path / "b2b.xlsx", "Personas", "Rol in de inkoopgroep"))
    assert own_group_word(canvas, "en") is None
    assert with_group_word(POSTER_WORDS["en"], canvas, "en")["roles_by_phase"] == "Buying group: involvement by phase"
    assert with_group_word(DECK_WORDS["nl"], canvas, "nl")["a_roles"] == DECK_WORDS["nl"]["a_roles"]


def test_every_language_has_the_own_word_for_every_buying_group_word(tmp_path: Path) -> None:
    canvas = read_canvas(hospital(tmp_path / "ziekenhuis.xlsx", "Betrokkenen"))
    for language in POSTER_WORDS:
        words = {
            **with_group_word(POSTER_WORDS[language], canvas, language),
            **with_group_word(DECK_WORDS[language], canvas, language),
        }
        for key in ("roles_by_phase", "a_roles", "roles", "personas"):
            assert "Betrokkenen" in words[key], (language, key)
