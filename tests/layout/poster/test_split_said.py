"""Journeys of one file over the same phases on different numbers of pages (ibu562: P1 of thirteen stages on
one page, P2 to P5 on two each, F5): the build says why, naming the words too wide for the fewer pages'
columns at the cell that holds the widest, never unsaid."""

from __future__ import annotations

from pathlib import Path

from tests.support.layouts import poster
from tests.support.workbooks import Cells, make_book

PHASES = [f"Stap {n}" for n in range(1, 14)]


def _journey(words: list[str]) -> Cells:
    cells: Cells = {"A1": "Fase", "A2": "Klantacties"}
    for column, (phase, text) in enumerate(zip(PHASES, words, strict=True), start=2):
        letter = chr(ord("A") + column - 1)
        cells[f"{letter}1"] = phase
        cells[f"{letter}2"] = text
    return cells


def test_a_journey_split_over_more_pages_than_its_neighbour_says_which_words(tmp_path: Path) -> None:
    short = ["kijkt even rond"] * 13
    long = ["kijkt 12345678901234567890123 rond", *short[1:]]
    book = make_book(tmp_path / "reizen.xlsx", {"Kort": _journey(short), "Lang": _journey(long)})
    layout = poster(book)
    titles = [
        block.lines[0].text
        for page in layout.pages
        for block in page.blocks
        if block.lines and "(" in block.lines[0].text
    ]
    assert any("Lang (1/2)" in t for t in titles) and not any("Kort (1/" in t for t in titles), titles
    said = [(cell, message) for cell, message in layout.problems if "split into" in message]
    assert said == [
        (
            "Lang!B2",
            "journey 'Lang' is split into 2 parts where 'Kort' of the same phases takes 1: its words "
            "'12345678901234567890123' are wider than any of its, and a column of 13 phases must hold every word "
            "unbroken at the smallest text size — shorter words in those cells keep it in fewer parts",
        )
    ]
