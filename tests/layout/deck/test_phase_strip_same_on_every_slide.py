"""Round 20 (look #10): the phase strip showed a long name's first words on its own slide ("4 Secure every
possible…") and its bare number ("4") on every other slide, so the strip changed as the reader turned the
slides: each tab's text is the same on every slide of the journey."""

from __future__ import annotations

from pathlib import Path

from tests.support.layouts import example_deck
from tests.support.workbooks import long_phases_book

PHASES = [f"Stap {i}" for i in range(1, 11)]
PHASES[3] = "Secure every possible in-store sale in every market we serve"
PHASES[8] = "Ensure fleet is always operational"
PHASES[9] = "Journey B (Submerchant/AfP)"


def test_each_tab_says_the_same_on_every_slide(tmp_path: Path) -> None:
    lanes = ("What does the customer do?", "Pain points", "Opportunities")
    deck = example_deck(long_phases_book(tmp_path / "long.xlsx", PHASES, lanes))
    tabs: dict[int, set[str]] = {}
    for slide in deck.slides:
        for frame in slide.frames:
            if frame.name.startswith("phase strip "):
                number = int(frame.name.split()[2])
                tabs.setdefault(number, set()).add(frame.paras[0].text)
    assert len(tabs) == len(PHASES)
    assert all(len(texts) == 1 for texts in tabs.values()), tabs
    (fourth,) = tabs[4]
    assert fourth.startswith("4 Secure") and fourth.endswith("…"), fourth  # its first words, not "4"
