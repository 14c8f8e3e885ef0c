"""A lane that goes on on a follow-up slide always says so (F18, #31): where the slide's frame ends after a
whole item (a list of short items, a cell's line that ends exactly at the frame's foot), its last item
ends with "→ continued" as a cut inside a sentence does; nothing of the lane is lost. Read back out of the
PPTX."""

from __future__ import annotations

import itertools
from pathlib import Path

from pptx import Presentation

from canvasgen.brand.colors import BLACK
from canvasgen.layout.boxes import Box
from canvasgen.layout.deck.frames import INSET, WRAP_SLACK, Para, fit_frame
from canvasgen.layout.text.setter import Setter
from canvasgen.words import DECK_WORDS
from tests.support.cli import run_clean
from tests.support.layouts import deck_fonts
from tests.support.read_back import printed_in, slide_text, squeeze, title_of
from tests.support.workbooks import make_book

EN = DECK_WORDS["en"]
MARK = f"→ {EN['continued']}"


def _deck(tmp_path: Path, cell: str) -> tuple[Presentation, Path]:
    cells = {"A3": "Phase", "B3": "Search", "C3": "Order", "D3": "Use", "A4": "Customer actions", "B4": cell}
    cells |= {"C4": "orders online", "D4": "uses it daily", "A5": "Pain points", "C5": "slow delivery"}
    book = make_book(tmp_path / "long.xlsx", {"Journey": cells})  # type: ignore[dict-item]
    code, out, err = run_clean("build", book, "--no-pdf", "--lang", "en", "-o", tmp_path / "out")
    assert code == 0, out + err
    pptx = tmp_path / "out" / "long.pptx"
    return Presentation(str(pptx)), pptx


def _followed(deck: Presentation) -> list[tuple[object, object]]:
    return [(a, b) for a, b in itertools.pairwise(deck.slides) if title_of(b) == f"{title_of(a)} ({EN['continued']})"]


def test_a_list_of_short_items_marks_where_it_goes_on(tmp_path: Path) -> None:
    items = [f"Step {n}: checks the form and the price" for n in range(1, 61)]
    deck, pptx = _deck(tmp_path, "\n".join(items))
    pairs = _followed(deck)
    assert pairs, "the long lane goes on on a follow-up slide"
    for first, after in pairs:
        going_on = {
            sh.name
            for sh in after.shapes
            if sh.has_text_frame and sh.name not in ("band", "title") and not sh.name.startswith("phase strip")
        }
        for shape in [sh for sh in first.shapes if sh.name in going_on]:
            assert shape.text_frame.text.rstrip().endswith(MARK), (title_of(first), shape.text_frame.text[-80:])
    text = squeeze(slide_text(pptx))
    assert all(printed_in(item, text) for item in items)


def test_a_cell_whose_line_ends_at_the_frame_foot_is_marked() -> None:
    """A cell of lines (a line break each) whose last line that fits fills the frame's last line: the mark
    has no room after it, so that line goes on with the rest and the line before it carries the mark (it
    went on with no mark at all)."""
    setter = Setter(deck_fonts())
    box = Box(0, 0, 300, 120)
    width = (box.w - 2 * INSET) * WRAP_SLACK
    # lines that each fill a line of the frame: the mark never fits after one
    line = next(
        " ".join(["Exemplo"] * n)
        for n in range(30, 1, -1)
        if len(setter.wrap(" ".join(["Exemplo"] * n), width, "body", 16)) == 1
    )
    parts = [f"{line} {n}" if len(setter.wrap(f"{line} {n}", width, "body", 16)) == 1 else line for n in range(9)]
    text = "\n".join(parts)
    kept, rest = fit_frame(setter, [Para(text, 16, BLACK)], box, 16, 16, MARK, True)
    assert rest and kept[0].text.endswith(MARK)
    assert f"{kept[0].text.removesuffix(MARK)} {rest[0].text}".split() == text.split()


def test_a_sentence_cut_across_slides_is_marked_at_both_ends(tmp_path: Path) -> None:
    """One long sentence (no full stop to cut at): the slide it starts on ends it with "… → continued", and
    the follow-up slide's part starts with "… " (as the poster's continuation does): a presenter who reads
    the follow-up out sees it starts mid-sentence. Nothing of it is lost."""
    sentence = " ".join(
        f"compares offer {n} with the neighbours' quotes and the installer's reviews" for n in range(40)
    )
    deck, pptx = _deck(tmp_path, sentence)
    pairs = _followed(deck)
    assert pairs, "the long cell goes on on a follow-up slide"
    first, after = pairs[0]
    ending = [
        sh.text_frame.text for sh in first.shapes if sh.has_text_frame and "compares offer 0 " in sh.text_frame.text
    ]
    assert len(ending) == 1 and ending[0].rstrip().endswith(f"… {MARK}")
    heading = f"Customer actions ({EN['continued']})"
    going_on = [
        sh.text_frame.text for sh in after.shapes if sh.has_text_frame and sh.text_frame.text.startswith(heading)
    ]
    assert len(going_on) == 1
    assert going_on[0].split("\n")[1].startswith("… ")
    assert printed_in(sentence, squeeze(slide_text(pptx)))
