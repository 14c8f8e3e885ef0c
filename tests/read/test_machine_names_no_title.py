"""A journey named after a sheet or file whose name was written for a machine ("ibu562_matrix",
"russian-lookalike") or a spreadsheet's default ("Sheet1") is called a customer journey in the canvas's
language on the poster and in the deck; `check` says so with the correction. A name a person gave stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.read.reader import machine_name, read_canvas
from tests.support.cli import run_clean
from tests.support.read_back import pdf_text, slide_text

GRID = "Fase;Oriëntatie;Aankoop;Gebruik\nKlantproces;Zoekt een fiets;Bestelt online;Fietst naar het werk\n"
GRID_EN = "Phase;Search;Buy;Use\nCustomer actions;Looks for a bike;Orders online;Rides to work\n"


@pytest.mark.parametrize(
    "name",
    ["ibu562_matrix", "evahan-hub_JTBD_Consolidated", "russian-lookalike", "customerJourney", "JourneyMapExport"],
)
def test_names_written_for_a_machine(name: str) -> None:
    assert machine_name(name)


@pytest.mark.parametrize("name", ["Klantreis webshop", "Kundenreise", "YouTube", "iPhone", "Check-in", "Q3", "Reis 2"])
def test_names_a_person_gave(name: str) -> None:
    assert not machine_name(name)


@pytest.mark.parametrize(
    ("file", "text", "title"),
    [
        ("fiets_reis_export.csv", GRID, "Klantreis"),
        ("bike-journey-lookalike.csv", GRID_EN, "Customer journey"),
        ("Klantreis fiets.csv", GRID, "Klantreis fiets"),
    ],
)
def test_a_csv_named_for_a_machine_gets_the_neutral_title(tmp_path: Path, file: str, text: str, title: str) -> None:
    path = tmp_path / file
    path.write_text(text, encoding="utf-8")
    (journey,) = read_canvas(path).journeys
    assert journey.name == title
    code, out, err = run_clean("check", path, "--explain")
    assert code == 0, out + err
    assert f"journey '{title}'" in out
    if title != path.stem:
        assert f"'{path.stem}' is a name written for a machine" in out
        assert "write 'Journey: <name>' in a cell above the table" in out


def test_the_correction_names_the_journey(tmp_path: Path) -> None:
    path = tmp_path / "bike-journey-lookalike.csv"
    path.write_text("Journey: Bike to work\n" + GRID_EN, encoding="utf-8")
    assert [j.name for j in read_canvas(path).journeys] == ["Bike to work"]


@pytest.mark.slow
def test_poster_and_deck_show_the_neutral_title_not_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "bike_journey_v2.csv"
    path.write_text(GRID_EN, encoding="utf-8")
    code, out, err = run_clean("build", path, "-o", tmp_path / "out", "--size", "A3")
    assert code == 0, out + err
    for text in (
        pdf_text(tmp_path / "out" / "bike_journey_v2.pdf"),
        slide_text(tmp_path / "out" / "bike_journey_v2.pptx"),
    ):
        assert "Customer journey" in text
        assert "bike_journey" not in text
