"""A workbook's stage list by id (``Stage ID | Stage | Description | Phase group``) on a sheet of its own naming
a persona × stage table's stages (round 13, hostile tester's H6): the phases are headed by the list's title
(and group) header, not by the ids' headers too; a listed stage the table lacks is one note with its words,
once for the table's journeys, said as one workbook's sheets."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from pptx import Presentation

from canvasgen.layout.headings import corner_text
from tests.support.cli import run_clean
from tests.support.reading import read_canvas
from tests.support.workbooks import stage_ids_workbook


def test_the_phases_are_headed_by_the_lists_title_not_by_both_sheets_id_headers(tmp_path: Path) -> None:
    canvas = read_canvas(stage_ids_workbook(tmp_path / "ids.xlsx"))
    assert [j.name for j in canvas.journeys] == ["Journey – P1", "Journey – P2"]
    for journey in canvas.journeys:
        assert [p.name for p in journey.phases] == ["Research", "Compare", "Purchase"]
        assert corner_text(journey) == "Stage / Phase group"
        assert any("'stage_id' (Journey!B1), 'Stage ID' (Stages!A1) head the ids" in line for line in journey.reading)


def test_a_listed_stage_the_table_lacks_is_one_note_with_its_words_on_every_personas_page(tmp_path: Path) -> None:
    """Round 13: the note was on the first persona's page only; it concerns every persona's journey of the
    table, so each journey's poster page says it; the deck's notes list it once, the warning says it once."""
    source = stage_ids_workbook(tmp_path / "ids.xlsx")
    canvas = read_canvas(source)
    for journey in canvas.journeys:
        assert [note.text for note in journey.notes] == ["S04. Loyalty (Phase group: After) — Description: Coming back"]
    said = [w.message for w in canvas.warnings if "Loyalty" in w.message]
    assert len(said) == 1
    assert "add it to the table on sheet 'Journey'" in said[0] and "both workbooks" not in said[0]
    code, _, _ = run_clean("build", source, "-o", tmp_path / "out")
    assert code == 0
    deck = Presentation(str(next((tmp_path / "out").glob("*.pptx"))))
    texts = [shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame]
    assert sum(text.count("Coming back") for text in texts) == 1
    pages = [
        page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(next((tmp_path / "out").glob("*.pdf")))
    ]
    # each journey says it under its own map: on its own page, or under its tier where the two share a sheet
    journey_pages = [text for text in pages if any(f"Journey – {p}" in text for p in ("P1", "P2"))]
    assert all(any(f"Journey – {p}" in text for text in journey_pages) for p in ("P1", "P2")), pages
    assert sum(text.count("Coming back") for text in journey_pages) == 2, pages
    assert not any("stage_id" in text or "Stage ID" in text for text in texts)
