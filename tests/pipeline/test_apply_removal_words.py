"""Round 21 (hostile F11): the Spanish 'eliminado' (removed) was refused with "did you mean 'editado'?", the
opposite action. The done-forms of every language's actions are read (eliminado, gestrichen, effacé, dropped,
weggehaald …), and a word close to a removal's is never steered to another action."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run
from tests.support.workshop import canvas, fill, kit_of, lane_items


def test_removal_words_of_every_language_remove_their_card(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    typed = {"F3-KP-01": "eliminado", "F2-IP-01": "gestrichen", "F1-PP-01": "Effacé", "F2-PP-01": "weggehaald"}
    fill(changes, {(rows[card], 5): word for card, word in typed.items()})
    code, out, err = run("apply", source, changes, "-o", tmp_path / "v2.xlsx")
    assert code == 0 and "0 changed, 4 removed" in out, err
    items = lane_items(tmp_path / "v2.xlsx")
    assert items[("Levering", "Klantproces")] == [] and items[("Oriëntatie", "Pijnpunten")] == []


def test_a_word_close_to_a_removal_is_never_steered_to_another_action(tmp_path: Path) -> None:
    source = canvas(tmp_path / "lease.xlsx")
    changes, rows = kit_of(source, tmp_path)
    fill(changes, {(rows["F3-KP-01"], 5): "eliminados", (rows["F2-IP-01"], 5): "gestrichn"})
    code, _, err = run("apply", source, changes, "-o", tmp_path / "v2.xlsx")
    said = " ".join(err.split())
    assert code == 1
    assert f"row {rows['F3-KP-01']}: unknown action 'eliminados': did you mean 'eliminado'?" in said, said
    assert f"row {rows['F2-IP-01']}: unknown action 'gestrichn': did you mean 'gestrichen'?" in said, said
    assert "editado" not in said
