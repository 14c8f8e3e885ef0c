"""Which channel a touchpoint or channel item names, for its icon."""

from __future__ import annotations

import functools
import re

from canvasgen.text import label_key
from canvasgen.vocabulary.channels import CHANNEL_WORDS

_INDEX = [(word, channel) for channel, words in CHANNEL_WORDS.items() for word in words]
_INDEX.sort(key=lambda pair: len(pair[0]), reverse=True)
_PATTERNS = [(re.compile(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])"), channel) for word, channel in _INDEX]


@functools.lru_cache(maxsize=4096)  # the same channel names come back in every lane and matrix
def channel_of(text: str) -> str | None:
    """The channel a short text names ("Nieuwsbrief" -> "email"), or None; the longest word wins."""
    key = f" {label_key(text)} "
    for pattern, channel in _PATTERNS:
        if pattern.search(key):
            return channel
    return None
