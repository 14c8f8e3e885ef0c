"""The web page's own words as its script writes them (``page/app.js``, ``WORDS``), read without a browser: for
the tests of the page's words and of what its fields say."""

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
