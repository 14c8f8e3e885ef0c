"""The web page's own language, decided once per request: the languages the page has words in (``PAGE_WORDS``,
as ``page/app.js`` has them), the one the page asked in (``page_lang``), else the browser's (Accept-Language,
as ``app.js`` picks from ``navigator.languages``), English for any other; the forms,
the jobs, the tables and the sentences that name the page's panels all take it from here."""

from __future__ import annotations

from canvasgen.words import PAGE_WORDS

#: The languages of the page's own words, as ``page/app.js``'s ``WORDS`` has them: the tables are made in each.
PAGE_LANGUAGES: tuple[str, ...] = tuple(PAGE_WORDS)
#: The page's language where the request names none it has.
PAGE_DEFAULT = "en"


def page_language(asked: str | None, accepted: str | None = None) -> str:
    """The page's language a request is answered in: the one it ``asked`` in (the page's own choice) when
    the page has it, else the first of the browser's languages (``accepted``: its Accept-Language header,
    "de-DE,de;q=0.9,en;q=0.8") that it has, else English."""
    if asked in PAGE_LANGUAGES:
        return asked
    for part in sorted((accepted or "").split(","), key=_preference):
        code = part.split(";")[0].strip().lower().split("-")[0]
        if code in PAGE_LANGUAGES:
            return code
    return PAGE_DEFAULT


def _preference(part: str) -> float:
    """An Accept-Language entry's order: its q (1 when it has none), highest first; a q that is no number
    counts as 0 (sorted is stable: entries of one q keep their order)."""
    for parameter in part.split(";")[1:]:
        key, _, value = parameter.partition("=")
        if key.strip() == "q":
            try:
                return -float(value)
            except ValueError:
                return 0.0
    return -1.0


def page_words(language: str) -> dict[str, str]:
    """What the page calls its tabs, fields and panel of reading fields in its ``language`` ("Inlezen
    bijsturen", "Wijzigingen verwerken"): the sentences that tell the user what to do next name them so."""
    return PAGE_WORDS[language]
