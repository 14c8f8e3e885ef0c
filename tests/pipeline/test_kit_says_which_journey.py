"""Round 13 (F6): a kit of two journeys (Huidige reis, Ideale reis) printed cards that only the tiny ID told apart,
and its changes sheet wrote "R1 · Operatie" without saying what R1 is. The changes sheet's instructions say what
R1, R2 stand for, and each card's band names its journey; a kit of one journey says neither."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.read_back import pdfium_text, squeeze
from tests.support.workbooks import make_book
from tests.support.workshop import LEASE


def test_the_changes_sheet_and_the_cards_name_each_journey(tmp_path: Path) -> None:
    source = make_book(tmp_path / "reizen.xlsx", {"Huidige reis": dict(LEASE), "Ideale reis": dict(LEASE)})
    result = CliRunner().invoke(main, ["kit", str(source), "-o", str(tmp_path / "kit")])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(tmp_path / "kit" / "reizen-changes.xlsx").worksheets[0]
    help_text = str(sheet["A1"].value)
    # the Fase column names each journey as its cards do (round 15, F27: "R1 · Aanvraag" before)
    assert "R1" not in help_text
    phases = {sheet.cell(row, 2).value for row in range(3, sheet.max_row + 1)} - {None}
    assert {"Huidige reis · Aanvraag", "Ideale reis · Aanvraag"} <= phases and not any("R1" in p for p in phases)
    cards = squeeze(pdfium_text(tmp_path / "kit" / "reizen-cards.pdf"))
    assert squeeze("Huidige reis · Aanvraag · Klantproces") in cards
    assert squeeze("Ideale reis · Aanvraag · Klantproces") in cards


def test_a_kit_of_one_journey_names_none(tmp_path: Path) -> None:
    source = make_book(tmp_path / "reis.xlsx", {"Klantreis": dict(LEASE)})
    result = CliRunner().invoke(main, ["kit", str(source), "-o", str(tmp_path / "kit")])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(tmp_path / "kit" / "reis-changes.xlsx").worksheets[0]
    assert "R1" not in str(sheet["A1"].value)
    cards = squeeze(pdfium_text(tmp_path / "kit" / "reis-cards.pdf"))
    assert squeeze("Aanvraag · Klantproces") in cards and squeeze("Klantreis · Aanvraag") not in cards


def test_journeys_of_long_names_are_coded_on_the_changes_sheet_and_the_code_said(tmp_path: Path) -> None:
    """A name too long to stand before every phase in the drop-down: the journeys are R1, R2, said in A1."""
    long_names = ("Huidige klantreis fietslease", "Ideale klantreis fietslease")
    source = make_book(tmp_path / "reizen.xlsx", {name: dict(LEASE) for name in long_names})
    result = CliRunner().invoke(main, ["kit", str(source), "-o", str(tmp_path / "kit")])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(tmp_path / "kit" / "reizen-changes.xlsx").worksheets[0]
    said = "R1, R2 vóór een fase zeggen welke klantreis: R1 = Huidige klantreis fietslease · R2 = Ideale klantreis"
    assert said in str(sheet["A1"].value)
    assert sheet["B3"].value == "R1 · Oriëntatie"


def test_a_buying_groups_cards_name_each_member_never_the_default_sheet(tmp_path: Path) -> None:
    """Round 17: three journeys on sheets Blad1-3 whose titles share their part after the dash ("Klantreis
    HR-directeur – HR-software", "Klantreis CFO – HR-software") were told apart by their sheets' default names:
    "Blad1 · Oriëntatie" on every card and in the Fase drop-down. They are named by their titles' own parts."""
    titles = {"Blad1": "Klantreis HR-directeur – HR-software", "Blad2": None, "Blad3": "Klantreis CFO – HR-software"}
    sheets = {sheet: {**LEASE, "A1": title} for sheet, title in titles.items()}
    source = make_book(tmp_path / "groep.xlsx", sheets)
    result = CliRunner().invoke(main, ["kit", str(source), "-o", str(tmp_path / "kit")])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(tmp_path / "kit" / "groep-changes.xlsx").worksheets[0]
    phases = {sheet.cell(row, 2).value for row in range(3, sheet.max_row + 1)} - {None}
    assert {"Klantreis HR-directeur · Aanvraag", "Klantreis CFO · Aanvraag"} <= phases
    assert not any("Blad" in str(p) for p in phases)
    book = openpyxl.load_workbook(tmp_path / "kit" / "groep-changes.xlsx")
    written = [str(cell.value) for each in book for row in each.iter_rows() for cell in row if cell.value]
    assert not [text for text in written if "Blad1 ·" in text]  # the drop-down's list too
    cards = squeeze(pdfium_text(tmp_path / "kit" / "groep-cards.pdf"))
    assert squeeze("Klantreis HR-directeur · Aanvraag · Klantproces") in cards
    assert squeeze("Klantreis CFO · Aanvraag · Klantproces") in cards
    assert squeeze("Blad1 ·") not in cards and squeeze("Blad3 ·") not in cards
