"""Stage lists (#30 item 6): one row per stage with an id column; the stages are the phases, in id order."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvasgen.cli import main
from canvasgen.vocabulary import is_persona_header
from tests.support.read_back import lost_lines, pdf_text, slide_text, squeeze
from tests.support.reading import read_canvas
from tests.support.shapes import labels

STAGES = [
    ("3", "Ask for a quote", "online", "Before", "Convert visits to leads"),
    ("1", "Notice the offer", "online", "Before", "Reach new households"),
    ("2", "Compare suppliers", "online", "Before", "Be on the shortlist"),
    ("4", "Site visit", "home", "During", "Win the site visit"),
    ("5", "Sign the contract", "home", "During", "Close the deal"),
]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def test_a_stage_list_is_the_phase_list_in_id_order(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "stages.csv", [["id", "title", "zone", "phase", "business_goal"], *map(list, STAGES)])
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    # was: its first data row taken as lane labels, 'Ask for a quote' lost as a phase
    assert [p.name for p in journey.phases] == [s[1] for s in sorted(STAGES)]
    # 'phase' repeats over neighbouring stages (as 'zone' does) and is headed as a group: the phase groups
    assert [lane.label for lane in journey.lanes] == ["zone", "business_goal"]
    assert [(g.name.text, g.first, g.count) for g in journey.phase_groups] == [("Before", 0, 3), ("During", 3, 2)]
    assert [i.text for i in journey.lanes[1].cells[0]] == ["Reach new households"]
    assert lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "a stage list: one row per stage (rows 2 to 6), ids in column A, the phases named by column B" in explained
    assert "if the rows are no stages, give --phases-row 1" in explained
    assert "column D ('phase') groups neighbouring stages: the phase groups — if it is no grouping" in explained
    assert "column C ('zone') groups neighbouring stages: kept as a lane (one column groups the phases)" in explained
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    (pdf,), (pptx,) = sorted((tmp_path / "out").rglob("*.pdf")), sorted((tmp_path / "out").rglob("*.pptx"))
    for text in (squeeze(pdf_text(pdf)), squeeze(slide_text(pptx))):
        assert all(squeeze(s[1]) in text and squeeze(s[4]) in text for s in STAGES)


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_stage_lists_in_any_order_and_script(data: st.DataObject) -> None:
    n, extra = data.draw(st.integers(3, 9)), data.draw(st.integers(1, 3))
    # a column headed as personas ("Personas …") makes a persona × stage table, no stage list: no such header
    names = data.draw(labels(n + extra + n * extra).filter(lambda ns: not any(is_persona_header(x) for x in ns)))
    order = data.draw(st.permutations(list(range(n))))
    header = ["id", data.draw(st.sampled_from(["title", "name", "Stage name"])), *names[n : n + extra]]
    rows = [header] + [[str(i + 1), names[i], *(names[n + extra + i * extra + k] for k in range(extra))] for i in order]
    with tempfile.TemporaryDirectory() as folder:
        path = write_csv(Path(folder) / "stages.csv", rows)
        canvas = read_canvas(path)
        assert lost_lines(path, canvas) == []
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == names[:n]
    assert [lane.label for lane in journey.lanes] == names[n : n + extra]


@pytest.mark.parametrize("id_header", ["id", "ID", "stage_id"])
def test_the_header_of_the_ids_is_no_note_and_no_numbering_is_said_taken_off(tmp_path: Path, id_header: str) -> None:
    """A hostile tester's stage list: its "id" header was a note (with a warning), and `--explain` said
    numbering was taken off titles that had none ("'1. Zien' -> 'Zien'": the reader wrote the id there)."""
    rows = [[id_header, "title", "business_goal"], ["1", "Zien", "Bereik"], ["2", "Kiezen", "Conversie"]]
    rows += [["3", "Stage 3: Kopen >>", "Omzet"], ["4", "Gebruiken", "Retentie"]]
    path = write_csv(tmp_path / "stages.csv", rows)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Zien", "Kiezen", "Kopen", "Gebruiken"]
    assert journey.notes == [] and canvas.notes == []
    assert [label.text for label in journey.phase_labels] == ["title", id_header]
    assert not any("kept as notes" in str(w) for w in canvas.warnings)
    assert lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "numbering and arrows taken off phase names: 'Stage 3: Kopen >>' -> 'Kopen'\n" in explained
    assert "'1. Zien'" not in explained and "to notes" not in explained


def test_a_column_headed_as_a_group_whose_values_come_back_is_a_lane_and_said(tmp_path: Path) -> None:
    rows = [["id", "title", "phase"], ["1", "Zien", "Before"], ["2", "Kiezen", "Before"], ["3", "Kopen", "During"]]
    rows += [["4", "Delen", "Before"]]
    path = write_csv(tmp_path / "stages.csv", rows)
    (journey,) = read_canvas(path).journeys
    assert journey.phase_groups == [] and [lane.label for lane in journey.lanes] == ["phase"]
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "column C ('phase') is headed as a group of stages, but its values come back after others" in explained


#: Headers people write over a stage list's ids and titles (EN, NL, RU), and how they write the ids.
ID_HEADERS = ["id", "Step ID", "nr", "Fase nr.", "#", "№", "code", "stage_no", "Código", "Codice"]
TITLE_HEADERS = ["title", "Naam fase", "label", "Stage name", "Название этапа", "Name of the step", "naam", "Nombre"]
ID_STYLES = {
    "number": lambda n: n,
    "text": lambda n: str(n),
    "padded": lambda n: f"{n:02d}",
    "letter": lambda n: f"S{n}",
    "worded": lambda n: f"Stage {n}",
    "dutch": lambda n: f"Fase {n}",
    "single letter": lambda n: chr(ord("A") + n - 1),
}
#: Styles that hold the stage's number: a list may mix them ("Stage 3", "S1", "02").
NUMBERED_STYLES = ["number", "text", "padded", "letter", "worded", "dutch"]


@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_stage_lists_under_a_title_with_any_headers_and_ids_and_a_remark_below(data: st.DataObject) -> None:
    """Round 9's fresh files: a stage list under a title (at any offset, blank rows between), headed in
    other words ('Naam fase', 'label', '№', 'Fase nr.'), its ids written 'S10', 'Stage 3' or '03' and
    unsorted, a remark under it: it was read as a guess (a phase 'Bron: …'), or in written order. Ids
    of mixed forms ('Stage 3', 'S1', '02') or single letters ('C', 'A', 'B') kept the written order."""
    n, extra = data.draw(st.integers(3, 11)), data.draw(st.integers(1, 3))
    names = data.draw(labels(n + extra + n * extra + 2))
    title, remark = names[-2], names[-1]
    named = data.draw(st.sampled_from([*sorted(ID_STYLES), "mixed"]))
    mixed = [data.draw(st.sampled_from(NUMBERED_STYLES)) for _ in range(n)]
    order = data.draw(st.permutations(list(range(n))))
    top, left = data.draw(st.integers(1, 3)), data.draw(st.integers(1, 4))
    head = [data.draw(st.sampled_from(ID_HEADERS)), data.draw(st.sampled_from(TITLE_HEADERS)), *names[n : n + extra]]
    style = [ID_STYLES[mixed[i] if named == "mixed" else named] for i in range(n)]
    body = [[style[i](i + 1), names[i], *(names[n + extra + i * extra + k] for k in range(extra))] for i in order]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.cell(top, left, title)
    for r, row in enumerate([head, *body], start=top + 2):
        for c, value in enumerate(row, start=left):
            sheet.cell(r, c, value)
    sheet.cell(top + 4 + n, left + data.draw(st.integers(0, 1 + extra)), remark)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stages.xlsx"
        book.save(path)
        canvas = read_canvas(path)
        assert lost_lines(path, canvas) == []
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == names[:n]
    assert [lane.label for lane in journey.lanes] == names[n : n + extra]
    assert remark in [i.text for i in [*canvas.notes, *journey.notes]]
    said = [line for line in journey.reading if line.startswith(f"row {top + 4 + n} (")]
    assert len(said) == 1 and said[0].endswith("a remark, kept as a note")


ORDINARY = [
    ["Fase", "Oriëntatie", "Aankoop", "Gebruik"],
    ["Klantproces", "Zoekt online", "Bestelt fiets", "Fietst dagelijks"],
    ["Intern proces", "Ads", "Levering", "Onderhoud"],
    ["Pijnpunten", "Te duur", "Lange levertijd", "Lekke band"],
    ["Kansen", "Proefrit", "Snellere levering", "Bandenservice"],
]


@pytest.mark.parametrize("id_header", ["id", "nr", "ID", "#"])
@pytest.mark.parametrize("where", ["left", "right"])
def test_an_ordinary_canvas_with_an_id_column_is_no_stage_list(tmp_path: Path, id_header: str, where: str) -> None:
    """Hostile round 9: phases across a 'Fase' row, known lanes down, and an 'id' column beside them was read
    as a stage list (the lanes became phases); the grid's phase names across and lane labels down win."""
    ids = [id_header, "1", "2", "3", "4"]
    rows = [[i, *row] if where == "left" else [*row, i] for i, row in zip(ids, ORDINARY, strict=True)]
    path = write_csv(tmp_path / "canvas.csv", rows)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Oriëntatie", "Aankoop", "Gebruik"]
    assert [lane.label for lane in journey.lanes if lane.label != id_header] == [row[0] for row in ORDINARY[1:]]
    assert lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "a stage list: one row" not in explained
    assert f"no stage list, though column {'A' if where == 'left' else 'E'} is headed '{id_header}'" in explained
    title = "B" if where == "left" else "A"
    assert f"if the rows are stages after all, give --phases-col {title} --labels 1" in explained
    corrected = CliRunner().invoke(main, ["check", "--phases-col", title, "--labels", "1", str(path)]).output
    assert "4 phases: Klantproces | Intern proces | Pijnpunten | Kansen" in corrected


@pytest.mark.parametrize(
    ("ids", "order", "said"),
    [
        (["Stage 3", "S1", "02"], ["Awareness", "Purchase", "Use"], "in the order of the number in each id"),
        (["C", "A", "B"], ["Awareness", "Purchase", "Use"], "in the order of the ids' letters"),
        (["Stage 3", "S1", "Intro"], ["Use", "Awareness", "Purchase"], "as written ('Intro' holds no number"),
    ],
)
def test_stage_ids_written_differently_still_order_the_stages(
    tmp_path: Path, ids: list[str], order: list[str], said: str
) -> None:
    """Hostile round 9: ids 'Stage 3', 'S1', '02' kept the written order and --explain said they held no
    numbers; letters C, A, B were not sorted."""
    rows = [["id", "title", "Customer actions"], [ids[0], "Use", "Rides"], [ids[1], "Awareness", "Searches"]]
    rows += [[ids[2], "Purchase", "Buys"]]
    path = write_csv(tmp_path / "stages.csv", rows)
    (journey,) = read_canvas(path).journeys
    assert [p.name for p in journey.phases] == order
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert said in explained and "hold no numbers" not in explained


@pytest.mark.parametrize("order", ["as the map", "shuffled ids"])
def test_a_stage_list_sheet_of_the_maps_own_phases_is_the_maps_stage_list(tmp_path: Path, order: str) -> None:
    """Round 15 G16: an agency workbook's 'Fasen' sheet (id | title | macro | business_goal) listing the canvas's
    own four phases was a second journey of the same phases on poster and deck; the canvas got neither the
    list's groups nor its goal lane."""
    book = openpyxl.Workbook()
    canvas_sheet = book.active
    assert canvas_sheet is not None
    canvas_sheet.title = "Klantreis"
    phases = ["Oriënteren", "Vergelijken", "Afsluiten", "Gebruiken"]
    canvas_sheet.append(["Fase", *phases])
    canvas_sheet.append(["Klantproces", "Leest folder", "Vergelijkt", "Tekent", "Declareert"])
    canvas_sheet.append(["Pijnpunten", "Jargon", "Te veel", "BSN kwijt", "Traag"])
    stages = book.create_sheet("Fasen")
    stages.append(["id", "title", "macro", "business_goal"])
    rows = [["F1", phases[0], "Voor", "Bereik"], ["F2", phases[1], "Voor", "Conversie"]]
    rows += [["F3", phases[2], "Tijdens", "Upsell"], ["F4", phases[3], "Na", "Retentie"]]
    for row in rows if order == "as the map" else [rows[2], rows[0], rows[3], rows[1]]:
        stages.append(row)
    path = tmp_path / "agency.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys  # no second journey 'Fasen'
    assert journey.sheet == "Klantreis"
    assert [p.name for p in journey.phases] == phases
    assert [p.stage_id for p in journey.phases] == ["F1", "F2", "F3", "F4"]
    assert [(g.name.text, g.first, g.last) for g in journey.phase_groups] == [
        ("Voor", 0, 1),
        ("Tijdens", 2, 2),
        ("Na", 3, 3),
    ]
    goal = next(lane for lane in journey.lanes if lane.label == "business_goal")
    assert [[i.text for i in cell] for cell in goal.cells] == [["Bereik"], ["Conversie"], ["Upsell"], ["Retentie"]]
    assert journey.phase_labels[0].text == "Fase"
    assert lost_lines(path, canvas) == []
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "its phases are those listed on sheet 'Fasen'" in explained
    assert "that list is the map's stage list, no journey of its own" in explained
