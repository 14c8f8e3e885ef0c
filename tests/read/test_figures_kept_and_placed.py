"""Round 22, issues #30/#31: what was still wrong with a buying group's figures. A period heading the values
("Q3 2026") is printed as the figures' period; a value that is no number ("veel") is kept as a note and said at its
cell, the build goes on; an earlier period's values are written in the canvas's notation ("900 EUR" as "€ 900");
the notes of a figures sheet and of a chart's data go with the figures, not on the last member's page; a CSV
export's row of a phase the canvas lacks is kept and said with its line, never the whole file refused."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner
from pptx import Presentation
from pypdf import PdfReader

from canvasgen.cli import main
from canvasgen.read.reader import read_canvas
from tests.support.read_back import lost_lines, pdf_text
from tests.support.workbooks import CANVASES

STAGES = ["Verkenning", "Vergelijking", "Ingebruikname"]
ROLES = ["Directeur", "Inkoper", "Beheerder"]


def _group(path: Path, ask: object = 18) -> Path:
    """Three roles of one purchase over the same stages, a sheet of figures by quarter (no column names a role) and
    a chart's data of site visits by month."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for role in ROLES:
        sheet = book.create_sheet(f"{role} nu")
        sheet.append([f"Aankoop door de {role.lower()} (nu)"])
        sheet.append(["Scenario", "Huidig"])
        sheet.append([])
        sheet.append(["Fase", *STAGES])
        sheet.append(["Wat doet de klant?", f"{role} zoekt", f"{role} weegt af", f"{role} rolt uit"])
        sheet.append(["Pijnpunten", "Onduidelijke prijzen", "Trage offerte", "Geen training"])
    figures = book.create_sheet("Kwartaalcijfers")
    figures.append(["Fase", "Metriek", "Q2 2026", "Q3 2026", "Doel"])
    figures.append(["Verkenning", "Websitebezoek", 4100, 5200, 6000])
    figures.append(["Vergelijking", "Offerteaanvragen", "weinig", ask, 25])
    figures.append(["Vergelijking", "Licentieomzet", "900 EUR", "€ 1.250", "€ 2.000"])
    figures.append(["Ingebruikname", "Trainingskosten", "€1,1k", "€1,3k", "€ 1.000"])
    chart = book.create_sheet("Grafiekdata")
    for row in (["Maand", "Sessies"], ["jul", 3100], ["aug", 2800], ["sep", 3600]):
        chart.append(row)
    book.save(path)
    return path


def _pages(pdf: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages]


def _build(path: Path, out: Path) -> str:
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_a_period_heading_the_values_is_printed_as_their_period(tmp_path: Path) -> None:
    path = _group(tmp_path / "aankoop.xlsx")
    canvas = read_canvas(path)
    assert {m.name.text: (m.period.text if m.period else None) for m in canvas.metrics} == {
        "Websitebezoek": "Q3 2026",
        "Offerteaanvragen": "Q3 2026",
        "Licentieomzet": "Q3 2026",
        "Trainingskosten": "Q3 2026",
    }
    explained = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    assert (
        "Kwartaalcijfers!D1 'Q3 2026': its column holds the figures' values (no column is headed 'Waarde' or "
        "'Value'), and 'Q3 2026' is their period (printed with each figure; head it 'Waarde' for none)" in explained
    )
    out = tmp_path / "out"
    _build(path, out)
    first = _pages(out / "aankoop.pdf")[0]
    assert first.count("Q3 2026") >= 4  # with each figure on the map of the figures' journey
    deck = Presentation(str(out / "aankoop.pptx"))
    tables = [
        [[cell.text for cell in row.cells] for row in shape.table.rows]
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_table
    ]
    (figures,) = [t for t in tables if "Websitebezoek" in {c for row in t for c in row}]
    header = figures[0]
    assert "Periode" in header and "Waarde" in header and "Q3 2026" not in header  # the period said once a row
    row = [
        cell.replace("\xa0", " ").replace("\u202f", " ") for cell in next(r for r in figures if "Websitebezoek" in r)
    ]
    assert row[header.index("Periode")] == "Q3 2026" and row[header.index("Waarde")] == "5.200"


def test_a_value_that_is_no_number_is_kept_and_said_and_the_build_goes_on(tmp_path: Path) -> None:
    path = _group(tmp_path / "aankoop.xlsx", ask="veel")
    out = tmp_path / "out"
    said = _build(path, out)
    assert (
        "Kwartaalcijfers!D3: the value 'veel' of 'Offerteaanvragen' is no number: not drawn as a figure (its row is "
        "kept as a note, as written) — write a number, as 35, '2,4%' or '€ 1.250', to draw it" in said
    )
    canvas = read_canvas(path)
    assert "Offerteaanvragen" not in {m.name.text for m in canvas.metrics}
    assert "Vergelijking · Offerteaanvragen · veel · Q3 2026 · 25" in [n.text for n in canvas.notes]
    assert "Offerteaanvragen · veel" in " ".join(pdf_text(out / "aankoop.pdf").split())
    assert lost_lines(path, canvas) == []


def test_a_target_that_is_no_number_leaves_the_figure_without_one(tmp_path: Path) -> None:
    path = _group(tmp_path / "doel.xlsx")
    book = openpyxl.load_workbook(path)
    book["Kwartaalcijfers"]["E2"] = "hoger dan vorig jaar"
    book.save(path)
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 0, result.output
    assert "Kwartaalcijfers!E2: the target 'hoger dan vorig jaar' of 'Websitebezoek' is no number" in " ".join(
        result.output.split()
    )
    canvas = read_canvas(path)
    (visits,) = [m for m in canvas.metrics if m.name.text == "Websitebezoek"]
    assert (visits.value, visits.target) == (5200, None)
    assert "Websitebezoek · hoger dan vorig jaar" in [n.text for n in canvas.notes]
    assert lost_lines(path, canvas) == []


def test_earlier_values_are_written_in_the_canvas_notation(tmp_path: Path) -> None:
    path = _group(tmp_path / "aankoop.xlsx")
    canvas = read_canvas(path)
    notes = {str(n.source): n.text for n in canvas.notes}
    assert notes["Kwartaalcijfers!C2"] == "Q2 2026 · Websitebezoek (Verkenning): 4.100"
    assert notes["Kwartaalcijfers!C4"] == "Q2 2026 · Licentieomzet (Vergelijking): € 900"
    assert notes["Kwartaalcijfers!C5"] == "Q2 2026 · Trainingskosten (Ingebruikname): € 1.100"
    assert notes["Kwartaalcijfers!C3"] == "Q2 2026 · Offerteaanvragen (Vergelijking): weinig"  # no figure: as written
    assert {m.name.text: m.value for m in canvas.metrics if m.unit == "€"} == {
        "Licentieomzet": 1250,
        "Trainingskosten": 1300,
    }
    assert lost_lines(path, canvas) == []


def test_the_notes_of_figures_and_chart_data_go_with_the_figures(tmp_path: Path) -> None:
    path = _group(tmp_path / "aankoop.xlsx")
    out = tmp_path / "out"
    _build(path, out)
    pages = _pages(out / "aankoop.pdf")
    figures_page = next(i for i, page in enumerate(pages) if "Websitebezoek" in page)
    assert "Aankoop door de directeur (nu)" in pages[figures_page]  # the first role's map holds the figures
    # the chart data's rows are a table (round 23): each row's cells side by side
    for note in ("jul 3100", "sep 3600", "Q2 2026 · Licentieomzet (Vergelijking): € 900"):
        assert [i for i, page in enumerate(pages) if note in page] == [figures_page], note
    assert "Maand Sessies" not in pages[-1]
    # with the figures' sheet first named by another role, the notes go with that role's map
    book = openpyxl.load_workbook(path)
    book.move_sheet("Beheerder nu", offset=-2)
    book.save(path)
    _build(path, out)
    pages = _pages(out / "aankoop.pdf")
    (at,) = [i for i, page in enumerate(pages) if "jul 3100" in page]
    assert "Aankoop door de beheerder (nu)" in pages[at] and "Websitebezoek" in pages[at]


def test_a_csv_row_of_a_phase_the_canvas_lacks_is_kept_and_said(tmp_path: Path) -> None:
    csv = tmp_path / "export.csv"
    csv.write_text(
        "Fase;Metriek;Waarde;Doel;Periode\n"
        "Actie;Conversie;2,6%;2%;november 2026\n"
        "Nazorg;Retourpercentage;6%;max 5%;november 2026\n",
        encoding="utf-8",
    )
    webshop = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"
    checked = CliRunner().invoke(main, ["check", str(webshop), "--metrics", str(csv)])
    assert checked.exit_code == 0, checked.output
    said = " ".join(checked.output.split())
    assert (
        f"{csv}: line 3: phase 'Nazorg' is not a phase of this canvas ('Aandacht', 'Afweging', 'Actie', 'Altijd', "
        "'Advocaat'): the figure is kept under that name, listed with the figures of no phase" in said
    )
    out = tmp_path / "out"
    built = CliRunner().invoke(main, ["build", str(webshop), "-o", str(out), "--metrics", str(csv)])
    assert built.exit_code == 0, built.output
    poster = " ".join(pdf_text(out / "voorbeeld-webshop-kpis-v3.pdf").split())
    assert "Retourpercentage" in poster and "Nazorg" in poster
