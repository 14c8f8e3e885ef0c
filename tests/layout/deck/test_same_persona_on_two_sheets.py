"""The same persona written on two sheets (the ideal and the current journey's) (round 18, new user's finding
2): one persona, one slide or card on the deck, never identical slides twice; said in ``check --explain``.
A persona differing in a word on another sheet is still one persona, both words kept and warned."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from canvasgen.brand.kit import load_kit
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from canvasgen.read.reader import read_canvas
from tests.support.layouts import deck_fonts, laid_deck


def _book(path: Path, table: bool, second_goal: str = "School geregeld") -> Path:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    for sheet, scenario in ((first, "Ideaal"), (book.create_sheet(), "Huidig")):
        sheet.title = scenario
        sheet["A1"], sheet["B1"] = "Persona", "Student Sanne & gezin De Vries"
        sheet["A2"], sheet["B2"] = "Scenario", scenario
        sheet.cell(4, 1, "Fase")
        for j, phase in enumerate(["Aandacht", "Afweging", "Actie"], start=2):
            sheet.cell(4, j, phase)
        for i, lane in enumerate(["Klantproces", "Contactmomenten", "Pijnpunten"], start=5):
            sheet.cell(i, 1, lane)
            for j in range(2, 5):
                sheet.cell(i, j, f"{scenario} {lane} {j - 1}")
        if table:  # a persona table beside the canvas, one blank column between
            goal = second_goal if scenario == "Huidig" else "School geregeld"
            for i, line in enumerate(
                [["Persona", "Rol", "Doel"], ["Sanne", "Student", "Huurtoeslag"], ["Gezin De Vries", "Ouders", goal]],
                start=4,
            ):
                for j, value in enumerate(line, start=6):
                    sheet.cell(i, j, value)
    book.save(path)
    return path


def _deck(path: Path) -> list[str]:
    kit, _ = load_kit(None)
    deck = laid_deck(read_canvas(path), kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")
    return [p.text for s in deck.slides if s.kind in ("persona", "personas") for f in s.frames for p in f.paras]


def test_a_persona_table_written_the_same_on_two_sheets_is_one_persona_each(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path / "verhuizen.xlsx", table=True))
    assert [p.name.text for p in canvas.personas if p.name] == ["Sanne", "Gezin De Vries"]
    said = [line for line in canvas.reading if "is written the same at" in line]
    assert len(said) == 2 and "Ideaal!F5 and Huidig!F5" in said[0]
    assert _deck(tmp_path / "verhuizen.xlsx").count("Doel: Huurtoeslag") == 1


def test_a_persona_differing_in_a_word_on_another_sheet_is_one_persona_keeping_both_words(tmp_path: Path) -> None:
    """Round 19: the same name on two sheets is one persona (an agency copies its persona to each sheet); a
    field the sheets give otherwise is kept twice, under the field's own heading (never its key "goals_2"),
    and warned naming both words, never "a persona of its own"."""
    path = _book(tmp_path / "verhuizen.xlsx", table=True, second_goal="School en huisarts")
    canvas = read_canvas(path)
    assert [p.name.text for p in canvas.personas if p.name] == ["Sanne", "Gezin De Vries"]
    warned = [w.message for w in canvas.warnings if "Gezin De Vries" in w.message]
    assert len(warned) == 1 and "'Doel' otherwise ('School geregeld' and 'School en huisarts')" in warned[0]
    shown = _deck(path)
    assert shown.count("Persona: Gezin De Vries") == 1
    assert "Doel: School geregeld" in shown and "Doel: School en huisarts" in shown
    assert not any("goals" in text for text in shown)


def test_the_same_persona_in_both_headers_is_one_card(tmp_path: Path) -> None:
    path = _book(tmp_path / "verhuizen.xlsx", table=False)
    canvas = read_canvas(path)
    assert len(canvas.journeys) == 2 and not canvas.personas
    assert any("written the same in the headers of 2 journeys" in line for line in canvas.reading)
    cards = [text for text in _deck(path) if "Student Sanne & gezin De Vries" in text]
    assert len(cards) == 1
