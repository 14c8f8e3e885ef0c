"""A persona × stage table beside its own stage list (hostile 12, F22 and F7): ids written otherwise on the two
sheets ("1" and "S01") match by their number and the reading says so; ids that match nothing are said with
both sheets and their cells, never a silent journey of its own; a phase group (zone) shared with a stage the
journey lacks stays over the stages it has, said."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter

from canvasgen.cli import main
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

FORMS = ["{n}", "{n:02d}", "S{n}", "S{n:02d}", "Stage {n}", "stage_{n}", "ST-{n:03d}"]
TITLES = ["Ontdekken", "Vergelijken", "Kopen", "Installeren", "Gebruiken", "Aanbevelen"]
ZONES = ["Voor", "Tijdens", "Na"]


def _cells(rows: list[list[object]]) -> dict[str, object]:
    return {f"{get_column_letter(c)}{r}": v for r, row in enumerate(rows, 1) for c, v in enumerate(row, 1)}


def _book(
    path: Path,
    table_ids: list[object],
    list_rows: list[tuple[object, str, str]],
    persona_ids: tuple[str, ...] = ("P1", "P2"),
) -> Path:
    """Sheet Journey (persona_id, stage_id, action, emotion_value: one row per persona and stage id), sheet
    Stages (id, title, zone) and sheet Personas (id, name)."""
    rows: list[list[object]] = [["persona_id", "stage_id", "action", "emotion_value"]]
    rows += [[p, s, f"{p} does step {i + 1}", (i % 3) - 1] for p in persona_ids for i, s in enumerate(table_ids)]
    stages = [["id", "title", "zone"], *([i, t, z] for i, t, z in list_rows)]
    names = [["id", "name"], *([p, f"Persona {p}"] for p in persona_ids)]
    return make_book(path, {"Journey": _cells(rows), "Stages": _cells(stages), "Personas": _cells(names)})


@pytest.mark.parametrize(("table_form", "list_form"), [("{n}", "S{n:02d}"), ("Stage {n}", "{n:02d}"), ("S{n}", "{n}")])
def test_stage_ids_written_otherwise_match_by_number_and_the_list_is_no_journey(
    tmp_path: Path, table_form: str, list_form: str
) -> None:
    table = [table_form.format(n=n) for n in (1, 2, 3)]
    listed = [(list_form.format(n=n), TITLES[n - 1], "Online") for n in (1, 2, 3)]
    path = _book(tmp_path / "ps.xlsx", table, listed)
    canvas = read_canvas(path)
    assert [j.sheet for j in canvas.journeys] == ["Journey", "Journey"]  # no third journey from 'Stages'
    for journey in canvas.journeys:
        assert [p.name for p in journey.phases] == TITLES[:3]
        assert [p.written for p in journey.phases] == table
        assert any(lane.label == "zone" for lane in journey.lanes)
    assert lost_lines(path, canvas) == []
    said = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    shown = ", ".join(f"'{t}'" for t in table)
    assert f"its stages named by the number in each id (the table's {shown} are the list's '{listed[0][0]}'" in said
    assert f"from sheet 'Stages': {table[0]} = '{TITLES[0]}'" in said


def test_stage_ids_written_two_ways_are_matched_one_by_one_and_said(tmp_path: Path) -> None:
    """Ids numbered otherwise on one side ("S1a" beside "S3"): each names a stage of the table by its number,
    but the list writes them two ways. Round 14: matched one by one and joined (no journey 'Stages'), said with
    every pair, so a wrong pair can be seen."""
    path = _book(tmp_path / "ps.xlsx", [1, 2, 3], [("S1a", "Ontdekken", "x"), ("S2a", "Kopen", "y"), ("S3", "Na", "z")])
    canvas = read_canvas(path)
    assert [j.sheet for j in canvas.journeys] == ["Journey", "Journey"]
    assert [p.name for p in canvas.journeys[0].phases] == ["Ontdekken", "Kopen", "Na"]
    (warning,) = [w for w in canvas.warnings if "the stage list of" in w.message]
    assert warning.location.sheet == "Stages"
    assert (
        "names the stages of the table on sheet 'Journey' only one by one, written in different ways "
        "(1 = S1a ('Ontdekken'), 2 = S2a ('Kopen'), 3 = S3 ('Na')): named so"
    ) in warning.message
    assert lost_lines(path, canvas) == []


@pytest.mark.parametrize(
    ("table", "listed", "named", "said"),
    [
        (
            [1, 2, 3],
            ["S02", "S03", "S04"],
            ["1", "Ontdekken", "Vergelijken"],
            "names 2 of the 3 stages of the table on sheet 'Journey' (2 = S02 ('Ontdekken'), 3 = S03 ('Vergelijken')): "
            "those are named by it; '1' keeps its id as its name",
        ),
        (
            ["S01", 2, "Stage 3"],
            [1, 2, 3],
            TITLES[:3],
            "names the stages of the table on sheet 'Journey' only one by one, written in different ways (S01 = 1 "
            "('Ontdekken'), 2 = 'Vergelijken', Stage 3 = 3 ('Kopen'))",
        ),
        (
            [1, 2, 3],
            ["X", "Y", "Z"],
            ["1", "2", "3"],
            "the stage list's ids (X, Y, Z) name none of the stages of the table on sheet 'Journey' "
            "(1, 2, 3, column B)",
        ),
    ],
)
def test_ids_that_match_some_stages_are_joined_and_say_which(
    tmp_path: Path, table: list[object], listed: list[str], named: list[str], said: str
) -> None:
    """Round 13 (H23) said which ids match; round 14 joins those that match, the others keep their ids, the
    list's stages the table lacks are notes: no row's text dropped."""
    path = _book(tmp_path / "ps.xlsx", table, [(i, t, "Online") for i, t in zip(listed, TITLES, strict=False)])
    canvas = read_canvas(path)
    assert [p.name for p in canvas.journeys[0].phases] == named
    assert any(said in w.message for w in canvas.warnings), [w.message for w in canvas.warnings]
    assert lost_lines(path, canvas) == []


def test_a_zone_shared_with_a_stage_the_journey_lacks_stays_over_the_stages_it_has(tmp_path: Path) -> None:
    """F7: Purchase (S10) and Loyalty (S3, no rows in the table) both 'After': the group vanished from
    Purchase, its word in Stages!C2 nowhere."""
    listed = [("S10", "Purchase", "After"), ("S1", "Awareness", "Before"), ("S2", "Consideration", "Before")]
    listed.append(("S3", "Loyalty", "After"))
    path = _book(tmp_path / "ps.xlsx", ["S1", "S2", "S10"], listed)
    canvas = read_canvas(path)
    assert len(canvas.journeys) == 2
    for journey in canvas.journeys:
        assert [p.name for p in journey.phases] == ["Awareness", "Consideration", "Purchase"]
        groups = [(g.name.text, g.first, g.count) for g in journey.phase_groups]
        assert groups == [("Before", 0, 2), ("After", 2, 1)]
        # the stage the journeys lack: kept, with its id, on each journey's page (the deck lists it once)
        assert "S3. Loyalty" in {n.text for n in journey.notes}
        assert "persona_id" not in {n.text for n in journey.notes}  # F7: the header over the ids is no note
    assert "persona_id" in {h.text for h in canvas.headings}
    assert lost_lines(path, canvas) == []
    said = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    assert (
        "phase group 'After' (Stages!C5) kept over the phases 'Journey – Persona P1' has of it; not here: 'Loyalty'"
        in (said)
    )


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_stage_lists_beside_tables_in_any_id_form_order_and_zones(data: st.DataObject) -> None:
    """Generated: 3–6 stages, the table's ids in one form and the list's in another, the list's rows in any
    order, its zones in runs over the stages, a stage of the list the table may lack."""
    count = data.draw(st.integers(3, 6), label="stages")
    table_form, list_form = data.draw(st.sampled_from(FORMS)), data.draw(st.sampled_from(FORMS))
    zone_of = sorted(data.draw(st.lists(st.integers(0, 2), min_size=count, max_size=count), label="zones"))
    missing = data.draw(st.sampled_from([None, *range(1, count - 1)]), label="stage the table lacks")
    numbers = [n for n in range(1, count + 1) if n != missing]
    listed = [(list_form.format(n=n), TITLES[n - 1], ZONES[zone_of[n - 1]]) for n in range(1, count + 1)]
    listed = data.draw(st.permutations(listed), label="list order")
    with tempfile.TemporaryDirectory() as folder:
        path = _book(Path(folder) / "ps.xlsx", [table_form.format(n=n) for n in numbers], listed)
        canvas = read_canvas(path)
        assert lost_lines(path, canvas) == []
    assert [j.sheet for j in canvas.journeys] == ["Journey", "Journey"]
    # each zone over the stages the journey has of it, in runs
    expected: list[tuple[str, int, int]] = []
    for index, n in enumerate(numbers):
        zone = ZONES[zone_of[n - 1]]
        if expected and expected[-1][0] == zone:
            expected[-1] = (zone, expected[-1][1], expected[-1][2] + 1)
        else:
            expected.append((zone, index, 1))
    grouping = 2 <= len(set(zone_of)) < count  # one zone over all, or one a stage: no groups, a lane
    for journey in canvas.journeys:
        assert [p.name for p in journey.phases] == [TITLES[n - 1] for n in numbers]
        assert [(g.name.text, g.first, g.count) for g in journey.phase_groups] == (expected if grouping else [])
