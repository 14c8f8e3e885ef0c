"""Round 19 (#31): a text typed into one cell of the kit's changes sheet is one card unless it has line breaks,
as the sheet says. Written alone into a canvas cell, "Krijgt de fiets thuis; uitleg per video" read back as two
cards by the "; " rule for short parts; ``apply`` now names the cell in a hidden defined name
(``read.grid.ONE_CARD_NAME``) and the reader keeps its one line one card: kit -> apply -> read -> kit -> apply."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from canvasgen.pipeline.apply import ApplyOptions, apply_changes
from canvasgen.read.grid import ONE_CARD_NAME
from tests.support.cli import run_clean
from tests.support.other_formats import ods, ods_sheet
from tests.support.workshop import LEASE, TODAY, canvas, fill, kit_of, lane_items, new_row

ONE_CARD = "Krijgt de fiets thuis; uitleg per video"


def _apply(source: Path, changes: Path, out: Path) -> list[str]:
    said: list[str] = []
    apply_changes(source, changes, out, ApplyOptions(today=TODAY, warn=lambda w: said.append(str(w))))
    return said


def _changed(source: Path, folder: Path, card: str, text: str, out: Path) -> list[str]:
    changes, rows = kit_of(source, folder)
    fill(changes, {(rows[card], 5): "aanpassen", (rows[card], 6): text})
    return _apply(source, changes, out)


def test_the_changes_sheet_says_one_cell_is_one_card(tmp_path: Path) -> None:
    changes, _ = kit_of(canvas(tmp_path / "lease.xlsx"), tmp_path)
    said = " ".join(str(openpyxl.load_workbook(changes).active["A1"].value).split())
    assert "Wat u in één cel typt is één kaart, ook met '; ' erin; een nieuwe regel (Alt+Enter) begint" in said


def test_one_card_typed_with_a_semicolon_stays_one_card_through_the_next_kit_and_apply(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    v4 = tmp_path / "lease-v4.xlsx"
    assert _changed(source, tmp_path, "F3-KP-01", ONE_CARD, v4) == []
    assert lane_items(v4)[("Levering", "Klantproces")] == [ONE_CARD]
    book = openpyxl.load_workbook(v4)
    assert book["Klantreis"]["D6"].value == ONE_CARD  # the client's text as typed, nothing added
    name = book.defined_names[ONE_CARD_NAME]
    assert name.hidden and list(name.destinations) == [("Klantreis", "$D$6")]

    # the next kit prints it as one card; a card added below it in the next workshop keeps it one card
    changes, rows = kit_of(v4, tmp_path)
    assert "F3-KP-02" not in rows
    at = new_row(rows)
    fill(changes, {(at, 2): "Levering", (at, 3): "Klantproces", (at, 4): "Belt de dealer"})
    v5 = tmp_path / "lease-v5.xlsx"
    assert _apply(v4, changes, v5) == []
    assert lane_items(v5)[("Levering", "Klantproces")] == [ONE_CARD, "Belt de dealer"]


def test_a_one_card_cell_changed_into_short_parts_again_is_no_longer_kept_whole(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    v4 = tmp_path / "lease-v4.xlsx"
    _changed(source, tmp_path, "F3-KP-01", ONE_CARD, v4)
    v5 = tmp_path / "lease-v5.xlsx"
    _changed(v4, tmp_path, "F3-KP-01", "Haalt fiets op", v5)
    assert lane_items(v5)[("Levering", "Klantproces")] == ["Haalt fiets op"]
    assert ONE_CARD_NAME not in openpyxl.load_workbook(v5).defined_names


def test_a_text_typed_with_line_breaks_is_a_card_a_line_and_said_as_nothing_else(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    v4 = tmp_path / "lease-v4.xlsx"
    said = _changed(source, tmp_path, "F3-KP-01", "Krijgt de fiets thuis\nuitleg per video", v4)
    assert lane_items(v4)[("Levering", "Klantproces")] == ["Krijgt de fiets thuis", "uitleg per video"]
    assert said == []
    assert ONE_CARD_NAME not in openpyxl.load_workbook(v4).defined_names


def test_a_cell_typed_with_short_parts_outside_apply_still_splits(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx", {"D6": "Haalt fiets op; Tekent"})
    assert lane_items(source)[("Levering", "Klantproces")] == ["Haalt fiets op", "Tekent"]


def test_check_explain_says_the_cell_was_kept_one_card_by_apply(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    v4 = tmp_path / "lease-v4.xlsx"
    _changed(source, tmp_path, "F3-KP-01", ONE_CARD, v4)
    code, out, stderr = run_clean("check", "--explain", v4)
    assert code == 0, stderr
    said = " ".join(out.split())
    assert "'; ' kept inside D6: apply wrote each as one card, typed in one cell of the changes sheet" in said, said
    assert "kept inside D6: a part is longer" not in said


def test_one_card_typed_with_a_semicolon_stays_one_card_in_the_new_workbook_of_an_ods(tmp_path: Path) -> None:
    """A canvas with no cells to patch (an .ods): the new workbook written from the model names the cell too."""
    cells = {k: v for k, v in LEASE.items() if not isinstance(v, dt.date)}
    source = ods(tmp_path / "lease.ods", {"Klantreis": ods_sheet(cells)})
    v4 = tmp_path / "lease-v4.xlsx"
    assert _changed(source, tmp_path, "F3-KP-01", ONE_CARD, v4) == []
    assert lane_items(v4)[("Levering", "Klantproces")] == [ONE_CARD]
    assert lane_items(v4)[("Oriëntatie", "Klantproces")] == ["Ziet een flyer", "Vraagt collega"]  # two cards, two


def test_one_card_typed_with_a_bar_stays_one_card_too(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    v4 = tmp_path / "lease-v4.xlsx"
    assert _changed(source, tmp_path, "F3-KP-01", "Krijgt de fiets thuis | met uitleg", v4) == []
    assert lane_items(v4)[("Levering", "Klantproces")] == ["Krijgt de fiets thuis | met uitleg"]
