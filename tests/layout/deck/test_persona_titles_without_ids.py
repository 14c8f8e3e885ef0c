"""A persona list's slides (#31, F17): a persona named by its row's id is titled by that name alone ("Persona 1",
not "Persona: Persona 1") and its card does not repeat the id ("id: 1", a database's number the client did not
write as text); a persona with a name of its own keeps "Persona: <name>". Read back from the PPTX."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from tests.support.layouts import build_deck
from tests.support.read_back import title_of

BIOS = [
    "Hello, I am a curious person who loves art and sport and believes every day is a chance to learn.",
    "Hi all! I love to connect with people from other backgrounds and cultures, and learn their views.",
    "I am a creative and determined person who likes to challenge tradition and find new solutions.",
    "I care about the environment and try to live simply, cycling to work and cooking local food.",
    "I am a parent of two who plans every week ahead and looks for services that save me time.",
]


def _slides(folder: Path, header: str, first: str) -> list:  # type: ignore[type-arg]
    rows = [header] + [f'{first if i == 1 else i},"{bio}","tag {i}, other {i}"' for i, bio in enumerate(BIOS, 1)]
    path = folder / "persona.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    deck = Presentation(str(build_deck(path, folder / "out")))
    return [s for s in deck.slides if any(sh.name == "persona" for sh in s.shapes)]


def _card(slide) -> str:  # type: ignore[no-untyped-def]
    return next(sh for sh in slide.shapes if sh.name == "persona").text_frame.text


def test_a_persona_named_by_its_id_is_titled_by_it_once_and_shows_no_id(tmp_path: Path) -> None:
    slides = _slides(tmp_path, "id,Description,Tags", "1")
    assert [title_of(s) for s in slides] == [f"Persona {i}" for i in range(1, 6)]  # was "Persona: Persona 1"
    for i, slide in enumerate(slides, 1):
        card = _card(slide)
        assert card.splitlines()[0] == f"Persona {i}"
        assert "id:" not in card.casefold()  # was "id: 1" under the name
        assert BIOS[i - 1] in card.replace("\n", " ")  # the client's words all there


def test_an_id_that_is_not_the_name_is_kept(tmp_path: Path) -> None:
    slides = _slides(tmp_path, "id,Description,Tags", "A-17")  # a code, not a number: the name is the code
    assert title_of(slides[0]) == "Persona: A-17"
    assert "A-17" in _card(slides[0])
