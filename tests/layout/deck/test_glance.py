"""The journey at a glance summarises, and says so: under each phase the first item of every core lane
(customer, internal, experience, learning) with the curve for the score, at the body's floor (16 pt) or
larger; rows that one slide does not hold go on to "(continued)" slides, never set smaller. Read back
out of the PPTX with python-pptx."""

from __future__ import annotations

import itertools
from pathlib import Path

from pptx import Presentation

from canvasgen.layout.deck.frames import BODY_MIN
from canvasgen.model import CORE_LANES
from canvasgen.read.reader import read_canvas
from canvasgen.words import DECK_WORDS
from tests.support.cli import run_clean
from tests.support.read_back import run_sizes, squeeze, title_of
from tests.support.workbooks import CANVASES

EMU = 12700


def _glances(source: Path, out: Path) -> list[list[object]]:
    """The glance slides of each journey of the deck built from ``source``, in order."""
    code, stdout, stderr = run_clean("build", source, "--no-pdf", "-o", out)
    assert code == 0, stdout + stderr
    deck = Presentation(str(out / f"{source.stem}.pptx"))
    journeys: list[list[object]] = []
    for slide in deck.slides:
        if any(shape.name.startswith("glance phase") for shape in slide.shapes):
            if "(" not in title_of(slide):
                journeys.append([])
            journeys[-1].append(slide)
    return journeys


def test_the_glance_keeps_every_core_lane_of_every_phase_at_the_floor(tmp_path: Path) -> None:
    source = CANVASES / "example-hr-software-b2b.xlsx"
    canvas = read_canvas(source)
    glances = _glances(source, tmp_path / "out")
    words = DECK_WORDS["en"]
    assert len(glances) == len(canvas.journeys) == 2
    for journey, slides in zip(canvas.journeys, glances, strict=True):
        assert len(slides) >= 2  # the HR journey does not fit one slide at 16 pt: it goes on
        assert title_of(slides[0]) == words["overview"]
        assert all(title_of(s) == f"{words['overview']} ({words['continued']})" for s in slides[1:])
        texts = [sh.text_frame.text for s in slides for sh in s.shapes if sh.has_text_frame]
        said = squeeze(" ".join(texts))
        for kind in CORE_LANES:
            lane = journey.lane(kind)
            assert lane is not None
            assert squeeze(lane.label) in said, lane.label
            for cell in lane.cells:
                if cell:
                    assert squeeze(cell[0].text) in said, (lane.label, cell[0].text)
        for slide in slides:
            assert min(run_sizes(slide)) >= BODY_MIN, title_of(slide)
            # It says that it summarises, and where the rest is.
            assert words["glance_summary"] in [sh.text_frame.text for sh in slide.shapes if sh.has_text_frame]
        assert sum(1 for sh in slides[0].shapes if sh.has_chart) == 1  # the curve on the first


def test_the_glance_rows_stay_on_the_slide_above_the_summary_line(tmp_path: Path) -> None:
    for source in (CANVASES / "example-hr-software-b2b.xlsx", CANVASES / "voorbeeld-webshop-kpis-v3.xlsx"):
        for slides in _glances(source, tmp_path / source.stem):
            for slide in slides:
                shapes = list(slide.shapes)
                (note,) = [sh for sh in shapes if sh.name == "glance summary"]
                rows = [sh for sh in shapes if sh.name.startswith(("glance items", "glance lane"))]
                assert rows
                for shape in rows:
                    assert shape.top + shape.height <= note.top, shape.name
                # A lane's strip spans the phase columns, its cells right under it, no overlap between rows.
                lanes = sorted((sh for sh in rows if sh.name.startswith("glance lane")), key=lambda sh: sh.top)
                for upper, lower in itertools.pairwise(lanes):
                    cells = [
                        sh
                        for sh in rows
                        if sh.name.startswith("glance items") and abs(sh.top - (upper.top + upper.height)) <= EMU
                    ]
                    assert cells and all(c.top + c.height <= lower.top for c in cells)


def test_a_glance_that_fits_one_slide_stays_one(tmp_path: Path) -> None:
    """Three short phases: one slide, larger than the floor, no follow-up."""
    source = CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx"
    (slides,) = _glances(source, tmp_path / "out")[:1]
    assert len(slides) >= 1
    for slide in slides:
        assert min(run_sizes(slide)) >= BODY_MIN
