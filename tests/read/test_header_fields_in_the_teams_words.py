"""Round 22 (new user, findings 2, 3, 11, 25): header labels in a team's own words are the fields they mean —
'Datum workshop', 'Laatst bijgewerkt' … over a date are the canvas's date (so `apply` can set it), 'Wie',
'Patiënt', 'Klanttype' the persona, 'Organisatie' the client — each said in `check --explain` with how to keep
it a note; over no date a date's label stays a note. 'Cijfers', 'Kengetallen', 'Figures' name the KPI lane."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book


def _book(tmp_path: Path, header: dict[str, object], lane: str = "Wat doet de klant?") -> Path:
    cells: dict[str, object] = {"A1": "Reis van een cliënt", **header}
    cells |= {"A6": "Fase", "B6": "Aanmelden", "C6": "Intake", "D6": "Behandeling"}
    cells |= {"A7": lane, "B7": "Belt de praktijk", "C7": "Vertelt haar verhaal", "D7": "Doet oefeningen"}
    cells |= {"A8": "Wat doen wij?", "B8": "Plant een afspraak", "C8": "Onderzoekt", "D8": "Begeleidt"}
    return make_book(tmp_path / "reis.xlsx", {"Reis": cells})


@pytest.mark.parametrize("label", ["Datum workshop", "Datum sessie:", "Workshopdatum", "Laatst bijgewerkt"])
def test_a_label_naming_a_date_over_a_date_is_the_canvas_date(tmp_path: Path, label: str) -> None:
    path = _book(tmp_path, {"A3": label, "B3": dt.datetime(2026, 11, 12)})
    journey = read_canvas(path).journeys[0]
    assert journey.meta["date"].source is not None and journey.meta["date"].source.cell == "B3"
    result = CliRunner().invoke(main, ["check", "--explain", str(path)])
    assert result.exit_code == 0, result.output
    assert "date 12 november 2026" in result.output
    shown = label.rstrip(":")
    assert f"'{shown}' (A3) with " in result.output and "is the canvas's date" in result.output
    assert f"write them in one cell ('{shown}: …')" in result.output


def test_a_date_label_over_no_date_stays_a_note(tmp_path: Path) -> None:
    path = _book(tmp_path, {"A3": "Laatst bijgewerkt", "B3": "door Piet"})
    read = read_canvas(path)
    assert "date" not in read.journeys[0].meta
    notes = [note.text for note in read.journeys[0].notes]
    assert "Laatst bijgewerkt" in " ".join(notes) and "door Piet" in " ".join(notes)


@pytest.mark.parametrize(
    ("label", "key"), [("Wie:", "persona"), ("Patiënt", "persona"), ("Klanttype", "persona"), ("Organisatie", "client")]
)
def test_who_and_organisation_labels_are_persona_and_client(tmp_path: Path, label: str, key: str) -> None:
    path = _book(tmp_path, {"A3": label, "B3": "Marieke (52), rugpijn" if key == "persona" else "Praktijk Linge"})
    meta = read_canvas(path).journeys[0].meta
    assert meta[key].text == ("Marieke (52), rugpijn" if key == "persona" else "Praktijk Linge")
    result = CliRunner().invoke(main, ["check", "--explain", str(path)])
    assert f"is the canvas's {key}" in result.output


def test_a_proper_field_wins_over_a_word_of_the_teams(tmp_path: Path) -> None:
    path = _book(
        tmp_path,
        {"A2": "Datum", "B2": dt.datetime(2026, 12, 1), "A3": "Laatst bijgewerkt", "B3": dt.datetime(2026, 12, 5)},
    )
    date = read_canvas(path).journeys[0].meta["date"]
    assert date.source is not None and date.source.cell == "B2"


@pytest.mark.parametrize("label", ["Cijfers", "Kengetallen", "Meetpunten", "Metrics", "Figures", "Key figures"])
def test_figures_words_name_the_kpi_lane(tmp_path: Path, label: str) -> None:
    cells: dict[str, object] = {"A1": "Fase", "B1": "Aanmelden", "C1": "Intake"}
    cells |= {"A2": "Wat doet de klant?", "B2": "Belt", "C2": "Vertelt"}
    cells |= {"A3": label, "B3": "Wachttijd 12 dagen (doel 5 dagen)", "C3": "No-show 8% (max 5%)"}
    read = read_canvas(make_book(tmp_path / "kpi.xlsx", {"Reis": cells}))
    lane = next(lane for lane in read.journeys[0].lanes if lane.label == label)
    assert lane.kind == "kpis"
    assert {m.name.text for m in read.metrics} >= {"Wachttijd", "No-show"}
