"""A lane's role from its label as a person wrote it: a known label, a synonym, a question, a small typo.

Tried in that order, on the label, its first line, the line without a hint in brackets ("Ervaringsscore
(-2 t/m +2)") and its first question ("Hoe ervaart de klant het? Hoe tevreden is hij?"):

- a *known* label is the one canvasgen's own template writes, in Dutch or English;
- a *synonym* is any other label ``vocabulary.lanes`` knows, in any language, or one of them with a
  hint after it ("Pain points (top 3)");
- a *question* is matched without case, punctuation and small words (de, het, een, the, a, zich, we,
  wij, ons, our), or as the start of a longer one ("Wat doet de klant in deze fase?"), and of any subject
  (``QUESTION_SUBJECTS``): "Wat doet het lid?" and "What does the patient do?" ask what the customer
  does, "What does the practice do?" what the organisation does;
- a *typo* is at most one edit (insert, delete, replace, swap two neighbours: the optimal string
  alignment distance) from a known word of 5 to 8 characters, at most two from one of 9 or more, word
  order ignored; and only when the close words all name one role. Two roles close give no role, and
  both are offered as suggestions, as is a word a little further off. A typo never crosses into another
  role than the label's own words name: "Leerpunten" (were it unknown) starts as the learning lane's
  'Leerdoelen', so it is no typo of 'Meetpunten' (kpis), two letters off; both are offered instead.
  ``lane_roles`` says every role a typo decided, with the correction.

A label of no role is offered the roles its words mean: a word (or the first five letters of one) that the
known labels and questions of one or two roles use ("Wat denkt de klant?": 'denkt' is said of emotions;
"Wat kunnen we beter doen?": 'beter' of learning); else the known labels a few edits off.

This reads a label the structure already found in the label column; which line holds the labels is
decided on exact words and prefixes only (``vocabulary.lane_kind``), so a typo never moves a table.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from rapidfuzz import process
from rapidfuzz.distance import OSA

from canvasgen.model import CUSTOM_LANE, LaneKind, OwnLane, RoleBy, Suggestion
from canvasgen.text import label_key, longest_known_start
from canvasgen.vocabulary.inflection import is_form_of, is_lane_verb, noun_stem_key, stem_key
from canvasgen.vocabulary.lanes import (
    ACTIONS_OF_NO_ONE,
    DEPARTMENT,
    DEPARTMENT_LABELS,
    FEELING_QUESTIONS,
    FEELING_VERBS,
    LANE_LABELS,
    LANE_QUESTION_FORMS,
    LANE_VERBS,
    LANGUAGE_FAMILIES,
    NEGATION_WORDS,
    PHASE_AND_LANE_LABELS,
    PLURAL_QUESTION_VERBS,
    QUESTION_SUBJECTS,
    QUESTION_WORDS,
    RELATION_WORDS,
    SMALL_WORDS,
    THING_WORDS,
    THOUGHT_LABELS,
    THOUGHT_QUESTIONS,
)
from canvasgen.vocabulary.structure import NOTE_HEADER_KEYS, emotion_level, is_level_word

#: The languages whose template canvasgen writes: their first label of a role is a known label.
TEMPLATE_LANGUAGES = ("nl", "en")
#: Labels longer than this (a sentence of content, not a label) are not matched by typo.
_LONGEST = 60


@dataclass(frozen=True)
class RoleMatch:
    """What a label says a lane is: its kind, how that was decided, what it was taken for, and
    close known labels when it got no role."""

    kind: LaneKind
    by: RoleBy
    match: str | None = None
    suggestions: tuple[Suggestion, ...] = ()


NO_ROLE = RoleMatch(CUSTOM_LANE, RoleBy.NONE)


@dataclass(frozen=True)
class _Word:
    key: str
    kind: LaneKind
    shown: str  # as canvasgen writes it in a suggestion
    languages: frozenset[str] = frozenset()


def question_key(text: str) -> str:
    """A question without case, punctuation and small words: "Hoe voelt de klant zich?" -> "hoe voelt klant"."""
    return " ".join(w for w in label_key(text).split() if w not in SMALL_WORDS)


def _shown(word: str) -> str:
    return word[:1].upper() + word[1:] if word[:1].islower() else word


def _words(table: dict[str, dict[str, tuple[str, ...]]], key: object) -> dict[str, _Word]:
    found: dict[str, _Word] = {}
    for language, kinds in table.items():
        for kind, words in kinds.items():
            for word in words:
                k = key(word)  # type: ignore[operator]
                if k:
                    first = found.setdefault(k, _Word(k, LaneKind(kind), _shown(word)))
                    found[k] = replace(first, languages=first.languages | {language})
    return found


def label_languages(label: str) -> frozenset[str]:
    """The languages whose vocabulary holds the label (or its question) exactly: none for a typo or no role."""
    found: frozenset[str] = frozenset()
    for form in _forms(label):
        word = _labels().get(label_key(form)) or _questions().get(question_key(form))
        found |= word.languages if word is not None else frozenset()
        if _by_verb(form) is not None:  # "Voelt", "Feels": the languages that write the verb so
            found |= _verb_languages(form)
    return found


def _verb_languages(form: str) -> frozenset[str]:
    """The languages whose lane verbs ("voelt", "feels") a label's words hold."""
    words = label_key(form).split()
    return frozenset(
        lang
        for lang, kinds in LANE_VERBS.items()
        if any(label_key(verb) in words for forms in kinds.values() for verb in forms)
    )


def words_languages(label: str) -> frozenset[str]:
    """The languages a label's words are written in, as far as canvasgen's labels and questions use them: those
    every known word of it shares ("Does": English); none when no word of it is known."""
    shared: frozenset[str] | None = None
    for token in label_key(label).split():
        languages = _word_languages().get(token, frozenset()) | frozenset(
            lang for lang, kinds in LANE_VERBS.items() for forms in kinds.values() if token in map(label_key, forms)
        )
        if languages:
            shared = languages if shared is None else shared & languages
    return shared or frozenset()


def family_of(languages: frozenset[str]) -> frozenset[str]:
    """Every language of the families these belong to."""
    return frozenset(lang for family in LANGUAGE_FAMILIES if set(family) & languages for lang in family)


# The tables below are built from the vocabulary on first use (each once: ``lru_cache(maxsize=1)``), not at
# import: every process that imports the reader (a server, a command, a test worker) starts without them.


@functools.lru_cache(maxsize=1)
def _template() -> frozenset[str]:
    return frozenset(label_key(LANE_LABELS[lang][kind][0]) for lang in TEMPLATE_LANGUAGES for kind in LANE_LABELS[lang])


@functools.lru_cache(maxsize=1)
def _lane_words() -> dict[str, _Word]:
    return _words(LANE_LABELS, label_key)


@functools.lru_cache(maxsize=1)
def _labels() -> dict[str, _Word]:
    lanes = _lane_words()
    return lanes | {k: w for k, w in _words(PHASE_AND_LANE_LABELS, label_key).items() if k not in lanes}


@functools.lru_cache(maxsize=1)
def _questions() -> dict[str, _Word]:
    return _words(LANE_QUESTION_FORMS, question_key)


def _of_one_role(words: Iterable[tuple[str, _Word]]) -> dict[str, tuple[_Word, ...]]:
    """Each stem with the words cut to it, kept only where they all name one role."""
    found: dict[str, tuple[_Word, ...]] = {}
    for stem, word in words:
        found[stem] = (*found.get(stem, ()), word)
    return {stem: cut for stem, cut in found.items() if len({word.kind for word in cut}) == 1}


@functools.lru_cache(maxsize=1)
def _stemmed_lane_words() -> dict[str, tuple[_Word, ...]]:
    """The known lane labels by their stems ("pijnpunt" for 'Pijnpunten' and 'Pijnpunt'): a label in another
    inflection than canvasgen's ("Opportunity", "Klantervaringen") is the same label."""
    return _of_one_role((stem_key(key), word) for key, word in _lane_words().items())


@functools.lru_cache(maxsize=1)
def _stemmed_questions() -> dict[str, tuple[_Word, ...]]:
    """The known questions by their nouns' stems: "Wat zijn de pijnpunt?" asks 'Wat zijn de pijnpunten?'."""
    return _of_one_role((noun_stem_key(key), word) for key, word in _questions().items())


def _inflected(key: str, stem: str, table: dict[str, tuple[_Word, ...]]) -> _Word | None:
    """The known word a label's key is a form of (``is_form_of``), found among those of its stem; None if none."""
    return next((word for word in table.get(stem, ()) if is_form_of(key, word.key)), None)


@functools.lru_cache(maxsize=1)
def _question_starts() -> frozenset[str]:
    """The questions a longer question may start with: three words at least ("hoe voelt klant")."""
    return frozenset(k for k in _questions() if len(k.split()) >= 3)


@functools.lru_cache(maxsize=1)
def _departments() -> frozenset[str]:
    return frozenset(label_key(label) for label in DEPARTMENT_LABELS)


_PERSON = frozenset(QUESTION_SUBJECTS["person"])
_ORGANISATION = frozenset(QUESTION_SUBJECTS["organisation"])
#: The longest subject read in a question's subject place ("het nieuwe lid").
_SUBJECT_WORDS = 3


@functools.lru_cache(maxsize=1)
def _subject_forms() -> dict[tuple[tuple[str, ...], tuple[str, ...], bool], _Word]:
    """Each question form written of one subject, as the words before and after it and whether the subject is
    the organisation: "wat doet klant" -> (("wat", "doet"), (), False)."""
    found: dict[tuple[tuple[str, ...], tuple[str, ...], bool], _Word] = {}
    for key, word in _questions().items():
        words = key.split()
        places = [i for i, w in enumerate(words) if w in _PERSON or w in _ORGANISATION]
        if len(places) == 1 and places[0] >= 1:  # a question's subject comes after its question word
            i = places[0]
            found.setdefault((tuple(words[:i]), tuple(words[i + 1 :]), words[i] in _ORGANISATION), word)
    return found


_Place = tuple[tuple[str, ...], tuple[str, ...], bool]


@functools.lru_cache(maxsize=1)
def _stemmed_subject_forms() -> dict[_Place, tuple[tuple[_Place, _Word], ...]]:
    """``_subject_forms`` by the stems of the words around the subject: "what buyers do" asks "What the customer
    does" in the plural. Kept where the forms cut alike name one role."""
    found: dict[_Place, tuple[tuple[_Place, _Word], ...]] = {}
    for place, word in _subject_forms().items():
        before, after, organisation = place
        key = (_stemmed(before), _stemmed(after), organisation)
        found[key] = (*found.get(key, ()), (place, word))
    return {key: cut for key, cut in found.items() if len({word.kind for _, word in cut}) == 1}


def _stemmed(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(stem_key(" ".join(words)).split())


def _form_around(before: tuple[str, ...], after: tuple[str, ...], organisation: bool, inflected: bool) -> _Word | None:
    """The question form with these words around its subject; ``inflected``: in another inflection of them."""
    if not inflected:
        return _subject_forms().get((before, after, organisation))
    for (known_before, known_after, _), word in _stemmed_subject_forms().get(
        (_stemmed(before), _stemmed(after), organisation), ()
    ):
        if is_form_of(" ".join((*before, "_", *after)), " ".join((*known_before, "_", *known_after))):
            return word
    return None


@dataclass(frozen=True)
class _Asked:
    """A question read as one of the known forms asked of another subject: the form, and whether canvasgen
    knows the subject (a person, the organisation)."""

    word: _Word
    subject: str
    known: bool
    other: _Word | None = None  # the same question asked of the organisation (or of the person)


def _by_subject(asked: str) -> _Asked | None:
    """The question form this question is, read of another subject: "wat doet lid" is "Wat doet de klant?".
    A subject that is itself a lane's label ("Wat doet pijn?") is no subject. A subject canvasgen knows
    (``QUESTION_SUBJECTS``) is read before one it does not ("Wat doet de concurrent?": not known). Asked of many
    ("Wat doen de bewoners?", "What do customers do?"), it is the question asked of one (``PLURAL_QUESTION_VERBS``);
    in another inflection of the form ("What do the buyers do?"), it is that form (``inflection``)."""
    words = asked.split()
    exact = _subject_in(words, inflected=False)
    if exact is not None and exact.known:
        return exact
    if len(words) >= 3 and words[1] in PLURAL_QUESTION_VERBS:
        # "wat doen klanten": asked of many people canvasgen knows, the question asked of one ("wat doet klant")
        many = _subject_in([words[0], PLURAL_QUESTION_VERBS[words[1]], *words[2:]], inflected=False)
        if many is not None and many.known:
            return many
    inflected = _subject_in(words, inflected=True)
    return inflected if inflected is not None and inflected.known else exact


def _subject_in(words: list[str], inflected: bool) -> _Asked | None:
    """``_by_subject`` of a question's words as written; ``inflected``: its form in another inflection."""
    unknown: _Asked | None = None
    unknown_whole = False  # an unknown subject read with the whole question after it, not only its start
    # No form has more words before its subject than _before_most(), or after it than _after_most(): a subject
    # further in, or more of the question after it, matches none (a long label is not read word by word).
    for start in range(min(len(words), _before_most() + 1)):
        for end in range(start + 1, min(start + _SUBJECT_WORDS, len(words)) + 1):
            subject = words[start:end]
            if (
                " ".join(subject) in _labels()
                or not all(w.isalpha() for w in subject)
                or any(w in RELATION_WORDS for w in subject)  # "Eneco voor klant": Eneco, for the customer
            ):
                continue
            organisation = any(w in _ORGANISATION for w in subject)
            known = organisation or any(w in _PERSON for w in subject)
            before, rest = tuple(words[:start]), words[end:]
            for after_len in range(min(len(rest), _after_most()), -1, -1):  # the whole question, else its start
                after = tuple(rest[:after_len])
                if after_len < len(rest) and len(before) + len(after) + 1 < 3:
                    break
                word = _form_around(before, after, organisation, inflected)
                if word is not None and known:
                    return _Asked(word, " ".join(subject), True)
                whole = after_len == len(rest)
                # "wat doet office manager": "office manager" asked of with the whole question, not "office" and
                # its start ("wat doet office"): a subject read to the question's end wins over a shorter one
                if word is not None and (unknown is None or (whole and not unknown_whole)):
                    other = _form_around(before, after, not organisation, inflected)
                    unknown, unknown_whole = _Asked(word, " ".join(subject), False, other), whole
    return unknown


def _asked_of_unknown(asked: _Asked) -> RoleMatch:
    """No role for a known question asked of a subject canvasgen does not know; offered the roles the same
    question has asked of the person on the journey and of the organisation."""
    offered = [w for w in (asked.word, asked.other) if w is not None]
    kinds = dict.fromkeys(w.kind for w in offered)
    shown = [next(w for w in offered if w.kind == kind) for kind in kinds]
    return RoleMatch(CUSTOM_LANE, RoleBy.NONE, None, tuple(Suggestion(w.shown, w.kind, w.languages) for w in shown))


def unknown_subject(label: str) -> str | None:
    """The subject a lane's question asks of when canvasgen knows it neither as the person on the journey
    nor as the organisation ("concurrent" in "Wat doet de concurrent?"), and the question gave no role so;
    None otherwise."""
    if lane_role(label).kind != CUSTOM_LANE:
        return None
    for form in _forms(label):
        asked = _by_subject(question_key(form)) if _asks(form) else None
        if asked is not None and not asked.known:
            return asked.subject
    return None


@dataclass(frozen=True)
class AskedOf:
    """A lane's question asked of a subject canvasgen knows by no word of its own: a name ("Wat doet Eneco?",
    "Was denkt Aylin?") or a noun it does not know ("Was macht die Stadtwerke?"). ``subject`` as its key,
    ``written`` as the label has it; the role the question has asked of the person on the journey and of the
    organisation; ``named``: written as a name (capitalised, no article), so read as the person's until the
    canvas says otherwise."""

    subject: str
    written: str
    person: RoleMatch | None
    organisation: RoleMatch | None
    named: bool


def asked_of(label: str) -> AskedOf | None:
    """The subject a lane's question asks of when no word canvasgen knows names it (see ``AskedOf``); None for
    a label that is no such question."""
    for form in _forms(label):
        asked = _by_subject(question_key(form)) if _asks(form) else None
        if asked is None or asked.known:
            continue
        roles = [
            RoleMatch(w.kind, RoleBy.QUESTION, w.shown) if w is not None else None for w in (asked.word, asked.other)
        ]
        words = list(re.finditer(r"\w+", form))
        keys = [label_key(w.group()) for w in words]
        wanted = asked.subject.split()
        at = next((i for i in range(len(keys)) if keys[i : i + len(wanted)] == wanted), None)
        # as the label writes it, its hyphen or space between the words kept ("IT-contact", "office manager")
        written = form[words[at].start() : words[at + len(wanted) - 1].end()] if at is not None else asked.subject
        return AskedOf(asked.subject, written, roles[0], roles[1], _named(form, asked.subject))
    return None


def _named(form: str, subject: str) -> bool:
    """Whether a question asks of someone by their name ("Was tut Aylin?", "What does Noor Bakker do?"): the
    subject written capitalised with no article or other small word before it (a German noun is capitalised
    too, but after its article: "Was tut der Konkurrent?" names no one). A name is a person on the journey,
    as a persona's is: the question asks what the customer does, thinks or feels."""
    written = re.findall(r"\w+", form)
    keys = [label_key(w) for w in written]
    wanted = subject.split()
    for i in range(1, len(keys) - len(wanted) + 1):
        if keys[i : i + len(wanted)] == wanted:
            names = written[i : i + len(wanted)]
            return all(w[:1].isupper() for w in names) and keys[i - 1] not in SMALL_WORDS
    return False


def _asks(form: str) -> bool:
    return "?" in form or len(question_key(form).split()) >= 3


_FEELING = {
    language: {part: frozenset(label_key(w) for w in words) for part, words in table.items()}
    for language, table in FEELING_QUESTIONS.items()
}


def _feeling(asked: str) -> _Word | None:
    """The experience lane's question when this one asks how something feels, of a person or a thing
    ("hoe voelt", "hoe ervaren ze", "how does it feel"); None otherwise."""
    words = asked.split()
    for language, parts in _FEELING.items():
        if len(words) < 2 or words[0] not in parts["ask"]:
            continue
        verbs = [w for w in words[1:] if w in parts["verbs"]]
        rest = [w for w in words[1:] if w not in parts["verbs"]]
        if len(verbs) == 1 and all(w in parts["fill"] or w in THING_WORDS or w in _PERSON for w in rest):
            shown = LANE_QUESTION_FORMS[language]["experience"][0]
            return _questions()[question_key(shown)]
    return None


@functools.lru_cache(maxsize=1)
def _before_most() -> int:
    return max((len(before) for before, _, _ in _subject_forms()), default=0)


@functools.lru_cache(maxsize=1)
def _after_most() -> int:
    # At least 1, so that the ends skipped (2 words or more) are never ones at which _by_subject stops.
    return max(1, *(len(after) for _, after, _ in _subject_forms()))


@functools.lru_cache(maxsize=1)
def _choices() -> tuple[list[_Word], list[_Word]]:
    """Typo matching compares labels with labels and questions with questions, each also with its words sorted."""
    return list(_labels().values()), list(_questions().values())


_THOUGHT_LABELS = frozenset(label_key(w) for words in THOUGHT_LABELS.values() for w in words)
_THOUGHTS = {
    language: {part: frozenset(label_key(w) for w in words) for part, words in table.items()}
    for language, table in THOUGHT_QUESTIONS.items()
}
_FEELING_VERBS = frozenset(label_key(w) for w in FEELING_VERBS)
#: What a thoughts lane's role match says: the customer's thoughts, a lane of its own.
THOUGHTS = OwnLane.THOUGHTS.value


def _thoughts(form: str) -> bool:
    """Whether a label names the customer's thoughts ("Gedanken", "Thoughts") or asks what someone thinks
    ("Wat denkt Noor?", "What does the customer think?", "¿Qué piensa el cliente?"): a question word, one
    verb of thinking, a subject of up to three words and small words."""
    if label_key(form) in _THOUGHT_LABELS:
        return True
    words = label_key(form).split()
    if _FEELING_VERBS & set(words):  # "Wat denkt/voelt ze?": thinking and feeling, the feelings' lane
        return False
    for parts in _THOUGHTS.values():
        if len(words) < 2 or words[0] not in parts["ask"]:
            continue
        verbs = [w for w in words[1:] if w in parts["verbs"]]
        subject = [w for w in words[1:] if w not in parts["verbs"] and w not in parts["fill"] and w not in SMALL_WORDS]
        if len(verbs) == 1 and len(subject) <= _SUBJECT_WORDS:
            return True
    return False


@functools.lru_cache(maxsize=1)
def _verbs() -> dict[str, tuple[str, str]]:
    """Every form of the doing/thinking/feeling verbs (``LANE_VERBS``) with the lane it names and the verb as
    canvasgen names it (its first form, in the label's language): "voelt" -> ("emotions", "voelen")."""
    found: dict[str, tuple[str, str]] = {}
    for kinds in LANE_VERBS.values():
        for kind, forms in kinds.items():
            for form in forms:
                found.setdefault(label_key(form), (kind, forms[0]))
    return found


def _by_thoughts_or_verb(forms: list[str]) -> RoleMatch | None:
    """The thoughts, a lane of its own under its label (a thought is no feeling: "Gedanken", "Wat denkt Noor?"),
    or the lane a doing/thinking/feeling canvas's verb names ("Voelt", "Does", "Klant voelt"); None otherwise."""
    if any(_thoughts(form) for form in forms):
        return RoleMatch(CUSTOM_LANE, RoleBy.OWN_LANE, THOUGHTS)
    return next((found for form in forms if (found := _by_verb(form)) is not None), None)


def _by_verb(form: str) -> RoleMatch | None:
    """The lane a label of few words names by one of the doing/thinking/feeling verbs in any of its forms, alone
    or with the person on the journey before or after it ("Voelen", "Voelt", "Feels", "Klant voelt", "Der Kunde
    fühlt", "Tut"): what the customer does, thinks (a lane of its own) or feels; what the organisation does
    when it is the organisation that acts ("Organisatie doet"). Said in ``check`` as a form of the verb, with the
    correction. None for any other label, a question ("Wat doet hij?") among them, or a verb of another subject."""
    if "?" in form:
        return None
    words = label_key(form).split()
    verbs = [w for w in words if w in _verbs()]
    rest = [w for w in words if w not in _verbs() and w not in SMALL_WORDS]
    if len(verbs) != 1 or len(rest) > _SUBJECT_WORDS:
        return None
    kind, verb = _verbs()[verbs[0]]
    organisation = bool(rest) and all(w in _ORGANISATION for w in rest)
    if rest and not organisation and not all(w in _PERSON for w in rest):
        return None  # "Doet pijn", "Feels like home": words of their own beside the verb
    if organisation and kind != LaneKind.CUSTOMER:
        return None  # what the organisation thinks or feels is no lane of canvasgen's
    if organisation:
        return RoleMatch(LaneKind.INTERNAL, RoleBy.SYNONYM, f"what the organisation does (a form of '{verb}')")
    if kind == THOUGHTS:
        return RoleMatch(CUSTOM_LANE, RoleBy.OWN_LANE, THOUGHTS)
    whose = "does" if kind == LaneKind.CUSTOMER else "feels"
    return RoleMatch(LaneKind(kind), RoleBy.SYNONYM, f"what the customer {whose} (a form of '{verb}')")


_ACTIONS = frozenset(label_key(w) for w in ACTIONS_OF_NO_ONE)


def is_actions_of_no_one(label: str) -> bool:
    """Whether a lane's label says "actions" without saying whose ("Acties", "Aktionen", "Acciones")."""
    return any(label_key(form) in _ACTIONS for form in _forms(label))


def _sorted_words(key: str) -> str:
    return " ".join(sorted(key.split()))


@functools.lru_cache(maxsize=1)
def _sorted() -> tuple[list[str], ...]:
    return tuple([_sorted_words(w.key) for w in words] for words in _choices())


def _forms(label: str) -> list[str]:
    """The label, its first line, that line without a hint in brackets, and its first question."""
    whole = " ".join(label.split())
    first = next((line.strip() for line in label.splitlines() if line.strip()), whole)
    bare = first.split("(")[0].strip()
    question = first.split("?")[0] + "?" if "?" in first else first
    return [f for f in dict.fromkeys((whole, first, bare, question)) if label_key(f)]


@functools.lru_cache(maxsize=4096)  # a sheet asks for the same labels again; a watch or server reads many
def lane_role(label: str) -> RoleMatch:
    """The role a lane's label names, and how; NO_ROLE (with suggestions where a known label is close)."""
    forms = _forms(label)
    for form in forms:
        key = label_key(form)
        if key in _labels():
            return RoleMatch(_labels()[key].kind, RoleBy.KNOWN if key in _template() else RoleBy.SYNONYM)
        if key in _departments():  # "Sales", "Klantenservice": the company's own process, by the whole label only
            return RoleMatch(LaneKind.INTERNAL, RoleBy.SYNONYM, DEPARTMENT)
        if question_key(form) in _questions():
            word = _questions()[question_key(form)]
            return RoleMatch(word.kind, RoleBy.QUESTION, word.shown)
    if any(label_key(form) in NOTE_HEADER_KEYS for form in forms):
        return NO_ROLE  # "Notes", "Opmerkingen": a word of its own, no typo of a lane's label
    thinking_or_verb = _by_thoughts_or_verb(forms)
    if thinking_or_verb is not None:
        return thinking_or_verb
    if negation_in(label) is not None:  # "Wat doet de klant niet?": the opposite of the role's question
        return _negated(label)
    started = _by_inflection(forms) or _by_start(forms)
    if started is not None:
        return started
    unknown: _Asked | None = None
    for form in forms:
        asked_of = _by_subject(question_key(form)) if _asks(form) else None
        if asked_of is not None and (asked_of.known or _named(form, asked_of.subject)):
            return RoleMatch(asked_of.word.kind, RoleBy.QUESTION, asked_of.word.shown)
        unknown = unknown or asked_of
    found = _by_feeling(forms) or _by_phrase(forms)
    if found is not None:
        return found
    if unknown is not None:  # "Wat doet de concurrent?": asked of someone canvasgen does not know
        return _asked_of_unknown(unknown)
    return _by_typo(forms)


def _by_inflection(forms: list[str]) -> RoleMatch | None:
    """The role of a known label or question written in another inflection ("Klantervaringen", "Opportunity",
    "Wat zijn de pijnpunt?"): said as a form of the known one, with the correction; None for any other label."""
    for form in forms:
        key, asked = label_key(form), question_key(form)
        word = _inflected(key, stem_key(key), _stemmed_lane_words())
        if word is not None:
            return RoleMatch(word.kind, RoleBy.SYNONYM, f"a form of '{word.shown}'")
        word = _inflected(asked, noun_stem_key(asked), _stemmed_questions())
        if word is not None:
            return RoleMatch(word.kind, RoleBy.QUESTION, word.shown)
    return None


def _by_start(forms: list[str]) -> RoleMatch | None:
    """The role of a label that starts with a known label or question, or with departments' names or a known
    label said for whom ("Pain points (top 3)", "Wat doet de klant in deze fase?", "Kans voor ons")."""
    for form in forms:
        key = label_key(form)
        started = _qualified_by_department(key) or _by_known_start(key) or _for_whom(key)
        if started is not None:
            return started
        asked = question_key(form)
        prefix = longest_known_start(asked, _question_starts(), shortest=1)
        if prefix is not None:
            return RoleMatch(_questions()[prefix].kind, RoleBy.QUESTION, _questions()[prefix].shown)
    return None


def _by_known_start(key: str) -> RoleMatch | None:
    """The role of the longest known label a label starts with ("Pain points (top 3)"); None when none does."""
    prefix = longest_known_start(key, _labels())
    if prefix is None:
        return None
    word = _labels()[prefix]
    return RoleMatch(word.kind, RoleBy.KNOWN if prefix in _template() else RoleBy.SYNONYM, word.shown)


def _for_whom(key: str) -> RoleMatch | None:
    """The role of a known label said for whom it is ("Kans voor ons", "Pijnpunten voor de klant",
    "Opportunities for us"): the label, then a word that ties it to someone (``RELATION_WORDS``) and the person
    on the journey, the organisation or "us" only. A short label ("Kans", "Pijn") counts as a long one does;
    None for any other label."""
    words = key.split()
    tie = next((i for i, w in enumerate(words) if w in RELATION_WORDS), None)
    if not tie or tie == len(words) - 1 or " ".join(words[:tie]) not in _labels():
        return None
    if not all(w in _SUBJECTS or w in SMALL_WORDS for w in words[tie + 1 :]):
        return None
    word = _labels()[" ".join(words[:tie])]
    return RoleMatch(word.kind, RoleBy.PHRASE, word.shown)


def _qualified_by_department(key: str) -> RoleMatch | None:
    """The role of the rest of a label that starts with departments' names ("Verkoop & marketing kansen",
    "Sales opportunities", "Klantenservice KPI's"): a role word qualified by whose it is, the role word's (the
    opportunities'), not the departments' internal process; None when the label starts with no department's
    name, or the rest names no role of its own."""
    words, start, named = key.split(), 0, False
    while start < len(words):
        name = next(
            (n for n in range(len(words) - start, 0, -1) if " ".join(words[start : start + n]) in _departments()), 0
        )
        joining = 0 if name or not named else next((n for n in (1, 2) if all(map(_joins, words[start : start + n]))), 0)
        if not name and not joining:
            break
        start, named = start + (name or joining), named or bool(name)
    while start and _joins(words[start - 1]):
        start -= 1
    rest = " ".join(words[start:])
    if not named or not rest:
        return None
    role = lane_role(rest)
    if role.kind == CUSTOM_LANE or role.match == DEPARTMENT:
        return None
    shown = role.match or (_labels()[rest].shown if rest in _labels() else rest)
    return RoleMatch(role.kind, RoleBy.PHRASE, shown)


def _joins(word: str) -> bool:
    """A word joining two departments' names ("&", "en", "and")."""
    return word in SMALL_WORDS or not any(c.isalnum() for c in word)


def _by_feeling(forms: list[str]) -> RoleMatch | None:
    """ "Hoe voelt het?", "How does it feel?": the experience lane, of any pronoun; None for another label."""
    for form in forms:
        feeling = _feeling(question_key(form))
        if feeling is not None:
            return RoleMatch(feeling.kind, RoleBy.QUESTION, feeling.shown)
    return None


#: The shortest known label read inside a longer one: two words, or one word this long ("pijnpunt"), in any of
#: its inflections ("Waar zit het pijnpunt?", "Which opportunity?"); in a question, one word this long ("Welke
#: emoties?", "Any ideas?"). Shorter words ("kans", "pijn", "note") are as often words of a sentence.
_PHRASE_WORD = 8
_ASKED_WORD = 5


def _phrases_in(key: str, asked: bool = False) -> list[tuple[str, _Word]]:
    """The known lane labels written inside a label's key, in any inflection, longest first and not overlapping:
    "wat doen wij achter de schermen" holds 'achter de schermen'. A label of two words or more, or one long word,
    or in a question (``asked``) one word of five letters ("Welke emoties?"); never one of small words only. In a
    question a label holding a verb ('Doing', 'We do') is no label: the verb is asked of the question's subject
    ("What is the competitor doing?" of someone canvasgen does not know, "How are we doing?" of no lane's role)."""
    words = key.split()
    found: list[tuple[str, _Word]] = []
    taken: set[int] = set()
    for n in range(len(words) - 1, 0, -1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i : i + n])
            word = _lane_words().get(phrase) or _inflected(phrase, stem_key(phrase), _stemmed_lane_words())
            if word is None or taken & set(range(i, i + n)) or all(w in SMALL_WORDS for w in words[i : i + n]):
                continue
            if asked and _verb_alone(words[i : i + n]):
                continue
            if n >= 2 or len(phrase) >= _PHRASE_WORD or (asked and len(phrase) >= _ASKED_WORD):
                found.append((phrase, word))
                taken |= set(range(i, i + n))
    return found


def _verb_alone(words: list[str]) -> bool:
    """Whether these words are one doing/thinking/feeling verb, with small words only ("doing", "we doing")."""
    verbs = [w for w in words if is_lane_verb(w)]
    return len(verbs) == 1 and all(w in SMALL_WORDS for w in words if w not in verbs)


def _by_phrase(forms: list[str]) -> RoleMatch | None:
    """The role of a known label written inside a longer label ("Wat doen wij achter de schermen?": 'Achter de
    schermen', internal), when every known label in it names that role and the rest of the label names no other
    ("wat doen wij?" asks the organisation's question too). Where its words name two roles, no role: both
    offered. None for a label that holds no known label."""
    for form in forms:
        key = label_key(form)
        found = _phrases_in(key, "?" in form or key.split()[0] in QUESTION_WORDS)
        if not found:
            continue
        taken = {w for phrase, _ in found for w in phrase.split()}
        rest = " ".join(w for w in key.split() if w not in taken)
        rest_role = lane_role(rest + ("?" if _asks(form) else "")) if question_key(rest) else NO_ROLE
        if rest_role.match == DEPARTMENT:  # "Marketing KPI's": the department's KPIs, its name no role of its own
            rest_role = NO_ROLE
        kinds = dict.fromkeys([*(word.kind for _, word in found), rest_role.kind])
        kinds.pop(CUSTOM_LANE, None)
        if len(kinds) == 1:
            (_, word), *_ = found
            return RoleMatch(word.kind, RoleBy.PHRASE, word.shown)
        offered = [Suggestion(word.shown, word.kind, word.languages) for _, word in found]
        if rest_role.kind != CUSTOM_LANE:
            offered.append(Suggestion(rest_role.match or rest, rest_role.kind))
        return RoleMatch(CUSTOM_LANE, RoleBy.NONE, None, tuple(offered))
    return None


def negation_in(label: str) -> str | None:
    """The word that negates a label's question ("niet" in "Wat doet de klant niet?"), as written; None for a
    label that is no question or asks without negating."""
    for form in _forms(label):
        if _asks(form):
            found = next((w for w in label_key(form).split() if w.replace(" ", "") in NEGATION_WORDS), None)
            if found is not None:
                return found
    return None


def _negated(label: str) -> RoleMatch:
    """No role for a negated question, offered the role the question has without its negation."""
    negation = negation_in(label) or ""
    plain = " ".join(w for w in label_key(label).split() if w != negation)
    meant = lane_role(plain + "?") if plain else NO_ROLE
    offered = meant.suggestions
    if meant.kind != CUSTOM_LANE:
        word = _questions().get(question_key(meant.match or plain)) or _labels().get(label_key(meant.match or plain))
        shown = meant.match or plain
        offered = (Suggestion(shown, meant.kind, word.languages if word else frozenset()),)
    return RoleMatch(CUSTOM_LANE, RoleBy.NONE, None, offered)


def _limit(length: int) -> int:
    """The edits a word of this many characters may be off and still be that word."""
    return 0 if length < 5 else 1 if length <= 8 else 2


def is_typo_of(typed: str, known: str) -> bool:
    """Whether ``typed`` is a small typo of ``known`` (not the same): within the edits a word of its length
    may be off, as a lane's label is matched to a known one (at most one edit for 5 to 8 characters, two
    from 9, none below 5)."""
    a, b = label_key(typed), label_key(known)
    if not a or not b or a == b:
        return False
    return int(OSA.distance(a, b)) <= _limit(min(len(a), len(b)))


def _close(forms: list[str], slack: int) -> dict[str, tuple[int, _Word]]:
    """The closest known word of each role within the typo limit (plus ``slack``), over every form."""
    best: dict[str, tuple[int, _Word]] = {}
    for form in forms:
        for query, words, sorted_keys in zip((label_key(form), question_key(form)), _choices(), _sorted(), strict=True):
            if not query or len(query) > _LONGEST or not any(ch.isalpha() for ch in query):
                continue
            for target, keys in ((query, [w.key for w in words]), (_sorted_words(query), sorted_keys)):
                hits = process.extract(target, keys, scorer=OSA.distance, score_cutoff=2 + slack, limit=None)
                for _, distance, index in hits:
                    word = words[index]
                    length = min(len(target), len(keys[index]))
                    limit = _limit(length) + (slack if length >= 4 else 0)
                    if _asks(form) and not _same_subject(form, word, slack, words is _choices()[1]):
                        continue  # "Wat doet het?" is no typo of "Wat doen wij?": the edit changes who acts
                    if distance <= limit and (word.kind not in best or distance < best[word.kind][0]):
                        best[word.kind] = (int(distance), word)
    return best


@functools.lru_cache(maxsize=1)
def _full_questions() -> dict[str, tuple[str, ...]]:
    """Each question form's key (without small words) with every form of it written whole: "wat doen" ->
    ("wat doen wij", "wat doen we")."""
    found: dict[str, tuple[str, ...]] = {}
    for kinds in LANE_QUESTION_FORMS.values():
        for forms in kinds.values():
            for form in forms:
                key = question_key(form)
                found[key] = (*found.get(key, ()), label_key(form))
    return found


#: Who a question may ask of: a person, the organisation, and the pronouns for it and for "we".
_SUBJECTS = _PERSON | _ORGANISATION | THING_WORDS | frozenset(("wij", "we", "ons", "onze", "our", "us"))


def _same_subject(form: str, word: _Word, slack: int, question: bool) -> bool:
    """Whether a question a few letters off a known label or question still asks of the same subject: no
    word of it that names a subject ("het", "zij", "klant") stands where the known one names another
    ("wij"), and a known question is within the typo limit with its small words kept ("wat doet de klnt"
    and "wat doet de klant"). So "Wat doet het?" is no typo of "Wat doen wij?", nor "Wat doen zij?" of
    "Wat wij doen"."""
    typed = label_key(form)
    forms = _full_questions().get(word.key, (word.key,)) if question else (word.key,)
    for known in forms:
        mine, theirs = set(typed.split()), set(known.split())
        if (mine - theirs) & _SUBJECTS and (theirs - mine) & _SUBJECTS:
            continue  # another subject named in its place
        if not question:
            return True
        distance = min(OSA.distance(typed, known), OSA.distance(_sorted_words(typed), _sorted_words(known)))
        if distance <= _limit(min(len(typed), len(known))) + slack:
            return True
    return False


@functools.lru_cache(maxsize=1)
def _meaning_index() -> dict[str, dict[LaneKind, _Word]]:
    """Every word of the known labels and questions (3 letters or more; not a small word, a question's word
    or a subject), with the roles it is said of and the first label or question of each that uses it."""
    index: dict[str, dict[LaneKind, _Word]] = {}
    unmeaning = SMALL_WORDS | QUESTION_WORDS | _PERSON | _ORGANISATION
    for words in _choices():
        for word in words:
            for token in word.key.split():
                if len(token) >= 3 and token not in unmeaning:
                    index.setdefault(token, {}).setdefault(word.kind, word)
    return index


def _stems(tokens: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The words of five letters or more by their first five ("verbe": verbeteren, verbeterpunten, ...)."""
    found: dict[str, tuple[str, ...]] = {}
    for token in tokens:
        if len(token) >= 5:
            found[token[:5]] = (*found.get(token[:5], ()), token)
    return found


@functools.lru_cache(maxsize=1)
def _meaning_stems() -> dict[str, tuple[str, ...]]:
    return _stems(_meaning_index())


def _by_meaning(forms: list[str]) -> list[_Word]:
    """The roles a label's words are said of, most telling first: a word of one role counts 1, of two roles
    ½ each (of more, nothing); a role is offered at ½ or more and more than half the best role's count."""
    scores: dict[LaneKind, float] = {}
    shown: dict[LaneKind, _Word] = {}
    # in the label's own order (never a set's, which differs from run to run): a role two words name equally is
    # offered in the order the label names it, and the label shown for it is the same on every run
    words = [t for t in dict.fromkeys(t for form in forms for t in question_key(form).split()) if len(t) >= 3]
    words = [t for t in words if t not in _PERSON]
    tokens = [t for t in words if t not in _ORGANISATION]
    unknown = {t for t in words if t not in _meaning_index() and not set(_meaning_stems().get(t[:5], ())) - {t}}
    for token in tokens:
        if token in _labels() and unknown - {token}:
            continue  # a known label beside a word of its own ("Mapping note"): another thing, not a 'Note'

        alike = {token} & _meaning_index().keys() or set(_meaning_stems().get(token[:5], []) if len(token) >= 5 else [])
        best: dict[LaneKind, float] = {}
        for known in sorted(alike, key=lambda k: (OSA.distance(token, k), k)):  # the closest word shown
            roles = _meaning_index()[known]
            if len(roles) <= 2:
                for kind, word in roles.items():
                    best[kind] = max(best.get(kind, 0.0), 1 / len(roles))
                    shown.setdefault(kind, word)
        for kind, weight in best.items():
            scores[kind] = scores.get(kind, 0.0) + weight
    if not scores:
        return []
    top = max(scores.values())
    offered = [k for k, v in scores.items() if v >= 0.5 and v > top / 2]
    ranked = sorted(offered, key=lambda k: -scores[k])  # most telling first, then as the label's words name them
    return [shown[k] for k in ranked]


@functools.lru_cache(maxsize=1)
def _word_heads() -> dict[str, dict[LaneKind, _Word]]:
    """The first four letters of every word (five letters or more) of the known labels, with the roles they
    start a word of: "leer" starts 'leerdoelen' and 'leerpunten' (learning)."""
    heads: dict[str, dict[LaneKind, _Word]] = {}
    for word in _labels().values():
        for token in word.key.split():
            if len(token) >= 5 and token not in SMALL_WORDS:
                heads.setdefault(token[:4], {}).setdefault(word.kind, word)
    return heads


def _own_words(forms: list[str], typo: _Word) -> list[_Word]:
    """The roles a label's own words name that a typo of ``typo`` would cross out of: a word of the label
    that starts as a known word of another role does, where the known word it is a typo of starts otherwise
    ("Leerpunten" starts as 'Leerdoelen' (learning), not as 'Meetpunten' (kpis)); and the roles its words
    are said of (``_by_meaning``). [] when the label's words name the typo's own role, or none."""
    meant = _by_meaning(forms)
    if any(w.kind == typo.kind for w in meant):
        return []
    own = {token[:4] for form in forms for token in label_key(form).split() if len(token) >= 5}
    theirs = {token[:4] for token in typo.key.split()}
    started = [w for head in sorted(own - theirs) for w in _word_heads().get(head, {}).values() if w.kind != typo.kind]
    found = [*meant, *started]
    return [w for i, w in enumerate(found) if w.kind not in {v.kind for v in found[:i]}]


@functools.lru_cache(maxsize=1)
def _word_languages() -> dict[str, frozenset[str]]:
    """Every word of the labels and questions canvasgen knows, with the languages it is written in."""
    found: dict[str, frozenset[str]] = {}
    for words in _choices():
        for word in words:
            for token in word.key.split():
                found[token] = found.get(token, frozenset()) | word.languages
    return found


def _right_elsewhere(forms: list[str], word: _Word) -> bool:
    """Whether a label a typo's distance off ``word`` is spelt right in another of canvasgen's languages: each
    word it has that ``word`` lacks is a word of that language ("Ideen", German, is no typo of the Dutch
    'Ideeën'; "Action" is one of 'Actions', both English)."""
    for form in forms:
        own = [w for w in label_key(form).split() if w not in word.key.split()]
        languages = [_word_languages().get(w, frozenset()) - word.languages for w in own]
        if own and all(languages):
            return True
    return False


def _by_typo(forms: list[str]) -> RoleMatch:
    close = _close(forms, 0)
    if len(close) == 1:
        ((_, word),) = close.values()
        if _right_elsewhere(forms, word):  # a right word of another language: offered, never a typo
            return RoleMatch(CUSTOM_LANE, RoleBy.NONE, None, (Suggestion(word.shown, word.kind, word.languages),))
        own = _own_words(forms, word)
        if not own:
            return RoleMatch(word.kind, RoleBy.TYPO, word.shown)
        # its own words name another role: a typo never crosses into one; both offered, its own first
        offered = tuple(Suggestion(w.shown, w.kind, w.languages) for w in (*own, word))
        return RoleMatch(CUSTOM_LANE, RoleBy.NONE, None, offered)
    meant = _by_meaning(forms)
    if meant:  # the roles its words are said of, before labels a few letters off
        return RoleMatch(CUSTOM_LANE, RoleBy.NONE, None, tuple(Suggestion(w.shown, w.kind, w.languages) for w in meant))
    near = close or {
        kind: (distance, word)  # a few letters further off: only when that is little beside the label's length
        for kind, (distance, word) in _close(forms, 1).items()
        if distance * 3 < min(len(label_key(f)) for f in forms)
    }
    ranked = sorted(near.values(), key=lambda found: (found[0], found[1].shown.casefold(), found[1].shown))
    offered = tuple(Suggestion(w.shown, w.kind, w.languages) for _, w in ranked[:4])
    return RoleMatch(CUSTOM_LANE, RoleBy.NONE, None, offered)


def icon_before_label(label: str) -> str | None:
    """The pictograph a team put before a lane's label ("😀 Wat doet de klant?", "😡 Pijnpunten": "😀", "😡"),
    as Google Sheets canvases do; None when the label is a feeling ("😀", "😀 Blij") or has no such icon.
    A face before a label that names a lane is the label's icon, no level of feeling: an emotion-position
    grid names its rows by the feeling alone."""
    first, _, rest = " ".join(label.split()).partition(" ")
    if not rest or any(ch.isalnum() for ch in first) or is_level_word(rest):
        return None
    return first if lane_role(rest).by in (RoleBy.KNOWN, RoleBy.SYNONYM, RoleBy.QUESTION) else None


def feeling_of_row(label: str) -> float | None:
    """The level of feeling a row label names (``emotion_level``), none when it starts with a lane label's icon."""
    return None if icon_before_label(label) is not None else emotion_level(label)
