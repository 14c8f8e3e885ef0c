"""The workshop round trip loses nothing (#26 items 1-3, #34 items 5 and 11): what the team typed is what
``apply`` writes, versions only go forward, and nothing is written by mistake."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import pytest

from canvasgen import __version__
from canvasgen.analysis.cards import cards_of
from canvasgen.analysis.changes import raised
from canvasgen.pipeline.apply import ApplyOptions, apply_changes
from canvasgen.read.changes import RECORD_SHEET, read_record
from canvasgen.render.xlsx.changes_sheet import write_changes
from tests.support.cli import run
from tests.support.layouts import canvas_of
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES
from tests.support.workshop import canvas as lease_canvas
from tests.support.workshop import fill, kit_of, lane_changes, lane_items

WEBSHOP = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"
TODAY = dt.date(2026, 12, 1)


def card_text(card_id: str, source: Path = WEBSHOP) -> str:
    return next(c.text for c in cards_of(read_canvas(source)) if c.id == card_id)


# --- 1. apply reads what the team wrote ---------------------------------------------------------------


def test_text_typed_over_a_card_is_a_change_and_an_untouched_sheet_writes_nothing(tmp_path: Path) -> None:
    changes, rows = kit_of(WEBSHOP, tmp_path)
    untouched = tmp_path / "untouched.xlsx"
    shutil.copy(changes, untouched)
    old = card_text("F1-KP-01")
    fill(changes, {(rows["F1-KP-01"], 4): "Ziet een Reel van een plantfluencer"})  # typed over, no action
    code, out, err = run("apply", WEBSHOP, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 0, err
    assert "1 changed, 0 removed, 0 added" in out
    assert lane_changes(canvas_of(WEBSHOP), read_canvas(tmp_path / "v2.xlsx")) == [
        ("Aandacht", "Klantproces", [], [], [(old, "Ziet een Reel van een plantfluencer")])
    ]
    code, out, err = run("apply", WEBSHOP, untouched, "-o", tmp_path / "v3.xlsx")
    assert code == 0 and "nothing to apply: no row changed" in out, err
    assert not (tmp_path / "v3.xlsx").exists()


def test_typed_over_text_with_keep_or_a_new_text_or_remove_the_teams_words_win_with_a_warning(tmp_path: Path) -> None:
    changes, rows = kit_of(WEBSHOP, tmp_path)
    fill(
        changes,
        {
            (rows["F1-KP-01"], 4): "Getypt over de kaart",
            (rows["F1-KP-01"], 5): "houden",
            (rows["F2-KP-01"], 4): "Ook getypt",
            (rows["F2-KP-01"], 6): "De nieuwe tekst",
            (rows["F3-KP-01"], 4): "Getypt en dan weg",
            (rows["F3-KP-01"], 5): "weg",
        },
    )
    code, out, err = run("apply", WEBSHOP, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 0, err
    assert "2 changed, 1 removed" in out
    assert f"row {rows['F1-KP-01']}: card F1-KP-01 says keep but its text was typed over" in err
    assert f"row {rows['F2-KP-01']}: card F2-KP-01 has a new text and text typed over its own" in err
    assert f"row {rows['F3-KP-01']}: card F3-KP-01 is removed as asked" in err
    after = {c.id: c.text for c in cards_of(read_canvas(tmp_path / "v2.xlsx"))}
    assert after["F1-KP-01"] == "Getypt over de kaart" and after["F2-KP-01"] == "De nieuwe tekst"
    assert card_text("F3-KP-01") not in after.values()


@pytest.mark.parametrize(
    ("word", "result"),
    [
        ("aanpassen", "1 changed"),
        ("Veranderen", "1 changed"),
        ("edit", "1 changed"),
        ("wijzigen", "1 changed"),
        ("verwijderen", "1 removed"),
        ("schrappen", "1 removed"),
        ("delete", "1 removed"),
        ("WEG", "1 removed"),
    ],
)
def test_action_synonyms_in_dutch_and_english(word: str, result: str, tmp_path: Path) -> None:
    source = lease_canvas(tmp_path / "lease.xlsx")  # the words are the point: the smallest canvas with cards
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-KP-01"], 5): word, (rows["F1-KP-01"], 6): "Nieuwe tekst"})
    code, out, err = run("apply", source, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 0 and result in out, err
    after = lane_items(tmp_path / "v2.xlsx")[("Oriëntatie", "Klantproces")]
    assert after == (["Nieuwe tekst", "Vraagt collega"] if "changed" in result else ["Vraagt collega"])


def test_keep_synonyms_leave_the_card_and_other_words_are_refused_with_their_row(tmp_path: Path) -> None:
    changes, rows = kit_of(WEBSHOP, tmp_path)
    fill(changes, {(rows["F1-KP-01"], 5): "behouden", (rows["F2-KP-01"], 5): "keep"})
    code, out, _ = run("apply", WEBSHOP, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 0 and "nothing to apply" in out
    fill(changes, {(rows["F3-KP-01"], 5): "misschien"})
    code, _, err = run("apply", WEBSHOP, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 1 and f"Wijzigingen!E{rows['F3-KP-01']}: row {rows['F3-KP-01']}: unknown action 'misschien'" in err
    assert "Traceback" not in err and not (tmp_path / "v2.xlsx").exists()


def test_the_action_drop_down_warns_and_the_lane_list_holds_only_lanes_that_take_cards(tmp_path: Path) -> None:
    changes, _ = kit_of(WEBSHOP, tmp_path)
    book = openpyxl.load_workbook(changes)
    sheet = book.active
    action = next(v for v in sheet.data_validations.dataValidation if "E" in str(v.sqref))
    assert action.errorStyle == "warning" and action.showErrorMessage and "aanpassen" in action.error
    lanes = [c.value for c in book["Lijsten"]["C"] if c.value]
    canvas = canvas_of(WEBSHOP)
    score = next(lane for lane in canvas.journeys[0].lanes if lane.kind == "score")
    assert score.heading not in lanes and "Klantproces" in lanes
    assert book[RECORD_SHEET].sheet_state == "veryHidden"


def test_a_new_card_without_a_lane_or_phase_or_in_the_score_row_names_its_row(tmp_path: Path) -> None:
    changes, rows = kit_of(WEBSHOP, tmp_path)
    first = max(rows.values()) + 2
    score = next(lane for lane in canvas_of(WEBSHOP).journeys[0].lanes if lane.kind == "score").heading
    fill(
        changes,
        {
            (first, 2): "Actie",
            (first, 6): "Zonder baan",
            (first + 1, 2): "Actie",
            (first + 1, 3): score,
            (first + 1, 6): "In de scores",
            (first + 2, 3): "Klantproces",
            (first + 2, 4): "Zonder fase",
        },
    )
    code, _, err = run("apply", WEBSHOP, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 1
    assert f"row {first}: the new card 'Zonder baan' has no lane" in err
    assert f"row {first + 2}: the new card 'Zonder fase' has no phase" in err
    assert f"row {first + 1}: the lane '{score}' holds the scores, which take no cards" in err


def test_a_changes_workbook_from_the_previous_kit_still_applies(tmp_path: Path) -> None:
    """Made before the kit kept the printed texts: rows apply as they did; a text that differs from the
    workbook cannot be told typed-over from edited, so that row is refused, saying why and what to do."""
    changes, rows = kit_of(WEBSHOP, tmp_path)
    book = openpyxl.load_workbook(changes)
    del book[RECORD_SHEET]
    book.save(changes)
    fill(changes, {(rows["F1-KP-01"], 6): "Via de nieuwe tekst", (rows["F2-KP-01"], 5): "weg"})
    code, out, err = run("apply", WEBSHOP, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 0 and "1 changed, 1 removed" in out, err
    # the record sheet deleted (round 18, hostile F5): said missing, not "made by an older canvasgen"
    assert (
        "the kit's record (its hidden sheet 'canvasgen') is missing: deleted, or not saved by the program that "
        "edited the workbook" in " ".join(err.split())
    ), err
    assert "made by an older canvasgen" not in err
    fill(changes, {(rows["F3-KP-01"], 4): "Getypt over de kaart"})
    code, _, err = run("apply", WEBSHOP, changes, "-o", tmp_path / "v3.xlsx")
    assert code == 1 and f"row {rows['F3-KP-01']}: card F3-KP-01 reads 'Getypt over de kaart' here" in err
    assert "record of the printed texts is missing" in err and "Nieuwe tekst" in err
    assert not (tmp_path / "v3.xlsx").exists()


def test_two_rows_for_one_card_are_refused_naming_both(tmp_path: Path) -> None:
    changes, rows = kit_of(WEBSHOP, tmp_path)
    copy = max(rows.values()) + 2  # the card's row copied below, with another action
    row = rows["F1-KP-01"]
    fill(
        changes,
        {
            (row, 5): "wijzigen",
            (row, 6): "Eerste versie",
            (copy, 1): "F1-KP-01",
            (copy, 4): card_text("F1-KP-01"),
            (copy, 5): "weg",
        },
    )
    code, _, err = run("apply", WEBSHOP, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 1 and err.count(f"rows {row} and {copy} both name card F1-KP-01 and ask different things") == 1
    assert not (tmp_path / "v2.xlsx").exists()


def test_an_action_that_is_a_formula_without_a_value_is_warned_with_its_row(tmp_path: Path) -> None:
    changes, rows = kit_of(WEBSHOP, tmp_path)
    fill(changes, {(rows["F1-KP-01"], 5): '=IF(TRUE,"weg","")', (rows["F2-KP-01"], 6): "Iets anders"})
    code, out, err = run("apply", WEBSHOP, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 0 and "1 changed, 0 removed" in out
    row = rows["F1-KP-01"]
    assert f"Wijzigingen!E{row}: row {row}: the action is a formula without a calculated value" in err


def test_a_cell_over_excels_limit_is_refused_with_its_card(tmp_path: Path) -> None:
    changes, rows = kit_of(WEBSHOP, tmp_path)
    fill(changes, {(rows["F1-KP-02"], 6): "lang " * 8_000})  # 40,000 characters into B11 beside F1-KP-01
    code, _, err = run("apply", WEBSHOP, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 1 and f"row {rows['F1-KP-02']} (card F1-KP-02)" in err and "over Excel's 32,767" in err
    assert not (tmp_path / "v2.xlsx").exists()


# --- 2. versions only go forward ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("0.9", "0.10"),
        ("2.9", "2.10"),
        ("3", "4"),
        ("v2", "v3"),
        ("2.1.9", "2.1.10"),
        ("0,9", "0,10"),
        ("1.09", "1.10"),
        ("20261014", "20261015"),
    ],
)
def test_a_version_is_raised_in_its_last_number(before: str, after: str) -> None:
    assert raised(before) == after


@pytest.mark.parametrize(
    ("stored", "number_format", "shown", "next_version"),
    [
        (0.9, "General", "0.9", "0.10"),
        (2.9, "General", "2.9", "2.10"),
        (3, "General", "3", "4"),
        (0.1, "0.00", "0.10", "0.11"),
        (20261014, "General", "20261014", "20261015"),
        ("0,9", "General", "0,9", "0,10"),
    ],
)
def test_a_version_goes_forward_as_text_and_reads_back_as_written(
    stored: object, number_format: str, shown: str, next_version: str, tmp_path: Path
) -> None:
    source = tmp_path / "canvas.xlsx"
    book = openpyxl.load_workbook(WEBSHOP)
    version = canvas_of(WEBSHOP).journeys[0].meta["version"].source
    assert version is not None
    cell = book[version.sheet][version.cell.split(":")[0]]
    cell.value, cell.number_format = stored, number_format
    book.save(source)
    assert read_canvas(source).journeys[0].meta["version"].text == shown  # check, diff and poster read this
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-KP-01"], 6): "Iets nieuws"})
    out = tmp_path / "v2.xlsx"
    assert apply_changes(source, changes, out, ApplyOptions(today=TODAY)).version == next_version
    cell = openpyxl.load_workbook(out)[version.sheet][version.cell.split(":")[0]]
    assert cell.value == next_version and cell.data_type == "s"  # text: "0.10" never becomes 0.1
    _, text, _ = run("check", out)
    assert f"version {next_version}," in text
    _, text, _ = run("diff", source, out)
    assert f"Versie: {shown} → {next_version}" in text


# --- 3. nothing written by mistake ------------------------------------------------------------------------


def test_o_onto_an_existing_file_is_refused_without_force_and_never_onto_the_inputs(tmp_path: Path) -> None:
    source = tmp_path / "canvas.xlsx"
    shutil.copy(WEBSHOP, source)
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-KP-01"], 6): "Iets nieuws"})
    existing = tmp_path / "bestaat.xlsx"
    existing.write_bytes(b"mijn eigen werk")
    code, _, err = run("apply", source, changes, "-o", existing)
    assert code == 1 and "already exists" in err and "--force" in err
    assert existing.read_bytes() == b"mijn eigen werk"
    code, out, err = run("apply", source, changes, "-o", existing, "--force")
    assert code == 0 and "1 changed" in out, err
    before = changes.read_bytes(), source.read_bytes()
    for target in (source, changes):
        code, _, err = run("apply", source, changes, "-o", target, "--force")
        assert code == 1 and "apply never overwrites" in err
    assert (changes.read_bytes(), source.read_bytes()) == before


def test_the_changes_workbook_records_what_made_it_and_apply_warns_when_it_differs(tmp_path: Path) -> None:
    changes, rows = kit_of(WEBSHOP, tmp_path)
    record = openpyxl.load_workbook(changes)[RECORD_SHEET]
    assert (record["A1"].value, record["B1"].value) == ("canvasgen", __version__)
    fill(changes, {(rows["F1-KP-01"], 6): "Iets nieuws"})
    code, _, err = run("apply", WEBSHOP, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 0 and "warning" not in err
    book = openpyxl.load_workbook(changes)
    book[RECORD_SHEET]["B1"] = "0.0.1"  # as another canvasgen wrote it: with its own checksum
    book[RECORD_SHEET]["B5"] = read_record(book).checksum()  # type: ignore[union-attr]
    book.save(changes)
    code, _, err = run("apply", WEBSHOP, changes, "-o", tmp_path / "v3.xlsx", "--lane", "Klantproces=pain_points")
    assert code == 1  # read otherwise, the cards are not where the kit found them: refused, not guessed
    assert f"made by canvasgen 0.0.1, this is canvasgen {__version__}" in err
    assert (
        "the kit read voorbeeld-webshop-kpis-v3.xlsx with the reading corrections none, apply reads it with "
        "--lane 'Klantproces=pain_points'" in err
    )


# --- #34 item 5: sheet XML through a real parser; macros ------------------------------------------------


def _rewrite_sheet(source: Path, target: Path, rewrite: object) -> None:
    import zipfile

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = rewrite(data.decode("utf-8")).encode("utf-8")  # type: ignore[operator]
            new.writestr(info, data)


def _quoted_and_prefixed(xml: str) -> str:
    """The same sheet with single-quoted attributes, an 'x:' prefix on every element, and no reference
    on the cells (their place counted): all valid XML that Excel and openpyxl read alike."""
    import re

    xml = re.sub(r'(\s[\w:]+)="([^"]*)"', r"\1='\2'", xml)
    xml = xml.replace(
        "xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'",
        "xmlns:x='http://schemas.openxmlformats.org/spreadsheetml/2006/main'",
    )
    xml = re.sub(r"<(/?)(?!\?)(?![\w]+:)(\w+)", r"<\1x:\2", xml)
    return xml


def test_single_quotes_prefixes_keep_lines_rows_and_dates(tmp_path: Path) -> None:
    plain = tmp_path / "plain.xlsx"
    book = openpyxl.load_workbook(WEBSHOP)
    date = canvas_of(WEBSHOP).journeys[0].meta["date"].source
    assert date is not None
    date_cell = date.cell.split(":")[0]
    book[date.sheet][date_cell].value = dt.datetime(2026, 10, 1)
    book[date.sheet][date_cell].number_format = "dd-mm-yyyy"
    book.save(plain)
    source = tmp_path / "quoted.xlsx"
    _rewrite_sheet(plain, source, _quoted_and_prefixed)
    assert "x:row r='" in __import__("zipfile").ZipFile(source).read("xl/worksheets/sheet1.xml").decode()
    assert [c.text for c in cards_of(read_canvas(source))] == [c.text for c in cards_of(read_canvas(plain))]
    changes, rows = kit_of(source, tmp_path)
    first, second = card_text("F1-KP-01"), card_text("F1-KP-02")  # two lines of one cell
    fill(changes, {(rows["F1-KP-02"], 6): "Bewaart de post voor later"})
    out = tmp_path / "v2.xlsx"
    apply_changes(source, changes, out, ApplyOptions(today=TODAY))
    sheet = openpyxl.load_workbook(out)[date.sheet]
    assert [c.text for c in read_canvas(out).journeys[0].lanes[0].cells[0]] == [first, "Bewaart de post voor later"]
    assert second not in str(sheet["B11"].value)
    assert sheet[date_cell].value == dt.datetime(2026, 12, 1) and sheet[date_cell].number_format == "dd-mm-yyyy"
    rows_seen = [
        r.get("r")
        for r in __import__("lxml.etree")
        .etree.fromstring(__import__("zipfile").ZipFile(out).read("xl/worksheets/sheet1.xml"))
        .iter("{*}row")
    ]
    assert len(rows_seen) == len(set(rows_seen))  # no row twice


@pytest.mark.parametrize("mac_dates", [False, True])
def test_the_date_is_set_in_the_workbooks_own_date_system(mac_dates: bool, tmp_path: Path) -> None:
    """A workbook that counts dates from 1904 (the old Mac system) gets today's serial in that system:
    counted from 1900, the 1st of December 2026 would read 2 December 2030 there."""
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    source = tmp_path / "canvas.xlsx"
    book = openpyxl.load_workbook(WEBSHOP)
    if mac_dates:
        book.epoch = CALENDAR_MAC_1904
    date = canvas_of(WEBSHOP).journeys[0].meta["date"].source
    assert date is not None
    date_cell = date.cell.split(":")[0]
    book[date.sheet][date_cell].value = dt.datetime(2026, 10, 1)
    book[date.sheet][date_cell].number_format = "dd-mm-yyyy"
    book.save(source)
    # a date cell, in the canvas's language (#31)
    assert read_canvas(source).journeys[0].meta["date"].text == "1 oktober 2026"
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-KP-02"], 6): "Bewaart de post voor later"})
    out = tmp_path / "v2.xlsx"
    apply_changes(source, changes, out, ApplyOptions(today=TODAY))
    again = openpyxl.load_workbook(out)
    assert again.epoch == (CALENDAR_MAC_1904 if mac_dates else openpyxl.utils.datetime.CALENDAR_WINDOWS_1900)
    assert again[date.sheet][date_cell].value == dt.datetime(2026, 12, 1)
    assert read_canvas(out).journeys[0].meta["date"].text == "1 december 2026"


def _with_macros(source: Path, target: Path) -> None:
    """``source`` as a macro-enabled workbook: a VBA part, its relationship and the .xlsm content type."""
    import zipfile

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                )
                data = data.replace(
                    b"</Types>",
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
                )
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdVBA" Type="http://schemas.microsoft'
                    b'.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
                    b"</Relationships>",
                )
            new.writestr(info, data)
        new.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 macros")


def test_xlsm_in_xlsm_out_or_its_macros_dropped_with_a_warning(tmp_path: Path) -> None:
    import zipfile

    source = tmp_path / "met-macros.xlsm"
    _with_macros(WEBSHOP, source)
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-KP-01"], 6): "Iets nieuws"})
    code, _, err = run("apply", source, changes, "-o", tmp_path / "v2.xlsm")
    assert code == 0 and "macros" not in err, err
    with zipfile.ZipFile(tmp_path / "v2.xlsm") as kept:
        assert kept.read("xl/vbaProject.bin") == b"\xd0\xcf\x11\xe0 macros"
        assert b"macroEnabled" in kept.read("[Content_Types].xml")
    code, _, err = run("apply", source, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 0 and "holds macros, which an .xlsx workbook cannot hold: they are left out" in err
    with zipfile.ZipFile(tmp_path / "v2.xlsx") as plain:
        assert "xl/vbaProject.bin" not in plain.namelist()
        assert b"macroEnabled" not in plain.read("[Content_Types].xml")
        assert b"vbaProject" not in plain.read("xl/_rels/workbook.xml.rels")
        assert b"spreadsheetml.sheet.main+xml" in plain.read("[Content_Types].xml")
    assert next(c.text for c in cards_of(read_canvas(tmp_path / "v2.xlsx"))) == "Iets nieuws"
    code, _, err = run("apply", WEBSHOP, changes, "-o", tmp_path / "v3.xlsm")
    assert code == 1 and "holds no macros" in err


def test_a_thousand_new_cards_in_one_cell_are_refused_before_excels_limit(tmp_path: Path) -> None:
    changes, rows = kit_of(WEBSHOP, tmp_path)
    first = max(rows.values()) + 2
    cells: dict[tuple[int, int], object] = {}
    for n in range(1_100):  # 1,100 cards of 30 characters: one cell of over 33,000
        cells.update(
            {(first + n, 2): "Actie", (first + n, 3): "Klantproces", (first + n, 6): f"Nieuwe kaart nummer {n:010d}"}
        )
    fill(changes, cells)
    code, _, err = run("apply", WEBSHOP, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 1 and f"row {first} (new card)" in err and "over Excel's 32,767 in a cell" in err
    assert not (tmp_path / "v2.xlsx").exists()
    # Hostile 12 (F18): the cause first, then the first rows by name and a count, not 1,100 rows in one line
    said = " ".join(err.split())
    assert said.index("over Excel's 32,767") < said.index(f"row {first} (new card)")
    assert "1,100 rows write into it" in said and "and 1,095 more" in said
    assert f"row {first + 1_099} " not in said and len(err) < 1_000


def test_a_canvas_from_csv_refuses_a_cell_over_excels_limit_too(tmp_path: Path) -> None:
    from canvasgen.pipeline.read import read
    from tests.support.workbooks import DATA

    source = DATA / "russian-stages-lookalike.csv"
    canvas = read(source)
    changes = tmp_path / "changes.xlsx"
    write_changes(cards_of(canvas), canvas, "nl", changes, "", source.name)
    card = next(c for c in cards_of(canvas) if c.journey is not None)
    rows = {c.id: n for n, c in enumerate(cards_of(canvas), start=3)}
    fill(changes, {(rows[card.id], 6): "слово " * 7_000})
    code, _, err = run("apply", source, changes, "-o", tmp_path / "new.xlsx")
    assert code == 1 and f"(card {card.id})" in err and "over Excel's 32,767" in err
    assert not (tmp_path / "new.xlsx").exists()


def test_the_poster_shows_a_version_as_excel_shows_it(tmp_path: Path) -> None:
    from tests.support.read_back import pdf_text

    source = tmp_path / "canvas.xlsx"
    book = openpyxl.load_workbook(WEBSHOP)
    version = canvas_of(WEBSHOP).journeys[0].meta["version"].source
    assert version is not None
    cell = book[version.sheet][version.cell.split(":")[0]]
    cell.value, cell.number_format = 0.1, "0.00"
    book.save(source)
    code, _, err = run("build", source, "-o", tmp_path / "out", "--no-pptx")
    assert code == 0, err
    assert "0.10" in pdf_text(tmp_path / "out" / "canvas.pdf")


def test_diff_says_a_card_taken_out_and_one_added_in_its_cell_as_such(tmp_path: Path) -> None:
    """Round 14: the team took one card out of a cell and added another; diff paired the two by position and said
    one card changed. A pair by place is one card only where both stand at the same place of the same cell (the
    card's key, as the kit numbers it); otherwise removed and added. A pair by place is said as such."""
    three = "Ziet een flyer\nVraagt collega\nLeest de intranetpagina over fietslease"
    source = lease_canvas(tmp_path / "lease.xlsx", {"B6": three})
    changes, rows = kit_of(source, tmp_path)
    new = max(rows.values()) + 2
    fill(
        changes,
        {
            (rows["F1-KP-02"], 5): "weg",
            (rows["F1-KP-03"], 6): "Leest de intranetpagina over de fietslease",
            (new, 2): "Oriëntatie",
            (new, 3): "Klantproces",
            (new, 6): "Belt HR",
            (rows["F2-PP-01"], 6): "Te duur",  # the one card of its cell, rewritten: the same card by its place
        },
    )
    out = tmp_path / "lease-v2.xlsx"
    code, stdout, err = run("apply", source, changes, "-o", out)
    assert code == 0 and "2 changed, 1 removed, 1 added" in stdout, err
    code, stdout, _ = run("diff", source, out)
    assert code == 0
    assert "Oriëntatie · Klantproces: eruit: Vraagt collega" in stdout
    assert "Oriëntatie · Klantproces: erbij: Belt HR" in stdout and "Vraagt collega → Belt HR" not in stdout
    assert "gewijzigd: Leest de intranetpagina over fietslease → Leest de intranetpagina over de fietslease" in stdout
    assert "Aanvraag · Pijnpunten: gewijzigd: Wacht lang → Te duur (op dezelfde plek herschreven)" in stdout
