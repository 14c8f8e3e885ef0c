"""Which language to write a canvas's output in: Dutch canvases get Dutch posters.

The labels decide first (lane labels, metadata labels, the phase header). When they don't tell,
common words of the canvas's own text do ("de", "het", "een" against "the", "and", "of"). A
canvas in neither language (German, Russian, ...) gets English: its own words are never
translated, only canvasgen's. An empty canvas gets the brand kit's language.
"""

from __future__ import annotations

import re

from canvasgen.model import Canvas
from canvasgen.text import label_key
from canvasgen.vocabulary import COMMON_WORDS
from canvasgen.words import LANE_LABELS, META_LABELS, WORDS


def _words(lang: str) -> set[str]:
    words = {label_key(w) for w in LANE_LABELS[lang].values()} | {label_key(w) for w in META_LABELS[lang].values()}
    return words | {label_key(WORDS[lang]["phase"])}


_NL, _EN = _words("nl") - _words("en"), _words("en") - _words("nl")
_WRITTEN = ("nl", "en")  # the languages of canvasgen's own words
_WORD = re.compile(r"\w+")


def detect_language(canvas: Canvas, default: str) -> str:
    """ "nl" or "en": from the labels the workbook uses, else its text; ``default`` for a canvas without words."""
    labels = [label_key(lane.label) for j in canvas.journeys for lane in j.lanes]
    labels += [label_key(item.text) for j in canvas.journeys for k, item in j.meta.items() if k.endswith("_label")]
    labels += [label_key(item.text) for j in canvas.journeys for item in j.phase_labels]
    nl = sum(1 for key in labels if key in _NL)
    en = sum(1 for key in labels if key in _EN)
    if nl != en:
        return "nl" if nl > en else "en"
    items = [*canvas.texts(), *canvas.column_headers()]
    words = [w.casefold() for item in items for w in _WORD.findall(item.text)]
    if not words:
        return default
    nl, en = (sum(1 for w in words if w in COMMON_WORDS[lang]) for lang in _WRITTEN)
    if nl == en:
        return "en" if nl == 0 else default  # neither Dutch nor English: English
    return "nl" if nl > en else "en"


def text_language(canvas: Canvas) -> str | None:
    """ "nl" or "en" when the canvas's own text is clearly written in it, else None: a long word is
    hyphenated by its language's rules only when that language is known (English patterns would break
    Spanish or German words at the wrong places)."""
    words = [w.casefold() for item in canvas.texts() for w in _WORD.findall(item.text)]
    nl, en = (sum(1 for w in words if w in COMMON_WORDS[lang]) for lang in _WRITTEN)
    top, other, language = max((nl, en, "nl"), (en, nl, "en"))
    return language if top >= 3 and top >= 2 * other else None


#: Languages whose figures canvasgen reads in their own notation, beside those it writes in.
FIGURE_LANGUAGES = ("nl", "en", "de", "fr", "es")


def figure_language(canvas: Canvas, default: str) -> str:
    """The language a canvas's figures are written in: German, French or Spanish when its text clearly is
    ("1.250" is 1250 there, as in Dutch), else the language of ``detect_language``."""
    words = [w.casefold() for item in canvas.texts() for w in _WORD.findall(item.text)]
    counts = sorted(
        ((sum(1 for w in words if w in COMMON_WORDS[lang]), lang) for lang in FIGURE_LANGUAGES), reverse=True
    )
    (top, language), (second, _) = counts[0], counts[1]
    if language not in _WRITTEN and top >= 3 and top >= 2 * second:
        return language
    return detect_language(canvas, default)
