"""A canvas written anew (``workbook_of``: what ``apply`` writes for a canvas it cannot patch in place, .ods,
.csv, model JSON): a body cell merged over two phases is one item in both phases; it was written into each
phase's cell, and the next read had two cards where the team wrote one (a change nobody made)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from canvasgen.analysis.cards import cards_of
from canvasgen.render.xlsx.cells import set_text
from canvasgen.render.xlsx.model_book import workbook_of
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

MERGED = "Rij bij de kade en geen melding"


def test_an_item_merged_over_two_phases_is_written_once_in_a_merged_cell(tmp_path: Path) -> None:
    cells = {"A1": "Fase", "B1": "Zoeken", "C1": "Boeken", "D1": "Overvaart", "E1": "Aankomst"}
    cells |= {"A2": "Acties", "B2": "Zoekt", "C2": "Boekt", "D2": "Vaart", "E2": "Komt aan"}
    cells |= {"A3": "Pijnpunten", "B3": "Traag", "C3": MERGED, "E3": "Geen bus"}
    source = read_canvas(make_book(tmp_path / "veer.xlsx", {"Klantreis": cells}, {"Klantreis": ["C3:D3"]}))
    pains = source.journeys[0].lane("pain_points")
    assert pains is not None and [[i.text for i in cell] for cell in pains.cells] == [
        ["Traag"],
        [MERGED],
        [MERGED],
        ["Geen bus"],
    ]
    book = workbook_of(source, "nl")
    sheet = book[book.sheetnames[0]]
    again_path = tmp_path / "again.xlsx"
    book.save(again_path)
    row = next(r for r in sheet.iter_rows() if r[0].value == "Pijnpunten")
    assert [c.value for c in row[1:5]] == ["Traag", MERGED, None, "Geen bus"]
    assert f"C{row[0].row}:D{row[0].row}" in {str(r) for r in sheet.merged_cells.ranges}
    again = read_canvas(again_path)
    lane = again.journeys[0].lane("pain_points")
    assert lane is not None and [[i.text for i in cell] for cell in lane.cells] == [
        ["Traag"],
        [MERGED],
        [MERGED],
        ["Geen bus"],
    ]
    assert [c.text for c in cards_of(again)].count(MERGED) == [c.text for c in cards_of(source)].count(MERGED) == 1


def test_names_and_cards_that_look_like_formulas_are_written_back_as_text(tmp_path: Path) -> None:
    """The model book wrote a phase, a lane label or a title typed as text ("=Totaal", "'+31 ...") as
    formulas, which read back as empty cells (the phase lost)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Klantreis"
    for ref, text in {"A1": "Fase", "B1": "=Totaal", "C1": "+Extra", "A2": "Klantproces", "B2": "-5% korting"}.items():
        set_text(sheet[ref], text)
    set_text(sheet["C2"], "@klantenservice")
    set_text(sheet["A3"], "=eigen rij")
    set_text(sheet["B3"], "Iets")
    book.save(tmp_path / "formules.xlsx")
    source = read_canvas(tmp_path / "formules.xlsx")
    assert [p.name for p in source.journeys[0].phases] == ["=Totaal", "+Extra"]
    workbook_of(source, "nl").save(tmp_path / "again.xlsx")
    again = read_canvas(tmp_path / "again.xlsx")
    assert [p.name for p in again.journeys[0].phases] == ["=Totaal", "+Extra"]
    assert [lane.label for lane in again.journeys[0].lanes] == [lane.label for lane in source.journeys[0].lanes]
    assert [[i.text for c in lane.cells for i in c] for lane in again.journeys[0].lanes][:2] == [
        ["-5% korting", "@klantenservice"],
        ["Iets"],
    ]
    assert not any("formula" in w.message for w in again.warnings)
