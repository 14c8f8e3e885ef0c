"""A long export under a canvas whose rows hold text, under a notes heading ("Notitie") (round 19, hostile tester's
F27: 4,000 rows took 12 CPU-s, 8,000 rows 70): each row of notes under the heading is found among the notes of its
own row, not by a walk over every note of the sheet — counted here as the notes looked at, not timed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from canvasgen.read import reader
from canvasgen.read.grid import Pos
from canvasgen.read.reader import read_canvas
from tests.support.workbooks import small_journey_book

_ROWS = 600


class _CountedNotes(set[Pos]):
    """The sheet's notes, counting every note a walk over them looks at."""

    looked_at = 0

    def __iter__(self) -> Iterator[Pos]:
        for pos in super().__iter__():
            _CountedNotes.looked_at += 1
            yield pos


def _book(path: Path) -> Path:
    book, sheet = small_journey_book()
    sheet["A6"], sheet["B6"] = "Notitie", "Kanaal"
    for r in range(7, 7 + _ROWS):
        sheet.cell(r, 1, f"regel {r}")
        sheet.cell(r, 2, "web" if r % 2 else "google")
    book.save(path)
    return path


def test_the_notes_under_a_heading_are_looked_at_a_few_times_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    title_notes = reader._title_notes

    def counted(grid: Any, heads: set[Pos], journeys: Any, notes: set[Pos]) -> Any:
        return title_notes(grid, heads, journeys, _CountedNotes(notes))

    monkeypatch.setattr(reader, "_title_notes", counted)
    monkeypatch.setattr(_CountedNotes, "looked_at", 0)
    path = _book(tmp_path / "export.xlsx")
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert journey.notes_title is not None and journey.notes_title.text == "Notitie"
    assert len(journey.titled) >= _ROWS  # every row of the export is a titled note
    notes = 2 * _ROWS
    assert 0 < _CountedNotes.looked_at <= 4 * notes  # was a walk over every note for each of them: ~notes²
