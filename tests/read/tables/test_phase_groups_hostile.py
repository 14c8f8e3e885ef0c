"""Phase groups against a hostile tester's files (#30 item 6, round 8): a long table's "Fase groep" column
beside its "Fase" column, a group column that does not group (said, with why), group names repeated over
each phase instead of merged, and a note ("Versie 2 – concept") in the row of groups."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.model import Journey
from canvasgen.read.corrections import from_options
from tests.support.cli import run_clean
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book


def groups_of(journey: Journey) -> list[tuple[str, list[str]]]:
    return [(g.name.text, [p.name for p in journey.phases[g.first : g.last + 1]]) for g in journey.phase_groups]


def long_table(path: Path, header: list[str], rows: list[list[object]], top: int = 3) -> Path:
    """A long table: ``header`` in row ``top`` from column A, ``rows`` under it, a title in A1."""
    cells: dict[str, object] = {"A1": "Reis van een huurder"}
    for r, row in enumerate([header, *rows]):
        for c, value in enumerate(row):
            if value is not None:
                cells[f"{'ABCDEFGH'[c]}{top + r}"] = value
    return make_book(path, {"Reis": cells})


GROUPED_ROWS: list[list[object]] = [
    ["Begin", "Zoeken", "Bekijkt advertenties", 1],
    ["Begin", "Zoeken", "Belt de makelaar", 0],
    ["Begin", "Bezichtigen", "Loopt door het huis", 2],
    ["Midden", "Tekenen", "Leest het contract", -1],
    ["Midden", None, "Vraagt om uitstel", None],
    ["Eind", "Wonen", "Meldt een lekkage", -2],
]


@pytest.mark.parametrize(
    ("group_header", "phase_header"),
    [("Fase groep", "Fase"), ("Phase group", "Stage"), ("Fasegroep", "Fase"), ("Stage group", "Phase")],
)
def test_a_group_column_headed_with_the_phase_word_groups_the_phase_column(
    tmp_path: Path, group_header: str, phase_header: str
) -> None:
    """ "Fase groep | Fase": the group column was taken for the phases ("Begin | Midden | Eind", scores
    averaged) and the "Fase" column became a lane of no role; --phases-col B made the groups notes."""
    path = long_table(tmp_path / "huur.xlsx", [group_header, phase_header, "Wat doet de klant?", "Score"], GROUPED_ROWS)
    expected = [("Begin", ["Zoeken", "Bezichtigen"]), ("Midden", ["Tekenen"]), ("Eind", ["Wonen"])]
    for corrections in (None, from_options(None, "B", None, ())):
        canvas = read_canvas(path, corrections=corrections)
        (journey,) = canvas.journeys
        assert [p.name for p in journey.phases] == ["Zoeken", "Bezichtigen", "Tekenen", "Wonen"]
        assert groups_of(journey) == expected
        assert [lane.label for lane in journey.lanes] == ["Wat doet de klant?", "Score"]
        assert [[s.value for s in phase] for phase in journey.scores] == [[1, 0], [2], [-1], [-2]]
        assert canvas.notes == [] and journey.notes == [] and lost_lines(path, canvas) == []
    for args in ((), ("--phases-col", "B")):
        code, out, _ = run_clean("check", "--explain", *args, path)
        assert code == 0, out
        assert "3 phase groups: Begin (Zoeken, Bezichtigen) | Midden (Tekenen) | Eind (Wonen)" in out
        assert f"column A ({group_header!r}) groups the phases (its header names groups): 3 phase groups" in out
        assert "phases in column B (B4:B9)" in out
        assert "no role" not in out and "outside the canvas" not in out


def test_a_second_column_headed_as_phases_is_offered(tmp_path: Path) -> None:
    """Two columns headed as phases, neither as groups: the reading names the other with --phases-col."""
    rows: list[list[object]] = [
        ["Zoeken", "Online", "Leest"],
        ["Zoeken", "Winkel", "Vraagt"],
        ["Kopen", "Winkel", "Betaalt"],
    ]
    path = long_table(tmp_path / "twee.xlsx", ["Fase", "Journey stage", "Wat doet de klant?"], rows)
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0, out
    assert "column B is headed 'Journey stage' too: if the phases run down it, give --phases-col B" in out


def test_a_group_column_that_does_not_group_says_why(tmp_path: Path) -> None:
    """ "Groep" headed a column where a group came back at the end and a phase stood under two groups: the
    column silently became a lane; now --explain says why it is no phase groups and what would make it so."""
    rows: list[list[object]] = [
        ["Vooraf", "Oriënteren", "Leest", 1],
        ["Vooraf", "Kiezen", "Vergelijkt", 0],
        ["Tijdens", "Kiezen", "Twijfelt", -1],
        ["Tijdens", "Betalen", "Betaalt", 1],
        ["Achteraf", "Gebruiken", "Gebruikt", 2],
        ["Vooraf", "Opnieuw", "Zoekt opnieuw", 1],
    ]
    path = long_table(tmp_path / "groep.xlsx", ["Groep", "Fase", "Wat doet de klant?", "Score"], rows)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert journey.phase_groups == []
    assert journey.lanes[0].label == "Groep"  # kept, no word lost
    assert lost_lines(path, canvas) == []
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0, out
    said = next(line.strip() for line in out.splitlines() if "is headed as groups" in line)
    assert said == (
        "column A ('Groep') is headed as groups of the phases but does not group them: 'Vooraf' comes back in A9 "
        "after other groups; 'Kiezen' stands under 2 groups ('Vooraf' in A5, 'Tijdens' in A6) — it is kept as the "
        "lane 'Groep'; to read it as phase groups, give each phase one group and each group one run of "
        "neighbouring phases"
    )
    # the same column, grouping its phases, says nothing of the kind
    fixed = long_table(tmp_path / "goed.xlsx", ["Groep", "Fase", "Wat doet de klant?", "Score"], rows[:2] + rows[3:5])
    code, out, _ = run_clean("check", "--explain", fixed)
    assert "is headed as groups" not in out
    assert "3 phase groups: Vooraf (Oriënteren, Kiezen) | Tijdens (Betalen) | Achteraf (Gebruiken)" in out


PHASES = ["Awareness", "Research", "Purchase", "Delivery", "Support"]


def grid_with_row_over(path: Path, over: list[str | None], corner: str | None, label: str | None = None) -> Path:
    """Phases in row 4 (B4:F4, ``corner`` in A4), ``over`` in row 3 above them (``label`` in A3), two lanes."""
    cells: dict[str, object] = {"A1": "Journey of a tenant", "A5": "Customer actions", "A6": "Pain points"}
    for i, phase in enumerate(PHASES):
        col = "BCDEF"[i]
        cells.update({f"{col}4": phase, f"{col}5": f"acts {i}", f"{col}6": f"hurts {i}"})
        if over[i]:
            cells[f"{col}3"] = over[i]
    cells.update({k: v for k, v in (("A4", corner), ("A3", label)) if v})
    return make_book(path, {"Map": cells})


@pytest.mark.parametrize(
    ("over", "corner", "label"),
    [
        (["Voor", "Voor", "Tijdens", "Tijdens", "Na"], "Fase", "Moment"),
        (["Before", "Before", "During", "During", "After"], None, None),
        (["Marketing", "Marketing", "Sales", "Sales", "Service"], "Stage", None),
        (["Marketing", "Marketing", "Sales", "Sales", "Service"], None, None),
    ],
)
def test_group_names_written_over_each_phase_are_one_group_each(
    tmp_path: Path, over: list[str | None], corner: str | None, label: str | None
) -> None:
    """ "Voor | Voor | Tijdens | Tijdens | Na" written in every cell: a lane 'Moment' (A3 also a note), or
    the groups taken for phases; --groups above gave five groups. Now three groups, as if merged."""
    path = grid_with_row_over(tmp_path / "map.xlsx", over, corner, label)
    expected = [(over[0], PHASES[:2]), (over[2], PHASES[2:4]), (over[4], PHASES[4:])]
    for groups in (None, "above"):
        canvas = read_canvas(path, corrections=from_options(None, None, None, (), groups=groups) if groups else None)
        (journey,) = canvas.journeys
        assert [p.name for p in journey.phases] == PHASES
        assert groups_of(journey) == expected
        assert [lane.label for lane in journey.lanes] == ["Customer actions", "Pain points"]
        assert canvas.notes == [] and journey.notes == [] and lost_lines(path, canvas) == []
        if label:
            assert label in [item.text for item in journey.phase_labels]
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0, out
    assert (
        f"3 phase groups: {over[0]} (Awareness, Research) | {over[2]} (Purchase, Delivery) | {over[4]} (Support)"
        in (out)
    )
    assert (
        f"row 3 ('{over[0]}', '{over[2]}', '{over[4]}'; a name repeated over neighbouring cells counts once) names "
        in (out)
    )
    # --groups none: the row names phases over their steps, each name once
    (steps,) = read_canvas(path, corrections=from_options(None, None, None, (), groups="none")).journeys
    assert [p.name for p in steps.phases] == [over[0], over[2], over[4]]


@pytest.mark.parametrize(
    ("note", "why"),
    [
        ("Versie 2 – concept", "a version"),
        ("Draft – 12/03/2025", "a date"),
        ("Concept, niet verspreiden", "a draft mark"),
        ("Let op: de laatste fase is nog niet besproken met het team.", "a remark"),
        ("We still have to decide what happens after the delivery.", "a sentence"),
    ],
)
@pytest.mark.parametrize("merged", [True, False])
def test_a_note_in_the_row_of_groups_is_a_note(tmp_path: Path, note: str, why: str, merged: bool) -> None:
    """ "Versie 2 – concept" over the last phase became a group, and --groups none dropped every group."""
    cells: dict[str, object] = {"A1": "Journey", "A4": "Fase", "B3": "Voor", "D3": "Tijdens", "F3": note}
    cells.update({"A5": "Customer actions", "A6": "Pain points"})
    for i, phase in enumerate(PHASES):
        col = "BCDEF"[i]
        cells.update({f"{col}4": phase, f"{col}5": f"acts {i}", f"{col}6": f"hurts {i}"})
    path = make_book(tmp_path / "g.xlsx", {"Map": cells}, {"Map": ["B3:C3", "D3:E3"] if merged else []})
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert groups_of(journey) == [("Voor", PHASES[:2]), ("Tijdens", PHASES[2:4])]
    assert [n.text for n in canvas.notes + journey.notes] == [note]
    assert lost_lines(path, canvas) == []
    code, out, _ = run_clean("check", "--explain", path)
    assert code == 0, out
    assert (
        f"F3 ({note!r}) in the row of groups reads as a note ({why}), no group: kept as a note — if it names a "
        "group of phases, give --groups above"
    ) in out
    # the user says the row is all groups: the remark is a group too
    (said,) = read_canvas(path, corrections=from_options(None, None, None, (), groups="above")).journeys
    assert groups_of(said)[-1] == (note, ["Support"])
