"""Round 16 F17: a Mermaid task with ``<br>`` (one card of two lines) came back from kit → apply as two cards —
the new workbook wrote its line break into the cell, whose lines are its cards — and diff reported a change and an
addition nobody made."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run_clean
from tests.support.reading import read_canvas
from tests.support.workshop import changes_rows, fill

MERMAID = (
    "journey\n  title Bij de huisarts\n  section Afspraak\n    Belt de praktijk: 2: Patiënt\n"
    "  section Consult\n    Arts luistert <br> goed: 5: Patiënt, Arts\n    Krijgt recept: 4: Patiënt\n"
)


def test_a_task_of_two_lines_stays_one_card_through_kit_and_apply(tmp_path: Path) -> None:
    source = tmp_path / "huisarts.mmd"
    source.write_text(MERMAID, encoding="utf-8")
    before = read_canvas(source).journeys[0]
    consult = next([i.text for i in lane.cells[1]] for lane in before.lanes if lane.cells[1])
    assert consult == ["Arts luistert\ngoed", "Krijgt recept"]
    code, _, stderr = run_clean("kit", source, "-o", tmp_path / "kit")
    assert code == 0, stderr
    changes = tmp_path / "kit" / "huisarts-changes.xlsx"
    rows = changes_rows(changes)
    fill(changes, {(rows["F1-KP-01"], 6): "Belt de praktijk om acht uur"})  # one unrelated card changed
    out = tmp_path / "huisarts-v2.xlsx"
    code, _, stderr = run_clean("apply", source, changes, "-o", out)
    assert code == 0, stderr
    said = " ".join(stderr.split())
    assert "1 card(s) of several lines written on one line, each a card still: 'Arts luistert / goed'" in said
    after = read_canvas(out).journeys[0]
    consult_after = next([i.text for i in lane.cells[1]] for lane in after.lanes if lane.cells[1])
    assert consult_after == ["Arts luistert goed", "Krijgt recept"]  # one card, every word
    code, stdout, _ = run_clean("diff", source, out)
    assert code == 0
    assert "Belt de praktijk → Belt de praktijk om acht uur" in stdout
    assert "erbij" not in stdout and stdout.count("gewijzigd:") == 1, stdout
