"""A persona without a picture is pictured by its initials (#31 item 6): which letters a name gives."""

from __future__ import annotations

import pytest

from canvasgen.layout.portrait import initials


@pytest.mark.parametrize(
    ("name", "letters"),
    [
        ("Sanne de Wit", "SW"),
        ("Jan van der Berg", "JB"),
        ("Sandra Okafor", "SO"),
        ("Sara", "S"),
        ("sanne", "S"),
        ("Anne-Marie Jansen", "AJ"),
        ("Persona 1", "P1"),
        ("Émile Zola", "ÉZ"),
        ("王小明", "王"),
        ("  ", ""),
        ("(HR) Lotte", "HL"),
    ],
)
def test_initials(name: str, letters: str) -> None:
    assert initials(name) == letters
