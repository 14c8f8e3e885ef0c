"""A card merged over several phases through the workshop loop: ``apply`` says truly what it did to the
merged range, and ``diff`` pairs the cards by what they are (round 12, hostile tester's leftovers 1 and 2)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli import run_clean
from tests.support.workbooks import make_book
from tests.support.workshop import LEASE, fill, kit_of, new_row

PHASES = ("Oriëntatie", "Aanvraag", "Levering")


def _merged_canvas(path: Path) -> Path:
    """The lease canvas with one pain point merged over all three phases (B8:D8), as people merge a shared one."""
    return make_book(path, {"Klantreis": {**LEASE, "B8": "Onduidelijke kosten", "C8": None}}, {"Klantreis": ["B8:D8"]})


def _typed(source: Path, folder: Path, kept_in: str | None, removed: bool) -> Path:
    """The kit's changes workbook of ``source`` with the merged pain point kept in one phase only (or
    removed) and a new pain point in the last phase."""
    changes, rows = kit_of(source, folder)
    at = new_row(rows)
    cells: dict[tuple[int, int], object] = {(at, 2): "Levering", (at, 3): "Pijnpunten", (at, 4): "Fiets te laat"}
    if kept_in is not None:
        cells[rows["F1-PP-01"], 2] = kept_in
    if removed:
        cells[rows["F1-PP-01"], 5] = "weg"
    fill(changes, cells)
    return changes


def _pains(diff: dict[str, object]) -> dict[str, tuple[list[str], list[str], list[str]]]:
    """Per phase, the pain points diff --json says were added, removed and changed."""
    found = {}
    for journey in diff["journeys"]:  # type: ignore[attr-defined]
        for phase in journey["phases"]:
            for lane in phase["lanes"]:
                if lane["lane"] == "Pijnpunten":
                    found[phase["new"]] = (
                        [i["text"] for i in lane["added"]],
                        [i["text"] for i in lane["removed"]],
                        [f"{c['old']['text']} → {c['new']['text']}" for c in lane["changed"]],
                    )
    return found


def test_a_merged_card_kept_in_one_phase_beside_a_new_card_is_removed_and_added_not_changed(tmp_path: Path) -> None:
    source = _merged_canvas(tmp_path / "lease.xlsx")
    changes = _typed(source, tmp_path, kept_in="Aanvraag", removed=False)
    out = tmp_path / "lease-v2.xlsx"
    assert run_clean("apply", source, changes, "-o", out)[0] == 0
    code, stdout, _ = run_clean("diff", source, out, "--json")
    assert code == 0
    assert _pains(json.loads(stdout)) == {
        "Oriëntatie": ([], ["Onduidelijke kosten"], []),
        "Levering": (["Fiets te laat"], ["Onduidelijke kosten"], []),
    }


def test_a_merged_card_removed_beside_a_new_card_is_removed_in_every_phase(tmp_path: Path) -> None:
    source = _merged_canvas(tmp_path / "lease.xlsx")
    changes = _typed(source, tmp_path, kept_in=None, removed=True)
    out = tmp_path / "lease-v2.xlsx"
    assert run_clean("apply", source, changes, "-o", out)[0] == 0
    code, stdout, _ = run_clean("diff", source, out)
    assert code == 0
    assert "gewijzigd" not in stdout and "→ Fiets te laat" not in stdout
    assert "Levering · Pijnpunten: erbij: Fiets te laat" in stdout
    for phase in PHASES:
        assert f"{phase} · Pijnpunten: eruit: Onduidelijke kosten" in stdout


def _split_said(stderr: str) -> list[str]:
    """What apply said of the merged range it split, one sentence per row, unwrapped."""
    text = " ".join(stderr.split())
    return [part.split(", so that ", 1)[1].split(" warning: ")[0] for part in text.split("Klantreis!B8:D8: ")[1:]]


def test_apply_says_truly_what_every_phase_of_a_split_range_holds(tmp_path: Path) -> None:
    source = _merged_canvas(tmp_path / "lease.xlsx")
    said = {}
    for case, kept_in, removed in (("added", None, False), ("moved", "Aanvraag", False), ("removed", None, True)):
        changes = _typed(source, tmp_path, kept_in, removed)
        code, _, stderr = run_clean("apply", source, changes, "-o", tmp_path / f"{case}.xlsx")
        assert code == 0
        said[case] = _split_said(stderr)
    assert said["added"] == ["every phase keeps what it held and the card is in its own phase alone"]
    # the merged card kept in 'Aanvraag' only: no phase but that one keeps it, and the message says so
    assert said["moved"] == [
        "the card is in its own phase alone",
        "the card is in its own phase alone; 'Onduidelijke kosten' is in 'Aanvraag' alone",
    ]
    assert said["removed"] == ["the card is in its own phase alone; 'Onduidelijke kosten' is taken out of every phase"]
