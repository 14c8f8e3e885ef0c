"""The phase strip's tabs and the title slide's ribbon show a phase's name only where each of its words fits
its tab whole: with 21 phases "Recurso" was set as "Recu / rso" beside tabs of numbers. A name that does
not fit is its number (the phase slide's title names it)."""

from __future__ import annotations

from canvasgen.layout.deck.frames import INSET
from canvasgen.layout.text.setter import Setter
from tests.support.layouts import deck_fonts, example_deck
from tests.support.workbooks import CANVASES, DATA


def _broken_words(path_name: str) -> list[str]:
    setter = Setter(deck_fonts())
    folder = DATA if (DATA / path_name).exists() else CANVASES
    deck = example_deck(folder / path_name)
    broken = []
    for number, slide in enumerate(deck.slides, start=1):
        for frame in slide.frames:
            if not frame.name.startswith(("phase strip", "ribbon")):
                continue
            for para in frame.paras:
                room = frame.box.w - 2 * INSET
                role = "heading" if para.bold else para.role
                broken += [
                    f"slide {number} {frame.name}: {word!r}"
                    for word in para.text.split()
                    if setter.width(word, role, para.size) > room
                ]
    return broken


def test_many_phases_tabs_break_no_word() -> None:
    assert _broken_words("long-many-stages-lookalike.xlsx") == []


def test_a_few_phases_keep_their_names_in_the_tabs() -> None:
    deck = example_deck(CANVASES / "example-hr-software-b2b.xlsx")
    strip = next(s for s in deck.slides if s.kind == "phase").frames
    names = [p.text for f in strip if f.name.startswith("phase strip") for p in f.paras]
    assert "1 Orientation" in names and "3 Initial consideration" in names
    assert _broken_words("example-hr-software-b2b.xlsx") == []
