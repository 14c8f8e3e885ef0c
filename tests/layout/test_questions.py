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
    lane_question,
    prompt_question,
)
from canvasgen.model import Lane, LaneKind, RoleBy
from canvasgen.read.reader import read_canvas
from canvasgen.words import DECK_WORDS, LANE_QUESTIONS
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
