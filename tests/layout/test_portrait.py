"""A persona without a picture is pictured by its initials (#31 item 6): which letters a name gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.layout.portrait import initials
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from tests.support.layouts import deck_fonts, default_kit, laid_deck, poster
from tests.support.reading import read_canvas


@pytest.mark.parametrize(
    ("name", "letters"),
    [
        ("Sanne de Wit", "SW"),
        ("Jan van der Berg", "JB"),
        ("Sandra Okafor", "SO"),
        ("Sara", "S"),
        ("sanne", "S"),
        ("Anne-Marie Jansen", "AJ"),
        ("Persona 1", "P1"),
        ("Persona 10", "P10"),
        ("Émile Zola", "ÉZ"),
        ("王小明", "王"),
        ("  ", ""),
        ("(HR) Lotte", "HL"),
    ],
)
def test_initials(name: str, letters: str) -> None:
    assert initials(name) == letters


def test_initials_tell_alike_names_apart() -> None:
    among = ["Sanne de Wit", "Sophie Wouters", "Anna Berg", "Anne Berg", "Jan Smit"]
    assert [initials(name, among) for name in among] == ["SaWi", "SoWo", "AB1", "AB2", "JS"]


def test_no_two_personas_share_a_badge_on_the_poster_or_in_the_deck(tmp_path: Path) -> None:
    """ "Persona 10" to "Persona 19" all showed "P1", Persona 1's badge (F9): a number stays whole, and
    names whose initials are alike give more of their letters."""
    names = [f"Persona {n}" for n in range(1, 13)] + ["Sanne de Wit", "Sophie Wouters"]
    rows = "".join(f"{name},Role {n},Goal {n}\n" for n, name in enumerate(names))
    path = tmp_path / "personas.csv"
    path.write_text("Name,Role,Goals\n" + rows, encoding="utf-8")
    layout = poster(path)
    drawn = [
        line.text
        for page in layout.pages
        for block in page.blocks
        if block.source == "initials"
        for line in block.lines
    ]
    kit, _ = default_kit()
    deck = laid_deck(read_canvas(path), kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "en")
    shown = [p.text for slide in deck.slides for frame in slide.frames if frame.name == "initials" for p in frame.paras]
    expected = [f"P{n}" for n in range(1, 13)] + ["SaWi", "SoWo"]
    assert drawn == expected
    assert shown == expected
