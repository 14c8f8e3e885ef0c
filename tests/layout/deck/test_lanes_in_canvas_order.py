"""The deck shows a phase's lanes in the canvas's order, as the poster does (#31, F4): the phase slide's grid
and the thin phases' columns read the lanes top to bottom as the sheet has them (the deck put "Ações do
Usuário" before "Persona", and the customer's lane first wherever the sheet had it). Read back from the PPTX."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from tests.support.layouts import Built, build_deck
from tests.support.read_back import title_of
from tests.support.reading import read_canvas
from tests.support.workbooks import DATA, team_lanes

#: A team's canvas that starts with how the resident feels, then what they do, then what we do and learn.
LANES: dict[str, list[str | None]] = {
    "Ervaring": [],
    "Klantproces": [],
    "Intern proces": [],
    "Leerdoelen": [],
}


GRID = ("customer", "internal", "experience", "learning")  # the grid's frames, named by their lanes' roles


def _headings(shape) -> list[str]:  # type: ignore[no-untyped-def]
    """The bold paragraphs of a frame: its lanes' headings."""
    return [p.text for p in shape.text_frame.paragraphs if p.runs and p.runs[0].font.bold]


def test_the_phase_slide_grid_follows_the_canvas(tmp_path: Path) -> None:
    path = team_lanes(tmp_path / "volgorde.xlsx", LANES)
    deck = Presentation(str(build_deck(path, tmp_path / "out")))
    phases = [s for s in deck.slides if any(sh.name.startswith("phase strip") for sh in s.shapes)]
    assert phases
    for slide in phases:
        lanes = [sh for sh in slide.shapes if sh.has_text_frame and sh.name in GRID]
        lanes.sort(key=lambda sh: (sh.top, sh.left))  # reading order: rows, then left to right
        assert [_headings(sh)[0] for sh in lanes] == list(LANES), title_of(slide)  # was Klantproces first


def test_thin_phase_columns_follow_the_canvas(built: Built) -> None:
    path = DATA / "long-many-stages-lookalike.xlsx"
    (journey,) = read_canvas(path).journeys
    order = [lane.label for lane in journey.lanes]
    deck = Presentation(str(built.deck(path)))
    columns = [sh for s in deck.slides for sh in s.shapes if sh.name == "phase" and sh.has_text_frame]
    assert len(columns) > 10  # the premise: thin phases in columns
    for column in columns:
        shown = [h for h in _headings(column) if h in order]
        assert shown == sorted(shown, key=order.index), shown  # was Ações do Usuário before Persona
    assert _headings(columns[0])[0] == "Persona"
