"""A persona card under a journey's lanes uses its room (#31 item 7, round four): on a page whose lanes have
height to spare, the card's words grow towards the lanes' size (at the minimum size under lanes half as
large again, the card stood mostly empty inside), never larger than the lanes. Layout numbers only."""

from __future__ import annotations

from pathlib import Path

from tests.support.layouts import assert_inside, poster
from tests.support.workbooks import make_book

STAGES = ["Oriëntatie", "Vergelijken", "Proefrit", "Offerte", "Financiering", "Bestelling", "Levering", "Rit", "Beurt"]
LANES = {
    "Klantproces": ["Leest reviews", "Vergelijkt", "Rijdt", "Vraagt", "Kiest", "Tekent", "Haalt op", "Rijdt", "Plant"],
    "Pijnpunten": ["", "Te veel opties", "", "Duurt lang", "Kleine letters", "", "Wachttijd", "", ""],
}
PERSONA = ["Sanne Bakker", "Zzp'er, 34 jaar", "Betrouwbare auto", "Vaste maandprijs", "Verborgen kosten"]


def _lease(path: Path) -> Path:
    cells = {"A1": "Lease-auto", "A3": "Fase"}
    cells.update({f"{chr(66 + i)}3": stage for i, stage in enumerate(STAGES)})
    for row, (label, texts) in enumerate(LANES.items(), start=4):
        cells[f"A{row}"] = label
        cells.update({f"{chr(66 + i)}{row}": text for i, text in enumerate(texts) if text})
    personas = {f"{c}1": h for c, h in zip("ABCDE", ["Naam", "Rol", "Doelen", "Behoeften", "Frustraties"])}
    personas.update({f"{c}2": value for c, value in zip("ABCDE", PERSONA)})
    return make_book(path, {"Klantreis": cells, "Personas": personas})


def test_a_persona_card_under_roomy_lanes_grows_towards_their_size(tmp_path: Path) -> None:
    layout = poster(_lease(tmp_path / "lease.xlsx"))
    (page,) = layout.pages
    (body,) = layout.body_sizes
    card = [line for block in page.blocks if block.source.startswith("Personas!") for line in block.lines]
    assert {line.text for line in card} >= {"Sanne Bakker"}
    sizes = {round(line.size, 2) for line in card}
    assert min(sizes) > layout.min_size * 1.2, sizes  # grown from the minimum …
    assert max(sizes) <= body + 0.01, sizes  # … never past the lanes
    assert_inside(layout)
