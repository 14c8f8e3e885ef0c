"""A one-line cell the one "; " rule split into items of their own is said in plain `check`, one line naming the
cells, with the correction that keeps one whole (round 20, new user F3); a cell of lines, a cell kept whole (a
long part) and a KPI lane's cell (always split: its figures) are not in it."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run_clean
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book


def _book(path: Path, cells: dict[str, object]) -> Path:
    header = {"A1": "Fase", "B1": "Thuis", "C1": "Opname", "D1": "Herstel"}
    return make_book(path, {"Knie": header | cells})


def test_check_names_the_cells_split_at_semicolons_with_the_correction(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "knie.xlsx",
        {
            "A2": "Klantproces",
            "B2": "Oefent dagelijks met krukken; slaapt slecht",  # split: two short phrases
            "C2": "Wordt om 7:00 nuchter opgenomen op de afdeling; operatie duurt 1,5 uur",  # kept whole
            "D2": "Bellen\nMailen",  # lines: split as written, nothing to say
            "A3": "Pijnpunten",
            "B3": "Pijn; angst",
            "A4": "KPI's",
            "B4": "NPS 30; CES 4",  # a KPI lane always splits
        },
    )
    (journey,) = read_canvas(path).journeys
    assert [i.text for i in journey.lanes[0].cells[0]] == ["Oefent dagelijks met krukken", "slaapt slecht"]
    code, out, _ = run_clean("check", path)
    assert code == 0
    lines = [line for line in out.splitlines() if "'; ' split" in line]
    assert len(lines) == 1, out
    assert lines[0].endswith(
        "Knie: '; ' split B2, B3 into items of their own (each part a short phrase) — to keep one whole, "
        "write ', ' for its '; '"
    )


def test_the_correction_keeps_the_cell_one_item_and_nothing_is_said(tmp_path: Path) -> None:
    path = _book(tmp_path / "knie.xlsx", {"A2": "Klantproces", "B2": "Oefent dagelijks met krukken, slaapt slecht"})
    (journey,) = read_canvas(path).journeys
    assert [i.text for i in journey.lanes[0].cells[0]] == ["Oefent dagelijks met krukken, slaapt slecht"]
    _, out, _ = run_clean("check", path)
    assert "'; ' split" not in out
