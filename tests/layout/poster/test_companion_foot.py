"""A companion page (the persona cards) mostly empty while the cells its journey page continues filled a
page of their own (H8): they go on in the room the companion page's rows leave."""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl
from pypdf import PdfReader

from tests.support.layouts import build_poster
from tests.support.read_back import printed_in, squeeze
from tests.support.reading import read_canvas

WORDS = [
    "waiting",
    "answer",
    "technician",
    "visit",
    "quote",
    "price",
    "installer",
    "form",
    "callback",
    "warranty",
    "delay",
    "clear",
    "slow",
    "fast",
]


def _sentence(pick: random.Random, words: int) -> str:
    return " ".join(pick.choice(WORDS) for _ in range(words)).capitalize() + "."


def _cell(pick: random.Random, items: int, words: int) -> str:
    return "\n".join(f"- {_sentence(pick, words)}" for _ in range(items))


def _crowded_canvas(path: Path) -> None:
    """Six phases by six lanes, every cell a little too full and one of eight long items; a persona with
    long fields and two notes on sheets of their own."""
    pick = random.Random(8)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Journey"
    phases = ["Discover", "Consider", "Buy", "Install", "Use", "Stay"]
    lanes = ["Customer actions", "Pain points", "Emotions", "Opportunities", "Touchpoints", "Backstage"]
    sheet.append(["Customer journey"])
    sheet.append(["Client", "Solar Ltd"])
    sheet.append([])
    sheet.append(["Phase", *phases])
    for lane in lanes:
        cells = [_cell(pick, 2, pick.randint(9, 22)) for _ in phases]
        if lane == "Pain points":
            cells[2] = _cell(pick, 8, 55)
        sheet.append([lane, *cells])
    sheet.append(["Score", -1, 0, -2, 1, 2, 0.5])
    personas = book.create_sheet("Personas")
    personas.append(["Name", "Goals", "Needs", "Frustrations", "Preferred channels"])
    personas.append(["Ana Souza", _sentence(pick, 45), _sentence(pick, 45), _sentence(pick, 55), "WhatsApp, e-mail"])
    notes = book.create_sheet("Notes")
    notes.append(["Notes"])
    notes.append(["Interviewed 3 times; prefers calls to e-mail"])
    notes.append([_sentence(pick, 35)])
    book.save(path)


def test_continued_cells_go_on_in_the_companion_pages_free_room(tmp_path: Path) -> None:
    """H8: the journey page continued a dozen cells; the companion page held one persona card across its
    top, the rest of it empty, and the continued cells and notes filled a third page. A companion page's
    rows keep the height they need, so text at its foot may take all the room they leave (not half the
    page, as under a map), and its persona card keeps its fields there: two pages, every word printed."""
    source = tmp_path / "crowded.xlsx"
    _crowded_canvas(source)
    pdf = build_poster(source, tmp_path)
    pages = [squeeze(page.extract_text() or "") for page in PdfReader(pdf).pages]
    assert "continuedonpage2" in pages[0]
    assert len(pages) == 2, [page[:60] for page in pages]
    assert "AnaSouza" in pages[1] and "Frustrations" in pages[1]  # the card with its fields, not its name only
    text = "".join(pages)
    assert all(printed_in(item.text, text) for item in read_canvas(source).texts())
