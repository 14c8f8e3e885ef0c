"""What ``apply`` writes into a cell reads back as exactly the cards the team meant (N1), keeps the
formatting of the lines it does not change (H20), raises a version without touching a date in its text
(H26), and leaves a formula in Versie or Datum alone (H8)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from canvasgen.analysis.changes import raised
from canvasgen.pipeline.apply import ApplyOptions, apply_changes
from tests.support.other_formats import ods, ods_sheet
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book
from tests.support.workshop import LEASE, TODAY, canvas, fill, kit_of, lane_changes, lane_items, new_row, with_formula


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
        "Ziet een flyer op het prikbord van de kantine",
        "Vraagt collega",
    ]
    assert said == []


def test_a_short_change_keeps_the_cell_on_one_line(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-KP-02"], 4): "Vraagt de buurman"})
    _apply(source, changes, tmp_path / "v4.xlsx")
    assert lane_items(tmp_path / "v4.xlsx")[("Oriëntatie", "Klantproces")] == ["Ziet een flyer", "Vraagt de buurman"]
    assert openpyxl.load_workbook(tmp_path / "v4.xlsx")["Klantreis"]["B6"].value == "Ziet een flyer; Vraagt de buurman"


def test_a_new_text_with_short_parts_joined_by_semicolons_reads_back_as_the_one_card_typed(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    fill(
        changes, {(rows["F3-KP-01"], 5): "aanpassen", (rows["F3-KP-01"], 6): "Krijgt de fiets thuis; uitleg per video"}
    )
    said = _apply(source, changes, tmp_path / "v4.xlsx")
    # one cell of the changes sheet is one card (the sheet says so): its "; " is the team's, not a separator
    typed = "Krijgt de fiets thuis; uitleg per video"
    assert lane_items(tmp_path / "v4.xlsx")[("Levering", "Klantproces")] == [typed]
    assert openpyxl.load_workbook(tmp_path / "v4.xlsx")["Klantreis"]["D6"].value == typed
    assert said == []


def test_a_new_card_in_a_cell_of_short_parts_stays_one_card(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    at = new_row(rows)
    fill(changes, {(at, 2): "Oriëntatie", (at, 3): "Klantproces", (at, 4): "Leest de intranetpagina over fietslease"})
    said = _apply(source, changes, tmp_path / "v4.xlsx")
    assert lane_items(tmp_path / "v4.xlsx")[("Oriëntatie", "Klantproces")] == [
        "Ziet een flyer",
        "Vraagt collega",
        "Leest de intranetpagina over fietslease",
    ]
    assert said == []


def test_an_invisible_character_in_a_new_card_is_no_read_back_warning(tmp_path: Path) -> None:
    """H11: what apply means a cell to hold is read as the reader reads a line (a stray zero-width joiner
    is dropped), so the same cards are never warned as "2 cards, not 2 as meant"."""
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    at = new_row(rows)
    fill(changes, {(at, 2): "Oriëntatie", (at, 3): "Klantproces", (at, 4): "Leest\u200d intranet; belt HR daarna"})
    said = _apply(source, changes, tmp_path / "v4.xlsx")
    assert lane_items(tmp_path / "v4.xlsx")[("Oriëntatie", "Klantproces")] == [
        "Ziet een flyer",
        "Vraagt collega",
        "Leest intranet; belt HR daarna",
    ]
    assert said == []


# --- H26: a version raised in its version number, never in a date or a year beside it ------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("3 (mei 2026)", "4 (mei 2026)"),
        ("Versie 2 van 12-05-2026", "Versie 3 van 12-05-2026"),
        ("2.1 (2026-05-12)", "2.2 (2026-05-12)"),
        ("2026-05 v3", "2026-05 v4"),
        ("V3 – 2026", "V4 – 2026"),
        ("0.9", "0.10"),
        ("2.1.9", "2.1.10"),
        ("2026", "2027"),
    ],
)
def test_a_version_is_raised_in_its_number_never_in_a_date_or_year(before: str, after: str) -> None:
    assert raised(before) == after


def test_apply_raises_3_mei_2026_to_4_mei_2026(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx", {"B2": "3 (mei 2026)"})
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-IP-01"], 5): "weg"})
    _apply(source, changes, tmp_path / "v4.xlsx")
    assert read_canvas(tmp_path / "v4.xlsx").journeys[0].meta["version"].text == "4 (mei 2026)"


# --- H8: a formula in Versie or Datum --------------------------------------------------------------------


def test_a_formula_in_the_date_is_left_alone_with_a_warning_naming_its_cell(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    with_formula(source, "B3", "TODAY()", "46140")  # as LibreOffice saves =TODAY(): with the date it worked out
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-IP-01"], 5): "weg"})
    said = _apply(source, changes, tmp_path / "v4.xlsx")
    assert any("lease.xlsx: Klantreis!B3: the date is the formula =TODAY(): left as it is" in w for w in said)
    book = openpyxl.load_workbook(tmp_path / "v4.xlsx")
    assert book["Klantreis"]["B3"].value == "=TODAY()" and book["Klantreis"]["B2"].value == "4"
    assert lane_items(tmp_path / "v4.xlsx")[("Oriëntatie", "Intern proces")] == []


# --- H20: the other lines of a rich-text cell keep their formatting -------------------------------------


def test_changing_one_line_of_a_rich_text_cell_keeps_the_formatting_of_the_others(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    book = openpyxl.load_workbook(source)
    red = InlineFont(b=True, color="00FF0000")
    book["Klantreis"]["C6"] = CellRichText(TextBlock(red, "BELANGRIJK"), " vult formulier in\nWacht op HR")
    book.save(source)
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F2-KP-02"], 4): "Wacht op akkoord van HR"})
    _apply(source, changes, tmp_path / "v4.xlsx")
    after = openpyxl.load_workbook(tmp_path / "v4.xlsx", rich_text=True)["Klantreis"]["C6"].value
    assert str(after) == "BELANGRIJK vult formulier in\nWacht op akkoord van HR"
    first = after[0]
    assert isinstance(first, TextBlock) and first.text == "BELANGRIJK"
    assert first.font.b and first.font.color.rgb == "00FF0000"
    assert all(not isinstance(block, TextBlock) or not block.font.b for block in after[1:])


def test_a_kpi_cell_is_a_card_per_figure_and_a_change_keeps_its_semicolons(tmp_path: Path) -> None:
    """The one "; " rule in the kit: a KPI lane always splits, so each figure is a card, and a changed
    figure is written back between its "; " and reads back as the same cards."""
    kpis = "Conversie 2,4% (doel 3%); Wachttijd bij de kassa 4 min (doel 2 min)"
    source = canvas(tmp_path / "lease.xlsx", {"A10": "KPI's", "B10": kpis})
    changes, rows = kit_of(source, tmp_path)
    kpi_cards = sorted(card for card in rows if card.startswith("F1-KI"))
    assert len(kpi_cards) == 2
    fill(changes, {(rows[kpi_cards[1]], 4): "Wachttijd bij de kassa 3 min (doel 2 min)"})
    said = _apply(source, changes, tmp_path / "v4.xlsx")
    assert said == []
    assert lane_items(tmp_path / "v4.xlsx")[("Oriëntatie", "KPI's")] == [
        "Conversie 2,4% (doel 3%)",
        "Wachttijd bij de kassa 3 min (doel 2 min)",
    ]
    written = openpyxl.load_workbook(tmp_path / "v4.xlsx")["Klantreis"]["B10"].value
    assert written == "Conversie 2,4% (doel 3%); Wachttijd bij de kassa 3 min (doel 2 min)"


def test_a_cell_of_only_a_question_mark_is_an_item_and_apply_counts_what_diff_lists(tmp_path: Path) -> None:
    """A "?" is a team's open question (round 10): read as an item, a card of the kit; a new card in its cell
    is the one thing added, in apply's count and in the diff alike (it used to be dropped, then "added: ?")."""
    source = canvas(tmp_path / "lease.xlsx", {"D8": "?"})
    assert lane_items(source)[("Levering", "Pijnpunten")] == ["?"]
    changes, rows = kit_of(source, tmp_path)
    assert "F3-PP-01" in rows  # its own card
    at = new_row(rows)
    fill(changes, {(at, 2): "Levering", (at, 3): "Pijnpunten", (at, 4): "Fiets komt te laat"})
    applied = apply_changes(source, changes, tmp_path / "v4.xlsx", ApplyOptions(today=TODAY))
    assert (applied.changed, applied.removed, applied.added) == (0, 0, 1)
    assert lane_items(tmp_path / "v4.xlsx")[("Levering", "Pijnpunten")] == ["?", "Fiets komt te laat"]
    assert lane_changes(read_canvas(source), read_canvas(tmp_path / "v4.xlsx")) == [
        ("Levering", "Pijnpunten", ["Fiets komt te laat"], [], [])
    ]


# --- round 11, finding 1: a card for one phase of a cell merged over three lands in that phase only --------

#: The lease canvas with one pain point merged over all three phases (B8:D8), as people merge a shared one.
_MERGED = {"B8": "Onduidelijke kosten", "C8": None}


def _merged_canvas(path: Path) -> Path:
    return make_book(path, {"Klantreis": {**LEASE, **_MERGED}}, {"Klantreis": ["B8:D8"]})


@pytest.mark.parametrize(
    ("typed", "pains", "merges", "split"),
    [
        (  # a new card in the middle phase: the range is cut into its three phases
            {"new": ("Aanvraag", "Pijnpunten", "Geen bevestiging per mail")},
            [["Onduidelijke kosten"], ["Onduidelijke kosten", "Geen bevestiging per mail"], ["Onduidelijke kosten"]],
            set(),
            "B8 · C8 · D8",
        ),
        (  # the merged card changed (one card: in every phase) and a new card in the last phase
            {"F1-PP-01": "Onduidelijke maandkosten", "new": ("Levering", "Pijnpunten", "Fiets te laat")},
            [["Onduidelijke maandkosten"], ["Onduidelijke maandkosten"], ["Onduidelijke maandkosten", "Fiets te laat"]],
            {"B8:C8"},
            "B8:C8 · D8",
        ),
        (  # a card moved into the first phase's pain points, from its Intern proces lane
            {"move": ("F1-IP-01", "Oriëntatie", "Pijnpunten")},
            [["Onduidelijke kosten", "Flyer bij HR"], ["Onduidelijke kosten"], ["Onduidelijke kosten"]],
            {"C8:D8"},
            "B8 · C8:D8",
        ),
        (  # only the merged card changed: still one cell merged over the three, as it was
            {"F1-PP-01": "Onduidelijke maandkosten"},
            [["Onduidelijke maandkosten"]] * 3,
            {"B8:D8"},
            None,
        ),
    ],
)
def test_a_card_added_to_one_phase_of_a_merged_cell_lands_in_that_phase_only(
    typed: dict[str, object], pains: list[list[str]], merges: set[str], split: str | None, tmp_path: Path
) -> None:
    source = _merged_canvas(tmp_path / "lease.xlsx")
    assert [items for (_, lane), items in lane_items(source).items() if lane == "Pijnpunten"] == [
        ["Onduidelijke kosten"]
    ] * 3  # the reader's model: the merged card in each phase it covers
    changes, rows = kit_of(source, tmp_path)
    cells: dict[tuple[int, int], object] = {}
    if "F1-PP-01" in typed:
        cells[rows["F1-PP-01"], 6] = typed["F1-PP-01"]
    if "new" in typed:
        phase, lane, text = typed["new"]  # type: ignore[misc]
        cells.update({(new_row(rows), 2): phase, (new_row(rows), 3): lane, (new_row(rows), 4): text})
    if "move" in typed:
        card, phase, lane = typed["move"]  # type: ignore[misc]
        cells.update({(rows[card], 2): phase, (rows[card], 3): lane})
    fill(changes, cells)
    out = tmp_path / "v4.xlsx"
    said = _apply(source, changes, out)
    after = lane_items(out)
    assert [after[phase, "Pijnpunten"] for phase in ("Oriëntatie", "Aanvraag", "Levering")] == pains
    assert {str(r) for r in openpyxl.load_workbook(out)["Klantreis"].merged_cells.ranges} == merges
    if split is None:
        assert said == []
    else:
        assert len(said) == 1 and "Klantreis!B8:D8: row " in said[0]
        assert "B8:D8 is one cell merged over 'Oriëntatie', 'Aanvraag' and 'Levering'" in said[0]
        assert f"it is split into {split}, so that every phase keeps what it held" in said[0]
    # diff says what the team added, in the phase they named: nothing added to the other phases (a move is
    # said as a move)
    added = [(phase, lane, new) for phase, lane, new, _, _ in lane_changes(read_canvas(source), read_canvas(out))]
    assert [a for a in added if a[2]] == [
        (phase, "Pijnpunten", items[-1:])
        for phase, items in zip(("Oriëntatie", "Aanvraag", "Levering"), pains)
        if len(items) == 2 and "new" in typed
    ]


def test_a_new_card_in_one_phase_of_a_merged_cell_of_an_ods_lands_in_that_phase_only(tmp_path: Path) -> None:
    """The same for a canvas with no cells to patch: the new workbook writes a merged card once only where
    a phase holds just what the phase before it holds; a phase that took a card is written in full."""
    cells = {k: v for k, v in {**LEASE, **_MERGED}.items() if v is not None and not isinstance(v, dt.date)}
    source = ods(tmp_path / "lease.ods", {"Klantreis": ods_sheet(cells, ["B8:D8"])})
    changes, rows = kit_of(source, tmp_path)
    at = new_row(rows)
    fill(changes, {(at, 2): "Aanvraag", (at, 3): "Pijnpunten", (at, 4): "Geen bevestiging per mail"})
    out = tmp_path / "v4.xlsx"
    _apply(source, changes, out)
    after = lane_items(out)
    assert [after[phase, "Pijnpunten"] for phase in ("Oriëntatie", "Aanvraag", "Levering")] == [
        ["Onduidelijke kosten"],
        ["Onduidelijke kosten", "Geen bevestiging per mail"],
        ["Onduidelijke kosten"],
    ]


def test_a_new_card_in_a_phase_with_a_blank_header_goes_into_that_phase_s_empty_cell(tmp_path: Path) -> None:
    # D5 left blank: the reader names the phase "Fase 3" (said in check); a new card for its empty
    # "Pijnpunten" cell has its place in column D, as in any other phase (it was refused: "cannot tell which cell")
    source = canvas(tmp_path / "lease.xlsx", {"D5": None})
    changes, rows = kit_of(source, tmp_path)
    at = new_row(rows)
    fill(changes, {(at, 2): "Fase 3", (at, 3): "Pijnpunten", (at, 6): "Fiets staat niet klaar bij de dealer"})
    said = _apply(source, changes, tmp_path / "v4.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "v4.xlsx")["Klantreis"]
    assert sheet["D8"].value == "Fiets staat niet klaar bij de dealer"
    assert sheet["D5"].value is None  # the header stays as the team left it
    assert lane_items(tmp_path / "v4.xlsx")[("Fase 3", "Pijnpunten")] == ["Fiets staat niet klaar bij de dealer"]
    assert said == []
