"""Round 13 (F8): a second persona sheet ("Betrokkenen") whose "Wil graag" column is read as goals beside the
"Personas" sheet's "Doelen": check said "Wil graag (empty)" though every row fills it, and the outputs headed
its words "Doelen". And two comments on cells inside the canvas were counted as "notes outside the canvas"."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from click.testing import CliRunner
from openpyxl.comments import Comment

from canvasgen.cli import main
from tests.support.read_back import pdf_text, slide_text, squeeze
from tests.support.reading import read_canvas


def hospital(path: Path) -> Path:
    book = openpyxl.Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Reis"
    ws["A1"], ws["A2"], ws["A3"] = "Fase", "Wat de patiënt doet", "Knelpunten"
    for col, phase in enumerate(["Klachten", "Huisarts", "Operatie", "Herstel"], start=2):
        ws.cell(1, col, phase)
        ws.cell(2, col, f"Patiënt bij {phase.lower()}")
        ws.cell(3, col, f"Wachten bij {phase.lower()}")
    ws["C2"].comment = Comment("Navragen bij de huisarts", "Lotte")
    ws["F8"] = "Los briefje naast het canvas"
    personas = book.create_sheet("Personas")
    personas.append(["Naam", "Rol", "Doelen"])
    personas.append(["Mevrouw Jansen", "Patiënt", "Weer zelf boodschappen doen"])
    people = book.create_sheet("Betrokkenen")
    people.append(["Naam", "Rol", "Wil graag"])
    people.append(["Huisarts", "Verwijzer", "Snel een terugkoppeling"])
    people.append(["Orthopeed", "Behandelaar", "Goed voorbereide patiënten"])
    book.save(path)
    return path


def test_a_column_worded_otherwise_on_a_second_sheet_keeps_its_words_and_is_not_empty(tmp_path: Path) -> None:
    path = hospital(tmp_path / "ziekenhuis.xlsx")
    canvas = read_canvas(path)
    huisarts = next(p for p in canvas.personas if p.name is not None and p.name.text == "Huisarts")
    (key,) = [k for k, v in huisarts.fields.items() if v.text == "Snel een terugkoppeling"]
    assert canvas.persona_columns[key].text == "Wil graag"
    assert huisarts.get("goals") == "Snel een terugkoppeling"  # still the member's goals, by their reading
    assert huisarts.get("role") == "Verwijzer" and "role" in huisarts.fields  # structure keeps its key
    jansen = next(p for p in canvas.personas if p.name is not None and p.name.text == "Mevrouw Jansen")
    assert canvas.persona_columns[next(k for k, v in jansen.fields.items() if v.text.startswith("Weer"))].text == (
        "Doelen"
    )
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 0, result.output
    assert "sheet 'Betrokkenen' columns: Wil graag" in result.output
    assert "(empty)" not in result.output
    # the comment on C2 is on a cell of the canvas; the cell F8 is outside it
    assert "1 note outside the canvas" in result.output
    assert "1 comment on its cells, kept as notes" in result.output
    explained = CliRunner().invoke(main, ["check", "--explain", str(path)]).output
    assert "comments on its cells, to notes: Reis!C2" in explained
    assert "to notes (outside the table): Reis!F8" in explained


def test_the_outputs_head_the_second_sheets_words_as_the_client_wrote_them(tmp_path: Path) -> None:
    path = hospital(tmp_path / "ziekenhuis.xlsx")
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    poster = squeeze(pdf_text(tmp_path / "out" / "ziekenhuis.pdf"))
    deck = squeeze(slide_text(tmp_path / "out" / "ziekenhuis.pptx"))
    for text in (poster, deck):
        assert squeeze("Wil graag: Snel een terugkoppeling") in text
        assert squeeze("Doelen: Snel een terugkoppeling") not in text
        assert squeeze("Doelen: Weer zelf boodschappen doen") in text


def test_a_second_sheets_role_is_headed_by_its_own_word_not_the_first_sheets(tmp_path: Path) -> None:
    """H14: the first sheet heads the role "Job", the second "Rol": the role keeps its key (structure), its
    heading stays the client's word on each sheet, and check never calls the filled "Rol" column empty."""
    path = hospital(tmp_path / "ziekenhuis.xlsx")
    book = openpyxl.load_workbook(path)
    book["Personas"]["B1"] = "Job"
    book.save(path)
    canvas = read_canvas(path)
    huisarts = next(p for p in canvas.personas if p.name is not None and p.name.text == "Huisarts")
    assert huisarts.get("role") == "Verwijzer" and "role" in huisarts.fields
    assert canvas.persona_headings(huisarts)["role"].text == "Rol"
    jansen = next(p for p in canvas.personas if p.name is not None and p.name.text == "Mevrouw Jansen")
    assert canvas.persona_headings(jansen)["role"].text == "Job"
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 0, result.output
    assert "sheet 'Betrokkenen' columns: Rol · Wil graag" in result.output
    assert "(empty)" not in result.output
    result = CliRunner().invoke(main, ["build", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    poster = squeeze(pdf_text(tmp_path / "out" / "ziekenhuis.pdf"))
    deck = squeeze(slide_text(tmp_path / "out" / "ziekenhuis.pptx"))
    for text in (poster, deck):
        assert squeeze("Rol: Verwijzer") in text and squeeze("Rol: Behandelaar") in text
        assert squeeze("Job: Verwijzer") not in text
        assert squeeze("Job: Patiënt") in text
