"""A cell's text with some of its items changed, taken out or added, the rest as the team typed it.

A cell holds its items as lines (or as "; " parts): a changed item keeps its line's number and bullet,
an added item is written like the cell's last item ("- ", or the next number). A cell of "; " parts
stays one line only while it still reads back as exactly the items meant; otherwise its items go on
lines of their own (a longer text joined by "; " would read back as one card, not two).
"""

from __future__ import annotations

import re

from canvasgen.text import cell_segments, item_prefix, list_markers, numbered_lines, segment_item, split_items

_NUMBER = re.compile(r"^(\d{1,3})([.)]\s+)")


def rewrite_items(
    text: str, edits: dict[int, str | None], added: list[str], always: bool = False, one_card: bool = False
) -> tuple[str, list[str]]:
    """``text`` with item ``k`` replaced by ``edits[k]`` (taken out when None) and ``added`` after the
    last item; items are counted as ``split_items`` counts them. Returns the new text and the items it is
    meant to hold (which ``split_items`` of it gives, unless a new text itself reads as several);
    ``always``: a KPI lane's cell, split at every "; " (``semicolon_parts``); ``one_card``: a cell ``apply``
    wrote one card into (``read.grid.ONE_CARD_NAME``), its lines never split at "; "."""
    segments, joiner = cell_segments(text, always) if text.strip() else ([], "\n")
    if one_card and text.strip():
        segments, joiner = text.strip().split("\n"), "\n"
    kept: list[str] = []
    last_prefix = ""
    count = 0
    # a list's numbers (1, 2, 3 ...) are written before a changed item; a number that is the item's own text
    # ("2. Long identity check") comes with the item's new text, as the team wrote it
    markers = list_markers([found[0] for found in map(segment_item, segments) if found is not None])
    for segment in segments:
        found = segment_item(segment)
        if found is None:
            if segment.strip():
                kept.append(segment)  # a blank marker the team wrote: leave it
            continue
        prefix = item_prefix(segment, number=markers or found[0] is None)
        last_prefix = prefix
        if count not in edits:
            kept.append(segment.strip() if joiner != "\n" else segment.rstrip())
        elif edits[count] is not None:
            kept.append(prefix + str(edits[count]))
        count += 1
    for text_added in added:
        last_prefix = _next_prefix(last_prefix)
        kept.append(last_prefix + text_added)
    # each piece as the cell's lines read: a new text typed with line breaks is a card a line
    meant = [item for _, item in numbered_lines([line for piece in kept for line in piece.split("\n")])]
    if joiner != "\n" and split_items(joiner.join(kept), always) != meant:
        joiner = "\n"  # joined, the items would read back as more or fewer: each on a line of its own
    return joiner.join(kept), meant


def _next_prefix(prefix: str) -> str:
    number = _NUMBER.match(prefix)
    if number is None:
        return prefix
    return f"{int(number.group(1)) + 1}{number.group(2)}{prefix[number.end() :]}"
