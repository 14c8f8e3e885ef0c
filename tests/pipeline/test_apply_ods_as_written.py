"""``apply`` on a canvas read from an .ods writes a new workbook in the template that reads back as the client's
canvas, in the client's words: a header they left blank stays blank (and is still warned of), their labels of the
details stay theirs, a number they typed stays a number (round 20, newuser F15)."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from canvasgen.pipeline.apply import ApplyOptions, apply_changes
from canvasgen.render.xlsx.model_book import workbook_of
from tests.support.other_formats import ods, ods_sheet
from tests.support.reading import read_canvas
from tests.support.workshop import TODAY, fill, kit_of, lane_changes

KNEE = {
    "A1": "Van verwijzing tot nazorg",
    "A3": "Opdrachtgever",
    "B3": "Ziekenhuis Rijnoever",
    "A4": "Versie",
    "B4": "1.0",
    "A6": "Fase",
    "B6": "Verwijzing",
    "D6": "Opname",
    "A7": "Wat beleeft de patiënt?",
    "B7": "Krijgt een brief",
    "C7": "Wacht op een datum",
    "D7": "Wordt opgenomen",
    "A8": "Pijnpunten",
    "B8": "Verkeerde locatie",
    "C8": "Lange wachttijd",
    "D8": "Nuchter wachten",
}
PERSONAS = {"A1": "Naam", "B1": "Leeftijd", "C1": "Citaat", "A2": "Mevrouw Jansen", "B2": 68, "C2": "Weer lopen"}


def test_an_ods_canvas_applied_reads_back_as_the_clients_canvas_in_their_words(tmp_path: Path) -> None:
    source = ods(tmp_path / "knie.ods", {"Knie": ods_sheet(KNEE), "Persona's": ods_sheet(PERSONAS)})
    before = read_canvas(source)
    assert before.journeys[0].phases[1].unnamed  # the reader's "Fase 2"
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F3-KP-01"], 6): "Wordt om 7:00 opgenomen"})
    out = tmp_path / "knie-v2.xlsx"
    said: list[str] = []
    apply_changes(source, changes, out, ApplyOptions(today=TODAY, warn=lambda w: said.append(str(w))))
    assert not [line for line in said if "'Fase 2'" in line]  # nothing renamed, nothing to say of it
    sheet = openpyxl.load_workbook(out)["Knie"]
    header = next(row for row in sheet.iter_rows() if row[1].value == "Verwijzing")
    assert [cell.value for cell in header[1:4]] == ["Verwijzing", None, "Opname"]  # left blank, as the client did
    labels = [row[0].value for row in sheet.iter_rows(max_col=2) if row[1].value == "Ziekenhuis Rijnoever"]
    assert labels == ["Opdrachtgever"]  # the client's label, not the template's "Klant"
    ages = [c.value for c in openpyxl.load_workbook(out)["Personas"][2] if c.value in (68, "68")]
    assert ages == [68]  # a number, as typed
    after = read_canvas(out)
    assert [(p.name, p.unnamed) for p in after.journeys[0].phases] == [
        ("Verwijzing", False),
        ("Fase 2", True),
        ("Opname", False),
    ]
    assert any("has no phase name" in str(w) and "'Fase 2'" in str(w) for w in after.warnings)  # still told
    assert after.journeys[0].meta["client_label"].text == "Opdrachtgever"
    # the same canvas but for the team's one change and the new version
    assert lane_changes(before, after) == [
        ("Opname", "Wat beleeft de patiënt?", [], [], [("Wordt opgenomen", "Wordt om 7:00 opgenomen")])
    ]


SANNE = {"A1": "Naam", "B1": "Leeftijd", "C1": "Doelen", "A2": "Sanne", "B2": 34, "C2": "Lage rekening"}
SANNE_CARD = {"A1": "Naam", "B1": "Sanne", "A2": "Leeftijd", "B2": 35, "A3": "Beroep", "B3": "Verpleegkundige"}


def test_a_persona_field_two_sheets_give_otherwise_is_written_under_its_heading_and_still_warned_of(
    tmp_path: Path,
) -> None:
    """Round 20, hostile F13: the second value came out under the reader's key ("age_2") and the merge warning
    was gone; it is written on a sheet of its own under the client's heading, read back as the same persona."""
    sheets = {"Knie": ods_sheet(KNEE), "Persona's": ods_sheet(SANNE), "Persona Sanne": ods_sheet(SANNE_CARD)}
    source = ods(tmp_path / "energie.ods", sheets)
    before = read_canvas(source)
    told = [str(w) for w in before.warnings if "write it once" in str(w)]
    assert len(told) == 1 and "'Leeftijd' otherwise ('34' and '35')" in told[0]
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-KP-01"], 6): "Krijgt een brief met de verkeerde locatie"})
    out = tmp_path / "energie-v2.xlsx"
    apply_changes(source, changes, out, ApplyOptions(today=TODAY))
    book = openpyxl.load_workbook(out)
    headers = {str(cell.value) for sheet in book for row in sheet.iter_rows(max_row=1) for cell in row if cell.value}
    assert not [header for header in headers if "_2" in header]  # never the reader's key
    after = read_canvas(out)
    [persona] = after.personas
    assert persona.name is not None and persona.name.text == "Sanne"
    assert {key: item.text for key, item in persona.fields.items()} == {
        key: item.text for key, item in before.personas[0].fields.items()
    }
    assert {k: h.text for k, h in after.persona_headings(persona).items() if k == "age_2"} == {"age_2": "Leeftijd"}
    again = [str(w) for w in after.warnings if "write it once" in str(w)]
    assert len(again) == 1 and "'Leeftijd' otherwise ('34' and '35')" in again[0]  # still told


def test_a_blank_phase_the_team_emptied_is_written_under_the_readers_name_and_said(tmp_path: Path) -> None:
    """Left blank with nothing under it, the column would be no phase at all when read again: it keeps the name
    it was read with, and apply says so (the team decides: name it, or take the column out)."""
    source = ods(tmp_path / "knie.ods", {"Knie": ods_sheet(KNEE)})
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F2-KP-01"], 5): "weg", (rows["F2-PP-01"], 5): "weg"})
    said: list[str] = []
    out = tmp_path / "knie-v2.xlsx"
    apply_changes(source, changes, out, ApplyOptions(today=TODAY, warn=lambda w: said.append(str(w))))
    assert [p.name for p in read_canvas(out).journeys[0].phases] == ["Verwijzing", "Fase 2", "Opname"]
    assert [line for line in said if "left without a name holds nothing any more" in line and "'Fase 2'" in line]


def test_a_field_kept_twice_with_no_sheet_to_go_to_is_headed_in_the_clients_word(tmp_path: Path) -> None:
    """A second value with no sheet of its own to go on (a model JSON's persona gives no cells) stays in the
    Personas table, headed as the client heads the field, never by the reader's key."""
    sheets = {"Knie": ods_sheet(KNEE), "Persona's": ods_sheet(SANNE), "Persona Sanne": ods_sheet(SANNE_CARD)}
    canvas = read_canvas(ods(tmp_path / "energie.ods", sheets))
    canvas.personas[0].fields["age_2"].source = None
    headers = [cell.value for cell in workbook_of(canvas, "nl")["Personas"][1] if cell.value]
    assert "age_2" not in headers and headers.count("Leeftijd") == 2
