"""A word without its inflection, so that a label is known in the form a team wrote it: a noun's plural or singular
("pijnpunt" and "pijnpunten", "buyer" and "buyers", "klant" and "klanten", "Kunde" and "Kunden", "acción" and
"acciones") and a doing/thinking/feeling verb's person ("doet" and "doen", "does" and "do").

A *stem* is no word of any language: the same crude cut is made of a known label and of the label written, so two
forms of one word meet in it ("opportunity" and "opportunities" both in "opportuniti"). A cut that makes two words
of different roles meet says nothing: ``roles`` keeps only stems of one role.
"""

from __future__ import annotations

import functools

from canvasgen.text import label_key
from canvasgen.vocabulary.lanes import LANE_VERBS

#: Words shorter than this keep every letter: "pijn", "kans", "doel" are too short to cut safely.
_SHORTEST = 4


@functools.lru_cache(maxsize=1)
def _verb_forms() -> dict[str, str]:
    """Every form of the doing/thinking/feeling verbs with the first form of its language's verb: "doet" -> "doen",
    "does" -> "do"."""
    found: dict[str, str] = {}
    for kinds in LANE_VERBS.values():
        for forms in kinds.values():
            for form in forms:
                found.setdefault(label_key(form), label_key(forms[0]))
    return found


def is_lane_verb(word: str) -> bool:
    """Whether a word (a ``label_key`` word) is a form of a doing/thinking/feeling verb ("doing", "doet")."""
    return word in _verb_forms()


@functools.lru_cache(maxsize=8192)
def word_stem(word: str) -> str:
    """A word (a ``label_key`` word) without its inflection: a lane verb's first form, else a noun without its
    plural ending: -en (Dutch, German), -s/-es (English, Dutch, French, Spanish), a final -e or -y (German "Kunde",
    Dutch "emotie", English "activity": the plural's cut meets it). A spelling's change ("proces", "processen") is
    left to typo matching: "Klantprocess" is a typo, not a form."""
    verb = _verb_forms().get(word)
    if verb is not None:
        return verb
    if len(word) <= _SHORTEST:
        return word
    stem = word
    # pijnpunten, klanten, kansen, Kunden, Chancen; processes, touches
    if (stem.endswith("en") and len(stem) >= 6) or stem.endswith(("sses", "shes", "ches", "xes")):
        stem = stem[:-2]
    elif stem.endswith("s") and not stem.endswith("ss"):  # buyers, points, emoties, acciones
        stem = stem[:-1]
    if stem.endswith("e") and len(stem) > _SHORTEST:  # Kunde, emotie, accione
        stem = stem[:-1]
    if stem.endswith("y") and len(stem) > _SHORTEST:  # activity, as "activities" is cut to "activiti"
        stem = stem[:-1] + "i"
    return stem


def stem_key(key: str) -> str:
    """A ``label_key`` with every word cut to its stem: "pijnpunten" -> "pijnpunt", "what buyers do" -> "what buyer
    do"."""
    return " ".join(word_stem(word) for word in key.split())


#: The endings one form of a noun has where another has none, or another ending: a plural's ("pijnpunt",
#: "pijnpunten"; "buyer", "buyers"; "Kunde", "Kunden"; "canal", "canales"; "Gefühl", "Gefühle") and English's
#: "-y"/"-ies". Two plurals ("indicators", "indicatoren") are two languages' words, never forms of one another.
_ENDINGS = frozenset({("", "s"), ("", "es"), ("", "en"), ("", "n"), ("", "e"), ("y", "ies")})


def _word_form_of(written: str, known: str) -> bool:
    if written == known:
        return True
    verb = _verb_forms()
    if written in verb or known in verb:  # "doen" and "doet", "does" and "do": a verb's persons
        return verb.get(written) == verb.get(known)
    common = 0
    while common < min(len(written), len(known)) and written[common] == known[common]:
        common += 1
    shorter, longer = sorted((written[common:], known[common:]), key=len)
    stem = written[:common] + shorter
    if shorter == "" and longer == "en" and len(stem) >= 2 and stem[-1] == stem[-2]:
        return False  # "klantprocess" is no singular of "klantprocessen": a typo of 'Klantproces'
    return common >= _SHORTEST and (shorter, longer) in _ENDINGS


def is_form_of(written: str, known: str) -> bool:
    """Whether a label (its ``label_key``) is a known label (its key) in another inflection, word by word: the same
    words, a noun in its singular or plural, a lane verb in another person ("wat de klanten doen", "wat de klant
    doet"). The same key is a form of itself."""
    mine, theirs = written.split(), known.split()
    return len(mine) == len(theirs) and all(_word_form_of(a, b) for a, b in zip(mine, theirs, strict=True))


def noun_stem_key(key: str) -> str:
    """``stem_key`` with the verbs kept as written: in a question without its small words the verb's person is all
    that says who acts ("wat doet" is asked of the customer, "wat doen" of "wij")."""
    return " ".join(word if word in _verb_forms() else word_stem(word) for word in key.split())
