"""A score typed with the minus sign a word processor pastes (U+2212, "−1") or an en dash before its digits ("–2")
(round 19, hostile tester's F9): a negative score, read as "-1" is, not text that is no score."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from canvasgen.read.reader import read_canvas


def test_scores_with_the_minus_sign_and_an_en_dash_are_negative(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Klantreis"
    for j, (phase, score) in enumerate(
        [("Oriënteren", "+2"), ("Kopen", "\u22121"), ("Gebruiken", "\u20132"), ("Delen", "-0,5")], start=2
    ):
        sheet.cell(1, j, phase)
        sheet.cell(2, j, f"Doet {phase.lower()}")
        sheet.cell(3, j, score)
    sheet["A2"], sheet["A3"] = "Klantproces", "Score (-2 t/m +2)"
    path = tmp_path / "minus.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert journey.phase_means() == [2, -1, -2, -0.5]
    assert not [w for w in canvas.warnings if "no score" in w.message]
