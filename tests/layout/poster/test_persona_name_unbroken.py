"""A persona card's name is never broken inside a word (shapes G19): a name wider than the room beside the
disc of initials ("Oriënteren", "Aanmelden" on a card of four across) was set "Oriëntere / n", without a
hyphen, and a reader of the PDF no longer found the word. Such a name goes under the disc, across the card."""

from __future__ import annotations

from pathlib import Path

from tests.support.layouts import assert_inside, build_poster_laid
from tests.support.read_back import pdftotext
from tests.support.workbooks import make_book

PEOPLE = [
    ("Noor", "27", "Fitter"),
    ("Sem", "41", "Afvallen"),
    ("Oriënteren", "Leest flyer", "Onduidelijk"),
    ("Aanmelden", "Vult app in", "Contract"),
    ("Gebruiken", "Traint", "Druk"),
    ("Bram", "35", "Sterker"),
]


def test_a_long_persona_name_stays_whole_on_its_card(tmp_path: Path) -> None:
    cells = {"A1": "Naam", "B1": "Leeftijd", "C1": "Doelen"}
    for row, person in enumerate(PEOPLE, start=2):
        cells.update({f"{c}{row}": value for c, value in zip("ABC", person, strict=True)})
    book = make_book(tmp_path / "personas.xlsx", {"Personas": cells})
    pdf, layout = build_poster_laid(book, tmp_path / "out")
    names = [line.text for page in layout.pages for block in page.blocks for line in block.lines]
    for name, _, _ in PEOPLE:
        assert name in names  # on one line of its own, whole
    text = pdftotext(pdf).split()
    assert {"Oriënteren", "Aanmelden"} <= set(text)
    assert_inside(layout)
