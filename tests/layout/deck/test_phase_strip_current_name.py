"""Round 19 (F5): a phase whose name is too long for its tab in the deck's phase strip showed only its
number, even on its own slide, where its tab is the one highlighted: the current phase's tab shows its
first words, cut at a word with "…"."""

from __future__ import annotations

from pathlib import Path

from tests.support.layouts import example_deck
from tests.support.workbooks import long_phases_book

PHASES = [f"Fase {i}" for i in range(1, 11)]
PHASES[3] = "Secure every possible in-store sale in every market we serve"


def test_the_current_phases_tab_shows_its_first_words(tmp_path: Path) -> None:
    lanes = ("What does the customer do?", "Pain points", "Opportunities", "Touchpoints")
    deck = example_deck(long_phases_book(tmp_path / "long.xlsx", PHASES, lanes))
    current = [
        frame.paras[0].text for slide in deck.slides for frame in slide.frames if frame.name == "phase strip 4 current"
    ]
    assert current, "no slide of phase 4"
    for text in current:
        assert text.startswith("4 Secure"), text
        assert text == "4 " + PHASES[3] or text.endswith("…"), text
        assert PHASES[3].startswith(text[2:].rstrip("…")), text  # whole words, its first ones
