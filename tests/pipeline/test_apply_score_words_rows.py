"""Round 21 (hostile F5, F10): a refusal about a score typed with words named the row's ID cell (A12) instead of
the cell the team typed in (F12), and printed Python's ``None`` for a row that takes the words out ("asked twice,
as 'snel geholpen' and as None"). Words typed with the new score while the words' own row takes the old ones out
are no conflict: the typed words take their place. A refusal names the typed cell, and says "taken out"."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.support.cli import run
from tests.support.workshop import canvas, fill, kit_of

_WORDS = {"C9": "-1 😕 lange wachttijd"}


def test_new_words_with_the_score_replace_the_words_their_own_row_takes_out(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx", _WORDS)
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F2-SC"], 6): "+1 - snel geholpen", (rows["F2-SC-01"], 5): "weg"})
    out = tmp_path / "lease-v2.xlsx"
    code, _, err = run("apply", source, changes, "-o", out)
    assert code == 0, err
    assert "None" not in err
    written = str(openpyxl.load_workbook(out)["Klantreis"]["C9"].value)
    assert "snel geholpen" in written and "lange wachttijd" not in written and written.startswith("+1")


def test_words_asked_twice_are_refused_at_the_cell_typed_in_without_none(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx", _WORDS)
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F2-SC-01"], 5): "wijzigen", (rows["F2-SC-01"], 6): "duurt te lang"})
    fill(changes, {(rows["F2-SC"], 6): "+1 - snel geholpen"})
    code, _, err = run("apply", source, changes, "-o", tmp_path / "lease-v2.xlsx")
    said = " ".join(err.split())
    assert code == 1 and "asked twice" in said, said
    typed = {f"Wijzigingen!F{rows['F2-SC']}: row {rows['F2-SC']}", f"Wijzigingen!F{rows['F2-SC-01']}: row"}
    assert any(cell in said for cell in typed), said
    assert f"Wijzigingen!A{rows['F2-SC']}:" not in said and f"Wijzigingen!A{rows['F2-SC-01']}:" not in said
    assert "None" not in said


def test_a_csv_canvas_refuses_words_with_a_score_at_the_cell_typed_in(tmp_path: Path) -> None:
    source = tmp_path / "reis.csv"
    source.write_text(
        "Fase;Oriëntatie;Aanvraag;Levering\n"
        "Klantproces;Ziet een flyer;Vult formulier in;Haalt fiets op\n"
        "Pijnpunten;Onduidelijke kosten;Wacht lang;Geen uitleg\n"
        "Ervaringsscore (-2 t/m +2);1;-1;2\n",
        encoding="utf-8",
    )
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F2-SC"], 6): "+1 😕 snel geholpen"})
    code, _, err = run("apply", source, changes, "-o", tmp_path / "reis-v2.xlsx")
    said = " ".join(err.split())
    assert code == 1, said
    row = rows["F2-SC"]
    assert f"Wijzigingen!F{row}: row {row}: the score of 'Aanvraag' is written alone in the new workbook" in said
    assert "type the score alone here (its face 😕 may stay with it), and the words ('snel geholpen')" in said
