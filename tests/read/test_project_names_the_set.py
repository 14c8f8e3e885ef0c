"""A workbook's project in its details ("Traject | Koopreis accountantskantoren 2027", round 21 new user F4): read
as the project the journeys belong to, not kept as a note on every sheet. It names the set of journeys (the
comparison page, the footers of the journeys' pages, check's summary), a journey only where it has no title of its
own; a note every sheet writes alike is listed once on the deck's appendix."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.layout.poster.poster import canvas_title
from canvasgen.render.xlsx.model_book import workbook_of
from canvasgen.words import POSTER_WORDS
from tests.support.cli import run_clean
from tests.support.read_back import pdf_text
from tests.support.reading import read_canvas
from tests.support.workbooks import Cells, make_book

PROJECT = "Koopreis accountantskantoren 2027"


def member(title: str | None, label: str = "Traject", note: str | None = None) -> Cells:
    cells: Cells = {"A2": "Klant", "B2": "BoekhoudWolk B.V.", "A3": label, "B3": PROJECT}
    if title is not None:
        cells["A1"] = title
    if note is not None:
        cells["F2"] = note
    cells.update({"A5": "Fase", "B5": "Oriëntatie", "C5": "Evaluatie", "D5": "Aankoop"})
    lanes = [
        ("Wat doet de klant?", "Leest vakblad", "Vergelijkt pakketten", "Tekent contract"),
        ("Pijnpunten", "Te druk", "Te veel keus", "Onduidelijke prijs"),
        ("Score", 2, -1, 1),
    ]
    for r, row in enumerate(lanes, start=6):
        for column, value in zip("ABCD", row, strict=True):
            cells[f"{column}{r}"] = value
    return cells


@pytest.mark.parametrize("label", ["Traject", "Project", "Projectnaam"])
def test_the_project_names_the_set_and_is_no_note(tmp_path: Path, label: str) -> None:
    sheets = {"Partner": member("Koopreis partner", label), "IT": member("Koopreis IT-contact", label)}
    canvas = read_canvas(make_book(tmp_path / "koopreis.xlsx", sheets))
    assert [j.name for j in canvas.journeys] == ["Koopreis partner", "Koopreis IT-contact"]
    assert all(j.meta["project"].text == PROJECT for j in canvas.journeys)
    assert not [n.text for j in canvas.journeys for n in j.notes] and not canvas.notes
    assert canvas_title(canvas, POSTER_WORDS["nl"]) == PROJECT


def test_a_journey_without_a_title_is_named_by_its_project(tmp_path: Path) -> None:
    canvas = read_canvas(make_book(tmp_path / "traject.xlsx", {"Blad1": member(None)}))
    assert canvas.journeys[0].name == PROJECT


def test_the_poster_and_check_say_the_project(tmp_path: Path) -> None:
    sheets = {"Partner": member("Koopreis partner"), "IT": member("Koopreis IT-contact")}
    path = make_book(tmp_path / "koopreis.xlsx", sheets)
    code, out, _ = run_clean("check", path)
    assert code == 0
    assert f"project {PROJECT}, client BoekhoudWolk B.V." in out
    assert "outside the canvas" not in out
    code, _, _ = run_clean("build", path, "-o", tmp_path / "out", "--size", "A3")
    assert code == 0
    text = " ".join(pdf_text(tmp_path / "out" / "koopreis.pdf").split())
    assert f"Traject: {PROJECT} · Klant: BoekhoudWolk B.V." in text  # each journey's details
    assert f"{PROJECT} · Koopreis partner" in text  # the journey's footer, no tool's word before it
    assert "Klantreiscanvas" not in text  # neither a journey's footer nor the comparison page's


def test_a_note_every_sheet_writes_alike_is_on_the_appendix_once(tmp_path: Path) -> None:
    note = "Concept: nog niet met de klant besproken"
    sheets = {"Partner": member("Koopreis partner", note=note), "IT": member("Koopreis IT-contact", note=note)}
    path = make_book(tmp_path / "koopreis.xlsx", sheets)
    code, _, _ = run_clean("build", path, "-o", tmp_path / "out", "--size", "A3")
    assert code == 0
    from pptx import Presentation

    slides = Presentation(str(tmp_path / "out" / "koopreis.pptx")).slides
    appendix = [
        shape.text_frame.text
        for slide in slides
        for shape in slide.shapes
        if shape.has_text_frame and "Notities uit de werkmap" in shape.text_frame.text
    ]
    assert appendix and sum(text.count(note) for text in appendix) == 1


def test_a_new_workbook_keeps_the_project_as_a_note(tmp_path: Path) -> None:
    """The template has no row for a project: a workbook written anew (apply of a CSV) keeps it once, as a note."""
    sheets = {"Partner": member("Koopreis partner"), "IT": member("Koopreis IT-contact")}
    canvas = read_canvas(make_book(tmp_path / "koopreis.xlsx", sheets))
    book = workbook_of(canvas, "nl")
    notes = [row[0] for row in book["Notities"].iter_rows(values_only=True)]
    assert notes.count(f"Traject: {PROJECT}") == 1
