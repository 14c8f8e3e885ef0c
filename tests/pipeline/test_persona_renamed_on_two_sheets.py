"""Round 20 (hostile F10, F16): a persona on two sheets ("Persona's" table and a "Persona Sanne" card) renamed in
the kit stays one persona, renamed on both sheets; ``diff`` then says the rename and each sheet's change in its own
cell, no field gone that is still there. Messages name the merged persona as its first sheet writes it."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from canvasgen.analysis.diff import compare
from canvasgen.pipeline.apply import ApplyOptions, apply_changes
from tests.support.reading import read_canvas
from tests.support.workbooks import Cells, make_book
from tests.support.workshop import TODAY, fill, kit_of

JOURNEY: Cells = {
    "A1": "Fase",
    "B1": "Oriëntatie",
    "C1": "Aanvraag",
    "D1": "Levering",
    "A2": "Klantactiviteiten",
    "B2": "Vergelijkt tarieven",
    "C2": "Vult formulier in",
    "D2": "Krijgt de meter",
}
TABLE: Cells = {"A1": "Naam", "B1": "Leeftijd", "C1": "Doelen", "A2": "Sanne", "B2": "34", "C2": "Lage rekening"}


def _card(name: str = "Sanne") -> Cells:
    return {"A1": "Naam", "B1": name, "A2": "Leeftijd", "B2": "35", "A3": "Doelen", "B3": "Lage rekening"}


def test_a_persona_on_two_sheets_renamed_stays_one_and_diff_says_only_what_changed(tmp_path: Path) -> None:
    source = make_book(tmp_path / "energie.xlsx", {"Klantreis": JOURNEY, "Persona's": TABLE, "Persona Sanne": _card()})
    before = read_canvas(source)
    assert [p.name.text for p in before.personas if p.name] == ["Sanne"]
    changes, rows = kit_of(source, tmp_path)
    sheet = openpyxl.load_workbook(changes).worksheets[0]
    card = {sheet.cell(row, 4).value: row for code, row in rows.items() if code.startswith("PE")}
    fill(changes, {(card["Sanne"], 6): "Sanne de Boer", (card["34"], 6): "36", (card["35"], 6): "36"})
    out = tmp_path / "energie-v2.xlsx"
    apply_changes(source, changes, out, ApplyOptions(today=TODAY))
    written = openpyxl.load_workbook(out)
    assert [written["Persona's"]["A2"].value, written["Persona Sanne"]["B1"].value] == ["Sanne de Boer"] * 2
    after = read_canvas(out)
    assert [p.name.text for p in after.personas if p.name] == ["Sanne de Boer"]
    [persona] = compare(before, after).personas
    assert [
        (label, old.text if old else None, new.text if new else None, str((new or old).source))  # type: ignore[union-attr]
        for label, old, new in persona.fields
    ] == [
        ("name", "Sanne", "Sanne de Boer", "Persona's!A2"),
        ("Leeftijd", "34", "36", "Persona's!B2"),
        ("Leeftijd", "35", "36", "Persona Sanne!B2"),  # its own cell: changed, not gone
    ]


def test_a_persona_merged_across_sheets_is_named_as_its_first_sheet_writes_it(tmp_path: Path) -> None:
    source = make_book(
        tmp_path / "energie.xlsx", {"Klantreis": JOURNEY, "Persona's": TABLE, "Persona Sanne": _card("SANNE ")}
    )
    canvas = read_canvas(source)
    [told] = [str(w) for w in canvas.warnings if "write it once" in str(w)]
    assert "persona 'Sanne' is on sheets 'Persona's' and 'Persona Sanne'" in told
    assert any("persona 'Sanne' on sheet 'Persona Sanne' is the one of sheet 'Persona's'" in r for r in canvas.reading)
