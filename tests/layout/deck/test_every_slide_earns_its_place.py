"""Every slide earns its place (#31): a buying-group slide only where there is a group, an empty lane on a
phase slide asks its workshop question (in a lighter ink) instead of a bare dash, scores signed on a
-2..+2 scale and written against their top on another ("4/5")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from canvasgen.brand.kit import load_kit
from canvasgen.layout.deck.deck import DeckLayout
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from canvasgen.words import DECK_WORDS
from tests.support.layouts import deck_fonts, laid_deck
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES, make_book, rows_canvas, touchpoint_columns

NL = DECK_WORDS["nl"]


def _deck(path: Path, language: str = "nl") -> DeckLayout:
    kit, _ = load_kit(None)
    return laid_deck(read_canvas(path), kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), language)


def _phase_paras(deck: DeckLayout) -> list[tuple[str, str]]:
    """(frame name, paragraph text) of every lane frame on the phase slides."""
    return [
        (frame.name, p.text)
        for slide in deck.slides
        if slide.kind == "phase"
        for frame in slide.frames
        if not frame.name.startswith("phase strip")
        for p in frame.paras
    ]


def test_one_consumer_persona_has_no_buying_group_slide_two_personas_have_one(tmp_path: Path) -> None:
    assert not [s for s in _deck(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx").slides if s.kind == "roles"]
    assert [s for s in _deck(CANVASES / "example-hr-software-b2b.xlsx", "en").slides if s.kind == "roles"]


def test_an_empty_lane_asks_its_question_in_a_lighter_ink() -> None:
    deck = _deck(CANVASES / "template-nl.xlsx")
    paras = _phase_paras(deck)
    assert not [text for _, text in paras if text.strip() in ("–", "-", "")]
    prompts = [(name, text) for name, text in paras if text.endswith(NL["to_fill"])]
    assert (("customer", f"{NL['q_customer']} — {NL['to_fill']}")) in prompts
    slide = next(s for s in deck.slides if s.kind == "phase")
    frame = next(f for f in slide.frames if f.name == "customer")
    heading, prompt = frame.paras
    assert sum(prompt.colour.rgb) > sum(heading.colour.rgb)  # lighter than the lane's ink


def test_scores_are_signed_round_zero() -> None:
    paras = _phase_paras(_deck(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"))
    scores = [text.rpartition(": ")[2] for _, text in paras if text.startswith("Ervaringsscore")]
    assert scores and all(re.fullmatch(r"[+-][12]|0", s) for s in scores), scores
    assert "+1" in scores


def test_scores_on_another_scale_are_written_against_its_top(tmp_path: Path) -> None:
    cells = {
        "A1": "Fase",
        "B1": "Oriëntatie",
        "C1": "Aankoop",
        "A2": "Klantproces",
        "B2": "Zoekt",
        "C2": "Koopt",
        "A3": "Tevredenheid (1-5)",
        "B3": 4,
        "C3": 2,
    }
    paras = _phase_paras(_deck(make_book(tmp_path / "vijf.xlsx", {"Klantreis": cells})))
    scores = [text.rpartition(": ")[2] for _, text in paras if text.startswith("Tevredenheid")]
    assert scores == ["4/5", "2/5"]


def test_a_table_column_empty_in_every_row_is_left_out_and_its_width_shared(tmp_path: Path) -> None:
    """The new user's Touchpoints sheet has no timing and no sales-moment column: the deck's table does
    not show them as empty columns; the columns it shows fill the slide's width between them."""
    header = ("Fase", "Touchpoint", "Kanaal", "Eigenaar", "Huidig (ja/nee)", "Ideaal (ja/nee)")
    rows = [
        ("Oriëntatie", "Welkomstbrief", "Post", "Burgerzaken", "Nee", "Ja"),
        ("Aanvraag", "Formulier", "Website", "", "Ja", ""),  # a column filled in one row only stays
    ]
    deck = _deck(touchpoint_columns(tmp_path / "tp.xlsx", header, rows))
    slide = next(s for s in deck.slides if s.kind == "touchpoints")
    (table,) = slide.tables
    assert table.rows[0] == ["Fase", "Touchpoint", "Kanaal", "Eigenaar", "Huidig (ja/nee)", "Ideaal (ja/nee)"]
    assert [row[1] for row in table.rows[1:]] == ["Welkomstbrief", "Formulier"]
    assert sum(table.columns) == pytest.approx(table.box.w)
    assert all(width > table.box.w / 12 for width in table.columns)  # the empty columns' room went to these


def test_a_phase_that_holds_only_its_score_shows_it_large_with_its_scale(tmp_path: Path) -> None:
    """watall2's phase slides were one line ("Score: 9/10") at the top of an empty frame: a phase of nothing
    but its score has the score set large in the middle of its slide, its label and scale under it; a
    phase with a lane (filled, or empty: its workshop prompt) keeps its lanes and the score's band."""
    rows = [("Fase", "Oriëntatie", "Aanvraag", "Levering"), ("Score", 1, -2, 0)]
    deck = _deck(rows_canvas(tmp_path / "scores.xlsx", rows))
    phases = [s for s in deck.slides if s.kind == "phase"]
    assert len(phases) == 3
    for slide, value in zip(phases, ("+1", "-2", "0"), strict=True):
        (frame,) = [f for f in slide.frames if not f.name.startswith("phase strip")]
        assert frame.name == "score" and frame.centred
        figure, said = frame.paras
        assert figure.text == value and figure.size >= 40 and figure.bold
        assert said.text == "Score (-2 t/m +2)"  # the scale as the phase slides' labels say it (F12)
        assert frame.box.h > deck.height / 2  # the slide's body, not a band
    rows.insert(1, ("Wat doet de klant?", None, "Vult het formulier in", None))
    deck = _deck(rows_canvas(tmp_path / "lanes.xlsx", rows))
    for slide in [s for s in deck.slides if s.kind == "phase"]:
        names = [f.name for f in slide.frames if not f.name.startswith("phase strip")]
        assert names == ["customer", "score"]
        assert not any(f.centred for f in slide.frames)


def test_a_score_row_with_words_asks_for_the_score_once_and_never_beside_it(tmp_path: Path) -> None:
    """A score row holding words in one phase ("+1 😊 nieuw huis") is also a lane of those words; in the
    phases where it holds none, that lane asked "Welke score geeft de klant deze fase? — nog in te vullen"
    beside the score's band showing the score (+1), and where there was no score, asked it twice."""
    rows = [
        ("Fase", "Oriëntatie", "Vergelijken", "Gebruik"),
        ("Klantproces", "zoekt", "vergelijkt", "gebruikt"),
        ("Ervaringsscore", "+1 😊 nieuw huis, zin in", -1, None),
    ]
    deck = _deck(rows_canvas(tmp_path / "woorden.xlsx", rows))
    phases = [s for s in deck.slides if s.kind == "phase"]
    asked = f"{NL['q_score']} — {NL['to_fill']}"
    texts = [[p.text for f in s.frames if not f.name.startswith("phase strip") for p in f.paras] for s in phases]
    assert "nieuw huis, zin in" in texts[0]  # its words, under the score row's label, where it has them
    assert asked not in texts[1] and any(t.endswith(": -1") for t in texts[1])  # the score shown, not asked
    assert texts[2].count(asked) == 1  # no score: asked once
