"""One title everywhere (#27): a title cell "Klantreis: Bezoek aan het Stedelijk Museum" is the journey
"Bezoek aan het Stedelijk Museum" in the poster's header and footer and on the deck's title slide; the
whole cell is said where sources are, in the title slide's speaker notes. A label in a cell of its own
("Klantreis" | "Zonnepanelen …") stays beside the name, as before."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from tests.support.cli import run_clean
from tests.support.layouts import canvas_of
from tests.support.read_back import pdf_text
from tests.support.workbooks import CANVASES, museum_visit


def test_a_prefix_in_the_title_cell_is_left_out_of_every_title(tmp_path: Path) -> None:
    path = museum_visit(tmp_path / "museum.xlsx")
    journey = canvas_of(path).journeys[0]
    assert journey.name == "Bezoek aan het Stedelijk Museum"
    assert journey.title_prefix() is not None and journey.title_prefix().text == "Klantreis:"  # type: ignore[union-attr]
    code, _, err = run_clean("build", path, "-o", tmp_path / "out", "--size", "A3")
    assert code == 0, err
    poster = pdf_text(tmp_path / "out" / "museum.pdf")
    assert "Klantreis:" not in poster and poster.count("Bezoek aan het Stedelijk Museum") == 2  # header, footer
    title = Presentation(str(tmp_path / "out" / "museum.pptx")).slides[0]
    shown = "\n".join(shape.text_frame.text for shape in title.shapes if shape.has_text_frame)
    assert "Klantreis" not in shown and "Bezoek aan het Stedelijk Museum" in shown
    notes = title.notes_slide.notes_text_frame.text
    # the trace in the deck's words, no cell reference (round 19, F10)
    assert "Bron: blad Reis, cel A1 — Klantreis: Bezoek aan het Stedelijk Museum" in notes
    assert "Reis!A1" not in notes


def test_a_label_in_a_cell_of_its_own_stays_beside_the_name() -> None:
    journey = canvas_of(CANVASES / "voorbeeld-zonnepanelen-b2c.xlsx").journeys[0]
    assert journey.title_prefix() is None and journey.meta["journey_label"].text == "Klantreis"
