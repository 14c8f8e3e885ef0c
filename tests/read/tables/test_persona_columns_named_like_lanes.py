"""A Personas sheet whose columns are headed by words that also name a journey's lanes ("Frustrationen",
"Pain points", "Frustrations") is a table of personas, one per row — not a key/value block read on its side
(round 13: the German "Frustrationen", newly a pain word, turned one persona into four named after the fields)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.reading import read_canvas
from tests.support.workbooks import RAIL_PHASES, make_book


@pytest.mark.parametrize(
    ("header", "frustration"),
    [
        (("Name", "Rolle", "Ziele", "Frustrationen"), "Umsteigen mit Kindern"),
        (("Name", "Role", "Goals", "Pain points"), "Changing trains with children"),
        (("Nom", "Rôle", "Objectifs", "Frustrations"), "Changer de train avec des enfants"),
    ],
)
def test_persona_columns_headed_like_lanes_are_one_persona_per_row(
    tmp_path: Path, header: tuple[str, ...], frustration: str
) -> None:
    journey = {"A1": "Phase", **{f"{chr(66 + i)}1": p for i, p in enumerate(RAIL_PHASES)}, "A2": "Kunde"}
    journey.update({f"{chr(66 + i)}2": f"Schritt {i}" for i in range(len(RAIL_PHASES))})
    personas = {f"{chr(65 + i)}1": h for i, h in enumerate(header)}
    personas.update({"A2": "Familie Becker", "B2": "Eltern", "C2": "Entspannt ankommen", "D2": frustration})
    path = make_book(tmp_path / "reise.xlsx", {"Reise": journey, "Personas": personas})
    canvas = read_canvas(path)
    assert [p.name.text for p in canvas.personas if p.name is not None] == ["Familie Becker"]
    (persona,) = canvas.personas
    assert frustration in [item.text for item in persona.fields.values()]
