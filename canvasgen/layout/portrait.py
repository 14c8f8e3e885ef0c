"""How a persona is pictured where it has no picture: its initials in a disc of the brand colour, on its
card and its slide (never an empty box). Pure: the name in, the letters out."""

from __future__ import annotations

#: The most letters a disc shows ("Sanne de Wit": SW).
MAX_LETTERS = 2


def initials(name: str) -> str:
    """The initials of a name, as a card shows them: the first letters of its first and last capitalised
    words ("Sanne de Wit": "SW", "Jan van der Berg": "JB"), of its words when none is capitalised ("sanne":
    "S"), upper-cased; a name in a script without capitals (Chinese, Arabic) gives its first character."""
    stripped = ("".join(ch for ch in word if ch.isalnum()) for word in name.replace("-", " ").split())
    words = [w for w in stripped if w]  # "(HR)" is HR
    if not words:
        return ""
    capitalised = [w for w in words if w[0].isupper() or w[0].isdigit()]
    chosen = capitalised or words
    picked = [chosen[0], chosen[-1]] if len(chosen) > 1 else chosen[:1]
    return "".join(w[0] for w in picked)[:MAX_LETTERS].upper()
