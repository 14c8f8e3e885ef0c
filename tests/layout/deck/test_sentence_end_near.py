"""A cut looks back for a sentence's end only as far as the nearest one (``_sentence_end_near``): the same cut
as counting every shorter cut down to it, and a part without a sentence's end in it counts none of them."""

from __future__ import annotations

import random
from collections.abc import Callable

from canvasgen.layout.deck.frames import WRAP_SLACK, _ended, _ends_sentence, _sentence_end_near
from canvasgen.layout.text.setter import Setter
from canvasgen.layout.text.wrap import words
from tests.support.layouts import deck_fonts

WORDS = [
    "klant",
    "belt",
    "de",
    "helpdesk",
    "en",
    "wacht",
    "twintig",
    "minuten",
    "op",
    "een",
    "antwoord",
    "over",
    "haar",
    "factuur",
]
ENDS = ("factuur.", "minuten;", "antwoord?", "helpdesk!")


def every_cut(count: Callable[[str], int], pieces: tuple[str, ...], mark: str, taken: int, least: int) -> int:
    """The look-back as it was: every shorter cut counted until one takes fewer than ``least`` lines."""
    for t in range(taken, 0, -1):
        if count(_ended(pieces, t, mark)) < least:
            break
        if _ends_sentence(pieces[t - 1]):
            return t
    return taken


def test_the_nearest_sentence_end_is_the_cut_counting_every_shorter_cut_finds() -> None:
    setter = Setter(deck_fonts())
    width = 260 * WRAP_SLACK
    mark = "→ vervolg"

    def count(text: str) -> int:
        return setter.line_count(text, width, "body", 16)

    rng = random.Random(3)
    moved = 0
    for _ in range(60):
        pieces = words(" ".join(rng.choice(WORDS + [rng.choice(ENDS)] * rng.randint(0, 1)) for _ in range(60)))
        taken = rng.randint(1, len(pieces) - 1)
        for least in range(1, count(_ended(pieces, taken, mark)) + 2):
            found = _sentence_end_near(count, pieces, mark, taken, least)
            assert found == every_cut(count, pieces, mark, taken, least)
            moved += found != taken
    assert moved  # some cuts moved back to a sentence's end


def test_a_part_without_a_sentence_end_counts_no_shorter_cut() -> None:
    pieces = words(" ".join(WORDS * 5))
    counted: list[str] = []

    def count(text: str) -> int:
        counted.append(text)
        return 3

    assert _sentence_end_near(count, pieces, "→ continued", len(pieces) - 1, 2) == len(pieces) - 1
    assert counted == []
