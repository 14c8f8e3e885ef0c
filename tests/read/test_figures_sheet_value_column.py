"""Round 20, hostile F7: a figures sheet whose value column is headed as a KPI sheet heads it ("Nu", "Huidig",
"Current", a period "Q3 2026") stopped check and build ("'Bouncepercentage' has no value"). Its values are read;
a sheet with no column of values keeps its words as notes and says so, and never stops the canvas."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.read.reader import read_canvas
from tests.support.read_back import lost_lines

PHASES = ["Oriëntatie", "Aanvraag", "Levering"]
FIGURES = [
    ("Oriëntatie", "Bouncepercentage", "46%", "35%"),
    ("Aanvraag", "Conversie", "1,9%", "2,5%"),
    ("Levering", "Klachten", "12", "0"),
]


def _book(
    path: Path, value_head: str, values: list[str] | None = None, sheet: str = "Cijfers", metric: str = "Metriek"
) -> Path:
    book = openpyxl.Workbook()
    canvas = book.active
    canvas.title = "Canvas"
    for j, phase in enumerate(PHASES):
        canvas.cell(1, 2 + j, phase)
    for i, (label, texts) in enumerate(
        [
            ("Klantactiviteiten", ["Zoekt", "Vraagt aan", "Ontvangt"]),
            ("Pijnpunten", ["Te veel keuze", "Lang formulier", "Te laat"]),
        ]
    ):
        canvas.cell(2 + i, 1, label)
        for j, text in enumerate(texts):
            canvas.cell(2 + i, 2 + j, text)
    figures = book.create_sheet(sheet)
    figures.append(["Fase", metric, value_head, "Doel"])
    for k, (phase, name, value, target) in enumerate(FIGURES):
        figures.append([phase, name, values[k] if values else value, target])
    book.save(path)
    return path


@pytest.mark.parametrize("head", ["Nu", "Huidig", "Actueel", "Realisatie", "Stand", "Current", "Ist", "Actuel"])
def test_a_value_column_headed_as_the_figure_now_is_read(tmp_path: Path, head: str) -> None:
    path = _book(tmp_path / "kpi.xlsx", head)
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 0, result.output
    assert "has no value" not in result.output
    canvas = read_canvas(path)
    assert {(m.name.text, m.value, m.target) for m in canvas.metrics} == {
        ("Bouncepercentage", 46.0, 35.0),
        ("Conversie", 1.9, 2.5),
        ("Klachten", 12.0, 0.0),
    }
    assert canvas.metric_columns["value"].text == head  # the client's own header, shown beside the figures


@pytest.mark.parametrize("sheet", ["Cijfers", "Blad2"])  # by its name, and by its columns
def test_a_period_over_the_values_is_their_column_said(tmp_path: Path, sheet: str) -> None:
    path = _book(tmp_path / "kwartaal.xlsx", "Q3 2026", sheet=sheet)
    canvas = read_canvas(path)
    assert [j.sheet for j in canvas.journeys] == ["Canvas"]
    assert sorted(m.value for m in canvas.metrics) == [1.9, 12.0, 46.0]
    said = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    assert (
        f"{sheet}!C1 'Q3 2026': its column holds the figures' values (no column is headed 'Waarde' or 'Value'), and "
        "'Q3 2026' is their period (printed with each figure; head it 'Waarde' for none) — if another column holds "
        "them, head that one 'Waarde'" in said
    )


def test_a_figures_sheet_without_values_keeps_its_words_and_never_stops_the_canvas(tmp_path: Path) -> None:
    path = _book(tmp_path / "toelichting.xlsx", "Toelichting", values=["gemeten in GA", "uit CRM", "uit Zendesk"])
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert (
        "Cijfers: sheet 'Cijfers' is read as figures, but none of its columns ('Fase' | 'Metriek' | 'Toelichting' | "
        "'Doel') is headed as their value: no figure is read from it (its cells are kept as notes) — head the "
        "column of values 'Waarde' (or 'Value') to read them" in said
    )
    canvas = read_canvas(path)
    assert canvas.metrics == []
    assert "gemeten in GA" in " ".join(n.text for n in canvas.notes)
    assert lost_lines(path, canvas) == []


def test_a_figure_not_measured_yet_is_said_and_kept_never_a_stop(tmp_path: Path) -> None:
    path = _book(tmp_path / "nog-niet.xlsx", "Waarde", values=["46%", "", "12"])
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert (
        "Cijfers!B3: 'Conversie' has no value in its row: not drawn as a figure (its row is kept as a note) — write "
        "its value in the value column to draw it" in said
    )
    canvas = read_canvas(path)
    assert sorted(m.name.text for m in canvas.metrics) == ["Bouncepercentage", "Klachten"]
    assert "Aanvraag · Conversie · 2,5%" in [n.text for n in canvas.notes]
    assert lost_lines(path, canvas) == []


def test_a_figures_sheet_headed_kpi_is_figures_not_a_canvas_of_lanes(tmp_path: Path) -> None:
    # "KPI" is a lane's label too: the sheet was a transposed journey of lanes 'KPI', 'Nu' and 'Doel'
    path = _book(tmp_path / "kpi.xlsx", "Nu", sheet="Blad2", metric="KPI")
    canvas = read_canvas(path)
    assert [j.sheet for j in canvas.journeys] == ["Canvas"]
    assert sorted(m.value for m in canvas.metrics) == [1.9, 12.0, 46.0]
    said = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    assert (
        "sheet 'Blad2': figures, by its columns ('Fase | KPI | Nu | Doel'): read as the Metingen sheet is — if it "
        "is otherwise, give --sheet 'Blad2=journey'" in said
    )
