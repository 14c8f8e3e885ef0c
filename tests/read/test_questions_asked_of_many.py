"""A lane's question asked of many (hostile round 24): "Wat doen de bewoners?", "What do customers do?", "Was
machen die Kunden?" had no role (an extra lane, and a journey said to have no customer lane), while the same
question asked of one ("Wat doet de bewoner?") was the customer's actions. The verb written for many is read as
the known question's verb for one; "Waar loopt de klant tegenaan?" is a pain-point question."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.model import LaneKind
from canvasgen.vocabulary.roles import lane_role
from tests.support.cli import run_clean
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Wat doen de bewoners?", LaneKind.CUSTOMER),
        ("Wat doen klanten?", LaneKind.CUSTOMER),
        ("Wat voelen de klanten?", LaneKind.EMOTIONS),
        ("Waar ergeren klanten zich aan?", LaneKind.PAIN_POINTS),
        ("Waar lopen patiënten tegenaan?", LaneKind.PAIN_POINTS),
        ("Waar loopt de klant tegenaan?", LaneKind.PAIN_POINTS),
        ("Wat doen de medewerkers?", LaneKind.INTERNAL),
        ("What do customers do?", LaneKind.CUSTOMER),
        ("How do the customers feel?", LaneKind.EXPERIENCE),
        ("Was machen die Kunden?", LaneKind.CUSTOMER),
    ],
)
def test_a_question_asked_of_many_is_the_one_asked_of_one(label: str, kind: LaneKind) -> None:
    assert lane_role(label).kind == kind


@pytest.mark.parametrize("label", ["Wat doen de concurrenten?", "Wat doen wij?"])
def test_other_subjects_keep_their_reading(label: str) -> None:
    """Asked of someone canvasgen does not know: still no role, said; "Wat doen wij?" stays the organisation's."""
    assert lane_role(label).kind == (LaneKind.INTERNAL if label == "Wat doen wij?" else LaneKind.CUSTOM)


def test_a_canvas_asking_of_its_residents_has_their_lanes(tmp_path: Path) -> None:
    cells = {"A1": "Fase", "B1": "Melden", "C1": "Afhandelen", "D1": "Terugkoppeling"}
    cells |= {"A2": "Wat doen de bewoners?", "B2": "Bellen de gemeente", "C2": "Wachten", "D2": "Lezen de brief"}
    cells |= {"A3": "Waar lopen bewoners tegenaan?", "B3": "Lang in de wacht", "C3": "Geen nieuws", "D3": "Vaag"}
    cells |= {"A4": "Wat doet de gemeente?", "B4": "Noteert de melding", "C4": "Stuurt een ploeg", "D4": "Mailt"}
    path = make_book(tmp_path / "melding.xlsx", {"Reis": cells})
    (journey,) = read_canvas(path).journeys
    assert [lane.kind for lane in journey.lanes] == [LaneKind.CUSTOMER, LaneKind.PAIN_POINTS, LaneKind.INTERNAL]
    code, out, _ = run_clean("check", path)
    assert code == 0
    assert "no lane has the customer" not in out  # was: warned, both lanes extra lanes of no role
