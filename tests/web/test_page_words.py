"""The page's own words (``page/app.js``, ``WORDS``): every language has every key the Dutch have, so that no
word falls back on its key ("journeys added" for "word.journeys_added") in one language only; read from the
script itself, without a browser."""

from __future__ import annotations

import re
from pathlib import Path

SCRIPT = Path(__file__).parents[2] / "canvasgen" / "web" / "page" / "app.js"
#: A string, a name, or the punctuation that tells a key from its value.
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[A-Za-z_]\w*|[{}:,]')


def page_words(script: str) -> dict[str, set[str]]:
    """The keys of each language's words in the page's script: the names before a colon in each block of
    ``const WORDS = { nl: {...}, en: {...} }``, quoted ("word.added") or not (tagline)."""
    tokens = _TOKEN.findall(script[script.index("const WORDS = {") :].removeprefix("const WORDS = "))
    words: dict[str, set[str]] = {}
    depth, language, before = 0, "", ""
    for token, after in zip(tokens, [*tokens[1:], ""], strict=True):
        if token == "{":
            depth += 1
            language = before if depth == 2 else language
        elif token == "}":
            depth -= 1
            if depth == 0:
                break
        elif depth == 2 and after == ":" and before in ("{", ","):
            words.setdefault(language, set()).add(token.strip('"'))
        if token != ":":
            before = token
    return words


def test_the_words_are_read_from_the_script() -> None:
    words = page_words('const WORDS = {\n  nl: { a: "x: y", "b.c": "{n} z", },\n  en: { a: "p" },\n};')
    assert words == {"nl": {"a", "b.c"}, "en": {"a"}}


def test_every_language_of_the_page_has_every_key_the_dutch_have() -> None:
    """Round 13: the English words lacked "word.added", "word.journeys_added", "word.high" and 17 more."""
    words = page_words(SCRIPT.read_text(encoding="utf-8"))
    assert set(words) == {"nl", "en", "de"}
    assert len(words["nl"]) > 100  # the whole table was read, not its first line
    for language, keys in words.items():
        assert sorted(words["nl"] - keys) == [], language
        assert sorted(keys - words["nl"]) == [], language
