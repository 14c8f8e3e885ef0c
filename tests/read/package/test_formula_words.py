"""The text written inside a formula Excel never calculated is said with its cell (shapes G14): read as empty,
its words (``=B3&" oplossen"``) were in neither poster nor deck nor any message."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.support.cli import run_clean


def test_the_text_of_an_uncalculated_formula_is_said_with_its_cell(tmp_path: Path) -> None:
    book = openpyxl.Workbook()  # openpyxl saves formulas without a calculated value, as a generator does
    sheet = book.active
    assert sheet is not None
    sheet.title = "Klantreis"
    for row in (
        ["Fase", "Oriënteren", "Aanvragen", "Gebruiken"],
        ["Klantproces", "Leest folder", "Vult formulier in", "Declareert"],
        ["Pijnpunten", "Vol jargon", "BSN twee keer", "Duurt weken"],
        ["Kansen", '=B3&" oplossen"', '=CONCATENATE(B2," / ",D2)', "Sneller"],
    ):
        sheet.append(row)
    path = tmp_path / "formules.xlsx"
    book.save(path)
    code, out, err = run_clean("check", path)
    said = " ".join((out + err).split())
    assert code == 0
    assert (
        "Klantreis!B4: formula has no calculated value (the file was never opened and saved in Excel); read as "
        "empty: the text in its formula ('oplossen') is not shown"
    ) in said
    assert (
        "Klantreis!C4: formula has no calculated value (the file was never opened and saved in Excel); read as empty"
        in said
    )
    assert "('/')" not in said  # a separator is no text of the client's
