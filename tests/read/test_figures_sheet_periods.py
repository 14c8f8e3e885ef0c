"""Round 21, hostile F9: a figures sheet with two period columns ("Q2 2026 | Q3 2026") dropped the earlier period's
values without a word, and plain ``check`` called its column "(empty)". The latest period is the figures' value;
every earlier period's values are kept as notes (on the poster's notes), said in plain ``check`` with the cells."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.read.reader import read_canvas


def _book(path: Path) -> Path:
    book = openpyxl.Workbook()
    canvas = book.active
    canvas.title = "Canvas"
    for row in (
        ("", "Interesse", "Overweging", "Aankoop"),
        ("Klantactiviteiten", "Leest reviews", "Vraagt offerte", "Tekent"),
        ("Pijnpunten", "Te veel keuze", "Lang wachten", "Kleine lettertjes"),
    ):
        canvas.append(row)
    figures = book.create_sheet("Cijfers")
    figures.append(["Fase", "Metriek", "Q1 2026", "Q2 2026", "Q3 2026", "Doel"])
    figures.append(["Interesse", "Aanvragen", 95, 120, 150, 200])
    figures.append(["Overweging", "Conversie offerte", "15%", "18%", "22%", "25%"])
    figures.append(["Aankoop", "Doorlooptijd (dagen)", 28, 21, 14, "max 10"])
    book.save(path)
    return path


def test_every_periods_values_are_kept_and_said_in_plain_check(tmp_path: Path) -> None:
    path = _book(tmp_path / "kwartalen.xlsx")
    canvas = read_canvas(path)
    assert {m.name.text: m.value for m in canvas.metrics} == {
        "Aanvragen": 150,
        "Conversie offerte": 22,
        "Doorlooptijd (dagen)": 14,
    }  # the latest period is the value
    notes = {n.text: str(n.source) for n in canvas.notes}
    assert notes["Q2 2026 · Aanvragen (Interesse): 120"] == "Cijfers!D2"
    assert notes["Q1 2026 · Conversie offerte (Overweging): 15%"] == "Cijfers!C3"
    assert notes["Q2 2026 · Doorlooptijd (dagen) (Aankoop): 21"] == "Cijfers!D4"
    said = " ".join(CliRunner().invoke(main, ["check", str(path)]).output.split())
    assert "(empty)" not in said
    assert (
        "Cijfers: 6 values of 'Q1 2026', 'Q2 2026' (C2, C3, C4, D2, D3, D4) beside the figures' values under "
        "'Q3 2026' are kept as notes, not drawn as figures (one value per figure) — to draw each period, give it a "
        "row of its own under a column 'Periode'" in said
    )
