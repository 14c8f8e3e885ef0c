"""Round 23 (#30/#31): a small table beside the journey grid — a header row over a few rows, apart from the grid
by a blank column or row ("Actie | Eigenaar | Wanneer" beside it, "Risico | Kans | Impact" under it) — is read as
a table (``NotesTable``) and printed as one: on the poster a card at the foot drawn as a table, its header row the
card's heading, every row's cells side by side in their columns; in the deck a table slide, its header row the
table's header. A second table in the sheet likewise, never a second journey. An action table touching the last
phase (no blank column between) is cut off the phases and ``check --explain`` says so with the correction. Every
word is in both outputs."""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pptx import Presentation

from tests.support.cli import run_clean
from tests.support.neighbours import Rows, put
from tests.support.read_back import lost_lines, pdf_text, placed_words, squeeze
from tests.support.reading import read_canvas

_CANVAS: Rows = [
    ["Fase", "Oriënteren", "Vergelijken", "Kopen", "Gebruiken"],
    ["Klantproces", "Leest een blog", "Vraagt offertes", "Tekent contract", "Belt de helpdesk"],
    ["Intern proces", "Schrijft content", "Maakt offerte", "Plant installatie", "Lost storing op"],
    ["Pijnpunten", "Te veel jargon", "Trage reactie", "Onduidelijke planning", "Lange wachttijd"],
]
_ACTIONS: Rows = [
    ["Actie", "Eigenaar", "Wanneer"],
    ["Jargon uit de blog halen", "Petra", "Q1"],
    ["Offerte binnen twee dagen", "Sales", "maart"],
    ["Planning per sms sturen", "Ops", "april"],
]
_RISKS: Rows = [
    ["Risico", "Kans", "Impact"],
    ["Subsidie stopt", "Middel", "Hoog"],
    ["Monteurs tekort", "Hoog", "Hoog"],
]


def _book(path: Path, tables: list[tuple[Rows, tuple[int, int]]], canvas: Rows = _CANVAS) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Reis"
    put(sheet, 1, 1, canvas)
    for rows, (row, col) in tables:
        put(sheet, row, col, rows)
    book.save(path)
    return path


def _as_read(rows: Rows) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    return tuple(str(v) for v in rows[0]), tuple(tuple(str(v) for v in row) for row in rows[1:])


def test_a_table_beside_the_grid_and_one_under_it_are_read_as_tables(tmp_path: Path) -> None:
    # beside: past a blank column (F); under: past two blank rows
    path = _book(tmp_path / "reis.xlsx", [(_ACTIONS, (1, 7)), (_RISKS, (7, 2))])
    canvas = read_canvas(path)
    (journey,) = canvas.journeys  # the risks under it were a second journey: "Kans" is a risk's chance
    assert [p.name for p in journey.phases] == _CANVAS[0][1:]
    assert [(t.header, t.rows) for t in journey.notes_tables] == [_as_read(_ACTIONS), _as_read(_RISKS)]
    assert [str(s) for s in journey.notes_tables[0].sources] == ["Reis!G1:I1", "Reis!G2:I2", "Reis!G3:I3", "Reis!G4:I4"]
    assert not lost_lines(path, canvas)
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    said = " ".join(out.split())
    assert "1 journey" in said
    assert "G1:I4 is a small table of 4 rows outside the canvas" in said
    assert "B7:D9 is a small table of 3 rows outside the canvas" in said
    assert said.count("printed as a table under its header row") == 2


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("tables")
    path = _book(out / "reis.xlsx", [(_ACTIONS, (1, 7)), (_RISKS, (7, 2))])
    code, output, _ = run_clean("build", path, "-o", out / "out")
    assert code == 0, output
    return out / "out"


def test_the_poster_draws_each_table_with_its_rows_cells_side_by_side_in_columns(built: Path) -> None:
    text = squeeze(pdf_text(built / "reis.pdf"))
    for rows in (_ACTIONS, _RISKS):
        for row in rows:
            assert squeeze(" ".join(str(v) for v in row)) in text  # a row: its cells in their order, on one line
    words = [w for page in placed_words(built / "reis.pdf") for w in page]
    for rows in (_ACTIONS, _RISKS):
        lines = []
        for row in rows:
            # the row's line: where its first cell's first word stands under the line before (no word of the map)
            below = lines[-1][0].y0 if lines else 0.0
            lead = next(w for w in words if w.text == str(row[0]).split()[0] and w.y0 > below)
            on_line = sorted((w for w in words if abs(w.y0 - lead.y0) < 1.0), key=lambda w: w.x0)
            firsts = []
            for cell in row:
                left = firsts[-1].x1 if firsts else lead.x0 - 1
                firsts.append(next(w for w in on_line if w.text == str(cell).split()[0] and w.x0 >= left))
            lines.append(firsts)
        for column in range(len(rows[0])):  # each column's cells start at one left edge, the header's
            lefts = {round(line[column].x0) for line in lines}
            assert max(lefts) - min(lefts) <= 1, (rows[0][column], lefts)
    assert "•Jargon" not in text and "•Subsidie" not in text  # rows are no bullets


def test_the_deck_has_a_table_slide_for_each_table_its_header_row_the_header(built: Path) -> None:
    deck = Presentation(str(built / "reis.pptx"))
    tables = [
        [[cell.text for cell in row.cells] for row in shape.table.rows]
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_table
    ]
    for rows in (_ACTIONS, _RISKS):
        assert [[str(v) for v in row] for row in rows] in tables
    bullets = " ".join(
        p.text
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_text_frame
        for p in shape.text_frame.paragraphs
    )
    assert "Jargon uit de blog halen · Petra" not in bullets  # no longer a bullet of joined cells


_HEADERS = [
    ["Actie", "Eigenaar", "Wanneer"],
    ["Action", "Owner", "Due date"],
    ["Risico", "Kans", "Impact"],
    ["Risk", "Likelihood", "Impact", "Mitigation"],
    ["Maatregel", "Wie", "Status"],
]
_WORDS = ["Flyer", "Formulier", "Piekuren", "Subsidie", "Monteurs", "Offerte", "Planning", "Bel-script"]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    header=st.sampled_from(_HEADERS),
    count=st.integers(2, 4),
    where=st.sampled_from(["right", "under"]),
    gap=st.integers(1, 2),
    seed=st.integers(0, 10_000),
)
@pytest.mark.slow
def test_a_small_table_apart_from_the_grid_is_read_as_a_table_generated(
    header: list[str], count: int, where: str, gap: int, seed: int
) -> None:
    rows: Rows = [list(header)]
    for n in range(count):
        words = [_WORDS[(seed + n * 3 + c) % len(_WORDS)] for c in range(len(header))]
        rows.append([f"{w} {n + 1}" if c == 0 else w.lower() for c, w in enumerate(words)])
    at = (1, len(_CANVAS[0]) + 1 + gap) if where == "right" else (len(_CANVAS) + 1 + gap, 2)
    with tempfile.TemporaryDirectory() as folder:
        path = _book(Path(folder) / "reis.xlsx", [(rows, at)])
        canvas = read_canvas(path)
        (journey,) = canvas.journeys
        assert [p.name for p in journey.phases] == _CANVAS[0][1:]
        assert [lane.label for lane in journey.lanes] == [row[0] for row in _CANVAS[1:]]
        assert [(t.header, t.rows) for t in journey.notes_tables] == [_as_read(rows)]
        assert not lost_lines(path, canvas)


_TOUCHING = [
    ["Actie", "Eigenaar", "Wanneer"],
    ["Actie", "Wie", "Wanneer"],
    ["Action", "Owner", "When"],
    ["Actiepunt", "Eigenaar", "Status"],
    ["Actie", "Deadline", "Status"],
]


@pytest.mark.parametrize("header", _TOUCHING)
def test_an_action_table_touching_the_last_phase_is_said_with_its_correction(tmp_path: Path, header: list[str]) -> None:
    rows: Rows = [header, ["Jargon eruit", "Petra", "Q1"], ["Offerte sneller", "Sales", "maart"]]
    path = _book(tmp_path / "reis.xlsx", [(rows, (1, len(_CANVAS[0]) + 1))])  # column F: no blank column between
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == _CANVAS[0][1:]  # was: + 'Actie', 'Eigenaar', 'Wanneer' as phases
    assert "persona" not in journey.meta  # "Wie | Wanneer" is the table's header, no persona "Wanneer"
    assert [(t.header, t.rows) for t in journey.notes_tables] == [_as_read(rows)]
    assert not lost_lines(path, canvas)
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    shown = " | ".join(f"'{h}'" for h in header)
    said = " ".join(out.split())
    assert (f"F1:H1 ({shown}), right after the last phase with no blank column between, heads an action table") in said
    assert "not as phases; if they are phases, give --phases-row 1" in said
    # said by check itself, as a warning at the table's first cell, not only in --explain
    assert any("Reis!F1" in str(w) and "heads an action table" in str(w) for w in canvas.warnings)
    # the correction does what it says
    code, out, _ = run_clean("check", path, "--phases-row", "1")
    assert code == 0
    assert f"7 phases: {' | '.join(_CANVAS[0][1:])} | {' | '.join(header)}" in out


def test_aidas_action_phase_with_no_table_after_it_stays_a_phase(tmp_path: Path) -> None:
    rows: Rows = [
        ["Fase", "Aandacht", "Interesse", "Verlangen", "Actie"],
        ["Klant doet", "Ziet een advertentie", "Leest", "Vergelijkt", "Koopt"],
        ["Pijnpunten", "Te veel", "Vaag", "Duur", "Traag"],
    ]
    (journey,) = read_canvas(_book(tmp_path / "aida.xlsx", [], canvas=rows)).journeys
    assert [p.name for p in journey.phases] == ["Aandacht", "Interesse", "Verlangen", "Actie"]
    assert not journey.notes_tables


@pytest.mark.parametrize(
    "weighed",
    [
        [["Pijnpunt", "Kans", "Impact"], ["Trage reactie", "Groot", "Hoog"], ["Jargon", "Klein", "Middel"]],
        [["Touchpoint", "Kans", "Bereik"], ["Nieuwsbrief", "Groot", "Hoog"], ["Sms vooraf", "Middel", "Laag"]],
    ],
)
def test_a_lane_words_table_under_the_grid_is_a_table_not_a_journey(tmp_path: Path, weighed: Rows) -> None:
    """Hostile round 24: headed by a lane's word over what it lists ("Pijnpunt | Kans | Impact": pain points
    weighed) the table under the grid was a second journey, its pain points read as phases and "Kans" (a
    chance) as an opportunities lane; like "Risico | Kans | Impact" it is a table among the notes."""
    path = _book(tmp_path / "reis.xlsx", [(weighed, (6, 2))])  # past one blank row
    canvas = read_canvas(path)
    (journey,) = canvas.journeys  # was: two journeys, 'Klantreis 2' of phases 'Trage reactie' and 'Jargon'
    assert [(t.header, t.rows) for t in journey.notes_tables] == [_as_read(weighed)]
    assert not lost_lines(path, canvas)
