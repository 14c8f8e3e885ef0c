"""A journey split over pages draws its persona card once (#31, new user F13): the card is the journey's,
not its phases'; it went on each part's page (A3 portrait: the card twice for one journey, and a page for
it alone)."""

from __future__ import annotations

from pathlib import Path

from tests.support.layouts import poster
from tests.support.workbooks import FERRY_PERSONA, make_book

PHASES = [
    "Oriënteren",
    "Aanvragen",
    "Betalen",
    "Beoordelen",
    "Ontvangen",
    "Gebruiken",
    "Verlengen",
    "Verhuizen",
    "Klagen",
    "Opzeggen",
    "Terugkomen",
    "Aanbevelen",
]


def test_a_split_journey_draws_its_persona_card_once(tmp_path: Path) -> None:
    cells: dict[str, object] = {"A1": "Fase"}
    for column, phase in zip("BCDEFGHIJKLM", PHASES, strict=True):
        cells[f"{column}1"] = phase
        cells[f"{column}2"] = f"Joost {phase.lower()} via de website en belt daarna de klantenservicemedewerker"
        cells[f"{column}3"] = f"Formulier voor {phase.lower()} is onduidelijk"
    cells.update({"A2": "Klantacties", "A3": "Pijnpunten"})
    layout = poster(make_book(tmp_path / "veer.xlsx", {"Klantreis": cells, "Persona": FERRY_PERSONA}), "A3", True)
    assert any("(2/" in page.title for page in layout.pages), [page.title for page in layout.pages]  # split
    cards = [
        page.title for page in layout.pages for block in page.blocks for line in block.lines if "Visser" in line.text
    ]
    assert len(cards) == 1, cards
