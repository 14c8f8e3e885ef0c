"""A persona card's field over several lines (a cell of two lines, "Lagere energierekening" and "duurzamer
wonen", or a value wrapped) goes on under its value, not at the card's margin (#31, round 16): read back out
of the PDF, the continuation's first word starts where the value's first word does; a field whose label is
most of its line is not hung (its value would be a sliver)."""

from __future__ import annotations

from pathlib import Path

from tests.support.layouts import build_poster
from tests.support.read_back import PlacedWord, placed_words
from tests.support.workbooks import make_book

JOURNEY = {"A1": "Fase", "B1": "Oriëntatie", "C1": "Aankoop", "A2": "Klantproces", "B2": "Zoekt", "C2": "Koopt"}
LONG_LABEL = "Wat deze persona in de eerste weken na de aankoop het allermeest van ons nodig heeft"


def _word(page: list[PlacedWord], text: str) -> PlacedWord:
    (found,) = [w for w in page if w.text == text]
    return found


def test_a_persona_field_of_two_lines_goes_on_under_its_value(tmp_path: Path) -> None:
    personas = {
        "A1": "Naam",
        "B1": "Doelen",
        "C1": "Frustraties",
        "D1": LONG_LABEL,
        "A2": "Familie Jansen",
        "B2": "Lagere energierekening\nduurzamer wonen",
        "C2": "Onduidelijke offertes\nlange wachttijden",
        "D2": "Vaste contactpersoon\neerlijke planning",
    }
    book = make_book(tmp_path / "jansen.xlsx", {"Klantreis": JOURNEY, "Personas": personas})
    pdf = build_poster(book, tmp_path / "out")
    (page,) = [p for p in placed_words(pdf) if any(w.text == "duurzamer" for w in p)]
    for value, continued in (("Lagere", "duurzamer"), ("Onduidelijke", "lange")):
        first, second = _word(page, value), _word(page, continued)
        assert second.y0 > first.y0  # on the next line …
        assert abs(second.x0 - first.x0) < 0.5, (value, first.x0, second.x0)  # … under the value, not the label
        label = _word(page, "Doelen:" if value == "Lagere" else "Frustraties:")
        assert second.x0 > label.x1  # not at the margin
    # a label that is most of its line: the value goes on at the margin, with the label's first word
    start, continued = _word(page, "Wat"), _word(page, "eerlijke")
    assert abs(continued.x0 - start.x0) < 0.5
