"""Phase groups (#30 item 6): a row of names over the phase row, or a stage list's column whose values repeat
over neighbouring stages, groups the phases ("Voor | Tijdens | Na"); ``--groups`` corrects the reading."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter

from canvasgen.cli import main
from canvasgen.model import Journey
from canvasgen.read.corrections import from_options, from_record, to_record
from tests.support.layouts import poster
from tests.support.read_back import lost_lines, pdf_text, slide_text, squeeze
from tests.support.reading import read_canvas
from tests.support.shapes import labels
from tests.support.workbooks import grouped_phases, make_book

DUTCH = [
    ("Voor", ["Oriëntatie", "Vergelijken"]),
    ("Tijdens", ["Bestellen", "Betalen"]),
    ("Na", ["Levering", "Service"]),
]


def groups_of(journey: Journey) -> list[tuple[str, list[str]]]:
    return [(g.name.text, [p.name for p in journey.phases[g.first : g.last + 1]]) for g in journey.phase_groups]


def test_a_merged_row_of_group_words_over_the_phases_groups_them(tmp_path: Path) -> None:
    path = grouped_phases(tmp_path / "groepen.xlsx", DUTCH)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    # was: three phases "Voor", "Tijdens" (with the phases as its steps) and "Na" lost as a placeholder
    assert [p.name for p in journey.phases] == [p for _, phases in DUTCH for p in phases]
    assert not any(p.step_names for p in journey.phases)
    assert groups_of(journey) == DUTCH
    assert [str(g.name.source) for g in journey.phase_groups] == [
        "Klantreis!B2:C2",
        "Klantreis!D2:E2",
        "Klantreis!F2:G2",
    ]
    assert lost_lines(path, canvas) == []
    result = CliRunner().invoke(main, ["check", "--explain", str(path)])
    assert result.exit_code == 0, result.output
    assert "3 phase groups: Voor (Oriëntatie, Vergelijken) | Tijdens (Bestellen, Betalen) | Na (Levering, Service)" in (
        result.output
    )
    assert (
        "row 2 ('Voor', 'Tijdens', 'Na') names groups of the phases in row 3 (its names are words for groups of "
        "phases) — if it names phases over their steps, give --groups none"
    ) in result.output
    assert "phase names in row 2, their steps in row 3" not in result.output


OWN_GROUPS = [
    ("Oriëntatie", ["Zoeken", "Kiezen"]),
    ("Transactie", ["Betalen", "Ontvangen", "Uitpakken"]),
    ("Nazorg", ["Retour"]),
]


@pytest.mark.parametrize("groups", [DUTCH, OWN_GROUPS])
def test_a_merged_row_under_the_phase_row_without_a_label_groups_them(
    tmp_path: Path, groups: list[tuple[str, list[str]]]
) -> None:
    path = grouped_phases(tmp_path / "onder.xlsx", groups, place="below", top=3, left=2)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == [p for _, phases in groups for p in phases]
    assert groups_of(journey) == groups  # was a lane 'Row 5' holding the group names
    assert [lane.label for lane in journey.lanes] == ["Klantproces", "Pijnpunten"]
    assert lost_lines(path, canvas) == []
    said = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    names = ", ".join(f"'{name}'" for name, _ in groups)
    assert (
        f"row 4 ({names}), right under the phase names in row 3 with no lane label and merged over several phases, "
        "names groups of the phases — if it is a lane, give it a label in B4, or give --groups none"
    ) in said
    (kept,) = read_canvas(path, corrections=from_options(None, None, None, (), groups="none")).journeys
    assert (
        kept.phase_groups == [] and kept.lanes[0].label == "Baan 1"
    )  # Dutch: the lane the sheet gave no label, by its place


def test_a_labelled_or_unmerged_row_under_the_phase_row_stays_a_lane(tmp_path: Path) -> None:
    path = grouped_phases(tmp_path / "lane.xlsx", OWN_GROUPS, place="below", merged=False, top=3, left=2)
    (journey,) = read_canvas(path).journeys
    assert journey.phase_groups == [] and len(journey.lanes) == 3


def test_names_written_once_over_known_phases_group_them(tmp_path: Path) -> None:
    groups = [("Explore", ["Awareness", "Consideration"]), ("Buy", ["Purchase"]), ("Own", ["Onboarding", "Loyalty"])]
    path = grouped_phases(tmp_path / "journey.xlsx", groups, merged=False, top=4, left=2)
    (journey,) = read_canvas(path).journeys
    assert groups_of(journey) == groups
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert (
        "names groups of the phases in row 5 (the row under it names known phases: 5 of 5, 2 of 3 in row 4)"
        in explained
    )


def test_names_merged_over_columns_named_each_once_group_them_and_check_says_so(tmp_path: Path) -> None:
    """Round 13 (F7): names merged over columns that each have a name of their own, no corner word and no
    known names to decide, read as groups of the phases, each column a phase (was: phases over their steps,
    scores averaged, said only in --explain); check says it, with the --groups none that reads steps."""
    steps = [("Oriënteren", ["Zoeken", "Lezen"]), ("Kopen", ["Kiezen", "Betalen"]), ("Gebruiken", ["Installeren"])]
    path = grouped_phases(tmp_path / "stappen.xlsx", steps)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert groups_of(journey) == steps
    said = (
        "row 2 ('Oriënteren', 'Kopen', 'Gebruiken') names groups of the phases in row 3 (its names are merged over "
        "columns that each have a name of their own), each column a phase of its own — if it names phases over "
        "their steps, give --groups none"
    )
    assert [str(w) for w in canvas.warnings] == [f"{path}: Klantreis: {said}"]
    checked = CliRunner().invoke(main, ["check", str(path)])
    assert said in " ".join(checked.output.split())
    (phased,) = read_canvas(path, corrections=from_options(None, None, None, (), groups="none")).journeys
    assert [p.name for p in phased.phases] == ["Oriënteren", "Kopen", "Gebruiken"]


def test_groups_none_reads_the_upper_row_as_phases(tmp_path: Path) -> None:
    path = grouped_phases(tmp_path / "groepen.xlsx", [("Voor", ["A1", "A2"]), ("Tijdens", ["B1", "B2"])])
    result = CliRunner().invoke(main, ["check", "--explain", str(path), "--groups", "none"])
    assert result.exit_code == 0, result.output
    assert "2 phases: Voor (A1 · A2) | Tijdens (B1 · B2)" in result.output
    assert "names phases over their steps in row 3, as you said (--groups none)" in result.output
    assert "phase group" not in result.output.split("how it was read")[0]


def test_groups_in_canvasgen_toml_and_in_the_record(tmp_path: Path) -> None:
    path = grouped_phases(tmp_path / "groepen.xlsx", [("Voor", ["A1", "A2"]), ("Tijdens", ["B1", "B2"])])
    (tmp_path / "canvasgen.toml").write_text('["groepen.xlsx".Klantreis]\ngroups = "none"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert "2 phases: Voor (A1 · A2) | Tijdens (B1 · B2)" in result.output
    given = from_options(None, None, None, (), groups="Klantreis!none")
    assert from_record(to_record(given), "kit").for_sheet("Klantreis").groups == given.for_sheet("Klantreis").groups


def test_a_bad_groups_value_is_one_sentence(tmp_path: Path) -> None:
    path = grouped_phases(tmp_path / "groepen.xlsx", DUTCH)
    result = CliRunner().invoke(main, ["check", str(path), "--groups", "sometimes"])
    assert result.exit_code != 0
    assert "--groups 'sometimes': 'sometimes': say none or above" in result.output
    assert "Traceback" not in result.output


def test_a_title_over_the_whole_header_row_is_no_group(tmp_path: Path) -> None:
    cells: dict[str, object] = {"B1": "Customer Journey Map – Before and after"}
    cells.update({"B2": "Awareness", "C2": "Purchase", "D2": "Loyalty", "A3": "Klantproces", "A4": "Pijnpunten"})
    cells.update({"B3": "x", "C3": "y", "D3": "z", "B4": "p", "C4": "q", "D4": "r"})
    path = make_book(tmp_path / "titled.xlsx", {"Map": cells}, {"Map": ["B1:D1"]})
    (journey,) = read_canvas(path).journeys
    assert journey.phase_groups == []
    assert [p.name for p in journey.phases] == ["Awareness", "Purchase", "Loyalty"]


def test_groups_survive_the_json_model(tmp_path: Path) -> None:
    path = grouped_phases(tmp_path / "groepen.xlsx", DUTCH)
    result = CliRunner().invoke(main, ["check", "--json", str(path)])
    model = tmp_path / "reis.json"
    model.write_text(result.output, encoding="utf-8")
    (journey,) = read_canvas(model).journeys
    assert groups_of(journey) == DUTCH
    broken = result.output.replace('"first": 4', '"first": 5')
    model.write_text(broken, encoding="utf-8")
    failed = CliRunner().invoke(main, ["check", str(model)])
    assert failed.exit_code != 0
    assert "journeys[0].phase_groups[2]: the group of phases 6 to 7" in failed.output
    assert "Traceback" not in failed.output


STAGE_ROWS = [
    ("Notice", "Before", "online"),
    ("Compare", "Before", "online"),
    ("Visit", "During", "home"),
    ("Sign", "During", "home"),
    ("Install", "After", "home"),
]
STAGES = [["id", "title", "macro", "zone", "goal"]] + [
    [str(i + 1), title, macro, zone, f"goal {i + 1}"] for i, (title, macro, zone) in enumerate(STAGE_ROWS)
]


def test_a_stage_lists_grouping_column_is_the_phase_groups(tmp_path: Path) -> None:
    path = tmp_path / "stages.csv"
    path.write_text("\n".join(",".join(row) for row in STAGES) + "\n", encoding="utf-8")
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    # was: 'macro' kept as a lane, the stages ungrouped
    assert groups_of(journey) == [
        ("Before", ["Notice", "Compare"]),
        ("During", ["Visit", "Sign"]),
        ("After", ["Install"]),
    ]
    assert [lane.label for lane in journey.lanes] == ["zone", "goal"]
    assert [label.text for label in journey.phase_labels] == ["title", "macro", "id"]  # its header heads the groups
    assert lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    said = "column C ('macro') groups neighbouring stages: the phase groups — if it is no grouping of the stages"
    assert f"{said}, give --groups none" in explained
    assert "column D ('zone') groups neighbouring stages: kept as a lane (one column groups the phases)" in explained
    kept = CliRunner().invoke(main, ["check", "--explain", str(path), "--groups", "none"]).output
    assert "column C ('macro') groups neighbouring stages: kept as a lane (as you said: --groups none)" in kept
    assert "phase group" not in kept.split("how it was read")[0]


#: Groups as teams write them, in their order (a Dutch "Na", also read as "n/a", comes after its "Voor").
GROUP_WORDS = [
    ("Before", "During", "After"),
    ("Voor", "Tijdens", "Na"),
    ("Vooraf", "Tijdens het bezoek", "Na aankoop"),
    ("Vorher", "Während", "Nachher"),
    ("Avant", "Pendant", "Après"),
]


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_group_rows_in_any_script_and_place(data: st.DataObject) -> None:
    # a group of several phases at least: a name over each single phase is a lane over them (a goal each)
    sizes = data.draw(st.lists(st.integers(1, 3), min_size=2, max_size=3).filter(lambda s: max(s) > 1))
    names = data.draw(labels(sum(sizes)))
    group_names = data.draw(st.sampled_from(GROUP_WORDS))[: len(sizes)]
    groups, at = [], 0
    for name, size in zip(group_names, sizes):
        groups.append((name, names[at : at + size]))
        at += size
    merged, top, left = data.draw(st.booleans()), data.draw(st.integers(1, 6)), data.draw(st.integers(1, 4))
    place = data.draw(st.sampled_from(["over", "below"]))  # the row of groups over or under the phase row
    with tempfile.TemporaryDirectory() as folder:
        path = grouped_phases(Path(folder) / "g.xlsx", groups, merged=merged, top=top, left=left, place=place)
        canvas = read_canvas(path)
        assert lost_lines(path, canvas) == []
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == names
    assert groups_of(journey) == groups


@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_unmerged_group_names_by_their_shape_in_any_script_and_place(data: st.DataObject) -> None:
    """#30, round 10: names written once over the first phase of each group, blank over the others, with no
    label beside them, over a phase row headed as the phases: groups, in any script, group sizes and place,
    with a title, blank rows and a note around the map. The same names over the last phase of each group
    (the first phase blank) are no groups, and the reading says so with the --groups above that makes them."""
    sizes = data.draw(st.lists(st.integers(1, 3), min_size=2, max_size=4).filter(lambda s: max(s) > 1))
    n_lanes = data.draw(st.integers(1, 3))
    # phases, groups, lanes, a note and the lanes' items: all different (a name that is also an item is none)
    names = data.draw(labels(sum(sizes) * (1 + n_lanes) + len(sizes) + n_lanes + 1))
    phases, names = names[: sum(sizes)], names[sum(sizes) :]
    group_names, lanes, note = names[: len(sizes)], names[len(sizes) : len(sizes) + n_lanes], names[-1]
    body = iter(names[len(sizes) + n_lanes : -1])
    # the first lane's label a known one, so that the orientation is no guess: the row of groups is the point
    lanes[0] = data.draw(st.sampled_from(["Klantproces", "Customer actions", "Touchpoints", "Pijnpunten", "Kansen"]))
    # each name over its group's first phase, else over its last (the first phase blank)
    at_start = data.draw(st.booleans()) or sizes[0] == 1
    top, left = data.draw(st.integers(1, 6)), data.draw(st.integers(1, 4))
    title, gap = data.draw(st.booleans()) and top >= 3, data.draw(st.booleans())
    corner = data.draw(st.sampled_from(["Fase", "Phase", "Stage", "Etappe", "Этап"]))
    cells: dict[str, object] = {}

    def put(row: int, col: int, text: str) -> None:
        cells[f"{get_column_letter(col)}{row}"] = text

    expected, at = [], 0
    for name, size in zip(group_names, sizes):
        put(top, left + 1 + (at if at_start else at + size - 1), name)
        expected.append((name, phases[at : at + size]))
        at += size
    put(top + 1, left, corner)
    lane_rows = [top + 2 + k + (1 if gap and k else 0) for k in range(len(lanes))]  # maybe a blank row inside
    for j, phase in enumerate(phases):
        put(top + 1, left + 1 + j, phase)
        for lane, row in zip(lanes, lane_rows):
            put(row, left, lane)
            put(row, left + 1 + j, next(body))
    if title:
        put(top - 2, left, f"{note} {note}")
    put(lane_rows[-1] + 3, left, note)
    with tempfile.TemporaryDirectory() as folder:
        path = make_book(Path(folder) / "g.xlsx", {"Map": cells})
        canvas = read_canvas(path)
        assert lost_lines(path, canvas) == []
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == phases
    assert [lane.label for lane in journey.lanes if lane.source is not None] == lanes
    if at_start:
        assert groups_of(journey) == expected, journey.reading
        assert any("names groups of the phases by its shape" in line for line in journey.reading)
    else:
        assert journey.phase_groups == [], journey.reading
        assert any(line.endswith("give --groups above") for line in journey.reading), journey.reading


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_stage_list_groups_in_any_script(data: st.DataObject) -> None:
    sizes = data.draw(st.lists(st.integers(1, 3), min_size=2, max_size=4).filter(lambda s: max(s) > 1))
    n = sum(sizes)
    names = data.draw(labels(n + len(sizes) + 1))
    titles, group_names, extra = names[:n], names[n : n + len(sizes)], names[-1]
    header = ["id", "title", data.draw(st.sampled_from(["macro", "phase", "group", "Fase"])), extra]
    rows, at = [header], 0
    for name, size in zip(group_names, sizes):
        rows += [[str(at + k + 1), titles[at + k], name, f"{extra} {at + k}"] for k in range(size)]
        at += size
    order = data.draw(st.permutations(rows[1:]))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stages.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows([header, *order])
        canvas = read_canvas(path)
        assert lost_lines(path, canvas) == []
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == titles
    expected, at = [], 0
    for name, size in zip(group_names, sizes):
        expected.append((name, titles[at : at + size]))
        at += size
    assert groups_of(journey) == expected


def test_a_dutch_na_beside_the_canvas_is_kept_and_na_written_as_n_a_is_no_word(tmp_path: Path) -> None:
    """ "Na" is Dutch for "after": read as n/a it vanished from a row the reader took for notes, with no
    warning. "N/A" and "n.v.t." still fill a cell without saying anything."""
    from canvasgen.vocabulary.structure import is_placeholder

    assert not is_placeholder("Na") and is_placeholder("N/A") and is_placeholder("n.v.t.")
    path = make_book(
        tmp_path / "na.xlsx",
        {
            "Klantreis": {
                "A1": "Reis",
                "B2": "Voor",
                "D2": "Tijdens",
                "E2": "Na",
                "A3": "Fase",
                "B3": "Oriëntatie",
                "C3": "Vergelijken",
                "D3": "Aankoop",
                "E3": "Gebruik",
                "A4": "Klantproces",
                "B4": "Zoekt",
                "C4": "Vergelijkt",
                "D4": "Koopt",
                "E4": "Gebruikt",
            }
        },
        {"Klantreis": ["B2:C2"]},
    )
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    kept = [group.name.text for group in journey.phase_groups] + [n.text for n in [*journey.notes, *canvas.notes]]
    assert "Na" in kept


def with_cell(path: Path, ref: str, text: str) -> Path:
    """The workbook with one more cell written in its sheet 'Klantreis'."""
    book = openpyxl.load_workbook(path)
    book["Klantreis"][ref] = text
    book.save(path)
    return path


HOSTILE_GROUPS = [("Voor", ["Oriëntatie", "Vergelijken"]), ("Tijdens", ["Aankoop"]), ("Na", ["Gebruik"])]


@pytest.mark.parametrize("title", [None, "Reis van de klant"])
@pytest.mark.parametrize(
    "groups",
    [HOSTILE_GROUPS, [("Before", ["Awareness", "Compare"]), ("During", ["Buy"]), ("After", ["Use"])]],
    ids=["nl", "en"],
)
def test_groups_over_a_phase_row_headed_fase_under_a_title(
    tmp_path: Path, title: str | None, groups: list[tuple[str, list[str]]]
) -> None:
    """A hostile tester's files: "Fase" in the corner of the phase row made the row above no group row
    (its first name did not stand over the row's first cell), so the groups became notes."""
    path = grouped_phases(tmp_path / "g.xlsx", groups, top=2 if title else 1, corner="Fase")
    if title:
        with_cell(path, "A1", title)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert groups_of(journey) == groups
    assert journey.notes == [] and canvas.notes == []
    assert not any("kept as notes" in str(w) for w in canvas.warnings)
    assert lost_lines(path, canvas) == []


def test_a_group_merged_over_the_label_column_or_past_the_last_phase_groups_its_phases(tmp_path: Path) -> None:
    """ "Voor" merged over A2:C2 (the label column too) was a note; "Na" merged past the last phase a group."""
    groups = [("Voor", ["Oriëntatie", "Vergelijken"]), ("Na", ["Aankoop", "Gebruik"])]
    path = with_cell(grouped_phases(tmp_path / "g.xlsx", groups, top=2, corner="Fase", place="overhang"), "A1", "Reis")
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert groups_of(journey) == groups
    assert [str(g.name.source) for g in journey.phase_groups] == ["Klantreis!A2:C2", "Klantreis!D2:H2"]
    assert journey.notes == [] and canvas.notes == []
    assert lost_lines(path, canvas) == []


def test_a_word_beside_the_group_names_heads_them(tmp_path: Path) -> None:
    path = with_cell(grouped_phases(tmp_path / "g.xlsx", HOSTILE_GROUPS, top=2, corner="Fase"), "A2", "Moment")
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert groups_of(journey) == HOSTILE_GROUPS
    assert [label.text for label in journey.phase_labels] == ["Fase", "Moment"]
    assert journey.notes == [] and lost_lines(path, canvas) == []


def test_groups_above_reads_the_row_above_or_says_it_found_none(tmp_path: Path) -> None:
    """`--groups above` was silently ignored where the shape showed no group row."""
    cells: dict[str, object] = {"A2": "Fase", "B2": "Awareness", "C2": "Purchase", "D2": "Loyalty"}
    cells.update({"A3": "Klantproces", "B3": "x", "C3": "y", "D3": "z", "A4": "Pijnpunten", "B4": "p", "C4": "q"})
    titled = make_book(tmp_path / "titled.xlsx", {"Map": {**cells, "A1": "Our journey"}}, {"Map": ["A1:D1"]})
    result = CliRunner().invoke(main, ["check", str(titled), "--groups", "above"])
    assert result.exit_code == 0, result.output
    assert (
        "titled.xlsx: Map: --groups above: row 1, above the phase names in row 2, holds one title merged over all "
        "of them, no group of them: no phase groups read"
    ) in " ".join(result.output.split())
    first = make_book(tmp_path / "first.xlsx", {"Map": {k[0] + str(int(k[1:]) - 1): v for k, v in cells.items()}})
    result = CliRunner().invoke(main, ["check", str(first), "--groups", "above"])
    assert "--groups above: the phase names are in row 1, with no row above them: no phase groups read" in (
        " ".join(result.output.split())
    )
    # names over single phases are read as a lane of goals, unless the user says they are groups
    goals = make_book(tmp_path / "goals.xlsx", {"Map": {**cells, "B1": "Early", "C1": "Middle", "D1": "Late"}})
    (journey,) = read_canvas(goals).journeys
    assert journey.phase_groups == [] and [i.text for i in journey.lanes[0].cells[0]] == ["Early"]  # a lane
    (journey,) = read_canvas(goals, corrections=from_options(None, None, None, (), groups="above")).journeys
    assert groups_of(journey) == [("Early", ["Awareness"]), ("Middle", ["Purchase"]), ("Late", ["Loyalty"])]
    explained = CliRunner().invoke(main, ["check", "--explain", str(goals), "--groups", "above"]).output
    said = "row 1 ('Early', 'Middle', 'Late') names groups of the phases in row 2, as you said (--groups above)"
    assert said in explained


def transposed_groups(
    path: Path, groups: list[tuple[str, list[str]]], merged: bool, header: str | None, top: int = 1, left: int = 1
) -> Path:
    """Phases down a column, a column of group names before it (merged over each group's rows, or written
    on each row), lanes across; ``header``: the groups' column header."""
    from openpyxl.utils import get_column_letter as letter

    g, p, a, b = (letter(left + i) for i in range(4))
    cells: dict[str, object] = {f"{p}{top}": "Fase", f"{a}{top}": "Klant doet", f"{b}{top}": "Pijnpunten"}
    if header:
        cells[f"{g}{top}"] = header
    merges, row = [], top + 1
    for name, phases in groups:
        first = row
        for phase in phases:
            if not merged or row == first:
                cells[f"{g}{row}"] = name
            cells.update({f"{p}{row}": phase, f"{a}{row}": f"doet {phase}", f"{b}{row}": f"pijn {phase}"})
            row += 1
        if merged and row - first > 1:
            merges.append(f"{g}{first}:{g}{row - 1}")
    return make_book(path, {"Reis": cells}, {"Reis": merges})


@pytest.mark.parametrize(
    ("merged", "header"),
    [(True, None), (False, None), (False, "Moment"), (True, "Macro stage"), (False, "Stage group")],
)
def test_a_column_before_the_phases_down_groups_them(tmp_path: Path, merged: bool, header: str | None) -> None:
    """Transposed canvases had no groups: the column beside the phases was notes (merged) or a lane."""
    groups = [("Voor", ["Oriëntatie", "Vergelijken"]), ("Tijdens", ["Aankoop"]), ("Na", ["Gebruik", "Service"])]
    path = transposed_groups(tmp_path / "t.xlsx", groups, merged, header)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert groups_of(journey) == groups
    assert [lane.label for lane in journey.lanes] == ["Klant doet", "Pijnpunten"]
    assert journey.notes == [] and canvas.notes == [] and lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "groups the phases (" in explained and "give --groups none" in explained
    (kept,) = read_canvas(path, corrections=from_options(None, None, None, (), groups="none")).journeys
    assert kept.phase_groups == []
    assert lost_lines(path, read_canvas(path, corrections=from_options(None, None, None, (), groups="none"))) == []


@pytest.mark.parametrize(
    ("merged", "header", "phase_header"),
    [(True, "Moment", "Fase"), (False, "Moment", "Fase"), (False, "Moment", "Stage"), (True, None, "Stap")],
)
def test_a_group_column_before_the_phases_down_with_a_score_column_groups_them(
    tmp_path: Path, merged: bool, header: str | None, phase_header: str
) -> None:
    """Round 14 F22: with a score column the group names down column A were read as personas, one journey
    each of numbered steps, and --explain offered --phases-col A (which makes the groups phases)."""
    groups = [("Thuis", ["Plannen", "Kaartje kopen"]), ("Station", ["Inchecken", "Wachten"]), ("Trein", ["Reizen"])]
    path = transposed_groups(tmp_path / "t.xlsx", groups, merged, header)
    book = openpyxl.load_workbook(path)
    sheet = book["Reis"]
    sheet["B1"], sheet["E1"] = phase_header, "Score"
    for row, score in zip(range(2, 7), (0, -1, -2, -1, 1), strict=True):
        sheet[f"E{row}"] = score
    book.save(path)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert groups_of(journey) == groups
    assert "persona" not in journey.meta and journey.phases[0].name == "Plannen"
    assert [lane.label for lane in journey.lanes][:2] == ["Klant doet", "Pijnpunten"]
    assert lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "--phases-col A" not in explained and "groups the phases (" in explained


def test_groups_read_as_personas_offer_the_phases_column_that_corrects_them(tmp_path: Path) -> None:
    """Round 14 F22: headed as neither groups nor phases ('Wie | Wat'), the names down column A stay personas,
    but --explain offered only --phases-col A (the groups as phases); it names column B, and that works."""
    groups = [("Thuis", ["Plannen", "Kaartje kopen"]), ("Station", ["Inchecken", "Wachten"]), ("Trein", ["Reizen"])]
    path = transposed_groups(tmp_path / "t.xlsx", groups, False, "Wie")
    book = openpyxl.load_workbook(path)
    sheet = book["Reis"]
    sheet["B1"], sheet["E1"] = "Wat", "Score"
    for row, score in zip(range(2, 7), (0, -1, -2, -1, 1), strict=True):
        sheet[f"E{row}"] = score
    book.save(path)
    assert len(read_canvas(path).journeys) == 3  # one per name down column A: said, with the way out
    explained = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    assert "if column A groups the phases named in column B, give --phases-col B" in explained
    canvas = read_canvas(path, corrections=from_options(None, "B", None, ()))
    (journey,) = canvas.journeys
    assert groups_of(journey) == groups and lost_lines(path, canvas) == []


def test_a_lane_whose_values_repeat_down_the_phases_is_no_group(tmp_path: Path) -> None:
    """Only a column before the phases, or one headed as a group, groups them: a lane after them whose
    values repeat ("Web, Web, Winkel") stays a lane."""
    cells: dict[str, object] = {"A1": "Fase", "B1": "Kanaal", "C1": "Pijnpunten"}
    for row, (phase, channel) in enumerate(
        [("Oriëntatie", "Web"), ("Vergelijken", "Web"), ("Aankoop", "Winkel"), ("Gebruik", "Winkel")], start=2
    ):
        cells.update({f"A{row}": phase, f"B{row}": channel, f"C{row}": f"pijn {phase}"})
    path = make_book(tmp_path / "t.xlsx", {"Reis": cells})
    (journey,) = read_canvas(path).journeys
    assert journey.phase_groups == []
    assert [lane.label for lane in journey.lanes] == ["Kanaal", "Pijnpunten"]
    result = CliRunner().invoke(main, ["check", str(path), "--groups", "above"])
    assert "Reis: --groups above: the phases run down column A, and no column before it repeats one name" in (
        " ".join(result.output.split())
    )


@pytest.mark.slow
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_group_columns_down_in_any_script_and_place(data: st.DataObject) -> None:
    sizes = data.draw(st.lists(st.integers(1, 3), min_size=2, max_size=4).filter(lambda s: max(s) > 1))
    names = data.draw(labels(sum(sizes) + len(sizes)))
    phases, group_names = names[: sum(sizes)], names[sum(sizes) :]
    groups, at = [], 0
    for name, size in zip(group_names, sizes):
        groups.append((name, phases[at : at + size]))
        at += size
    merged, top, left = data.draw(st.booleans()), data.draw(st.integers(1, 5)), data.draw(st.integers(1, 4))
    header = data.draw(st.sampled_from([None, "Moment", "Stage group", "Macro"]))
    with tempfile.TemporaryDirectory() as folder:
        path = transposed_groups(Path(folder) / "t.xlsx", groups, merged, header, top, left)
        canvas = read_canvas(path)
        assert lost_lines(path, canvas) == []
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == phases
    assert groups_of(journey) == groups


def nested_long_table(path: Path) -> Path:
    """A long table of jobs over phases over sub-steps (the shape of a published JTBD journey): the phase
    written on every row; a job with no phase of its own; a phase whose rows fall under two jobs."""
    rows = [["Job step", "Big job", "Phase", "Sub-step", "Pains"]]
    rows += [["1. Plan", "Plan the rollout", "1. Explore", "1.a Read", "too many options"]]
    rows += [["1. Plan", "Plan the rollout", "1. Explore", "1.b Decide", ""]]
    rows += [["1. Plan", "Plan the rollout", "2. Order", "2.a Order kit", "late delivery"]]
    rows += [["2. Test", "Test it works", "3. Configure", "3.a Settings", "hundreds of settings"]]
    rows += [["2. Test", "Test it works", "4. Go live", "4.a Switch", ""]]
    rows += [["3. Grow", "Grow the business", "", "", "no research yet"]]
    rows += [["4. Run", "Run it daily", "5. Operate", "5.a Routine", "reboots"]]
    rows += [["4. Run", "Run it daily", "6. Replace", "6.a Swap", "broken terminals"]]
    rows += [["5. Fix", "Fix what breaks", "6. Replace", "6.b Return", "courier costs"]]
    rows += [["5. Fix", "Fix what breaks", "7. Recycle", "7.a Recycle", ""]]
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def test_a_long_tables_job_column_over_its_phases_groups_them(tmp_path: Path) -> None:
    """A JTBD journey's "Job step" over its "Phase" column was a lane: now the phase groups, a job with no
    phase of its own a phase named by its job, a phase under two jobs said."""
    path = nested_long_table(tmp_path / "jobs.csv")
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert journey.shape == "long"
    assert [p.name for p in journey.phases] == [
        "Explore",
        "Order",
        "Configure",
        "Go live",
        "Grow",
        "Operate",
        "Replace",
        "Recycle",
    ]
    assert groups_of(journey) == [
        ("1. Plan", ["Explore", "Order"]),
        ("2. Test", ["Configure", "Go live"]),
        ("3. Grow", ["Grow"]),  # its own group: the group row keeps its number (round 19, F16)
        ("4. Run", ["Operate", "Replace"]),
        ("5. Fix", ["Recycle"]),
    ]
    assert [lane.label for lane in journey.lanes] == ["Big job", "Sub-step", "Pains"]
    assert [i.text for i in journey.lanes[2].cells[4]] == ["no research yet"]
    assert [label.text for label in journey.phase_labels] == ["Phase", "Job step"]
    assert journey.notes == [] and lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "column A ('Job step') groups the phases (its header names groups): 5 phase groups" in explained
    assert "phases with rows under more than one group of column A, each in the group of its first row: 'Replace'" in (
        explained
    )
    (plain,) = read_canvas(path, corrections=from_options(None, None, None, (), groups="none")).journeys
    assert plain.phase_groups == [] and "Job step" in [lane.label for lane in plain.lanes]


def test_a_job_with_no_phase_of_its_own_keeps_its_number_on_the_poster(tmp_path: Path) -> None:
    """Round 19 (F16): the job "3. Grow" with no phase under it is a phase named "Grow"; in no group, the
    poster's group row had a hole over it and its "3." was nowhere. The group row says it as written."""
    path = nested_long_table(tmp_path / "jobs.csv")
    printed = " ".join(line.text for page in poster(path).pages for block in page.blocks for line in block.lines)
    for job in ("1. Plan", "2. Test", "3. Grow", "4. Run", "5. Fix"):
        assert job in printed, job


def test_a_column_whose_value_changes_inside_a_phase_groups_nothing(tmp_path: Path) -> None:
    rows = [["Phase", "Touchpoint group", "Touchpoint"], ["Explore", "Online", "Search"], ["", "Online", "Reviews"]]
    rows += [["", "Store", "Visit"], ["Buy", "Store", "Till"], ["Use", "Home", "Unbox"], ["", "Home", "Setup"]]
    path = tmp_path / "long.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    (journey,) = read_canvas(path).journeys
    assert [p.name for p in journey.phases] == ["Explore", "Buy", "Use"]
    assert journey.phase_groups == []
    assert [lane.label for lane in journey.lanes] == ["Touchpoint group", "Touchpoint"]


def test_groups_of_a_journey_split_over_poster_pages_head_each_page(tmp_path: Path) -> None:
    """The poster split a long grouped journey over pages but indexed the groups over the whole journey:
    the build failed ("list index out of range")."""
    groups = [(name, [f"{name} stap {p}" for p in range(1, 7)]) for name in ("Voor", "Tijdens", "Na")]
    path = grouped_phases(tmp_path / "long.xlsx", groups)
    (journey,) = read_canvas(path).journeys
    assert groups_of(journey) == groups
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    text = squeeze(pdf_text(tmp_path / "out" / "long.pdf"))
    assert all(squeeze(name) in text for name, _ in groups)
    assert all(squeeze(p) in text for _, phases in groups for p in phases)
    slides = squeeze(slide_text(tmp_path / "out" / "long.pptx"))
    assert all(squeeze(name) in slides for name, _ in groups)


def test_names_over_some_phases_headed_fase_that_look_like_no_groups_stay_as_they_were(tmp_path: Path) -> None:
    """Under a row headed "Fase", a row above is groups only when it looks like groups: group words, names
    merged over several phases, or names over known phases; goals over two of four phases are no groups,
    and never phases over steps (the corner says the row under them names the phases)."""
    cells: dict[str, object] = {"A2": "Fase", "B2": "Alpha", "C2": "Beta", "D2": "Gamma", "E2": "Delta"}
    cells.update({"A3": "Klantproces", "B3": "a", "C3": "b", "D3": "c", "E3": "d", "B1": "Doel een", "D1": "Doel drie"})
    canvas = read_canvas(make_book(tmp_path / "g.xlsx", {"Map": cells}))
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Alpha", "Beta", "Gamma", "Delta"]
    assert journey.phase_groups == [] and not any(p.step_names for p in journey.phases)
    merged = make_book(tmp_path / "m.xlsx", {"Map": cells}, {"Map": ["B1:C1", "D1:E1"]})
    (journey,) = read_canvas(merged).journeys
    assert groups_of(journey) == [("Doel een", ["Alpha", "Beta"]), ("Doel drie", ["Gamma", "Delta"])]


def test_a_row_of_known_phase_names_under_names_as_known_is_the_phases_and_the_row_over_it_groups_them(
    tmp_path: Path,
) -> None:
    # No "Fase" beside the phase row; the merged names over it are known phase words too (2 of 3), as many as
    # the row under it (4 of 6): the row of known names is the phases (was: 3 phases over their steps).
    groups = [
        ("Oriëntatie en keuze", ["Oriëntatie", "Vergelijken"]),
        ("Kopen", ["Aankoop", "Levering"]),
        ("Na de koop", ["Gebruik", "Service"]),
    ]
    path = grouped_phases(tmp_path / "groepen.xlsx", groups)
    (journey,) = read_canvas(path).journeys
    assert groups_of(journey) == groups
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert (
        "row 2 ('Oriëntatie en keuze', 'Kopen', 'Na de koop') names groups of the phases in row 3 (the row under it "
        "names known phases: 4 of 6, 2 of 3 in row 2) — if it names phases over their steps, give --groups none"
    ) in explained
    (steps,) = read_canvas(path, corrections=from_options(None, None, None, (), groups="none")).journeys
    assert [p.name for p in steps.phases] == [name for name, _ in groups]


def test_phases_over_steps_by_the_share_of_known_names_say_why_and_how_to_group(tmp_path: Path) -> None:
    groups = [
        ("Bewustwording", ["Oriëntatie", "Vergelijken"]),
        ("Aankoop", ["Kopen", "Levering"]),
        ("Gebruik", ["Installeren", "Service"]),
    ]
    path = grouped_phases(tmp_path / "stappen.xlsx", groups)
    (journey,) = read_canvas(path).journeys
    assert [p.name for p in journey.phases] == [name for name, _ in groups]
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert (
        "names phases over their steps in row 3 (3 of 3 of its names are known phase names, 3 of 6 in row 3), "
        "though its names are merged over columns that each have a name of their own — if it names groups of "
        "phases, give --groups above"
    ) in " ".join(explained.split())
    # the evidence is mixed: check says it too, not only --explain
    checked = " ".join(CliRunner().invoke(main, ["check", str(path)]).output.split())
    assert "the steps' columns share their phase's column and score — if it names groups of phases, give --groups" in (
        checked
    )


_ANFRAGE = ["Anfrage", "Beratung", "Termin", "Umsetzung", "Rechnung"]


def test_names_over_the_first_phase_of_each_run_are_groups_by_their_shape(tmp_path: Path) -> None:
    """Round 9, third look: "Vorher | · | Währenddessen | · | Danach" unmerged over five phases became a lane
    'Zeile 2' above the phase names. Round 10 (#30): a short name over the first phase of each group, blank
    over the others, no label beside it, is a row of groups by its shape, said with the --groups none that
    keeps it a lane."""
    cells: dict[str, object] = {"A3": "Phase", "B2": "Vorher", "D2": "Währenddessen", "F2": "Danach"}
    cells["A4"] = "Aktivitäten"
    for i, phase in enumerate(_ANFRAGE):
        cells.update({f"{'BCDEF'[i]}3": phase, f"{'BCDEF'[i]}4": f"tut {i}"})
    path = make_book(tmp_path / "g.xlsx", {"Reise": cells})
    (journey,) = read_canvas(path).journeys
    assert groups_of(journey) == [("Vorher", _ANFRAGE[:2]), ("Währenddessen", _ANFRAGE[2:4]), ("Danach", _ANFRAGE[4:])]
    assert [lane.label for lane in journey.lanes] == ["Aktivitäten"]
    said = "row 2 (B2 'Vorher', D2 'Währenddessen', F2 'Danach'), over the phase names in row 3 with no label beside it"
    assert any(line.startswith(said) and line.endswith("or give --groups none") for line in journey.reading)
    (lane,) = read_canvas(path, corrections=from_options(None, None, None, (), groups="none")).journeys
    assert lane.phase_groups == [] and [x.label for x in lane.lanes][1:] == ["Aktivitäten"]
    assert any(line.endswith("names no groups of the phases, as you said (--groups none)") for line in lane.reading)


@pytest.mark.parametrize("title", [None, "Reis van de klant"])
def test_groups_over_a_phase_whose_name_is_left_blank_still_group(tmp_path: Path, title: str | None) -> None:
    """A new user's canvas: 'De aanvraag zelf' merged over D7:E7 stood over a phase left unnamed in D8 (read
    as a phase of its own), so the whole row of groups went to notes without a word."""
    path = grouped_phases(tmp_path / "g.xlsx", DUTCH, top=2 if title else 1, corner="Fase")
    if title:
        with_cell(path, "A1", title)
    book = openpyxl.load_workbook(path)
    book["Klantreis"]["D3" if title else "D2"] = None
    book.save(path)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [name for name, _ in groups_of(journey)] == ["Voor", "Tijdens", "Na"]
    assert [len(phases) for _, phases in groups_of(journey)] == [2, 2, 2]
    assert not any("kept as notes" in str(w) for w in canvas.warnings)
    assert any("--groups none" in line for line in journey.reading)
    assert lost_lines(path, canvas) == []


def test_names_merged_over_the_phases_left_as_notes_say_how_to_group(tmp_path: Path) -> None:
    """Names merged over phases that the reader does not take for groups (the first phase under none) go to
    notes, and --explain names --groups above, the correction that makes them groups."""
    phases = ["Oriëntatie", "Vergelijken", "Bestellen", "Betalen", "Levering"]
    cells: dict[str, object] = {"A2": "Fase", "C1": "Tijdens", "E1": "Na", "A3": "Klantproces", "A4": "Pijnpunten"}
    for i, phase in enumerate(phases):
        cells |= {f"{'BCDEF'[i]}2": phase, f"{'BCDEF'[i]}3": f"doet {i}", f"{'BCDEF'[i]}4": f"pijn {i}"}
    path = make_book(tmp_path / "g.xlsx", {"Klantreis": cells}, {"Klantreis": ["C1:D1", "E1:F1"]})
    (journey,) = read_canvas(path).journeys
    assert not journey.phase_groups  # the first phase under no group: not groups of the whole row of phases
    assert (
        "row 1 ('Tijdens', 'Na'), merged over the phases in row 2, is read as notes, not as groups of the "
        "phases — if it names groups of them, give --groups above"
    ) in journey.reading


def test_the_row_over_the_phases_is_judged_once_per_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether the row over the phase names groups them by its shape was asked twice per table: once for
    the groups, once again for what is said of a row over the phases read as a lane."""
    from canvasgen.read.tables import across

    asked: list[int] = []
    original = across._not_groups

    def counted(*args):  # type: ignore[no-untyped-def]
        asked.append(1)
        return original(*args)

    monkeypatch.setattr(across, "_not_groups", counted)
    source = make_book(
        tmp_path / "reis.xlsx",
        {
            "Reis": {
                "A1": "Reis",
                "A3": "Fase",
                "B3": "Zoeken",
                "C3": "Kopen",
                "D3": "Gebruiken",
                "A4": "Klantproces",
                "B4": "Zoekt",
                "C4": "Koopt",
                "D4": "Gebruikt",
            }
        },
    )
    assert [p.name for p in read_canvas(source).journeys[0].phases] == ["Zoeken", "Kopen", "Gebruiken"]
    assert len(asked) == 1
