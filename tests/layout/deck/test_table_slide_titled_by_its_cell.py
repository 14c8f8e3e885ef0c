"""A small table among the notes under a cell naming it ("Actiepunten" right above "Actie | Eigenaar | Wanneer",
"Risico's" above "Risico | Kans | Impact"): that cell is the title of the deck's table slide, and no bullet of the
appendix (#30/#31 round 24 item 6; was "Notities · Actie", the notes' heading and the header's first word, the
title cell a bullet of its own). A blank row between keeps the cell a note, the title as before."""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from canvasgen.words import DECK_WORDS
from tests.support.cli import run_clean
from tests.support.layouts import deck_fonts, default_kit, laid_deck
from tests.support.neighbours import Rows, put
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas

_CANVAS: Rows = [
    ["Fase", "Aanmelden", "Intake", "Behandeling", "Nazorg"],
    ["Wat doet de cliënt?", "Vult het webformulier in", "Komt op gesprek", "Volgt zes sessies", "Krijgt een belletje"],
    ["Pijnpunten", "Formulier te lang", "Wachtlijst", "Sessies overdag", "Niemand belt terug"],
]
_TABLES: list[Rows] = [
    [["Actie", "Eigenaar", "Wanneer"], ["Formulier inkorten", "Yara", "Q1"], ["Avondsessies", "Team West", "Q3"]],
    [["Risico", "Kans", "Impact"], ["Te weinig therapeuten", "Hoog", "Hoog"], ["Budget stopt", "Laag", "Hoog"]],
    [["Maatregel", "Wie", "Status"], ["Terugbelronde", "Balie", "loopt"], ["Wachtlijst-sms", "ICT", "gepland"]],
]
_TITLES = ["Actiepunten", "Risico's", "Vervolgstappen", "Afspraken na de sessie", "Open punten"]


def _book(path: Path, title: str, table: Rows, gap: int, blank_between: bool, col: int) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Cliëntreis"
    put(sheet, 1, 1, _CANVAS)
    row = len(_CANVAS) + 1 + gap
    put(sheet, row, col, [[title]])
    put(sheet, row + 1 + blank_between, col, table)
    book.save(path)
    return path


def _table_titles(path: Path) -> tuple[list[str], list[str]]:
    """The titles of the deck's table slides, and the appendix's paragraphs."""
    canvas = read_canvas(path)
    kit, _ = default_kit()
    deck = laid_deck(canvas, kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), canvas.language or "nl")
    slides = deck.slides
    tables = [s.title for s in slides if s.kind == "notes_table"]
    appendix = [p.text for s in slides if s.kind == "appendix" for f in s.frames for p in f.paras]
    return tables, appendix


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.sampled_from(_TITLES), table=st.sampled_from(_TABLES), gap=st.integers(1, 3), col=st.integers(1, 3))
def test_the_cell_right_above_a_table_titles_its_slide(title: str, table: Rows, gap: int, col: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = _book(Path(folder) / "reis.xlsx", title, table, gap, False, col)
        canvas = read_canvas(path)
        (journey,) = canvas.journeys
        assert len(journey.lanes) == len(_CANVAS) - 1  # under the label column: no lanes "Actiepunten", "Actie"
        (read,) = journey.notes_tables
        assert read.header == tuple(table[0])
        assert read.title is not None and read.title.text == title
        tables, appendix = _table_titles(path)
        assert not lost_lines(path, canvas)
    assert tables == [title] and title not in appendix  # was "Notities uit de werkmap · Actie", the title a bullet


def test_a_cell_a_blank_row_above_the_table_stays_a_note(tmp_path: Path) -> None:
    path = _book(tmp_path / "reis.xlsx", "Vervolgstappen", _TABLES[1], 2, True, 2)
    (journey,) = read_canvas(path).journeys
    (read,) = journey.notes_tables
    assert read.title is None
    tables, _ = _table_titles(path)
    assert tables == [f"{DECK_WORDS['nl']['notes']} · Risico"]


def test_check_says_the_cell_is_the_tables_title(tmp_path: Path) -> None:
    path = _book(tmp_path / "reis.xlsx", "Actiepunten", _TABLES[0], 2, False, 2)
    code, out, err = run_clean("check", "--explain", path)
    assert code == 0, out + err
    said = " ".join(out.split())
    assert "'Actiepunten' (B6), alone right above the table at B7:D7, is its title: the deck's table slide" in said
