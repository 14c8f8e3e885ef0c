"""Every empty lane on a phase slide asks its question in one form (F3, #31): the grid's lanes and the side
column's alike end "— to be filled in during the session"; the side column's "Pain points: Where does the
customer get stuck?" stood without it beside "What do we improve? — to be filled in during the session".
Read back out of the PPTX."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from canvasgen.words import DECK_WORDS
from tests.support.cli import run_clean
from tests.support.read_back import title_of
from tests.support.workbooks import make_book

EN = DECK_WORDS["en"]


def test_grid_and_side_prompts_share_one_form(tmp_path: Path) -> None:
    cells = {"A3": "Phase", "B3": "Search", "C3": "Order", "D3": "Use"}
    cells |= {"A4": "Customer actions", "B4": "compares offers", "C4": "orders online", "D4": "uses it"}
    cells |= {"A5": "Internal process", "B5": "sends a quote", "A6": "Touchpoints", "B6": "website"}
    cells |= {"A7": "Pain points", "C7": "slow delivery", "A8": "KPIs", "D8": "NPS", "A9": "Improvements"}
    book = make_book(tmp_path / "prompts.xlsx", {"Journey": cells})  # type: ignore[dict-item]
    code, out, err = run_clean("build", book, "--no-pdf", "--lang", "en", "-o", tmp_path / "out")
    assert code == 0, out + err
    deck = Presentation(str(tmp_path / "out" / "prompts.pptx"))
    phases = [s for s in deck.slides if any(sh.name.startswith("phase strip") for sh in s.shapes)]
    assert len(phases) == 3
    prompts = [
        p.text
        for slide in phases
        for shape in slide.shapes
        if shape.has_text_frame and not shape.name.startswith("phase strip") and shape.name not in ("title", "band")
        for p in shape.text_frame.paragraphs
        if "?" in p.text
    ]
    assert len(prompts) >= 6, prompts  # the empty lanes of three phases, in the grid and beside it
    assert all(p.endswith(f"— {EN['to_fill']}") for p in prompts), prompts
    side = [p for p in prompts if p.startswith("Pain points: ") or p.startswith("KPIs: ")]
    assert side, [title_of(s) for s in phases]  # the side column's prompts say their lane, in the same form
