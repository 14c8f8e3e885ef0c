"""Round 18 (#30): a phase column whose header is empty between numbered phases ("Fase 2", ?, "Fase 4") was
called after its spreadsheet column ("Kolom D"), a letter the client never sees: it is named by its neighbours'
pattern ("Fase 3"), and check says so with the correction. No pattern: named by its place (said, with its cell)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from canvasgen.read.reader import read_canvas
from tests.support.cli import run_clean
from tests.support.neighbours import put
from tests.support.read_back import lost_lines


def _book(path: Path, names: list[str | None]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Reis"
    put(sheet, 1, 1, [["Fase", *names], ["Klantproces", *[f"doet {i}" for i in range(len(names))]]])
    put(sheet, 3, 1, [["Pijnpunten", *[f"pijn {i}" for i in range(len(names))]]])
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Fase 1", "Fase 2", None, "Fase 4"], ["Fase 1", "Fase 2", "Fase 3", "Fase 4"]),
        (["Stage 1", None, "Stage 3", "Stage 4"], ["Stage 1", "Stage 2", "Stage 3", "Stage 4"]),
        (["Stap 01", "Stap 02", None], ["Stap 01", "Stap 02", "Stap 3"]),
        (["Fase 2", None, "Fase 4"], ["Fase 2", "Fase 3", "Fase 4"]),
    ],
)
def test_an_unnamed_phase_between_numbered_ones_is_named_by_their_pattern(
    tmp_path: Path, names: list[str | None], expected: list[str]
) -> None:
    path = _book(tmp_path / "reis.xlsx", names)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == expected
    assert not any("Kolom" in p.name or "Column" in p.name for p in journey.phases)
    assert not lost_lines(path, canvas)


def test_check_says_the_name_and_where_to_write_it(tmp_path: Path) -> None:
    path = _book(tmp_path / "reis.xlsx", ["Fase 1", "Fase 2", None, "Fase 4"])
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert (
        "column D has no phase name; read as a phase of its own, called 'Fase 3' after the phases beside it "
        "('Fase 2' and 'Fase 4') — name it in D1" in " ".join(out.split())
    )
    assert "the phase in column D has no name: called 'Fase 3'" in " ".join(out.split())


def test_neighbours_of_two_patterns_name_nothing(tmp_path: Path) -> None:
    path = _book(tmp_path / "reis.xlsx", ["Fase 1", "Fase 2", None, "Stap 4"])
    (journey,) = read_canvas(path).journeys
    assert [p.name for p in journey.phases][2] == "Fase 3"  # no pattern to name it by: its place, the sheet's word
    assert any("called 'Fase 3' after its place (phase 3 of 4)" in line for line in journey.reading)
