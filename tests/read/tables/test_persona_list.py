"""Persona lists (#30 item 8): one persona per row, each told in one column of free text."""

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
from tests.support.read_back import lost_lines, pdf_text, slide_text, squeeze
from tests.support.reading import read_canvas
from tests.support.shapes import SCRIPTS, unknown, words

STORIES = [
    "I run a bakery with two shops and want my customers to order cakes online before the weekend.",
    "Retired teacher, I travel by train twice a month and I hate apps that change every few weeks.",
    "Student nurse on night shifts; I pay my bills on my phone and never open letters from the bank.",
]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def test_a_persona_column_of_free_text_gives_persona_1_to_n(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "people.csv", [["a", "persona"], *([str(i), s] for i, s in enumerate(STORIES, 1))])
    result = CliRunner().invoke(main, ["check", "--explain", str(path)])
    assert result.exit_code == 0, result.output  # was refused: no canvas
    canvas = read_canvas(path)
    assert [p.name.text for p in canvas.personas if p.name] == ["Persona 1", "Persona 2", "Persona 3"]
    assert [p.get("bio") for p in canvas.personas] == STORIES
    assert "a persona list, one persona per row (rows 2 to 4), called after their id in column A" in result.output
    assert "the free text in column B ('persona') is each one's description — to name them" in result.output


def test_the_persona_list_comes_out_of_the_poster_and_the_deck(tmp_path: Path) -> None:
    rows = [["id", "persona", "tags"], *([f"P{i}", s, f"tag {i}"] for i, s in enumerate(STORIES, 1))]
    path = write_csv(tmp_path / "people.csv", rows)
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    (pdf,), (pptx,) = sorted((tmp_path / "out").rglob("*.pdf")), sorted((tmp_path / "out").rglob("*.pptx"))
    for text in (squeeze(pdf_text(pdf)), squeeze(slide_text(pptx))):
        for words_ in ["P1", "P3", *STORIES, "tag 2"]:
            assert squeeze(words_) in text


def test_a_file_named_persona_with_unknown_headers_is_a_persona_list(tmp_path: Path) -> None:
    rows = [["编号", "原文", "标签"], *([str(i), s, f"t{i}"] for i, s in enumerate(STORIES, 1))]
    canvas = read_canvas(write_csv(tmp_path / "team_persona.csv", rows))
    assert [p.name.text for p in canvas.personas if p.name] == ["Persona 1", "Persona 2", "Persona 3"]
    assert [p.get("标签") for p in canvas.personas] == ["t1", "t2", "t3"]


def test_a_journey_with_a_persona_column_is_no_persona_list(tmp_path: Path) -> None:
    rows = [["Persona", "Stage", "Action"], *(["Anna", f"Stage {i}", s] for i, s in enumerate(STORIES, 1))]
    canvas = read_canvas(write_csv(tmp_path / "journey.csv", rows))
    assert canvas.personas == [] and len(canvas.journeys) == 1


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_persona_lists_in_any_script(data: st.DataObject) -> None:
    script = data.draw(st.sampled_from(SCRIPTS))
    n = data.draw(st.integers(2, 12))
    sentence = st.lists(words(script).filter(unknown), min_size=8, max_size=14).map(" ".join)
    stories = data.draw(st.lists(sentence, min_size=n, max_size=n))
    header = data.draw(st.sampled_from(["persona", "Persona", "Personas", "Persona description"]))
    ids = data.draw(st.sampled_from(["numbers", "codes", "none"]))
    rows = [([] if ids == "none" else ["id"]) + [header]]
    for i, story in enumerate(stories, start=1):
        rows.append(([] if ids == "none" else [str(i) if ids == "numbers" else f"P{i}"]) + [story])
    with tempfile.TemporaryDirectory() as folder:
        canvas = read_canvas(write_csv(Path(folder) / "list.csv", rows))
    names = [p.name.text for p in canvas.personas if p.name]
    expected = [f"P{i}" if ids == "codes" else f"Persona {i}" for i in range(1, n + 1)]
    assert names == expected
    assert [p.get("bio") for p in canvas.personas] == [" ".join(s.split()) for s in stories] or [
        p.get("bio") for p in canvas.personas
    ] == stories


@pytest.mark.slow
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.data())
def test_persona_lists_written_without_spaces(data: st.DataObject) -> None:
    """Round 10: a persona told in a sentence of hanzi (no spaces between words, 15 to 30 characters) was no
    free text, being under 30 letters of one 'word': the list was read as a guessed journey of one phase."""
    n = data.draw(st.integers(2, 8))
    hanzi = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
    stories = data.draw(st.lists(st.text(hanzi, min_size=15, max_size=30), min_size=n, max_size=n, unique=True))
    rows = [["a", data.draw(st.sampled_from(["persona", "Persona"]))], *([str(i), s] for i, s in enumerate(stories, 1))]
    with tempfile.TemporaryDirectory() as folder:
        canvas = read_canvas(write_csv(Path(folder) / "personas.csv", rows))
    assert canvas.journeys == []
    assert [p.name.text for p in canvas.personas if p.name] == [f"Persona {i}" for i in range(1, n + 1)]
    assert [p.get("bio") for p in canvas.personas] == stories


def test_a_persona_told_in_a_few_words_beside_its_name_is_a_persona_list(tmp_path: Path) -> None:
    """Round 10: a companion persona list `id, name, persona` whose descriptions are a few words ('Busy team
    lead') was no persona list (no free text): read as a journey of its own, its ids as phases."""
    rows = [
        ["id", "name", "persona"],
        ["p1", "Student Sam", "Price-sensitive student"],
        ["p2", "Manager Mo", "Busy team lead"],
    ]
    canvas = read_canvas(write_csv(tmp_path / "people.csv", rows))
    assert canvas.journeys == []
    assert [(p.name.text if p.name else None, p.get("bio")) for p in canvas.personas] == [
        ("Student Sam", "Price-sensitive student"),
        ("Manager Mo", "Busy team lead"),
    ]


@pytest.mark.parametrize(
    ("sheet", "origin"), [("Doelgroepen", (3, 2)), ("Target groups", (1, 1)), ("Personas", (2, 4))]
)
def test_a_persona_list_under_a_title_in_a_workbook(tmp_path: Path, sheet: str, origin: tuple[int, int]) -> None:
    """Round 9's fresh file: a title over the list (blank row between) made it a journey of two phases."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    top, left = origin
    ws.cell(top, left, "Overzicht van onze klanten")
    for r, row in enumerate(
        [["nr", "Naam", "Omschrijving"], *([i, f"Klant {i}", s] for i, s in enumerate(STORIES, 1))]
    ):
        for c, value in enumerate(row):
            ws.cell(top + 2 + r, left + c, value)
    path = tmp_path / "overzicht.xlsx"
    book.save(path)
    canvas = read_canvas(path)
    assert canvas.journeys == []
    assert [p.name.text for p in canvas.personas if p.name] == ["Klant 1", "Klant 2", "Klant 3"]
    assert [p.get("bio") for p in canvas.personas] == STORIES
    assert [n.text for n in canvas.notes] == ["Overzicht van onze klanten"]
    said = f"sheet '{sheet}': a persona list" if sheet != "Personas" else f"sheet '{sheet}': personas, by its name"
    assert any(line.startswith(said) for line in canvas.reading)
    if sheet != "Personas":  # a Personas sheet is read by its header row of fields, under any title
        assert any(f"row {top} above its header (a title) is kept as a note" in line for line in canvas.reading)
    assert lost_lines(path, canvas) == []
