"""What a service designer wrote around the canvas comes out as they meant it (round 10, a new user's
workbook): the corner's "Fase →" is the word "Fase" on slide titles, tables and the poster's corner; a
notes column's heading is the title of its block, and a sheet's title cell no note; a pain point merged
over two phases is in both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pptx import Presentation

from canvasgen.analysis.cards import cards_of
from canvasgen.layout.headings import corner_text
from canvasgen.pipeline import BuildOptions, run
from canvasgen.read.not_spreadsheets.model_json import read_model_json
from canvasgen.units import PrintOptions, parse_paper
from tests.support.layouts import DATE
from tests.support.read_back import pdf_text, placed_words, shape_texts, squeeze, title_of
from tests.support.reading import read_canvas
from tests.support.workbooks import ferry_pass


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The ferry-pass canvas's A1 poster and deck, built once in this process."""
    folder = tmp_path_factory.mktemp("ferry")
    path = ferry_pass(folder / "veerpas.xlsx")
    result = run(path, BuildOptions(folder / "out", parse_paper("A1"), PrintOptions(), None, DATE, pdf=True, pptx=True))
    assert result.pdf is not None and result.pptx is not None
    return result.pdf, result.pptx


def _slides(pptx: Path) -> list[tuple[str, list[str]]]:
    return [
        (title_of(slide), [t for shape in slide.shapes for t in shape_texts(shape)])
        for slide in Presentation(str(pptx)).slides
    ]


def test_the_corner_word_is_a_heading_without_its_arrow(built: tuple[Path, Path]) -> None:
    pdf, pptx = built
    slides = _slides(pptx)
    titles = [title for title, _ in slides]
    assert [t for t in titles if t.startswith("Fase ")] == [
        "Fase 1/4 · Kiezen",
        "Fase 2/4 · Boeken",
        "Fase 3/4 · Overvaart",
        "Fase 4/4 · Terugreis",
    ]
    actions = next(texts for title, texts in slides if title == "Verbeteracties")
    assert [t for t in actions if t][1] == "Fase"  # the phase column, headed by the word
    every = "\n".join(t for _, texts in slides for t in texts) + pdf_text(pdf)
    assert "→" not in every
    assert "Fase Kiezen Boeken Overvaart Terugreis" in pdf_text(pdf)  # the poster's corner, then the phases


@pytest.mark.parametrize(
    ("corner", "word"),
    [("Fase →", "Fase"), ("» Phase:", "Phase"), ("Stage >>", "Stage"), ("Fase ⇒", "Fase"), ("→", "")],
)
def test_arrows_and_marks_come_off_the_corner_word(tmp_path: Path, corner: str, word: str) -> None:
    journey = read_canvas(ferry_pass(tmp_path / "veerpas.xlsx", {"A5": corner})).journeys[0]
    assert corner_text(journey) == word


def test_a_notes_columns_heading_titles_its_notes_and_a_sheets_title_is_no_note(built: tuple[Path, Path]) -> None:
    pdf, pptx = built
    canvas = read_canvas(pdf.parent.parent / "veerpas.xlsx")
    journey = canvas.journeys[0]
    assert journey.notes_title is not None and journey.notes_title.text == "Notities sessie"
    assert [n.text for n in journey.notes] == [
        "Stewards willen eerder weten hoe vol het schip is",
        "Uitzoeken: hoeveel retouren worden omgeboekt?",
    ]
    assert canvas.notes == [] and [h.text for h in canvas.headings] == ["Persona"]
    poster = pdf_text(pdf)
    assert "Notities sessie\nStewards willen eerder weten hoe vol het schip is•" in poster  # its heading, then bullets
    assert "Notities sessie•" not in poster and "Persona•" not in poster
    appendix = next(texts for title, texts in _slides(pptx) if title == "Bijlage")
    lines = [line for text in appendix for line in text.split("\n")]
    assert lines[lines.index("Notities sessie") + 1 :][:2] == [
        "Stewards willen eerder weten hoe vol het schip is",
        "Uitzoeken: hoeveel retouren worden omgeboekt?",
    ]
    assert "Persona" not in lines and "Notities uit de werkmap" not in lines


def test_a_pain_point_merged_over_two_phases_is_in_both_said_and_drawn_once_across_them(
    built: tuple[Path, Path],
) -> None:
    """The reader keeps a merged cell in each phase it covers (every phase has its words: the phase slides);
    the poster draws it once, one box across the two phase columns, and the deck's card slide says it once,
    headed by its phases (round 11: three identical boxes and cards read as three problems)."""
    pdf, pptx = built
    path = pdf.parent.parent / "veerpas.xlsx"
    journey = read_canvas(path).journeys[0]
    pains = journey.lane("pain_points")
    assert pains is not None
    merged = "Rij bij de kade – en geen melding van de vertraging"
    assert [[(i.text, str(i.source)) for i in cell] for cell in pains.cells[1:3]] == [
        [(merged, "Klantreis!C10:D10")],
        [(merged, "Klantreis!C10:D10")],
    ]
    assert pains.runs() == [(0, 0), (1, 2), (3, 3)]
    assert any(
        "Klantreis!C10:D10 ('Pijnpunten') is merged over the phases 'Boeken' and 'Overvaart'" in line
        for line in journey.reading
    )
    assert [c.id for c in cards_of(read_canvas(path)) if c.text == merged] == ["F2-PP-01"]  # one card
    slides = _slides(pptx)
    phase_slides = {title: "\n".join(texts) for title, texts in slides}
    assert merged in phase_slides["Fase 2/4 · Boeken"] and merged in phase_slides["Fase 3/4 · Overvaart"]
    cards = [t for title, texts in slides if title.startswith("Pijnpunten en kansen") for t in texts]
    assert [t for t in cards if merged in t] == [f"Boeken – Overvaart\n{merged}"]  # one card, both its phases
    assert squeeze(pdf_text(pdf)).count(squeeze(merged)) == 1  # once on the poster
    page = placed_words(pdf)[0]
    heads = {w.text: w for w in page if w.text in ("Boeken", "Overvaart") and w.y0 < 300}
    first = next(w for w in page if w.text == "Rij")
    line = [w for w in page if abs(w.y0 - first.y0) < 1 and w.x0 >= first.x0]
    assert " ".join(w.text for w in line) == merged  # on one line, from Boeken's column into Overvaart's
    assert heads["Boeken"].x0 < first.x0 < heads["Overvaart"].x0 < line[-1].x1


def test_only_the_notes_below_the_notes_heading_are_its_notes_also_read_back_from_the_model(tmp_path: Path) -> None:
    """A note in the heading's column above it ("H3") is no note under it: the column's cells below the
    heading, decided once by the reader (their cells kept, also in the model JSON), not every note in the
    column wherever it stands."""
    path = ferry_pass(tmp_path / "veerpas.xlsx", {"H3": "Vooraf: rederij vraagt om een korte evaluatie"})
    canvas = read_canvas(path)
    journey = canvas.journeys[0]
    assert "Vooraf: rederij vraagt om een korte evaluatie" in [n.text for n in journey.notes]
    under, others = journey.titled_notes()
    assert [n.text for n in under] == [
        "Stewards willen eerder weten hoe vol het schip is",
        "Uitzoeken: hoeveel retouren worden omgeboekt?",
    ]
    assert "Vooraf: rederij vraagt om een korte evaluatie" in [n.text for n in others]
    model = tmp_path / "veerpas.json"
    model.write_text(json.dumps(canvas.to_dict()), encoding="utf-8")
    again = read_model_json(model, model.name).journeys[0]
    assert [n.text for n in again.titled_notes()[0]] == [n.text for n in under]
