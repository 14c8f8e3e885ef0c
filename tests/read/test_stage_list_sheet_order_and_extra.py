"""Round 16 F12: a stage-list sheet (``id | title | macro | business_goal``) beside a map on another sheet —
listed in another order than the map's, a group whose stages the map holds together lost its group (its name a
loose note, unwarned); listing one stage more than the map made the list a second journey, without a word why."""

from __future__ import annotations

from pathlib import Path

from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

PHASES = ["Zoeken", "Vergelijken", "Kopen", "Gebruiken"]
GROUPS = {"Zoeken": "Voor", "Vergelijken": "Voor", "Kopen": "Tijdens", "Gebruiken": "Na", "Opzeggen": "Na"}


def _book(tmp_path: Path, listed: list[str]) -> Path:
    rows = [["Fase", *PHASES]] + [
        [lane, *(f"{lane} {p.lower()}" for p in PHASES)] for lane in ("Klantproces", "Kansen")
    ]
    stages = [["id", "title", "macro", "business_goal"]]
    stages += [[f"S0{i}", name, GROUPS[name], f"doel bij {name.lower()}"] for i, name in enumerate(listed, start=1)]
    sheets = {
        title: {f"{chr(65 + c)}{r}": v for r, row in enumerate(table, start=1) for c, v in enumerate(row)}
        for title, table in (("Klantreis", rows), ("Fasen", stages))
    }
    return make_book(tmp_path / "reis.xlsx", sheets)


def test_a_stage_list_in_another_order_keeps_every_group(tmp_path: Path) -> None:
    path = _book(tmp_path, ["Vergelijken", "Zoeken", "Kopen", "Gebruiken"])
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    groups = [(g.name.text, [p.name for p in journey.phases[g.first : g.last + 1]]) for g in journey.phase_groups]
    assert groups == [("Voor", ["Zoeken", "Vergelijken"]), ("Tijdens", ["Kopen"]), ("Na", ["Gebruiken"])]
    assert "Voor" not in [n.text for n in journey.notes]
    goals = next(lane for lane in journey.lanes if lane.label == "business_goal")
    assert [[i.text for i in cell] for cell in goals.cells] == [[f"doel bij {p.lower()}"] for p in PHASES]
    assert lost_lines(path, canvas) == []


def test_a_stage_list_with_a_stage_the_map_lacks_says_why_it_is_a_journey(tmp_path: Path) -> None:
    path = _book(tmp_path, [*PHASES, "Opzeggen"])
    canvas = read_canvas(path)
    said = [str(w) for w in canvas.warnings if "the stage list on sheet 'Fasen'" in str(w)]
    assert len(said) == 1, canvas.warnings
    assert "names 4 of the 4 phases of the map on sheet 'Klantreis' but also 'Opzeggen'" in said[0]
    assert "read as a journey of its own — to make it the map's stage list, give it one row per phase" in said[0]
    assert lost_lines(path, canvas) == []
