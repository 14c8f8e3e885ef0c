"""An appendix that holds on one slide splits its blocks between its two columns alike, at the largest size
up to ``APPENDIX_SIZE`` at which they hold (#31, look at it): filled left first, a short appendix stood at
16 pt in a full left column beside a right one half as tall, the slide's foot empty."""

from __future__ import annotations

import itertools
from pathlib import Path

from canvasgen.layout.deck.frames import INSET, para_heights
from canvasgen.layout.deck.sheets import APPENDIX_SIZE
from canvasgen.layout.text.setter import Setter
from tests.support.layouts import deck_fonts, example_deck
from tests.support.workbooks import trapkracht


def test_a_short_appendix_is_one_slide_of_columns_alike_at_its_largest_size(tmp_path: Path) -> None:
    source = trapkracht(tmp_path / "trap.xlsx", touchpoint_text="Uitleg van de leasevoorwaarden op de website")
    (slide,) = [s for s in example_deck(source).slides if s.kind == "appendix"]
    left, right = slide.frames
    sizes = {p.size for frame in slide.frames for p in frame.paras if not p.bold}
    assert sizes == {APPENDIX_SIZE}  # the size it is meant to be read at: the columns hold it there
    setter = Setter(deck_fonts())
    steps = []  # each block's height in its column, with the space before it
    for frame in (left, right):
        running = [0.0, *para_heights(setter, frame.paras, frame.box.w - 2 * INSET)]
        starts = [k for k, p in enumerate(frame.paras) if p.bold] + [len(frame.paras)]
        steps += [running[b] - running[a] for a, b in itertools.pairwise(starts)]
    heights = [para_heights(setter, f.paras, f.box.w - 2 * INSET)[-1] for f in (left, right)]
    assert abs(heights[0] - heights[1]) <= max(steps) + 0.01  # moving a block would make them no more alike
    assert left.paras[0].bold and right.paras[0].bold and "(" not in right.paras[0].text  # whole blocks
