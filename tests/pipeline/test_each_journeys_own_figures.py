"""One workbook with a current and an ideal journey of the same phases, each with figures in its own KPI
lane (the README's "sheets Huidig and Ideaal" layout): each journey's page and deck section show its own
figures only, and the ideal's are its aims ("Streefcijfers"), never measured, met or missed."""

from __future__ import annotations

import subprocess
from pathlib import Path

from pptx import Presentation

from tests.support.cli import run_clean
from tests.support.read_back import title_of
from tests.support.workbooks import make_book

PHASES = ("Aanvragen", "Beoordelen", "Ontvangen")
TODAY = (
    "Afhakers formulier 38% (doel max 15%)",
    "Op tijd beslist 60% (doel 90%)",
    "Doorlooptijd 21 dagen (doel 5 dagen)",
)
IDEAL = (
    "Afhakers formulier 10% (doel max 15%)",
    "Op tijd beslist 95% (doel 90%)",
    "Doorlooptijd 2 dagen (doel 5 dagen)",
)


def _sheet(kpis: tuple[str, ...]) -> dict[str, object]:
    rows = [
        ("Klantreis vergunning",),
        (),
        ("Fase", *PHASES),
        ("Klantacties", "Vult in", "Wacht", "Parkeert"),
        ("KPI's", *kpis),
    ]
    return {f"{'ABCD'[c]}{r}": v for r, row in enumerate(rows, start=1) for c, v in enumerate(row)}


def _book(tmp_path: Path) -> Path:
    return make_book(tmp_path / "vergunning.xlsx", {"Huidig": _sheet(TODAY), "Ideaal": _sheet(IDEAL)})


def test_each_journeys_page_shows_its_own_figures_and_the_ideals_are_aims(tmp_path: Path) -> None:
    book = _book(tmp_path)
    code, _, err = run_clean("build", book, "-o", tmp_path / "out", "--no-pptx")
    assert code == 0, err
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "out" / "vergunning.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    # each page by its title (its first line), its words on one line (a row's label may wrap)
    pages = {page.split("\n", 1)[0]: " ".join(page.split()) for page in text.split("\f") if page.strip()}
    today, ideal = pages["Klantreis vergunning – Huidig"], pages["Klantreis vergunning – Ideaal"]
    assert "Gemeten KPI's" in today and "38%" in today and "niet gehaald" in today
    assert "10%" not in today and "95%" not in today and "2 dagen" not in today  # the ideal's ambitions
    assert "Streefcijfers (ideaal)" in ideal and "10%" in ideal and "38%" not in ideal
    assert "Gemeten" not in ideal and "gehaald" not in ideal  # an aim is never measured, met or missed


def test_the_decks_sections_chart_and_list_each_journeys_own_figures(tmp_path: Path) -> None:
    book = _book(tmp_path)
    code, _, err = run_clean("build", book, "-o", tmp_path / "out", "--no-pdf")
    assert code == 0, err
    deck = Presentation(str(tmp_path / "out" / "vergunning.pptx"))
    charts: dict[str, list[tuple[str, tuple[float, ...]]]] = {}
    tables: dict[str, str] = {}
    for slide in deck.slides:
        title = title_of(slide)
        for shape in slide.shapes:
            if shape.has_chart:
                charts[title] = [(s.name, tuple(s.values)) for s in shape.chart.plots[0].series]
            if shape.has_table:
                cells = (c.text for row in shape.table.rows for c in row.cells)
                tables[title] = tables.get(title, "") + " ".join(cells)
    # each section's figures titled with whose they are (round 17)
    assert charts["Huidig · Gemeten tegen doel (%)"][0] == ("Gemeten", (38.0, 60.0))  # today's only, not 10%, 95%
    assert charts["Ideaal · Streefcijfer tegen doel (%)"][0] == ("Streefcijfer", (10.0, 95.0))
    measured = tables["Huidig · Gemeten KPI's"]
    assert "38%" in measured and "10%" not in measured
    aims = tables["Ideaal · Streefcijfers (ideaal)"]
    assert "10%" in aims and "2 dagen" in aims and "gehaald" not in aims and "38%" not in aims


def test_check_says_whose_figures_each_journey_shows(tmp_path: Path) -> None:
    code, out, _ = run_clean("check", _book(tmp_path))
    assert code == 0
    assert "3 figures written in the KPI lane of sheet Ideaal shown with that journey only, not with this one" in out
    assert "on the map: 3 aims (its own KPI lane: an ideal's, drawn without met or missed)" in out
    assert "6 figures (3 with a target: 0 met, 3 missed; 3 aims of an ideal journey)" in out
