"""The words that say a journey's scenario (the ideal one, or today's), as sheet names and Scenario cells say
them: read by ``analysis.scenario`` to tell the journeys apart, and by the reader to name two journeys of one
title by their scenario cell instead of an English sheet tab."""

from __future__ import annotations

import functools

from canvasgen.text import label_key

#: The scenario words of the kit's languages (Dutch, English, German "Soll/Ist", French, Spanish), as sheet names
#: and Scenario cells say them, accents left out as ``label_key`` leaves them ("idéal" is "ideal").
IDEAL_WORDS = (
    *("ideal", "ideaal", "ideale", "gewenst", "gewenste", "to be", "tobe", "future", "toekomst"),
    *("soll", "sollzustand", "cible", "futur", "deseado", "futuro"),
)
CURRENT_WORDS = (
    *("current", "huidig", "huidige", "as is", "asis", "today", "nu", "present"),
    *("ist", "istzustand", "aktuell", "actuel", "actuelle", "actual"),
)
#: A scenario word right after one of these is denied, not said: "Ideaal (toekomst), niet huidig" is the ideal.
NOT_WORDS = frozenset(("niet", "geen", "not", "no", "nicht", "kein", "keine", "non", "pas"))


@functools.lru_cache(maxsize=4096)  # a journey's sheet name is asked about for every figure drawn
def says(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` says one of ``words`` as a word of its own: the whole text, its start or its end."""
    key = label_key(text)
    return any(key == w or key.startswith(w + " ") or _ends_with(key, w) for w in words)


def _ends_with(key: str, word: str) -> bool:
    """Whether ``key`` ends with ``word`` as a word of its own, not denied by the word before it."""
    return key.endswith(" " + word) and key[: -len(word) - 1].split()[-1] not in NOT_WORDS
