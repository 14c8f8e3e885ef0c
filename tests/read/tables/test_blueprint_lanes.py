"""Service blueprints told by their lanes' names (#30 item 4): the three lines placed, lanes never reordered."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings

from canvasgen.cli import main
from canvasgen.vocabulary.structure import blueprint_part
from tests.support.read_back import lost_lines, pdf_text, squeeze
from tests.support.reading import read_canvas
from tests.support.shapes import NamedBlueprint, named_blueprints

PHASES = ["Book", "Arrive", "Treat", "Pay"]
LANES = ["Physical evidence", "Customer actions", "Frontstage", "Backstage", "Support processes"]


DUTCH = [
    "Fysiek bewijs",
    "Klantacties",
    "Zichtbare acties medewerker",
    "Onzichtbare acties medewerker",
    "Ondersteunende processen",
]
DUTCH_OTHER = ["Klant", "Frontstage (zichtbaar)", "Backstage (onzichtbaar)", "Ondersteuning"]


GERMAN = ["Physische Belege", "Kundenaktionen", "Frontstage", "Backstage", "Unterstützende Prozesse"]
GERMAN_OTHER = ["Physisches Umfeld", "Kunde", "Sichtbare Aktionen", "Hinter den Kulissen", "Unterstützende Systeme"]


@pytest.mark.parametrize("lanes", [GERMAN, GERMAN_OTHER])
def test_german_lane_names_make_a_blueprint(tmp_path: Path, lanes: list[str]) -> None:
    """Round 12: 'Physische Belege' and 'Unterstützende Prozesse' named no part (the line of internal
    interaction was missing); 'Sichtbare Aktionen', 'Hinter den Kulissen' none either (an ordinary map)."""
    path = NamedBlueprint(["Ankunft", "Check-in", "Zimmer", "Abreise"], lanes, row=2, col=1).write(tmp_path / "de.xlsx")
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [(b.kind, b.before) for b in journey.boundaries] == [("interaction", 2), ("visibility", 3), ("internal", 4)]
    assert [lane.label for lane in journey.lanes] == lanes
    assert journey.lanes[0].kind == "touchpoints"
    assert lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert f"line of internal interaction above '{lanes[4]}', as if written" in explained


def test_german_lines_written_as_rows_are_the_lines(tmp_path: Path) -> None:
    lanes = ["Kundenaktionen", "Linie der Interaktion", "Frontstage", "Linie der Sichtbarkeit", "Backstage"]
    path = NamedBlueprint(["Ankunft", "Check-in", "Abreise"], lanes).write(tmp_path / "de.xlsx")
    (journey,) = read_canvas(path).journeys
    assert [(b.kind, b.before) for b in journey.boundaries] == [("interaction", 1), ("visibility", 2)]
    assert [lane.label for lane in journey.lanes] == ["Kundenaktionen", "Frontstage", "Backstage"]


@pytest.mark.parametrize(
    ("lanes", "lines"),
    [
        (DUTCH, [("interaction", 2), ("visibility", 3), ("internal", 4)]),  # was an ordinary map
        (DUTCH_OTHER, [("interaction", 1), ("visibility", 2), ("internal", 3)]),  # was an ordinary map
        (
            ["Fysiek bewijs", "Klantacties", "Frontoffice", "Backoffice", "Ondersteunende systemen"],
            [("interaction", 2), ("visibility", 3), ("internal", 4)],
        ),  # was without its line of internal interaction
        (
            ["Fysiek bewijs", "Klantacties", "Zichtbare interactie", "Onzichtbare interactie", "Ondersteuning"],
            [("interaction", 2), ("visibility", 3), ("internal", 4)],
        ),  # round 10: 'interactie' in the singular was no part: an ordinary map
        (
            ["Evidence", "Customer", "Onstage / visible contact", "Backstage / invisible contact", "Support"],
            [("interaction", 2), ("visibility", 3), ("internal", 4)],
        ),  # round 10: a name and its gloss after '/' was no part: both lines above 'Backstage / …'
    ],
)
def test_dutch_lane_names_make_a_blueprint(tmp_path: Path, lanes: list[str], lines: list[tuple[str, int]]) -> None:
    path = NamedBlueprint(["Aanmelden", "Intake", "Traject"], lanes, row=3, col=2).write(tmp_path / "nl.xlsx")
    (journey,) = read_canvas(path).journeys
    assert [(b.kind, b.before) for b in journey.boundaries] == lines
    assert [lane.label for lane in journey.lanes] == lanes


def test_two_named_parts_are_no_blueprint_and_say_so(tmp_path: Path) -> None:
    lanes = ["Touchpoints", "Frontstage", "Backstage", "Pain points"]
    path = NamedBlueprint(PHASES, lanes).write(tmp_path / "two.xlsx")
    (journey,) = read_canvas(path).journeys
    assert not journey.is_blueprint and [lane.label for lane in journey.lanes] == lanes
    explained = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    assert (
        "lanes 'Frontstage' and 'Backstage' name only 2 parts of a service blueprint (3 are needed for its lines): "
        "read as an ordinary map — to draw it as a blueprint, name another of its lanes"
    ) in explained  # was silent
    assert "--layout blueprint" in explained


def test_named_lanes_in_blueprint_order_are_a_blueprint_with_its_lines(tmp_path: Path) -> None:
    path = NamedBlueprint(PHASES, LANES).write(tmp_path / "clinic.xlsx")
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert journey.is_blueprint  # was an ordinary map: no lines
    assert [(b.kind, b.before) for b in journey.boundaries] == [("interaction", 2), ("visibility", 3), ("internal", 4)]
    assert [lane.label for lane in journey.lanes] == LANES
    assert lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "a service blueprint by its lanes' names: line of interaction above 'Frontstage'" in explained
    assert "to draw it as an ordinary map, rename a lane" in explained
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    (pdf,) = sorted((tmp_path / "out").rglob("*.pdf"))
    text = squeeze(pdf_text(pdf))
    assert squeeze("Line of visibility") in text
    assert all(squeeze(f"{lane} · {phase}") in text for lane in LANES for phase in PHASES)


def test_named_lanes_out_of_order_are_not_reordered(tmp_path: Path) -> None:
    lanes = ["Customer actions", "Backstage", "Frontstage", "Support processes"]
    path = NamedBlueprint(PHASES, lanes).write(tmp_path / "mixed.xlsx")
    (journey,) = read_canvas(path).journeys
    assert not journey.is_blueprint
    assert [lane.label for lane in journey.lanes] == lanes
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "not in blueprint order" in explained and "--layout blueprint" in explained


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(named_blueprints())
def test_blueprints_by_their_lane_names(found: tuple[NamedBlueprint, list[str]]) -> None:
    spec, parts = found
    with tempfile.TemporaryDirectory() as folder:
        path = spec.write(Path(folder) / "map.xlsx")
        canvas = read_canvas(path)
        assert lost_lines(path, canvas) == []
    (journey,) = canvas.journeys
    assert [lane.label for lane in journey.lanes] == spec.lanes
    named = [(i, blueprint_part(lane.label)) for i, lane in enumerate(journey.lanes) if blueprint_part(lane.label)]
    expected = []
    for line, below in (
        ("interaction", ("frontstage", "backstage", "support")),
        ("visibility", ("backstage", "support")),
        ("internal", ("support",)),
    ):
        at = next((i for i, part in named if part in below), None)
        if at is not None and at > 0:
            expected.append((line, at))
    assert [(b.kind, b.before) for b in journey.boundaries] == expected
    assert parts == [part for _, part in named]


def test_a_blueprint_turned_on_its_side_gives_its_parts_their_roles(tmp_path: Path) -> None:
    """Round 10: phases down, lanes across named 'Evidence', 'Customer', 'Onstage / visible contact', …: the
    lines stood both above 'Backstage / …' and three lanes had no role (across they had theirs)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    header = ["Step", "Evidence", "Customer", "Onstage / visible contact", "Backstage / invisible contact", "Support"]
    rows = [header, *([f"step {p}", *(f"{h.split()[0]} {p}" for h in header[1:])] for p in "abc")]
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=2):
            sheet.cell(r, c, value)
    path = tmp_path / "side.xlsx"
    book.save(path)
    (journey,) = read_canvas(path).journeys
    assert [p.name for p in journey.phases] == ["step a", "step b", "step c"]
    assert [(b.kind, b.before) for b in journey.boundaries] == [("interaction", 2), ("visibility", 3), ("internal", 4)]
    assert [lane.kind for lane in journey.lanes] == ["touchpoints", "customer", "internal", "internal", "internal"]
