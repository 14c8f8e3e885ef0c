"""Round 22 (the workshop loop): the new workbook ``apply`` writes of a canvas with no cells to patch (CSV, ODS)
wrote every lane under its label as the canvas had it, and so beside each label the question of a lane of the
team's own ("Wat hoort hier in deze fase?"), even beside "Pijnpunten" and the score row. Each lane's note asks its
role's question, in the team's words for their customer, and a score row's names its scale."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from canvasgen.pipeline.apply import ApplyOptions, apply_changes
from tests.support.other_formats import ods, ods_sheet
from tests.support.team_notes import KNIE
from tests.support.workshop import TODAY, fill, kit_of


def test_each_lane_of_the_new_workbook_asks_its_roles_question(tmp_path: Path) -> None:
    cells = {**KNIE, "A4": "Tevredenheid (1-5)", "B4": 2, "C4": 3, "D4": 4}
    source = ods(tmp_path / "knie.ods", {"Knie": ods_sheet(cells)})
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F1-KP-01"], 6): "Krijgt een brief met de verkeerde datum"})
    out = tmp_path / "knie-v2.xlsx"
    apply_changes(source, changes, out, ApplyOptions(today=TODAY))
    sheet = openpyxl.load_workbook(out)["Knie"]
    asked = {
        str(cell.value): cell.comment.text
        for cell in sheet["A"]
        if cell.comment is not None and cell.value not in (None, "Fase")
    }
    assert set(asked) == {"Wat beleeft de patiënt?", "Pijnpunten", "Tevredenheid (1-5)"}, asked
    assert "de patiënt" in asked["Wat beleeft de patiënt?"] and "de klant" not in asked["Wat beleeft de patiënt?"]
    assert asked["Pijnpunten"] == "Waar loopt de patiënt vast of gaat het mis?"
    assert asked["Tevredenheid (1-5)"].endswith("Score per fase: 1 (zeer ontevreden) tot 5 (zeer tevreden).")
    assert not any("Wat hoort hier in deze fase?" in text for text in asked.values())
