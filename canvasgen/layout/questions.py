"""The question a lane asks of the workshop, decided in one place for the deck's exercise slides, its prompts in
empty lanes and notes, and the kit's handouts:

- a lane whose label is itself a question ("Wat doet de bewoner?", "顧客は何をしますか？", or a label the reader
  took as a question) asks that question, as the team wrote it;
- otherwise the role's own question in the canvas's language; where the team labelled the lane in words of
  its own ("Klantacties", "Achter de schermen"), that label goes before it, so the team sees which lane the
  question is for: "Achter de schermen: Wat moeten wij doen?";
- a lane of no role asks what belongs in it ("Wat hoort hier in deze fase?"), under its label;
- beside the four core questions, the team's own questions (``team_questions``: lanes answering none of them whose
  label is a question, "מה הלקוח מרגיש?" of no role, "Welke kansen zien we?") are asked wherever the core ones are:
  the exercise slides and the phase slides' notes, as the handouts give every lane its section.

The experience question ("Hoe ervaart de klant het?") is answered by the experience lane; a canvas without one
answers it with its feelings lane: an emotions lane, else the score row when it holds words beside its scores
("+1 😊 nieuw huis, zin in"). That lane then takes the experience place, named, and is not shown again beside
it: the same question is never asked twice. With both an experience and an emotions lane, each keeps its own
place: the team filled them apart.

Who the questions ask about is the team's word where its lanes' questions consistently name one person
(``team_customer``: "Wat doet de patiënt?", "Patiënt:" in the header, "Patiëntreis" in the title; or a name, "Wat
doet Marieke?"): canvasgen's own questions, prompts, notes and titles then ask "Waar komt de patiënt ons tegen?"
and "Hoe ervaart Marieke het?", and show "De patiëntreis in één oogopslag", not "... de klant ...". ``check
--explain`` says so.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from canvasgen.analysis.curve_reading import journey_reading
from canvasgen.language import in_another_language, words_of_another_language
from canvasgen.layout.headings import lane_heading, shortened
from canvasgen.model import CORE_LANES, SCORE_LANE, Journey, Lane, LaneKind, RoleBy
from canvasgen.text import excerpt, is_question, label_key, labelled
from canvasgen.vocabulary.lanes import QUESTION_SUBJECTS
from canvasgen.vocabulary.roles import asked_of
from canvasgen.words import DECK_WORDS, LANE_LABELS, LANE_QUESTIONS


class QuestionForm(StrEnum):
    """How long a role's own question is: a slide's few words, or a handout's whole question."""

    SHORT = "short"  # "Hoe ervaart de klant het?": exercise slides, prompts
    LONG = "long"  # "Hoe ervaart de klant het? Hoe tevreden is hij?": handouts


def asks(lane: Lane) -> bool:
    """Whether a lane's label is itself a question: it ends in a question mark of any script, or the reader
    took the lane's role from it as a question ("Wat doet de klant in deze fase")."""
    return is_question(lane.label) or lane.role_by is RoleBy.QUESTION


def own_question(kind: LaneKind, language: str, form: QuestionForm, customer: Customer | None = None) -> str:
    """The question canvasgen asks for a role, in the canvas's language, of the team's ``customer``
    ("de patiënt", ``team_customer``) where it has one."""
    deck = DECK_WORDS[language]
    if form is QuestionForm.LONG and kind in LANE_QUESTIONS[language]:
        return in_team_words(LANE_QUESTIONS[language][kind], language, customer)
    return in_team_words(deck.get(f"q_{kind}", deck["q_lane"]), language, customer)


#: Who canvasgen's own questions ask about, per language: its article and noun ("de klant").
OWN_CUSTOMER = {"nl": ("de", "klant"), "en": ("the", "customer")}
#: The articles before a person's noun in a question, per language (only these languages are reworded).
_ARTICLES = {"nl": ("de", "het"), "en": ("the",)}
#: The article of a person's noun where it is not the first of ``_ARTICLES`` ("het lid").
_NEUTER = {"nl": frozenset(("lid",))}
#: Person words that are no one noun for the customer: plurals the list holds without a singular to strip to,
#: and the field's own word ("Persona:" labels the persona, whoever it is).
_PLURALS = frozenset(("leden", "mensen", "people", "kinderen", "children", "persona", "person", "mens"))
_WORD = re.compile(r"[^\W\d_]+")
#: What a compound of a person's word names ("Patiëntreis", "Bewonersacties", "patient journey"): its journey,
#: its steps; the person's word before it is the team's word for the customer. Dutch writes one word, English two.
_COMPOUND_ENDS = {
    "nl": ("reizen", "reis", "proces", "acties", "stappen", "ervaring", "beleving"),
    "en": ("journeys", "journey", "process", "actions", "steps", "experience"),
}


@dataclass(frozen=True)
class Customer:
    """Whom canvasgen's own questions, prompts, notes and titles ask about in the team's words, where the canvas
    names the person on the journey otherwise than canvasgen's "de klant": ``said`` in place of "de klant" ("de
    patiënt", "het lid", or a name its lanes ask of: "Marieke"); ``stem`` in place of "klant" in a compound ("De
    patiëntreis in één oogopslag"), as the canvas writes one, else None ("de reis van Marieke");
    ``found``: where the canvas says so, for ``check --explain``."""

    said: str
    stem: str | None
    found: tuple[str, ...]


def team_customer(journeys: Iterable[Journey], language: str) -> Customer | None:
    """The team's own word for the customer (``Customer``): a name its lanes ask of as the person on the
    journey ("Wat doet Marieke?"), else one person's noun its lanes' questions, their labels ("Patiëntacties"),
    its header labels ("Patiënt:") or its title ("Patiëntreis rugklachten") name; None where they name none, two
    different ones, a plural, or canvasgen's own ("de klant"), or in a language whose words are not reworded
    (``OWN_CUSTOMER``)."""
    if language not in OWN_CUSTOMER:
        return None
    journeys = list(journeys)
    nouns, stems = _nouns_found(journeys, language)
    names: dict[str, tuple[str, list[str]]] = {}
    for lane in (lane for journey in journeys for lane in journey.lanes):
        name = _name_asked(lane)
        if name is not None:
            names.setdefault(label_key(name), (name, []))[1].append(f"lane '{excerpt(lane.label)}'")
    own = OWN_CUSTOMER[language][1]
    noun = next(iter(nouns.items())) if len(nouns) == 1 and own not in nouns else None
    stem = stems.get(noun[0]) if noun is not None else None
    if stem is None and noun is not None and language == "en":
        stem = noun[1][0].split()[-1]  # English compounds are two words: "patient journey"
    by_noun = tuple(dict.fromkeys(noun[1][1])) if noun is not None else ()
    if len(names) == 1:
        ((name, where),) = names.values()
        return Customer(name, _lower(stem), (*where, *by_noun))
    return Customer(noun[1][0], _lower(stem), by_noun) if noun is not None else None


def _nouns_found(journeys: list[Journey], language: str) -> tuple[dict[str, tuple[str, list[str]]], dict[str, str]]:
    """The person's nouns the canvas names, by key: as said with its article and where found (its lanes'
    questions, its header's persona label, a compound in a lane's label or the title); and the compounds' first
    parts as written ("Patiënt" of "Patiëntreis"), by the same key."""
    nouns: dict[str, tuple[str, list[str]]] = {}
    stems: dict[str, str] = {}
    for journey in journeys:
        for lane in journey.lanes:
            for noun, article in _nouns_asked(lane.label, language) if asks(lane) else []:
                _found(nouns, noun, f"{article.lower()} {noun}", language, f"lane '{excerpt(lane.label)}'")
        label = journey.meta.get("persona_label")
        written = label.text.strip().rstrip(":").strip() if label is not None else ""
        if label is not None and _person(written):
            cell = f" ({label.source.cell})" if label.source else ""
            _found(nouns, written, _with_article(written, language), language, f"the header label '{written}'{cell}")
        labelled_by = [(f"lane '{excerpt(lane.label)}'", lane.label) for lane in journey.lanes]
        for where, text in [*labelled_by, (f"the title '{excerpt(journey.name)}'", journey.name)]:
            for stem in _compound_stems(text, language):
                noun = stem.removesuffix("s") if not _person(stem) else stem
                if label_key(noun) == OWN_CUSTOMER[language][1]:
                    continue  # canvasgen's own label ("Klantproces") names no one of the team's
                _found(nouns, noun, _with_article(noun, language), language, where)
                stems.setdefault(label_key(noun), stem)
    return nouns, stems


def _lower(stem: str | None) -> str | None:
    return stem[0].lower() + stem[1:] if stem else None


def _found(nouns: dict[str, tuple[str, list[str]]], noun: str, said: str, language: str, where: str) -> None:
    """Records the person's ``noun`` as found at ``where`` (canvasgen's own among them: then none is the team's)."""
    key = label_key(noun)
    if key == OWN_CUSTOMER[language][1]:
        nouns.setdefault(key, (said, []))
        return
    nouns.setdefault(key, (said, []))[1].append(where)


def _with_article(noun: str, language: str) -> str:
    """A person's noun with its article, lower case: "de patiënt", "het lid", "the student"."""
    articles = _ARTICLES[language]
    neuter = label_key(noun) in _NEUTER.get(language, frozenset())
    return f"{articles[1] if neuter else articles[0]} {noun[0].lower()}{noun[1:]}"


def _nouns_asked(label: str, language: str) -> list[tuple[str, str]]:
    """The person's nouns a question names after an article ("de patiënt" in "Wat doet de patiënt?")."""
    tokens = _WORD.findall(label)
    return [
        (noun, article)
        for article, noun in itertools.pairwise(tokens)
        if article.lower() in _ARTICLES[language] and _person(noun)
    ]


def _compound_stems(text: str, language: str) -> list[str]:
    """The person's words a label or title compounds with a journey's word: "Patiënt" of "Patiëntreis
    rugklachten", "Bewoners" of "Bewonersacties", "patient" of "Patient journey"."""
    tokens = _WORD.findall(text)
    found = []
    if language == "en":
        for first, second in itertools.pairwise(tokens):
            if second.lower() in _COMPOUND_ENDS["en"] and _person(first):
                found.append(first)
        return found
    for token in tokens:
        for end in _COMPOUND_ENDS.get(language, ()):
            stem = token[: -len(end)]
            if token.lower().endswith(end) and len(stem) >= 3 and (_person(stem) or _person(stem.removesuffix("s"))):
                found.append(stem)
                break
    return found


def _name_asked(lane: Lane) -> str | None:
    """The name a lane asks of as the person on the journey, as written ("Marieke" of "Wat doet Marieke?"): the
    reader took its role from the question asked of that person (``read_subjects``), not of the organisation."""
    if lane.role_by is not RoleBy.QUESTION:
        return None
    asked = asked_of(lane.label)
    if asked is None or not asked.named or asked.person is None or asked.person.kind != lane.kind:
        return None
    return asked.written


def _person(noun: str) -> bool:
    """Whether ``noun`` names one person on the journey (``QUESTION_SUBJECTS``), not several ("patiënten")."""
    key = label_key(noun)
    if key not in _PERSONS or key in _PLURALS:
        return False
    return not any(key.endswith(end) and key[: -len(end)] in _PERSONS for end in ("s", "en", "n", "es"))


_PERSONS = frozenset(QUESTION_SUBJECTS["person"])


def in_team_words(text: str, language: str, customer: Customer | None) -> str:
    """``text`` (canvasgen's own question, prompt, note or title) asking of the team's ``customer`` where
    canvasgen's own names its: "Waar komt de klant ons tegen?" -> "Waar komt de patiënt ons tegen?" ("De klant"
    at a sentence's start -> "De patiënt"); its journey in the team's compound ("De klantreis" -> "De
    patiëntreis"), else the journey of whom they name ("de reis van Marieke"); plurals are left alone."""
    if customer is None or language not in OWN_CUSTOMER:
        return text
    return _REWORD[language](text, customer)


def _as_at(match: re.Match[str], said: str) -> str:
    """``said`` capitalised where the words it replaces begin a sentence ("De klant" -> "De patiënt")."""
    return said[0].upper() + said[1:] if match.group(0)[0].isupper() else said


def _dutch(text: str, customer: Customer) -> str:
    stem = customer.stem
    if stem is None:  # no compound of the team's: the journey of whom they name, else the journey alone
        text = re.sub(r"\bde klantreis\b", lambda m: _as_at(m, f"de reis van {customer.said}"), text, flags=re.I)
        text = re.sub(r"\bklant(?=reis|reizen)", "", text)
        text = re.sub(r"\bKlant(reis|reizen)\b", lambda m: m.group(1).capitalize(), text)
    else:
        text = re.sub(r"\bklant(?=reis|reizen|stap|stappen|proces)", stem, text)
        text = re.sub(r"\bKlant(?=reis|reizen|stap|stappen|proces)", stem[0].upper() + stem[1:], text)
    person = f"deze {customer.said.split()[-1]}" if customer.said.split()[0] in _ARTICLES["nl"] else customer.said
    text = re.sub(r"\bdeze klant\b", lambda m: _as_at(m, person), text, flags=re.I)
    return re.sub(r"\bde klant\b", lambda m: _as_at(m, customer.said), text, flags=re.I)


def _english(text: str, customer: Customer) -> str:
    if customer.stem is not None:
        text = re.sub(
            r"\b(c)ustomer (?=journeys?\b|process\b|steps?\b)",
            lambda m: (customer.stem or "").capitalize() + " " if m.group(1) == "C" else f"{customer.stem} ",
            text,
        )
    else:
        text = re.sub(
            r"\bthe customer journey\b", lambda m: _as_at(m, f"the journey of {customer.said}"), text, flags=re.I
        )
    person = f"this {customer.said.split()[-1]}" if customer.said.split()[0] == "the" else customer.said
    text = re.sub(r"\bthis customer\b", lambda m: _as_at(m, person), text, flags=re.I)
    return re.sub(r"\bthe customer\b", lambda m: _as_at(m, customer.said), text, flags=re.I)


_REWORD = {"nl": _dutch, "en": _english}


def team_words(words: dict[str, str], language: str, customer: Customer | None) -> dict[str, str]:
    """A language's words (the deck's: prompts, notes, questions, titles) asking of the team's ``customer``."""
    if customer is None:
        return words
    return {key: in_team_words(text, language, customer) for key, text in words.items()}


def workshop_hint(kind: LaneKind | None, language: str, customer: Customer | None = None) -> str:
    """What the blank template says beside a lane's label: the question the workshop asks of it, as the deck's
    exercise slides and prompts ask it ("Wat moeten wij doen?"), over the handout's longer question where that
    says more ("... om de klant naar de volgende fase te brengen?"; that alone where it begins with the short
    one); a lane of the team's own (``None``): the question the deck asks of such a lane."""
    short = (
        own_question(kind, language, QuestionForm.SHORT, customer)
        if kind is not None
        else DECK_WORDS[language]["q_lane"]
    )
    long = own_question(kind, language, QuestionForm.LONG, customer) if kind is not None else short
    if _asks_the_same(short, long):  # the longer one asks it, and more
        return long
    return f"{short}\n{long}"


def _asks_the_same(short: str, long: str) -> bool:
    """Whether the longer question asks the short one too, at its start or further in ("What do we improve?"
    in "What do we want to learn, and what do we improve?"), so the two side by side would repeat it."""
    return short.rstrip("?？؟ ").lstrip("¿").casefold() in long.casefold()


def lane_question(
    kind: LaneKind,
    lane: Lane | None,
    language: str,
    form: QuestionForm,
    named: bool = True,
    customer: Customer | None = None,
) -> str:
    """The question asked for the role ``kind``, of the team's lane that answers it (None: the canvas has
    none). ``named``: where the lane's label is not shown beside the question (an exercise slide, a
    handout), a label of the team's own goes before canvasgen's question; under the label (a prompt in the
    lane) it does not. ``customer``: the team's word for whom it asks about (``team_customer``)."""
    if lane is not None and asks(lane):
        return shortened(" ".join(lane.label.split()))
    question = own_question(kind, language, form, customer)
    if lane is None or not named or _canvasgens_label(lane, kind, language):
        return question
    if written_otherwise(lane.label, language):  # one language a box: the team's own label, without ours
        return lane_heading(lane)
    return labelled(lane_heading(lane), question)


def written_otherwise(label: str, language: str) -> bool:
    """Whether a team's ``label`` is in another language than ``language``'s (canvasgen's words, all in Latin
    script): mostly letters of another script ("Действия клиента" on an English deck), or a word of another
    of canvasgen's languages ("Klantproces" on an English deck). Then a box does not set canvasgen's question
    beside it ("Действия клиента: What does the customer do?" was one box in two languages, #31 round 22)."""
    letters = [ch for ch in label if ch.isalpha()]
    latin = sum(1 for ch in letters if unicodedata.name(ch, "LATIN").startswith("LATIN"))
    other_script = bool(letters) and latin * 2 < len(letters)
    return other_script or in_another_language(label, language) or words_of_another_language(label, language)


def _canvasgens_label(lane: Lane, kind: LaneKind, language: str) -> bool:
    """Whether the lane is labelled as canvasgen's own template labels its role ("Klantproces")."""
    own = LANE_LABELS[language].get(kind)
    return lane.group is None and own is not None and label_key(lane.label) == label_key(own)


def feelings_lane(journey: Journey) -> Lane | None:
    """The lane that answers the experience question where the canvas has no experience lane: an emotions
    lane, else the score row when it holds words; None when there is an experience lane, or neither."""
    if journey.lane(LaneKind.EXPERIENCE) is not None:
        return None
    emotions = journey.lane(LaneKind.EMOTIONS)
    if emotions is not None:
        return emotions
    score = journey.lane(SCORE_LANE)
    return score if score is not None and score.item_count() else None


def answering_lane(journey: Journey, kind: LaneKind) -> Lane | None:
    """The lane that answers the question of a core role: the lane in its core place, or for the experience
    question without an experience lane, the feelings lane (``feelings_lane``)."""
    lane = journey.lane(kind)
    if lane is None and kind is LaneKind.EXPERIENCE:
        return feelings_lane(journey)
    return lane


#: The theme a core question shares with a lane of another role that asks it in the team's words: how the
#: customer experiences it with the score row ("Hoe voelt het (1-5)?"), what we improve with the opportunities
#: ("Wat kan beter?").
_SAME_THEME = {LaneKind.EXPERIENCE: SCORE_LANE, LaneKind.LEARNING: LaneKind.OPPORTUNITIES}


def asking_lane(journey: Journey, kind: LaneKind) -> Lane | None:
    """The lane whose question the workshop asks for a core role: the lane that answers it
    (``answering_lane``), or where none does, the team's lane of the same theme whose label asks it in their
    own words (``_SAME_THEME``): one box per theme on an exercise slide, not canvasgen's "Hoe ervaart de klant
    het?" beside the team's "Hoe voelt het (1-5)?" (F4)."""
    lane = answering_lane(journey, kind)
    if lane is not None or kind not in _SAME_THEME:
        return lane
    return next((other for other in journey.lanes if other.kind == _SAME_THEME[kind] and asks(other)), None)


def to_fill(question: str | None, language: str) -> str:
    """A question marked as still to be filled in ("Wat doen wij? — nog in te vullen in de sessie"), or the
    mark alone, as a sentence, without one."""
    mark = DECK_WORDS[language]["to_fill"]
    return f"{question} — {mark}" if question else mark[:1].upper() + mark[1:]


def prompt_question(lane: Lane, language: str, customer: Customer | None = None) -> str | None:
    """What a lane left empty asks under its own label: its role's question, or None when the label is
    itself the question (shown right above it)."""
    if asks(lane):
        return None
    return own_question(lane.kind, language, QuestionForm.SHORT, customer)


def team_questions(journey: Journey) -> list[str]:
    """The questions the team's own lanes ask beside the four core ones: each lane whose label is itself a
    question and that asks no core question (``asking_lane``), as the team wrote it, in the map's order."""
    core = [asking_lane(journey, kind) for kind in CORE_LANES]
    return [shortened(" ".join(lane.label.split())) for lane in journey.lanes if asks(lane) and not _among(lane, core)]


def _among(lane: Lane, lanes: list[Lane | None]) -> bool:
    return any(lane is other for other in lanes)


def curve_said(journey: Journey, language: str, among: Sequence[Journey] = ()) -> str:
    """What the journey's curve shows, in words (``journey_reading``), of the team's own customer: "De patiënt
    beleeft 'Inschrijven' het slechtst". ``among``: the journeys compared with it, said in one wording: the
    customer each of them names, else canvasgen's own ("De klant beleeft"), never "De partner beleeft" for
    one member of a buying group and "De klant beleeft" for the others (#31 round 22)."""
    named = {team_customer([other], language) for other in (among or [journey])}
    customer = named.pop() if len(named) == 1 else None
    return in_team_words(journey_reading(journey, language), language, customer)
