"""The same changes workbook applied a second time, to the version it produced (new user 14, F15): one
sentence saying so, with the version and date, never a row-by-row "make a new kit"."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run
from tests.support.workshop import canvas, changes_rows, fill, kit_of, new_row


def test_changes_applied_again_to_their_version_are_refused_in_one_sentence(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    pain = next(card for card in rows if "-PP-" in card)
    score = next(card for card in rows if card.endswith("-SC"))
    fill(
        changes,
        {
            (rows[pain], 4): "Onduidelijke kosten en voorwaarden",  # the Text typed over, as teams do
            (rows[score], 5): "wijzigen",
            (rows[score], 6): 2,
            (new_row(rows), 2): "Levering",
            (new_row(rows), 3): "Pijnpunten",
            (new_row(rows), 6): "Fiets komt beschadigd aan",
        },
    )
    code, out, err = run("apply", source, changes, "-o", tmp_path / "lease-v2.xlsx")
    assert code == 0 and "2 changed" in out and "1 added" in out, err
    code, out, err = run("apply", tmp_path / "lease-v2.xlsx", changes, "-o", tmp_path / "lease-v3.xlsx")
    assert code == 1 and not (tmp_path / "lease-v3.xlsx").exists()
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err  # one sentence: no warning before it, no row's error after it
    assert "these changes are already applied to this workbook (version 4, dated " in lines[0]
    assert "so there is nothing to apply (to make that version again, apply them to lease.xlsx" in lines[0]
    assert "make a new kit" not in err
    # a workbook that has the printed texts (the kit's own) takes the changes as ever
    code, out, err = run("apply", source, changes, "-o", tmp_path / "lease-again.xlsx")
    assert code == 0, err
    assert changes_rows(changes) == rows
