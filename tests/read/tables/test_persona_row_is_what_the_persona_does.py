"""A persona × stage table (personas down, stages across; issue #30, round 19): each persona's journey has the
persona's row as its one lane, labelled by the persona's name: the customer process (what that persona does),
said in ``--explain`` with the correction; never a lane without a role, warned once per journey."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from canvasgen.model import LaneKind
from tests.support.cli import run_clean
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas

_TABLES = {
    "en": (
        ["Persona", "Awareness", "Consideration", "Purchase", "Onboarding"],
        {
            "Lotte": ["Sees an ad", "Compares prices", "Orders online", "Calls the helpdesk"],
            "Sem": ["Hears from a friend", "Reads reviews", "Buys in store", "Reads the manual"],
            "Noor": ["Searches", "Asks a quote", "Signs", "Gets training"],
        },
    ),
    "nl": (
        ["Doelgroep", "Oriëntatie", "Overweging", "Aankoop"],
        {
            "Gezin De Vries": ["Ziet folder", "Vergelijkt", "Koopt in winkel"],
            "Student Sanne": ["Ziet reel", "Vraagt vrienden", "Bestelt app"],
        },
    ),
}


def _book(path: Path, language: str, top: int) -> Path:
    header, rows = _TABLES[language]
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Matrix"
    for j, word in enumerate(header, start=1):
        sheet.cell(top, j, word)
    for i, (name, cells) in enumerate(rows.items(), start=top + 1):
        for j, text in enumerate([name, *cells], start=1):
            sheet.cell(i, j, text)
    book.save(path)
    return path


@pytest.mark.parametrize("language", _TABLES)
@pytest.mark.parametrize("top", [1, 3])
def test_each_personas_row_is_the_customer_process_of_its_journey(tmp_path: Path, language: str, top: int) -> None:
    path = _book(tmp_path / "matrix.xlsx", language, top)
    canvas = read_canvas(path)
    header, rows = _TABLES[language]
    assert len(canvas.journeys) == len(rows)
    for journey, (name, cells) in zip(canvas.journeys, rows.items(), strict=True):
        assert [p.name for p in journey.phases] == header[1:]
        (lane,) = journey.lanes
        assert (lane.label, lane.kind) == (name, LaneKind.CUSTOMER)
        assert [[i.text for i in cell] for cell in lane.cells] == [[c] for c in cells]
    assert not [w for w in canvas.warnings if "has no role" in w.message or "no lane has the" in w.message]
    assert not lost_lines(path, canvas)


def test_explain_says_the_personas_row_and_the_correction_which_wins(tmp_path: Path) -> None:
    path = _book(tmp_path / "matrix.xlsx", "en", 1)
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert (
        "lane 'Sem': customer, the persona's row of a persona × stage table: what that persona does; if it is "
        "another lane: --lane 'Sem=<kind>'"
    ) in out
    assert "has no role" not in out
    code, out, _ = run_clean("check", "--lane", "Sem=pain_points", path)
    assert "lane 'Sem' [pain_points, corrected]" in out
