"""Round 19 (new user, F12): a kit of an ideal and a current journey applied a month later to the next version of
the workbook, where one phase was renamed on both sheets ("Loyalty" -> "Retention"): a new card in the old
phase was refused as if the kit were another workbook's. The rename is said, with the phase's new name, as it
is for a canvas of one journey; phases renamed at more places than one per journey are still no rename."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run
from tests.support.workbooks import make_book, satisfaction_sheet
from tests.support.workshop import fill, kit_of, new_row

SCORES = ("7", "6", "5", "8", "7")


def _book(path: Path, renamed: dict[str, str] | None = None) -> Path:
    sheets = {"IDEAL": satisfaction_sheet(SCORES, "Ideaal"), "CURRENT": satisfaction_sheet(SCORES, "Huidig")}
    for cells in sheets.values():
        cells.update(renamed or {})
    return make_book(path, sheets)


def test_a_phase_renamed_on_both_sheets_is_said_with_its_new_name(tmp_path: Path) -> None:
    source = _book(tmp_path / "stroom.xlsx")
    (tmp_path / "kit").mkdir()
    changes, rows = kit_of(source, tmp_path / "kit")
    at = new_row(rows)
    fill(changes, {(at, 2): "Huidig · Aankoop", (at, 3): "Pijnpunten", (at, 4): "Formulier is lang"})
    month_later = _book(tmp_path / "stroom-v2-maand.xlsx", {"D4": "Koop"})
    code, _, err = run("apply", month_later, changes, "-o", tmp_path / "v3.xlsx")
    said = " ".join(err.split())
    assert code == 1
    assert (
        f"row {at}: the phase 'Huidig · Aankoop' is named 'Huidig · Koop' in the workbook now (it was renamed since "
        "the kit was made): write 'Huidig · Koop' under Fase for this card, or make a new kit"
    ) in said
    other = _book(tmp_path / "ander.xlsx", {"C4": "Kiezen", "D4": "Koop"})  # two phases of a journey: no rename
    code, _, err = run("apply", other, changes, "-o", tmp_path / "v3.xlsx")
    assert code == 1 and "renamed since the kit" not in err
