"""Which language to write a canvas's output in: Dutch canvases get Dutch posters, German ones German.

The labels decide first (lane labels, metadata labels, the phase header). When they don't tell,
common words of the canvas's own text do ("de", "het", "een" against "the", "and", "of"). A
canvas in none of canvasgen's languages (Russian, Italian, ...) gets English: its own words are never
translated, only canvasgen's. An empty canvas gets the brand kit's language.
"""

from __future__ import annotations

import collections
import re
import unicodedata

from canvasgen.model import Canvas
from canvasgen.text import label_key
from canvasgen.vocabulary import COMMON_WORDS, OTHER_COMMON_WORDS, OTHER_LANGUAGE_NAMES
from canvasgen.words import DEFAULT_LANGUAGE, LANE_LABELS, LANGUAGE_NAMES, LANGUAGES, META_LABELS, WORDS


def _words(lang: str) -> set[str]:
    words = {label_key(w) for w in LANE_LABELS[lang].values()} | {label_key(w) for w in META_LABELS[lang].values()}
    return words | {label_key(WORDS[lang]["phase"])}


# The labels of canvasgen's template that only one language writes ("Fase" is Dutch and Spanish: neither).
_ONLY = {lang: _words(lang) - set().union(*(_words(o) for o in LANGUAGES if o != lang)) for lang in LANGUAGES}
_WRITTEN = ("nl", "en")  # the languages told apart by their common words alone (the others: only when clear)
_WORD = re.compile(r"\w+")


def detect_language(canvas: Canvas) -> str | None:
    """The language of canvasgen's own words for a canvas ("nl", "en", "de", "fr", "es"): from the labels the
    workbook uses, else its text; None for a canvas without words. The reader decides it once
    (``Canvas.language``); a run uses that, unless ``--lang`` or the kit says."""
    if other_language(canvas) is not None:  # clearly a language without words of ours: not its neighbour's
        return FALLBACK_LANGUAGE
    labels = [label_key(lane.label) for j in canvas.journeys for lane in j.lanes]
    labels += [label_key(item.text) for j in canvas.journeys for k, item in j.meta.items() if k.endswith("_label")]
    labels += [label_key(item.text) for j in canvas.journeys for item in j.phase_labels]
    counts = sorted(((sum(1 for key in labels if key in _ONLY[lang]), lang) for lang in LANGUAGES), reverse=True)
    if counts[0][0] > counts[1][0]:
        return counts[0][1]
    items = [*canvas.texts(), *canvas.column_headers()]
    words = [w.casefold() for item in items for w in _WORD.findall(item.text)]
    if not words:
        return None
    common = _common_counts(words)
    other = _clearly_other(common)
    if other is not None:
        return other
    nl, en = (common[lang] for lang in _WRITTEN)
    if nl == en:
        return "en" if nl == 0 else None  # none of the languages: English; as much of both: undecided
    return "nl" if nl > en else "en"


#: canvasgen's own words for a canvas written in a language it has none for (Portuguese): English, said.
FALLBACK_LANGUAGE = "en"


def other_language(canvas: Canvas) -> str | None:
    """The language canvasgen has no words of its own for ("pt") that the canvas's labels and text are clearly
    written in (three of its common words or more, twice as many as of any language canvasgen writes), else
    None: its labels may be its neighbour's too ("Oportunidades" is Spanish and Portuguese)."""
    labels = [w.casefold() for j in canvas.journeys for lane in j.lanes for w in _WORD.findall(lane.label)]
    words = labels + _text_words(canvas)
    seen = collections.Counter(words)
    ours = max(_common_counts(words).values(), default=0)
    for language, common in OTHER_COMMON_WORDS.items():
        count = sum(n for word, n in seen.items() if word in common)
        if count >= 3 and count >= 2 * ours:
            return language
    return None


def fallback_said(language: str) -> str:
    """What a run says of a canvas written in a language canvasgen has no words for (``other_language``)."""
    name = OTHER_LANGUAGE_NAMES.get(language, language)
    others = ", ".join(lang for lang in LANGUAGES if lang != FALLBACK_LANGUAGE)
    return (
        f"the canvas is written in {name}, which canvasgen has no words of its own for: the poster's and deck's "
        f"own words (headings, workshop prompts) are in {LANGUAGE_NAMES[FALLBACK_LANGUAGE]}, the team's own "
        f"labels and questions as written; --lang {others} writes them in another language"
    )


def _common_counts(words: list[str]) -> dict[str, int]:
    """How many of ``words`` are common words of each language (each distinct word looked up once)."""
    seen = collections.Counter(words)
    return {lang: sum(n for word, n in seen.items() if word in COMMON_WORDS[lang]) for lang in LANGUAGES}


def _clearly_other(common: dict[str, int]) -> str | None:
    """German, French or Spanish when the text clearly is (three of its common words or more, twice as many
    as of any other language), else None. ``common``: the text's count of common words per language."""
    counts = sorted(((n, lang) for lang, n in common.items()), reverse=True)
    (top, language), (second, _) = counts[0], counts[1]
    return language if language not in _WRITTEN and top >= 3 and top >= 2 * second else None


def text_language(canvas: Canvas) -> str | None:
    """The language ("nl", "en", "de", "fr", "es") the canvas's own text is clearly written in, else None:
    a long word is hyphenated by its language's rules only when that language is known (English patterns would break
    Spanish or German words at the wrong places)."""
    common = _common_counts(_text_words(canvas))
    other = _clearly_other(common)
    if other is not None:
        return other
    nl, en = (common[lang] for lang in _WRITTEN)
    top, other_count, language = max((nl, en, "nl"), (en, nl, "en"))
    return language if top >= 3 and top >= 2 * other_count else None


def canvas_language(canvas: Canvas) -> str:
    """The language a canvas is read in where nothing asks another: its own (``Canvas.language``, decided
    by the reader), Dutch for a canvas without words (``words.DEFAULT_LANGUAGE``). Its dates are shown in
    it, its unnamed journeys named in it, and a run writes in it unless ``--lang`` or the kit says."""
    return canvas.language or DEFAULT_LANGUAGE


def figure_language(canvas: Canvas) -> str:
    """The language a canvas's figures are written in ("1.250" is 1250 in Dutch, German, French and Spanish):
    the language its text is clearly written in, else the canvas's (``canvas_language``)."""
    return _clearly_other(_common_counts(_text_words(canvas))) or canvas_language(canvas)


def _text_words(canvas: Canvas) -> list[str]:
    """The words of the canvas's own text, folded for looking up."""
    return [w.casefold() for item in canvas.texts() for w in _WORD.findall(item.text)]


def foreign_script(canvas: Canvas) -> str | None:
    """The script most of the canvas's letters are written in when it is none of canvasgen's languages'
    (Latin): "Arabic", "Hebrew", "Cyrillic", "CJK"…; None for a canvas mostly in Latin letters, or without."""
    # Each distinct character named once: a canvas has a few hundred of them in tens of thousands of letters.
    characters: collections.Counter[str] = collections.Counter()
    for item in canvas.texts():
        characters.update(item.text)
    scripts: collections.Counter[str] = collections.Counter()
    for ch, count in characters.items():
        if ch.isalpha():
            scripts[unicodedata.name(ch, "LATIN").split()[0]] += count
    if not scripts:
        return None
    script, count = scripts.most_common(1)[0]
    if script == "LATIN" or count * 2 <= sum(scripts.values()):
        return None
    return script.capitalize() if script != "CJK" else script


def frame_language_said(script: str, language: str) -> str:
    """What ``check`` says of a canvas written in a script none of canvasgen's languages uses: the language of
    canvasgen's own words on its poster, deck and kit."""
    others = ", ".join(f"{LANGUAGE_NAMES[lang]} ({lang})" for lang in LANGUAGES)
    frames = LANGUAGE_NAMES.get(language, language)
    return (
        f"the canvas is written in {script} script, in a language canvasgen has no words of: canvasgen's own "
        f"words on the poster, deck and kit (headings, questions, frames) are in {frames} "
        f"— to choose another, give --lang (canvasgen has {others}); the team's own words stay as written"
    )
