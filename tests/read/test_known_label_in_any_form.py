"""A known label in another form than canvasgen writes it (round 24, new user): "Waar zit het pijnpunt?" got no
role, though "Pijnpunt" alone is known and the README promises a known label written inside a longer one; "What
the buyers do" was no customer's process, though "What we do" is the company's. A known label is known inside a
question, in its singular or plural, and a question in the plural ("Wat doen de klanten?") is its question; said
in check and --explain with the correction."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from canvasgen.model import RoleBy
from canvasgen.text import label_key
from canvasgen.vocabulary.inflection import is_lane_verb
from canvasgen.vocabulary.lanes import LANE_LABELS
from canvasgen.vocabulary.roles import lane_role
from tests.support.cli import run_clean
from tests.support.workbooks import rows_canvas

PHASES = ("Fase", "Bellen", "Offerte", "Levering")


def test_labels_in_other_forms_get_the_role_they_name_said_with_the_correction(tmp_path: Path) -> None:
    lanes = {
        "What the shoppers do": "customer",
        "Wat doen de klanten?": "customer",
        "Waar zit het knelpunt?": "pain_points",
        "Klantervaringen": "experience",
    }
    rows = [PHASES, *((label, "Belt de winkel", "Leest de offerte", "Wacht op de bus") for label in lanes)]
    source = rows_canvas(tmp_path / "keukens.xlsx", rows)
    code, stdout, stderr = run_clean("check", source, "--json")
    assert code == 0, stderr
    [journey] = json.loads(stdout)["journeys"]
    assert {lane["label"]: lane["kind"] for lane in journey["lanes"]} == lanes
    code, stdout, stderr = run_clean("check", source, "--explain")
    said = " ".join((stdout + stderr).split())
    assert "lane 'What the shoppers do': customer, question 'What the customer does'" in said
    assert "lane 'Wat doen de klanten?': customer, question 'Wat doet de klant?'" in said
    assert (
        "lane 'Waar zit het knelpunt?': pain_points, by the words 'Knelpunten' in it; if it is another lane: "
        "--lane 'Waar zit het knelpunt?=<kind>'"
    ) in said
    assert (
        "lane 'Klantervaringen': experience, a form of 'Klantervaring'; if it is another lane: "
        "--lane 'Klantervaringen=<kind>'"
    ) in said
    assert "has no role" not in said


def test_two_plurals_of_two_languages_are_no_form_of_one_another() -> None:
    """ "Indicators" is no English plural of the Dutch 'Indicatoren': offered, not read; nor "Klantprocess" a
    singular of 'Klantprocessen' (a typo of 'Klantproces')."""
    assert lane_role("Indicators").by == RoleBy.NONE
    assert lane_role("Klantprocess").by == RoleBy.TYPO


#: Question forms a team wraps a lane's label in, by language.
_ASKED = {
    "nl": (
        "Waar zit het {}?",
        "Wat zijn de {}?",
        "Welke {}?",
        "Welke {} zien we?",
        "Waar zitten de {}?",
        "{}?",
        "Welke {} zijn er?",
        "Wat is de grootste {}?",
        "Waar zit de {} voor de klant?",
    ),
    "en": (
        "Where are the {}?",
        "What are the {}?",
        "Which {}?",
        "Which {} do we see?",
        "Any {}?",
        "{}?",
        "What {} are there?",
        "Where is the biggest {}?",
    ),
    "de": ("Welche {}?", "Wo liegen die {}?", "Was sind die {}?"),
    "fr": ("Quels {} ?", "Où sont les {} ?"),
    "es": ("¿Qué {}?", "¿Dónde están los {}?"),
}
#: A noun's plural ending, where the language makes one so.
_PLURAL = {"nl": "en", "en": "s"}


def _known_labels() -> list[tuple[str, str, str]]:
    """(language, role, label) of every known label read as its role alone, of words of five letters or more: a
    shorter word ("kans", "pijn", "note") is as often a word of a sentence, read as a label alone only; nor a verb
    alone ('Doing'): in a question it is the question's verb, asked of its subject ("What is the competitor
    doing?")."""
    return [
        (language, kind, label)
        for language, kinds in LANE_LABELS.items()
        if language in _ASKED
        for kind, labels in kinds.items()
        for label in labels
        if lane_role(label).kind == kind
        and all(len(w) >= 5 for w in label_key(label).split())
        and not is_lane_verb(label_key(label))
    ]


def _other_number(language: str, kind: str, label: str) -> str | None:
    """The label's plural where it is one noun the vocabulary writes in the singular only, and no label of another
    role starts so ("Cijfer": score, "Cijfers": KPIs); None otherwise."""
    key = label_key(label)
    ending = _PLURAL.get(language)
    if ending is None or " " in key or key.endswith(("s", "en", "ing")):
        return None
    others = [label_key(w) for k, words in LANE_LABELS[language].items() if k != kind for w in words]
    return None if any(o.startswith(key) for o in others) else label + ending


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(st.data())
def test_a_known_label_in_any_question_and_number_gets_its_role(data: st.DataObject) -> None:
    language, kind, label = data.draw(st.sampled_from(_known_labels()))
    plural = _other_number(language, kind, label)
    written = data.draw(st.sampled_from([label, plural] if plural else [label]))
    asked = data.draw(st.sampled_from(_ASKED[language])).format(written)
    assert lane_role(asked).kind == kind, asked


def test_a_verb_in_a_question_is_asked_of_its_subject_no_label_of_its_own(tmp_path: Path) -> None:
    """Hostile round 24: 'Doing' and 'We do' are known labels, and a question's known word of five letters gave
    its role, so "What is the competitor doing?" was a second customer lane and "How are we doing?" the
    company's process. In a question the verb is asked of its subject: of one canvasgen does not know, no role
    (the question asked of the customer offered); "What does the buyer do?" keeps its role."""
    lanes = {
        "Wat doet de klant?": "customer",
        "What is the competitor doing?": "custom",
        "What are competitors doing?": "custom",
        "How are we doing?": "custom",
        "Waar zit het knelpunt?": "pain_points",
    }
    rows = [PHASES, *((label, "Belt de winkel", "Leest de offerte", "Wacht op de bus") for label in lanes)]
    source = rows_canvas(tmp_path / "fietsen.xlsx", rows)
    code, stdout, stderr = run_clean("check", source, "--json")
    assert code == 0, stderr
    [journey] = json.loads(stdout)["journeys"]
    assert {lane["label"]: lane["kind"] for lane in journey["lanes"]} == lanes
    code, stdout, stderr = run_clean("check", source)
    said = " ".join((stdout + stderr).split())
    assert "lane 'What is the competitor doing?' has no role" in said
    assert "by the words 'Doing'" not in said and "by the words 'We do'" not in said
