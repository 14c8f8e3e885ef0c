"""A lane of no role nearest to the pain points, where no lane has that role, is one reading on poster and deck
(new user round 22, finding 6): 'Waar gaat het mis?' was a plain grey lane on the poster while the deck's pains
and opportunities slide showed its cards as the pain points. Both now show it as the pain points under its own
label (the poster's bar in the pain colour, the deck's cards on the pain side), ``check`` says so with the two
corrections, and ``--lane '…=custom'`` makes it a plain lane in both."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from canvasgen.layout.poster.sheet import PosterSpec
from canvasgen.model import CUSTOM_LANE
from canvasgen.read.corrections import Corrections
from tests.support.cli import run_clean
from tests.support.layouts import DATE, default_kit, laid_poster
from tests.support.read_back import title_of
from tests.support.reading import read_canvas
from tests.support.workbooks import make_book

CELLS = {"A1": "Fase", "B1": "Klacht begint", "C1": "Afspraak", "D1": "Rekening"}
CELLS |= {"A2": "Wat doet de klant?", "B2": "Tilt verkeerd", "C2": "Belt de praktijk", "D2": "Betaalt"}
CELLS |= {"A3": "Waar gaat het mis?", "B3": "Weet niet dat het zonder verwijzing mag", "D3": "Vergoeding onduidelijk"}
CELLS |= {"A4": "Score (1-5)", "B4": "2", "C4": "3", "D4": "1"}
LANE = "Waar gaat het mis?"
PAINS = ("Weet niet dat het zonder verwijzing mag", "Vergoeding onduidelijk")


def _pains_slide_text(pptx: Path) -> str:
    slides = [s for s in Presentation(str(pptx)).slides if title_of(s).startswith("Pijnpunten")]
    assert slides, "no pains and opportunities slide"
    return " ".join(" ".join(sh.text_frame.text.split()) for s in slides for sh in s.shapes if sh.has_text_frame)


def _pain_bars(book: Path, corrections: Corrections | None = None) -> int:
    kit, fonts = default_kit()
    canvas = read_canvas(book, corrections)
    layout = laid_poster(canvas, kit, fonts, PosterSpec(*(1684.0, 2384.0), "nl", book.name, DATE))
    return sum(1 for page in layout.pages for rect in page.rects if rect.fill == kit.palette.pain)


def test_a_lane_nearest_the_pain_points_is_shown_as_them_on_poster_and_deck(tmp_path: Path) -> None:
    book = make_book(tmp_path / "fysio.xlsx", {"Reis": CELLS})  # type: ignore[dict-item]
    code, out, err = run_clean("check", book)
    assert code == 0, err
    said = " ".join(out.split())
    assert f"lane '{LANE}' [no role: shown as pain_points, its nearest kind, under its own label]" in said
    assert "shown under its own label as pain_points, its nearest kind, on poster and deck alike" in said
    assert f"--lane '{LANE}=pain_points' gives it the role, --lane '{LANE}=custom' keeps it a plain lane" in said
    code, _, err = run_clean("build", book, "--no-pdf", "-o", tmp_path / "out")
    assert code == 0, err
    pains = _pains_slide_text(tmp_path / "out" / "fysio.pptx")
    assert all(words in pains for words in PAINS)
    assert _pain_bars(book) == 3  # the poster: a bar in the pain colour in each of its three phases

    # kept a plain lane: in both outputs, said
    code, out, err = run_clean("check", book, "--lane", f"{LANE}=custom")
    assert code == 0, err
    assert f"lane '{LANE}' [custom, corrected: shown as an extra lane]" in " ".join(out.split())
    code, _, err = run_clean("build", book, "--no-pdf", "--lane", f"{LANE}=custom", "-o", tmp_path / "plain")
    assert code == 0, err
    pains = _pains_slide_text(tmp_path / "plain" / "fysio.pptx")
    assert not any(words in pains for words in PAINS)
    assert _pain_bars(book, Corrections(lane_kinds={"waar gaat het mis": CUSTOM_LANE})) == 0
