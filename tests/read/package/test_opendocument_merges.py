"""An OpenDocument spreadsheet reads exactly as its Excel twin: its merged cells (``number-columns-spanned``,
``number-rows-spanned`` and the covered cells after them), which calamine does not report, are read from
its content, so the shapes that rest on merges (a title over the phase row, phase groups over phases, a
lane label over two rows, a phase over two step columns) read as they do in .xlsx; and a sheet whose
first rows are blank keeps its row numbers in every format calamine reads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from canvasgen.model import Canvas
from canvasgen.read.package.calamine import read_sheets
from canvasgen.read.package.sanitize import MAX_MERGE_AREA, MAX_MERGED_CELLS
from tests.support.other_formats import ods, ods_sheet, xlsb
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

Cells = dict[str, object]

_LANES: Cells = {
    "A4": "Klantproces",
    "B4": "Zoekt een opleiding",
    "C4": "Vergelijkt masters",
    "D4": "Schrijft zich in",
    "E4": "Volgt colleges",
    "F4": "Studeert af",
    "A5": "Pijnpunten",
    "B5": "Te veel keuze",
    "D5": "Formulier onduidelijk",
    "F5": "Scriptie loopt uit",
    "A6": "Kansen",
    "C6": "Open dag online",
    "E6": "Mentor per vak",
}
_PHASES: Cells = {"A3": "Fase", "B3": "Oriënteren", "C3": "Vergelijken", "D3": "Inschrijven", "E3": "Studeren"}

#: name -> (cells, merged ranges)
CANVASES: dict[str, tuple[Cells, list[str]]] = {
    # a logo's alt text alone in A1, the title merged over the whole phase row under it
    "title over the phase row": (
        {
            "A1": "Logo Hogeschool Noord",
            "A2": "Klantreis – Masterstudent (persona)",
            **_PHASES,
            "F3": "Afstuderen",
            **_LANES,
        },
        ["A2:F2"],
    ),
    # group names merged over their phases, under a corner that says "Fase"
    "groups over phases": (
        {"B2": "Vóór de start", "D2": "Tijdens de studie", **_PHASES, "F3": "Afstuderen", **_LANES},
        ["B2:C2", "D2:F2"],
    ),
    # lane labels merged over two rows each, a phase merged over two step columns, a body cell over two phases
    "lane labels over two rows": (
        {
            **{ref: name for ref, name in _PHASES.items() if ref != "E3"},
            "D3": "Inschrijven en studeren",
            "A4": "Klantproces",
            "B4": "Zoekt een opleiding",
            "B5": "Leest reviews",
            "C4": "Vergelijkt masters",
            "D4": "Schrijft zich in",
            "E4": "Volgt colleges",
            "A6": "Pijnpunten",
            "B6": "Te veel keuze",
            "C7": "Wachten op toelating",
            "E6": "Roosters wisselen",
        },
        ["A4:A5", "A6:A7", "D3:E3", "C7:D7"],
    ),
}


def _model(canvas: Canvas, suffix: str) -> dict[str, Any]:
    """The model as a dict, the file's suffix and the format's own warning left out."""
    model = canvas.to_dict()
    model["file"] = model["file"].removesuffix(suffix)
    model["warnings"] = [
        w.replace(f"reis{suffix}", "reis") for w in model["warnings"] if "read as an OpenDocument spreadsheet" not in w
    ]
    return model


@pytest.mark.parametrize("name", list(CANVASES))
def test_an_ods_reads_exactly_as_its_xlsx_twin(tmp_path: Path, name: str) -> None:
    cells, merges = CANVASES[name]
    xlsx = read_canvas(make_book(tmp_path / "reis.xlsx", {"Klantreis": cells}, {"Klantreis": merges}))
    opened = read_canvas(ods(tmp_path / "reis.ods", {"Klantreis": ods_sheet(cells, merges)}))
    assert _model(opened, ".ods") == _model(xlsx, ".xlsx")
    (journey,) = opened.journeys
    if name == "title over the phase row":
        assert journey.name == "Klantreis – Masterstudent (persona)"
        assert len(journey.phases) == 5
    elif name == "groups over phases":
        assert [(g.name.text, g.first, g.count) for g in journey.phase_groups] == [
            ("Vóór de start", 0, 2),
            ("Tijdens de studie", 2, 3),
        ]
    else:
        assert [p.name for p in journey.phases] == ["Oriënteren", "Vergelijken", "Inschrijven en studeren"]
        assert journey.phases[2].steps == 2
        assert [lane.label for lane in journey.lanes] == ["Klantproces", "Pijnpunten"]
        assert [i.text for i in journey.lanes[0].cells[0]] == ["Zoekt een opleiding", "Leest reviews"]


def test_words_hidden_under_a_merge_are_kept_as_notes_and_said(tmp_path: Path) -> None:
    """LibreOffice can keep the words of the cells a merge covers ("keep the contents of the hidden
    cells"): the range shows only its first cell, so they are no part of the canvas; they are kept as
    notes, and said with their places."""
    cells, merges = CANVASES["title over the phase row"]
    opened = read_canvas(ods(tmp_path / "reis.ods", {"Klantreis": ods_sheet({**cells, "C2": "oude titel"}, merges)}))
    (journey,) = opened.journeys
    assert journey.name == "Klantreis – Masterstudent (persona)"
    assert [(n.text, n.source and n.source.cell) for n in journey.notes if n.text == "oude titel"] == [
        ("oude titel", "C2")
    ]
    said = [str(w) for w in opened.warnings if "hidden under a merged range" in str(w)]
    assert said == [
        f"{tmp_path / 'reis.ods'}: Klantreis: 1 cell(s) hold words hidden under a merged range: C2 (under A2:F2) "
        "(kept as notes); unmerge the range to show them, or move them into its first cell"
    ]


def test_merges_keep_the_caps_of_an_excel_workbook(tmp_path: Path) -> None:
    """A merge over more cells than one Excel merged range may cover is read as separate cells and said,
    as in .xlsx, and so is a merge past the cells all merges of a sheet may cover."""
    cells, merges = CANVASES["groups over phases"]
    down = MAX_MERGE_AREA // 2 + 1
    huge = f'<table:table-row><table:table-cell table:number-columns-spanned="2" table:number-rows-spanned="{down}"/>'
    huge += "</table:table-row>"
    # a merge as large as one may be, in each of rows: the sixth is past the sheet's budget of merged cells
    rows = MAX_MERGED_CELLS // MAX_MERGE_AREA + 1
    repeated = (
        f'<table:table-row table:number-rows-repeated="{rows}"><table:table-cell table:number-columns-spanned="2" '
        f'table:number-rows-spanned="{MAX_MERGE_AREA // 2}"/></table:table-row>'
    )
    opened = read_canvas(ods(tmp_path / "reis.ods", {"Klantreis": ods_sheet(cells, merges) + huge + repeated}))
    (journey,) = opened.journeys
    assert [g.name.text for g in journey.phase_groups] == ["Vóór de start", "Tijdens de studie"]
    (said,) = [str(w) for w in opened.warnings if "oversized merged range" in str(w)]
    assert said.startswith(f"{tmp_path / 'reis.ods'}: Klantreis: ")
    # the canvas's own merges (5 cells) leave room for 4 of the largest: rows 12 and 13 are past it
    assert said.endswith(
        f"3 oversized merged range(s) read as separate cells: A7:B{6 + down}, A12:B{11 + MAX_MERGE_AREA // 2} ..."
    )


@pytest.mark.parametrize("kind", ["ods", "xlsb"])
def test_a_sheet_whose_first_rows_are_blank_keeps_its_row_numbers(tmp_path: Path, kind: str) -> None:
    """python-calamine's ``iter_rows`` gives the rows from row 1, its columns from the first with data: C3
    had been read as C5 (its blank rows counted twice), and every place named in a message was off."""
    if kind == "ods":
        path = ods(tmp_path / "reis.ods", {"Blad1": ods_sheet({"C3": "Fase", "D4": "Kopen"})})
    else:
        path = xlsb(tmp_path / "reis.xlsb", {(2, 2): ("text", "Fase"), (3, 3): ("text", "Kopen")})
    (sheet,) = read_sheets(path, path.name, kind)
    assert sheet.cells == [(3, 3, "Fase"), (4, 4, "Kopen")]
