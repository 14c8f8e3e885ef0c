"""The deck asks the team's own questions (#31): an exercise slide's four boxes, the phase slides' notes and
the prompts in empty lanes ask what the team's lanes ask ("Wat doet de bewoner?"), canvasgen's question
naming a label of the team's own ("Achter de schermen: Wat moeten wij doen?"), and a label that is the
question is not asked again under itself."""

from __future__ import annotations

from pathlib import Path

from canvasgen.brand.kit import load_kit
from canvasgen.layout.deck.deck import DeckLayout
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from canvasgen.words import DECK_WORDS
from tests.support.layouts import deck_fonts, laid_deck
from tests.support.reading import read_canvas
from tests.support.workbooks import PERMIT_PHASES, make_book, team_lanes

NL = DECK_WORDS["nl"]
TEAM = {
    "Wat doet de bewoner?": [],
    "Achter de schermen": [],
    "Gevoel": ["+1 😊 zin in", "-1", "-2 😠 waarom?", "0", "-2", "-1 boos"],
    "Wat leren we?": ["Hoeveel bellen er?", None, "Waarom haken ze af?", None, None, None],
    "Pijnpunten": [],
    "Kansen": [],
}


def _deck(tmp_path: Path) -> DeckLayout:
    kit, _ = load_kit(None)
    canvas = read_canvas(team_lanes(tmp_path / "vergunning.xlsx", TEAM))
    return laid_deck(canvas, kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")


def test_the_exercise_slides_ask_the_teams_questions(tmp_path: Path) -> None:
    deck = _deck(tmp_path)
    exercises = [s for s in deck.slides if s.kind == "exercise"]
    assert len(exercises) == len(PERMIT_PHASES)
    asked = [
        "Wat doet de bewoner?",
        f"Achter de schermen: {NL['q_internal']}",
        # the score row of words answers how the customer experiences it, asked of the team's "bewoner"
        f"Gevoel: {NL['q_experience'].replace('de klant', 'de bewoner')}",
        "Wat leren we?",
    ]
    for slide in exercises:
        assert [" ".join(p.text for p in f.paras) for f in slide.frames] == asked
    for slide in (s for s in deck.slides if s.kind == "phase"):
        assert "\n".join(asked) in slide.notes
        assert NL["q_customer"] not in slide.notes and NL["q_learning"] not in slide.notes


def test_an_empty_lane_whose_label_is_the_question_is_not_asked_again(tmp_path: Path) -> None:
    deck = _deck(tmp_path)
    second = next(s for s in deck.slides if s.kind == "phase" and PERMIT_PHASES[1] in s.title)
    # its label named once in the row of the phase's empty lanes (F3: one wording), no box of its own (F27)
    assert not [f for f in second.frames if f.name == "learning"]
    (row,) = [f for f in second.frames if f.name == "empty"]
    (line,) = [p.text for p in row.paras]
    assert line.startswith("Nog in te vullen in de sessie: ") and line.count("Wat leren we?") == 1


def test_a_question_lane_of_no_role_is_asked_on_the_exercise_slides_as_in_the_handouts(tmp_path: Path) -> None:
    # Round 10: an RTL question label the reader gave no role ('מה הלקוח מרגיש?') was asked in the handouts but
    # not on the exercise slides, which asked the four core questions only.
    cells = {"A1": "", "B1": "الوعي", "C1": "الاهتمام", "D1": "الشراء"}
    cells |= {"A2": "ماذا يفعل العميل؟", "B2": "يبحث", "C2": "يقارن", "D2": "يشتري"}
    cells |= {"A3": "מה הלקוח מרגיש?", "B3": "סקרן", "C3": "מבולבל"}
    canvas = read_canvas(make_book(tmp_path / "rtl.xlsx", {"Klantreis": cells}))
    kit, _ = load_kit(None)
    deck = laid_deck(canvas, kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "en")
    for slide in (s for s in deck.slides if s.kind == "exercise"):
        asked = [" ".join(p.text for p in f.paras) for f in slide.frames]
        assert asked[0] == "ماذا يفعل العميل؟" and asked[-1] == "מה הלקוח מרגיש?" and len(asked) == 5
        boxes = [f.box for f in slide.frames]
        assert all(b.x >= 0 and b.x + b.w <= SLIDE_WIDTH and b.y >= 0 and b.y + b.h <= SLIDE_HEIGHT for b in boxes)
    for slide in (s for s in deck.slides if s.kind == "phase"):
        assert "מה הלקוח מרגיש?" in slide.notes


def test_a_label_ending_in_a_colon_gets_no_second_colon_before_its_question(tmp_path: Path) -> None:
    # Round 11: an empty lane 'Out of scope:' in the side column was asked "Out of scope:: Wat hoort hier …".
    empty: list[str | None] = [None, None, None]  # an empty lane, as in the tester's canvas
    lanes = {"Klantproces": [], "Pijnpunten": [], "Leeg": empty, "Juridisch": [], "Out of scope:": ["Marketingbudget"]}
    kit, _ = load_kit(None)
    canvas = read_canvas(team_lanes(tmp_path / "scope.xlsx", lanes, ("Zoeken", "Kiezen", "Kopen")))
    deck = laid_deck(canvas, kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")
    texts = [p.text for s in deck.slides for f in s.frames for p in f.paras]
    # named in the row of the phases' empty lanes, without its colon (F3: one wording for empty lanes)
    to_fill = NL["to_fill"][:1].upper() + NL["to_fill"][1:]
    assert f"{to_fill}: Leeg · Out of scope" in texts
    assert not [t for t in texts if "::" in t or (t.startswith(to_fill) and t.endswith(":"))]


def test_a_theme_the_teams_lanes_ask_in_their_words_is_one_box(tmp_path: Path) -> None:
    # F4 (round 14): a score row "Hoe voelt het (1-5)?" and an opportunities lane "Wat kan beter?" were asked
    # beside canvasgen's "Hoe ervaart de bewoner het?" and "Wat verbeteren we?" on every exercise slide.
    lanes = {
        "Wat doet de bewoner?": [],
        "Wat doet de gemeente?": [],
        "Hoe voelt het (1-5)?": ["3", "2", "4", "2", "3", "4"],
        "Waar loopt de bewoner vast?": [],
        "Wat kan beter?": [],
        "Wat meten we?": [],
    }
    kit, _ = load_kit(None)
    canvas = read_canvas(team_lanes(tmp_path / "thema.xlsx", lanes))
    deck = laid_deck(canvas, kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")
    exercises = [s for s in deck.slides if s.kind == "exercise"]
    assert exercises
    for slide in exercises:
        asked = [" ".join(p.text for p in f.paras) for f in slide.frames]
        # each of the team's questions once, the themes they share with the core ones in the core's place
        assert asked == [
            "Wat doet de bewoner?",
            "Wat doet de gemeente?",
            "Hoe voelt het (1-5)?",
            "Wat kan beter?",
            "Waar loopt de bewoner vast?",
            "Wat meten we?",
        ]
        assert not {NL["q_experience"].replace("de klant", "de bewoner"), NL["q_learning"]} & set(asked)
