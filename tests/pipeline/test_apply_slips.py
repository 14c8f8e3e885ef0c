"""Two slips of a team that ``apply`` used to take without a word (round 17, new user): a card's row deleted
in the changes sheet, the Excel way to remove a line, left the card on the canvas ("nothing to apply", or
"0 removed" beside the other edits); and the current journey's changes applied to the ideal workbook beside it
(its copy: most cards alike) were taken for "the same workbook under another name"."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.support.cli import run
from tests.support.workshop import canvas, fill, kit_of, lane_items


def _without_row(changes: Path, row: int) -> None:
    book = openpyxl.load_workbook(changes)
    book.active.delete_rows(row)
    book.save(changes)


def test_a_cards_row_deleted_in_the_changes_sheet_is_said_with_the_action_that_removes_it(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F2-KP-01"], 6): "Vult het formulier online in"})
    _without_row(changes, rows["F3-KP-01"])  # 'Haalt fiets op', deleted as a line in Excel
    code, out, err = run("apply", source, changes, "-o", tmp_path / "v2.xlsx")
    said = " ".join(err.split())
    assert code == 0 and "1 changed, 0 removed" in out, err
    assert (
        "the rows of 1 card(s) the kit printed are no longer in the changes sheet (F3-KP-01 'Haalt fiets op'): a "
        "row taken out removes nothing, the card(s) stay; to remove a card, put its row back and write 'weg' in "
        "its Actie column" in said
    )
    assert lane_items(tmp_path / "v2.xlsx")[("Levering", "Klantproces")] == ["Haalt fiets op"]  # nothing guessed
    # a sheet with every row kept says nothing of the kind
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F3-KP-01"], 5): "weg"})
    code, out, err = run("apply", source, changes, "-o", tmp_path / "v3.xlsx")
    assert code == 0 and "1 removed" in out and "no longer in the changes sheet" not in err


def test_the_current_journeys_changes_applied_to_the_ideal_workbook_beside_it_are_refused(tmp_path: Path) -> None:
    current = canvas(tmp_path / "lease-huidig.xlsx")
    ideal = canvas(tmp_path / "lease-ideaal.xlsx", {"D6": "Fiets wordt thuisbezorgd"})  # a copy, one card other
    changes, rows = kit_of(current, tmp_path)
    fill(changes, {(rows["F1-IP-01"], 5): "weg"})
    code, _, err = run("apply", ideal, changes, "-o", tmp_path / "wrong-v2.xlsx")
    assert code == 1 and not (tmp_path / "wrong-v2.xlsx").exists()
    assert (
        "this changes workbook belongs to lease-huidig.xlsx, the current journey, not to lease-ideaal.xlsx, the "
        "ideal one" in " ".join(err.split())
    )
    assert "taken for the same workbook under another name" not in err
    # a copy under a name of no scenario, its sheet's and Scenario cell's neither: the same workbook, said
    code, out, err = run("apply", canvas(tmp_path / "lease-kopie.xlsx"), changes, "-o", tmp_path / "copy-v2.xlsx")
    assert code == 0 and "1 removed" in out
    assert "taken for the same workbook under another name" in " ".join(err.split())


def test_a_rows_id_mistyped_to_another_cards_is_refused_naming_both_cards(tmp_path: Path) -> None:
    """A fill-down in Excel writes card F2-KP-01's ID over F3-KP-01's row, whose text stays 'Haalt fiets op':
    applying it would change 'Vult formulier in', a card the team never touched (round 18, hostile F24)."""
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F3-KP-01"], 1): "F2-KP-01", (rows["F3-KP-01"], 6): "Haalt fiets op bij de dealer"})
    code, out, err = run("apply", source, changes, "-o", tmp_path / "v2.xlsx")
    said = " ".join(err.split())
    assert code == 1 and not (tmp_path / "v2.xlsx").exists(), out
    assert (
        f"A{rows['F3-KP-01']}: row {rows['F3-KP-01']}: its ID names card F2-KP-01 ('Vult formulier in'), but its "
        "'Tekst' is card F3-KP-01's ('Haalt fiets op'), whose own row is no longer in the sheet: was the ID "
        "mistyped? Write the ID of the card the row is about (F3-KP-01) in its ID column" in said
    ), said
    # the correction the sentence gives works: the card whose text it is gets the new text, the other stays
    fill(changes, {(rows["F3-KP-01"], 1): "F3-KP-01"})
    code, out, err = run("apply", source, changes, "-o", tmp_path / "v3.xlsx")
    assert code == 0, err
    items = lane_items(tmp_path / "v3.xlsx")
    assert items[("Levering", "Klantproces")] == ["Haalt fiets op bij de dealer"]
    assert items[("Aanvraag", "Klantproces")] == ["Vult formulier in"]


def test_an_id_typed_in_lower_case_with_a_space_is_one_id_everywhere(tmp_path: Path) -> None:
    """Hostile 19 F19: 'f2-kp-01 ' was applied, and in the same run its card's row was said to be "no longer in
    the changes sheet": one normalisation of IDs in every step. An ID typed without its zero ('F2-KP-1') is
    refused with the one it likely means, not "was the kit made from another one?"."""
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F2-KP-01"], 1): "f2-kp-01\u00a0 ", (rows["F2-KP-01"], 6): "Vult het formulier online in"})
    code, out, err = run("apply", source, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 0 and "1 changed" in out, err
    assert "no longer in the changes sheet" not in err, err
    assert "Vult het formulier online in" in lane_items(tmp_path / "v2.xlsx")[("Aanvraag", "Klantproces")]
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F2-KP-01"], 1): "F2-KP-1", (rows["F2-KP-01"], 6): "Vult het formulier online in"})
    code, out, err = run("apply", source, changes, "-o", tmp_path / "v3.xlsx")
    assert code == 1 and "there is no card 'F2-KP-1' in this workbook: did you mean 'F2-KP-01'?" in err, err
