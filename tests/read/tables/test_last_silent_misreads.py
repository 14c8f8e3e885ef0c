"""Issue #30, round fifteen: the reader's last silent misreads of the tables' layout (the shapes tester's F1,
F23, F14, F19). Each shape a small look-alike of our own, Dutch and English, with a generated property where
the shape is general: what the reader decides it says, and no word of the client's is lost."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvasgen.model import Canvas
from canvasgen.read.corrections import from_options
from tests.support.cli import run_clean
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas

_FEW = settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

STEPS_NL = ["Klacht merken", "Afspraak maken", "Bezoek", "Nazorg"]
STEPS_EN = ["Notice symptoms", "Book a slot", "Visit", "Aftercare"]
LANES_NL = ["Wat doet de patiënt?", "Gevoel", "Pijnpunten"]
LANES_EN = ["What does the patient do?", "Feeling", "Pain points"]


def _rows(path: Path, rows: list[list[object]], title: str = "Reis") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@_FEW
@given(
    arrow=st.sampled_from(["↓", "▼", "⬇", "⬇\ufe0f", "⇩", "↓ ↓", "▾", "→"]),
    dutch=st.booleans(),
    count=st.integers(2, 4),
    title=st.booleans(),
)
def test_arrows_between_phases_running_down_are_separators_never_phases(
    tmp_path: Path, arrow: str, dutch: bool, count: int, title: bool
) -> None:
    """F1: phases down column A, a row holding only an arrow between each two: the arrows were one phase '↓'."""
    steps, lanes = (STEPS_NL, LANES_NL) if dutch else (STEPS_EN, LANES_EN)
    rows: list[list[object]] = [["Reis: naar de huisarts"]] if title else []
    rows.append(["Fase" if dutch else "Phase", *lanes])
    arrows: list[str] = []
    for index, step in enumerate(steps[:count]):
        if index:
            rows.append([arrow])
            arrows.append(f"A{len(rows)}")
        rows.append([step, f"{step.lower()} (1)", "ok", f"{step.lower()} (2)"])
    path = _rows(tmp_path / "pijlen.xlsx", rows)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == steps[:count]
    assert [lane.label for lane in journey.lanes] == lanes
    assert f"arrows alone between the phases' rows ({', '.join(arrows)}): separators, no phases" in journey.reading
    assert lost_lines(path, canvas) == []


def test_an_arrow_alone_in_a_lanes_cell_is_kept_as_its_item(tmp_path: Path) -> None:
    """The other side of F1: an up or down arrow alone in a lane's cell says something ('↑': better) and is
    kept, as before; only between the phases' rows is it a separator."""
    rows: list[list[object]] = [["Fase", *PHASES_NL], ["Klantproces", "zoekt", "kiest", "koopt"]]
    rows.append(["Trend", "↑", "↓", "▲"])
    path = _rows(tmp_path / "trend.xlsx", rows)
    (journey,) = read_canvas(path).journeys
    trend = journey.lanes[-1]
    assert [[i.text for i in cell] for cell in trend.cells] == [["↑"], ["↓"], ["▲"]]


PHASES_NL = ["Oriënteren", "Aanvragen", "Gebruiken"]
PHASES_EN = ["Look around", "Apply", "Use"]
LABELS_NL = ["Klantproces", "Pijnpunten", "Kansen"]
LABELS_EN = ["Customer actions", "Pain points", "Opportunities"]
REMARKS = ["Interview 3: moeder van twee", "Let op privacy", "See appendix B", "Asked twice", "Zie foto"]


@_FEW
@given(
    dutch=st.booleans(),
    gap=st.integers(1, 2),
    remarks=st.lists(st.sampled_from(REMARKS), min_size=1, max_size=3, unique=True),
    top=st.integers(1, 3),
)
def test_a_column_of_remarks_left_of_the_labels_apart_is_notes_never_glued_to_them(
    tmp_path: Path, dutch: bool, gap: int, remarks: list[str], top: int
) -> None:
    """F23: remarks in column A, blank column(s) between them and the lane labels: they were glued into the
    labels ('Interview 3: moeder van twee Klantproces'); they are notes, said with the columns between."""
    phases, labels = (PHASES_NL, LABELS_NL) if dutch else (PHASES_EN, LABELS_EN)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    left = 2 + gap  # the label column
    sheet.cell(top, left, "Fase" if dutch else "Phase")
    for index, phase in enumerate(phases):
        sheet.cell(top, left + 1 + index, phase)
    for row, label in enumerate(labels, start=top + 1):
        sheet.cell(row, left, label)
        for index, phase in enumerate(phases):
            sheet.cell(row, left + 1 + index, f"{label.lower()} bij {phase.lower()}")
    for row, remark in enumerate(remarks, start=top + 1):
        sheet.cell(row, 1, remark)
    path = tmp_path / "opmerkingen.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [lane.label for lane in journey.lanes] == labels
    assert sorted(n.text for n in journey.notes + canvas.notes) == sorted(remarks)
    (said,) = [line for line in journey.reading if line.startswith("column A stands apart from the lanes' labels")]
    assert "notes, no part of the labels" in said and said.endswith(("delete column B", "delete columns B:C"))
    assert lost_lines(path, canvas) == []


def test_a_column_of_questions_left_of_the_labels_apart_stays_their_questions(tmp_path: Path) -> None:
    """The other side of F23: questions beside the labels, a blank column between, are still the labels'
    questions (a pair to each label), not notes."""
    rows: list[list[object]] = [[None, None, "Fase", *PHASES_NL]]
    questions = ["Wat doet de klant?", "Wat gaat er mis?", "Wat kan beter?"]
    for question, label in zip(questions, LABELS_NL, strict=True):
        rows.append([question, None, label, *(f"{label.lower()} {p.lower()}" for p in PHASES_NL)])
    path = _rows(tmp_path / "vragen.xlsx", rows)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert not journey.notes and not canvas.notes
    assert not any("stands apart from the lanes' labels" in line for line in journey.reading)
    assert lost_lines(path, canvas) == []


@_FEW
@given(
    heading=st.sampled_from(["Notes", "Opmerkingen van het team", "Remarks from the team", "Interview 4"]),
    dutch=st.booleans(),
    gap=st.integers(1, 3),
    top=st.integers(2, 3),
    titled=st.booleans(),
)
def test_the_heading_of_a_notes_column_apart_is_no_title_of_the_map(
    tmp_path: Path, heading: str, dutch: bool, gap: int, top: int, titled: bool
) -> None:
    """F14: a heading over a column of notes set apart from the table (blank columns between), above the
    phase row: it was the map's title ('Notes' on the poster); it heads the notes, said, and a title above
    the table stays the title."""
    phases, labels = (PHASES_NL, LABELS_NL) if dutch else (PHASES_EN, LABELS_EN)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Kaart"
    if titled:
        sheet.cell(1, 1, "Klantreis huisarts")
    sheet.cell(top + 1, 1, "Fase" if dutch else "Phase")
    for index, phase in enumerate(phases):
        sheet.cell(top + 1, 2 + index, phase)
    for row, label in enumerate(labels, start=top + 2):
        sheet.cell(row, 1, label)
        for index, phase in enumerate(phases):
            sheet.cell(row, 2 + index, f"{label.lower()} bij {phase.lower()}")
    notes_col = 2 + len(phases) + gap
    sheet.cell(1, notes_col, heading)
    sheet.cell(top + 2, notes_col, "Vraag de balie")
    sheet.cell(top + 3, notes_col, "Check the app")
    path = tmp_path / "kaart.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert journey.name == ("Klantreis huisarts" if titled else "Kaart")
    assert [p.name for p in journey.phases] == phases
    letter = "ABCDEFGHIJ"[notes_col - 1]
    (said,) = [line for line in journey.reading if line.startswith(f"Kaart!{letter}1 ('{heading}') stands over")]
    assert "their heading, not the map's title" in said
    assert lost_lines(path, canvas) == []


FIELDS_NL = ["Naam", "Leeftijd", "Doelen", "Frustraties", "Citaat"]
FIELDS_EN = ["Name", "Age", "Goals", "Frustrations", "Quote"]
PEOPLE = [
    ["Lotte", "23", "Eerste huis kopen", "Te veel formulieren", "Ik snap er niks van"],
    ["Mehmet", "48", "Bedrijf uitbreiden", "Bank belt nooit terug", "Tijd is geld"],
    ["Grace", "35", "Move closer to work", "Agents never call back", "Just tell me the price"],
]


@_FEW
@given(
    dutch=st.booleans(),
    count=st.integers(2, 3),
    header=st.sampled_from(["Persona {n}", "P{n}", "Doelgroep {n}", None]),
    top=st.integers(1, 3),
)
def test_personas_one_per_column_a_blank_column_between_under_a_header_row_are_all_read(
    tmp_path: Path, dutch: bool, count: int, header: str | None, top: int
) -> None:
    """F19: 'Persona 1 | | Persona 2' over the fields, one persona a column with a blank column between: the
    second persona became notes. Every persona is read; the header row's words are kept."""
    fields = FIELDS_NL if dutch else FIELDS_EN
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Persona's" if dutch else "Personas"
    for row, field in enumerate(fields, start=top + 1):
        sheet.cell(row, 1, field)
    for index, person in enumerate(PEOPLE[:count]):
        col = 2 + 2 * index
        if header is not None:
            sheet.cell(top, col, header.format(n=index + 1))
        for row, value in enumerate(person, start=top + 1):
            sheet.cell(row, col, value)
    _assert_people_read(book, tmp_path, count)


def test_why_a_column_headed_as_a_group_groups_no_stages_is_said_as_the_column_shows_it(tmp_path: Path) -> None:
    """F7: a stage list's 'phase' column, a value of its own beside each stage, was said to have values that
    'come back after others'; the reason said is the column's own, and so for a blank beside a stage."""
    head = "id,title,macro,phase,business_goal\n"
    own = "S1,Ontdekken,Voor,Awareness,Bereik\nS2,Vergelijken,Voor,Consideration,Offertes\n"
    own += "S3,Tekenen,Na,Purchase,Conversie\n"
    blank = "1,Look,Before,Aware,Reach\n2,Choose,Before,,Leads\n3,Sign,After,Buy,Sales\n"
    for rows, reason in (
        (own, "each stage has a value of its own (none repeats over neighbouring stages)"),
        (blank, "it is blank beside some stages (D3), so it groups none of them"),
    ):
        path = tmp_path / "stages.csv"
        path.write_text(head + rows, encoding="utf-8")
        canvas = read_canvas(path)
        (journey,) = canvas.journeys
        assert "phase" in [lane.label for lane in journey.lanes]
        (said,) = [line for line in journey.reading if line.startswith("column D ('phase') is headed as a group")]
        assert said.endswith(f"but {reason}: kept as a lane")


def test_a_labelled_row_over_the_phases_read_as_a_lane_keeps_its_label_once(tmp_path: Path) -> None:
    """F21: a stage list on its side read from --phases-row 2: the row of ids above the phases is a lane
    'id', and its label A1 was a note too ('1 comment on its cells'): one cell, one place."""
    path = tmp_path / "stages.csv"
    path.write_text(
        "id,S1,S2,S3\ntitle,Ontdekken,Vergelijken,Tekenen\nmacro,Voor,Voor,Na\ndoel,Bereik,Offertes,Conversie\n",
        encoding="utf-8",
    )
    canvas = read_canvas(path, corrections=from_options("2", None, None, ()))
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == ["Ontdekken", "Vergelijken", "Tekenen"]
    assert [lane.label for lane in journey.lanes] == ["id", "macro", "doel"]
    assert not journey.notes and not canvas.notes
    assert lost_lines(path, canvas) == []


def test_the_journeys_of_one_long_table_keyed_by_persona_share_its_layout(tmp_path: Path) -> None:
    """F21: a persona × stage table whose second persona has a stage on two rows: the first persona's journey
    was said to be 'transposed', the second's 'long'; one table, one layout."""
    path = tmp_path / "matrix.csv"
    path.write_text(
        "persona_id,stage_id,goal,action,emotion_value\n"
        "P1,S1,Weten wat het kost,Googelt,0\nP1,S2,Eerlijke prijs,Vraagt offertes,-1\n"
        "P2,S1,Inspiratie,Bezoekt een beurs,1\nP2,S2,Geen rommel,Kijkt naar de monteurs,0\n"
        "P2,S2,Uitleg app,Installeert de app,-1\n",
        encoding="utf-8",
    )
    canvas = read_canvas(path)
    assert [journey.shape for journey in canvas.journeys] == ["long", "long"]
    assert lost_lines(path, canvas) == []


def test_personas_listed_one_per_row_are_not_said_to_be_read_from_field_labels(tmp_path: Path) -> None:
    """F21: a persona list (one per row, a free-text column) was said to be '3 personas read from field
    labels'; how it was read is said by its own line, the count line names them only."""
    path = tmp_path / "doelgroep.csv"
    path.write_text(
        "a,persona\n1,Sanne (31) werkt in ploegendiensten.\n2,Kees (58) belt liever dan dat hij mailt.\n",
        encoding="utf-8",
    )
    code, out, _ = run_clean("check", "--explain", str(path))
    assert code == 0
    assert "  2 personas read: Persona 1, Persona 2" in out.splitlines()
    assert "field labels" not in out


@_FEW
@given(
    dutch=st.booleans(),
    count=st.integers(2, 3),
    gap=st.integers(1, 2),
    names_as_header=st.booleans(),
    title=st.booleans(),
)
def test_personas_one_per_column_named_by_a_header_row_or_two_blank_columns_apart_are_all_read(
    tmp_path: Path, dutch: bool, count: int, gap: int, names_as_header: bool, title: bool
) -> None:
    """G7 (F19's variants): the names as the header row over the fields (no 'Naam' label), a title above, or
    two blank columns between the personas: only the first persona was read, the rest went to notes. Every
    persona is read, an empty field of one leaves the others' alone, and no word is lost."""
    fields = (FIELDS_NL if dutch else FIELDS_EN)[1:]
    top = 3 if title else 1
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Persona's" if dutch else "Personas"
    if title:
        sheet.cell(1, 1, "Personas uit de workshop" if dutch else "Personas of the workshop")
    if not names_as_header:
        sheet.cell(top, 1, "Naam" if dutch else "Name")
    for row, field in enumerate(fields, start=top + 1):
        sheet.cell(row, 1, field)
    for index, person in enumerate(PEOPLE[:count]):
        col = 2 + (gap + 1) * index
        for row, value in enumerate(person, start=top):
            if not (index == 1 and row == top + 3):  # the second one's frustrations not filled in
                sheet.cell(row, col, value)
    canvas = _assert_people_read(book, tmp_path, count)
    for persona, person in zip(canvas.personas, PEOPLE, strict=False):
        assert persona.get("quote") == person[4]


def _assert_people_read(book: openpyxl.Workbook, tmp_path: Path, count: int) -> Canvas:
    """The workbook saved and read: the first ``count`` of PEOPLE as its personas, by name, each with their
    goals, and no line of it lost."""
    path = tmp_path / "personas.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    assert [p.name.text if p.name else None for p in canvas.personas] == [person[0] for person in PEOPLE[:count]]
    for persona, person in zip(canvas.personas, PEOPLE, strict=False):
        assert persona.get("goals") == person[2]
    assert lost_lines(path, canvas) == []
    return canvas
