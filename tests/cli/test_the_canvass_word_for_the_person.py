"""canvasgen's own words (questions, prompts, notes, slide titles) ask of the person on the journey as the
canvas names them, not of "de klant" (new-user findings 7 and 26, round 22): a physiotherapy practice's lanes
ask "Wat doet Marieke?" in a "Patiëntreis"; a municipality's header says "Bewoner:". ``check --explain`` says
which word and how to have canvasgen's own; the poster and the deck, read back, say it."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from tests.support.cli import run_clean
from tests.support.read_back import pdftotext, slide_text
from tests.support.workbooks import make_book

PHASES = {"B3": "Klacht begint", "C3": "Afspraak maken", "D3": "Behandeling", "E3": "Nazorg"}
FYSIO = {"A1": "Patiëntreis knieklachten", **PHASES}
FYSIO |= {"A4": "Wat doet Marieke?", "B4": "Stoot haar knie", "C4": "Belt de praktijk", "D4": "Oefent", "E4": "Klaar"}
FYSIO |= {"A5": "Wat doen wij?", "B5": "Niets", "C5": "Plant in", "D5": "Behandelt", "E5": "Belt na"}
FYSIO |= {"A6": "Contactmomenten"}  # empty: its prompt asks canvasgen's question on poster and deck
FYSIO |= {"A7": "Score (1-5)", "B7": "2", "C7": "3", "D7": "4", "E7": "5"}


def _deck_and_notes(pptx: Path) -> str:
    notes = [s.notes_slide.notes_text_frame.text for s in Presentation(str(pptx)).slides if s.has_notes_slide]
    return slide_text(pptx) + "\n" + "\n".join(notes)


def test_a_first_name_and_the_titles_patient_are_asked_of_everywhere(tmp_path: Path) -> None:
    book = make_book(tmp_path / "fysio.xlsx", {"Patiëntreis": FYSIO})  # type: ignore[dict-item]
    code, out, err = run_clean("check", "--explain", book)
    assert code == 0, err
    (said,) = [line.strip() for line in out.splitlines() if "ask of" in line]
    assert said.startswith("canvasgen's own questions, prompts, notes and titles ask of 'Marieke' ('patiënt' in")
    assert "lane 'Wat doet Marieke?'" in said and "the title 'Patiëntreis knieklachten'" in said
    assert "to have them say 'de klant', write it so there" in said

    code, _, err = run_clean("build", book, "-o", tmp_path / "out")
    assert code == 0, err
    deck = _deck_and_notes(tmp_path / "out" / "fysio.pptx")
    assert "De patiëntreis in één oogopslag" in deck  # the glance slide's title
    assert "Hoe ervaart Marieke het?" in deck  # the exercise slides
    assert "Waar komt Marieke ons tegen?" in deck
    assert "Stel de opdrachtgever en het doel van vandaag voor." in deck  # the client is no patient
    assert "klant" not in deck.lower()
    poster = " ".join(pdftotext(tmp_path / "out" / "fysio.pdf").split())
    assert "Waar komt Marieke ons tegen? — nog in te vullen in de sessie" in poster
    assert "klant" not in poster.lower()


def test_a_header_label_names_the_person(tmp_path: Path) -> None:
    cells = {"A1": "Bewoner:", "B1": "Joost", **PHASES, "A4": "Klantproces", "B4": "Verhuist", "C4": "Meldt zich"}
    cells |= {"A5": "Contactmomenten", "A6": "Score (1-5)", "B6": "2", "C6": "3", "D6": "4", "E6": "5"}
    book = make_book(tmp_path / "gemeente.xlsx", {"Reis": cells})  # type: ignore[dict-item]
    code, out, err = run_clean("check", "--explain", book)
    assert code == 0, err
    assert "ask of 'de bewoner', the person on the journey as the canvas names them (the header label" in out
    code, _, err = run_clean("build", book, "-o", tmp_path / "out")
    assert code == 0, err
    deck = _deck_and_notes(tmp_path / "out" / "gemeente.pptx")
    assert "De reis van de bewoner in één oogopslag" in deck
    assert "Waar komt de bewoner ons tegen?" in deck and "de klant" not in deck.lower()
    poster = " ".join(pdftotext(tmp_path / "out" / "gemeente.pdf").split())
    assert "Waar komt de bewoner ons tegen? — nog in te vullen in de sessie" in poster
