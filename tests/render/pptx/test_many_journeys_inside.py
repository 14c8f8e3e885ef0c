"""A deck of many journeys (a persona a sheet, each its own lines on the agenda): every shape of every slide
lies inside the slide, the agenda too, never below the slide's edge (an agenda of six personas ended at 133%
of the slide's height, F5); round 22 (#31): the agenda is one slide, each later journey's review and exercise
one line where its lines would run on to a second ("Persona 3: waar deze afwijkt, dan het canvas per fase"),
every later journey's one line where even those would; timed without a gap."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from canvasgen.layout.deck.frames import TABLE_MIN
from canvasgen.words import DECK_WORDS
from tests.support.cli import run_clean
from tests.support.read_back import title_of
from tests.support.workbooks import make_book

PERSONAS, PHASES = 7, 4


def _many_journeys(path: Path) -> Path:
    sheets = {}
    for persona in range(1, PERSONAS + 1):
        cells: dict[str, object] = {
            "A1": "Fase",
            "A2": "Klantproces",
            "A3": "Ervaringsscore (-2 t/m +2)",
            "A4": "Pijnpunten",
        }
        for phase in range(PHASES):
            column = "BCDEFGH"[phase]
            cells[f"{column}1"] = f"Stap {phase + 1}"
            cells[f"{column}2"] = f"Persona {persona} zet stap {phase + 1}"
            cells[f"{column}3"] = (phase + persona) % 5 - 2
            cells[f"{column}4"] = f"wachttijd bij stap {phase + 1}"
        sheets[f"Persona {persona}"] = cells
    return make_book(path, sheets)


def test_every_shape_of_a_deck_of_many_journeys_lies_inside_its_slide(tmp_path: Path) -> None:
    source = _many_journeys(tmp_path / "veel.xlsx")
    code, stdout, stderr = run_clean("build", source, "--no-pdf", "-o", tmp_path / "out")
    assert code == 0, stdout + stderr
    deck = Presentation(str(tmp_path / "out" / "veel.pptx"))
    width, height = deck.slide_width, deck.slide_height
    outside = [
        f"{number} {title_of(slide)!r}: {shape.name}"
        for number, slide in enumerate(deck.slides, start=1)
        for shape in slide.shapes
        if shape.left < 0
        or shape.top < 0
        or shape.left + shape.width > width
        or shape.top + (sum(row.height for row in shape.table.rows) if shape.has_table else shape.height) > height
    ]
    assert not outside
    words = DECK_WORDS["nl"]
    agenda = [s for s in deck.slides if title_of(s).startswith(words["agenda"])]
    assert [title_of(s) for s in agenda] == [words["agenda"]]
    tables = [shape.table for slide in agenda for shape in slide.shapes if shape.has_table]
    assert all(
        [cell.text for cell in table.rows[0].cells] == [words["time"], words["topic"], words["minutes"]]
        for table in tables
    )  # the header over every part
    lines = [[cell.text for cell in row.cells] for table in tables for row in list(table.rows)[1:]]
    topics = [topic for _, topic, _ in lines]
    assert topics[0] == words["a_welcome"] and topics[-1] == words["a_close"]
    # each later journey a line of its own, or all of them one
    each = all(any(topic.startswith(f"Persona {n}: {words['a_differs']}") for topic in topics) for n in range(2, 8))
    assert each or words["a_others"].format(count=PERSONAS - 1) in topics, topics
    assert len(topics) == len(set(topics))
    clock = [int(time[:2]) * 60 + int(time[3:]) for time, _, _ in lines]
    assert all(after == before + int(length) for before, after, (_, _, length) in zip(clock, clock[1:], lines))
    sizes = {
        run.font.size.pt
        for t in tables
        for row in t.rows
        for c in row.cells
        for p in c.text_frame.paragraphs
        for run in p.runs
    }
    assert len(sizes) == 1 and sizes.pop() >= TABLE_MIN
