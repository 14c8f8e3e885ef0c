"""The few-word lanes of a doing/thinking/feeling canvas (round 20, hostile F9/F6/F12): one verb in any of its
forms (infinitive, third person, gerund), alone or with the person on the journey ("Voelt", "Feels", "Klant
voelt", "Der Kunde fühlt"), names what the customer does, thinks (a lane of its own) or feels, in the five
languages canvasgen reads; a known label said for whom it is ("Kans voor ons") keeps its role. Each is said in
`check` with the correction; a verb beside words of its own ("Doet pijn") stays a lane of no role."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.model import CUSTOM_LANE, Journey, Lane, LaneKind, OwnLane, RoleBy, Suggestion
from canvasgen.read.lane_roles import offer_in_family
from tests.support.cli import run_clean
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas

_THOUGHTS = OwnLane.THOUGHTS.value


def _csv(path: Path, labels: list[str]) -> Path:
    rows = [",Oriëntatie,Aankoop,Gebruik", *(f"{label},{label} een,{label} twee,{label} drie" for label in labels)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


_CASES = {
    "nl": (["Doet", "Denkt", "Voelt"], ["Doen", "Denken", "Voelen"], ["Klant doet", "Klant denkt", "Klant voelt"]),
    "en": (
        ["Does", "Thinks", "Feels"],
        ["Do", "Think", "Feel"],
        ["Customer does", "Customer thinks", "Customer feels"],
    ),
    "de": (["Tut", "Denkt", "Fühlt"], ["Tun", "Denken", "Fühlen"], ["Der Kunde tut", "Kunde denkt", "Kunde fühlt"]),
    "fr": (
        ["Fait", "Pense", "Ressent"],
        ["Faire", "Penser", "Ressentir"],
        ["Client fait", "Le client pense", "Client ressent"],
    ),
    "es": (
        ["Hace", "Piensa", "Siente"],
        ["Hacer", "Pensar", "Sentir"],
        ["Cliente hace", "El cliente piensa", "Cliente siente"],
    ),
}


def _roles(journey: Journey) -> dict[str, str]:
    return {lane.label: lane.role_match if lane.role_by == RoleBy.OWN_LANE else lane.kind for lane in journey.lanes}


@pytest.mark.parametrize("language", list(_CASES))
@pytest.mark.parametrize("form", [0, 1, 2], ids=["third-person", "infinitive", "with-the-customer"])
def test_every_form_of_the_three_verbs_names_its_lane(tmp_path: Path, language: str, form: int) -> None:
    labels = _CASES[language][form]
    path = _csv(tmp_path / "reis.csv", labels)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert _roles(journey) == {labels[0]: LaneKind.CUSTOMER, labels[1]: _THOUGHTS, labels[2]: LaneKind.EMOTIONS}
    assert not lost_lines(path, canvas)


def test_check_says_the_verb_that_decided_with_the_correction(tmp_path: Path) -> None:
    path = _csv(tmp_path / "reis.csv", ["Doet", "Denkt", "Voelt"])
    code, out, _ = run_clean("check", path)
    assert code == 0
    assert "lane 'Voelt' [emotions, what the customer feels (a form of 'voelen'); if it is another lane: " in out
    assert "--lane 'Voelt=<kind>'" in out
    assert "lane 'Doet' [customer, what the customer does (a form of 'doen')" in out
    assert "no role" not in out


def test_the_organisation_doing_is_its_process_and_a_verb_with_words_of_its_own_no_role(tmp_path: Path) -> None:
    path = _csv(tmp_path / "reis.csv", ["Klant doet", "Organisatie doet", "Doet pijn", "Feels like home"])
    (journey,) = read_canvas(path).journeys
    assert _roles(journey) == {
        "Klant doet": LaneKind.CUSTOMER,
        "Organisatie doet": LaneKind.INTERNAL,
        "Doet pijn": CUSTOM_LANE,
        "Feels like home": CUSTOM_LANE,
    }


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Kans voor ons", LaneKind.OPPORTUNITIES),
        ("Kansen voor de klant", LaneKind.OPPORTUNITIES),
        ("Pijn voor de klant", LaneKind.PAIN_POINTS),
        ("Kans voor morgen", CUSTOM_LANE),  # for no one: words of its own
    ],
)
def test_a_known_label_said_for_whom_keeps_its_role(tmp_path: Path, label: str, kind: LaneKind) -> None:
    path = _csv(tmp_path / "reis.csv", ["Klantproces", label])
    (journey,) = read_canvas(path).journeys
    assert journey.lanes[1].kind is kind


def test_a_lane_of_no_role_is_offered_labels_in_its_own_words_language_only() -> None:
    # No label of the canvas is known: the lane's own English word ("does") keeps a Portuguese word one
    # letter off ('Dores') out of the offer.
    lane = Lane(
        LaneKind.CUSTOM,
        "Does",
        [[]],
        None,
        None,
        RoleBy.NONE,
        None,
        (
            Suggestion("Doen", LaneKind.CUSTOMER, frozenset({"nl"})),
            Suggestion("Dores", LaneKind.PAIN_POINTS, frozenset({"pt"})),
        ),
    )
    journey = Journey("Reis", "Reis", "grid", [], [lane])
    offer_in_family(journey)
    assert [s.label for s in lane.suggestions] == ["Doen"]
