"""A list item is measured in the width its text really has: the frame less its hanging indent (#31)."""

from __future__ import annotations

from canvasgen.brand.colors import BLACK
from canvasgen.layout.boxes import Box
from canvasgen.layout.deck.frames import WRAP_SLACK, Para, bullet_indent, fit_frame, para_heights
from canvasgen.layout.text.setter import LEADING, Setter
from tests.support.layouts import deck_fonts
from tests.support.read_back import unmarked

INK = BLACK
TEXT = "Planning koppelen aan beschikbaarheid monteurs"


def test_a_list_item_wraps_in_the_indented_width() -> None:
    setter = Setter(deck_fonts())
    size = 20.0
    width = setter.width(TEXT, "body", size) / WRAP_SLACK + 1.0  # just room for the text on one line
    plain = para_heights(setter, [Para(TEXT, size, INK)], width)
    bullet = para_heights(setter, [Para(TEXT, size, INK, mark="bullet")], width)
    assert plain == [size * LEADING]
    assert bullet == [2 * size * LEADING]  # the indent takes the room: it wraps
    wide = para_heights(setter, [Para(TEXT, size, INK, mark="bullet")], width + bullet_indent(size))
    assert wide == [size * LEADING]


def test_an_item_cut_over_two_frames_goes_on_at_its_indent_without_a_second_bullet() -> None:
    setter = Setter(deck_fonts())
    long = " ".join([TEXT] * 12)
    box = Box(0, 0, 300, 100)
    kept, rest = fit_frame(setter, [Para(long, 16, INK, mark="bullet")], box, 16, 16)
    assert kept[0].mark == "bullet" and rest and rest[0].mark == "under"
    assert kept[-1].text.endswith("…")  # cut in the middle of a sentence: said
    assert " ".join(unmarked(p.text) for p in [*kept, *rest]).split() == long.split()
