"""Phase names told apart only by their numbering ("Stap 1 aanvraag | Stap 2 aanvraag | …") (round 19, hostile
tester's F15): taking the numbering off would make them one name, so they are kept whole, each a phase of its
own with its own score, said in ``--explain``; a name written twice alike beside itself is still one phase."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from canvasgen.read.reader import read_canvas


def _book(path: Path, phases: list[str]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Klantreis"
    for j, phase in enumerate(phases, start=2):
        sheet.cell(1, j, phase)
    sheet["A2"], sheet["A3"] = "Klantproces", "Score"
    for j, score in enumerate([0, -1, 1, 2], start=2):
        sheet.cell(2, j, f"Doet stap {j - 1}")
        sheet.cell(3, j, score)
    book.save(path)
    return path


def test_names_alike_but_for_their_numbers_stay_four_phases(tmp_path: Path) -> None:
    names = [f"Stap {n} aanvraag" for n in range(1, 5)]
    canvas = read_canvas(_book(tmp_path / "stappen.xlsx", names))
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == names
    assert journey.phase_means() == [0, -1, 1, 2]
    assert not [w for w in canvas.warnings if "repeats the name" in w.message]
    (said,) = [line for line in journey.reading if "once their numbering is taken off" in line]
    assert "B1, C1, D1, E1" in said


def test_a_name_written_twice_alike_is_still_steps_of_one_phase(tmp_path: Path) -> None:
    names = ["1. Kopen", "1. Kopen", "2. Gebruiken", "3. Delen"]
    (journey,) = read_canvas(_book(tmp_path / "herhaald.xlsx", names)).journeys
    assert [p.name for p in journey.phases] == ["Kopen", "Gebruiken", "Delen"]
