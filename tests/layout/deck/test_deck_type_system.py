"""One type system in the deck (#31): every phase slide is set at one body size, the largest that fits all
of them and never below 14 pt; a cell too long for it goes on on a follow-up slide of its phase, whole."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.layout.deck.deck import DeckLayout
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from canvasgen.read.reader import read_canvas
from tests.support.layouts import deck_fonts, default_kit, laid_deck
from tests.support.workbooks import make_book, trapkracht, words

LONG = words(600)


def _deck(path: Path) -> DeckLayout:
    kit, _fonts = default_kit()
    return laid_deck(read_canvas(path), kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")


def _body_sizes(deck: DeckLayout) -> set[float]:
    """The body sizes of the phase slides' lane frames (the phase strip is a map, at its own size)."""
    return {
        p.size
        for slide in deck.slides
        if slide.kind == "phase"
        for frame in slide.frames
        if not frame.name.startswith("phase strip")
        for p in frame.paras
        if not p.bold
    }


def test_one_long_cell_does_not_shrink_its_slide_it_goes_on(tmp_path: Path) -> None:
    deck = _deck(trapkracht(tmp_path / "lang.xlsx", long_cell=LONG))
    assert len(_body_sizes(deck)) == 1
    (size,) = _body_sizes(deck)
    assert 14 <= size <= 24 and deck.phase_size == size
    phase = [s for s in deck.slides if s.kind == "phase"]
    second = [s for s in phase if "2/5" in s.title]
    assert len(second) >= 2 and "(vervolg)" in second[1].title  # the follow-up of the long cell's phase
    said = " ".join(
        p.text.removeprefix("• ")
        for s in second
        for f in s.frames
        if f.name == "customer"
        for p in f.paras
        if not p.bold
    )
    assert " ".join(LONG.split()) in " ".join(said.split())  # the cell's text complete over the two slides


def _short(path: Path) -> Path:
    """Four lanes of a few words over three phases, with scores."""
    rows = [
        ("Fase", "Oriëntatie", "Aanvraag", "Levering"),
        ("Klantproces", "Leest de flyer", "Vult in", "Haalt op"),
        ("Intern proces", "Campagne", "Controle", "Planning"),
        ("Ervaring", "Nieuwsgierig", "Twijfel", "Blij"),
        ("Verbeteringen", "Betere flyer", "Korter formulier", "Sms vooraf"),
        ("Ervaringsscore (-2 t/m +2)", 1, -1, 2),
    ]
    cells = {f"{col}{r}": value for r, row in enumerate(rows, start=1) for col, value in zip("ABCD", row)}
    return make_book(path, {"Klantreis": cells})


def test_a_short_deck_is_set_large(tmp_path: Path) -> None:
    deck = _deck(_short(tmp_path / "kort.xlsx"))
    assert _body_sizes(deck) == {deck.phase_size} and deck.phase_size is not None and deck.phase_size >= 20


def test_build_says_the_phase_slides_size(tmp_path: Path) -> None:
    source = _short(tmp_path / "kort.xlsx")
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "phase slides 2" in result.output and " pt)" in result.output
