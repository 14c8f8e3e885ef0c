"""What ``apply`` writes into a cell reads back as exactly the cards the team meant (N1), keeps the
formatting of the lines it does not change (H20), raises a version without touching a date in its text
(H26), and leaves a formula in Versie or Datum alone (H8)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from canvasgen.pipeline.apply import ApplyOptions, apply_changes
from tests.kit.workshop import TODAY, canvas, fill, kit_of, lane_items, new_row


def _apply(source: Path, changes: Path, out: Path) -> list[str]:
    """Apply, and what it warned."""
    said: list[str] = []
    apply_changes(source, changes, out, ApplyOptions(today=TODAY, warn=lambda w: said.append(str(w))))
    return said


def test_a_longer_text_in_a_cell_of_short_parts_goes_on_lines_and_reads_back_as_the_same_cards(
    tmp_path: Path,
) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    # "Ziet een flyer; Vraagt collega" is two cards; typed over, the first is longer than a "; " part may be
    fill(changes, {(rows["F1-KP-01"], 4): "Ziet een flyer op het prikbord van de kantine"})
    said = _apply(source, changes, tmp_path / "v4.xlsx")
    assert lane_items(tmp_path / "v4.xlsx")[("Oriëntatie", "Klantproces")] == [
        "Ziet een flyer op het prikbord van de kantine", "Vraagt collega"]  # fmt: skip
    assert said == []


def test_a_short_change_keeps_the_cell_on_one_line(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-KP-02"], 4): "Vraagt de buurman"})
    _apply(source, changes, tmp_path / "v4.xlsx")
    assert lane_items(tmp_path / "v4.xlsx")[("Oriëntatie", "Klantproces")] == ["Ziet een flyer", "Vraagt de buurman"]
    assert openpyxl.load_workbook(tmp_path / "v4.xlsx")["Klantreis"]["B6"].value == "Ziet een flyer; Vraagt de buurman"


def test_a_new_text_that_would_read_back_as_two_cards_is_warned_at_its_row(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    fill(
        changes, {(rows["F3-KP-01"], 5): "aanpassen", (rows["F3-KP-01"], 6): "Krijgt de fiets thuis; uitleg per video"}
    )
    said = _apply(source, changes, tmp_path / "v4.xlsx")
    assert lane_items(tmp_path / "v4.xlsx")[("Levering", "Klantproces")] == [
        "Krijgt de fiets thuis",
        "uitleg per video",
    ]
    row = rows["F3-KP-01"]
    assert (
        len(said) == 1
        and f"Wijzigingen!A{row}: row {row}: card F3-KP-01: Klantreis!D6 will read back as 2 cards" in said[0]
    )
    assert "without '; '" in said[0]


def test_a_new_card_in_a_cell_of_short_parts_stays_one_card(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    at = new_row(rows)
    fill(changes, {(at, 2): "Oriëntatie", (at, 3): "Klantproces", (at, 4): "Leest de intranetpagina over fietslease"})
    said = _apply(source, changes, tmp_path / "v4.xlsx")
    assert lane_items(tmp_path / "v4.xlsx")[("Oriëntatie", "Klantproces")] == [
        "Ziet een flyer", "Vraagt collega", "Leest de intranetpagina over fietslease"]  # fmt: skip
    assert said == []
