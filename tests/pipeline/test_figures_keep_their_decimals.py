"""A figure prints with the decimals the client wrote, or Excel's number format shows: "€ 1.234,50" stays
"€ 1.234,50" on the poster, in the deck and in the diff report, never "€ 1.234"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli import run_clean
from tests.support.read_back import pdf_text, pdftotext, slide_text, squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import Cells, make_book

CANVAS: Cells = {
    "A1": "Fase",
    "B1": "Oriëntatie",
    "C1": "Aankoop",
    "D1": "Gebruik",
    "A2": "Klantproces",
    "B2": "Zoekt een fiets",
    "C2": "Bestelt online",
    "D2": "Fietst naar het werk",
    "A3": "KPI's",
    "B3": "Bereik 12.500 (doel 15.000)",
    "C3": "Omzet € 1.234,50 (doel € 2.000,00)",
    "D3": "Retentie 81,50%",
}
METRICS: Cells = {
    "A1": "Fase",
    "B1": "Metriek",
    "C1": "Waarde",
    "D1": "Doel",
    "A2": "Gebruik",
    "B2": "Kosten",
    "C2": 1234.5,  # a number cell: its format shows two decimals
    "D2": 1500,
}


def _book(path: Path, measured: Cells | None = None) -> Path:
    path = make_book(path, {"Klantreis": CANVAS, "Metingen": {**METRICS, **(measured or {})}})
    import openpyxl

    book = openpyxl.load_workbook(path)
    book["Metingen"]["C2"].number_format = '"€" #,##0.00'
    book.save(path)
    return path


def test_the_model_keeps_the_decimals_written(tmp_path: Path) -> None:
    canvas = read_canvas(_book(tmp_path / "reis.xlsx"))
    by_name = {m.name.text: m for m in canvas.metrics}
    assert (by_name["Omzet"].value, by_name["Omzet"].places, by_name["Omzet"].target_places) == (1234.5, 2, 2)
    assert (by_name["Retentie"].value, by_name["Retentie"].places) == (81.5, 2)
    assert (by_name["Kosten"].value, by_name["Kosten"].places) == (1234.5, 2)  # as Excel's format shows it
    assert by_name["Bereik"].places == 0


@pytest.mark.slow
def test_poster_and_deck_print_the_figures_as_written(tmp_path: Path) -> None:
    source = _book(tmp_path / "reis.xlsx")
    code, out, err = run_clean("build", source, "-o", tmp_path / "out", "--size", "A3")
    assert code == 0, out + err
    poster = tmp_path / "out" / "reis.pdf"
    deck = slide_text(tmp_path / "out" / "reis.pptx")
    for text in (pdf_text(poster), pdftotext(poster), deck):
        flat = squeeze(text)
        for written in ("€1.234,50", "€2.000,00", "81,50%", "12.500"):
            assert written in flat, written
        assert "€1.234" not in flat.replace("€1.234,50", "")  # never rounded anywhere


@pytest.mark.slow
def test_the_diff_report_prints_the_figures_as_written(tmp_path: Path) -> None:
    old = _book(tmp_path / "reis.xlsx")
    new = _book(tmp_path / "reis-v2.xlsx", {"C2": 1456.7})
    code, out, err = run_clean("diff", old, new, "-o", tmp_path / "out")
    assert code == 0, out + err
    pdf = next((tmp_path / "out").glob("*.pdf"))
    for text in (pdf_text(pdf), pdftotext(pdf), slide_text(pdf.with_suffix(".pptx"))):
        assert "Kosten:€1.234,50→€1.456,70" in squeeze(text)
