"""The paper round trip: the kit's changes workbook, filled in after a session, applied to the canvas.
The new version holds exactly the changes; bad rows are named with their row and nothing is written;
every part of the workbook that did not change is kept byte for byte."""

from __future__ import annotations

import datetime as dt
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.drawing.image import Image
from PIL import Image as Picture

from canvasgen.analysis.cards import cards_of, phase_choice
from canvasgen.cli import main
from canvasgen.errors import CanvasError
from canvasgen.pipeline.apply import ApplyOptions, apply_changes
from tests.support.cli import run
from tests.support.layouts import canvas_of
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES
from tests.support.workshop import fill, kit_of, lane_changes, old_kit_of, with_formula

WEBSHOP = CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"
TODAY = dt.date(2026, 12, 1)


def test_one_change_one_removal_one_new_card_and_nothing_else(tmp_path: Path) -> None:
    changes, rows = kit_of(WEBSHOP, tmp_path)
    new_row = max(rows.values()) + 2  # under the "new cards" line
    # F1-KP-02 shares its cell (B11) with F1-KP-01: only that line changes
    fill(
        changes,
        {
            (rows["F1-KP-02"], 6): "Bewaart de post voor later",
            (rows["F2-IP-01"], 5): "weg",
            (new_row, 2): "Actie",
            (new_row, 3): "Klantproces",
            (new_row, 6): "Betaalt met iDEAL",
        },
    )
    out = tmp_path / "v2.xlsx"
    applied = apply_changes(WEBSHOP, changes, out, ApplyOptions(today=TODAY))
    assert (applied.changed, applied.removed, applied.added, applied.version) == (1, 1, 1, "3.1")
    before, after = canvas_of(WEBSHOP), read_canvas(out)
    lanes = lane_changes(before, after)
    old_kp = before.journeys[0].lanes[0].cells[0]
    removed = before.journeys[0].lanes[1].cells[1][0].text
    assert lanes == [
        ("Aandacht", "Klantproces", [], [], [(old_kp[1].text, "Bewaart de post voor later")]),
        ("Afweging", "Intern proces", [], [removed], []),
        ("Actie", "Klantproces", ["Betaalt met iDEAL"], [], []),
    ]
    assert [i.text for i in after.journeys[0].lanes[0].cells[0]] == [old_kp[0].text, "Bewaart de post voor later"]
    meta = after.journeys[0].meta
    assert (meta["version"].text, meta["date"].text, meta["date"].value) == ("3.1", "1 december 2026", "2026-12-01")


def test_an_old_kits_involvement_card_edited_by_the_team_is_applied_to_its_cell(tmp_path: Path) -> None:
    """Kits made before involvement left the cards (#32) had a card for "Betrokken in fasen"; apply said
    "there is no card 'PE1-07'" for the team's edit of it. It is applied to the cell it was read from,
    with the kit's other rows, on the command line as on the page."""
    source = shutil.copy(WEBSHOP, tmp_path / "webshop.xlsx")
    changes, rows = old_kit_of(source, tmp_path)
    assert "PE1-07" in rows  # Noor's seventh line: Betrokken in fasen, "Alle fasen"
    fill(changes, {(rows["PE1-07"], 6): "Afweging en Actie", (rows["PE1-03"], 6): "Een groen huis"})
    result = CliRunner().invoke(main, ["apply", str(source), str(changes), "-o", str(tmp_path / "v2.xlsx")])
    assert result.exit_code == 0, result.output
    assert "there is no card" not in result.output
    [noor] = read_canvas(tmp_path / "v2.xlsx").personas
    assert noor.fields["phases"].text == "Afweging en Actie" and str(noor.fields["phases"].source) == "Personas!G2"
    assert noor.fields["goals"].text == "Een groen huis"
    assert openpyxl.load_workbook(tmp_path / "v2.xlsx")["Personas"]["G2"].value == "Afweging en Actie"


def test_bad_rows_are_named_with_their_row_and_nothing_is_written(tmp_path: Path) -> None:
    changes, rows = kit_of(WEBSHOP, tmp_path)
    new_row = max(rows.values()) + 2
    fill(
        changes,
        {
            (rows["F1-KP-01"], 1): "F9-KP-99",
            (rows["F1-KP-01"], 6): "iets",
            (new_row, 2): "Nergens",
            (new_row, 3): "Klantproces",
            (new_row, 6): "Nieuw",
        },
    )
    out = tmp_path / "v2.xlsx"
    with pytest.raises(CanvasError) as caught:
        apply_changes(WEBSHOP, changes, out)
    messages = [str(p) for p in caught.value.problems]
    assert len(messages) == 2
    assert f"row {rows['F1-KP-01']}: there is no card 'F9-KP-99'" in messages[0]
    assert f"row {new_row}: unknown phase 'Nergens'" in messages[1]
    assert not out.exists() and list(tmp_path.iterdir()) == [changes]


def test_partial_applies_the_good_rows_and_lists_the_others(tmp_path: Path) -> None:
    changes, rows = kit_of(WEBSHOP, tmp_path)
    fill(
        changes, {(rows["F1-KP-01"], 1): "F9-KP-99", (rows["F1-KP-01"], 6): "iets", (rows["F3-KP-01"], 6): "Rekent af"}
    )
    out = tmp_path / "v2.xlsx"
    result = CliRunner().invoke(main, ["apply", str(WEBSHOP), str(changes), "-o", str(out), "--partial"])
    assert result.exit_code == 0, result.output
    assert "skipped:" in result.output and "F9-KP-99" in result.output
    assert "1 changed, 0 removed, 0 added" in result.output
    assert read_canvas(out).journeys[0].lanes[0].cells[2][0].text == "Rekent af"


def test_a_card_edited_in_the_workbook_since_the_kit_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "canvas.xlsx"
    shutil.copy(WEBSHOP, source)
    changes, rows = kit_of(source, tmp_path)
    card = read_canvas(source).journeys[0].lanes[0].cells[0][0]
    book = openpyxl.load_workbook(source)
    assert card.source is not None
    cell = book[card.source.sheet][card.source.cell.split(":")[0]]
    cell.value = str(cell.value).replace(card.text, "Een andere tekst")
    book.save(source)
    fill(changes, {(rows["F1-KP-01"], 6): "Nieuw"})
    result = CliRunner().invoke(main, ["apply", str(source), str(changes), "-o", str(tmp_path / "v2.xlsx")])
    assert result.exit_code == 1
    assert f"row {rows['F1-KP-01']}: card F1-KP-01 now reads" in result.output and "make a new kit" in result.output
    assert "--partial" in result.output  # the rest of the workshop's rows need not be typed again


def test_a_card_edited_in_the_workbook_since_the_kit_to_what_the_row_asks_is_no_conflict(tmp_path: Path) -> None:
    """New user, round 18: a colleague made the team's change in the workbook meanwhile (the same new text):
    the row asks for what the card reads, said, nothing refused; the other rows applied."""
    source = tmp_path / "canvas.xlsx"
    shutil.copy(WEBSHOP, source)
    changes, rows = kit_of(source, tmp_path)
    card = read_canvas(source).journeys[0].lanes[0].cells[0][0]
    book = openpyxl.load_workbook(source)
    assert card.source is not None
    cell = book[card.source.sheet][card.source.cell.split(":")[0]]
    cell.value = str(cell.value).replace(card.text, "Zoekt via de app")
    book.save(source)
    fill(changes, {(rows["F1-KP-01"], 6): "Zoekt via de app", (rows["F3-KP-01"], 6): "Rekent af"})
    out = tmp_path / "v2.xlsx"
    result = CliRunner().invoke(main, ["apply", str(source), str(changes), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"row {rows['F1-KP-01']}: card F1-KP-01 was changed in the workbook since the kit to what the row asks" in (
        result.output
    )
    lanes = read_canvas(out).journeys[0].lanes
    assert lanes[0].cells[0][0].text == "Zoekt via de app" and lanes[0].cells[2][0].text == "Rekent af"
    assert "Traceback" not in result.output


def test_pictures_styles_and_drop_downs_are_kept(tmp_path: Path) -> None:
    source = tmp_path / "met-logo.xlsx"
    book = openpyxl.load_workbook(WEBSHOP)
    Picture.new("RGB", (40, 20), (200, 80, 20)).save(tmp_path / "logo.png")
    book["Klantreis"].add_image(Image(str(tmp_path / "logo.png")), "H1")
    book.save(source)
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-KP-01"], 6): "Ziet een video"})
    out = tmp_path / "v2.xlsx"
    apply_changes(source, changes, out)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(out) as new:
        assert old.namelist() == new.namelist()
        changed = [n for n in old.namelist() if old.read(n) != new.read(n)]
        assert changed == ["xl/worksheets/sheet1.xml"]  # the canvas sheet only
        assert any(n.startswith("xl/media/") for n in new.namelist())
        sheet = new.read("xl/worksheets/sheet1.xml").decode()
        assert "<dataValidation" in sheet and "<drawing" in sheet
    kept = openpyxl.load_workbook(out)["Klantreis"]
    original = openpyxl.load_workbook(source)["Klantreis"]

    def look(cell: object) -> tuple[object, ...]:
        return (cell.font.name, cell.font.sz, cell.font.b, cell.fill.fgColor.rgb, cell.alignment.wrap_text)  # type: ignore[attr-defined]

    assert look(kept["B11"]) == look(original["B11"]) and kept["B11"].has_style
    assert kept["B11"].value.startswith("- Ziet een video") or kept["B11"].value.startswith("Ziet een video")


def test_apply_never_overwrites_its_input(tmp_path: Path) -> None:
    copy = tmp_path / "canvas.xlsx"
    shutil.copy(WEBSHOP, copy)
    changes, _ = kit_of(WEBSHOP, tmp_path)
    result = CliRunner().invoke(main, ["apply", str(copy), str(changes), "-o", str(copy)])
    assert result.exit_code == 1 and "never overwrites" in result.output


def test_a_cell_is_read_as_stored_shared_rich_or_inline_and_numbers_are_told_apart(tmp_path: Path) -> None:
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    from canvasgen.render.xlsx.patch import stored_cells

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "plain & <simple>"
    sheet["A2"] = CellRichText(["Ziet ", TextBlock(InlineFont(b=True), "een Reel"), " op Instagram"])
    sheet["A3"] = 3.5
    book.save(tmp_path / "b.xlsx")
    stored = stored_cells(tmp_path / "b.xlsx", {sheet.title: ["A1", "A2", "A3", "A4"]})
    got = [(stored[sheet.title, ref].text, stored[sheet.title, ref].number) for ref in ("A1", "A2", "A3", "A4")]
    assert got == [("plain & <simple>", False), ("Ziet een Reel op Instagram", False), ("3.5", True), ("", False)]


def test_a_renamed_touchpoint_takes_its_figures_rows_along(tmp_path: Path) -> None:
    changes, rows = kit_of(WEBSHOP, tmp_path)
    before = canvas_of(WEBSHOP)
    card = next(
        c
        for c in cards_of(before)
        if c.kind == "touchpoint"
        and any(
            m.touchpoint is not None and m.touchpoint.text == c.text and not m.origin.written for m in before.metrics
        )
    )
    fill(changes, {(rows[card.id], 6): "Reel met een plantfluencer"})
    out = tmp_path / "v2.xlsx"
    apply_changes(WEBSHOP, changes, out, ApplyOptions(today=TODAY))
    after = read_canvas(out)  # a figures row naming the old touchpoint would stop this
    named = [m.value for m in after.metrics if m.touchpoint is not None and m.touchpoint.text == card.text]
    moved = [
        m.value for m in after.metrics if m.touchpoint is not None and m.touchpoint.text == "Reel met een plantfluencer"
    ]
    assert not named and sorted(moved) == sorted(
        m.value for m in before.metrics if m.touchpoint is not None and m.touchpoint.text == card.text
    )


def test_a_new_card_in_a_long_table_goes_into_its_phase_row_under_its_lane(tmp_path: Path) -> None:
    source = Path(__file__).resolve().parents[2] / "tests" / "data" / "long-many-stages-lookalike.xlsx"
    before = read_canvas(source)
    journey = before.journeys[0]
    assert journey.shape == "long"
    phase, lane = next(
        (i, lane)
        for i, _ in enumerate(journey.phases)
        for lane in journey.lanes
        if lane.kind != "score" and not lane.cells[i]
    )
    changes, rows = kit_of(source, tmp_path)
    new_row = max(rows.values()) + 2
    where = phase_choice(before, 0, journey.phases[phase].name)
    fill(changes, {(new_row, 2): where, (new_row, 3): lane.heading, (new_row, 6): "Nova ideia"})
    out = tmp_path / "v2.xlsx"
    assert apply_changes(source, changes, out, ApplyOptions(today=TODAY)).added == 1
    after = read_canvas(out).journeys[0]
    assert [i.text for i in next(x for x in after.lanes if x.label == lane.label).cells[phase]] == ["Nova ideia"]
    added = [(phase_name, label, texts) for phase_name, label, texts, _, _ in lane_changes(before, read_canvas(out))]
    assert added == [(journey.phases[phase].name, lane.label, ["Nova ideia"])]


def test_the_teams_notes_are_said_with_their_cells_never_dropped(tmp_path: Path) -> None:
    """The note column (Notitie) holds the team's remarks, not a card's text: apply says each one with its card and
    cell, whether its row changed something, nothing, or is only a note; a note on a card is kept as a comment on
    the card's cell (round 20), a note on no card has no place in the canvas."""
    changes, rows = kit_of(WEBSHOP, tmp_path)
    only_note = max(rows.values()) + 3
    fill(
        changes,
        {
            (rows["F1-KP-02"], 6): "Bewaart de post voor later",
            (rows["F1-KP-02"], 7): "Besproken met Marieke",
            (rows["F2-IP-01"], 7): "Klopt dit nog? Navragen bij sales",
            (only_note, 7): "Volgende sessie: persona's herzien",
        },
    )
    result = CliRunner().invoke(main, ["apply", str(WEBSHOP), str(changes), "-o", str(tmp_path / "v2.xlsx")])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    sheet = openpyxl.load_workbook(changes).worksheets[0].title
    assert f"the team's note on card F1-KP-02 ({changes}: {sheet}!G{rows['F1-KP-02']})" in said
    assert "v2.xlsx, not as canvas text: Besproken met Marieke" in said
    assert f"the team's note on card F2-IP-01 ({changes}: {sheet}!G{rows['F2-IP-01']})" in said
    assert "Klopt dit nog? Navragen bij sales" in said
    assert f"the team's note ({changes}: {sheet}!G{only_note}) is not part of the canvas" in said
    assert "Volgende sessie: persona's herzien" in said
    # the notes changed nothing: one card changed
    assert "1 changed, 0 removed, 0 added" in said


def test_a_note_showing_an_error_is_warned_and_its_rows_change_still_applied(tmp_path: Path) -> None:
    """A note is a remark: an error value in it (#DIV/0!) is said with its cell, never a reason to refuse the
    change its row asks; a note of two lines is said on one line."""
    changes, rows = kit_of(WEBSHOP, tmp_path)
    row = rows["F2-IP-01"]
    fill(changes, {(row, 5): "weg", (row, 7): "x", (rows["F1-KP-02"], 7): "Eerst:\nnavragen"})
    with_formula(changes, f"G{row}", "1/0", "#DIV/0!", "e")
    result = CliRunner().invoke(main, ["apply", str(WEBSHOP), str(changes), "-o", str(tmp_path / "v2.xlsx")])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert f"!G{row}: row {row}: the note shows #DIV/0!; read as no note" in said
    assert "0 changed, 1 removed, 0 added" in said
    assert "v2.xlsx, not as canvas text: Eerst: / navragen" in said  # kept as a comment on its card (round 20)


def test_partial_refuses_a_cell_that_cannot_take_its_rows_and_applies_the_rest(tmp_path: Path) -> None:
    """Round 14: under --partial, a cell that could not be written (here: two new cards would pass Excel's limit
    on a cell) refused the whole run. That cell is refused, with its rows, and said; the other rows are applied."""
    changes, rows = kit_of(WEBSHOP, tmp_path)
    first = max(rows.values()) + 2
    long_cards = {(first + n, col): value for n in (0, 1) for col, value in ((2, "Aandacht"), (3, "Klantproces"))}
    long_cards |= {(first + n, 6): f"{n} " + "lang verhaal " * 1_300 for n in (0, 1)}
    fill(changes, {**long_cards, (rows["F3-KP-01"], 6): "Rekent af"})
    out = tmp_path / "v2.xlsx"
    code, stdout, err = run("apply", WEBSHOP, changes, "-o", out, "--partial")
    assert code == 0, err
    said = " ".join((stdout + err).split())
    assert "skipped:" in said and "over Excel's 32,767 in a cell" in said and f"row {first} (new card)" in said
    assert "1 changed, 0 removed, 0 added" in said
    journey = read_canvas(out).journeys[0]
    assert journey.lanes[0].cells[2][0].text == "Rekent af"
    assert not any("lang verhaal" in item.text for lane in journey.lanes for cell in lane.cells for item in cell)
    code, _, err = run("apply", WEBSHOP, changes, "-o", tmp_path / "v3.xlsx")  # without --partial: nothing written
    assert code == 1 and "over Excel's 32,767" in err and not (tmp_path / "v3.xlsx").exists()


@pytest.mark.parametrize("colleague", ["added", "taken out"])
def test_a_line_added_or_taken_out_above_a_card_since_the_kit_shifts_no_edit(tmp_path: Path, colleague: str) -> None:
    """Hostile 19 F7: kit -> a colleague adds (or takes out) a line at the top of a cell -> apply. Every card ID
    after it shifted: the team's edit was refused ("now reads …") or "no card". The kit's record keeps each
    card's printed text and place: the row goes to the one card there that reads it, said; a card asked to
    be removed that a colleague took out already is as asked."""
    source = tmp_path / "zon.xlsx"
    shutil.copy(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx", source)
    changes, rows = kit_of(source, tmp_path)
    cards = {card.id: card for card in cards_of(read_canvas(source))}
    first, second, third = (cards[f"F1-KP-0{n}"] for n in (1, 2, 3))
    assert first.item.source is not None and first.item.source == third.item.source
    sheet, cell = first.item.source.sheet, first.item.source.cell
    book = openpyxl.load_workbook(source)
    lines = str(book[sheet][cell].value).split("\n")
    assert lines[:3] == [first.text, second.text, third.text]
    book[sheet][cell].value = "\n".join(["Krijgt een folder in de bus", *lines] if colleague == "added" else lines[1:])
    book.save(source)
    asked = {(rows["F1-KP-03"], 6): "Leest twee artikelen"}
    if colleague == "added":
        asked[(rows["F1-KP-02"], 6)] = "Praat met de buren over subsidie"
    else:
        asked[(rows["F1-KP-01"], 5)] = "weg"
    fill(changes, asked)
    out = tmp_path / "v2.xlsx"
    result = CliRunner().invoke(main, ["apply", str(source), str(changes), "-o", str(out)])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.output.split())
    now = "F1-KP-04" if colleague == "added" else "F1-KP-02"
    assert f"card F1-KP-03 as the kit printed it ('{third.text}') is card {now} in the workbook now" in flat, flat
    written = str(openpyxl.load_workbook(out)[sheet][cell].value).split("\n")
    if colleague == "added":
        assert written[:4] == [
            "Krijgt een folder in de bus",
            first.text,
            "Praat met de buren over subsidie",
            "Leest twee artikelen",
        ]
    else:
        assert written[:2] == [second.text, "Leest twee artikelen"]
        assert f"card F1-KP-01 ('{first.text}') is no longer in" in flat and "nothing to remove" in flat
