"""A cell's text with some of its items changed, taken out or added, the rest as the team typed it.

A cell holds its items as lines (or as "; " parts): a changed item keeps its line's number and bullet,
an added item is written like the cell's last item ("- ", or the next number).
"""

from __future__ import annotations

import re

from canvasgen.text import cell_segments, item_prefix, segment_item

_NUMBER = re.compile(r"^(\d{1,3})([.)]\s+)")


def rewrite_items(text: str, edits: dict[int, str | None], added: list[str]) -> str:
    """``text`` with item ``k`` replaced by ``edits[k]`` (taken out when None) and ``added`` after the
    last item; items are counted as ``split_items`` counts them."""
    segments, joiner = cell_segments(text) if text.strip() else ([], "\n")
    kept: list[str] = []
    last_prefix = ""
    count = 0
    for segment in segments:
        found = segment_item(segment)
        if found is None:
            if segment.strip():
                kept.append(segment)  # a blank marker the team wrote: leave it
            continue
        prefix = item_prefix(segment)
        last_prefix = prefix
        if count not in edits:
            kept.append(segment.strip() if joiner == "; " else segment.rstrip())
        elif edits[count] is not None:
            kept.append(prefix + str(edits[count]))
        count += 1
    for text_added in added:
        last_prefix = _next_prefix(last_prefix)
        kept.append(last_prefix + text_added)
    if joiner == "; " and (added or len(kept) != len(segments)):
        joiner = "\n" if any(len(k.split()) > 4 for k in kept) else "; "
    return joiner.join(kept)


def _next_prefix(prefix: str) -> str:
    number = _NUMBER.match(prefix)
    if number is None:
        return prefix
    return f"{int(number.group(1)) + 1}{number.group(2)}{prefix[number.end() :]}"
