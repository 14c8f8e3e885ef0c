"""Round 20, hostile F8: a sheet of chart data beside the canvas ("Maand | Bezoekers" over jan 1200, feb 1350, …)
was read as a second journey, its months as phases and its visitor counts as scores, with the advice to label the
column 'Score (-2 to +1350)'. A column of periods or short labels beside columns of figures only is data: its rows
kept as notes, said in check with the correction that reads it as a journey; a number past every scale is never
advised as a scale to label."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.read.corrections import from_options
from canvasgen.read.reader import read_canvas
from tests.support.read_back import lost_lines

PHASES = ["Oriëntatie", "Aanvraag", "Levering"]


def _book(path: Path, title: str, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    canvas = book.active
    canvas.title = "Canvas"
    for j, phase in enumerate(PHASES):
        canvas.cell(1, 2 + j, phase)
    for i, (label, texts) in enumerate(
        [("Klantactiviteiten", ["Zoekt", "Vraagt aan", "Ontvangt"]), ("Pijnpunten", ["Te veel keuze", "Lang", "Laat"])]
    ):
        canvas.cell(2 + i, 1, label)
        for j, text in enumerate(texts):
            canvas.cell(2 + i, 2 + j, text)
    data = book.create_sheet(title)
    for row in rows:
        data.append(row)
    book.save(path)
    return path


MONTHS = [["Maand", "Bezoekers"], ["jan", 1200], ["feb", 1350], ["mrt", 990]]


@pytest.mark.parametrize(
    ("title", "rows", "said"),
    [
        ("Grafiek data", MONTHS, "'Maand | Bezoekers') over 3 periods in column A ('jan' …)"),
        (
            "Data",
            [["Maand", "Bezoekers", "Conversie"], ["jan", 1200, "2,1%"], ["feb", 1350, "2,3%"], ["mrt", 990, "1,8%"]],
            "'Maand | Bezoekers | Conversie') over 3 periods in column A ('jan' …)",
        ),
        ("Omzet", [["Jaar", "Omzet"], [2024, 1200], [2025, 1350]], "over 2 periods in column A ('2024' …)"),
        ("Blad3", [["", "Omzet"], ["Q1 2026", 120], ["Q2 2026", 135]], "over 2 periods in column A ('Q1 2026' …)"),
        (
            "Verkeer",
            [
                ["Bron", "Sessies", "Bounce"],
                ["Google", 5400, "41%"],
                ["Direct", 2100, "35%"],
                ["Nieuwsbrief", 800, "22%"],
            ],
            "over 3 labels in column A ('Google' …)",
        ),
    ],
)
def test_a_sheet_of_labels_beside_figures_is_data_not_a_journey(
    tmp_path: Path, title: str, rows: list[list[object]], said: str
) -> None:
    path = _book(tmp_path / "kanaal.xlsx", title, rows)
    canvas = read_canvas(path)
    assert [j.sheet for j in canvas.journeys] == ["Canvas"]
    assert lost_lines(path, canvas) == []  # every label and figure kept, as notes
    explained = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    assert f"sheet '{title}': data, by what it holds: a header of no lane or phase (" in explained
    assert said in explained
    assert (
        f"beside figures only, as a chart's data: its rows kept as notes, one per row, no journey — if it is "
        f"otherwise, give --sheet '{title}=journey'" in explained
    )


def test_read_as_a_journey_all_the_same_its_counts_are_never_advised_as_a_scale(tmp_path: Path) -> None:
    path = _book(tmp_path / "grafiek.xlsx", "Grafiek data", MONTHS)
    canvas = read_canvas(path, from_options(None, None, None, (), roles=("Grafiek data=journey",)))
    assert [j.sheet for j in canvas.journeys] == ["Canvas", "Grafiek data"]  # the correction works
    said = [str(w) for w in canvas.warnings if "Grafiek data!B2" in str(w)]
    assert said == [
        f"{path}: Grafiek data!B2: score 1200 lies outside the scale -2..+2; drawn at the scale's end — the column "
        "reaches 1350, past every scale people score on: correct the cell, or, if the sheet holds data (counts, "
        "amounts) rather than a journey, give --sheet 'Grafiek data=metrics'"
    ]
    assert not any("to use -2 to +1350" in str(w) for w in canvas.warnings)


def test_a_persona_table_and_a_figures_sheet_stay_what_they_are(tmp_path: Path) -> None:
    # a column of names beside a number that names a persona's field is personas, not chart data
    path = _book(tmp_path / "personas.xlsx", "Mensen", [["Naam", "Leeftijd"], ["Sanne", 34], ["Ahmed", 41]])
    canvas = read_canvas(path)
    assert [p.name.text for p in canvas.personas if p.name] == ["Sanne", "Ahmed"]
    path = _book(
        tmp_path / "cijfers.xlsx",
        "Blad2",
        [["Fase", "Metriek", "Waarde"], ["Oriëntatie", "Conversie", "2%"], ["Aanvraag", "Conversie", "3%"]],
    )
    assert sorted(m.value for m in read_canvas(path).metrics) == [2.0, 3.0]


def test_a_workbook_of_steps_scored_alone_stays_a_journey(tmp_path: Path) -> None:
    # short labels beside figures are data beside a canvas only: alone, they are a journey's steps, scored
    book = openpyxl.Workbook()
    for row in [["Stapje", "CSAT"], ["Zoeken", 7], ["Bestellen", 5], ["Levering", 8]]:
        book.active.append(row)
    book.save(path := tmp_path / "stappen.xlsx")
    (journey,) = read_canvas(path).journeys
    assert [p.name for p in journey.phases] == ["Zoeken", "Bestellen", "Levering"]
