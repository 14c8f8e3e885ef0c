"""diff of phases moved or renamed in place (round 18, hostile F25): the columns of two phases swapped, names
and cards together, said "geen wijzigingen"; two phase names swapped over cards that stayed were every card
"gewijzigd … (op dezelfde plek herschreven)". A new order is one change; swapped names are two phases renamed."""

from __future__ import annotations

from pathlib import Path

from canvasgen.analysis.diff import compare
from canvasgen.web.tables import diff_table
from tests.support.cli import run
from tests.support.reading import read_canvas
from tests.support.workbooks import Cells, make_book

PHASES = {"B": "Oriëntatie", "C": "Aanvraag", "D": "Levering"}
CARDS = {
    "Klantproces": {"B": "Ziet een flyer", "C": "Vult formulier in", "D": "Haalt fiets op"},
    "Pijnpunten": {"B": "Onduidelijke kosten", "C": "Wacht lang op akkoord", "D": "Fiets niet af"},
}


def _canvas(path: Path, columns: dict[str, str], names: dict[str, str] | None = None) -> Path:
    return make_book(path, {"Klantreis": _cells(columns, names)})


def _cells(columns: dict[str, str], names: dict[str, str] | None = None) -> Cells:
    """The canvas with each phase's column (names and cards) put where ``columns`` says, and then the names
    of ``names`` written over the phase row."""
    cells: Cells = {"A1": "Klantreis fietslease", "A5": "Fase"}
    for column, name in PHASES.items():
        cells[f"{columns[column]}5"] = name
    for row, (lane, cards) in enumerate(CARDS.items(), start=6):
        cells[f"A{row}"] = lane
        for column, text in cards.items():
            cells[f"{columns[column]}{row}"] = text
    for column, name in (names or {}).items():
        cells[f"{column}5"] = name
    return cells


def test_phases_moved_with_their_cards_are_one_change_of_order(tmp_path: Path) -> None:
    old = _canvas(tmp_path / "v1.xlsx", {"B": "B", "C": "C", "D": "D"})
    new = _canvas(tmp_path / "v2.xlsx", {"B": "D", "C": "C", "D": "B"})
    code, out, err = run("diff", old, new)
    assert code == 0, err
    assert "volgorde van de fasen gewijzigd: Oriëntatie | Aanvraag | Levering → Levering | Aanvraag | Oriëntatie" in out
    assert "geen wijzigingen" not in out and "Klantproces" not in out  # no card said changed
    # on the page too: one row
    changes = compare(read_canvas(old), read_canvas(new)).to_dict()
    rows = diff_table(changes, "nl")["rows"]
    assert [row[1:3] for row in rows] == [
        ["phases_reordered", "Oriëntatie | Aanvraag | Levering → Levering | Aanvraag | Oriëntatie"]
    ]
    # the same order says nothing of it
    code, out, _ = run("diff", old, _canvas(tmp_path / "v3.xlsx", {"B": "B", "C": "C", "D": "D"}))
    assert "volgorde" not in out and "geen wijzigingen" in out


def test_two_phase_names_swapped_over_cards_that_stayed_are_two_phases_renamed(tmp_path: Path) -> None:
    old = _canvas(tmp_path / "v1.xlsx", {"B": "B", "C": "C", "D": "D"})
    new = _canvas(tmp_path / "v2.xlsx", {"B": "B", "C": "C", "D": "D"}, {"B": "Aanvraag", "C": "Oriëntatie"})
    code, out, err = run("diff", old, new)
    assert code == 0, err
    lines = [line.strip() for line in out.splitlines() if line.strip().startswith("- ")]
    assert lines == ["- fase hernoemd: Oriëntatie → Aanvraag", "- fase hernoemd: Aanvraag → Oriëntatie"], out
    # a phase whose cards were rewritten under its own name is still that phase, its cards changed
    rewritten = {**_cells({"B": "B", "C": "C", "D": "D"}), "B6": "Hoort het van een collega", "B7": "Kosten?"}
    code, out, _ = run("diff", old, make_book(tmp_path / "v3.xlsx", {"Klantreis": rewritten}))
    assert "hernoemd" not in out
    assert "Oriëntatie · Klantproces: gewijzigd: Ziet een flyer → Hoort het van een collega" in out
