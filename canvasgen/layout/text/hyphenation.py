"""Where a word too long for its line may break with a hyphen, by the canvas's language.

The dictionaries are LibreOffice's hyphenation patterns, as pyphen ships them. A line that ends in a
hyphen carries U+00AD (soft hyphen), which the poster's fonts draw as a hyphen and which text read out
of the PDF drops, as Tagged PDF asks: the word comes back whole.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

import pyphen

SOFT_HYPHEN = "\u00ad"
#: Letters kept together at either end of a word: "Ori-ëntatie" reads badly on a poster.
MIN_PIECE = 3

Hyphenate = Callable[[str], tuple[int, ...]]  # the positions a word may break at, with a hyphen added


#: What a word of the language never holds: an address ("https://…", "www.…", "info@…") or a digit (a code,
#: an amount, a phone number: "NL-2026-000123").
_NO_WORD = re.compile(r"[@\d]|://|^www\.", re.IGNORECASE)


def hyphenates(word: str) -> bool:
    """Whether a word may break at a syllable with a hyphen added: not an address or a code with digits,
    which the hyphen would change for whoever types it over from the wall ("htt-ps://", "zon-ne@…")."""
    return _NO_WORD.search(word) is None


@dataclass(frozen=True)
class Syllables:
    """A language's break points (a ``Hyphenate``: ``__call__``), and which of them join a compound's parts
    (``joints``): "Klant-|tevredenheid", not "Klanttevre-|denheid", where the line has room for either.
    ``known``: the words a compound's parts may be (the canvas's own and canvasgen's, folded, with their
    stems: ``language.compound_parts``); none, no joints."""

    dictionary: str  # pyphen's name of the language's dictionary ("nl_NL")
    known: frozenset[str] = frozenset()

    def __call__(self, word: str) -> tuple[int, ...]:
        return _positions(self.dictionary, word)

    def joints(self, word: str) -> frozenset[int]:
        return _joints(self.dictionary, word, self.known) if self.known else frozenset()


def hyphenator(language: str | None, known: frozenset[str] = frozenset()) -> Syllables | None:
    """The break points of words in ``language`` ("nl", "en"), the compounds' joints among them where
    ``known`` words are given (``Syllables``); None without a dictionary for it."""
    found = pyphen.language_fallback(language) if language else None
    if found is None:
        return None
    return Syllables(found, known)


#: The fewest letters a compound's part has for a break beside it to count as its joint: "aan", "den", "het"
#: are words too, and would make a joint of nearly every syllable.
JOINT_PART = 4

#: The letters that link a compound's parts, after the first ("klanttevredenheid-s-onderzoek",
#: "Vertrag-s-verlängerung", "zonn-e-panelen"), by the dictionary's language.
_LINKS = {
    "nl": ("s", "e", "en"),
    "de": ("s", "es", "n", "en", "er", "e"),
}


@functools.lru_cache(maxsize=4096)
def _joints(dictionary: str, word: str, known: frozenset[str]) -> frozenset[int]:
    """The break points of ``word`` (``_positions``) between two parts of a compound: where the part up to it
    from the word's start or an earlier break (less a linking "s", ``_LINKS``) or the part from it to a
    later break or the word's end is a ``known`` word of ``JOINT_PART`` letters or more."""
    points = _positions(dictionary, word)
    links = ("", *_LINKS.get(dictionary.split("_")[0].lower(), ()))
    folded = word.lower()  # (not casefold: "ß" stays one letter, the points stay in place)
    bounds = [0, *points, len(word)]

    def known_part(part: str, linked: bool) -> bool:
        return any(
            part.endswith(link) and len(part) - len(link) >= JOINT_PART and part[: len(part) - len(link)] in known
            for link in (links if linked else ("",))
        )

    return frozenset(
        point
        for index, point in enumerate(bounds[1:-1], start=1)
        if any(known_part(folded[start:point], True) for start in bounds[:index])
        or any(known_part(folded[point:end], False) for end in bounds[index + 1 :])
    )


@functools.lru_cache(maxsize=8192)
def _positions(language: str, word: str) -> tuple[int, ...]:
    """The break points of each part of a word its own hyphens join ("upsell-campagne": "upsell" and
    "campagne" apart), so that a part keeps its letters together at its ends too ("upsel-l" was one); a
    part's weak joints (``_weak``) left out where it has another point to break at."""
    found: list[int] = []
    start = 0
    for part in word.split("-"):
        points = [int(p) for p in _dictionary(language).positions(part)]
        strong = [p for p in points if not _weak(language, part, points, p)]
        found += [start + p for p in (strong or points)]
        start += len(part) + 1
    return tuple(found)


#: Unstressed prefixes that stay with their stem: a break right after one ("aankoopbe-|slissing",
#: "contractver-|lenging", "Kaufent-|scheidung") splits a word inside its last part, where the dictionary's
#: patterns weigh it as they weigh the compound's joint ("aankoop-|beslissing"). By the dictionary's language.
_PREFIXES = {
    "nl": frozenset({"be", "ge", "ver", "ont", "her", "te"}),
    "de": frozenset({"be", "ge", "ver", "ent", "emp", "zer"}),
}


def _weak(language: str, word: str, points: list[int], point: int) -> bool:
    """Whether the break at ``point`` comes right after an unstressed prefix of the language (``_PREFIXES``):
    the piece since the word's start or its last break point before is one."""
    prefixes = _PREFIXES.get(language.split("_")[0].lower())
    if not prefixes:
        return False
    before = max((p for p in points if p < point), default=0)
    return word[before:point].lower() in prefixes


@functools.lru_cache(maxsize=16)  # one a language
def _dictionary(language: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=language, left=MIN_PIECE, right=MIN_PIECE)
