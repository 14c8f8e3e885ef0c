"""Round 16 F6: changing one card of a cell of cards joined by "; " into a text that holds "; " itself made
``apply`` write the cell a card a line — the team's "; " became a line break, which nobody asked for — without a
word: joined by "; " the cell would read as more cards than meant, so the lines are right, but said."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.support.cli import run_clean
from tests.support.workshop import canvas, fill, kit_of, lane_items


def test_a_semicolon_cell_written_a_card_a_line_is_said(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")  # B6: "Ziet een flyer; Vraagt collega"
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-KP-02"], 6): "Vraagt collega; en buurman"})
    out = tmp_path / "lease-v2.xlsx"
    code, _, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    said = " ".join(stderr.split())
    assert "Klantreis!B6: the cell's cards were joined by '; '; they are now a line each" in said, said
    assert "would read as 3 cards, not 2" in said
    assert openpyxl.load_workbook(out)["Klantreis"]["B6"].value == "Ziet een flyer\nVraagt collega; en buurman"
    assert lane_items(out)[("Oriëntatie", "Klantproces")] == ["Ziet een flyer", "Vraagt collega; en buurman"]


def test_a_semicolon_cell_kept_so_says_nothing(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-KP-02"], 6): "Vraagt buurman"})
    out = tmp_path / "lease-v2.xlsx"
    code, _, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    assert "joined by '; '" not in stderr
    assert openpyxl.load_workbook(out)["Klantreis"]["B6"].value == "Ziet een flyer; Vraagt buurman"
