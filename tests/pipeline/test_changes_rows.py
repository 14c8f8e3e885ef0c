"""How ``apply`` reads the rows a team left in the changes sheet: values as Excel shows them and error
values refused (H3), every copy of the sheet (H4), a card moved by its phase or lane (H5), rows without an
ID (H6), rows that ask nothing (H19), a new card's problems at their cell (H30), a phase renamed since the
kit (N17), two rows for one card said once (N18), and a tampered record (H13)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvasgen.errors import CanvasError
from canvasgen.pipeline.apply import ApplyOptions, apply_changes
from canvasgen.read.changes import RECORD_SHEET, read_changes, read_record
from tests.support.cli import run
from tests.support.workshop import TODAY, canvas, fill, kit_of, lane_items, new_row, with_formula


@pytest.fixture
def lease(tmp_path: Path) -> tuple[Path, Path, dict[str, int]]:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    return source, changes, rows


# --- H3: what Excel shows, not what it stores ----------------------------------------------------------


def test_the_kit_formats_the_text_columns_as_text(lease: tuple[Path, Path, dict[str, int]]) -> None:
    _, changes, rows = lease
    sheet = openpyxl.load_workbook(changes).active
    for row in (rows["F1-KP-01"], new_row(rows)):
        assert all(sheet.cell(row, col).number_format == "@" for col in (6, 7)), row
    assert all(sheet.cell(new_row(rows), col).number_format == "@" for col in (2, 3, 4))


def test_values_excel_converted_are_read_as_excel_shows_them(lease: tuple[Path, Path, dict[str, int]]) -> None:
    source, changes, rows = lease
    book = openpyxl.load_workbook(changes)
    sheet = book.active
    typed = {
        "F1-KP-01": (0.25, "0%"),
        "F1-KP-02": (dt.datetime(2026, 2, 1), "d-m"),
        "F1-IP-01": (0.5, "0.0"),
        "F2-KP-01": (1234.5, "€ #,##0.00"),
        "F2-IP-01": (612345678, "0"),
    }
    for card, (value, shown) in typed.items():  # as Excel stores "25%", "1-2", "0,5" ... in a General cell
        sheet.cell(rows[card], 6).value, sheet.cell(rows[card], 6).number_format = value, shown
    book.save(changes)
    read = {c.id: c.new_text for c in read_changes(changes).rows if c.new_text}
    assert read == {
        "F1-KP-01": "25%",
        "F1-KP-02": "1-2",
        "F1-IP-01": "0,5",
        "F2-KP-01": "€ 1.234,50",
        "F2-IP-01": "612345678",
    }
    apply_changes(source, changes, source.parent / "v4.xlsx", ApplyOptions(today=TODAY))
    assert lane_items(source.parent / "v4.xlsx")[("Oriëntatie", "Klantproces")] == ["25%", "1-2"]


def test_an_error_value_is_refused_with_its_row_and_cell(lease: tuple[Path, Path, dict[str, int]]) -> None:
    source, changes, rows = lease
    row = rows["F1-KP-01"]
    # Excel stores "+ extra service" typed into a General cell as a formula whose value is #NAME?
    with_formula(changes, f"D{row}", "+ extra service", "#NAME?", "e")
    code, _, err = run("apply", source, changes, "-o", source.parent / "v4.xlsx")
    assert code == 1 and f"Wijzigingen!D{row}: row {row}: cell D{row} shows the error #NAME?" in err
    assert "#NAME?' " not in err.split("error")[-1] and not (source.parent / "v4.xlsx").exists()


# --- H4: a second copy of the sheet ---------------------------------------------------------------------


def _copy_sheet(changes: Path, title: str) -> None:
    book = openpyxl.load_workbook(changes)
    copy = book.copy_worksheet(book.worksheets[0])
    copy.title = title
    book.save(changes)


def test_every_copy_of_the_changes_sheet_is_applied(lease: tuple[Path, Path, dict[str, int]]) -> None:
    source, changes, rows = lease
    _copy_sheet(changes, "Groep 2")
    fill(changes, {(rows["F1-IP-01"], 5): "weg"})
    fill(changes, {(rows["F2-IP-01"], 5): "weg", (rows["F1-IP-01"], 5): "weg"}, sheet="Groep 2")  # the same twice
    code, out, err = run("apply", source, changes, "-o", source.parent / "v4.xlsx")
    assert code == 0 and "2 removed" in out
    assert "2 changes sheets (Wijzigingen, Groep 2): the rows of all of them are applied" in err
    items = lane_items(source.parent / "v4.xlsx")
    assert items[("Oriëntatie", "Intern proces")] == [] and items[("Aanvraag", "Intern proces")] == []


def test_two_copies_that_ask_different_things_of_a_card_are_refused_naming_both(
    lease: tuple[Path, Path, dict[str, int]],
) -> None:
    source, changes, rows = lease
    _copy_sheet(changes, "Groep 2")
    row = rows["F1-IP-01"]
    fill(changes, {(row, 5): "weg"})
    fill(changes, {(row, 6): "Flyer en intranet bij HR"}, sheet="Groep 2")
    code, _, err = run("apply", source, changes, "-o", source.parent / "v4.xlsx")
    assert code == 1
    assert err.count(f"rows {row} (Wijzigingen) and {row} (Groep 2) both name card F1-IP-01") == 1


def test_a_new_card_and_a_note_copied_into_a_second_sheet_count_once(
    lease: tuple[Path, Path, dict[str, int]],
) -> None:
    """A new card (no ID) written the same in two copies of the sheet is one card, said once with both rows;
    a note written the same in both copies is said once. A different new card in the copy is added too."""
    source, changes, rows = lease
    at = new_row(rows)
    card = {(at, 2): "Aanvraag", (at, 3): "Pijnpunten", (at, 6): "Hoort over  subsidie"}
    fill(changes, {**card, (rows["F1-IP-01"], 7): "Vraag HR"})
    _copy_sheet(changes, "Groep 2")
    fill(changes, {(at, 6): "Hoort over subsidie", (at + 1, 2): "Aanvraag", (at + 1, 3): "Pijnpunten"}, sheet="Groep 2")
    fill(changes, {(at + 1, 6): "Belt de helpdesk"}, sheet="Groep 2")
    code, out, err = run("apply", source, changes, "-o", source.parent / "v4.xlsx")
    assert code == 0 and "2 added" in out
    assert lane_items(source.parent / "v4.xlsx")[("Aanvraag", "Pijnpunten")] == [
        "Wacht lang",
        "Hoort over subsidie",
        "Belt de helpdesk",
    ]
    assert f"rows {at} (Wijzigingen) and {at} (Groep 2) add the same new card" in err
    assert out.count("Vraag HR") == 1


# --- H5: a card moved by its phase or lane ---------------------------------------------------------------


def test_a_card_moved_by_its_phase_or_lane_is_moved(lease: tuple[Path, Path, dict[str, int]]) -> None:
    source, changes, rows = lease
    fill(
        changes,
        {
            (rows["F2-KP-01"], 2): "Levering",
            (rows["F2-PP-01"], 3): "Klantproces",
            (rows["F1-PP-01"], 2): "Aanvraag",
            (rows["F1-PP-01"], 6): "Kosten pas laat duidelijk",
        },
    )
    code, out, _ = run("apply", source, changes, "-o", source.parent / "v4.xlsx")
    assert code == 0 and "3 moved" in out
    items = lane_items(source.parent / "v4.xlsx")
    assert items[("Aanvraag", "Klantproces")] == ["Wacht lang"]
    assert items[("Levering", "Klantproces")] == ["Haalt fiets op", "Vult formulier in"]
    assert items[("Aanvraag", "Pijnpunten")] == ["Kosten pas laat duidelijk"]
    assert items[("Oriëntatie", "Pijnpunten")] == []


def test_a_move_to_a_phase_that_is_not_there_is_refused_at_its_cell(lease: tuple[Path, Path, dict[str, int]]) -> None:
    source, changes, rows = lease
    row = rows["F2-KP-01"]
    fill(changes, {(row, 2): "Gebruik"})
    code, _, err = run("apply", source, changes, "-o", source.parent / "v4.xlsx")
    assert code == 1 and f"Wijzigingen!B{row}: row {row}: unknown phase 'Gebruik'" in err


# --- H6: rows without an ID ------------------------------------------------------------------------------


def test_a_row_without_an_id_with_a_cards_text_and_weg_is_refused_naming_the_cards_row(
    lease: tuple[Path, Path, dict[str, int]],
) -> None:
    source, changes, rows = lease
    at = new_row(rows)
    fill(changes, {(at, 2): "Oriëntatie", (at, 3): "Intern proces", (at, 4): "Flyer bij HR", (at, 5): "weg"})
    code, _, err = run("apply", source, changes, "-o", source.parent / "v4.xlsx")
    assert (
        code == 1
        and f"row {at}: a row without an ID is a new card, but 'Flyer bij HR' is card F1-IP-01 "
        f"(row {rows['F1-IP-01']}) already"
        in err
    )
    assert not (source.parent / "v4.xlsx").exists()


def test_a_new_card_with_text_in_both_columns_says_which_wins(lease: tuple[Path, Path, dict[str, int]]) -> None:
    source, changes, rows = lease
    at = new_row(rows)
    fill(changes, {(at, 2): "Aanvraag", (at, 3): "Pijnpunten", (at, 4): "Tekst hier", (at, 6): "Nieuw hier"})
    code, _, err = run("apply", source, changes, "-o", source.parent / "v4.xlsx")
    assert code == 0 and lane_items(source.parent / "v4.xlsx")[("Aanvraag", "Pijnpunten")] == [
        "Wacht lang",
        "Nieuw hier",
    ]
    assert (
        f"Wijzigingen!F{at}: row {at}: the new card has text under both Tekst and Nieuwe tekst: it reads "
        "'Nieuw hier' (the new text); 'Tekst hier' is not added" in err
    )


# --- H19, H30, N17, N18 ----------------------------------------------------------------------------------


def test_rows_that_ask_nothing_never_block_apply_even_after_the_workbook_changed(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F3-IP-01"], 5): "weg"})
    edited = canvas(tmp_path / "lease-edited.xlsx", {"B6": "Ziet een poster", "C6": None})  # F1-KP-01, F2-KP-01
    code, out, err = run("apply", edited, changes, "-o", tmp_path / "v4.xlsx")
    assert code == 0 and "1 removed" in out and "error" not in err and "skipped" not in err
    assert lane_items(tmp_path / "v4.xlsx")[("Levering", "Intern proces")] == []


def test_a_new_cards_missing_phase_or_lane_is_named_at_its_cell(lease: tuple[Path, Path, dict[str, int]]) -> None:
    source, changes, rows = lease
    at = new_row(rows)
    fill(changes, {(at, 3): "Klantproces", (at, 4): "Zonder fase", (at + 1, 2): "Aanvraag", (at + 1, 4): "Zonder baan"})
    code, _, err = run("apply", source, changes, "-o", source.parent / "v4.xlsx")
    assert code == 1
    assert f"Wijzigingen!B{at}: row {at}: the new card 'Zonder fase' has no phase" in err
    assert f"Wijzigingen!C{at + 1}: row {at + 1}: the new card 'Zonder baan' has no lane" in err


def test_a_phase_renamed_since_the_kit_is_said_with_its_new_name(lease: tuple[Path, Path, dict[str, int]]) -> None:
    source, changes, rows = lease
    renamed = canvas(source.parent / "lease-renamed.xlsx", {"C5": "Aanvraag via werkgever"})
    at = new_row(rows)
    fill(changes, {(at, 2): "Aanvraag", (at, 3): "Pijnpunten", (at, 4): "Formulier is lang"})
    code, _, err = run("apply", renamed, changes, "-o", source.parent / "v4.xlsx")
    assert code == 1
    assert (
        f"Wijzigingen!B{at}: row {at}: the phase 'Aanvraag' is named 'Aanvraag via werkgever' in the workbook "
        "now (it was renamed since the kit was made): write 'Aanvraag via werkgever' under Fase" in err
    )


def test_a_new_card_copied_into_a_second_sheet_in_a_renamed_phase_is_said_at_each_row(
    lease: tuple[Path, Path, dict[str, int]],
) -> None:
    """A new card placed once per row, with the kit's record: the same card in two copies of the sheet, in a
    phase renamed since the kit, is refused at each row with the rename said (its new name to write), and
    never taken for the same card added once."""
    source, changes, rows = lease
    renamed = canvas(source.parent / "lease-renamed.xlsx", {"C5": "Aanvraag via werkgever"})
    at = new_row(rows)
    fill(changes, {(at, 2): "Aanvraag", (at, 3): "Pijnpunten", (at, 6): "Formulier is lang"})
    _copy_sheet(changes, "Groep 2")
    code, _, err = run("apply", renamed, changes, "-o", source.parent / "v4.xlsx")
    assert code == 1 and "add the same new card" not in err
    for sheet in ("Wijzigingen", "Groep 2"):
        assert (
            f"{sheet}!B{at}: row {at}: the phase 'Aanvraag' is named 'Aanvraag via werkgever' in the workbook now"
        ) in err
    assert not (source.parent / "v4.xlsx").exists()


def test_a_kit_applied_to_another_canvas_never_claims_a_rename(lease: tuple[Path, Path, dict[str, int]]) -> None:
    """Round 5: a canvas whose phases differ in more than one place is not the kit's canvas with one phase
    renamed: the warning says which workbook the kit was made from, and no sentence says "renamed"."""
    source, changes, rows = lease
    other = canvas(source.parent / "offerte.xlsx", {"B5": "Kennismaking", "C5": "Offerte"})
    at = new_row(rows)
    fill(changes, {(at, 2): "Aanvraag", (at, 3): "Pijnpunten", (at, 4): "Formulier is lang"})
    code, _, err = run("apply", other, changes, "-o", source.parent / "v4.xlsx")
    assert code == 1 and "renamed" not in err
    assert "the kit was made from lease.xlsx, it is applied to offerte.xlsx" in err
    assert f"Wijzigingen!B{at}: row {at}: the phase 'Aanvraag' is one of lease.xlsx's" in err
    assert "apply these changes to lease.xlsx, or choose one of these phases" in err
    assert not (source.parent / "v4.xlsx").exists()
    same = canvas(source.parent / "lease.xlsx", {"B5": "Kennismaking", "C5": "Offerte"})  # edited in place
    code, _, err = run("apply", same, changes, "-o", source.parent / "v4.xlsx")
    assert code == 1 and "renamed" not in err
    assert "the phase 'Aanvraag' was in the workbook when the kit was made but is not any more" in err


def test_a_changes_sheet_applied_to_another_workbook_is_that_one_error_first_and_alone(
    lease: tuple[Path, Path, dict[str, int]],
) -> None:
    """Round 11 (finding 3): applied to another workbook (most printed cards not in it as printed), the
    mismatch is the error, alone: not a row per card advising a new kit from the wrong workbook. The same
    workbook under another name (a copy) is applied, with the warning naming both."""
    source, changes, rows = lease
    fill(changes, {(rows["F1-KP-01"], 6): "Ziet een poster", (rows["F2-IP-01"], 5): "weg"})
    other = canvas(
        source.parent / "ideaal.xlsx",
        {"B6": "Hoort het van HR", "C6": "Klikt op een link", "D6": "Krijgt de fiets thuis", "B7": "Mail van HR"},
    )
    code, out, err = run("apply", other, changes, "-o", source.parent / "v4.xlsx")
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [
        f"error: {changes}: this changes workbook belongs to lease.xlsx, not to ideaal.xlsx (4 of the 9 cards "
        "the kit printed are in ideaal.xlsx as printed): apply it to lease.xlsx"
    ]
    assert not (source.parent / "v4.xlsx").exists()
    copy = source.parent / "lease kopie.xlsx"
    copy.write_bytes(source.read_bytes())
    code, out, err = run("apply", copy, changes, "-o", source.parent / "v4.xlsx")
    assert code == 0 and "1 changed, 1 removed" in out
    assert "the kit was made from lease.xlsx, it is applied to lease kopie.xlsx (9 of the 9 cards" in err


# --- H13: a tampered record: one sentence, never a traceback ---------------------------------------------


def test_an_edited_record_is_said_and_not_used(lease: tuple[Path, Path, dict[str, int]]) -> None:
    source, changes, rows = lease
    book = openpyxl.load_workbook(changes)
    assert book[RECORD_SHEET].sheet_state == "veryHidden" and book[RECORD_SHEET].protection.sheet
    book[RECORD_SHEET]["B7"] = "Iets anders"
    book.save(changes)
    fill(changes, {(rows["F2-IP-01"], 5): "weg"})
    code, out, err = run("apply", source, changes, "-o", source.parent / "v4.xlsx")
    assert code == 0 and "1 removed" in out
    assert "the kit's record of the printed cards was edited since the kit was made" in err


_RECORD_CELLS = st.sampled_from(["B1", "B2", "B3", "B4", "B5", "A7", "B7", "C7", "D7", "A8"])
_VALUES = st.one_of(
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=40),
    st.sampled_from(
        [
            '{"sheets":{"*":{"phases-row":1e999}}}',
            '{"sheets":{"*":{"labels-col":0}}}',
            '{"sheets":{"*":{"labels-col":99999}}}',
            '{"sheets":{"*":{"phases-row":-3}}}',
            "[" * 5000 + "]" * 5000,
            '{"lanes":{"x":"banana"}}',
            '{"sheets":[1]}',
            '["a"]',
            "null",
        ]
    ),
    st.integers(),
    st.floats(allow_nan=False),
    st.none(),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(_RECORD_CELLS, _VALUES), min_size=1, max_size=3), st.booleans())
def test_any_record_gives_a_version_or_sentences_never_a_traceback(
    lease: tuple[Path, Path, dict[str, int]], edits: list[tuple[str, object]], summed: bool
) -> None:
    """Edited by hand, or by someone who also wrote its checksum again: either way one sentence at most."""
    source, changes, rows = lease
    tampered = changes.parent / "tampered.xlsx"
    book = openpyxl.load_workbook(changes)
    for ref, value in edits:
        book[RECORD_SHEET][ref] = value
    if summed:
        book[RECORD_SHEET]["B5"] = read_record(book).checksum()  # type: ignore[union-attr]
    book.active.cell(rows["F2-IP-01"], 5).value = "weg"
    book.save(tampered)
    out = changes.parent / "v4.xlsx"
    out.unlink(missing_ok=True)
    try:
        apply_changes(source, tampered, out, ApplyOptions(today=TODAY))
    except CanvasError as error:
        assert all(str(p).count("\n") == 0 for p in error.problems)
