"""A phase slide of a canvas in the client's own lanes: no empty frames, every item on the slide."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from canvasgen.layout.boxes import Box
from canvasgen.layout.deck.deck import lane_spots
from canvasgen.layout.deck.frames import card_spots
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from canvasgen.read.reader import read_canvas
from tests.support.layouts import deck_fonts, default_kit, laid_deck
from tests.support.workbooks import make_book


def test_own_lanes_take_the_core_lanes_spots(tmp_path: Path) -> None:
    rows = [
        ("Descubre", "Ve un anuncio", "YouTube", "Curiosidad", 4, "Anuncios cortos"),
        ("Compra", "Paga en la web", "Web", "Frustración", 2, "Revisar el pago"),
        ("Usa", "Lo instala", "App", "Alivio", 5, "Vídeo de ayuda"),
    ]
    cells: dict[str, object] = {
        "A1": "Etapa",
        "B1": "Qué hace",
        "C1": "Canal",
        "D1": "Siente",
        "E1": "Nota",
        "F1": "Mejora",
    }
    for r, row in enumerate(rows, start=2):
        cells |= {f"{col}{r}": value for col, value in zip("ABCDEF", row, strict=True)}
    canvas = read_canvas(make_book(tmp_path / "es.xlsx", {"Mapa": cells}))
    kit, _fonts = default_kit()
    deck = laid_deck(canvas, kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "en")
    phase_slides = [s for s in deck.slides if s.kind == "phase"]
    assert len(phase_slides) == 3
    for slide, row in zip(phase_slides, rows, strict=True):
        texts = [[p.text for p in frame.paras] for frame in slide.frames if not frame.name.startswith("phase strip")]
        assert all(texts), f"an empty frame on {slide.title}: {texts}"
        shown = " ".join(t for frame in texts for t in frame)
        for value in row[1:]:
            assert str(value) in shown, (value, slide.title)
        # "Mejora" is read as the improvements lane (one letter from "Mejoras"): it holds its core spot,
        # and the first own lane takes the next free one.
        assert [texts[0][0], texts[1][0]] == ["Mejora", "Qué hace"]


_AREA = Box(0, 0, 210, 110)


@pytest.mark.parametrize(
    ("spots", "expected"),
    [
        (lambda: lane_spots(_AREA, 1, 10), [(0, 0, 210, 110)]),
        (lambda: lane_spots(_AREA, 2, 10), [(0, 0, 100, 110), (110, 0, 100, 110)]),
        (lambda: lane_spots(_AREA, 3, 10), [(0, 0, 100, 50), (110, 0, 100, 50), (0, 60, 210, 50)]),
        (lambda: lane_spots(_AREA, 7, 10), [(0, 0, 100, 50), (110, 0, 100, 50), (0, 60, 100, 50), (110, 60, 100, 50)]),
        (lambda: card_spots(_AREA, 3, 10), [(0, 0, 63.33, 110), (73.33, 0, 63.33, 110), (146.67, 0, 63.33, 110)]),
        (
            lambda: card_spots(_AREA, 5, 10),
            [
                (0, 0, 63.33, 50),
                (73.33, 0, 63.33, 50),
                (146.67, 0, 63.33, 50),
                (0, 60, 63.33, 50),
                (73.33, 60, 63.33, 50),
            ],
        ),
    ],
)
def test_lanes_and_cards_share_one_grid_using_all_of_it(
    spots: Callable[[], list[Box]], expected: list[tuple[float, ...]]
) -> None:
    """A phase slide's lanes (three: two over one across) and a slide of cards (five: a 3×2 grid, the last row
    as wide as the others) from one grid builder."""
    assert [tuple(round(v, 2) for v in (b.x, b.y, b.w, b.h)) for b in spots()] == expected
