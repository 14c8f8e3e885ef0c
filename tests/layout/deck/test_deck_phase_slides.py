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
from tests.support.layouts import deck_fonts, default_kit, laid_deck
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book, rows_canvas


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


@pytest.mark.parametrize("experience", [False, True], ids=["score row alone", "beside an experience lane"])
def test_a_score_row_of_words_is_its_score_with_its_words_once_on_every_phase_slide(
    tmp_path: Path, experience: bool
) -> None:
    """A "Gevoel" row of scores with words ("+1 😊 zin in") was shown twice on a phase slide: its words in a
    box of their own ("Gevoel · zin in") and its score in a line ("Gevoel: +1 😊"), and on a phase without
    words only the line. Now one presentation on every phase slide: the score, its words under it."""
    rows: list[tuple[object, ...]] = [
        ("Fase", "Oriëntatie", "Aanvraag", "Levering"),
        ("Klantproces", "Zoekt", "Vraagt aan", "Ontvangt"),
    ]
    if experience:
        rows.append(("Ervaring", "Nieuwsgierig", "Twijfel", "Opgelucht"))
    rows.append(("Gevoel", "+1 😊 zin in", "-1", "-2 boos"))
    canvas = read_canvas(rows_canvas(tmp_path / "gevoel.xlsx", rows))
    kit, _fonts = default_kit()
    deck = laid_deck(canvas, kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")
    phase_slides = [s for s in deck.slides if s.kind == "phase"]
    assert len(phase_slides) == 3
    for slide, (score, words) in zip(phase_slides, [("+1 😊", "zin in"), ("-1", None), ("-2", "boos")], strict=True):
        texts = [(f.name, [p.text for p in f.paras]) for f in slide.frames if not f.name.startswith("phase strip")]
        holding = [(name, paras) for name, paras in texts if any(p.startswith("Gevoel") for p in paras)]
        assert len(holding) == 1, texts  # once: one frame
        name, paras = holding[0]
        assert name == ("experience" if experience else "score")  # the same place on every slide
        line = paras.index(f"Gevoel: {score}")
        if words is not None:
            assert paras[line + 1] == words  # its words right under it
        said = " ".join(p for _, ps in texts for p in ps)
        assert said.count("Gevoel") == 1 and (words is None or said.count(words) == 1)
