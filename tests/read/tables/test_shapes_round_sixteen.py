"""Real-world shapes, round three, what was left (issue #30, round 16): two untitled canvases stacked on one
sheet, a lone 'v' between phases running down, persona ids written 'P3' in one table and '3' in its companion,
a UXPressia-like export with a row or column of lane kinds."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.support.cli import run_clean
from tests.support.neighbours import ACROSS, DOWN, Rows, put
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas

_SECOND: Rows = [
    ["Fase", "Aanmelden", "Wachten", "Starten"],
    ["Klantproces", "Vult in", "Belt", "Begint"],
    ["Pijnpunten", "Lang", "Onzeker", "Druk"],
]


@pytest.mark.parametrize("blank_rows", [1, 3])
def test_two_untitled_canvases_stacked_on_a_sheet_get_distinct_names_said_in_check(
    tmp_path: Path, blank_rows: int
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Reis"
    put(sheet, 1, 1, ACROSS)
    second = len(ACROSS) + blank_rows + 1
    put(sheet, second, 1, _SECOND)
    path = tmp_path / "reis.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    assert [j.name for j in canvas.journeys] == ["Reis 1", "Reis 2"]
    assert [p.name for p in canvas.journeys[1].phases] == ["Aanmelden", "Wachten", "Starten"]
    assert not lost_lines(path, canvas)
    code, out, _ = run_clean("check", path)
    assert code == 0
    assert "journey 'Reis 1'" in out and "journey 'Reis 2'" in out
    assert (
        f"2 journeys on sheet 'Reis' have one name ('Reis'): called 'Reis 1' (B1), 'Reis 2' (B{second}) in their "
        "order — to name them, write each one's title in the cell above it"
    ) in out


def test_two_titled_canvases_stacked_keep_their_titles(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Reis"
    put(sheet, 1, 1, [["Huidige situatie"], *ACROSS, [], ["Gewenste situatie"], *_SECOND])
    path = tmp_path / "reis.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    assert [j.name for j in canvas.journeys] == ["Huidige situatie", "Gewenste situatie"]
    assert not any("have one name" in w.message for w in canvas.warnings)


def _sheet(path: Path, rows: Rows) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Zorg"
    put(sheet, 1, 1, rows)
    book.save(path)
    return path


@pytest.mark.parametrize("letter", ["v", "V", "v v"])
@pytest.mark.parametrize("in_lanes", [False, True])
def test_a_lone_v_between_phases_running_down_is_an_arrow(tmp_path: Path, letter: str, in_lanes: bool) -> None:
    between = [letter, letter, letter] if in_lanes else [letter]
    rows = [DOWN[0], DOWN[1], between, DOWN[2], between, DOWN[3]]
    path = _sheet(tmp_path / "zorg.xlsx", rows)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Oriënteren", "Aanmelden", "Gebruiken"]
    assert [[i.text for cell in lane.cells for i in cell] for lane in journey.lanes] == [
        ["Leest flyer", "Vult app in", "Traint"],
        ["Onduidelijk", "Contract", "Druk"],
    ]
    assert not lost_lines(path, canvas)
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    cells = "A3, B3, C3, A5, B5, C5" if in_lanes else "A3, A5"
    assert f"arrows alone between the phases' rows ({cells}): separators, no phases" in out


def test_a_phase_called_v_stays_a_phase_across_and_down(tmp_path: Path) -> None:
    across = read_canvas(_sheet(tmp_path / "across.xlsx", [["Fase", "Kiezen", "V", "Gebruiken"], *ACROSS[1:]]))
    assert [p.name for p in across.journeys[0].phases] == ["Kiezen", "V", "Gebruiken"]
    down = read_canvas(_sheet(tmp_path / "down.xlsx", [DOWN[0], DOWN[1], ["V", "Kiest", "Twijfel"], DOWN[3]]))
    assert [p.name for p in down.journeys[0].phases] == ["Oriënteren", "V", "Gebruiken"]


def test_a_v_in_one_lane_between_phases_is_a_tick_kept(tmp_path: Path) -> None:
    path = _sheet(tmp_path / "zorg.xlsx", [DOWN[0], DOWN[1], [None, "v", "v"], DOWN[2], DOWN[3]])
    canvas = read_canvas(path)
    assert [p.name for p in canvas.journeys[0].phases] == ["Oriënteren", "Aanmelden", "Gebruiken"]
    assert not lost_lines(path, canvas)


@pytest.mark.parametrize(("section", "kind"), [("Section", "Type"), ("Onderdeel", "Soort")])
def test_a_uxpressia_like_export_reads_its_lanes_past_their_kinds(tmp_path: Path, section: str, kind: str) -> None:
    """A journey tool's CSV: a row of column names over the stage row (the kinds headed there), a column of each
    lane's kind; the kinds and the column names are headings, the graph row the scores."""
    phases = ["Ontdekken", "Vergelijken", "Boeken", "Terugkomen"]
    lines = [
        [section, kind, *phases],
        ["Stages", "stages", *phases],
        ["Doelen klant", "text", "Sportschool vinden", "Prijzen zien", "Snel inschrijven", "Gemotiveerd blijven"],
        ["Touchpoints", "touchpoints", "Folder", "Website", "Balie", "App"],
        ["Beleving", "graph", "1", "0", "-2", "2"],
        ["Problemen", "text", "Geen prijzen", "Verborgen kosten", "Jaarcontract", "App crasht"],
    ]
    path = tmp_path / "export.csv"
    path.write_text("\n".join(",".join(line) for line in lines) + "\n", encoding="utf-8")
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == phases
    assert [lane.label for lane in journey.lanes] == ["Doelen klant", "Touchpoints", "Beleving", "Problemen"]
    assert [[s.value for s in scores] for scores in journey.scores] == [[1], [0], [-2], [2]]
    assert not journey.notes and not canvas.notes
    assert not lost_lines(path, canvas)
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert "column B ('stages') names each lane's kind ('text', 'touchpoints', 'graph')" in out
    assert "no phase, its words headings (no notes)" in out


def _persona_files(tmp_path: Path, list_ids: tuple[str, str]) -> tuple[Path, Path]:
    table = tmp_path / "matrix.csv"
    table.write_text(
        "persona_id,stage_id,goal,action,emotion_value\n"
        "P1,1,Vinden,Zoekt,2\nP1,2,Kopen,Betaalt,-1\nP1,3,Gebruiken,Installeert,1\n"
        "P3,1,Vergelijken,Leest,1\nP3,2,Bestellen,Klikt,0\nP3,3,Terugsturen,Belt,-2\n",
        encoding="utf-8",
    )
    people = tmp_path / "personas.csv"
    people.write_text(f"id,name,role\n{list_ids[0]},Anouk,Student\n{list_ids[1]},Bram,Ouder\n", encoding="utf-8")
    return table, people


def test_letter_persona_ids_join_a_companions_numbers_when_every_id_matches(tmp_path: Path) -> None:
    table, people = _persona_files(tmp_path, ("1", "3"))
    code, out, _ = run_clean("check", "--explain", table, "--with", people)
    assert code == 0
    assert "journey 'matrix – Anouk'" in out and "journey 'matrix – Bram'" in out
    assert "persona id 'P3' named by personas.csv: 'Bram' (its id there '3': ids written otherwise" in out


def test_letter_persona_ids_and_numbers_that_match_in_part_are_said_naming_both(tmp_path: Path) -> None:
    table, people = _persona_files(tmp_path, ("1", "2"))
    code, out, _ = run_clean("check", table, "--with", people)
    assert code == 0
    assert "journey 'matrix – P1'" in out and "journey 'matrix – P3'" in out  # no name guessed
    assert (
        "its persona ids (1, 2) name none of the map's personas (P1, P3): by their number '1' would be 'P1', but "
        "'2', 'P3' are none of the other side's" in out
    )
    assert "write the list's ids as the map does" in out


def test_a_tools_kind_gives_a_lane_whose_label_says_nothing_its_role(tmp_path: Path) -> None:
    lines = [
        ["Section", "Type", "Ontdekken", "Kiezen", "Boeken"],
        ["Stages", "stages", "Ontdekken", "Kiezen", "Boeken"],
        ["Wat ik doe", "text", "Zoekt", "Vergelijkt", "Betaalt"],
        ["Momenten", "touchpoints", "Google", "Website", "App"],
        ["Hoe ik me voel", "graph", "1", "-1", "2"],
    ]
    path = tmp_path / "export.csv"
    path.write_text("\n".join(",".join(line) for line in lines) + "\n", encoding="utf-8")
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Ontdekken", "Kiezen", "Boeken"]
    roles = {lane.label: (lane.kind, lane.role_by) for lane in journey.lanes}
    assert roles["Momenten"] == ("touchpoints", "tool_kind")
    assert roles["Wat ik doe"][0] == "custom"  # "text": the label decides, and it names no role
    assert [[s.value for s in scores] for scores in journey.scores] == [[1], [-1], [2]]
    assert not lost_lines(path, canvas)
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert "lane 'Momenten': touchpoints, by the export's lane kinds" in out


def test_a_tools_row_of_lane_kinds_over_the_labels_of_phases_running_down(tmp_path: Path) -> None:
    lines = [
        ["Type", "text", "touchpoints", "graph"],
        ["Stage", "Wat ik doe", "Momenten", "Hoe ik me voel"],
        ["Ontdekken", "Zoekt", "Google", "1"],
        ["Kiezen", "Vergelijkt", "Website", "-1"],
        ["Boeken", "Betaalt", "App", "2"],
    ]
    path = tmp_path / "export.csv"
    path.write_text("\n".join(",".join(line) for line in lines) + "\n", encoding="utf-8")
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Ontdekken", "Kiezen", "Boeken"]
    roles = {lane.label: (lane.kind, lane.role_by) for lane in journey.lanes}
    assert roles["Momenten"] == ("touchpoints", "tool_kind")
    assert [[s.value for s in scores] for scores in journey.scores] == [[1], [-1], [2]]
    assert not journey.notes and not canvas.notes
    assert not lost_lines(path, canvas)
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0
    assert "row 1 names each lane's kind ('text', 'touchpoints', 'graph'), as a journey tool exports it" in out
