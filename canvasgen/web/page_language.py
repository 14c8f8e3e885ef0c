"""The web page's own language, decided once per request: the languages the page has words in (``PAGE_WORDS``,
as ``page/app.js`` has them), the one the page asked in (``page_lang``), English for any other; the forms,
the jobs, the tables and the sentences that name the page's panels all take it from here."""

from __future__ import annotations

from canvasgen.words import PAGE_WORDS

#: The languages of the page's own words, as ``page/app.js``'s ``WORDS`` has them: the tables are made in each.
PAGE_LANGUAGES: tuple[str, ...] = tuple(PAGE_WORDS)
#: The page's language where the request names none it has.
PAGE_DEFAULT = "en"


def page_language(asked: str | None) -> str:
    """The page's language a request is answered in: the one it ``asked`` in when the page has it, else
    English."""
    return asked if asked in PAGE_LANGUAGES else PAGE_DEFAULT


def reading_panel(language: str) -> str:
    """What the page calls its panel of reading fields in its ``language`` ("Inlezen bijsturen"): the
    sentences that tell the user what to do next name it."""
    return PAGE_WORDS[language]["reading"]
