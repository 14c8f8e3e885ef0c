"""Round 18, hostile tester's findings: each read end to end from a small workbook made here."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner

from canvasgen.cli import main
from canvasgen.model import EmpathyQuadrant, LaneKind
from canvasgen.read.corrections import from_options
from canvasgen.read.reader import read_canvas
from canvasgen.vocabulary.roles import lane_role
from tests.support.read_back import lost_lines, pdftotext, squeeze

PHASES = ["Oriënteren", "Vergelijken", "Kopen", "Gebruiken"]


def _grid(ws, lanes: list[tuple[str, list[str]]], top: int = 1) -> None:  # type: ignore[no-untyped-def]
    for j, phase in enumerate(PHASES):
        ws.cell(top, 2 + j, phase)
    for i, (label, texts) in enumerate(lanes):
        ws.cell(top + 1 + i, 1, label)
        for j, text in enumerate(texts):
            ws.cell(top + 1 + i, 2 + j, text)


def _empathy_map(ws, title: str, top: int = 1) -> None:  # type: ignore[no-untyped-def]
    ws.cell(top, 8, title)
    ws.cell(top + 1, 8, "Denkt & voelt")
    ws.cell(top + 1, 9, "Zegt & doet")
    ws.cell(top + 2, 8, "Bang voor fouten")
    ws.cell(top + 2, 9, "Vraagt collega om advies")
    ws.cell(top + 3, 8, "Ziet")
    ws.cell(top + 3, 9, "Hoort")
    ws.cell(top + 4, 8, "Concurrenten op LinkedIn")
    ws.cell(top + 4, 9, "Verhalen over hacks")


def test_an_empathy_map_right_of_a_canvas_with_a_pain_lane_leaves_the_canvas_a_journey(tmp_path: Path) -> None:
    # F1: the canvas's "Pijnpunten" lane was taken as the map's Pains box and pulled the canvas into the map
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Klantreis"
    actions = ("Klantacties", ["e1 zoekt", "e2 leest", "e3 bestelt", "e4 fietst"])
    _grid(ws, [actions, ("Pijnpunten", ["f1 stress", "f2 twijfel", "f3 boos", "f4 blij"])])
    _empathy_map(ws, "Empathy map")
    path = tmp_path / "kaart.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == PHASES
    assert [lane.label for lane in journey.lanes] == ["Klantacties", "Pijnpunten"]
    assert [i.text for cell in journey.lanes[1].cells for i in cell] == [
        "f1 stress",
        "f2 twijfel",
        "f3 boos",
        "f4 blij",
    ]
    (found,) = canvas.empathy_maps
    assert EmpathyQuadrant.PAINS not in found.headings
    assert all(p.name is None or p.name.text not in PHASES for p in canvas.personas)
    assert lost_lines(path, canvas) == []


def test_the_journeys_title_and_the_maps_title_each_stay_their_own(tmp_path: Path) -> None:
    # F1b: the journey's title line (A1) was the map's title, the map's ("Empathiekaart Sanne") the journey's
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Klantreis"
    ws["A1"] = "Klantreis: Fiets kopen"
    _grid(ws, [("Klantacties", ["k0", "k1", "k2", "k3"]), ("Kansen", ["s0", "s1", "s2", "s3"])], top=3)
    _empathy_map(ws, "Empathiekaart Sanne")
    path = tmp_path / "titels.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert journey.name == "Fiets kopen"
    (found,) = canvas.empathy_maps
    assert found.title is not None and found.title.text == "Empathiekaart Sanne"
    assert [p.name.text for p in canvas.personas if p.name is not None] == ["Sanne"]
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "the empathy map is of persona 'Sanne'" in explained


STAGES = ["Awareness", "Research", "Purchase", "Onboarding", "Support"]
PEOPLE = ["Ana (owner)", "Ben (IT)", "Chloé (finance)"]


def _matrix_book(path: Path, listed: list[str] | None) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Matrix"
    ws.append(["Persona", *STAGES])
    for person in PEOPLE:
        ws.append([person, *(f"{person.split()[0]} in {s.lower()}: does thing {i}" for i, s in enumerate(STAGES))])
    if listed is not None:
        stages = book.create_sheet("Stages")
        stages.append(["Stage", "Description", "Phase group"])
        for i, stage in enumerate(listed):
            stages.append([stage, f"what {stage.lower()} means", "Pre-sales" if i < 2 else "After-sales"])
    book.save(path)
    return path


def test_a_persona_by_stage_table_is_a_journey_per_persona(tmp_path: Path) -> None:
    # F19: personas down, stages across was read as a persona list, the stages' text their descriptions
    path = _matrix_book(tmp_path / "matrix.xlsx", None)
    canvas = read_canvas(path)
    assert [j.meta["persona"].text for j in canvas.journeys] == PEOPLE
    for person, journey in zip(PEOPLE, canvas.journeys, strict=True):
        assert [p.name for p in journey.phases] == STAGES
        (lane,) = journey.lanes
        assert next(i.text for cell in lane.cells for i in cell) == f"{person.split()[0]} in awareness: does thing 0"
    assert canvas.personas == [] or all(not p.fields for p in canvas.personas)
    assert lost_lines(path, canvas) == []
    said = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    assert "a persona × stage table — personas down column A under 'Persona', stages across row 1 (B1:F1)" in said
    assert "--sheet 'Matrix=personas'" in said


def test_a_stages_sheet_naming_the_stages_joins_each_persona_journey(tmp_path: Path) -> None:
    path = _matrix_book(tmp_path / "matrix-stages.xlsx", STAGES)
    canvas = read_canvas(path)
    assert [j.sheet for j in canvas.journeys] == ["Matrix"] * 3
    for journey in canvas.journeys:
        assert [lane.label for lane in journey.lanes][-1] == "Description"
        assert [g.name.text for g in journey.phase_groups] == ["Pre-sales", "After-sales"]
    assert lost_lines(path, canvas) == []


def test_a_stages_sheet_naming_some_stages_is_said(tmp_path: Path) -> None:
    path = _matrix_book(tmp_path / "matrix-partial.xlsx", STAGES[:4])
    canvas = read_canvas(path)
    assert [j.meta["persona"].text for j in canvas.journeys if j.sheet == "Matrix"] == PEOPLE
    assert any("but not 'Support'" in w.message for w in canvas.warnings)


def test_two_headed_notes_columns_side_by_side_each_title_their_own_notes(tmp_path: Path) -> None:
    # F2: neighbouring columns "Notities workshop" | "Open vragen klant" were read as a small table: the second
    # heading a note, a note of one column glued to the other's, the word "workshop" lost
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Klantreis"
    actions = ("Klantacties", ["a1 zoekt", "a2 vergelijkt", "a3 koopt", "a4 gebruikt"])
    _grid(ws, [actions, ("Pijnpunten", ["p1 keuzestress", "p2 prijs", "p3 wachten", "p4 kapot"])])
    ws["G1"], ws["G2"], ws["G3"] = "Notities workshop", "Vraag aan Jan: budget bevestigen", "Marketing wil extra fase"
    ws["H1"], ws["H2"], ws["H3"] = "Open vragen klant", "Wie beslist bij de klant?", "Is lease een optie?"
    path = tmp_path / "notities.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert journey.notes_title is not None and journey.notes_title.text == "Notities workshop"
    (second,) = journey.notes_columns
    assert second.title.text == "Open vragen klant"
    assert sorted(n.text for n in journey.notes) == sorted(
        [
            "Vraag aan Jan: budget bevestigen",
            "Marketing wil extra fase",
            "Wie beslist bij de klant?",
            "Is lease een optie?",
        ]
    )
    assert lost_lines(path, canvas) == []
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(out), "--no-pptx"])
    assert result.exit_code == 0, result.output
    printed = squeeze(pdftotext(next(out.rglob("*.pdf"))))
    for words in (
        "Notities workshop",
        "Open vragen klant",
        "Vraag aan Jan: budget bevestigen",
        "Wie beslist bij de klant?",
    ):
        assert squeeze(words) in printed
    assert squeeze("bevestigen · Wie") not in printed


def test_a_small_table_beside_the_canvas_stays_one_note_per_row(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    _grid(ws, [("Klantacties", ["g1", "g2", "g3", "g4"]), ("Pijnpunten", ["h1", "h2", "h3", "h4"])])
    ws["G1"], ws["H1"], ws["G2"], ws["H2"], ws["G3"], ws["H3"] = "Eigenaar", "Deadline", "Petra", "Q3", "Ahmed", "1 okt"
    path = tmp_path / "tabel.xlsx"
    book.save(path)
    (journey,) = read_canvas(path).journeys
    assert journey.notes_columns == []
    assert [n.text for n in journey.notes] == ["Eigenaar · Deadline", "Petra · Q3", "Ahmed · 1 okt"]


def _lanes_book(path: Path, lanes: list[tuple[str | None, list[str]]], merged: str | None = None) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Klantreis"
    for j, phase in enumerate(PHASES):
        ws.cell(1, 2 + j, phase)
    for i, (label, texts) in enumerate(lanes):
        if label is not None:
            ws.cell(2 + i, 1, label)
        for j, text in enumerate(texts):
            ws.cell(2 + i, 2 + j, text)
    if merged:
        ws.merge_cells(merged)
    book.save(path)
    return path


ORPHANS = ["o1 weesbaan", "o2 weesbaan", "o3 weesbaan", "o4 weesbaan"]


def test_an_unlabelled_lane_between_two_labelled_lanes_is_a_lane_of_its_own(tmp_path: Path) -> None:
    # F3: row 3, no label, between Klantacties and Pijnpunten, was silently read as more of Klantacties
    lanes = [("Klantacties", ["a1", "a2", "a3", "a4"]), (None, ORPHANS), ("Pijnpunten", ["p1", "p2", "p3", "p4"])]
    path = _lanes_book(tmp_path / "wees.xlsx", lanes)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [lane.label for lane in journey.lanes] == ["Klantacties", "Baan 2", "Pijnpunten"]
    assert [i.text for cell in journey.lanes[0].cells for i in cell] == ["a1", "a2", "a3", "a4"]
    assert [i.text for cell in journey.lanes[1].cells for i in cell] == ORPHANS
    said = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    assert (
        "between lanes 'Klantacties' and 'Pijnpunten': a lane of its own — to read it as more of 'Klantacties', "
        "merge A2:A3" in said
    )
    # the correction works: merged over both rows, one lane of two rows
    merged = _lanes_book(tmp_path / "samen.xlsx", lanes, merged="A2:A3")
    (journey,) = read_canvas(merged).journeys
    assert [lane.label for lane in journey.lanes] == ["Klantacties", "Pijnpunten"]


def test_two_unlabelled_rows_between_labelled_lanes_are_a_lane_each(tmp_path: Path) -> None:
    # hostile 19 F17: rows 3 and 4, no label, became one lane 'Baan 2' of 8 items, named by one place
    others = ["y1 weesbaan", "y2 weesbaan", "y3 weesbaan", "y4 weesbaan"]
    lanes = [("Klantacties", ["a1", "a2", "a3", "a4"]), (None, ORPHANS), (None, others), ("Pijnpunten", ["p1"] * 4)]
    path = _lanes_book(tmp_path / "wees.xlsx", lanes)
    (journey,) = read_canvas(path).journeys
    assert [lane.label for lane in journey.lanes] == ["Klantacties", "Baan 2", "Baan 3", "Pijnpunten"]
    assert [i.text for cell in journey.lanes[1].cells for i in cell] == ORPHANS
    assert [i.text for cell in journey.lanes[2].cells for i in cell] == others
    said = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    assert "2 rows with no label (3, 4) between lanes 'Klantacties' and 'Pijnpunten': each a lane of its own" in said
    merged = _lanes_book(tmp_path / "samen.xlsx", lanes, merged="A2:A4")  # the correction it gives works
    (journey,) = read_canvas(merged).journeys
    assert [lane.label for lane in journey.lanes] == ["Klantacties", "Pijnpunten"]


def test_lanes_of_several_rows_each_labelled_in_their_first_stay_one_lane_and_are_said(tmp_path: Path) -> None:
    lanes = [
        ("Klantacties", ["a1", "a2", "a3", "a4"]),
        (None, ["b1", "b2", "b3", "b4"]),
        ("Pijnpunten", ["p1", "p2", "p3", "p4"]),
        (None, ["q1", "q2", "q3", "q4"]),
    ]
    path = _lanes_book(tmp_path / "rijen.xlsx", lanes)
    (journey,) = read_canvas(path).journeys
    assert [lane.label for lane in journey.lanes] == ["Klantacties", "Pijnpunten"]
    assert journey.lanes[0].item_count() == 8
    assert (
        "row 3, with no label, is read as more of lane 'Klantacties' (the lane above it) — to make it a lane of "
        "its own, write its label in A3" in journey.reading
    )


def _persona_above_book(path: Path) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Doelgroep"
    for row, (field, value) in enumerate(
        [("Naam", "Fatima"), ("Leeftijd", 34), ("Doelen", "Snel een huurwoning"), ("Frustraties", "Wachtlijsten")], 1
    ):
        ws.cell(row, 1, field)
        ws.cell(row, 2, value)
    ws["F1"], ws["F2"] = "Notities", "Interview 12 maart"
    for j, phase in enumerate(["Zoeken", "Reageren", "Bezichtigen", "Tekenen"]):
        ws.cell(7, 2 + j, phase)
    ws["A8"], ws["A9"] = "Wat doet Fatima?", "Wat voelt ze?"
    for j in range(4):
        ws.cell(8, 2 + j, f"stap {j} van Fatima")
        ws.cell(9, 2 + j, ["hoopvol", "gefrustreerd", "nerveus", "opgelucht"][j])
    book.save(path)
    return path


def test_a_note_under_a_notes_heading_is_a_note_never_the_journeys_title(tmp_path: Path) -> None:
    # F16: "Interview 12 maart" under "Notities" became the journey's title, "Notities" a note
    path = _persona_above_book(tmp_path / "doelgroep.xlsx")
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert journey.name != "Interview 12 maart"
    assert journey.notes_title is not None and journey.notes_title.text == "Notities"
    assert [n.text for n in journey.notes] == ["Interview 12 maart"]
    assert lost_lines(path, canvas) == []


def test_a_journey_by_the_users_word_keeps_its_persona_block(tmp_path: Path) -> None:
    # F17: --sheet X=journey, the canvas in the client's own words (no shape found): the persona block was lost,
    # its fields scattered as notes
    path = _persona_above_book(tmp_path / "doelgroep.xlsx")
    canvas = read_canvas(path, corrections=from_options(None, None, None, (), roles=("Doelgroep=journey",)))
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Zoeken", "Reageren", "Bezichtigen", "Tekenen"]
    assert [lane.label for lane in journey.lanes] == ["Wat doet Fatima?", "Wat voelt ze?"]
    assert [p.name.text for p in canvas.personas if p.name is not None] == ["Fatima"]
    assert not any(n.text in ("Naam", "Fatima", "Leeftijd") for n in journey.notes)
    assert lost_lines(path, canvas) == []


def _with_data_sheet(path: Path, rows: int) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Klantreis"
    _grid(ws, [("Klantacties", ["doet 0", "doet 1", "doet 2", "doet 3"]), ("Pijnpunten", ["p0", "p1", "p2", "p3"])])
    data = book.create_sheet("Data export")
    data.append(["Datum", "Pagina", "Sessies", "Bounce"])
    for i in range(rows):
        data.append([f"2026-10-{i % 28 + 1:02d}", f"/product/{i}", i * 3, 0.4])
    book.save(path)
    return path


def test_a_data_export_beside_the_canvas_is_no_journey(tmp_path: Path) -> None:
    # F11: dates down column A were read as phases, the bounce rate 0.4 as scores
    path = _with_data_sheet(tmp_path / "export.xlsx", 12)
    canvas = read_canvas(path)
    assert [j.sheet for j in canvas.journeys] == ["Klantreis"]
    assert [n.text for n in canvas.notes][:2] == [
        "Datum · Pagina · Sessies · Bounce",
        "2026-10-01 · /product/0 · 0 · 0.4",
    ]
    assert lost_lines(path, canvas) == []
    said = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
    assert "sheet 'Data export': data, by what it holds: a header of no lane, phase or phase header" in said
    assert "over 12 rows dated in column A" in said
    assert "give --sheet 'Data export=journey'" in said


def test_a_journey_past_the_steps_canvasgen_lays_out_names_the_correction(tmp_path: Path) -> None:
    path = _with_data_sheet(tmp_path / "lang.xlsx", 1_001)
    result = CliRunner().invoke(main, ["check", "--sheet", "Data export=journey", str(path)])
    assert result.exit_code == 1
    said = " ".join(result.output.split())
    assert (
        "canvasgen lays out at most 1,000 — if sheet 'Data export' holds no journey (data, an export), give "
        "--sheet 'Data export=metrics'" in said
    )


def test_a_department_as_a_lane_label_is_the_internal_process_said(tmp_path: Path) -> None:
    # F23: "Sales & marketing" was internal, but each half alone, "Klantenservice" and "Wat doet marketing?" no role
    labels = ["Sales", "Marketing", "Wat doet marketing?", "Marketing & communicatie", "Klantenservice"]
    for label in labels:
        book = openpyxl.Workbook()
        _grid(book.active, [("Klantacties", ["k0", "k1", "k2", "k3"]), (label, ["i0", "i1", "i2", "i3"])])
        path = tmp_path / "afdeling.xlsx"
        book.save(path)
        (journey,) = read_canvas(path).journeys
        assert journey.lanes[1].kind == LaneKind.INTERNAL, label
        said = " ".join(CliRunner().invoke(main, ["check", "--explain", str(path)]).output.split())
        assert f"lane '{label}': internal" in said
    assert (
        "a department of the company: its internal process; if it is another lane: --lane 'Klantenservice=<kind>'"
        in said
    )


def test_a_departments_name_before_a_known_label_leaves_the_label_its_role() -> None:
    assert lane_role("Marketing KPI's").kind == LaneKind.KPIS
    assert lane_role("Klantenservice pijnpunten").kind == LaneKind.PAIN_POINTS
