"""Every empty lane on a phase slide is named in one wording (F3/F27, #31): the lanes with text take the slide,
and a phase's empty lanes, in the grid or beside it, are one slim row at the foot, "To be filled in during
the session: Pain points · KPIs", as the columns of many thin phases say it; their questions are on the
exercise slide and in the notes. The grid's "What do we improve? — to be filled in during the session" took a
quarter of the slide beside the row's form on the thin phases' slides. Read back out of the PPTX."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from canvasgen.words import DECK_WORDS
from tests.support.cli import run_clean
from tests.support.read_back import title_of
from tests.support.workbooks import make_book

EN = DECK_WORDS["en"]
MARK = EN["to_fill"][:1].upper() + EN["to_fill"][1:]


def test_empty_lanes_are_one_row_in_one_wording(tmp_path: Path) -> None:
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
    empty = {"Search": ["Pain points", "KPIs"], "Order": ["Internal process", "Touchpoints", "KPIs"]}
    for slide in phases:
        texts = [sh.text_frame.text for sh in slide.shapes if sh.has_text_frame and sh.name != "title"]
        assert not [t for t in texts if f"— {EN['to_fill']}" in t], title_of(slide)  # no lane's own prompt box
        (row,) = [sh for sh in slide.shapes if sh.name == "empty"]
        assert row.text_frame.text.startswith(f"{MARK}: ")
        named = row.text_frame.text.removeprefix(f"{MARK}: ").split(" · ")
        phase = title_of(slide).rpartition(" · ")[2]
        if phase in empty:
            assert named == empty[phase]
        lanes = [sh for sh in slide.shapes if sh.has_text_frame and sh.name not in ("title", "empty", "band")]
        lanes = [sh for sh in lanes if not sh.name.startswith("phase strip")]
        assert all(row.height < sh.height / 2 for sh in lanes)  # the least room: less than any lane with text
