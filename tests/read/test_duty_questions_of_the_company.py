"""Round 19 (new user, F2): only "Wat doet Energie BV?" was read as the internal process of the client the
canvas names; "Wat moet Energie BV regelen?", "Wat moet Energie BV doen?", "Wat regelt Energie BV?" (and
"What must Acme do?") got no role, and the household's steps ("What does the household do?") neither."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.model import LaneKind
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book


def _book(path: Path, client: str, customer: str, internal: str) -> Path:
    cells = {"A1": "Klantreis: Overstappen", "A2": "Klant", "B2": client}
    rows = [
        ("Fase", "Oriëntatie", "Overwegen", "Aankoop"),
        (customer, "Zoekt online", "Vergelijkt prijzen", "Sluit af"),
        (internal, "Campagne draaien", "Prijzen tonen", "Contract maken"),
        ("Pijnpunten", "Te veel keuze", "", "Lange wachttijd"),
    ]
    for r, row in enumerate(rows, start=4):
        for c, value in enumerate(row):
            if value:
                cells[f"{'ABCD'[c]}{r}"] = value
    return make_book(path, {"Reis": cells})


@pytest.mark.parametrize(
    ("client", "customer", "internal"),
    [
        ("Energie BV", "Wat doet de klant?", "Wat moet Energie BV regelen?"),
        ("Energie BV", "Wat moet de klant doen?", "Wat moet Energie BV doen?"),
        ("Energie BV", "What does the household do?", "Wat regelt Energie BV?"),
        ("Energie BV", "Wat doet het huishouden?", "Wat moet de organisatie organiseren?"),
        ("Acme", "What the household does", "What must Acme do?"),
        ("Acme", "What should the customer do?", "What should the company arrange?"),
    ],
)
def test_what_the_company_must_do_is_its_internal_process(
    tmp_path: Path, client: str, customer: str, internal: str
) -> None:
    (journey,) = read_canvas(_book(tmp_path / "reis.xlsx", client, customer, internal)).journeys
    kinds = {lane.label: lane.kind for lane in journey.lanes}
    assert kinds[customer] == LaneKind.CUSTOMER
    assert kinds[internal] == LaneKind.INTERNAL
