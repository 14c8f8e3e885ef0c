"""The question a lane asks of the workshop (#31): the team's own when its label is a question, in any script;
else canvasgen's, naming a label of the team's own; the experience question answered by a feelings lane
where the canvas has no experience lane, never asked twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.layout.questions import (
    QuestionForm,
    answering_lane,
    feelings_lane,
    in_team_words,
    lane_question,
    prompt_question,
    team_customer,
)
from canvasgen.layout.text.setter import Setter
from canvasgen.model import CUSTOM_LANE, Item, Journey, Lane, LaneKind, RoleBy
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from canvasgen.pipeline.summary import explanation
from canvasgen.words import DECK_WORDS, LANE_QUESTIONS
from tests.support.layouts import deck_fonts, default_kit, laid_deck
from tests.support.reading import read_canvas
from tests.support.workbooks import team_lanes

NL = DECK_WORDS["nl"]


@pytest.mark.parametrize(
    ("label", "asked"),
    [
        ("Wat doet de bewoner?", "Wat doet de bewoner?"),
        ("Wat doet de\nbewoner? ", "Wat doet de bewoner?"),  # as one line
        ("顧客は何をしますか？", "顧客は何をしますか？"),  # full-width question mark
        ("ماذا يفعل العميل؟", "ماذا يفعل العميل؟"),  # Arabic question mark
        ("Que fait le patient ?", "Que fait le patient ?"),
        ("Klantacties", f"Klantacties: {NL['q_customer']}"),  # a label of the team's own: named
        ("Klantproces", NL["q_customer"]),  # canvasgen's own label: the question alone
        ("klantproces", NL["q_customer"]),
    ],
)
def test_a_lane_asks_its_own_question_or_canvasgens_naming_its_label(label: str, asked: str) -> None:
    lane = Lane(LaneKind.CUSTOMER, label, [[]])
    assert lane_question(LaneKind.CUSTOMER, lane, "nl", QuestionForm.SHORT) == asked


def test_a_label_read_as_a_question_without_its_mark_is_asked_as_written() -> None:
    lane = Lane(LaneKind.CUSTOMER, "Wat doet de klant in deze fase", [[]], role_by=RoleBy.QUESTION)
    assert lane_question(LaneKind.CUSTOMER, lane, "nl", QuestionForm.SHORT) == "Wat doet de klant in deze fase"
    assert prompt_question(lane, "nl") is None  # under its label, not asked again


def test_canvasgens_question_in_the_canvas_language_long_or_short() -> None:
    lane = Lane(LaneKind.EXPERIENCE, "Beleving", [[]])
    assert lane_question(LaneKind.EXPERIENCE, None, "en", QuestionForm.LONG) == LANE_QUESTIONS["en"]["experience"]
    assert (
        lane_question(LaneKind.EXPERIENCE, lane, "nl", QuestionForm.LONG, named=False)
        == (LANE_QUESTIONS["nl"]["experience"])
    )
    assert prompt_question(lane, "nl") == NL["q_experience"]
    assert prompt_question(Lane(LaneKind.CUSTOM, "Wensen", [[]]), "nl") == NL["q_lane"]


@pytest.mark.parametrize(
    ("lanes", "answers"),
    [
        # no experience lane: the score row written with words answers the experience question
        ({"Klantproces": [], "Gevoel": ["+1 😊 zin in", "-1", "-2", "0", "-2 boos", "-1"]}, "Gevoel"),
        # no experience lane: an emotions lane does, before a score row
        ({"Klantproces": [], "Emoties": [], "Ervaringsscore": ["+1", "0", "-1", "-2", "+2", "0"]}, "Emoties"),
        # an experience lane answers it; the emotions lane keeps its own place
        ({"Klantproces": [], "Ervaring": [], "Emoties": []}, "Ervaring"),
        # a score row of scores alone answers nothing in words
        ({"Klantproces": [], "Ervaringsscore": ["+1", "0", "-1", "-2", "+2", "0"]}, None),
    ],
)
def test_the_experience_question_is_answered_by_one_lane(
    tmp_path: Path, lanes: dict[str, list[str | None]], answers: str | None
) -> None:
    journey = read_canvas(team_lanes(tmp_path / "v.xlsx", lanes)).journeys[0]
    lane = answering_lane(journey, LaneKind.EXPERIENCE)
    assert (lane.label if lane else None) == answers
    feelings = feelings_lane(journey)
    assert (feelings is not None) == (answers not in ("Ervaring", None))


def _journey(*labels: str, title: str = "Reis", persona_label: str | None = None) -> Journey:
    lanes = [Lane(LaneKind.CUSTOMER if i == 0 else CUSTOM_LANE, label, [[]]) for i, label in enumerate(labels)]
    meta = {"persona_label": Item(persona_label)} if persona_label else {}
    return Journey(title, "Blad1", "grid", [], lanes, meta=meta)


@pytest.mark.parametrize(
    ("labels", "language", "customer"),
    [
        (("Wat doet de patiënt?", "Hoe voelt de patiënt zich?"), "nl", "de patiënt"),
        (("Wat doet het lid?",), "nl", "het lid"),
        (("What does the student do?", "How does the student feel?"), "en", "the student"),
        (("Wat doet de klant?", "Hoe voelt de klant zich?"), "nl", None),  # canvasgen's own word
        (("Wat doet de patiënt?", "Hoe voelt de bewoner zich?"), "nl", None),  # two different: none
        (("Wat doen de bewoners?",), "nl", None),  # a plural does not fit "Waar komt ... ons tegen?"
        (("Patiëntacties", "Gevoel"), "nl", "de patiënt"),  # a lane's label compounds the team's word
        (("Bewonersacties", "Gevoel"), "nl", "de bewoner"),  # its linking s left out
        (("Klantacties", "Gevoel"), "nl", None),
        (("Wat doet de patiënt?",), "en", None),  # a Dutch label does not reword English questions
    ],
)
def test_the_teams_word_for_the_customer_when_its_lanes_name_one(
    labels: tuple[str, ...], language: str, customer: str | None
) -> None:
    found = team_customer([_journey(*labels)], language)
    assert (found.said if found else None) == customer


def test_the_teams_word_from_its_header_label_or_its_title() -> None:
    by_header = team_customer([_journey("Klantproces", persona_label="Patiënt:")], "nl")
    assert by_header is not None and by_header.said == "de patiënt" and by_header.stem is None
    assert by_header.found == ("the header label 'Patiënt'",)
    by_title = team_customer([_journey("Klantproces", title="Reizigersreis Utrecht – Amsterdam")], "nl")
    assert by_title is not None and by_title.said == "de reiziger" and by_title.stem == "reizigers"
    assert in_team_words("De klantreis in één oogopslag", "nl", by_title) == "De reizigersreis in één oogopslag"
    assert in_team_words("De klantreis in één oogopslag", "nl", by_header) == "De reis van de patiënt in één oogopslag"
    english = team_customer([_journey("Customer process", title="Student journey 2026")], "en")
    assert english is not None and english.said == "the student"
    assert in_team_words("The customer journey at a glance", "en", english) == "The student journey at a glance"


def test_a_first_name_the_lanes_ask_of_is_asked_as_written() -> None:
    """Findings 7, 26 (round 22): 'Wat doet Marieke?' read as the customer's lane; canvasgen's own questions asked
    "Hoe ervaart de klant het?" beside it. They ask of Marieke now, the journey in the title's compound."""
    lane = Lane(LaneKind.CUSTOMER, "Wat doet Marieke?", [[]], role_by=RoleBy.QUESTION)
    journey = Journey("Patiëntreis rugklachten", "Patiëntreis", "grid", [], [lane, Lane(CUSTOM_LANE, "Ideeën", [[]])])
    customer = team_customer([journey], "nl")
    assert customer is not None and (customer.said, customer.stem) == ("Marieke", "patiënt")
    assert in_team_words(NL["q_experience"], "nl", customer) == "Hoe ervaart Marieke het?"
    assert in_team_words(NL["q_persona"], "nl", customer).startswith("Wie is Marieke, wat wil Marieke bereiken")
    assert in_team_words(NL["overview"], "nl", customer) == "De patiëntreis in één oogopslag"
    # an organisation's name asked of in a lane of the organisation is no person on the journey
    ours = Lane(LaneKind.INTERNAL, "Wat doet Eneco?", [[]], role_by=RoleBy.QUESTION)
    assert team_customer([Journey("Reis", "Blad1", "grid", [], [ours])], "nl") is None


def test_the_deck_and_check_ask_of_the_teams_patient_not_the_customer(tmp_path: Path) -> None:
    """Findings 11, 9: the lanes say "Wat doet de patiënt?", the prompts said "Waar komt de klant ons tegen?"
    and "Welke score geeft de klant deze fase?". canvasgen's own questions now ask of "de patiënt", and
    ``check --explain`` says which word it uses and how to have the default."""
    source = team_lanes(
        tmp_path / "kies.xlsx",
        {
            "Wat doet de patiënt?": [],
            "Contactmomenten": ["Website", "Balie", None, "Balie", "Sms", "Post"],
            "Hoe voelt de patiënt zich?": [],
            "Score (1-5)": ["2", "1", "2", None, "3", "1"],
        },
    )
    canvas = read_canvas(source)
    kit, _ = default_kit()
    deck = laid_deck(canvas, kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")
    shown = "\n".join(p.text for s in deck.slides for f in s.frames for p in f.paras)
    notes = "\n".join(s.notes for s in deck.slides)
    # the lane empty in a phase is named on its phase slide, its question asked on the phase's exercise slide
    exercise = "\n".join(p.text for s in deck.slides if s.kind == "exercise" for f in s.frames for p in f.paras)
    assert "Waar komt de patiënt ons tegen?" in exercise
    assert "Welke score geeft de patiënt deze fase?" in shown
    assert "de klant" not in shown.lower() and "de klant" not in notes.lower()
    said = explanation(canvas)
    assert "ask of 'de patiënt'" in said and "'Wat doet de patiënt?'" in said and "'de klant'" in said
