"""A number in a cell is its number, whatever its format shows (round 8): a Dutch Metingen sheet read
1.234 (General) as 1234 and 0.98765 in "0%" as 98765%, because the text Excel's format shows was written
English-style and parsed back with the Dutch "." that groups thousands. The figure now is the cell's number
(in percent where its format shows percent, with the unit its format writes), in every language; formats
the reader refused ("(1234.50)", "1e-07", a date format) give their number too, and say how it was read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from canvasgen.read.shown import shown_number
from tests.support.cli import run_clean
from tests.support.read_back import pdf_text
from tests.support.reading import read_canvas
from tests.support.workbooks import template_with

SHEETS = {"nl": ("Metingen", "Bewustwording"), "en": ("Metrics", "Awareness"), "de": ("Messwerte", "Kauf")}

#: (cell value, number format) -> (figure, unit) read: the cell's number, whatever the format shows.
FORMATS: list[tuple[float, str, float, str]] = [
    (1.234, "General", 1.234, ""),
    (12.345, "General", 12.345, ""),
    (1.5, "0.000", 1.5, ""),
    (2.125, "0.00", 2.125, ""),
    (1234.5, "#,##0", 1234.5, ""),
    (0.12345, "0.0%", 12.345, "%"),
    (0.98765, "0%", 98.765, "%"),
    (0.5, "0.000%", 50.0, "%"),
    (-1234.5, "#,##0.00;(#,##0.00)", -1234.5, ""),
    (1e-7, "0.00E+00", 1e-7, ""),
    (1250, "#,##0 [$€-413]", 1250, "€"),
    (1234.5, "#,##0.00 [$€-409]", 1234.5, "€"),
    (1234, '#,##0 "dagen"', 1234, "d"),
    (12.5, '0.0 "min"', 12.5, "min"),
    (1234567.891, '#,##0.0,, "mln"', 1234567.891, ""),
    (45000, "d mmmm yyyy", 45000, ""),
    (0.5, "h:mm", 0.5, ""),
]


def _measured(tmp_path: Path, language: str) -> Path:
    sheet, phase = SHEETS[language]
    rows = [[phase, "", f"Meting {n}", (value, code), (value, code)] for n, (value, code, _, _) in enumerate(FORMATS)]
    return template_with(tmp_path / f"numbers-{language}.xlsx", language, "x", [], {sheet: rows})


@pytest.mark.parametrize("language", sorted(SHEETS))
def test_a_numeric_cell_is_read_as_its_number_in_every_format_and_language(tmp_path: Path, language: str) -> None:
    canvas = read_canvas(_measured(tmp_path, language))
    read = {m.name.text: (m.value, m.unit, m.target) for m in canvas.metrics}
    expected = {f"Meting {n}": (pytest.approx(v), unit, pytest.approx(v)) for n, (_, _, v, unit) in enumerate(FORMATS)}
    assert read == expected


def test_a_number_shown_as_a_date_or_in_words_says_how_it_was_read(tmp_path: Path) -> None:
    code, out, err = run_clean("check", "--explain", _measured(tmp_path, "nl"))
    assert code == 0, out + err
    assert (
        "the value is shown as the date or time '15 March 2023' by its format 'd mmmm yyyy': read as its number 45.000"
        in out
    )


def _tester_canvas(tmp_path: Path) -> Path:
    """The hostile tester's w10_nl: a Dutch canvas measuring in General, "0.000" and percent formats."""
    rows = [
        ["Bewustwording", "", "Bereik", (1.234, "General"), 1],
        ["Interesse", "", "Kliks", (1.5, "0.000"), 1],
        ["Overweging", "", "Aandeel", (0.98765, "0%"), 0.5],
        ["Aankoop", "", "Ratio", (0.12345, "0.0%"), (0.2, "0%")],
        ["Service & loyaliteit", "", "Tevredenheid", (2.125, "0.00"), 2],
    ]
    return template_with(tmp_path / "w10_nl.xlsx", "nl", "x", [], {"Metingen": rows})


def test_check_json_gives_the_dutch_measurements_as_their_numbers(tmp_path: Path) -> None:
    code, out, err = run_clean("check", "--json", _tester_canvas(tmp_path))
    assert code == 0, out + err
    read = {m["metric"]: (m["value"], m["unit"], m["met"]) for m in json.loads(out)["metrics"]}
    assert read["Bereik"] == (pytest.approx(1.234), "", True)
    assert read["Kliks"] == (pytest.approx(1.5), "", True)
    assert read["Aandeel"][:2] == (pytest.approx(98.765), "%")
    assert read["Ratio"] == (pytest.approx(12.345), "%", False)  # 12,345% is short of 20%


def test_the_poster_prints_the_dutch_measurements_in_dutch(tmp_path: Path) -> None:
    code, out, err = run_clean("build", _tester_canvas(tmp_path), "-o", tmp_path / "out", "--no-pptx")
    assert code == 0, out + err
    text = " ".join(pdf_text(next((tmp_path / "out").glob("*.pdf"))).split())
    assert "98,765%" in text and "12,345%" in text and "1,234" in text
    assert "2,13" in text  # 2.125 in "0.00": as Excel shows it, rounded half away from zero
    assert "98765" not in text and "98.765" not in text and "12345" not in text


def test_a_formats_quoted_words_are_shown_in_every_format() -> None:
    assert shown_number(1234, '#,##0 "dagen"') == "1234 dagen"
    assert shown_number(12.5, '0.0 "min"') == "12.5 min"


def test_a_kpi_part_with_a_target_beside_figures_in_its_cell_is_said(tmp_path: Path) -> None:
    kpis = "Conversie 1 0.1% (doel 0.2%); NPS 32 (doel 40); verwijzingen 4% van de klanten"
    canvas = read_canvas(template_with(tmp_path / "kpi.xlsx", "nl", "KPI", [kpis]))
    assert [m.name.text for m in canvas.metrics] == ["NPS"]
    said = [str(w) for w in canvas.warnings if "not read as a figure" in str(w)]
    assert len(said) == 1 and "'Conversie 1 0.1% (doel 0.2%)' in the KPI lane" in said[0]
