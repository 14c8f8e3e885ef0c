"""How a reading is explained, and corrected without touching the workbook: options, canvasgen.toml, --with."""

from __future__ import annotations

from pathlib import Path

from canvasgen.pipeline import read
from canvasgen.read.corrections import Corrections, from_options
from tests.support.cli import run
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.workbooks import DATA, PLANNING_FIRST, make_book


# Two tables that both look like a canvas: the reader takes the first; the user means the second.
def test_explain_names_cells_and_rule() -> None:
    code, out, _ = run("check", "--explain", str(DATA / "german-two-levels.xlsx"))
    assert code == 0
    # the phase row over its steps, and the steps' row (round 23)
    said = "phases in row 2 (C2:H2), their steps in row 3 (C3:H3); lanes in column B (B4:B10); body down to row 10"
    assert said in out
    assert "phase names in row 2, their steps in row 3" in out
    assert "lane groups in column A" in out
    assert "the corner cell B3 is empty" in out
    code, out, _ = run("check", "--explain", str(DATA / "emotion-positions-lookalike.xlsx"))
    assert "3 rows are labelled by a level of feeling" in out
    assert "to notes (outside the table): Emotions!A7, Emotions!B7" in out


def test_phases_row_and_lane_kinds_correct_a_reading(tmp_path: Path) -> None:
    path = make_book(tmp_path / "plan.xlsx", {"Лист1": PLANNING_FIRST})
    first = read_canvas(path).journeys[0]
    assert [p.name for p in first.phases] == ["Январь", "Февраль", "Март"]
    corrected = read_canvas(path, from_options("Лист1!6", None, None, ("Мысли=emotions",)))
    journey = corrected.journeys[0]
    assert [p.name for p in journey.phases] == ["Поиск", "Выбор", "Покупка"]
    assert [(lane.label, lane.kind) for lane in journey.lanes] == [("Барьеры", "pain_points"), ("Мысли", "emotions")]
    assert "phases across: set in the command line" in journey.reading
    assert lost_lines(path, corrected) == []
    code, out, _ = run("check", str(path), "--phases-row", "Лист1!6", "--lane", "Мысли=emotions", "--explain")
    assert code == 0 and "3 phases: Поиск | Выбор | Покупка" in out and "[emotions, corrected]" in out


def test_bad_corrections_are_one_sentence_each(tmp_path: Path) -> None:
    path = make_book(tmp_path / "plan.xlsx", {"Лист1": PLANNING_FIRST})
    code, _, err = run("check", str(path), "--phases-row", "B", "--lane", "Мысли=feelings")
    assert code == 1
    lines = err.strip().splitlines()
    assert any("--phases-row: 'B' names a column" in line for line in lines)
    assert any("--lane: 'Мысли=feelings': give a lane label and one of the kinds" in line for line in lines)


def test_a_correction_a_typo_away_is_offered_what_it_meant(tmp_path: Path) -> None:
    """New user 12: '=customers' and a label with a letter missing were refused or not used with no hint."""
    path = make_book(tmp_path / "plan.xlsx", {"Лист1": PLANNING_FIRST})
    code, _, err = run("check", str(path), "--phases-row", "Лист1!6", "--lane", "Мысли=emotion")
    assert code == 1 and "(did you mean 'Мысли=emotions'?)" in err
    code, out, err = run("check", str(path), "--phases-row", "Лист1!6", "--lane", "Мысл=emotions")
    said = " ".join((out + err).split())
    assert code == 0
    assert "--lane 'Мысл=emotions' (no lane is labelled so; did you mean 'Мысли'?)" in said
    code, _, err = run("check", str(path), "--phases-row", "Лист1!6", "--lane", "Мысли")  # hostile 12: "=Мысли"
    assert code == 1 and "'Мысли': give a lane label and its kind as LABEL=KIND, e.g. 'Мысли=customer'" in err
    assert "'=Мысли'" not in err
    code, out, err = run("check", str(path), "--phases-row", "Лист1!6", "--lane", "Zorgen=emotions")
    assert "(no lane is labelled so) in the command line" in " ".join((out + err).split())  # nothing close: no guess


def test_settings_file_beside_the_workbook(tmp_path: Path) -> None:
    path = make_book(tmp_path / "plan.xlsx", {"Лист1": PLANNING_FIRST})
    (tmp_path / "canvasgen.toml").write_text(
        '["plan.xlsx"]\nlanes = { "Мысли" = "emotions" }\n\n["plan.xlsx"."Лист1"]\nphases-row = 6\n', encoding="utf-8"
    )
    journey = read_canvas(path).journeys[0]
    assert [p.name for p in journey.phases] == ["Поиск", "Выбор", "Покупка"]
    assert journey.lanes[1].kind == "emotions"
    assert "phases across: set in canvasgen.toml" in journey.reading
    # The command line wins over the file.
    journey = read_canvas(path, from_options(None, None, None, ("Мысли=custom",))).journeys[0]
    assert journey.lanes[1].kind == "custom"


def test_settings_file_with_a_typo_is_an_error(tmp_path: Path) -> None:
    path = make_book(tmp_path / "plan.xlsx", {"Лист1": PLANNING_FIRST})
    (tmp_path / "canvasgen.toml").write_text('["plan.xlsx"]\nphase-row = 6\n', encoding="utf-8")
    code, _, err = run("check", str(path))
    assert code == 1 and "'phase-row' is not a setting (did you mean 'phases-row'?)" in err


def test_map_touchpoints_and_persona_from_three_workbooks(tmp_path: Path) -> None:
    base = {"A1": "Fase", "B1": "1. Oriëntatie", "C1": "2. Aankoop", "D1": "3. Gebruik"}
    map_path = make_book(tmp_path / "map.xlsx", {"Reis": {**base, "A2": "Klantproces", "B2": "Zoekt", "C2": "Koopt"}})
    touch = make_book(
        tmp_path / "touch.xlsx",
        {
            "Analyse": {
                "A1": "Stage",
                "B1": "Touchpoint",
                "C1": "Channel",
                "A2": "Oriëntatie",
                "B2": "Review site",
                "C2": "Web",
                "A3": "Oriëntatie",
                "B3": "Showroom",
                "C3": "Store",
                "A4": "Nazorg",
                "B4": "Enquête",
                "C4": "E-mail",
            }
        },
    )
    persona = make_book(
        tmp_path / "persona.xlsx",
        {"P": {"A1": "Name", "B1": "Sanne", "A2": "Age", "B2": 41, "A3": "Goals", "B3": "Snel kiezen"}},
    )
    canvas = read(map_path, corrections=Corrections(), companions=(touch, persona))
    (journey,) = canvas.journeys
    touchpoints = journey.lane("touchpoints")
    assert touchpoints is not None
    assert [i.text for i in touchpoints.cells[0]] == ["Review site", "Showroom"]
    assert [p.name.text for p in canvas.personas if p.name] == ["Sanne"]
    # "Nazorg" is no phase of the map: reported, and its items kept as notes.
    assert any("'Nazorg' match no phase" in str(w) for w in canvas.warnings)
    (kept,) = [n.text for n in journey.notes if "Nazorg" in n.text]  # one note holding every word of the row
    assert "Enquête" in kept
    code, out, err = run("check", str(map_path), "--with", str(touch), "--with", str(persona))
    assert code == 0, err
    assert "1 persona" in out and "'Nazorg' match no phase" in out


def test_a_guess_is_said_with_the_way_to_correct_it(tmp_path: Path) -> None:
    """Nothing tells phases from lanes: check warns that it guessed, and the option it names corrects it."""
    cells = {
        "B1": "Alpha",
        "C1": "Beta",
        "D1": "Gamma",
        "A2": "Uno",
        "B2": "xx yy",
        "C2": "zz",
        "D2": "ww",
        "A3": "Dos",
        "B3": "aa",
        "C3": "bb",
        "D3": "cc",
    }
    path = make_book(tmp_path / "guess.xlsx", {"S": cells})
    code, out, _ = run("check", str(path))
    assert code == 0
    assert "the phases were read across row 1 (the longer side): if they run down column A, give --phases-col A" in out
    code, out, _ = run("check", str(path), "--phases-col", "A")
    assert code == 0 and "2 phases: Uno | Dos" in out and "the longer side" not in out
