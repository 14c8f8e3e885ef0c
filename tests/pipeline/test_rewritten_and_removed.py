"""Round 22 (the workshop loop): a card the team rewrote and then removed. Its text typed over in the changes
sheet and applied (version 2), then marked *weg* on the same row and applied to that version, was refused as
"already applied", and to a workbook where the rewrite stands it was said "taken out since the kit: nothing to
remove" — and stayed on the canvas. It is removed, said as the team did it: rewritten, and removed. A card that
reads other words in its place while the row writes none of them is refused (never taken for gone), and a new
text written on a row that removes its card is said, never dropped unsaid."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run_clean
from tests.support.workshop import canvas, fill, kit_of, lane_items

REWRITTEN = "Moet zelf een afspraak maken bij de dealer"  # "Haalt fiets op" (F3-KP-01, D6), rewritten completely


def test_a_card_rewritten_then_removed_on_its_row_is_removed_and_said_so(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    row = rows["F3-KP-01"]
    fill(changes, {(row, 4): REWRITTEN})  # the Text typed over, as teams do
    v2, v3 = tmp_path / "lease-v2.xlsx", tmp_path / "lease-v3.xlsx"
    code, out, err = run_clean("apply", source, changes, "-o", v2)
    assert code == 0 and "1 changed" in out, err
    assert lane_items(v2)[("Levering", "Klantproces")] == [REWRITTEN]
    fill(changes, {(row, 5): "weg"})  # and then the team took it out after all
    code, out, err = run_clean("apply", v2, changes, "-o", v3)
    said = " ".join(err.split())
    assert code == 0 and "0 changed, 1 removed" in out, said
    assert "already applied" not in said and "taken out since the kit" not in said
    assert (
        f"Wijzigingen!E{row}: row {row}: card F3-KP-01 was rewritten since the kit, from 'Haalt fiets op' to "
        f"'{REWRITTEN}' as the row writes it, and is removed, as the row asks" in said
    )
    assert lane_items(v3)[("Levering", "Klantproces")] == []
    assert lane_items(v3)[("Levering", "Intern proces")] == ["Dealer belt"]  # its neighbours as they were


def test_a_card_rewritten_in_the_workbook_and_removed_as_typed_is_removed(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    rewritten = canvas(tmp_path / "lease-nu.xlsx", {"D6": REWRITTEN})  # a colleague typed the rewrite in
    fill(changes, {(rows["F3-KP-01"], 4): REWRITTEN, (rows["F3-KP-01"], 5): "weg"})
    out = tmp_path / "v2.xlsx"
    code, stdout, err = run_clean("apply", rewritten, changes, "-o", out)
    said = " ".join(err.split())
    assert code == 0 and "1 removed" in stdout and "already as asked" not in stdout, said
    assert "was rewritten since the kit, from 'Haalt fiets op'" in said and "taken out since the kit" not in said
    assert lane_items(out)[("Levering", "Klantproces")] == []


def test_a_card_reading_other_words_in_its_place_is_never_taken_for_gone(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    rewritten = canvas(tmp_path / "lease-nu.xlsx", {"D6": REWRITTEN})
    row = rows["F3-KP-01"]
    fill(changes, {(row, 5): "weg"})  # the row as printed: it writes none of the card's words now
    out = tmp_path / "v2.xlsx"
    code, stdout, err = run_clean("apply", rewritten, changes, "-o", out)
    said = " ".join(err.split())
    assert code == 1 and not out.exists(), stdout
    assert (
        f"Wijzigingen!A{row}: row {row}: card F3-KP-01 ('Haalt fiets op') is to be removed, but no card of Levering · "
        f"Klantproces reads its printed text any more; card F3-KP-01 reads '{REWRITTEN}' in its place: rewritten "
        "since the kit, or another card? Nothing is removed by guess: to remove it, type its text as it reads now "
        "over the row's 'Tekst'" in said
    ), said
    assert "taken out since the kit" not in said and "Traceback" not in said


def test_a_new_text_on_a_row_that_removes_its_card_is_said_not_kept(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    row = rows["F2-PP-01"]  # "Wacht lang"
    fill(changes, {(row, 5): "weg", (row, 6): "Wacht twee weken op goedkeuring"})
    out = tmp_path / "v2.xlsx"
    code, stdout, err = run_clean("apply", source, changes, "-o", out)
    said = " ".join(err.split())
    assert code == 0 and "1 removed" in stdout, said
    assert (
        f"row {row}: card F2-PP-01 is removed as asked; its new text ('Wacht twee weken op goedkeuring') is not "
        "kept — to keep that text as a card, choose 'wijzigen' instead, or add it on a row of its own" in said
    )
    assert lane_items(out)[("Aanvraag", "Pijnpunten")] == []
