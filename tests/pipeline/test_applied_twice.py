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


def test_a_changes_workbook_of_another_canvas_counts_the_cards_the_kit_printed(tmp_path: Path) -> None:
    """New user 14 (F26): the refusal counted the phases' score rows, which are no printed cards ("0 of the 91
    cards the kit printed" for a kit of 79 cards): the count is the kit's."""
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    printed = [card for card in rows if not card.endswith("-SC")]
    other = canvas(
        tmp_path / "ander.xlsx",
        {
            **{cell: f"Iets anders {n}" for n, cell in enumerate(("B6", "C6", "D6", "B7", "C7", "D7", "B8", "C8"))},
            **dict.fromkeys(("A9", "B9", "C9", "D9")),  # no score row: the kit's score rows are no cards of it
        },
    )
    code, _, err = run("apply", other, changes, "-o", tmp_path / "ander-v2.xlsx")
    assert code == 1
    assert f"(0 of the {len(printed)} cards the kit printed are in ander.xlsx as printed)" in " ".join(err.split())
