"""canvasgen's own words, in one place: one module per language (``nl``, ``en``), and the journey models'
phases in both (``phase_models``).

Each table is keyed by language here, as the code reads it: ``POSTER_WORDS[language]["appendix"]``.
"""

from __future__ import annotations

from canvasgen.words import en, nl

LANGUAGES = ("nl", "en")

LANE_LABELS: dict[str, dict[str, str]] = {"nl": nl.LANE_LABELS, "en": en.LANE_LABELS}
LANE_QUESTIONS: dict[str, dict[str, str]] = {"nl": nl.LANE_QUESTIONS, "en": en.LANE_QUESTIONS}
META_LABELS: dict[str, dict[str, str]] = {"nl": nl.META_LABELS, "en": en.META_LABELS}
WORDS: dict[str, dict[str, str]] = {"nl": nl.WORDS, "en": en.WORDS}
TOUCHPOINT_COLUMNS: dict[str, tuple[str, ...]] = {"nl": nl.TOUCHPOINT_COLUMNS, "en": en.TOUCHPOINT_COLUMNS}
PERSONA_COLUMNS: dict[str, tuple[str, ...]] = {"nl": nl.PERSONA_COLUMNS, "en": en.PERSONA_COLUMNS}
METRIC_COLUMNS: dict[str, tuple[str, ...]] = {"nl": nl.METRIC_COLUMNS, "en": en.METRIC_COLUMNS}
INSTRUCTIONS: dict[str, tuple[str, ...]] = {"nl": nl.INSTRUCTIONS, "en": en.INSTRUCTIONS}
CHANNEL_NAMES: dict[str, dict[str, str]] = {"nl": nl.CHANNEL_NAMES, "en": en.CHANNEL_NAMES}
POSTER_WORDS: dict[str, dict[str, str]] = {"nl": nl.POSTER_WORDS, "en": en.POSTER_WORDS}
DECK_WORDS: dict[str, dict[str, str]] = {"nl": nl.DECK_WORDS, "en": en.DECK_WORDS}
GAP_WORDS: dict[str, dict[str, str]] = {"nl": nl.GAP_WORDS, "en": en.GAP_WORDS}
DIFF_WORDS: dict[str, dict[str, str]] = {"nl": nl.DIFF_WORDS, "en": en.DIFF_WORDS}
GAP_SHEETS: dict[str, dict[str, str]] = {"nl": nl.GAP_SHEETS, "en": en.GAP_SHEETS}
TABLE_HEADERS: dict[str, dict[str, str]] = {"nl": nl.TABLE_HEADERS, "en": en.TABLE_HEADERS}
PHASE_MODELS: dict[str, dict[str, tuple[str, ...]]] = {"nl": nl.PHASE_MODELS, "en": en.PHASE_MODELS}
METRIC_NAMES: dict[str, tuple[str, ...]] = {"nl": nl.METRIC_NAMES, "en": en.METRIC_NAMES}
CURVE_WORDS: dict[str, dict[str, str]] = {"nl": nl.CURVE_WORDS, "en": en.CURVE_WORDS}
KIT_WORDS: dict[str, dict[str, str]] = {"nl": nl.KIT_WORDS, "en": en.KIT_WORDS}
KIT_ACTIONS: dict[str, dict[str, str]] = {"nl": nl.KIT_ACTIONS, "en": en.KIT_ACTIONS}

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
