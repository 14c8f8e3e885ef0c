"""The client's own words (#27): a canvas made from the Dutch template with its lane labels rewritten as
questions and with typos keeps every lane's role, and nothing in the deck or the kit claims emptiness
over what the client wrote."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pypdfium2
import pytest
from click.testing import CliRunner
from pptx import Presentation

from canvasgen.cli import main
from canvasgen.words import KIT_WORDS
from tests.support.read_back import lost_lines, squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

PHASES = ["Bewustwording", "Interesse", "Overweging", "Aankoop", "Service & loyaliteit"]
#: Row of the template's lane label -> (the client's label, what they wrote per phase).
LANES: dict[int, tuple[str, list[str | int | None]]] = {
    11: ("Wat doet de klant?", ["Ziet advertentie", "Leest reviews", "Vraagt offertes aan", "Tekent", "Belt service"]),
    12: ("Wat moeten wij doen?", ["Campagne draaien", "Site bijwerken", "Offerte snel", "Planning", "Monitoring"]),
    13: ("Hoe voelt de klant zich?", ["Nieuwsgierig", "Twijfelt", "Gestrest", "Opgelucht", "Tevreden"]),
    14: ("Ervaringsscore (-2 t/m +2)", [0, -1, -1, 1, 2]),
    15: (
        "Wat kunnen we verbeteren?",
        ["Heldere advertentie", "Reviews op de site", "Snellere offerte", None, "Proactief bellen"],
    ),
    16: ("Klantprocess", ["Zoekt op Google", "Vergelijkt prijzen", None, None, None]),
    18: ("Ervaaring", ["Prettig contact", None, "Onzeker over subsidie", None, None]),
    19: ("Pijnpunten", ["Te veel jargon", None, "Wacht op offerte", "Lange levertijd", None]),
    20: ("Kanzen", ["Uitlegvideo", None, "Offerte-app", None, None]),
}
IMPROVEMENTS = [v for v in LANES[15][1] + LANES[20][1] if isinstance(v, str)]
PAINS = [v for v in LANES[19][1] if isinstance(v, str)]
#: On one worker: the workbook is built and its kit made once for every test here.
pytestmark = pytest.mark.xdist_group("clients own words")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The client's workbook, built, and its kit made: the whole loop as a user runs it."""
    folder = tmp_path_factory.mktemp("klant")
    book = folder / "klantreis.xlsx"
    assert CliRunner().invoke(main, ["template", str(book), "--lang", "nl", "--lanes", "all"]).exit_code == 0
    wb = openpyxl.load_workbook(book)
    ws = wb["Klantreis"]
    assert [ws.cell(10, c).value for c in range(2, 7)] == PHASES
    for row, (label, values) in LANES.items():
        ws.cell(row, 1).value = label
        for col, value in enumerate(values, start=2):
            ws.cell(row, col).value = value
    wb.save(book)
    for command in (["build", str(book), "-o", str(folder / "out")], ["kit", str(book), "-o", str(folder / "out")]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 0, result.output
    return book


def test_check_says_each_lanes_role_and_how(made: Path) -> None:
    result = CliRunner().invoke(main, ["check", str(made)])
    assert result.exit_code == 0
    for line in (
        "lane 'Wat doet de klant?' [customer, question]: 5 items",
        "lane 'Hoe voelt de klant zich?' [experience, question]: 5 items",
        "lane 'Wat kunnen we verbeteren?' [learning, question]: 4 items",
        "lane 'Klantprocess' [customer, typo of 'Klantproces'; extra lane]: 2 items",
        "lane 'Kanzen' [opportunities, typo of 'Kansen']: 2 items",
        "lane 'Pijnpunten' [pain_points, known label]: 3 items",
    ):
        assert line in result.stdout, result.stdout
    assert (
        "Klantreis!A16: lane 'Klantprocess' is a second customer lane (typo of 'Klantproces'), after 'Wat doet de "
        "klant?' (A11): that one keeps the customer place, this one is shown as an extra lane"
    ) in result.stdout
    lanes = json.loads(CliRunner().invoke(main, ["check", "--json", str(made)]).stdout)["journeys"][0]["lanes"]
    assert {lane["label"]: lane["role_by"] for lane in lanes}["Klantprocess"] == "typo"
    assert {lane["label"]: lane.get("role_match") for lane in lanes}["Klantprocess"] == "Klantproces"
    explained = CliRunner().invoke(main, ["check", "--explain", str(made)]).stdout
    assert "lane 'Wat kunnen we verbeteren?': learning, question" in explained


def test_every_improvement_is_an_action_and_no_pain_point_is(made: Path) -> None:
    deck = Presentation(str(made.parent / "out" / "klantreis.pptx"))
    rows = [
        [cell.text for cell in row.cells]
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_table and shape.table.cell(0, 1).text == "Actie"
        for row in list(shape.table.rows)[1:]
    ]
    actions = [row[1] for row in rows]
    assert sorted(actions) == sorted(IMPROVEMENTS)
    assert not set(PAINS) & set(actions)
    assert [row[0] for row in rows if row[1] == "Snellere offerte"] == ["Overweging"]


def _pages(pdf: Path) -> list[str]:
    return [squeeze(page.get_textpage().get_text_range()) for page in pypdfium2.PdfDocument(pdf)]


def test_handouts_show_every_filled_lane_and_the_prompt_only_where_nothing_is(made: Path) -> None:
    voting = squeeze(KIT_WORDS["nl"]["vote_title"])
    pages = [p for p in _pages(made.parent / "out" / "klantreis-handouts.pdf") if voting not in p]
    for index, phase in enumerate(PHASES):
        text = "".join(p for p in pages if squeeze(phase) in p)
        for label, values in LANES.values():
            value = values[index]
            if isinstance(value, str):
                assert squeeze(value) in text, (phase, label, value)
        for extra in ("Klantprocess", "Ervaaring"):  # a second lane of a core role, under its own label
            if isinstance(dict(LANES.values())[extra][index], str):
                assert squeeze(extra) in text
    # Every lane has its section in every phase (N12): the prompt stands exactly where a lane's cell is empty
    # ("Wat kunnen we verbeteren?" in 'Aankoop', the second lanes and the template's unused lanes), and nowhere else.
    journey = read_canvas(made).journeys[0]
    shown = [lane for lane in journey.lanes if journey.holds_core_place(lane)] + journey.extra_lanes()
    for index, phase in enumerate(PHASES):
        text = "".join(p for p in pages if squeeze(phase) in p)
        empty = sum(1 for lane in shown if not lane.cells[index])
        assert text.count(squeeze("Nog niets: begin hier.")) == empty, phase


def test_cards_show_every_filled_lane(made: Path) -> None:
    text = "".join(_pages(made.parent / "out" / "klantreis-cards.pdf"))
    for _, values in LANES.values():
        for value in values:
            if isinstance(value, str):
                assert squeeze(value) in text, value


@pytest.mark.parametrize(("word", "gap"), [("Notities", True), ("Notities", False), ("Notes", True)])
def test_a_notes_columns_own_header_heads_the_notes_and_is_no_note(tmp_path: Path, word: str, gap: bool) -> None:
    """Round 9 (newuser 7): the header 'Notities' of a column of notes beside the canvas was printed as one of
    the client's notes; it heads them: a heading, said in --explain, and every note under it kept."""

    notes_col = "G" if gap else "F"
    cells: dict[str, object] = {"A1": "Fase", "B1": "Oriëntatie", "C1": "Aanvraag", "D1": "Gebruik", "E1": "Verlenging"}
    cells |= {"A2": "Klantacties", "B2": "Zoekt", "C2": "Vult in", "D2": "Parkeert", "E2": "Verlengt"}
    cells |= {"A3": "Pijnpunten", "B3": "Onvindbaar", "C3": "Traag", "D3": "Boete", "E3": "Vergeten"}
    cells |= {f"{notes_col}1": word, f"{notes_col}2": "Navragen bij de balie", f"{notes_col}3": "Cijfers 2025?"}
    path = make_book(tmp_path / "c.xlsx", {"Klantreis": cells})
    canvas = read_canvas(path)
    (journey,) = canvas.journeys
    assert [n.text for n in journey.notes] == ["Navragen bij de balie", "Cijfers 2025?"]
    # round 10: the heading is the title of the notes it heads (poster and deck), no note and no bare structure
    assert journey.notes_title is not None and journey.notes_title.text == word and canvas.headings == []
    said = " ".join(CliRunner().invoke(main, ["check", str(path), "--explain"]).output.split())
    assert f"'{word}' in {notes_col}1 heads the notes under it: a heading, not a note" in said
    assert lost_lines(path, canvas) == []
