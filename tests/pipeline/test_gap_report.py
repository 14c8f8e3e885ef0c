"""``canvasgen gaps`` as a client reads it (findings 11): the gap pages and slides come first, the current
map after them for reference, its appendix last and never between two gap pages; the method (similarity,
what was not compared) in the notes and the terminal, not on the page; no "Verschil 0" for a phase without a
score; the curve reading compares neighbours only; a "stop?" on a touchpoint is not ranked high for the
score gap; the build's action table invents no priority for a phase without a score."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from pptx import Presentation
from pypdf import PdfReader

from tests.support.cli import run_clean
from tests.support.read_back import squeeze, title_of
from tests.support.workbooks import Cells, make_book

HEAD: Cells = {
    "A1": "Patiëntreis",
    "A3": "Fase",
    "B3": "Zoeken",
    "C3": "Inschrijven",
    "D3": "Behandeling",
    "E3": "Nazorg",
    "F3": "Rekening",
    "A4": "Wat doet de patiënt?",
    "A5": "Wat doet de praktijk?",
    "A6": "Contactmomenten",
    "A7": "Kansen",
    "A8": "Score (1-5)",
}
CURRENT: Cells = {
    **HEAD,
    "B4": "Zoekt een tandarts",
    "C4": "Belt de praktijk",
    "C5": "Assistent typt het papieren formulier over",
    "C6": "Zorgkaart Nederland",
    "D5": "Behandeling volgens planning",
    "F6": "Brief",
    "F5": "Factuur via Infomedics-portaal",
    "C7": "Online inschrijven",
    "E7": "Herinnering per sms",
    "B8": 3,
    "C8": 2,
    "D8": 4,
    "F8": 1,  # Nazorg (E8) has no score
}
IDEAL: Cells = {
    **HEAD,
    "B4": "Zoekt een tandarts",
    "C4": "Schrijft zich online in",
    "C5": "Bevestigt binnen een werkdag",
    "C6": "Inschrijfformulier op de website",
    "D5": "Behandelplan met begroting",
    "E5": "Recall-systeem stuurt een sms",
    "F5": "Factuur via Infomedics",
    "F6": "Patiëntenapp",
    "B8": 4,
    "C8": 5,
    "D8": 4,
    "E8": 5,
    "F8": 4,
}


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One gaps run for every test here: its folder and what the terminal said."""
    folder = tmp_path_factory.mktemp("gaps")
    ideal = make_book(folder / "ideaal.xlsx", {"Patiëntreis": IDEAL})
    current = make_book(folder / "huidig.xlsx", {"Patiëntreis": CURRENT})
    code, out, err = run_clean("gaps", ideal, current, "-o", folder / "out")
    assert code == 0, err
    return folder / "out", out


def _pages(made: tuple[Path, str]) -> list[str]:
    return [squeeze(page.extract_text()).casefold() for page in PdfReader(made[0] / "huidig-gaps.pdf").pages]


def test_a_phase_without_a_current_score_has_no_difference_in_the_workbook(made: tuple[Path, str]) -> None:
    scores = openpyxl.load_workbook(made[0] / "huidig-gaps.xlsx")["Scores"]
    rows = {row[0]: row[1:] for row in scores.iter_rows(min_row=2, values_only=True)}
    assert rows["Nazorg"][0] == 5 and rows["Nazorg"][1] in (None, "")
    assert rows["Nazorg"][2] is None  # no "Verschil 0": a missing score gives no difference
    assert rows["Inschrijven"] == (5, 2, 3)


def test_the_curve_reading_compares_neighbours_and_names_the_phase_without_a_score(made: tuple[Path, str]) -> None:
    first = _pages(made)[0]
    assert "emotiecurvesvergeleken" in first
    said = squeeze(
        "De grootste daling zit tussen 'Behandeling' en 'Rekening' (van 4 naar 1); daartussen heeft "
        "'Nazorg' geen score."
    ).casefold()
    assert said in first
    notes = Presentation(str(made[0] / "huidig-gaps.pptx")).slides[1].notes_slide.notes_text_frame.text
    assert "daartussen heeft 'Nazorg' geen score" in notes


def test_the_pdf_leads_with_the_gaps_and_keeps_its_appendix_last(made: tuple[Path, str]) -> None:
    pages = _pages(made)
    gap_pages = [i for i, text in enumerate(pages) if "gap-analyse" in text]
    journey = next(i for i, text in enumerate(pages) if "watdoetdepatiënt?" in text and "gap-analyse" not in text)
    assert pages[0].startswith("emotiecurvesvergeleken") and gap_pages[0] == 1
    assert gap_pages == list(range(1, gap_pages[-1] + 1)) and journey > gap_pages[-1]  # the map after, for reference
    appendix = [i for i, text in enumerate(pages) if text.startswith("bijlage")]
    assert all(i > gap_pages[-1] for i in appendix)
    everything = " ".join(pages)
    for method in ("gelijkenis", "nietvergeleken", "vergelijkthetklantproces"):  # the method is no client's word
        assert method not in everything
    assert "factuurviainfomedics" in everything  # the client's own words stay


def test_the_deck_leads_with_the_gaps_without_the_workshop_slides(made: tuple[Path, str]) -> None:
    slides = list(Presentation(str(made[0] / "huidig-gaps.pptx")).slides)
    titles = [title_of(slide) for slide in slides]
    gap = [i for i, title in enumerate(titles) if title.startswith("Gap-analyse")]
    assert titles[1] == "Emotiecurves vergeleken" and titles[2] == "Zoeken"
    assert gap and titles.index("Fase 1/5 · Zoeken") > gap[-1]  # the current map after the gaps
    assert "Bijlage" not in titles[: gap[-1]] and "Agenda" not in titles
    assert not any(title.startswith("Oefening") for title in titles)
    texts = " ".join(shape.text_frame.text for slide in slides for shape in slide.shapes if shape.has_text_frame)
    assert "gelijkenis" not in texts and "Niet vergeleken" not in texts
    rekening = slides[titles.index("Rekening")].notes_slide.notes_text_frame.text
    assert "Factuur via Infomedics ← Factuur via Infomedics-portaal (0,85)" in rekening  # the method, for the presenter
    # its cell said in the deck's words, not as a cell reference (round 19, F10)
    assert re.search(r"\(Bron: blad [^,]+, cel [A-Z]{1,3}\d+", rekening) and not re.search(r"\w![A-Z]{1,3}\d", rekening)
    first = slides[1].notes_slide.notes_text_frame.text
    assert "minstens 0,60" in first and "Niet vergeleken" in first and "Prioriteit" in first


def test_a_stop_on_a_touchpoint_is_not_ranked_high_for_the_score_gap(made: tuple[Path, str]) -> None:
    out = made[1]
    assert "[laag] Inschrijven: stoppen?: Zorgkaart Nederland" in out  # the review site is no one's to stop here
    assert "[midden] Inschrijven: stoppen?: Assistent typt het papieren formulier over" in out  # own process, bad phase
    assert "[laag] Behandeling: stoppen?: Behandeling volgens planning" in out  # a phase experienced well
    assert "[hoog] Inschrijven: starten: Schrijft zich online in" in out
    # the basis is said
    assert "Prioriteit: starten en verbeteren wegen zwaarder naarmate de score van de fase verder achterblijft" in out


def test_the_action_table_invents_no_priority_for_a_phase_without_a_score(made: tuple[Path, str]) -> None:
    slides = list(Presentation(str(made[0] / "huidig-gaps.pptx")).slides)
    actions = next(slide for slide in slides if title_of(slide) == "Verbeteracties")
    table = next(shape.table for shape in actions.shapes if shape.has_table)
    rows = {row.cells[1].text: row.cells[3].text for row in list(table.rows)[1:]}
    assert rows["Herinnering per sms"] == ""  # Nazorg has no score: no "Midden"
    assert rows["Online inschrijven"] == "Hoog"
    assert "een fase zonder score krijgt er geen" in actions.notes_slide.notes_text_frame.text
