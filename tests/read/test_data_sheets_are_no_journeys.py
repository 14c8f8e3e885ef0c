"""Sheets of data beside a canvas (round 19, hostile tester's F13): a sheet headed with the Metingen columns
("Fase | Metriek | Waarde | Doel") of the canvas's phases is figures, not a second journey; one naming a phase the
canvas has not stays a journey, said with how to read it as figures; an order list dated down its second column
("Ordernr | Datum | Bedrag | Klant") is data, no journey of dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from canvasgen.read.reader import read_canvas
from tests.support.workbooks import small_journey_book

_PHASES = ["Oriënteren", "Kopen", "Gebruiken"]


def _book(path: Path, rows: list[list[object]], sheet_name: str) -> Path:
    book, _ = small_journey_book(_PHASES)
    data = book.create_sheet(sheet_name)
    for row in rows:
        data.append(row)
    book.save(path)
    return path


def test_a_sheet_of_the_metingen_columns_is_figures(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Fase", "Metriek", "Waarde", "Doel"],
        ["Oriënteren", "Bounce", 0.46, 0.35],
        ["Kopen", "Conversie", 0.024, 0.03],
        ["Gebruiken", "NPS", 12, 30],
    ]
    canvas = read_canvas(_book(tmp_path / "ga4.xlsx", rows, "GA4 export"))
    assert [j.sheet for j in canvas.journeys] == ["Klantreis"]
    assert [(m.name.text, m.phase) for m in canvas.metrics] == [
        ("Bounce", "Oriënteren"),
        ("Conversie", "Kopen"),
        ("NPS", "Gebruiken"),
    ]
    assert any("figures, by its columns" in line for line in canvas.reading)


def test_figures_of_a_phase_the_canvas_has_not_are_said(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Fase", "Metriek", "Waarde", "Doel"],
        ["Oriënteren", "Bounce", 0.46, 0.35],
        ["Onbekend", "NPS", 12, 30],
    ]
    canvas = read_canvas(_book(tmp_path / "ga4.xlsx", rows, "GA4 export"))
    (said,) = [w.message for w in canvas.warnings if "looks like figures" in w.message]
    assert "'Onbekend' in its phase column is no phase of the canvas" in said
    assert "--sheet 'GA4 export=metrics'" in said


@pytest.mark.parametrize("dates", ["text", "dates"])
def test_an_order_list_dated_down_its_second_column_is_no_journey(tmp_path: Path, dates: str) -> None:
    rows: list[list[object]] = [["Ordernr", "Datum", "Bedrag", "Klant"]]
    for n in range(8):
        day = dt.date(2026, 1, 1 + n)
        rows.append([1000 + n, day.isoformat() if dates == "text" else day, 99.5 + n, f"Klant {n}"])
    canvas = read_canvas(_book(tmp_path / "orders.xlsx", rows, "Orders"))
    assert [j.sheet for j in canvas.journeys] == ["Klantreis"]
    assert any("data, by what it holds" in line for line in canvas.reading)
