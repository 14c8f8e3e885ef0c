"""canvasgen's own words, in one place: one module per language (``nl``, ``en``, ``de``, ``fr``, ``es``), and
the journey models' phases in each (``phase_models``).

Each table is keyed by language here, as the code reads it: ``POSTER_WORDS[language]["appendix"]``.
"""

from __future__ import annotations

import functools
import re
from types import ModuleType

from canvasgen.words import de, en, es, fr, nl

LANGUAGES = ("nl", "en", "de", "fr", "es")
#: The language canvasgen writes in, and reads figures and dates in, where nothing decides another: a
#: canvas without words, a brand kit that names none, a new template.
DEFAULT_LANGUAGE = "nl"
#: The proofing language a slide's text is marked with, per language.
PROOFING = {"nl": "nl-NL", "en": "en-GB", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}
#: Each language's name in English, for what canvasgen says (its messages are English).
LANGUAGE_NAMES = {"nl": "Dutch", "en": "English", "de": "German", "fr": "French", "es": "Spanish"}
_MODULES: dict[str, ModuleType] = {"nl": nl, "en": en, "de": de, "fr": fr, "es": es}

LANE_LABELS: dict[str, dict[str, str]] = {lang: module.LANE_LABELS for lang, module in _MODULES.items()}
LANE_QUESTIONS: dict[str, dict[str, str]] = {lang: module.LANE_QUESTIONS for lang, module in _MODULES.items()}
EARLIER_LANE_QUESTIONS: dict[str, tuple[str, ...]] = {
    lang: module.EARLIER_LANE_QUESTIONS for lang, module in _MODULES.items()
}
META_LABELS: dict[str, dict[str, str]] = {lang: module.META_LABELS for lang, module in _MODULES.items()}
WORDS: dict[str, dict[str, str]] = {lang: module.WORDS for lang, module in _MODULES.items()}
TOUCHPOINT_COLUMNS: dict[str, tuple[str, ...]] = {lang: module.TOUCHPOINT_COLUMNS for lang, module in _MODULES.items()}
PERSONA_COLUMNS: dict[str, tuple[str, ...]] = {lang: module.PERSONA_COLUMNS for lang, module in _MODULES.items()}
METRIC_COLUMNS: dict[str, tuple[str, ...]] = {lang: module.METRIC_COLUMNS for lang, module in _MODULES.items()}
INSTRUCTIONS: dict[str, tuple[str, ...]] = {lang: module.INSTRUCTIONS for lang, module in _MODULES.items()}
CHANNEL_NAMES: dict[str, dict[str, str]] = {lang: module.CHANNEL_NAMES for lang, module in _MODULES.items()}
POSTER_WORDS: dict[str, dict[str, str]] = {lang: module.POSTER_WORDS for lang, module in _MODULES.items()}
DECK_WORDS: dict[str, dict[str, str]] = {lang: module.DECK_WORDS for lang, module in _MODULES.items()}
GAP_WORDS: dict[str, dict[str, str]] = {lang: module.GAP_WORDS for lang, module in _MODULES.items()}
DIFF_WORDS: dict[str, dict[str, str]] = {lang: module.DIFF_WORDS for lang, module in _MODULES.items()}
#: The web page's words that canvasgen's sentences name, in the languages the page has (``page/app.js``).
PAGE_WORDS: dict[str, dict[str, str]] = {lang: _MODULES[lang].PAGE_WORDS for lang in ("nl", "en", "de")}
GAP_SHEETS: dict[str, dict[str, str]] = {lang: module.GAP_SHEETS for lang, module in _MODULES.items()}
TABLE_HEADERS: dict[str, dict[str, str]] = {lang: module.TABLE_HEADERS for lang, module in _MODULES.items()}
#: The gap report's action list's header row (``render.xlsx.gap_report``), as ``GAP_SHEETS`` keys: what tells
#: the report, whatever its sheets are named.
GAP_ACTIONS_HEADER = ("phase", "action", "kind", "priority", "owner", "status", "cell")
PHASE_MODELS: dict[str, dict[str, tuple[str, ...]]] = {lang: module.PHASE_MODELS for lang, module in _MODULES.items()}
METRIC_NAMES: dict[str, tuple[str, ...]] = {lang: module.METRIC_NAMES for lang, module in _MODULES.items()}
CURVE_WORDS: dict[str, dict[str, str]] = {lang: module.CURVE_WORDS for lang, module in _MODULES.items()}
KIT_WORDS: dict[str, dict[str, str]] = {lang: module.KIT_WORDS for lang, module in _MODULES.items()}
KIT_ACTIONS: dict[str, dict[str, str]] = {lang: module.KIT_ACTIONS for lang, module in _MODULES.items()}

#: Every table, by name: what the parity test walks.
TABLES = {
    "LANE_LABELS": LANE_LABELS,
    "LANE_QUESTIONS": LANE_QUESTIONS,
    "META_LABELS": META_LABELS,
    "WORDS": WORDS,
    "TOUCHPOINT_COLUMNS": TOUCHPOINT_COLUMNS,
    "PERSONA_COLUMNS": PERSONA_COLUMNS,
    "METRIC_COLUMNS": METRIC_COLUMNS,
    "INSTRUCTIONS": INSTRUCTIONS,
    "CHANNEL_NAMES": CHANNEL_NAMES,
    "POSTER_WORDS": POSTER_WORDS,
    "DECK_WORDS": DECK_WORDS,
    "GAP_WORDS": GAP_WORDS,
    "DIFF_WORDS": DIFF_WORDS,
    "GAP_SHEETS": GAP_SHEETS,
    "TABLE_HEADERS": TABLE_HEADERS,
    "CURVE_WORDS": CURVE_WORDS,
    "KIT_WORDS": KIT_WORDS,
    "KIT_ACTIONS": KIT_ACTIONS,
}


#: A source as ``model.Source`` writes it: "Sheet!C11" or "Sheet!C11:D11" (the sheet's name may hold a "!").
_CELL_SOURCE = re.compile(r"^(?P<sheet>.+)!(?P<cell>\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$")


def said_cell(source: str, language: str) -> str:
    """Where a text was read, in ``language``'s words ("Bron: blad IDEAL, cel C11"), not as a cell reference
    ("IDEAL!C11"): a deck's speaker notes keep the trace in the deck's language. A source that names no
    sheet's cell (a CSV line) as it is."""
    found = _CELL_SOURCE.match(source)
    if found is None:
        return source
    return DECK_WORDS[language]["source_cell"].format(sheet=found["sheet"], cell=found["cell"])


def own_words(language: str) -> frozenset[str]:
    """Every word canvasgen's own tables write in ``language``, folded ("klantproces", "tevreden", "kanalen"):
    parts a long compound of the canvas may be made of (``language.compound_parts``); empty for a language
    canvasgen has no words of."""
    return _own_words(language) if language in _MODULES else frozenset()


@functools.lru_cache(maxsize=8)  # one a language (five), for the run
def _own_words(language: str) -> frozenset[str]:
    found: set[str] = set()
    module = _MODULES[language]
    pending: list[object] = [getattr(module, name) for name in (*TABLES, "PHASE_MODELS", "METRIC_NAMES")]
    while pending:
        value = pending.pop()
        if isinstance(value, str):
            found.update(word.casefold() for word in re.findall(r"\w+", value))
        elif isinstance(value, dict):
            pending += value.values()
        elif isinstance(value, tuple):
            pending += value
    return frozenset(found)


def said_age(age: str, language: str) -> str | None:
    """A persona's age that no heading labels ("Jan de Vries (45)", "Leeftijd: 45" under the header's persona) as
    poster, deck and kit print it, in the canvas's ``language``: "45 jaar", "age 45", "45 Jahre"; None for an age
    that is not a number ("midden veertig" stands as written)."""
    age = age.strip()
    return WORDS[language]["persona_age"].format(age=age) if age.isdigit() else None
