"""Real-world shapes, what was left in round 22 (issue #30): a persona's key/value pair over a canvas whose lanes are
named like a persona's fields, a row of two or three people right over the phases, a sheet named after a buying-group
member, a customers' journey titled after the organisation, a CSV's lower-case file name as its title, an action
table beside the canvas, a stage list beside a canvas turned on its side, and a persona's age in brackets after their
name in the journey's header. Each in our own words, with variants
(offsets, blank rows, Dutch and English words), and what ``check --explain`` says of the decision."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvasgen.model import LaneKind
from tests.support.cli import run_clean
from tests.support.neighbours import Rows, put
from tests.support.read_back import lost_lines
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

_PHASES = {
    "nl": ["Oriënteren", "Aanvragen", "Wachten", "Gebruiken"],
    "en": ["Explore", "Apply", "Wait", "Use"],
}
#: Lanes a persona block could have as fields too: the pair over them made the sheet a persona table.
_FIELD_LANES = {"nl": ["Doelen", "Frustraties"], "en": ["Goals", "Pains"]}


def _sheet(path: Path, rows: Rows, at: tuple[int, int] = (1, 1), title: str = "Reis") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    put(sheet, at[0], at[1], rows)
    book.save(path)
    return path


def _pair_over_canvas(language: str, gap: int, lanes: list[str], key: str = "Persona") -> Rows:
    phases = _PHASES[language]
    body: Rows = [[lane, *(f"{lane[:4]} {p[:4]}" for p in phases)] for lane in lanes]
    return [[key, "Sanne"], *([[]] * gap), [None, *phases], *body]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("gap", [0, 1, 2])
def test_a_persona_pair_over_a_canvas_of_field_named_lanes_is_the_journeys_persona(
    tmp_path: Path, language: str, gap: int
) -> None:
    # "Persona | Sanne" over a canvas whose two lanes are named as a persona's fields were: a persona table of four
    # personas (three unnamed) read across the phases, and 0 journeys
    path = _sheet(tmp_path / "reis.xlsx", _pair_over_canvas(language, gap, _FIELD_LANES[language]), at=(1 + gap, 2))
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == _PHASES[language]
    assert [lane.label for lane in journey.lanes] == _FIELD_LANES[language]
    assert journey.meta["persona"].text == "Sanne"
    assert not canvas.personas
    assert not lost_lines(path, canvas)
    _, out, _ = run_clean("check", path)
    assert "persona Sanne" in out and "no persona table (the persona is named in the journey's header)" in out


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    language=st.sampled_from(["nl", "en"]),
    key=st.sampled_from(["Persona", "persona", "Persona:"]),
    gap=st.integers(0, 2),
    at=st.tuples(st.integers(1, 4), st.integers(1, 3)),
    lanes=st.sampled_from([["Doelen", "Frustraties"], ["Goals", "Pains"], ["Touchpoints", "Pijnpunten"]]),
)
@pytest.mark.slow
def test_a_persona_pair_over_a_canvas_generated(
    language: str, key: str, gap: int, at: tuple[int, int], lanes: list[str]
) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = _sheet(Path(folder) / "reis.xlsx", _pair_over_canvas(language, gap, lanes, key), at=at)
        canvas = read_canvas(path)
        (journey,) = canvas.journeys
        assert [p.name for p in journey.phases] == _PHASES[language]
        assert journey.meta["persona"].text == "Sanne" and not canvas.personas
        assert not lost_lines(path, canvas)


def test_a_persona_block_over_its_values_keeps_a_value_running_on_under_its_label(tmp_path: Path) -> None:
    # a row without a label under a value fills no more columns than the label's row: the value goes on, no header
    rows: Rows = [
        ["Naam", "Sanne"],
        ["Leeftijd", "34"],
        ["Doelen", "Snel een pas"],
        [None, "Weinig papier"],
        ["Frustraties", "Wachten"],
    ]
    path = _sheet(tmp_path / "persona.xlsx", rows, title="Persona")
    canvas = read_canvas(path)
    (persona,) = canvas.personas
    assert persona.name is not None and persona.name.text == "Sanne"
    assert "Snel een pas" in persona.get("goals") and "Wachten" in persona.get("frustrations")
    assert not lost_lines(path, canvas)


@pytest.mark.parametrize("names", [["Sanne", "Joost"], ["Sanne", "Joost", "Ahmed"]])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_two_or_three_people_right_over_four_phases_are_no_phases(
    tmp_path: Path, names: list[str], language: str
) -> None:
    # "Persona | Sanne | Joost" with no blank row over four phases: read as two phases over their steps
    phases = _PHASES[language]
    rows: Rows = [
        ["Persona", *names],
        [None, *phases],
        ["Klant doet" if language == "nl" else "Doing", *(f"Doet {p}" for p in phases)],
        ["Klant voelt" if language == "nl" else "Feeling", *(f"Voelt {p}" for p in phases)],
    ]
    path = _sheet(tmp_path / "reis.xlsx", rows, at=(2, 2))
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == phases
    assert not journey.phase_groups
    assert not lost_lines(path, canvas)
    _, out, _ = run_clean("check", "--explain", path)
    assert (
        "row 2 opens with 'Persona': names of people over the phase names in row 3, each over a phase of its own, not "
        "the phase row — to read row 2 as the phases, give --phases-row 2"
    ) in out


def _member_canvas(doing: str, top: int = 1) -> dict[str, object]:
    phases, lane = ["Fase", "Oriëntatie", "Demo", "Inkoop"], ["Wat doet de klant?", doing, "Bekijkt de demo", "Tekent"]
    return {f"{col}{top}": p for col, p in zip("ABCD", phases, strict=True)} | {
        f"{col}{top + 1}": text for col, text in zip("ABCD", lane, strict=True)
    }


def test_a_sheet_named_after_a_buying_group_member_is_that_members_journey(tmp_path: Path) -> None:
    group = {
        "A1": "Rol",
        "B1": "Beschrijving",
        "C1": "Doelen",
        "A2": "Office manager",
        "B2": "Regelt de werkplekken",
        "C2": "Rust op de vloer",
        "A3": "IT manager",
        "B3": "Beheert de systemen",
        "C3": "Veilige koppelingen",
        "A4": "Directeur",
        "B4": "Beslist",
        "C4": "Groei",
    }
    path = make_book(
        tmp_path / "inkoop.xlsx",
        {
            "Buying group": group,
            "Office manager huidig": _member_canvas("Zoekt een leverancier"),
            "IT manager huidig": _member_canvas("Test de koppeling"),
            "Huidig overzicht": _member_canvas("Leest mee"),
        },
    )
    canvas = read_canvas(path)
    persona_of = {j.sheet: j.meta["persona"].text if "persona" in j.meta else None for j in canvas.journeys}
    assert persona_of == {
        "Office manager huidig": "Office manager",
        "IT manager huidig": "IT manager",
        "Huidig overzicht": None,
    }
    _, out, _ = run_clean("check", "--explain", path)
    assert (
        "persona 'Office manager' (sheet 'Buying group') is the one whose journey it is: the sheet's name 'Office "
        "manager huidig' names them, and no cell names another — if it is someone else's, write 'Persona: <name>' in "
        "a cell above its table"
    ) in out


def test_a_persona_cell_wins_over_the_sheets_name(tmp_path: Path) -> None:
    group = {"A1": "Naam", "B1": "Rol", "A2": "Sanne", "B2": "Student", "A3": "Joost", "B3": "Docent"}
    canvas_cells = {"A1": "Persona", "B1": "Joost", **_member_canvas("Geeft les", top=3)}
    path = make_book(tmp_path / "reis.xlsx", {"Personas": group, "Sanne": canvas_cells})
    (journey,) = read_canvas(path).journeys
    assert journey.meta["persona"].text == "Joost"


@pytest.mark.parametrize(
    ("title", "lane"),
    [
        ("Klantreis bibliotheek", "Wat doet de bibliotheek?"),
        ("Customer journey – library", "What does the library do?"),
    ],
)
def test_the_organisation_a_customers_journey_is_titled_after_does_the_internal_process(
    tmp_path: Path, title: str, lane: str
) -> None:
    rows: Rows = [
        [title],
        ["Klant", "Gemeente Zwolle"],
        [],
        ["Fase", "Lid worden", "Lenen", "Terugbrengen"],
        [lane, "Maakt een pas", "Scant de boeken", "Stuurt een herinnering"],
    ]
    path = _sheet(tmp_path / "reis.xlsx", rows)
    (journey,) = read_canvas(path).journeys
    assert journey.lanes[0].kind is LaneKind.INTERNAL
    _, out, _ = run_clean("check", "--explain", path)
    subject = "bibliotheek" if "bibliotheek" in lane else "library"
    assert f"asks of '{subject}', the canvas's company (its title in A1, of its customers' journey: '{title}')" in out
    assert f"say so: --lane '{lane}=customer'" in out


def test_a_persons_name_in_a_customers_journey_title_stays_the_person(tmp_path: Path) -> None:
    rows: Rows = [
        ["Klantreis Noor"],
        ["Klant", "Gemeente Zwolle"],
        [],
        ["Fase", "Lid worden", "Lenen", "Terugbrengen"],
        ["Wat doet Noor?", "Vraagt een pas", "Leent boeken", "Brengt terug"],
    ]
    (journey,) = read_canvas(_sheet(tmp_path / "reis.xlsx", rows)).journeys
    assert journey.lanes[0].kind is LaneKind.CUSTOMER


@pytest.mark.parametrize(("stem", "title"), [("duty", "Duty"), ("klantreis webshop", "Klantreis webshop")])
def test_a_lower_case_file_name_reads_as_a_title(tmp_path: Path, stem: str, title: str) -> None:
    path = tmp_path / f"{stem}.csv"
    path.write_text(",Oriëntatie,Aanvraag,Levering\nKlantproces,Zoekt,Vraagt aan,Ontvangt\n", encoding="utf-8")
    (journey,) = read_canvas(path).journeys
    assert journey.name == title
    _, out, _ = run_clean("check", "--explain", path)
    assert (
        f"it is called '{title}' after the file's name '{stem}.csv', read as its title with a capital first letter"
    ) in out


_CANVAS: Rows = [
    ["Fase", "Oriëntatie", "Aanvraag", "Levering", "Gebruik"],
    ["Klant doet", "Zoekt", "Vraagt aan", "Ontvangt", "Gebruikt"],
    ["Pijnpunten", "Onduidelijk", "Lang formulier", "Te laat", "Storing"],
    ["Kansen", "Betere site", "Korter", "Volgen", "Hulp"],
]
_ACTIONS: Rows = [
    ["Deadline", "Status", "Prioriteit"],
    ["1 maart", "Open", "Hoog"],
    ["1 april", "Bezig", "Middel"],
]


@pytest.mark.parametrize("blank_columns", [0, 1, 2])
@pytest.mark.parametrize(
    "header", [["Deadline", "Status", "Prioriteit"], ["Owner", "Due date", "Priority"], ["Actie", "Deadline", "Status"]]
)
def test_an_action_table_beside_the_canvas_is_no_phases(tmp_path: Path, blank_columns: int, header: list[str]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    put(sheet, 2, 1, _CANVAS)
    put(sheet, 2, len(_CANVAS[0]) + 1 + blank_columns, [header, *_ACTIONS[1:]])
    path = tmp_path / "reis.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == _CANVAS[0][1:]
    assert [lane.label for lane in journey.lanes] == [row[0] for row in _CANVAS[1:]]
    assert all(len(lane.cells) == 4 for lane in journey.lanes)
    notes = " ".join(n.text for n in journey.notes)
    assert all(word in notes for word in [*header, "Open", "Bezig"])
    assert not lost_lines(path, canvas)


def test_aidas_action_phase_stays_a_phase(tmp_path: Path) -> None:
    rows: Rows = [
        ["Fase", "Aandacht", "Interesse", "Verlangen", "Actie"],
        ["Klant doet", "Ziet een advertentie", "Leest", "Vergelijkt", "Koopt"],
        ["Pijnpunten", "Te veel", "Vaag", "Duur", "Traag"],
    ]
    (journey,) = read_canvas(_sheet(tmp_path / "aida.xlsx", rows)).journeys
    assert [p.name for p in journey.phases] == ["Aandacht", "Interesse", "Verlangen", "Actie"]


_TURNED: Rows = [
    ["Fase", "Bakkerij", "Tuinman", "Postbode"],
    ["Oriëntatie", "Bakt brood", "Snoeit", "Bezorgt"],
    ["Aanvraag", "Verkoopt", "Maait", "Sorteert"],
    ["Levering", "Levert", "Plant", "Stempelt"],
    ["Gebruik", "Eet", "Geeft water", "Rust"],
]


@pytest.mark.parametrize(
    "header", [["Nr", "Fase", "Doel"], ["id", "title", "business_goal"], ["ID", "Stage", "Goal"], ["#", "Naam", "Doel"]]
)
@pytest.mark.parametrize("ids", [["S1", "S2", "S3", "S4"], ["1", "2", "3", "4"]])
@pytest.mark.parametrize("offset", [0, 2])
def test_a_stage_list_beside_a_turned_canvas_of_custom_lanes_joins_it(
    tmp_path: Path, header: list[str], ids: list[str], offset: int
) -> None:
    phases = [str(row[0]) for row in _TURNED[1:]]
    goals = ["Weten wat er is", "Snel aanvragen", "Op tijd", "Tevreden"]
    listed: Rows = [header, *([i, p, g] for i, p, g in zip(ids, phases, goals, strict=True))]
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    put(sheet, 1, 1, _TURNED)
    put(sheet, 1 + offset, len(_TURNED[0]) + 2, listed)
    path = tmp_path / "reis.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [p.name for p in journey.phases] == phases
    labels = [lane.label for lane in journey.lanes]
    assert set(labels) == {"Bakkerij", "Tuinman", "Postbode", header[2]}
    goal_lane = next(lane for lane in journey.lanes if lane.label == header[2])
    assert [c[0].text if c else "" for c in goal_lane.cells] == goals
    assert not lost_lines(path, canvas)
    _, out, _ = run_clean("check", "--explain", path)
    first = 1 + offset
    assert (
        f"a stage list: one row per stage (rows {first + 1} to {first + 4}), ids in column F, the phases named by "
        f"column G in id order, the other columns lanes — if the rows are no stages, give --phases-row {first}"
    ) in out


@pytest.mark.parametrize(
    ("written", "age"), [("Jan de Vries (45)", "45"), ("Sanne (34 jaar)", "34"), ("Noor ( 7 )", "7")]
)
@pytest.mark.parametrize("in_one_cell", [True, False])
def test_a_persona_named_with_their_age_in_the_header_keeps_the_age_as_theirs(
    tmp_path: Path, written: str, age: str, in_one_cell: bool
) -> None:
    header: Rows = [[f"Persona: {written}"]] if in_one_cell else [["Persona", written]]
    # Noor's 7 is an age as the journey says a child's ('mama'): a small number alone is a count ("Starter (2)")
    rows: Rows = [*header, [], ["Fase", "Oriëntatie", "Aankoop"], ["Klant doet", "Zoekt met mama", "Koopt"]]
    path = _sheet(tmp_path / "reis.xlsx", rows)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    name = written.split("(")[0].strip()
    assert journey.meta["persona"].text == name
    (persona,) = canvas.personas
    assert persona.name is not None and persona.name.text == name and persona.get("age") == age
    assert not lost_lines(path, canvas)
    _, out, _ = run_clean("check", "--explain", path)
    cell = "A1" if in_one_cell else "B1"
    child = " (a child's: the journey says 'mama')" if int(age) < 12 else ""
    assert (
        f"persona '{name}' ({cell}): '{written}' gives their age in brackets{child}, kept as their age ({age}) — if "
        "it is part of the name, write it without the brackets"
    ) in out


@pytest.mark.parametrize("written", ["Starter (2)", "Herhaalkoper (3)", "Noor (7)"])
@pytest.mark.parametrize("in_one_cell", [True, False])
def test_a_small_bare_number_after_a_persona_with_nothing_of_a_child_is_no_age(
    tmp_path: Path, written: str, in_one_cell: bool
) -> None:
    """Round 24: "Persona: Starter (2)" printed as "2 jaar": a number under 12 in brackets, no age word, and
    nothing in the journey says a child: the second starter, a count, kept in the name and said."""
    header: Rows = [[f"Persona: {written}"]] if in_one_cell else [["Persona", written]]
    rows: Rows = [*header, [], ["Fase", "Oriëntatie", "Aankoop"], ["Klant doet", "Zoekt een fiets", "Koopt"]]
    path = _sheet(tmp_path / "reis.xlsx", rows)
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert journey.meta["persona"].text == written
    assert not any(p.get("age") for p in canvas.personas)
    _, out, _ = run_clean("check", "--explain", path)
    cell = "A1" if in_one_cell else "B1"
    number = written.split("(")[1].rstrip(")")
    assert (
        f"persona '{written}' ({cell}): the {number} in brackets is no age (a number under 12 with no age word, and "
        f"nothing in the journey says a child): kept in the name — if it is their age, write '({number} jaar)'"
    ) in " ".join(out.split())


def test_the_age_in_the_header_joins_the_workbooks_persona_of_that_name(tmp_path: Path) -> None:
    personas = {"A1": "Naam", "B1": "Rol", "A2": "Jan de Vries", "B2": "Klant", "A3": "Sanne", "B3": "Student"}
    journey_cells = {"A1": "Persona: Jan de Vries (45)", **_member_canvas("Zoekt", top=3)}
    path = make_book(tmp_path / "reis.xlsx", {"Reis": journey_cells, "Personas": personas})
    canvas = read_canvas(path)
    assert [p.name.text for p in canvas.personas if p.name] == ["Jan de Vries", "Sanne"]
    assert canvas.personas[0].get("age") == "45" and not canvas.personas[1].get("age")
    assert canvas.journeys[0].meta["persona"].text == "Jan de Vries"
