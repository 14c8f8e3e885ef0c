"""Frames stacked in a column beside a long lane share its height by what each needs (``stacked_heights``,
round 22 finding 17): all fit, each its need and the rest in proportion; too little room, the short ones whole
and the tallest what is left (it goes on), never a short item cut while the long one has lines to give."""

from __future__ import annotations

import pytest

from canvasgen.layout.deck.deck import stacked_heights


@pytest.mark.parametrize(
    ("needs", "room", "heights"),
    [
        ([100.0, 100.0, 50.0], 500.0, [200.0, 200.0, 100.0]),  # room to spare: shared in proportion
        ([100.0, 150.0, 74.0], 304.0, [100.0, 130.0, 74.0]),  # too little: the tallest gets what is left
        ([100.0, 100.0, 400.0], 270.0, [45.0, 45.0, 180.0]),  # what is left under its share: in proportion
        ([0.0, 0.0], 100.0, [50.0, 50.0]),
    ],
)
def test_stacked_frames_share_the_column_by_their_needs(needs: list[float], room: float, heights: list[float]) -> None:
    assert stacked_heights(needs, room) == pytest.approx(heights)
    assert sum(stacked_heights(needs, room)) == pytest.approx(room)
