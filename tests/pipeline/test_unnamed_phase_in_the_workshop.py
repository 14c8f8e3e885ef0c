"""Round 18 (#30/#31): a phase column whose header the team left blank (they forgot "Actie" in D4) was named
"Kolom D" on the poster, the deck, the kit's cards and changes sheet, the gap report and diff: a spreadsheet
column on the client's wall, read there as a tile's position ("kolom A, rij 1"). It is named by its place in
the sheet's word for a phase ("Fase 3"); check suggests the one phase of the 5 A's the others lack, to write in
its cell, never taking it. The name survives the workshop: a card the team adds in "Fase 3" on the changes
sheet is applied into column D, and diff and gaps show it in "Fase 3"; the header stays blank."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from pptx import Presentation

from canvasgen.read.reader import read_canvas
from tests.support.cli import run_clean
from tests.support.read_back import pdf_text, slide_text, squeeze, title_of
from tests.support.workbooks import make_book
from tests.support.workshop import changes_rows, new_row

#: The 5 A's as the team wrote them, "Actie" (column D) left out.
WRITTEN = ("Aandacht", "Afweging", None, "Altijd", "Advocaat")
#: A spreadsheet's column as a phase's name, in the languages canvasgen speaks.
COLUMN_NAME = re.compile(r"\b(?:Kolom|Column|Spalte|Colonne|Columna) [A-Z]{1,3}\b")


def _canvas(path: Path) -> Path:
    sheets: dict[str, dict[str, object]] = {}
    for scenario, doing, pain in (
        ("Ideaal", "Meldt verhuizing online", "Geen"),
        ("Huidig", "Staat in de rij aan de balie", "Lange wachttijd"),
    ):
        cells: dict[str, object] = {
            "A1": f"Verhuizen naar de gemeente – {scenario}",
            "A2": "Scenario",
            "B2": scenario,
            "A4": "Fase",
            "A5": "Wat doet de inwoner?",
            "A6": "Pijnpunten",
        }
        for column, phase in zip("BCDEF", WRITTEN, strict=True):
            if phase is not None:
                cells[f"{column}4"] = phase
            cells[f"{column}5"] = f"{doing} ({column})"
            cells[f"{column}6"] = f"{pain} ({column})"
        sheets[scenario] = cells
    return make_book(path, sheets)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    return _canvas(tmp_path / "verhuizen.xlsx")


def test_check_names_it_by_its_place_and_suggests_the_missing_phase_of_the_model(source: Path) -> None:
    code, out, _ = run_clean("check", "--explain", source)
    assert code == 0
    said = " ".join(out.split())
    assert "5 phases: Aandacht | Afweging | Fase 3 | Altijd | Advocaat" in said
    assert (
        "Ideaal!D4: column D has no phase name; read as a phase of its own, called 'Fase 3' after its place "
        "(phase 3 of 5) — if it is 'Actie', the one phase of the 5 A's (Aandacht · Afweging · Actie · Altijd · "
        "Advocaat) the others lack, write 'Actie' in D4; otherwise name it in D4"
    ) in said
    assert "the phase in column D has no name: called 'Fase 3' after its place" in said  # --explain's reading
    assert not COLUMN_NAME.search(out.replace("column D has no phase name", ""))


def test_the_suggested_phase_is_never_taken_and_no_model_no_suggestion(tmp_path: Path) -> None:
    """ "Actie" is suggested, not read: the phase is 'Fase 3' until the team writes it. Phases of no model
    (or two unnamed) get no suggestion, only where to write the name."""
    named = _canvas(tmp_path / "a.xlsx")
    book = openpyxl.load_workbook(named)
    book["Ideaal"]["D4"] = "Actie"
    book.save(named)
    code, out, _ = run_clean("check", named)
    assert code == 0
    assert "Aandacht | Afweging | Actie | Altijd | Advocaat" in out  # the team's word, once written
    assert "Aandacht | Afweging | Fase 3 | Altijd | Advocaat" in out  # Huidig still blank: not taken from Ideaal
    other = make_book(
        tmp_path / "b.xlsx",
        {"Reis": {"A1": "Stap", "B1": "Zoeken", "D1": "Kopen", "A2": "Klantproces", "B2": "x", "C2": "y", "D2": "z"}},
    )
    code, out, _ = run_clean("check", other)
    said = " ".join(out.split())
    assert "3 phases: Zoeken | Stap 2 | Kopen" in said  # the sheet's own word for a phase
    assert "if it is '" not in said and "name it in C1" in said


def test_poster_deck_kit_apply_diff_and_gaps_say_its_name_never_a_column(source: Path, tmp_path: Path) -> None:
    code, _, err = run_clean("build", source, "-o", tmp_path / "out")
    assert code == 0, err
    poster, deck = pdf_text(tmp_path / "out" / "verhuizen.pdf"), slide_text(tmp_path / "out" / "verhuizen.pptx")
    for text in (poster, deck):
        assert squeeze("Fase 3") in squeeze(text)
        assert not COLUMN_NAME.search(text) and "Kolom" not in text
    # its phase slide counts it once: "Fase 3/5", never "Fase 3/5 · Fase 3"
    titles = [title_of(slide) for slide in Presentation(str(tmp_path / "out" / "verhuizen.pptx")).slides]
    assert any(title.endswith("Fase 3/5") for title in titles), titles
    assert not any("3/5 · Fase 3" in title for title in titles), titles

    code, _, err = run_clean("kit", source, "-o", tmp_path / "kit")
    assert code == 0, err
    assert not COLUMN_NAME.search(pdf_text(tmp_path / "kit" / "verhuizen-cards.pdf"))
    changes = tmp_path / "kit" / "verhuizen-changes.xlsx"
    book = openpyxl.load_workbook(changes)
    sheet = book.worksheets[0]
    at = new_row(changes_rows(changes))
    shown = {str(sheet.cell(r, 2).value) for r in range(3, at - 1) if sheet.cell(r, 2).value}
    assert "Ideaal · Fase 3" in shown and "Huidig · Fase 3" in shown  # the phase as the poster shows it
    assert not any(COLUMN_NAME.search(str(cell)) for row in sheet.iter_rows(values_only=True) for cell in row)
    sheet.cell(at, 2).value, sheet.cell(at, 3).value = "Huidig · Fase 3", "Wat doet de inwoner?"
    sheet.cell(at, 4).value = "Belt het KCC"
    book.save(changes)

    applied = tmp_path / "verhuizen-v2.xlsx"
    code, out, err = run_clean("apply", source, changes, "-o", applied)
    assert code == 0, err
    assert "1 added" in out
    written = openpyxl.load_workbook(applied)["Huidig"]
    assert written["D5"].value == "Staat in de rij aan de balie (D)\nBelt het KCC"
    assert written["D4"].value is None  # the header stays blank until the team names it

    code, out, err = run_clean("diff", source, applied)
    assert code == 0, err
    line = next(line for line in out.splitlines() if "Belt het KCC" in line)
    assert "Fase 3" in line and not COLUMN_NAME.search(out)

    code, out, err = run_clean("gaps", applied, "-o", tmp_path / "gaps")
    assert code == 0, err
    assert "Fase 3" in out and not COLUMN_NAME.search(out)
    report = tmp_path / "gaps" / "verhuizen-v2-gaps.pdf"
    assert squeeze("Fase 3") in squeeze(pdf_text(report)) and not COLUMN_NAME.search(pdf_text(report))


@pytest.mark.parametrize(
    ("header", "made"),
    [
        ("Fase →", "Fase 2"),  # the sheet's word without its arrow
        ("Stage >>", "Stage 2"),
        ("» Stap", "Stap 2"),
        ("FASE", "Fase 2"),  # the word, not the header's capitals, beside phases written in lower case
        ("Phase of the journey", "Fase 2"),  # no word that names one phase: canvasgen's, in the canvas's language
    ],
)
def test_the_made_name_takes_the_sheets_word_for_a_phase_as_a_word(tmp_path: Path, header: str, made: str) -> None:
    cells: dict[str, object] = {"A1": header, "B1": "Zoeken", "D1": "Kopen", "E1": "Gebruiken"}
    cells |= {"A2": "Klantproces", "A3": "Pijnpunten"}
    cells |= {f"{c}{r}": f"klant doet {c}{r}" for c in "BCDE" for r in (2, 3)}
    (journey,) = read_canvas(make_book(tmp_path / "reis.xlsx", {"Reis": cells})).journeys
    assert [p.name for p in journey.phases] == ["Zoeken", made, "Kopen", "Gebruiken"]


def test_what_was_said_of_it_by_its_column_says_its_name(tmp_path: Path) -> None:
    """A cell merged over it was said while it was called after its column ("merged over the phases 'Kopen'
    and 'Column D'", in English in a Dutch check): said by its name."""
    cells: dict[str, object] = {"A1": "Fase", "B1": "Zoeken", "C1": "Kopen", "E1": "Gebruiken"}
    cells |= {"A2": "Klantproces", "A3": "Pijnpunten", "B3": "Te veel keus", "C3": "Wacht", "E3": "Geen hulp"}
    cells |= {f"{c}2": f"klant doet {c}" for c in "BCDE"}
    book = make_book(tmp_path / "reis.xlsx", {"Reis": cells}, {"Reis": ["C3:D3"]})
    code, out, _ = run_clean("check", "--explain", book)
    assert code == 0
    said = " ".join(out.split())
    assert "Reis!C3:D3 ('Pijnpunten') is merged over the phases 'Kopen' and 'Fase 3'" in said
    assert not COLUMN_NAME.search(said.replace("column D has no phase name", ""))


def test_a_card_in_the_phase_the_team_knows_by_the_missing_name_says_which_phase_to_choose(
    source: Path, tmp_path: Path
) -> None:
    """The team types 'Actie', the phase they know, on a new card: refused (never guessed), and the message
    names the phase without a name to choose, and where to write 'Actie'."""
    code, _, err = run_clean("kit", source, "-o", tmp_path / "kit")
    assert code == 0, err
    changes = tmp_path / "kit" / "verhuizen-changes.xlsx"
    book = openpyxl.load_workbook(changes)
    sheet = book.worksheets[0]
    at = new_row(changes_rows(changes))
    sheet.cell(at, 2).value, sheet.cell(at, 3).value, sheet.cell(at, 4).value = "Actie", "Pijnpunten", "Formulier"
    book.save(changes)
    code, _, err = run_clean("apply", source, changes, "-o", tmp_path / "v2.xlsx")
    said = " ".join(err.split())
    assert code != 0
    assert "unknown phase 'Actie' for a new card" in said
    assert "'Ideaal · Fase 3' or 'Huidig · Fase 3' has no name on the canvas (its header is blank)" in said
    assert "write 'Actie' over its column in the canvas to name it" in said


@pytest.mark.parametrize(
    ("written", "missing"),
    [
        (("Aware", "Appeal", "Ask", None, "Advocate"), "Act"),  # Kotler's 5 A's (hostile 19 F5)
        (("Aandacht", "Aantrekking", "Afweging", None, "Advocaat"), "Actie"),
        (("Aandacht", "Aantrekking", "Afweging", "Actie", None), "Advocaat"),  # the last one blank
    ],
)
def test_the_missing_phase_is_suggested_for_the_other_orderings_of_the_5_as(
    tmp_path: Path, written: tuple[str | None, ...], missing: str
) -> None:
    cells: dict[str, object] = {"A1": "Fase", "A2": "Klantproces", "A3": "Pijnpunten"}
    for column, phase in zip("BCDEF", written, strict=True):
        if phase is not None:
            cells[f"{column}1"] = phase
        cells[f"{column}2"] = f"Doet iets ({column})"
        cells[f"{column}3"] = f"Pijn ({column})"
    code, out, _ = run_clean("check", make_book(tmp_path / "reis.xlsx", {"Klantreis": cells}))
    blank = "BCDEF"[written.index(None)]
    assert code == 0
    assert f"if it is '{missing}', the one phase of the 5 A's" in " ".join(out.split()), out
    assert f"write '{missing}' in {blank}1" in " ".join(out.split()), out


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Nazorg", "Afronding & nazorg"),
        ("Rekenign", "Rekening"),
        ("Betaling", None),
    ],
)
def test_an_unknown_phase_offers_the_named_phase_holding_its_word_first(
    tmp_path: Path, typed: str, meant: str | None
) -> None:
    """New user 22 (finding 10): 'Nazorg' for a new card steered to the blank 'Fase 3' only, while the canvas
    has 'Afronding & nazorg'. The named phase whose name holds the word is offered first; the blank one after."""
    cells: dict[str, object] = {"A1": "Fase", "B1": "Klacht begint", "D1": "Afronding & nazorg", "E1": "Rekening"}
    cells |= {"A2": "Klantproces", "A3": "Pijnpunten"} | {f"{c}2": f"klant doet {c}" for c in "BCDE"}
    source = make_book(tmp_path / "fysio.xlsx", {"Reis": cells})
    code, _, err = run_clean("kit", source, "-o", tmp_path / "kit")
    assert code == 0, err
    changes = tmp_path / "kit" / "fysio-changes.xlsx"
    book = openpyxl.load_workbook(changes)
    sheet = book.worksheets[0]
    at = new_row(changes_rows(changes))
    sheet.cell(at, 2).value, sheet.cell(at, 3).value, sheet.cell(at, 4).value = typed, "Pijnpunten", "Wachtlijst"
    book.save(changes)
    code, _, err = run_clean("apply", source, changes, "-o", tmp_path / "v2.xlsx")
    said = " ".join(err.split())
    assert code != 0 and not (tmp_path / "v2.xlsx").exists()
    if meant is None:  # no phase holds those words: no guess
        assert f"unknown phase {typed!r} for a new card: choose one from the drop-down" in said
    else:
        assert f"unknown phase {typed!r} for a new card: did you mean {meant!r}? choose it, or another" in said
    assert "'Fase 2' has no name on the canvas (its header is blank)" in said
