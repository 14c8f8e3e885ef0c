"""F5 (#31): "Wat kan beter?" asks what could be better for the customer, as canvasgen's own template asks it of
its Kansen lane: read as the opportunities, and `check` says the other reading with its correction."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from canvasgen.cli import main

PHASES = ["Oriënteren", "Aanvragen", "Betalen"]


def _book(folder: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Klantreis"
    ws.append(["Fase", *PHASES])
    ws.append(["Wat doet de bewoner?", "Zoekt op de website", "Vult het formulier in", "Betaalt met iDEAL"])
    ws.append(["Wat doen wij?", "Website bijhouden", "Controleert het kenteken", "Stuurt de vergunning"])
    ws.append(["Wat kan beter?", "Eén plek voor de tarieven", "Formulier in drie stappen", "Direct een bevestiging"])
    book = folder / "reis.xlsx"
    wb.save(book)
    return book


def test_what_could_be_better_is_read_as_the_opportunities_and_check_offers_the_other(tmp_path: Path) -> None:
    book = _book(tmp_path)
    said = CliRunner().invoke(main, ["check", str(book)])
    assert said.exit_code == 0, said.output
    line = next(line for line in said.stdout.splitlines() if "lane 'Wat kan beter?'" in line)
    assert "[opportunities, question;" in line
    assert "--lane 'Wat kan beter?=learning'" in line
    corrected = CliRunner().invoke(main, ["check", str(book), "--lane", "Wat kan beter?=learning"])
    line = next(line for line in corrected.stdout.splitlines() if "lane 'Wat kan beter?'" in line)
    assert "[learning, corrected]: 3 items" in line  # the team's reading: nothing more to say
