"""Round 16 F4: columns of notes on both sides of a canvas — their notes were interleaved row by row (left,
right, left, …), and two headings of notes ("Notities links", "Notities workshop") both went to the canvas's
headings, printed nowhere: the client's words lost from the poster and the deck."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.read.reader import read_canvas
from tests.support.read_back import lost_lines
from tests.support.workbooks import make_book


def _sheet(left_head: str, right_head: str) -> dict[str, object]:
    """Notes in column A and column H, the canvas in C3:F6 between them."""
    cells: dict[str, object] = {"A2": left_head, "H2": right_head}
    for i, name in enumerate(["Fase", "Zoeken", "Kiezen", "Bestellen"]):
        cells[f"{'CDEF'[i]}3"] = name
    for r, lane in enumerate(["Klantproces", "Pijnpunten", "Kansen"], start=4):
        cells[f"C{r}"] = lane
        for i, col in enumerate("DEF", start=1):
            cells[f"{col}{r}"] = f"{lane} in fase {i}"
        cells[f"A{r}"] = f"links {r}: let op de wachttijd"
        cells[f"H{r}"] = f"rechts {r}: idee van het team"
    return cells


@pytest.mark.parametrize(
    ("left_head", "right_head"), [("Notities links", "Notities workshop"), ("Aandachtspunten", "Notities workshop")]
)
def test_notes_columns_on_both_sides_keep_their_headings_and_their_order(
    tmp_path: Path, left_head: str, right_head: str
) -> None:
    path = make_book(tmp_path / "notities.xlsx", {"Klantreis": _sheet(left_head, right_head)})
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    left = [f"links {r}: let op de wachttijd" for r in (4, 5, 6)]
    right = [f"rechts {r}: idee van het team" for r in (4, 5, 6)]
    titled, others = journey.titled_notes()
    if journey.notes_title is not None:  # one heading of notes: it titles its own column's notes, only those
        assert journey.notes_title.text == right_head
        assert [n.text for n in titled] == right
        assert [n.text for n in others] == [left_head, *left]
        assert [n.text for n in journey.notes] == [left_head, *left, *right]  # never interleaved row by row
    else:  # two: each a note over its own column's notes, column by column
        assert [n.text for n in journey.notes] == [left_head, *left, right_head, *right]
        explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
        assert f"'{left_head}' in A2, '{right_head}' in H2 head columns of notes of their own" in explained
    assert lost_lines(path, canvas) == []
    assert canvas.headings == []  # no heading of notes printed nowhere
