"""The bundled example canvases: read as the agency wrote them, every word kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.layouts import canvas_of
from tests.support.read_back import lost_lines
from tests.support.workbooks import CANVASES

ALL = sorted(CANVASES.glob("*.xlsx"))


def test_templates_and_three_examples_ship() -> None:
    names = {p.name for p in ALL}
    assert {"template-nl.xlsx", "template-en.xlsx"} <= names
    assert len(names - {"template-nl.xlsx", "template-en.xlsx"}) >= 3


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_no_text_is_lost_and_no_warnings(path: Path) -> None:
    canvas = canvas_of(path)
    assert lost_lines(path, canvas) == []
    assert canvas.warnings == []
    assert all(j.notes == [] for j in canvas.journeys)


def test_dutch_b2c_five_phases() -> None:
    canvas = canvas_of(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx")
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == [
        "Bewustwording",
        "Interesse",
        "Overweging",
        "Aankoop",
        "Service & loyaliteit",
    ]
    assert journey.name == "Zonnepanelen voor een rijtjeshuis"
    assert journey.meta["client"].text == "ZonneWarmte Installaties B.V."
    # a date cell, shown in the canvas's language (#31); its value stays ISO
    assert (journey.meta["date"].text, journey.meta["date"].value) == ("14 oktober 2026", "2026-10-14")
    assert journey.meta["scenario"].text == "Huidig"
    customer = journey.lane("customer")
    assert customer is not None
    assert [i.text for i in customer.cells[2]][1] == "Vergelijkt offertes: € 6.850 tegen € 7.400"
    assert str(customer.cells[2][1].source) == "Klantreis!D11"
    assert [s[0].value for s in journey.scores] == [0, -1, 0, 1, 1]
    assert journey.scores[1][0].normalized == -0.5
    assert len(canvas.touchpoints) == 7
    assert canvas.touchpoints[0].get("current") == "Ja"


def test_english_b2b_with_buying_group() -> None:
    canvas = canvas_of(CANVASES / "example-hr-software-b2b.xlsx")
    assert [j.sheet for j in canvas.journeys] == ["HR Director", "IT Manager"]
    assert all(len(j.phases) == 7 for j in canvas.journeys)
    assert canvas.journeys[1].meta["persona"].text.startswith("Mark Jansen")
    assert [p.get("role").split(" – ")[0] for p in canvas.personas] == [
        "HR Director",
        "IT Manager",
        "CFO",
        "HR Advisor",
    ]
    assert canvas.journeys[0].scores[-1][0].value == 2


def test_webshop_with_kpis() -> None:
    canvas = canvas_of(CANVASES / "voorbeeld-webshop-kpis-v3.xlsx")
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Aandacht", "Afweging", "Actie", "Altijd", "Advocaat"]
    kpis = journey.lane("kpis")
    assert kpis is not None
    # "; " between short parts lists two figures in one cell: two items
    assert [i.text for i in kpis.cells[2][:2]] == ["Conversie 2,4%", "winkelmandverlating 68%"]
    assert {tp.get("kpi") for tp in canvas.touchpoints} >= {"Conversie 2,4%", "CTR 1,8%"}
