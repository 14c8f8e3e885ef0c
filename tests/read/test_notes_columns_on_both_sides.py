"""Round 16 F4 and round 17: columns of notes on both sides of a canvas — their notes were interleaved row by row (left,
right, left, …), and two headings of notes ("Notities links", "Notities workshop") both went to the canvas's
headings, printed nowhere: the client's words lost from the poster and the deck."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from canvasgen.cli import main
from tests.support.neighbours import ACROSS, DOWN, PHASES, lanes_of, put
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
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
    # each column's heading titles its own notes (round 17: they shared one title, the other heading a note)
    columns, others = journey.notes_under_titles()
    assert [(title.text, [n.text for n in notes]) for title, notes in columns] == [
        (left_head, left),
        (right_head, right),
    ]
    assert others == []
    assert [n.text for n in journey.notes] == [*left, *right]  # never interleaved row by row
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert f"'{left_head}' in A2, '{right_head}' in H2 head 2 columns of notes of their own" in explained
    assert lost_lines(path, canvas) == []
    assert canvas.headings == []  # no heading of notes printed nowhere


def _two_right(first: str, second: str, gap: int) -> dict[str, object]:
    """The canvas in C3:F6, two columns of notes right of it, headed in row 2, ``gap`` blank columns apart."""
    cells = _sheet("", "")
    cells = {ref: value for ref, value in cells.items() if ref[0] not in "AH"}
    far = chr(ord("H") + gap + 1)
    cells.update({"H2": first, f"{far}2": second})
    for r in (4, 5, 6):
        cells[f"H{r}"] = f"idee {r}: een tweede loket"
        cells[f"{far}{r}"] = f"vraag {r}: waarom zo laat"
    return cells


@pytest.mark.parametrize(("first", "second"), [("Notities workshop", "Vragen klant"), ("Ideeën", "Open vragen")])
@pytest.mark.parametrize("gap", [1, 2])
def test_two_columns_of_notes_right_of_the_canvas_each_keep_their_heading(
    tmp_path: Path, first: str, second: str, gap: int
) -> None:
    path = make_book(tmp_path / "rechts.xlsx", {"Klantreis": _two_right(first, second, gap)})
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    ideas = [f"idee {r}: een tweede loket" for r in (4, 5, 6)]
    questions = [f"vraag {r}: waarom zo laat" for r in (4, 5, 6)]
    columns, others = journey.notes_under_titles()
    # each heading titles its own column (they were one small table of rows 'idee 4 · vraag 4', one title lost)
    assert [(title.text, [n.text for n in notes]) for title, notes in columns] == [(first, ideas), (second, questions)]
    assert others == [] and canvas.headings == []
    assert lost_lines(path, canvas) == []
    checked = CliRunner().invoke(main, ["check", str(path)]).output
    assert (
        f"6 notes outside the canvas, in 2 columns under their own headings: '{first}' (3), '{second}' (3)" in checked
    )
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    far = chr(ord("H") + gap + 1)
    assert f"'{first}' in H2, '{second}' in {far}2 head 2 columns of notes of their own" in explained
    assert "small table" not in explained


def test_two_columns_side_by_side_stay_a_small_table(tmp_path: Path) -> None:
    """Cells side by side with no blank column between are a small table's rows, not two columns of notes."""
    path = make_book(tmp_path / "tabel.xlsx", {"Klantreis": _two_right("Touchpoint", "Prioriteit", 0)})
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert journey.notes_columns == []
    assert "idee 4: een tweede loket · vraag 4: waarom zo laat" in [n.text for n in journey.notes]
    assert lost_lines(path, canvas) == []


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäéöß", min_size=3, max_size=9)
_HEADING = st.lists(_WORD, min_size=1, max_size=3).map(lambda words: " ".join(words).capitalize())


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    headings=st.tuples(_HEADING, _HEADING).filter(lambda pair: pair[0].split()[0] != pair[1].split()[0]),
    across=st.booleans(),
    both_sides=st.booleans(),
    gap=st.integers(1, 2),
    top=st.integers(1, 3),
    counts=st.tuples(st.integers(2, 4), st.integers(2, 4)),
)
# "Tenant" is a word for the persona: with "Abc" beside it, two columns on, it was read as "Tenant: Abc", the
# two headings lost over their notes (a seed on main, round 24)
@example(headings=("Tenant", "Abc"), across=True, both_sides=False, gap=1, top=1, counts=(2, 2))
def test_each_column_of_notes_keeps_its_own_heading_wherever_it_stands(
    tmp_path: Path,
    headings: tuple[str, str],
    across: bool,
    both_sides: bool,
    gap: int,
    top: int,
    counts: tuple[int, int],
) -> None:
    """Any two short headings over columns of notes (left and right of the canvas, or both right of it, blank
    columns between), above the canvas's phase row, their notes beside its lanes, the canvas across or down, at
    any row: each heading titles its own column's notes."""
    first, second = headings
    canvas_rows = ACROSS if across else DOWN
    width = max(map(len, canvas_rows))
    left = 1 + (1 + gap if both_sides else 0)
    columns = [1, left + width - 1 + gap + 1] if both_sides else [left + width - 1 + gap + 1 + k * 2 for k in (0, 1)]
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Reis"
    put(sheet, top + 1, left, canvas_rows)
    written: list[list[str]] = []
    for column, heading, count in zip(columns, (first, second), counts, strict=True):
        sheet.cell(top, column, heading)
        written.append([f"{heading.split()[0]} {n}: zie het gesprek" for n in range(count)])
        for n, note in enumerate(written[-1]):
            sheet.cell(top + 2 + n, column, note)
    path = tmp_path / "reis.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == PHASES
    assert [lane.label for lane in journey.lanes] == lanes_of(canvas_rows)
    columns_read, others = journey.notes_under_titles()
    assert [(title.text, [n.text for n in notes]) for title, notes in columns_read] == [
        (first, written[0]),
        (second, written[1]),
    ]
    assert others == [] and canvas.headings == []
    assert lost_lines(path, canvas) == []
