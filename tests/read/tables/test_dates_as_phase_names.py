"""A phase named by a date cell (a timeline of workshop days, months): the date whole, as its format shows
it, in the canvas's language like every other date cell; its day is never taken for numbering."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from canvasgen.pipeline.read import in_language
from canvasgen.pipeline.summary import explanation
from tests.support.reading import read_canvas

DUTCH = ["1 maart", "15 maart", "1 april", "20 april"]
DAYS = (dt.date(2026, 3, 1), dt.date(2026, 3, 15), dt.date(2026, 4, 1), dt.date(2026, 4, 20))


def _timeline(path: Path, code: str, down: bool = False) -> Path:
    """A Dutch canvas whose phases are dates formatted ``code``: across row 1, or down column A."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Klantreis"
    rows: list[list[object]] = [
        ["Fase", *DAYS],
        ["Klantproces", "Ziet de folder", "Belt de winkel", "Komt langs", "Tekent het contract"],
        ["Pijnpunten", "Veel te lezen", "Lang in de wacht", "Geen parkeerplek", "Kleine lettertjes"],
        ["Kansen", "Kortere folder", "Terugbelknop", "Parkeren regelen", "Uitleg bij het contract"],
    ]
    if down:
        rows = [list(column) for column in zip(*rows, strict=True)]
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(r, c, value)
            if isinstance(value, dt.date):
                cell.number_format = code
    book.save(path)
    return path


@pytest.mark.parametrize("down", [False, True], ids=["across", "down"])
@pytest.mark.parametrize(
    ("code", "dutch", "english"),
    [
        ("d mmmm", DUTCH, ["1 March", "15 March", "1 April", "20 April"]),
        # a format naming its locale (Dutch) shows its dates in it, whatever the run's language
        ("[$-413]d mmmm", DUTCH, DUTCH),
        (
            "d mmm yyyy",  # a whole date: the language's long date, as every whole date cell
            ["1 maart 2026", "15 maart 2026", "1 april 2026", "20 april 2026"],
            ["1 March 2026", "15 March 2026", "1 April 2026", "20 April 2026"],
        ),
        ("ddd d/m", ["zo 1/3", "zo 15/3", "wo 1/4", "ma 20/4"], ["Sun 1/3", "Sun 15/3", "Wed 1/4", "Mon 20/4"]),
    ],
)
def test_a_phase_named_by_a_date_is_the_whole_date_in_the_canvas_language(
    tmp_path: Path, code: str, dutch: list[str], english: list[str], down: bool
) -> None:
    """'15 maart' lost its day as if it were numbering ('maart'): four phases became two, with a false
    "repeats the name on its left"; and the phase row's dates were English on a Dutch canvas."""
    canvas = read_canvas(_timeline(tmp_path / "tijdlijn.xlsx", code, down))
    journey = canvas.journeys[0]
    assert [p.name for p in journey.phases] == dutch
    assert not any("repeats the name" in w.message for w in canvas.warnings)
    assert all(lane.item_count() == 4 for lane in journey.lanes)
    said = explanation(canvas)
    assert "numbering" not in said and f"Klantreis!{'A2' if down else 'B1'} '{dutch[0]}'" in said
    # a run in English shows every date cell in English, the phases' too; the canvas read stays as it is
    assert [p.name for p in in_language(canvas, "en").journeys[0].phases] == english
    assert [p.name for p in journey.phases] == dutch
