"""The journey at a glance of many phases in a language without a dictionary of syllables (Russian, under
an English deck): no word of a cell is broken between two letters ("измеря|ем", "навигац|ия"): the glance
takes fewer phase columns a slide, in parts, so that every word fits its column whole (F10)."""

from __future__ import annotations

from pathlib import Path

from canvasgen.brand.kit import load_kit
from canvasgen.layout.deck.frames import WRAP_SLACK
from canvasgen.layout.deck.glance import CELL_INSET
from canvasgen.layout.text.hyphenation import hyphenator
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from tests.support.layouts import deck_fonts, laid_deck
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

PHASES = 13
LONG = ("измеряем внедряются", "навигация медленный", "ощущения прогресса", "работает визитами")


def _russian(path: Path) -> Path:
    cells: dict[str, object] = {"A1": "Шаг", "A2": "Барьеры", "A3": "Мысли"}
    for phase in range(PHASES):
        column = chr(ord("B") + phase)
        cells[f"{column}1"] = str(phase + 1)
        cells[f"{column}2"] = f"{LONG[phase % 4]} последовательно"
        cells[f"{column}3"] = f"неудовлетворительно {LONG[(phase + 1) % 4]}"
    return make_book(path, {"Лист": cells})


def test_no_word_of_a_glance_cell_breaks_between_two_letters(tmp_path: Path) -> None:
    canvas = read_canvas(_russian(tmp_path / "ru.xlsx"))
    assert len(canvas.journeys[0].phases) == PHASES
    kit, _ = load_kit(None)
    setter = Setter(deck_fonts())
    deck = laid_deck(canvas, kit, setter, (SLIDE_WIDTH, SLIDE_HEIGHT), "en")
    assert hyphenator(deck.language) is None or not hyphenator(deck.language)("навигация")  # none to break at
    glances = [s for s in deck.slides if s.kind == "overview"]
    cells = [f for s in glances for f in s.frames if f.name.startswith("glance items") and f.paras]
    assert len({f.name for f in cells}) < PHASES  # in parts: no slide of thirteen narrow columns
    said = " ".join(p.text for f in cells for p in f.paras)
    for words in LONG:
        assert all(word in said for word in words.split())  # the words themselves, whole
    for frame in cells:
        room = (frame.box.w - 2 * CELL_INSET) * WRAP_SLACK
        for para in frame.paras:
            for word in para.text.replace("…", " ").split():
                assert setter.width(word, para.role, para.size) <= room, (word, frame.box.w, para.size)
