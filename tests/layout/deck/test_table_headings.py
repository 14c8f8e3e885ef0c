"""The deck's tables head their phase column with the canvas's own word for a phase, all alike."""

from __future__ import annotations

from pathlib import Path

from tests.support.layouts import example_deck
from tests.support.workbooks import repair_journey


def test_every_table_heads_its_phase_column_with_the_canvass_word(tmp_path: Path) -> None:
    """New user 12: the actions table said "Stage" (the canvas's corner), the figures table "Phase"."""
    path = repair_journey(tmp_path / "fiets.xlsx", changes={"Klantreis!A3": "Stap"})
    deck = example_deck(path)
    heads = {s.kind: t.rows[0][0] for s in deck.slides for t in s.tables if s.kind in ("kpis", "actions")}
    assert heads == {"kpis": "Stap", "actions": "Stap"}
