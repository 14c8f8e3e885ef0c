"""The page's own words (``page/app.js``, ``WORDS``): every language has every key the Dutch have, so that no
word falls back on its key ("journeys added" for "word.journeys_added") in one language only; read from the
script itself, without a browser."""

from __future__ import annotations

from tests.support.page_script import SCRIPT, page_words


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
