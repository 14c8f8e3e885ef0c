"""What a team types in the changes sheet in its own way, read as the kit meant it (round 20): an action in the
form one writes after the workshop ("verwijderd", "removed"), an ID whose hyphens Word made dashes; and a row that
cannot be read is never said to be a row the team took out."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.support.cli import run
from tests.support.workshop import canvas, fill, kit_of, lane_items


@pytest.mark.parametrize(
    ("remove", "change"),
    [
        ("verwijderd", "gewijzigd"),
        ("Weg.", "Aangepast"),
        ("removed", "changed"),
        ("deleted", "edited"),
        ("gelöscht", "geändert"),
        ("supprimée", "modifié"),
        ("borrado", "cambiado"),
    ],
)
def test_an_action_written_as_done_is_read_as_its_action(tmp_path: Path, remove: str, change: str) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F3-KP-01"], 5): remove, (rows["F2-KP-01"], 5): change, (rows["F2-KP-01"], 6): "Belt HR"})
    code, out, err = run("apply", source, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 0 and "1 changed, 1 removed" in out, err
    items = lane_items(tmp_path / "v2.xlsx")
    assert items[("Levering", "Klantproces")] == [] and items[("Aanvraag", "Klantproces")] == ["Belt HR"]


def test_a_row_of_an_unknown_action_is_refused_and_never_said_to_be_taken_out(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F3-KP-01"], 5): "weggooien"})
    code, _, err = run("apply", source, changes, "-o", tmp_path / "v2.xlsx")
    said = " ".join(err.split())
    assert code == 1 and f"E{rows['F3-KP-01']}: row {rows['F3-KP-01']}: unknown action 'weggooien'" in said, said
    assert "no longer in the changes sheet" not in said


@pytest.mark.parametrize("typed", ["F3\u2013KP\u201301", "F3_KP_01", "F3 KP 01", "f3kp01", "F3 \u2014 KP \u2014 01"])
def test_an_id_typed_with_other_dashes_or_none_names_its_card(tmp_path: Path, typed: str) -> None:
    """Hostile 20 F1: an en dash is what autocorrect makes of the printed hyphen; it looks the same."""
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F3-KP-01"], 1): typed, (rows["F3-KP-01"], 6): "Haalt fiets op bij de dealer"})
    code, out, err = run("apply", source, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 0 and "1 changed" in out, err
    assert "no longer in the changes sheet" not in err
    assert lane_items(tmp_path / "v2.xlsx")[("Levering", "Klantproces")] == ["Haalt fiets op bij de dealer"]


def test_a_row_whose_id_names_no_card_is_refused_naming_the_card_of_its_text_not_said_taken_out(
    tmp_path: Path,
) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F3-KP-01"], 1): "X9-KP-07", (rows["F3-KP-01"], 6): "Haalt fiets op bij de dealer"})
    code, _, err = run("apply", source, changes, "-o", tmp_path / "v2.xlsx")
    said = " ".join(err.split())
    assert code == 1 and "there is no card 'X9-KP-07' in this workbook: did you mean 'F3-KP-01'?" in said, said
    assert "no longer in the changes sheet" not in said
    # its Text typed over too: the ID alike but for a zero is the card's, not a row taken out
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F3-KP-01"], 1): "F3-KP-1", (rows["F3-KP-01"], 4): "Haalt fiets op bij de dealer"})
    code, _, err = run("apply", source, changes, "-o", tmp_path / "v2.xlsx")
    said = " ".join(err.split())
    assert code == 1 and "there is no card 'F3-KP-1' in this workbook: did you mean 'F3-KP-01'?" in said, said
    assert "no longer in the changes sheet" not in said


@pytest.mark.parametrize(("typed", "score"), [("\u20132", -2), ("\u2212 2", -2), ("- 1", -1), ("+ 2", 2)])
def test_a_score_typed_with_the_minus_a_word_processor_writes_is_taken_as_check_reads_it(
    tmp_path: Path, typed: str, score: int
) -> None:
    """Hostile 20 F15: '–2' (an en dash, as autocorrect writes ' - 2') was refused though the reader reads it."""
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-SC"], 6): typed})
    code, out, err = run("apply", source, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 0 and "1 changed" in out, err
    assert openpyxl.load_workbook(tmp_path / "v2.xlsx")["Klantreis"]["B9"].value == score


def test_a_card_to_remove_that_a_colleague_reworded_since_the_kit_is_refused_naming_it_never_counted_as_done(
    tmp_path: Path,
) -> None:
    """Hostile 20 F4: a card reworded in the workbook after the kit was said "taken out since the kit: nothing to
    remove", counted "already as asked", and stayed on the canvas; exit 0."""
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    reworded = canvas(tmp_path / "lease-nu.xlsx", {"D6": "Haalt de fiets op bij de dealer"})
    fill(changes, {(rows["F3-KP-01"], 5): "weg", (rows["F2-KP-01"], 6): "Vult het formulier online in"})
    code, out, err = run("apply", reworded, changes, "-o", tmp_path / "v2.xlsx")
    said = " ".join(err.split())
    assert code == 1 and not (tmp_path / "v2.xlsx").exists(), out
    assert (
        f"row {rows['F3-KP-01']}: card F3-KP-01 ('Haalt fiets op') is to be removed, but no card of Levering · "
        "Klantproces reads its printed text any more; card F3-KP-01 reads 'Haalt de fiets op bij de dealer', close "
        "to it: reworded since the kit?" in said
    ), said
    assert "taken out since the kit" not in said
    code, out, err = run("apply", reworded, changes, "-o", tmp_path / "v2.xlsx", "--partial")
    assert code == 0 and "1 changed, 0 removed" in out and "already as asked" not in out, out
    assert lane_items(tmp_path / "v2.xlsx")[("Levering", "Klantproces")] == ["Haalt de fiets op bij de dealer"]
    # a card truly taken out since the kit: nothing close to it left, so nothing to remove (said, as asked)
    gone = canvas(tmp_path / "lease-zonder.xlsx", {"D6": None})
    code, out, err = run("apply", gone, changes, "-o", tmp_path / "v3.xlsx")
    assert code == 0 and "1 already as asked" in out, err
    assert "no card there reads its printed text or one close to it: taken out since the kit" in " ".join(err.split())
