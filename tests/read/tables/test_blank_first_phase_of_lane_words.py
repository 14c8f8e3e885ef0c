"""A first phase whose header was left blank while some of its cells hold lane-like words ("Frustrations",
"Ideeën") beside the known lane labels (issue #30, round 19): the column is a phase, named by its place in
the sheet's language and said in check with what to write; never a second label joined to the lanes'. A
column beside the labels that asks each lane or names that same lane stays their second label."""

from __future__ import annotations

import itertools
from pathlib import Path

import openpyxl
import pytest

from tests.support.cli import run_clean
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas

_SHEETS = {
    "nl": (
        "Fase",
        ["Aanmelden", "Gebruiken", "Opzeggen"],
        {"Klantproces": "Doel", "Pijnpunten": "Pijn", "Kansen": "Ideeën", "Emoties": "Onzeker"},
    ),
    "en": (
        "Phase",
        ["Consider", "Buy", "Use"],
        {"Customer actions": "Goals", "Pain points": "Frustrations", "Opportunities": "Ideas", "Emotions": "Wary"},
    ),
}


def _book(path: Path, language: str, corner: bool, top: int, left: int, lanes: int) -> Path:
    word, phases, cells = _SHEETS[language]
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Reis"
    if corner:
        sheet.cell(top, left, word)
    for j, phase in enumerate(phases, start=left + 2):  # the first phase's header (left + 1) left blank
        sheet.cell(top, j, phase)
    for i, (label, first) in enumerate(list(cells.items())[:lanes], start=top + 1):
        sheet.cell(i, left, label)
        sheet.cell(i, left + 1, first)
        for j, phase in enumerate(phases, start=left + 2):
            sheet.cell(i, j, f"{label.split()[0]} bij {phase}")
    book.save(path)
    return path


_CASES = list(itertools.product(_SHEETS, (True, False), ((1, 1), (3, 2)), (3, 4)))


@pytest.mark.parametrize(("language", "corner", "at", "lanes"), _CASES)
def test_a_blank_first_phase_of_lane_like_words_is_a_phase_named_by_its_place(
    tmp_path: Path, language: str, corner: bool, at: tuple[int, int], lanes: int
) -> None:
    path = _book(tmp_path / "reis.xlsx", language, corner, *at, lanes)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    word, phases, cells = _SHEETS[language]
    named = word if corner else {"nl": "Fase", "en": "Phase"}[language]
    assert [p.name for p in journey.phases] == [f"{named} 1", *phases]
    assert [lane.label for lane in journey.lanes] == list(cells)[:lanes]
    assert [[i.text for i in lane.cells[0]] for lane in journey.lanes] == [[v] for v in list(cells.values())[:lanes]]
    assert any("has no phase name" in w.message for w in canvas.warnings)
    assert not lost_lines(path, canvas)


def test_check_says_the_blank_first_phase_and_what_to_write(tmp_path: Path) -> None:
    path = _book(tmp_path / "reis.xlsx", "en", True, 1, 1, 3)
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert "4 phases: Phase 1 | Consider | Buy | Use" in out
    assert "column B has no phase name; read as a phase of its own, called 'Phase 1' after its place" in out
    assert "name it in B1" in out
    assert "lane 'Customer actions Goals'" not in out and "lane 'Customer actions'" in out


@pytest.mark.parametrize(
    "beside",
    [
        {"Klantproces": "Wat doet de klant?", "Pijnpunten": "Wat gaat er mis?", "Kansen": "Wat kan beter?"},
        {"Wat Noor doet": "Klantproces", "Waar Noor vastloopt": "Pijnpunten", "Wat wij kunnen": "Kansen"},
    ],
)
def test_a_column_asking_or_naming_each_lane_stays_its_second_label(tmp_path: Path, beside: dict[str, str]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "Fase"
    for j, phase in enumerate(["Aanmelden", "Gebruiken", "Opzeggen"], start=3):
        sheet.cell(1, j, phase)
    for i, (label, second) in enumerate(beside.items(), start=2):
        sheet.cell(i, 1, label)
        sheet.cell(i, 2, second)
        for j in range(3, 6):
            sheet.cell(i, j, f"cel {i}-{j}")
    path = tmp_path / "vragen.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Aanmelden", "Gebruiken", "Opzeggen"]
    assert [lane.label for lane in journey.lanes] == [f"{a}\n{b}" for a, b in beside.items()]
    assert not lost_lines(path, canvas)
