"""Round 19 (#31): the personas slide's speaker notes asked a buying group's questions ("Wie beslist, wie
beïnvloedt, wie gebruikt? Markeer per rol ...") on a consumer's canvas whose one persona is a family: those
only where the canvas's people are a buying group (``layout.meta.buying_group``), else questions about the
customer. Read back from the PPTX's notes."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from canvasgen.words import PHASE_MODELS
from tests.support.cli import run_clean
from tests.support.read_back import title_of
from tests.support.workbooks import make_book


def _personas_notes(tmp_path: Path, phases: list[str], persona: str) -> str:
    cells: dict[str, object] = {"A1": "Persona", "B1": persona, "A3": "Fase", "A4": "Klantproces", "A5": "Pijnpunten"}
    for col, phase in enumerate(phases):
        letter = chr(66 + col)
        cells |= {f"{letter}3": phase, f"{letter}4": f"Doet iets bij {phase}", f"{letter}5": f"Wacht bij {phase}"}
    book = make_book(tmp_path / "reis.xlsx", {"Klantreis": cells})
    code, out, err = run_clean("build", book, "--no-pdf", "--lang", "nl", "-o", tmp_path / "out")
    assert code == 0, out + err
    deck = Presentation(str(tmp_path / "out" / "reis.pptx"))
    (slide,) = [s for s in deck.slides if title_of(s).startswith("Persona's")]
    return slide.notes_slide.notes_text_frame.text


def test_a_consumers_persona_slide_asks_no_buying_group_questions(tmp_path: Path) -> None:
    notes = _personas_notes(tmp_path, list(PHASE_MODELS["nl"]["five-a"]), "Familie Jansen")
    assert "Wie beslist" not in notes and "rol" not in notes.casefold().split()
    assert "herkennen we deze klant?" in notes


def test_a_b2b_persona_slide_keeps_its_buying_group_questions(tmp_path: Path) -> None:
    notes = _personas_notes(tmp_path, list(PHASE_MODELS["nl"]["b2b7"]), "Sandra, HR-directeur")
    assert "Wie beslist, wie beïnvloedt, wie gebruikt?" in notes
