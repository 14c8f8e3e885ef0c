"""Empty lanes give their room before a full lane goes on (F18, #31): a phase whose long lane does not fit its
slide while other lanes of it are empty shows the empty ones as one slim row naming them as still to be
filled in, and the long lane takes their room; nothing of it is lost. Read back out of the PPTX."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from canvasgen.words import DECK_WORDS
from tests.support.cli import run_clean
from tests.support.read_back import printed_in, slide_text, squeeze, title_of
from tests.support.workbooks import make_book

EN = DECK_WORDS["en"]
SENTENCES = [
    f"In step {n} the buyer uploads the tender documents and checks every field of the form." for n in range(14)
]


def test_a_long_lane_takes_the_room_of_the_empty_ones(tmp_path: Path) -> None:
    cells = {"A3": "Phase", "B3": "Setup", "C3": "Search", "D3": "Offer"}
    cells |= {"A4": "Customer actions", "B4": "\n".join(SENTENCES), "C4": "searches", "D4": "offers"}
    cells |= {"A5": "Persona", "B5": "Analyst", "A6": "Touchpoints", "C6": "portal"}
    cells |= {"A7": "Pain points", "D7": "slow portal", "A8": "Inputs", "C8": "CNAE code"}
    book = make_book(tmp_path / "room.xlsx", {"Journey": cells})  # type: ignore[dict-item]
    code, out, err = run_clean("build", book, "--no-pdf", "--lang", "en", "-o", tmp_path / "out")
    assert code == 0, out + err
    pptx = tmp_path / "out" / "room.pptx"
    deck = Presentation(str(pptx))
    (first,) = [s for s in deck.slides if title_of(s) == "Phase 1/3 · Setup"]
    frames = {sh.name: sh for sh in first.shapes if sh.has_text_frame}
    row = frames["empty"]
    assert row.text_frame.text.startswith(EN["to_fill"][:1].upper() + EN["to_fill"][1:])
    for lane in ("Touchpoints", "Pain points", "Inputs"):
        assert lane in row.text_frame.text
    prompts = [sh for name, sh in frames.items() if name != "empty" and f"— {EN['to_fill']}" in sh.text_frame.text]
    assert not prompts  # no frame of the slide holds only an empty lane's question
    customer = frames["customer"]
    assert customer.width * customer.height > row.width * row.height * 4  # the long lane has the room
    assert row.height < customer.height / 4
    text = squeeze(slide_text(pptx))
    assert all(printed_in(sentence, text) for sentence in SENTENCES)
