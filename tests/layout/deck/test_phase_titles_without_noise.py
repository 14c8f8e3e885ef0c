"""A phase slide's title counts the phases under the sheet's word for a phase ("Fase 2/3 · Aanvraag"); a header
that is no such word — a tool's field name ("stage_id") or a header that numbers and names a phase itself
("Fase 1 – Oriëntatie") — put that noise before every count ("stage_id 2/13 · 2"; #31, round 17): canvasgen's
own word stands in its place. A phase named by its number alone is counted once, in its title and its tab."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from canvasgen.layout.headings import is_a_word_for_phase, phase_words
from canvasgen.model import Item, Journey
from tests.support.cli import run_clean
from tests.support.read_back import title_of
from tests.support.workbooks import Cells, make_book

LANES: Cells = {
    "A1": "Klantreis fietslease",
    "A4": "Klantacties",
    "B4": "Zoekt een fiets",
    "C4": "Vraagt een offerte aan",
    "D4": "Haalt de fiets op",
    "A5": "Pijnpunten",
    "B5": "Veel keuze",
    "C5": "Lang wachten",
    "D5": "Geen afspraak mogelijk",
}


def _phase_slides(
    folder: Path, header: str, phases: tuple[str, str, str], *options: str
) -> list[tuple[str, list[str]]]:
    """Each phase slide's title and its phase strip's tabs, read back from the built deck."""
    cells = {**LANES, "A3": header, "B3": phases[0], "C3": phases[1], "D3": phases[2]}
    path = make_book(folder / "fiets.xlsx", {"Klantreis": cells})
    code, out, err = run_clean("build", path, "--no-pdf", "-o", folder / "out", *options)
    assert code == 0, out + err
    found = []
    for slide in Presentation(str(folder / "out" / "fiets.pptx")).slides:
        tabs = [shape.text_frame.text for shape in slide.shapes if shape.name.startswith("phase strip")]
        if tabs:
            found.append((title_of(slide), tabs))
    return found


def test_a_tools_field_name_over_numbered_phases_is_not_in_the_titles_or_tabs(tmp_path: Path) -> None:
    slides = _phase_slides(tmp_path, "stage_id", ("1", "2", "3"))
    assert [title for title, _ in slides] == ["Fase 1/3", "Fase 2/3", "Fase 3/3"]
    assert all(tabs == ["1", "2", "3"] for _, tabs in slides)


def test_a_header_naming_the_first_phase_is_not_the_word_before_each_count(tmp_path: Path) -> None:
    slides = _phase_slides(tmp_path, "Fase 1 – Oriëntatie", ("Oriëntatie", "Aanvraag", "Levering"))
    assert [title for title, _ in slides] == ["Fase 1/3 · Oriëntatie", "Fase 2/3 · Aanvraag", "Fase 3/3 · Levering"]
    assert all(tabs == ["1 Oriëntatie", "2 Aanvraag", "3 Levering"] for _, tabs in slides)


def test_the_sheets_own_word_for_a_phase_still_counts_them(tmp_path: Path) -> None:
    slides = _phase_slides(tmp_path, "Klantfase", ("Oriëntatie", "Aanvraag", "Levering"))
    assert [title for title, _ in slides][1] == "Klantfase 2/3 · Aanvraag"


def test_words_for_a_phase() -> None:
    assert all(is_a_word_for_phase(w) for w in ("Fase", "Journey Stage", "Этап", "Phase / JTBD Step"))
    assert not any(is_a_word_for_phase(w) for w in ("stage_id", "stageId", "phase.name", "Fase 1 – Oriëntatie"))


def test_a_word_for_a_phase_said_twice_in_two_headers_is_said_once() -> None:
    """Look tester, round 18: "Journey Stage" over the phases and "Stage" over a stage list made every title
    "Journey Stage / Stage 1/6 · Awareness": the longer word, which holds the other, stands for both (every word
    of the sheet stays on the deck); different words stay both."""

    def words(*headers: str) -> str:
        return phase_words(Journey("Reis", "Reis", "grid", [], [], phase_labels=[Item(h) for h in headers]), "en")

    assert words("Journey Stage", "Stage") == "Journey Stage"
    assert words("Phase", "JTBD Step") == "Phase / JTBD Step"


def _titled(language: str, *headers: str) -> str:
    return phase_words(Journey("Reis", "Reis", "grid", [], [], phase_labels=[Item(h) for h in headers]), language)


def test_a_phase_header_is_the_teams_word_in_any_deck_language() -> None:
    """Round 19 (F11, decided): the Dutch corner cell "Fase" titles an English deck's phase slides "Fase 1/5",
    as the sheet's lane labels stay as written: replacing it by canvasgen's word lost the corner cell's text
    from the deck. canvasgen's own word only where the sheet has none."""
    assert _titled("en", "Fase") == "Fase"
    assert _titled("nl", "Phase") == "Phase"
    assert _titled("en", "Fase", "JTBD Step") == "Fase / JTBD Step"


def test_an_english_deck_of_a_dutch_sheet_keeps_the_sheets_word_for_a_phase(tmp_path: Path) -> None:
    slides = _phase_slides(tmp_path, "Fase", ("Oriëntatie", "Aanvraag", "Levering"), "--lang", "en")
    assert [title for title, _ in slides] == ["Fase 1/3 · Oriëntatie", "Fase 2/3 · Aanvraag", "Fase 3/3 · Levering"]


def test_a_dutch_deck_of_a_dutch_sheet_keeps_the_teams_english_word_for_a_phase(tmp_path: Path) -> None:
    """CI of round 19: a Dutch canvas whose corner cell says "Phase" lost that word from its Dutch deck
    ("Fase 1/3"): in the canvas's own language the sheet's word is the team's, kept; only a translated deck
    (above) counts in canvasgen's word."""
    slides = _phase_slides(tmp_path, "Phase", ("Oriëntatie", "Aanvraag", "Levering"))
    assert [title for title, _ in slides] == ["Phase 1/3 · Oriëntatie", "Phase 2/3 · Aanvraag", "Phase 3/3 · Levering"]
