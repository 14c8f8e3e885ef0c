"""A blank canvas's deck is a workshop's starting point (#31, item 4): every empty place asks its question
in the prompt's lighter ink (an empty score too, never a bare "–"), a phase fits its one slide (no
follow-up slide of prompts alone), the persona is a card to fill in under the Personas sheet's headers,
and a glance of nothing is left out, the agenda with it. Read back out of the PPTX."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Pt

from canvasgen.words import DECK_WORDS
from tests.support.cli import run_clean
from tests.support.read_back import title_of

NL = DECK_WORDS["nl"]


def _blank_deck(tmp_path: Path) -> Presentation:
    book = tmp_path / "leeg.xlsx"
    code, out, err = run_clean("template", book, "--lang", "nl", "--lanes", "all")
    assert code == 0, out + err
    code, out, err = run_clean("build", book, "--no-pdf", "-o", tmp_path / "out")
    assert code == 0, out + err
    return Presentation(str(tmp_path / "out" / "leeg.pptx"))


def _paragraphs(slide) -> list[tuple[str, RGBColor | None]]:  # type: ignore[no-untyped-def]
    """Every paragraph under the title, with its first run's colour."""
    found = []
    for shape in slide.shapes:
        if shape.has_text_frame and shape.name != "title":
            for para in shape.text_frame.paragraphs:
                colour = para.runs[0].font.color.rgb if para.runs else None
                found.append((para.text, colour))
    return found


def test_a_blank_canvas_asks_its_questions_on_one_slide_a_phase(tmp_path: Path) -> None:
    deck = _blank_deck(tmp_path)
    titles = [title_of(s) for s in deck.slides]
    phases = [s for s in deck.slides if title_of(s).startswith("Fase ")]
    assert len(phases) == 5 and not [t for t in titles if f"({NL['continued']})" in t], titles
    for slide in phases:
        paras = _paragraphs(slide)
        texts = [text for text, _ in paras]
        assert not [t for t in texts if t.rstrip().endswith((":", ": –", "–"))], texts  # no bare dash, no label alone
        score = next(i for i, t in enumerate(texts) if t.startswith("Ervaringsscore"))
        prompt, colour = paras[score + 1]
        assert prompt == f"{NL['q_score']} — {NL['to_fill']}"
        ink = dict(paras)[texts[score]]
        assert colour is not None and ink is not None and sum(colour) > sum(ink)  # lighter than the label
        assert f"KPI's: {NL['q_kpis']} — {NL['to_fill']}" in texts  # the side column's prompts in the same form


def test_a_blank_persona_is_a_card_to_fill_in_and_an_empty_glance_is_left_out(tmp_path: Path) -> None:
    deck = _blank_deck(tmp_path)
    titles = [title_of(s) for s in deck.slides]
    assert NL["overview"] not in titles
    (personas,) = [s for s in deck.slides if title_of(s) == NL["personas_neutral"]]
    texts = [text for text, _ in _paragraphs(personas)]
    assert f"{NL['q_persona']} — {NL['to_fill']}" in texts and "Doelen:" in texts
    (card,) = [sh for sh in personas.shapes if sh.name == "persona"]
    assert card.width > Pt(700)  # one card: the slide's width, not a quarter of it
    (agenda,) = [s for s in deck.slides if title_of(s) == NL["agenda"]]
    (table,) = [sh.table for sh in agenda.shapes if sh.has_table]
    topics = [row.cells[1].text for row in table.rows]
    assert NL["a_glance"] not in topics and NL["a_persona"] in topics
