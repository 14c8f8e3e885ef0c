"""Round 22 (new user, findings 1, 5, 13, 22): step names written under ONE phase name merged over its columns —
what the warning on a merged phase name advises — are that phase's steps, never a nameless lane; the other
phases keep one column each; a blank phase name beside them is a phase of its own, said, never silently a step
of its neighbour; a remarks column's heading is no phase name in what is said."""

from __future__ import annotations

from pathlib import Path

from tests.support.reading import read_canvas
from tests.support.workbooks import make_book


def _book(tmp_path: Path, blank_step: str | None = None) -> Path:
    cells: dict[str, object] = {
        "A1": "Fase",
        "B1": "Aanmelden",
        "C1": "Wachten",
        "E1": "Begeleiding",
        "G1": "Afsluiten",
        "I1": "Opmerkingen sessie",
        "E2": "maand 1",
        "F2": "maand 2",
        "A3": "Wat doet de cliënt?",
        "A4": "Wat doen wij?",
        "A5": "Score",
        "I3": "let op: wachtlijst",
    }
    for col, n in zip("BCDEFG", range(6), strict=True):
        cells[f"{col}3"], cells[f"{col}4"], cells[f"{col}5"] = f"cliënt {n}", f"wij {n}", n % 5 + 1
    if blank_step is not None:
        cells["D2"] = blank_step
    return make_book(tmp_path / "zorg.xlsx", {"Traject": cells}, {"Traject": ["E1:F1"]})


def test_steps_under_one_merged_phase_are_its_steps_not_a_lane(tmp_path: Path) -> None:
    read = read_canvas(_book(tmp_path))
    journey = read.journeys[0]
    assert [p.name for p in journey.phases] == ["Aanmelden", "Wachten", "Fase 3", "Begeleiding", "Afsluiten"]
    steps = [[s.text for s in p.step_names] for p in journey.phases]
    assert steps == [[], [], [], ["maand 1", "maand 2"], []]
    assert [lane.label for lane in journey.lanes if lane.kind != "score"] == ["Wat doet de cliënt?", "Wat doen wij?"]
    assert not any("Baan" in lane.label or "Lane" in lane.label for lane in journey.lanes)
    said = [str(w) for w in read.warnings]
    blank = [w for w in said if "Traject!D1" in w]
    assert len(blank) == 1 and "read as a phase of its own" in blank[0] and "merge C1:D1" in blank[0]
    assert not any("Opmerkingen sessie" in w for w in said if "names phases over their steps" in w)


def test_a_blank_phase_name_over_a_step_name_is_a_phase_said(tmp_path: Path) -> None:
    read = read_canvas(_book(tmp_path, blank_step="wachtlijst"))
    journey = read.journeys[0]
    assert [p.name for p in journey.phases][:3] == ["Aanmelden", "Wachten", "wachtlijst"]
    said = [str(w) for w in read.warnings if "Traject!D1" in str(w)]
    assert said and "no phase name over its step 'wachtlijst'" in said[0] and "merge C1:D1" in said[0]
