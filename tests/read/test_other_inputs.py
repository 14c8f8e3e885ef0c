"""Inputs that are no spreadsheet: a Mermaid journey, and the JSON model of `check --json` read back."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from canvasgen.cli import main
from tests.support.read_back import pdf_text, slide_text, squeeze
from tests.support.reading import read_canvas
from tests.support.workbooks import CANVASES, DATA, EMPATHY_ENTRIES, journey_with_empathy_map, make_book

MERMAID = """# Bike journey

Some text before the diagram.

```mermaid
journey
  title Ordering a bike
  section Discover
    Sees an ad: 3: Customer
    Reads reviews: 4: Customer, Friend
  section Buy
    Pays online: 5: Customer
  section Ride
    Flat tyre: 1: Customer
```
"""


def test_mermaid_journey_in_markdown(tmp_path: Path) -> None:
    path = tmp_path / "bike.md"
    path.write_text(MERMAID, encoding="utf-8")
    (journey,) = read_canvas(path).journeys
    assert journey.name == "Ordering a bike"
    assert [p.name for p in journey.phases] == ["Discover", "Buy", "Ride"]
    tasks = journey.lane("customer")
    assert tasks is not None and [i.text for i in tasks.cells[0]] == ["Sees an ad", "Reads reviews"]
    assert str(tasks.cells[0][1].source) == "bike!line 10"
    assert [[s.value for s in p] for p in journey.scores] == [[3, 4], [5], [1]]
    assert str(journey.scores[0][0].scale) == "1..5"
    assert [i.text for i in journey.lanes[1].cells[0]] == ["Customer", "Friend"]


BROKEN_LINES = """journey
  title Ordering<br>a bike
  section Find<br/>and compare
    Sees an ad<br />on the tram: 3: Customer
    Reads reviews<BR>at night: 4: Customer
  section Ride
    Flat tyre: 1: Customer
"""


def test_mermaid_line_breaks_are_line_breaks_in_the_model_the_poster_and_the_deck(tmp_path: Path) -> None:
    path = tmp_path / "bike.mmd"
    path.write_text(BROKEN_LINES, encoding="utf-8")
    (journey,) = read_canvas(path).journeys
    assert journey.meta["title"].text == "Ordering\na bike"
    assert journey.name == "Ordering a bike"
    assert [p.name for p in journey.phases] == ["Find\nand compare", "Ride"]
    tasks = journey.lane("customer")
    assert tasks is not None
    assert [i.text for i in tasks.cells[0]] == ["Sees an ad\non the tram", "Reads reviews\nat night"]
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    (pdf,), (pptx,) = sorted((tmp_path / "out").rglob("*.pdf")), sorted((tmp_path / "out").rglob("*.pptx"))
    for text in (squeeze(pdf_text(pdf)), squeeze(slide_text(pptx))):
        assert "<br" not in text.lower()
        for words in ("Orderingabike", "Findandcompare", "Seesanadonthetram", "Readsreviewsatnight"):
            assert words in text


def test_check_lists_a_name_of_two_lines_on_one_line(tmp_path: Path) -> None:
    """Round 10 (M12): a Mermaid section with a ``<br>`` (or a phase or lane label written over two lines in
    Excel) was printed by ``check`` with its raw line break, breaking its own list of phases."""
    path = tmp_path / "bike.mmd"
    path.write_text(BROKEN_LINES, encoding="utf-8")
    book = make_book(
        tmp_path / "reis.xlsx",
        {"Reis": {"A1": "Fase", "B1": "Oriënteren\nen kiezen", "C1": "Kopen", "A2": "Klant-\nproces", "B2": "Zoekt"}},
    )
    for canvas, phases, lane in (
        (path, "2 phases: Find and compare | Ride", "lane 'Customer process'"),
        (book, "2 phases: Oriënteren en kiezen | Kopen", "lane 'Klant- proces'"),
    ):
        result = CliRunner().invoke(main, ["check", str(canvas)])
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        assert f"    {phases}" in lines
        assert any(line.startswith(f"    {lane} [") for line in lines)
    scores = CliRunner().invoke(main, ["check", str(path)]).stdout.splitlines()
    assert "    scores on 1..5: Find and compare 3.5 (average of 3 · 4), Ride 1" in scores


def test_mermaid_without_sections_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "empty.mmd"
    path.write_text("journey\n  title Nothing yet\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1
    assert "has no 'section' lines" in result.stderr


@pytest.mark.parametrize(
    "path",
    [
        CANVASES / "voorbeeld-webshop-kpis-v3.xlsx",
        DATA / "german-two-levels.xlsx",
        DATA / "italian-blueprint-lookalike.xlsx",
        DATA / "emotion-positions-lookalike.xlsx",
        DATA / "persona-blocks-lookalike.xlsx",
    ],
    ids=lambda p: p.name,
)
def test_json_model_round_trip(path: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(main, ["check", "--json", str(path)])
    assert first.exit_code == 0
    model = tmp_path / "model.json"
    model.write_text(first.stdout, encoding="utf-8")
    again = runner.invoke(main, ["check", "--json", str(model)])
    assert again.exit_code == 0, again.stderr
    before, after = json.loads(first.stdout), json.loads(again.stdout)
    for key in before:
        if key in ("file", "warnings", "journeys"):
            continue
        assert before[key] == after[key], key
    for old, new in zip(before["journeys"], after["journeys"], strict=True):
        assert {k: v for k, v in old.items() if k != "reading"} == {k: v for k, v in new.items() if k != "reading"}


def test_edited_json_model_builds(tmp_path: Path) -> None:
    runner = CliRunner()
    data = json.loads(runner.invoke(main, ["check", "--json", str(DATA / "german-two-levels.xlsx")]).stdout)
    data["journeys"][0]["lanes"][0]["cells"][0].append({"text": "Neue Idee aus dem Workshop"})
    model = tmp_path / "kundenreise.json"
    model.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(main, ["build", str(model), "-o", str(tmp_path), "--no-pptx", "--size", "A3"])
    assert result.exit_code == 0, result.stderr
    from tests.support.read_back import pdf_text

    assert "Neue Idee aus dem Workshop" in pdf_text(tmp_path / "kundenreise.pdf")


def test_not_a_model(tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"name": "something else"}', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1
    assert "not a canvasgen model" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_canvas_built_from_its_json_model_shows_what_the_workbook_does(tmp_path: Path) -> None:
    """#30 item 9, #31 item 6: an empathy map and a second persona sheet's own heading ("Job" beside the first
    sheet's "Rol") survive check --json: the poster and the deck built from the model say what the ones
    built from the workbook say, word for word."""
    path = journey_with_empathy_map(tmp_path / "zon.xlsx")
    book = openpyxl.load_workbook(path)
    people = book.create_sheet("Betrokkenen")
    for row in (["Naam", "Job", "Wil graag"], ["Installateur", "Monteur", "Een droog dak om op te werken"]):
        people.append(row)
    book.save(path)
    runner = CliRunner()
    checked = runner.invoke(main, ["check", "--json", str(path)])
    assert checked.exit_code == 0, checked.stderr
    model = tmp_path / "model" / "zon.json"
    model.parent.mkdir()
    model.write_text(checked.stdout, encoding="utf-8")
    texts = []
    for source, out in ((path, tmp_path / "from-xlsx"), (model, tmp_path / "from-json")):
        built = runner.invoke(main, ["build", str(source), "-o", str(out), "--size", "A3"])
        assert built.exit_code == 0, built.stderr
        texts.append((pdf_text(out / "zon.pdf"), slide_text(out / "zon.pptx")))
    assert texts[1] == texts[0]
    for text in texts[0]:  # what the model must carry for that: the map's words, the second sheet's heading
        assert all(squeeze(entry) in squeeze(text) for entries in EMPATHY_ENTRIES.values() for entry in entries)
        assert squeeze("Job: Monteur") in squeeze(text)
