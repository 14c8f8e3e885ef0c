"""Round 19 (new user, F13): two journeys of one title on sheets named "IDEAL" and "CURRENT" (an agency's English
tabs) were told apart by those tab names on a Dutch canvas ("… – IDEAL" on every poster title, slide and kit
card). Named by their Scenario cells ("Ideaal", "Huidig") instead, or without one by the scenario in the
canvas's language; said in ``--explain``. A sheet named in the canvas's own language keeps its name."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.read_back import pdftotext, slide_text
from tests.support.reading import read_canvas
from tests.support.workbooks import Cells, make_book

TITLE = "Klantreis: Overstappen naar groene stroom"


def _sheet(scenario: str | None, dutch: bool = True) -> Cells:
    cells: Cells = {"A1": TITLE if dutch else "Journey: Switching to green power"}
    if scenario is not None:
        cells |= {"A2": "Scenario", "B2": scenario}
    rows = (
        [
            ("Fase", "Oriëntatie", "Overwegen", "Aankoop"),
            ("Wat doet de klant?", "Zoekt online", "Vergelijkt de prijzen", "Sluit een contract af"),
            ("Pijnpunten", "Te veel keuze in de markt", "", "Lange wachttijd bij de klantenservice"),
        ]
        if dutch
        else [
            ("Phase", "Awareness", "Consideration", "Purchase"),
            ("What does the customer do?", "Searches online for a supplier", "Compares the prices", "Signs up"),
            ("Pain points", "Too much choice in the market", "", "Long wait at customer service"),
        ]
    )
    for r, row in enumerate(rows, start=4):
        for c, value in enumerate(row):
            if value:
                cells[f"{'ABCD'[c]}{r}"] = value
    return cells


@pytest.mark.parametrize("with_cells", [True, False])
def test_english_tabs_on_a_dutch_canvas_name_the_journeys_by_their_dutch_scenario(
    tmp_path: Path, with_cells: bool
) -> None:
    ideal, current = ("Ideaal", "Huidig") if with_cells else (None, None)
    path = make_book(tmp_path / "stroom.xlsx", {"IDEAL": _sheet(ideal), "CURRENT": _sheet(current)})
    names = [journey.name for journey in read_canvas(path).journeys]
    assert names == ["Overstappen naar groene stroom – Ideaal", "Overstappen naar groene stroom – Huidig"]
    said = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    because = "after its scenario 'Ideaal' (the journeys share a title)" if with_cells else "after its sheet 'IDEAL'"
    assert f"named 'Overstappen naar groene stroom – Ideaal' {because}" in said


def test_tabs_in_the_canvas_language_keep_their_names(tmp_path: Path) -> None:
    path = make_book(tmp_path / "power.xlsx", {"IDEAL": _sheet(None, False), "CURRENT": _sheet(None, False)})
    names = [journey.name for journey in read_canvas(path).journeys]
    assert names == ["Switching to green power – IDEAL", "Switching to green power – CURRENT"]
    said = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    assert "named 'Switching to green power – IDEAL' after its sheet (the journeys share a title)" in said


@pytest.mark.parametrize(("ideal", "current"), [("Ideaal", "Huidig"), ("ideaal", "huidig")])
def test_tabs_in_capitals_beside_their_scenario_cells_are_named_by_the_cells(
    tmp_path: Path, ideal: str, current: str
) -> None:
    """Round 20 (new user, F19): tabs "IDEAAL" and "HUIDIG" on a Dutch canvas whose Scenario cells say the same
    word in other letters: the scenario as the team wrote it in the header, never the tab's capitals."""
    path = make_book(tmp_path / "knie.xlsx", {"IDEAAL": _sheet(ideal), "HUIDIG": _sheet(current)})
    names = [journey.name for journey in read_canvas(path).journeys]
    assert names == [f"Overstappen naar groene stroom – {ideal}", f"Overstappen naar groene stroom – {current}"]
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    poster = " ".join(pdftotext(tmp_path / "out" / "knie.pdf").split())
    deck = " ".join(slide_text(tmp_path / "out" / "knie.pptx").split())
    for text in (poster, deck):
        assert f"Overstappen naar groene stroom – {ideal}" in text and "IDEAAL" not in text and "HUIDIG" not in text
