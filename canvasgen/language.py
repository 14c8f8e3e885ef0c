"""Which language to write a canvas's output in: Dutch canvases get Dutch posters, German ones German.

The canvas's own words decide: its labels (lane labels, metadata labels, the phase header, phase names of
the common journey models) where they name one of canvasgen's languages, and the common words of its text
("de", "het", "een" against "the", "and", "of"). Labels in one language decide; labels in two are settled
by the text; either way a canvas whose words point at two languages, or at none, has the choice said
with ``--lang`` as the correction (``LanguageChoice.doubt``). A canvas in none of canvasgen's languages
(Russian, Italian, ...) gets English, said: its own words are never translated, only canvasgen's. An
empty canvas gets the brand kit's language.
"""

from __future__ import annotations

import collections
import functools
import re
import unicodedata
from dataclasses import dataclass

from canvasgen.errors import CanvasWarning
from canvasgen.model import Canvas
from canvasgen.text import excerpt, label_key
from canvasgen.vocabulary import (
    COMMON_WORDS,
    HYPHENATED_COMMON_WORDS,
    OTHER_COMMON_WORDS,
    OTHER_LANGUAGE_NAMES,
    first_word_block,
)
from canvasgen.vocabulary.lanes import THOUGHT_LABELS
from canvasgen.vocabulary.roles import label_languages
from canvasgen.words import (
    DEFAULT_LANGUAGE,
    LANE_LABELS,
    LANGUAGE_NAMES,
    LANGUAGES,
    META_LABELS,
    METRIC_COLUMNS,
    PERSONA_COLUMNS,
    PHASE_MODELS,
    TOUCHPOINT_COLUMNS,
    WORDS,
    own_words,
)


def _words(lang: str) -> set[str]:
    words = {label_key(w) for w in LANE_LABELS[lang].values()} | {label_key(w) for w in META_LABELS[lang].values()}
    return words | {label_key(WORDS[lang]["phase"])}


_WRITTEN = ("nl", "en")  # the languages told apart by their common words alone (the others: only when clear)
_WORD = re.compile(r"\w+")
#: The labels a message quotes per language, before "…".
_QUOTED = 3


#: Labels other languages borrow whole from English ("Customer Journey" heads German canvases): they name
#: English too, never the borrower's language alone (an English "Customer journey: …" title is no German).
_BORROWED = ("Customer Journey", "Customer Journey Map", "Touchpoints", "Touchpoint")
#: A service blueprint's terms of art, written untranslated in every language's blueprints ("Frontstage" over a
#: Dutch blueprint of "Klantacties" and "Ondersteunende processen"): they name no language of their own.
_TERMS_OF_ART = (
    "Frontstage",
    "Front stage",
    "Backstage",
    "Back stage",
    "Onstage",
    "On stage",
    "Front office",
    "Frontoffice",
    "Back office",
    "Backoffice",
)


@functools.lru_cache(maxsize=1)  # one index, built once
def _label_index() -> dict[str, frozenset[str]]:
    """Label keys of canvasgen's own template words (its sheets' column headers too), thought labels and
    journey models' phase names, with the languages that write them (the lane vocabulary is
    ``vocabulary.roles.label_languages``'s)."""
    index: dict[str, frozenset[str]] = {}
    for lang in LANGUAGES:
        words = _words(lang) | {label_key(w) for w in THOUGHT_LABELS.get(lang, ())}
        words |= {label_key(phase) for model in PHASE_MODELS[lang].values() for phase in model}
        columns = (*TOUCHPOINT_COLUMNS[lang], *PERSONA_COLUMNS[lang], *METRIC_COLUMNS[lang])
        words |= {label_key(column) for column in columns}
        for key in words:
            index[key] = index.get(key, frozenset()) | {lang}
    for label in _BORROWED:
        index[label_key(label)] = index.get(label_key(label), frozenset()) | {"en"}
    return index


@functools.lru_cache(maxsize=1)  # one set, built once
def _terms_of_art() -> frozenset[str]:
    return frozenset(label_key(term) for term in _TERMS_OF_ART)


def _languages_of(label: str) -> frozenset[str]:
    """canvasgen's languages whose words hold the label (or its first line without a hint in brackets)."""
    if label_key(first_word_block(label)) in _terms_of_art():
        return frozenset()
    index = _label_index()
    found = label_languages(label) | index.get(label_key(label), frozenset())
    found |= index.get(label_key(first_word_block(label)), frozenset())
    return found & frozenset(LANGUAGES)


def in_another_language(label: str, language: str) -> bool:
    """Whether ``label`` is a word of canvasgen's languages, none of them ``language``: the Dutch corner
    cell "Fase" on an English deck. A word canvasgen does not know ("Stage", "Этап") is no other language's."""
    found = _languages_of(label)
    return bool(found) and language not in found


def words_of_another_language(label: str, language: str) -> bool:
    """Whether ``label`` holds common words of another language (canvasgen's five, or Portuguese, Italian…)
    and none of ``language``'s: "Azioni del paziente" on an English deck; a label of no common word
    ("Customer actions", "Touchpoints") is no other language's."""
    seen = collections.Counter(word.casefold() for word in _WORD.findall(label))
    if any(word in COMMON_WORDS.get(language, frozenset()) for word in seen):
        return False
    others = [words for lang, words in (*COMMON_WORDS.items(), *OTHER_COMMON_WORDS.items()) if lang != language]
    return any(word in words for word in seen for words in others)


def _labels(canvas: Canvas) -> list[str]:
    """The canvas's labels: its lanes', its metadata's and its phase headers. A Mermaid journey's lanes are
    named by canvasgen (in its text's language): no labels of the canvas's."""
    labels = [lane.label for j in canvas.journeys if j.shape != "mermaid" for lane in j.lanes]
    labels += [item.text for j in canvas.journeys for k, item in j.meta.items() if k.endswith("_label")]
    return labels + [item.text for j in canvas.journeys for item in j.phase_labels]


def _names(canvas: Canvas) -> list[str]:
    """The canvas's phase names and the column headers of its Touchpoints, Personas and Metrics sheets:
    weaker than its labels ("Oriëntatie" heads English canvases too), asked only where no label tells."""
    names = [phase.name for j in canvas.journeys for phase in j.phases]
    return names + [header.text for header in canvas.column_headers()]


def label_votes(canvas: Canvas) -> dict[str, list[str]]:
    """The canvas's labels that name exactly one of canvasgen's languages, by that language (each label
    once): "Aktionen" is German; "Phase" (English, French and German) and "Score" name none. Where no
    label names one, its phase names and column headers that do."""
    votes = _votes(_labels(canvas))
    return votes or _votes(_names(canvas))


def _votes(labels: list[str]) -> dict[str, list[str]]:
    votes: dict[str, list[str]] = {}
    for label in dict.fromkeys(labels):
        languages = _languages_of(label)
        if len(languages) == 1:
            votes.setdefault(next(iter(languages)), []).append(label)
    return votes


@dataclass(frozen=True)
class LanguageChoice:
    """The language of canvasgen's own words for a canvas, and what of the canvas's words decided it."""

    language: str | None
    #: Which words decided, for ``check --explain``.
    how: str
    #: Said with the warnings when the canvas's words point at two languages, or at none of canvasgen's.
    doubt: str | None = None


@dataclass(frozen=True)
class CanvasWords:
    """A canvas's words, split and counted in one pass for every question asked of its language: which one
    canvasgen writes in (``choose_language``), which one its text is clearly in (``text_language``), whether
    it is written in a language canvasgen has no words for, and the script its letters are in (``script``)."""

    #: The words of its text (lanes, personas, touchpoints, notes), folded for looking up.
    text: collections.Counter[str]
    #: The words of its Touchpoints, Personas and Metrics sheets' column headers.
    headers: collections.Counter[str]
    #: The words of its lanes' labels.
    labels: collections.Counter[str]
    #: The script most of its letters are written in when it is none of canvasgen's languages' (Latin):
    #: "Arabic", "Hebrew", "Cyrillic", "CJK"…; None for a canvas mostly in Latin letters, or without.
    script: str | None

    @classmethod
    def of(cls, canvas: Canvas) -> CanvasWords:
        text: collections.Counter[str] = collections.Counter()
        characters: collections.Counter[str] = collections.Counter()
        for item in canvas.texts():
            text.update(map(str.casefold, _WORD.findall(item.text)))
            characters.update(item.text)  # each distinct character named once, below: a few hundred of them
        # structure's words, as the text's: record sheets' column headers, metadata labels with no value
        structure = [*canvas.column_headers(), *canvas.empty_meta_labels()]
        headers = collections.Counter(word.casefold() for item in structure for word in _WORD.findall(item.text))
        labels = collections.Counter(
            word.casefold() for j in canvas.journeys for lane in j.lanes for word in _WORD.findall(lane.label)
        )
        return cls(text, headers, labels, _script_of(characters))

    @functools.cached_property
    def common(self) -> dict[str, int]:
        """How many of its text's words are common words of each of canvasgen's languages."""
        return _common_counts(self.text)

    @property
    def text_language(self) -> str | None:
        """The language ("nl", "en", "de", "fr", "es") its text is clearly written in, else None: a long word
        is hyphenated by its language's rules only when that language is known (English patterns would break
        Spanish or German words at the wrong places)."""
        return _clear_language(self.common)


def choose_language(canvas: Canvas, words: CanvasWords | None = None) -> LanguageChoice:
    """The language of canvasgen's own words for a canvas ("nl", "en", "de", "fr", "es"; None for a canvas
    without words), with what decided it: labels in one language decide (said where the text is clearly in
    another); labels in two are settled by the text's language when it is one of theirs, else by the most
    labels (said either way); without labels of a language the text decides, and a text without common
    words of any gets English (said). ``words``: the canvas's words as the reader counted them, once."""
    words = words if words is not None else CanvasWords.of(canvas)
    other = _other_language(words)
    if other is not None:  # clearly a language without words of ours: not its neighbour's
        said = fallback_said(other)
        return LanguageChoice(FALLBACK_LANGUAGE, said, said)
    votes = label_votes(canvas)
    said_words = words.text + words.headers
    if not said_words and not votes:
        return LanguageChoice(None, "canvasgen's own words are in the brand kit's language: the canvas has no words")
    common = _common_counts(said_words)
    text = _clear_language(common)
    if votes:
        return _by_labels(votes, text, common)
    if text is not None:
        return LanguageChoice(
            text, _decided(text, f"no label names a language; its text has {_common_said(common, text)}")
        )
    return _by_few_words(words.script, common)


def _by_labels(votes: dict[str, list[str]], text: str | None, common: dict[str, int]) -> LanguageChoice:
    """The language of the canvas's labels; of its text where the labels name two and the text is one of theirs."""
    ranked = sorted(votes, key=lambda lang: (-len(votes[lang]), LANGUAGES.index(lang)))
    chosen = text if len(votes) > 1 and text in votes else ranked[0]
    labels = " and ".join(f"{LANGUAGE_NAMES[lang]} ({_quoted(votes[lang])})" for lang in ranked)
    text_said = f"; its text is {LANGUAGE_NAMES[text]} ({_common_said(common, text)})" if text is not None else ""
    reason = f"its labels are {labels}{text_said}"
    if len(votes) == 1 and text in (None, chosen):
        return LanguageChoice(
            chosen, _decided(chosen, f"its labels are {LANGUAGE_NAMES[chosen]} ({_quoted(votes[chosen])})")
        )
    alternatives = [lang for lang in (*ranked, text) if lang is not None and lang != chosen]
    return LanguageChoice(chosen, _decided(chosen, reason), _doubt(reason, chosen, alternatives, mixed=True))


def _by_few_words(script: str | None, common: dict[str, int]) -> LanguageChoice:
    """A canvas without labels of a language whose text is not clearly in one: Dutch or English by the more
    of their common words, else English; said, with ``--lang``."""
    nl, en = (common[lang] for lang in _WRITTEN)
    if nl == en and nl > 0:  # as much of both: undecided (the brand kit's language)
        reason = f"its text has as many common Dutch words as English ones ({nl}), and no label names a language"
        return LanguageChoice(None, _decided(None, reason), _doubt(reason, None, list(_WRITTEN)))
    chosen = "nl" if nl > en else "en"
    # a few common words of one other language canvasgen writes, more than of any ("Conocernos en redes
    # sociales", 2 Spanish): that language, said with --lang, not English beside Spanish phases
    ranked = sorted(common.values(), reverse=True)
    top = max(common, key=lambda lang: common[lang])
    if common[top] > 0 and ranked[1] < common[top] and top not in _WRITTEN:
        chosen = top
    found = [f"{n} {LANGUAGE_NAMES[lang]}" for lang, n in common.items() if n]
    if found:
        reason = f"no label names a language, and its text has few common words: {', '.join(found)}"
    else:
        reason = "none of its labels names a language, and its text has no common word of any"
        if script is not None:  # said once, by ``frame_language_said``
            return LanguageChoice(chosen, _decided(chosen, reason))
    return LanguageChoice(chosen, _decided(chosen, reason), _doubt(reason, chosen, list(LANGUAGES)))


def _clear_language(common: dict[str, int]) -> str | None:
    """The language the text clearly is in (three of its common words or more, twice as many as of any
    other), else None. ``common``: the text's count of common words per language."""
    other = _clearly_other(common)
    if other is not None:
        return other
    nl, en = (common[lang] for lang in _WRITTEN)
    top, second, language = max((nl, en, "nl"), (en, nl, "en"))
    return language if top >= 3 and top >= 2 * second else None


def _quoted(labels: list[str]) -> str:
    shown = ", ".join(f"'{excerpt(label, 40)}'" for label in labels[:_QUOTED])
    return shown + (f" and {len(labels) - _QUOTED} more" if len(labels) > _QUOTED else "")


def _common_said(common: dict[str, int], language: str) -> str:
    n = common[language]
    return f"{n} common {LANGUAGE_NAMES[language]} word{'' if n == 1 else 's'}"


def _decided(language: str | None, reason: str) -> str:
    """The ``check --explain`` line of a choice."""
    name = LANGUAGE_NAMES[language] if language is not None else "the brand kit's language"
    return f"{_OWN_WORDS} {name}: {reason} — --lang chooses another"


_OWN_WORDS = "canvasgen's own words (headings, prompts) are in"
_MIXED, _UNSAID = "the canvas mixes languages", "the canvas does not say its language"


def without_doubt(warnings: list[CanvasWarning], chosen: str | None) -> list[CanvasWarning]:
    """The warnings of a run, the reader's doubt about the canvas's language left out once the user chose one
    (``--lang``): it says the output is in another language than the one written, and offers what was done."""
    if chosen is None:
        return warnings
    return [
        w
        for w in warnings
        if not (w.location is not None and w.location.sheet is None and w.message.startswith((_MIXED, _UNSAID)))
    ]


def said_as_chosen(canvas: Canvas, chosen: str) -> None:
    """``check --lang``: what ``check`` says of the language once the user chose the one a run writes in, as
    ``build --lang`` and ``kit --lang`` say it: no doubt left, and the choice said in ``--explain``."""
    canvas.warnings = without_doubt(canvas.warnings, chosen)
    decided = [line for line in canvas.reading if line.startswith(_OWN_WORDS)]
    canvas.reading = [line for line in canvas.reading if line not in decided]
    canvas.reading.append(f"{_OWN_WORDS} {LANGUAGE_NAMES[chosen]}, as you said (--lang {chosen})")


def _doubt(reason: str, chosen: str | None, alternatives: list[str], mixed: bool = False) -> str:
    """The warning of a choice the canvas's words do not make alone (``mixed``: they name two languages), with
    the ``--lang`` that corrects it."""
    name = LANGUAGE_NAMES[chosen] if chosen is not None else "the brand kit's language"
    others = [lang for lang in dict.fromkeys(alternatives) if lang != chosen]
    named = [f"{lang} ({LANGUAGE_NAMES[lang]})" for lang in others]
    if len(others) == 1:
        corrections = f"--lang {others[0]} writes them in {LANGUAGE_NAMES[others[0]]}"
    else:
        corrections = f"--lang {', '.join(named[:-1])} or {named[-1]} writes them in another language"
    opening = _MIXED if mixed else _UNSAID
    return (
        f"{opening} ({reason}): canvasgen's own words on the poster, deck and kit (headings, prompts) are in "
        f"{name}, the team's own words as written; {corrections}"
    )


#: canvasgen's own words for a canvas written in a language it has none for (Portuguese): English, said.
FALLBACK_LANGUAGE = "en"


def _other_language(words: CanvasWords) -> str | None:
    """The language canvasgen has no words of its own for ("pt") that the canvas's labels and text are clearly
    written in (three of its common words or more, twice as many as of any language canvasgen writes), else
    None: its labels may be its neighbour's too ("Oportunidades" is Spanish and Portuguese)."""
    return _clearly_among(words, OTHER_COMMON_WORDS)


def fallback_said(language: str) -> str:
    """What a run says of a canvas written in a language canvasgen has no words for (``_other_language``)."""
    name = OTHER_LANGUAGE_NAMES.get(language, language)
    others = ", ".join(lang for lang in LANGUAGES if lang != FALLBACK_LANGUAGE)
    return (
        f"the canvas is written in {name}, which canvasgen has no words of its own for: the poster's and deck's "
        f"own words (headings, workshop prompts) are in {LANGUAGE_NAMES[FALLBACK_LANGUAGE]}, the team's own "
        f"labels and questions as written; --lang {others} writes them in another language"
    )


def _common_counts(seen: collections.Counter[str]) -> dict[str, int]:
    """How many of the words ``seen`` are common words of each language (each distinct word looked up once)."""
    return {lang: sum(n for word, n in seen.items() if word in COMMON_WORDS[lang]) for lang in LANGUAGES}


def _clearly_other(common: dict[str, int]) -> str | None:
    """German, French or Spanish when the text clearly is (three of its common words or more, twice as many
    as of any other language), else None. ``common``: the text's count of common words per language."""
    counts = sorted(((n, lang) for lang, n in common.items()), reverse=True)
    (top, language), (second, _) = counts[0], counts[1]
    return language if language not in _WRITTEN and top >= 3 and top >= 2 * second else None


def hyphenation_language(canvas: Canvas) -> str | None:
    """The language whose rules break a long word of the canvas's text: the one it is clearly written in
    (``Canvas.written_in``), else one canvasgen has no words of its own for that it clearly is (Portuguese),
    else one whose long words canvasgen breaks by its rules only (Russian), else the one its labels name
    (``_labels_language``), else None. Its words broken by its own rules rather than not at all: one unbroken
    12-letter word ("Empreendedor") held every page's type at the floor, two thirds of the pages empty (F24)."""
    if canvas.written_in is not None:
        return canvas.written_in
    words = CanvasWords.of(canvas)
    return _other_language(words) or _clearly_among(words, HYPHENATED_COMMON_WORDS) or _labels_language(canvas)


def _labels_language(canvas: Canvas) -> str | None:
    """The one language the canvas's labels name, else None: a canvas of Dutch labels and a few words in its
    cells is no clear language by its text, and with no rules its long words were cut anywhere
    ("Dienstverleningsoveree-|nkomst"). The team labelled it in the language it writes in. Typesetting only:
    nothing is said of it."""
    votes = _votes(_labels(canvas))
    return next(iter(votes)) if len(votes) == 1 else None


def compound_parts(canvas: Canvas, language: str | None) -> frozenset[str]:
    """The words a long compound of the canvas may be made of, folded: its own words and canvasgen's in the
    language its long words break by (``hyphenation_language``), each with its stem less a plural or
    inflected ending ("beslissingen": "beslissing" too). A compound breaks at their joint
    ("Klant-|tevredenheid": "klant" is one) rather than inside one of them."""
    words = CanvasWords.of(canvas)
    found = {*words.text, *words.labels, *words.headers, *(own_words(language) if language else ())}
    stems = {word[: -len(end)] for word in found for end in _ENDINGS if word.endswith(end) and len(word) > len(end) + 3}
    return frozenset(found | stems)


#: The endings a word's stem is found without (``compound_parts``): plurals and inflections of Dutch and German.
_ENDINGS = ("en", "e", "s", "n", "er", "es")


def _clearly_among(words: CanvasWords, languages: dict[str, frozenset[str]]) -> str | None:
    """The one of ``languages`` (code -> common words) the canvas's labels and text are clearly written in
    (three of its common words or more, twice as many as of any language canvasgen writes), else None."""
    seen = words.labels + words.text
    ours = max(_common_counts(seen).values(), default=0)
    for language, common in languages.items():
        count = sum(n for word, n in seen.items() if word in common)
        if count >= 3 and count >= 2 * ours:
            return language
    return None


def canvas_language(canvas: Canvas) -> str:
    """The language a canvas is read in where nothing asks another: its own (``Canvas.language``, decided
    by the reader), Dutch for a canvas without words (``words.DEFAULT_LANGUAGE``). Its dates are shown in
    it, its unnamed journeys named in it, and a run writes in it unless ``--lang`` or the kit says."""
    return canvas.language or DEFAULT_LANGUAGE


def figure_language(canvas: Canvas) -> str:
    """The language a canvas's figures are written in ("1.250" is 1250 in Dutch, German, French and Spanish):
    the language its text is clearly written in where that is one told by more than its common words
    (German, French, Spanish: ``Canvas.written_in``, decided by the reader), else the canvas's
    (``canvas_language``)."""
    written = canvas.written_in
    return written if written is not None and written not in _WRITTEN else canvas_language(canvas)


def _script_of(characters: collections.Counter[str]) -> str | None:
    """The script most of these letters are written in when it is none of canvasgen's languages' (Latin)."""
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
