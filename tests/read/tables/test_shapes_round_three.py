"""Shapes of published journey maps, round three (#30): generated look-alikes read by their structure."""

from __future__ import annotations

import tempfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings

from canvasgen.cli import main
from canvasgen.read.corrections import from_options
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.shapes import TitledMap, maps_with_notes_apart, titled_maps

SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)


def test_a_title_over_the_whole_header_row_is_the_title_and_arrow_columns_are_no_phases(tmp_path: Path) -> None:
    phases = ["Discover", "Compare", "Apply", "Accept", "Arrive", "Settle", "Study", "Graduate"]
    spec = TitledMap(
        "Journey of a post graduate student (persona)",
        phases,
        ["Doing", "Thinking", "Feeling"],
        arrow=">>",
        body_arrows=True,
    )
    path = spec.write(tmp_path / "student.xlsx")
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == phases  # was one phase 'Journey of ...' with 15 steps
    assert [p.steps for p in journey.phases] == [1] * 8
    assert journey.name == spec.title
    assert lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)])
    assert (
        "Sheet!B1:P1 ('Journey of a post graduate student (persona)'), merged over the whole header row, is the "
        "map's title, not a group of its phases"
    ) in explained.output
    assert "merge a cell over only the phases of each group" in explained.output


@pytest.mark.parametrize(
    ("short", "said"),
    [
        (
            0,
            "merged over the whole header row, is the map's title, not a group of its phases — to group phases, "
            "merge a cell over only the phases of each group",
        ),
        (
            1,
            "alone over the phase names in row 2, is the map's title, not a group of its phases — if it names a "
            "group of the phases under it, give --groups above",
        ),
    ],
)
@pytest.mark.parametrize("over_labels", [True, False])
def test_a_title_over_the_labels_too_or_all_phases_but_one_is_the_title_and_said(
    tmp_path: Path, short: int, said: str, over_labels: bool
) -> None:
    phases = ["Discover", "Compare", "Apply", "Arrive", "Study"]
    title = "Journey of a student"
    spec = TitledMap(
        title,
        phases,
        ["Doing", "Feeling"],
        corner="Fase" if over_labels else "",
        arrow=">>",
        body_arrows=True,
        title_over_labels=over_labels,
        title_short=short,
    )
    path = spec.write(tmp_path / "student.xlsx")
    (journey,) = read_canvas(path).journeys
    assert [p.name for p in journey.phases] == phases  # was one phase 'Journey of a student' over 5 steps
    assert journey.name == title and journey.phase_groups == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    merged = f"{'A' if over_labels else 'B'}1:{'H' if short else 'J'}1"
    assert f"Sheet!{merged} ('{title}'), {said}" in explained
    if short:  # the correction said makes it a group of the phases under it
        (grouped,) = read_canvas(path, corrections=from_options(None, None, None, (), groups="above")).journeys
        assert [g.name.text for g in grouped.phase_groups] == [title]


def test_a_column_apart_unmerged_says_how_to_make_it_a_phase(tmp_path: Path) -> None:
    note = "The 2nd Moment of Truth occurs when the customer first uses the product."
    phases = ["Awareness", "Consideration", "Purchase", "Use", "Loyalty"]
    path = TitledMap("", phases, ["Actions", "Pain points"], notes_apart=[note, None]).write(tmp_path / "m.xlsx")
    (journey,) = read_canvas(path).journeys
    assert [p.name for p in journey.phases] == phases and [n.text for n in journey.notes] == [note]
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert (
        "column H stands apart from the table (the blank column G between), with nothing in H2: notes — to make it "
        "a phase, delete column G and name it in row 2"
    ) in explained  # was only 'to notes (outside the table): Sheet!H3'
    book = openpyxl.load_workbook(path)  # the correction, as said
    book.active.delete_cols(7)
    book.active["G2"] = "Advocacy"
    book.save(path)
    assert [p.name for p in read_canvas(path).journeys[0].phases] == [*phases, "Advocacy"]


@pytest.mark.slow
@SETTINGS
@given(titled_maps())
def test_titled_maps_are_read_by_structure(spec: TitledMap) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = spec.write(Path(folder) / "map.xlsx")
        canvas = read_canvas(path)
        assert lost_lines(path, canvas) == []
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == spec.phases
    assert [lane.label for lane in journey.lanes] == spec.lanes
    assert journey.name == spec.title  # round 9, third look: a logo's alt text above it was taken instead
    if spec.above:
        assert spec.above in [n.text for n in journey.notes]
    if spec.remark:  # round 9, third look: 'Notes: workshop 12 May; …' under a CSV's last lane was a lane
        assert spec.remark in [n.text for n in journey.notes]
    for i, lane in enumerate(journey.lanes):
        assert [[item.text for item in cell] for cell in lane.cells] == [
            [spec.cells[(i, j)]] for j in range(len(spec.phases))
        ]


def test_a_column_apart_with_nothing_in_the_header_row_is_notes(tmp_path: Path) -> None:
    note = "The 2nd Moment of Truth comes when the customer first uses the product."
    spec = TitledMap(
        "",
        ["Awareness", "Consideration", "Purchase", "Use", "Loyalty"],
        ["Actions", "Pain points"],
        notes_apart=[note, None],
        merge_last=True,
    )
    path = spec.write(tmp_path / "moments.xlsx")
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == spec.phases  # was a sixth phase 'Column H'
    assert [n.text for n in journey.notes] == [note]
    assert lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "column H stands apart from the phases (a blank column between) with nothing in H2: notes" in explained
    assert "to make it a phase, name it in H2" in explained


@pytest.mark.slow
@SETTINGS
@given(maps_with_notes_apart())
def test_notes_apart_from_the_map_stay_notes(spec: TitledMap) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = spec.write(Path(folder) / "map.xlsx")
        canvas = read_canvas(path)
        assert lost_lines(path, canvas) == []
    (journey,) = canvas.journeys
    assert [p.written or p.name for p in journey.phases] == spec.phases
    assert [lane.label for lane in journey.lanes] == spec.lanes
    notes = [n.text for n in [*journey.notes, *canvas.notes]]
    assert all(note in notes for note in spec.notes_apart if note)
