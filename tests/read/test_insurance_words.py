"""An insurer's canvas in its own words (a new user, round 13): "What the policyholder does" is the customer's
lane and "Where it hurts" the pain points, without a --lane."""

from __future__ import annotations

from pathlib import Path

from tests.support.reading import read_canvas
from tests.support.workbooks import make_book


def test_the_policyholder_and_where_it_hurts_have_their_roles(tmp_path: Path) -> None:
    cells = {"A1": "Phase", "B1": "Uh-oh moment", "C1": "Reporting it", "D1": "Waiting game"}
    cells |= {"A2": "What the policyholder does", "B2": "Finds water", "C2": "Calls the line", "D2": "Waits"}
    cells |= {"A3": "Where it hurts", "B3": "Panic", "C3": "Long menu", "D3": "Silence for nine days"}
    (journey,) = read_canvas(make_book(tmp_path / "claims.xlsx", {"Claim": cells})).journeys
    assert {lane.label: lane.kind for lane in journey.lanes} == {
        "What the policyholder does": "customer",
        "Where it hurts": "pain_points",
    }
