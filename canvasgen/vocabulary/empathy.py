"""The headings of an empathy map's quadrants, in the languages canvasgen reads (EN, NL, DE, FR, ES)."""

from __future__ import annotations

import functools

from canvasgen.model import EmpathyQuadrant
from canvasgen.text import label_key, word_set

_Q = EmpathyQuadrant
_HEADINGS: dict[EmpathyQuadrant, tuple[str, ...]] = {
    _Q.THINK_FEEL: ("think & feel", "thinks & feels", "think and feel", "thinks and feels", "thinking & feeling",
                    "denken & voelen", "denkt & voelt", "denken en voelen", "denkt en voelt", "denken & fühlen",
                    "denkt & fühlt", "pense & ressent", "pensées & sentiments", "piensa y siente",
                    "piensa & siente", "pensar y sentir"),
    _Q.HEAR: ("hear", "hears", "horen", "hoort", "hören", "hört", "entend", "entendre", "oye", "oír"),
    _Q.SEE: ("see", "sees", "zien", "ziet", "sehen", "sieht", "voit", "voir", "ve", "ver"),
    _Q.SAY_DO: ("say & do", "says & does", "say and do", "says and does", "zeggen & doen", "zegt & doet",
                "zeggen en doen", "zegt en doet", "sagen & tun", "sagt & tut", "dit & fait", "dire & faire",
                "dice y hace", "decir y hacer"),
    _Q.PAINS: ("pain", "pains", "pain points", "frustration", "frustrations", "pijn", "pijnpunten", "pijnpunt",
               "frustratie", "frustraties", "schmerzen", "schmerzpunkte", "frust", "frustration", "frustrationen",
               "douleurs", "points de douleur", "frustrations", "dolores", "esfuerzos", "frustraciones",
               "puntos de dolor"),
    _Q.GAINS: ("gain", "gains", "benefits", "winst", "winsten", "voordelen", "gewinne", "nutzen", "vorteile",
               "gains", "bénéfices", "avantages", "ganancias", "beneficios", "resultados"),
}  # fmt: skip
#: Each heading's matching key (``label_key``: case, accents, punctuation and "&"/"and"/"en" ignored).
EMPATHY_HEADINGS: dict[str, EmpathyQuadrant] = {
    label_key(heading): quadrant for quadrant, headings in _HEADINGS.items() for heading in headings
}
# "Pijn(punten)" and "Pain(s)" as written in a heading: the bracketed ending read as part of the word.
EMPATHY_HEADINGS.update({"pain s": _Q.PAINS, "gain s": _Q.GAINS, "pijn punten": _Q.PAINS, "winst en": _Q.GAINS})

#: Each half of the quadrants "Think & Feel" and "Say & Do" as a heading of its own, as the four-quadrant
#: map draws them (Says | Thinks over Does | Feels): its quadrant and the half it heads.
_HALVES: dict[str, tuple[EmpathyQuadrant, str]] = {
    "think": (
        _Q.THINK_FEEL,
        "think thinks thinking thoughts denken denkt gedachten gedanken pense pensees piensa pensamientos",
    ),
    "feel": (
        _Q.THINK_FEEL,
        "feel feels feeling feelings voelen voelt gevoelens fühlen fühlt gefühle ressent sentiments siente "
        "sentimientos",
    ),
    "say": (_Q.SAY_DO, "say says saying zeggen zegt sagen sagt dice"),
    "do": (_Q.SAY_DO, "do does doing doen doet tun tut fait hace"),
}
#: What a half heading heads: "think", "feel", "say", "do".
HALF_NAMES = frozenset(_HALVES)
#: A half heading's matching key and the half it heads ("thinks": "think").
EMPATHY_HALVES: dict[str, str] = {label_key(w): half for half, (_, words) in _HALVES.items() for w in words.split()}
EMPATHY_HEADINGS.update({key: _HALVES[half][0] for key, half in EMPATHY_HALVES.items()})


#: A heading asked as a question about the persona: "What does she THINK and FEEL?", "Wat hoort hij?",
#: "Was sieht sie?": the question's words around the verbs, taken off before the verbs are looked up.
_ASKING = word_set("what does do did is are wat was que qu quoi est ce qué")
_ASKED = word_set(
    "she he they you i we it the a customer user client persona patient hij zij ze je jij u de het "
    "klant gebruiker persoon er sie man kunde nutzer der die il elle ils le la ella el cliente "
    "usuario his her their zijn haar hun"
)


def empathy_quadrant(text: str) -> EmpathyQuadrant | None:
    """The quadrant a cell's whole text heads on a map ("💭 Think & Feel", "Zeggen & doen:", "What does she
    THINK and FEEL?", "Wat hoort hij?"; a half headed apart, a quadrant of its own: "Thinks" THINK, "Wat zegt
    hij?" SAY), else None."""
    found = empathy_heading(text)
    if found is None:
        return None
    return EmpathyQuadrant(f"empathy {found[1]}") if found[1] in HALF_NAMES else found[0]


@functools.lru_cache(maxsize=4096)  # asked of every cell of a sheet
def empathy_heading(text: str) -> tuple[EmpathyQuadrant, str] | None:
    """The quadrant a cell's whole text names as a heading and what of it it heads: the whole quadrant
    (its value) or one half of it ("think", "feel", "say", "do": "Thinks", "Wat doet hij?"), else None."""
    lines = [line for line in text.splitlines() if line.strip()]
    quadrant = _quadrant(lines)
    if quadrant is None:
        return None
    words = label_key(lines[0]).split()
    if lines[0].rstrip().endswith("?"):  # the verbs of a question, its asking words taken off
        asking = next(i for i, w in enumerate([*words, ""]) if w not in _ASKING)
        words = [w for w in words[asking:] if w not in _ASKED]
    halves = {EMPATHY_HALVES[w] for w in words if w in EMPATHY_HALVES}
    return quadrant, halves.pop() if len(halves) == 1 else quadrant.value


def _quadrant(lines: list[str]) -> EmpathyQuadrant | None:
    """The quadrant the lines of a cell name as a heading, else None."""
    if len(lines) != 1 or len(lines[0]) > 60:
        return None
    key = label_key(lines[0])
    if key in EMPATHY_HEADINGS and len(lines[0]) <= 40:
        return EMPATHY_HEADINGS[key]
    if not lines[0].rstrip().endswith("?"):
        return None
    words = key.split()
    if not words or words[0] not in _ASKING:
        return None  # only a question asking what the persona does is a heading
    asking = next(i for i, w in enumerate([*words, ""]) if w not in _ASKING)  # "what does": the question's
    core = [w for w in words[asking:] if w not in _ASKED]
    if not core:
        return None
    if " ".join(core) in EMPATHY_HEADINGS:
        return EMPATHY_HEADINGS[" ".join(core)]
    # asked of the persona by name: "Wat denkt en voelt Sanne?", "What does Maria hear?" (a capitalised word
    # at either end of the verbs, taken off as the name)
    named = {label_key(w) for w in lines[0].split()[1:] if w[:1].isupper()}
    for rest in (core[:-1], core[1:]):
        dropped = core[-1] if rest == core[:-1] else core[0]
        if rest and dropped in named and " ".join(rest) in EMPATHY_HEADINGS:
            return EMPATHY_HEADINGS[" ".join(rest)]
    return None
