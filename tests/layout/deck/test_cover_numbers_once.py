"""Round 20 (look #5): the cover's ribbon of phases named only by their number said each twice ("1 1" ...
"13 13"): a phase named by its number is that number once, as its tab in the phase strip already was;
a named phase keeps its number before its name."""

from __future__ import annotations

from pathlib import Path

from tests.support.layouts import example_deck
from tests.support.workbooks import small_journey_book


def _ribbon(path: Path) -> list[str]:
    deck = example_deck(path)
    cover = deck.slides[0]
    return [p.text for f in cover.frames if f.name.startswith("ribbon ") for p in f.paras]


def test_a_phase_named_by_its_number_is_that_number_once_on_the_cover(tmp_path: Path) -> None:
    book, sheet = small_journey_book(("1", "2", "3", "4"))
    for column in range(2, 6):  # as a team's sheet holds them: numbers
        sheet.cell(1, column).value = column - 1
    book.save(tmp_path / "genummerd.xlsx")
    assert _ribbon(tmp_path / "genummerd.xlsx") == ["1", "2", "3", "4"]
    book, _ = small_journey_book(("Oriënteren", "Kopen", "Gebruiken"))
    book.save(tmp_path / "benoemd.xlsx")
    assert _ribbon(tmp_path / "benoemd.xlsx") == ["1  Oriënteren", "2  Kopen", "3  Gebruiken"]
