"""A question in the learning lane ("Do buyers trust G2 more than analysts?") is something to find out, not an
improvement action (new user 12, F13/F24): the deck lists it under its own heading without a priority, and
the kit's dot-voting sheet does not offer it as an improvement to vote on."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from tests.support.cli import run_clean
from tests.support.read_back import pdftotext, shape_texts, title_of
from tests.support.workbooks import payroll_ideal_and_current

QUESTION = "Do buyers trust G2 more than analysts?"


def test_the_deck_keeps_questions_apart_from_the_prioritised_actions(tmp_path: Path) -> None:
    book = payroll_ideal_and_current(tmp_path / "payroll.xlsx")
    code, _, err = run_clean("build", book, "-o", tmp_path / "out")
    assert code == 0, err
    slides = list(Presentation(str(tmp_path / "out" / "payroll.pptx")).slides)
    # each table on its own: the questions may share the actions' slide ("Improvement actions · Questions to
    # find out"), each under its own header
    tables = [shape_texts(shape) for slide in slides for shape in slide.shapes if getattr(shape, "has_table", False)]
    actions = [t for t in tables if t[1:4] == ["Action", "Owner", "Priority"]]
    questions = [t for t in tables if t[1:3] == ["Question", "Owner"]]
    assert actions and questions
    assert not any(QUESTION in table for table in actions)
    [table] = [t for t in questions if QUESTION in t]
    assert table[:3] == ["Stage", "Question", "Owner"]  # no priority column
    row = table.index(QUESTION)
    assert table[row - 1] == "Looking around"
    titled = [title_of(s) for s in slides if any(QUESTION in shape_texts(sh) for sh in s.shapes if sh.has_table)]
    assert all("Questions to find out" in title for title in titled)


def test_the_dot_voting_sheet_lists_questions_under_their_own_heading(tmp_path: Path) -> None:
    book = payroll_ideal_and_current(tmp_path / "payroll.xlsx")
    code, _, err = run_clean("kit", book, "-o", tmp_path / "kit", "--lang", "en")
    assert code == 0, err
    pages = pdftotext(tmp_path / "kit" / "payroll-handouts.pdf").split("\f")
    voting = [page for page in pages if "Dot voting" in page]
    assert voting
    text = " ".join(" ".join(page.split()) for page in voting)
    heading = text.index("Questions to find out (not voted on: answer them first)")
    assert text.index(QUESTION) > heading


def test_the_exercise_notes_give_the_agendas_minutes_a_phase(tmp_path: Path) -> None:
    """The agenda's "(4 phases × 5 min)" and each exercise slide's notes say the same number (F38): the
    notes take it from the agenda, never a "ten minutes" of their own."""
    book = payroll_ideal_and_current(tmp_path / "payroll.xlsx")
    code, _, err = run_clean("build", book, "-o", tmp_path / "out")
    assert code == 0, err
    slides = list(Presentation(str(tmp_path / "out" / "payroll.pptx")).slides)
    cells = [t for slide in slides for shape in slide.shapes if shape.has_table for t in shape_texts(shape)]
    lines = [c for c in cells if c.startswith("Exercise: the canvas per phase")]
    assert len(lines) == 2
    notes = [s.notes_slide.notes_text_frame.text for s in slides if s.has_notes_slide]
    exercise = [n for n in notes if n.startswith("Let the group fill the canvas")]
    assert len(exercise) == 8  # four phases, two journeys
    (minutes,) = {n.split(" in ")[1].split(" minutes")[0] for n in exercise}
    assert all(" ".join(line.split()).endswith(f"4 phases × {minutes} min)") for line in lines)
