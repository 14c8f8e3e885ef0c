"""canvasgen's own words live in one place, and every language has every word."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from canvasgen.words import LANGUAGES, TABLES
from tests.support.workbooks import REPO


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_language_has_every_word(name: str) -> None:
    table = TABLES[name]
    assert set(table) == set(LANGUAGES)
    first, *others = (table[lang] for lang in LANGUAGES)
    for other in others:
        if isinstance(first, dict):
            assert isinstance(other, dict)
            assert set(first) == set(other), set(first) ^ set(other)
        else:
            assert len(first) == len(other)
    for lang in LANGUAGES:
        values = table[lang].values() if isinstance(table[lang], dict) else table[lang]
        assert all(isinstance(v, str) and v.strip() for v in values), (name, lang)


def test_no_words_by_language_outside_the_words_package() -> None:
    """A dict keyed by "nl" and "en" anywhere else would be a second place for canvasgen's words (the
    input vocabulary, words read rather than written, has its own place: the ``vocabulary`` package)."""
    found = []
    for path in sorted((REPO / "canvasgen").rglob("*.py")):
        if path.parent.name in ("words", "vocabulary"):
            continue
        source = path.read_text(encoding="utf-8")
        # a key "nl" is written "nl" or 'nl' (in any prefix or triple quotes): a module that quotes none of a
        # language's codes holds no such dict, and is not parsed (the parsing was a second and a half)
        if not all(f'"{lang}"' in source or f"'{lang}'" in source for lang in LANGUAGES):
            continue
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Dict):
                keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
                if set(LANGUAGES) <= keys:
                    found.append(f"{Path(path).relative_to(REPO)}:{node.lineno}")
    assert found == []


def test_the_dutch_deck_and_handouts_ask_of_the_person_without_he_or_him() -> None:
    """The deck's questions and notes and the lanes' questions speak of "de klant" (or the canvas's own person
    word) without "hij"/"hem": a patient, a resident or a policyholder is no "he" (new user, round 13)."""
    from canvasgen.words import nl

    texts = {key: text for words in (nl.DECK_WORDS, nl.LANE_QUESTIONS, nl.POSTER_WORDS) for key, text in words.items()}
    assert {key: text for key, text in texts.items() if re.search(r"\b(hij|hem)\b", text.lower())} == {}
