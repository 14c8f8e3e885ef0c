"""A Dutch canvas's poster, deck and template hold canvasgen's own words in Dutch only (#17): no English
fallback, no listing of the sheets' column headers, no "nothing filled in" slide. Checked by looking for
every English phrase of the word tables that Dutch does not share, in the text read back out."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from canvasgen.cli import main
from canvasgen.layout.poster.poster import canvas_title
from canvasgen.model import Canvas, Item, Journey
from canvasgen.words import POSTER_WORDS, TABLES
from tests.support.layouts import canvas_of
from tests.support.read_back import slide_text
from tests.support.workbooks import CANVASES

#: The Dutch examples ("voorbeeld"): named, not read, when the tests are collected (reading them there cost every
#: test process a second); each test asserts that its canvas is read as Dutch.
DUTCH = sorted(CANVASES.glob("voorbeeld-*.xlsx"))
GONE = ("kolommen van het blad", "Kolommen zonder invulling", "Nog niets ingevuld", "CUSTOMER JOURNEY CANVAS")


def _values(table: object) -> list[str]:
    if isinstance(table, dict):
        return [v for value in table.values() for v in _values(value)]
    if isinstance(table, tuple | list):
        return [v for value in table for v in _values(value)]
    return [table] if isinstance(table, str) else []


def _phrases(text: str) -> list[str]:
    """The pieces of a word-table entry between its {placeholders} and punctuation, lower case."""
    return [p.strip().lower() for p in re.split(r"\{[^}]*\}|[.:;,·()!?\"“”'–—/\n]", text) if p.strip()]


def _english_only() -> set[str]:
    dutch = " ".join(" ".join(_phrases(v)) for table in TABLES.values() for v in _values(table.get("nl", {})))
    english = {p for table in TABLES.values() for v in _values(table.get("en", {})) for p in _phrases(v)}
    # a phrase of two words or more, or one long word, that Dutch does not use
    return {p for p in english if (" " in p or len(p) >= 8) and p not in dutch}


ENGLISH = _english_only()


def _clients_words(path: Path) -> str:
    canvas = canvas_of(path)
    items = [*canvas.texts(), *canvas.column_headers(), *(m for j in canvas.journeys for m in j.meta.values())]
    return " ".join(i.text.lower() for i in items)


def _english_in(text: str, path: Path) -> list[str]:
    said, own = " ".join(text.lower().split()), _clients_words(path)
    return sorted(p for p in ENGLISH if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", said) and p not in own)


def test_the_english_phrases_are_many_enough_to_mean_something() -> None:
    assert len(DUTCH) >= 3 and len(ENGLISH) > 200 and "customer journey canvas" in ENGLISH


@pytest.mark.parametrize("path", DUTCH, ids=lambda p: p.stem)
def test_a_dutch_canvas_poster_and_deck_speak_dutch_only(path: Path, tmp_path: Path) -> None:
    assert canvas_of(path).language == "nl"
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path), "--size", "A2"])
    assert result.exit_code == 0, result.output
    poster = "\n".join(page.extract_text() or "" for page in PdfReader(tmp_path / f"{path.stem}.pdf").pages)
    deck = slide_text(tmp_path / f"{path.stem}.pptx")
    assert _english_in(poster, path) == []
    assert _english_in(deck, path) == []
    for text in (poster, deck):
        assert not [gone for gone in GONE if gone in text]
    # white label (#31): the file name is on no poster page and no slide (it is in the PDF's metadata and
    # the title slide's speaker notes)
    assert poster.count(path.name) == 0 and deck.count(path.name) == 0


def test_the_dutch_template_speaks_dutch_only(tmp_path: Path) -> None:
    out = tmp_path / "leeg.xlsx"
    assert CliRunner().invoke(main, ["template", str(out), "--lang", "nl", "--lanes", "all"]).exit_code == 0
    book = openpyxl.load_workbook(out)
    cells = [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    messages = [dv.error or "" for ws in book.worksheets for dv in ws.data_validations.dataValidation]
    text = " ".join([*cells, *messages]).lower()
    found = sorted(p for p in ENGLISH if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text))
    assert found == []


def test_pages_of_several_journeys_are_titled_with_what_they_share() -> None:
    def journey(name: str, **meta: str) -> Journey:
        return Journey(name, "Blad", "grid", [], [], meta={k: Item(v) for k, v in meta.items()})

    words = POSTER_WORDS["nl"]
    personas = [journey("Tabelle1 – Médecin"), journey("Tabelle1 – Infirmière")]
    assert canvas_title(Canvas("t.xlsx", personas), words) == "Tabelle1"  # not the first persona's name
    shared = [journey("Reis – Ideaal", journey="Zonnepanelen"), journey("Reis – Huidig", journey="Zonnepanelen")]
    assert canvas_title(Canvas("z.xlsx", shared), words) == "Zonnepanelen"
    apart = [journey("Aanvraag"), journey("Levering")]
    assert canvas_title(Canvas("a.xlsx", apart), words) == "Klantreiscanvas"
    assert canvas_title(Canvas("b.xlsx", [journey("Aanvraag")]), words) == "Aanvraag"
