"""An empathy map's slide (#31 item 6): the four quadrants as a 2×2 grid with pains and gains beneath,
headed as written, the persona's name in the title; every word of the map in the deck once (its persona's
slide no longer lists it), at the deck's floor of 16 pt at least, what does not fit on a "(vervolg)" slide."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from canvasgen.brand.kit import load_kit
from canvasgen.layout.deck.deck import DeckLayout
from canvasgen.layout.deck.frames import BODY_MIN, Slide
from canvasgen.layout.text.setter import Setter
from canvasgen.model import EmpathyQuadrant
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from tests.support.cli import run_clean
from tests.support.layouts import deck_fonts, laid_deck
from tests.support.read_back import run_sizes, shape_texts, slide_text, squeeze, title_of
from tests.support.reading import read_canvas
from tests.support.workbooks import EMPATHY_ENTRIES, EMPATHY_HEADINGS, empathy_map, journey_with_empathy_map

_Q = EmpathyQuadrant
_GRID = [_Q.THINK_FEEL.value, _Q.HEAR.value, _Q.SEE.value, _Q.SAY_DO.value]
_ENTRIES = [e for es in EMPATHY_ENTRIES.values() for e in es]
_WORDS = [*EMPATHY_HEADINGS["nl"].values(), *_ENTRIES]


def _deck(path: Path) -> DeckLayout:
    kit, _ = load_kit(None)
    return laid_deck(read_canvas(path), kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")


def _empathy(deck: DeckLayout) -> list[Slide]:
    return [s for s in deck.slides if s.kind == "empathy"]


def test_the_map_is_a_slide_of_four_quadrants_in_two_rows_and_two_columns_with_pains_and_gains_beneath(
    tmp_path: Path,
) -> None:
    deck = _deck(journey_with_empathy_map(tmp_path / "zon.xlsx"))
    (slide,) = _empathy(deck)
    assert slide.title == "Empathiekaart: Sanne de Wit"
    frames = {f.name: f for f in slide.frames}
    assert list(frames) == [*_GRID, _Q.PAINS.value, _Q.GAINS.value]
    grid = [frames[name].box for name in _GRID]
    assert len({round(b.x) for b in grid}) == 2 and len({round(b.y) for b in grid}) == 2  # two columns, two rows
    assert len({(round(b.w), round(b.h)) for b in grid}) == 1  # four equal boxes
    assert all(
        a.right <= b.x or b.right <= a.x or a.bottom <= b.y or b.bottom <= a.y for a in grid for b in grid if a is not b
    )
    beneath = [frames[_Q.PAINS.value].box, frames[_Q.GAINS.value].box]
    assert all(low.y >= max(b.bottom for b in grid) for low in beneath)
    assert beneath[0].right <= beneath[1].x  # side by side
    headings = {name: frame.paras[0] for name, frame in frames.items()}
    drawn = [*_GRID, _Q.PAINS.value, _Q.GAINS.value]  # the six whole quadrants: no half headed apart here
    assert [headings[q].text for q in drawn] == [EMPATHY_HEADINGS["nl"][k] for k in EMPATHY_ENTRIES]
    assert all(p.bold for p in headings.values())
    assert all(p.size >= BODY_MIN for f in slide.frames for p in f.paras)
    # the slide comes right after its persona's, in the persona part of the agenda
    kinds = [s.kind for s in deck.slides]
    assert kinds[kinds.index("empathy") - 1] == "persona"


def test_every_word_of_the_map_comes_out_of_the_pptx_once_and_not_again_on_the_persona_slide(tmp_path: Path) -> None:
    path = journey_with_empathy_map(tmp_path / "zon.xlsx")
    code, out, err = run_clean("build", path, "-o", tmp_path / "out")
    assert code == 0, out + err
    pptx = tmp_path / "out" / "zon.pptx"
    text = squeeze(slide_text(pptx))
    assert [w for w in _ENTRIES if text.count(squeeze(w)) != 1] == []
    assert [w for w in _WORDS if squeeze(w) not in text] == []  # a heading ("Pijnpunten") may be a lane's too
    persona = next(s for s in Presentation(str(pptx)).slides if title_of(s) == "Persona: Sanne de Wit")
    said = squeeze(" ".join(t for shape in persona.shapes for t in shape_texts(shape)))
    assert "Huiseigenaar" in said and squeeze("Lagere vaste lasten") in said  # its own fields stay
    assert [w for w in _WORDS if squeeze(w) in said] == []


def test_a_map_too_long_for_a_slide_goes_on_on_a_follow_up_never_below_the_floor(tmp_path: Path) -> None:
    long = {
        q: [f"{text} — " + " ".join(f"{q}{n} uitleg over wat dit voor Sanne betekent" for n in range(6)) for text in es]
        for q, es in EMPATHY_ENTRIES.items()
    }
    path = journey_with_empathy_map(tmp_path / "lang.xlsx", long)
    slides = _empathy(_deck(path))
    assert len(slides) >= 2
    assert [s.title for s in slides[1:]] == ["Empathiekaart: Sanne de Wit (vervolg)"] * (len(slides) - 1)
    assert all(p.size >= BODY_MIN for s in slides for f in s.frames for p in f.paras)
    code, out, err = run_clean("build", path, "-o", tmp_path / "out")
    assert code == 0, out + err
    pptx = tmp_path / "out" / "lang.pptx"
    text = squeeze(slide_text(pptx))
    words = [*EMPATHY_HEADINGS["nl"].values(), *(e for es in long.values() for e in es)]
    assert [w for w in words if squeeze(w) not in text] == []
    for slide in Presentation(str(pptx)).slides:
        if title_of(slide).startswith("Empathiekaart"):
            assert min(s for s in run_sizes(slide)) >= BODY_MIN


def test_a_map_of_a_persona_of_nothing_else_has_its_slide_and_no_slide_of_a_name_alone(tmp_path: Path) -> None:
    alone = empathy_map(tmp_path / "sara.xlsx", "Empathy map – Sara", EMPATHY_HEADINGS["en"], EMPATHY_ENTRIES)
    assert [s.title for s in _deck(alone).slides if s.kind in ("persona", "empathy")] == ["Empathiekaart: Sara"]
    aged = empathy_map(tmp_path / "sara34.xlsx", "Empathy map – Sara (34)", EMPATHY_HEADINGS["en"], EMPATHY_ENTRIES)
    assert [s.title for s in _deck(aged).slides if s.kind in ("persona", "empathy")] == [
        "Persona: Sara",  # her age, read from the map's title, is hers and not on the map
        "Empathiekaart: Sara",
    ]
