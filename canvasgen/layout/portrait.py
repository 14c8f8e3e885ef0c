"""How a persona is pictured where it has no picture: its initials in a disc of the brand colour, on its
card and its slide (never an empty box). Pure: the name in, the letters out."""

from __future__ import annotations

from collections.abc import Sequence


def _words(name: str) -> list[str]:
    stripped = ("".join(ch for ch in word if ch.isalnum()) for word in name.replace("-", " ").split())
    words = [w for w in stripped if w]  # "(HR)" is HR
    capitalised = [w for w in words if w[0].isupper() or w[0].isdigit()]
    return capitalised or words


def _letters(word: str, count: int) -> str:
    """A word's first ``count`` letters, upper-cased after the first; a number whole (the "10" of
    "Persona 10": its first digit was the "1" of "Persona 1", a badge that pointed at another persona)."""
    if word.isdigit():
        return word
    return word[:1].upper() + word[1:count].lower()


def initials(name: str, among: Sequence[str] = ()) -> str:
    """The initials of a name, as a card shows them: the first letters of its first and last capitalised
    words ("Sanne de Wit": "SW", "Jan van der Berg": "JB"), of its words when none is capitalised ("sanne":
    "S"), upper-cased, a number whole ("Persona 10": "P10"); a name in a script without capitals (Chinese,
    Arabic) gives its first character. ``among``: the names of the canvas's personas (in their order),
    whose badges this one must not repeat: where two names give the same initials, each gives more
    letters of its words ("Sanne de Wit", "Sophie Wouters": "SaWi", "SoWo"), and where that does not tell
    them apart either, its number among them ("AB1", "AB2")."""
    letters = _badge(name, 1)
    alike = [other for other in dict.fromkeys([*among, name]) if other.strip() and _badge(other, 1) == letters]
    if len(alike) < 2:
        return letters
    longer = {other: _badge(other, 2) for other in alike}
    if len(set(longer.values())) == len(alike):
        return longer[name]
    return f"{letters}{alike.index(name) + 1}"


def _badge(name: str, count: int) -> str:
    """The first ``count`` letters of the name's first and last chosen words (a number whole)."""
    chosen = _words(name)
    picked = [chosen[0], chosen[-1]] if len(chosen) > 1 else chosen[:1]
    return "".join(_letters(word, count) for word in picked)
