"""How people write a score when they do not type a plain number.

``++ + 0 - --``, ``4/5``, ``3 van 5``, ``80%``, ``★★★☆☆``, smileys and emoji, words such as *goed* or
*bad*, traffic lights (``🟢 🟡 🟠 🔴``, *groen* or *red*, a ● in a green, amber or red font): each is read
as a value on the notation's own scale (``4/5`` is 4 on 1..5, ``😊`` +1 on -2..+2, a traffic light one of
three levels on -2..+2), which the reader then maps onto the score row's scale. Words are compared by
``label_key``; Dutch and English at least, and the common words of a few more languages.
"""

from __future__ import annotations

import colorsys
import datetime as dt
import functools
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum

from canvasgen.model import Light
from canvasgen.text import label_key


@dataclass(frozen=True)
class Notation:
    value: float
    low: float  # the notation's own scale
    high: float
    face: str | None = None  # the one emoji or emoticon it was written as, drawn as the curve's marker
    light: Light | None = None  # a traffic light: its colour, and what was written ("groen", a coloured ●)
    mark: str | None = None
    #: The light a mark beside a light's word says when it says another ("● rood" in a green font: the
    #: green ●'s; "🟢 rood": the 🟢's). The word is read unless the user says to go by the colour.
    against: Notation | None = None

    def on(self, low: float, high: float) -> float:
        """The value moved onto another scale, end to end."""
        share = (self.value - self.low) / (self.high - self.low)
        return round(low + share * (high - low), 2)


SYMBOLIC = (-2.0, 2.0)


def evenly(count: int) -> list[float]:
    """``count`` levels placed evenly on -2..+2, lowest first: the ends and what lies between. An
    emotion-position grid's rows of feeling are placed so, and a traffic light's three colours (red at
    the bottom, amber in the middle, green at the top), which the score row's scale then stretches."""
    low, high = SYMBOLIC
    return [low + (high - low) * i / (count - 1) for i in range(count)]


#: A traffic light's three colours, bottom to top: where each lies on -2..+2.
LIGHT_LEVELS = dict(zip((Light.RED, Light.AMBER, Light.GREEN), evenly(3), strict=True))
#: The words that say orange, and those that say yellow (with their emoji 🟠 and 🟡), apart: a row writing
#: both is a four-colour status. "amber" (the middle light's own name) and a dot's shade say neither.
ORANGE_WRITTEN = frozenset(label_key(w) for w in ("oranje", "orange", "naranja"))
YELLOW_WRITTEN = frozenset(label_key(w) for w in ("geel", "yellow", "gelb", "jaune", "amarillo"))
#: Where an orange light lies on -2..+2 in a row that writes yellow too (a four-colour status: green,
#: yellow, orange, red): between yellow's middle and red, not level with yellow.
ORANGE_LEVEL = (LIGHT_LEVELS[Light.AMBER] + LIGHT_LEVELS[Light.RED]) / 2
#: The emoji of each light, drawn as the curve's marker where the cell wrote a word, a letter or a dot.
LIGHT_FACES = {Light.GREEN: "🟢", Light.AMBER: "🟡", Light.RED: "🔴"}
_LIGHT_EMOJI = {"🟢": Light.GREEN, "🟡": Light.AMBER, "🟠": Light.AMBER, "🔴": Light.RED}
#: Colour words in the five languages canvasgen writes (nl, en, de, fr, es); an orange one is drawn 🟠.
_LIGHT_WORDS = {
    Light.GREEN: ("groen", "green", "grün", "vert", "verde"),
    Light.AMBER: ("geel", "oranje", "amber", "yellow", "orange", "gelb", "jaune", "amarillo", "naranja", "ámbar"),
    Light.RED: ("rood", "red", "rot", "rouge", "rojo"),
}
_ORANGE_WORDS = frozenset(label_key(w) for w in ("oranje", "orange", "naranja", "ámbar", "amber"))
_LIGHT_WORD_VALUES = {label_key(word): light for light, words in _LIGHT_WORDS.items() for word in words}
#: Status colours that are no traffic light: a phase the team left unscored ("gray"). No score, kept as the
#: score row's text; the curve's key says what the word stands for.
UNSCORED_LIGHT_WORDS = frozenset(label_key(w) for w in ("grijs", "gray", "grey", "grau", "gris", "cinza"))
#: The dots read by the colour of their font: a black ● says nothing, a green one is a green light.
DOTS = frozenset("●⬤")
#: The single letters of a row of traffic lights ("G | A | R"), read only when the whole row is such letters.
LIGHT_LETTERS = {"G": Light.GREEN, "A": Light.AMBER, "R": Light.RED}


def light_notation(light: Light, written: str, face: str | None = None) -> Notation:
    """A traffic light as a notation: its level on -2..+2, drawn as ``face`` (its colour's emoji), what was
    written kept as its mark."""
    return Notation(LIGHT_LEVELS[light], *SYMBOLIC, face or LIGHT_FACES[light], light, written)


def _light(text: str, colour: str | None) -> Notation | None:
    """A light's emoji, or a light's word, with what an emoji or a coloured dot beside the word says
    when that is another light (``against``)."""
    if text in _LIGHT_EMOJI:
        return light_notation(_LIGHT_EMOJI[text], text, text)
    key = label_key(text)
    if key not in _LIGHT_WORD_VALUES:
        return None
    light = _LIGHT_WORD_VALUES[key]
    notation = light_notation(light, text, "🟠" if key in _ORANGE_WORDS else None)
    beside = _mark_beside(text, colour)
    if beside is not None and beside[0] is not light:
        return replace(notation, against=light_notation(beside[0], text, beside[1]))
    return notation


def _mark_beside(text: str, colour: str | None) -> tuple[Light, str] | None:
    """The light an emoji in a word's cell ("🟢 rood"), or a dot in its font's colour ("● rood" in green),
    says, with its emoji; None where there is no such mark."""
    emoji = [_LIGHT_EMOJI[ch] for ch in text if ch in _LIGHT_EMOJI]
    if emoji:
        return emoji[0], next(ch for ch in text if ch in _LIGHT_EMOJI)
    if colour is not None and any(dot in text for dot in DOTS):
        return light_of_colour(colour)
    return None


def dot_notation(text: str, colour: str | None) -> Notation | None:
    """A ● (or ⬤) read by its font's colour ("#00B050"): green, amber (yellow to orange) or red; None for
    another text, or a dot of no such colour (black, grey, blue). Its mark is the emoji of its colour, as
    the colour is what it says."""
    if text.strip() not in DOTS or colour is None:
        return None
    found = light_of_colour(colour)
    if found is None:
        return None
    light, face = found
    return light_notation(light, face, face)


def light_of_colour(colour: str) -> tuple[Light, str] | None:
    """The traffic light a colour ("#RRGGBB") is, with its emoji; None for black, white, grey and the
    colours of no light (blue, purple). Hue decides: red, orange to yellow (amber), yellow-green to green."""
    digits = colour.lstrip("#")
    if len(digits) != 6:
        return None
    try:
        r, g, b = (int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return None
    hue, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
    if saturation < 0.3 or not 0.12 < lightness < 0.9:
        return None
    degrees = hue * 360
    if degrees < 18 or degrees >= 330:
        return Light.RED, "🔴"
    if degrees < 40:
        return Light.AMBER, "🟠"
    if degrees < 70:
        return Light.AMBER, "🟡"
    if degrees < 175:
        return Light.GREEN, "🟢"
    return None


class LightsBy(StrEnum):
    """What decides a light where a cell's word and its mark disagree ("● rood" in a green font, "🟢 rood"):
    the word (as canvasgen reads it unless told) or the colour of the mark."""

    WORD = "word"
    COLOUR = "colour"


_BY = {"word": LightsBy.WORD, "colour": LightsBy.COLOUR, "color": LightsBy.COLOUR}


@dataclass(frozen=True)
class LightScores:
    """The scores the user gave the traffic lights (``--traffic-lights 'green=1,amber=0,red=-1'``), on the
    score row's own scale (none given: the scale's top, middle and bottom), what decides a light whose
    word and colour disagree (``by=colour``), and where they were given (named when the reading says it)."""

    values: dict[Light, float] = field(hash=False)
    given: str = ""
    by: LightsBy = LightsBy.WORD
    #: Orange's own score where the user gave one beside amber's (a four-colour status); None: not given.
    orange: float | None = None

    def written(self) -> str:
        """The setting as the option takes it: "green=1,amber=0,red=-1", "by=colour"."""
        order = (Light.GREEN, Light.AMBER, Light.RED)
        parts = [f"{light.value}={self.values[light]:g}" for light in order if light in self.values]
        if self.orange is not None:
            parts.insert(len(parts) - 1, f"orange={self.orange:g}")
        return ",".join([*parts, *([f"by={self.by.value}"] if self.by is LightsBy.COLOUR else [])])


def parse_light_scores(text: str) -> tuple[dict[Light, float], LightsBy, float | None]:
    """ "green=1,amber=0,red=-1" (colour words of any language canvasgen reads: "groen=5,oranje=3,rood=1")
    as a score per light, and "by=colour" or "by=word": what decides where a cell's word and its colour
    disagree; and orange's own score ("green=2,amber=0,orange=-1,red=-2": a four-colour status; orange given
    without amber is the middle light too, as before). ValueError saying what is wrong. Scores, when given,
    are given for every light."""
    values: dict[Light, float] = {}
    orange: float | None = None
    by: LightsBy | None = None
    for part in (p for p in re.split(r"[,;]", text) if p.strip()):
        name, equals, number = part.partition("=")
        if label_key(name) == "by":
            if number.strip().lower() not in _BY or by is not None:
                raise ValueError(f"'{part.strip()}': say by=word or by=colour (what decides where they disagree)")
            by = _BY[number.strip().lower()]
            continue
        light = _LIGHT_WORD_VALUES.get(label_key(name))
        if light is None or not equals:
            raise ValueError(
                f"'{part.strip()}' is no colour=score (the colours: green, amber, red, and orange beside amber) nor "
                "by=word or by=colour"
            )
        try:
            value = float(number.strip().replace("\u2212", "-").replace(",", "."))
        except ValueError:
            raise ValueError(f"'{part.strip()}': '{number.strip()}' is no number") from None
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"'{part.strip()}': '{number.strip()}' is no number")
        if label_key(name) in ORANGE_WRITTEN:  # orange: its own level where amber is given too
            if orange is not None:
                raise ValueError("orange is given twice")
            orange = value
            continue
        if light in values:
            raise ValueError(f"{light.value} is given twice")
        values[light] = value
    if orange is not None and Light.AMBER not in values:  # "groen=5,oranje=3,rood=1": orange is the middle light
        values[Light.AMBER] = orange  # (and orange keeps the score named for it, where yellow is written too)
    missing = [light.value for light in (Light.GREEN, Light.AMBER, Light.RED) if light not in values]
    if missing and (values or by is None):
        raise ValueError(f"give a score for every light: {', '.join(missing)} missing (e.g. 'green=1,amber=0,red=-1')")
    if values and not values[Light.GREEN] > values[Light.AMBER] > values[Light.RED]:
        raise ValueError(  # lights scored alike (or upside down) would draw a curve that says nothing true
            f"green must score above amber, and amber above red (e.g. 'green=1,amber=0,red=-1'); given: "
            f"green={values[Light.GREEN]:g}, amber={values[Light.AMBER]:g}, red={values[Light.RED]:g}"
        )
    if orange is not None and not values[Light.AMBER] >= orange > values[Light.RED]:
        raise ValueError(
            f"orange must score between amber (or level with it) and red (e.g. 'green=2,amber=0,orange=-1,red=-2'); "
            f"given: amber={values[Light.AMBER]:g}, orange={orange:g}, red={values[Light.RED]:g}"
        )
    return values, by or LightsBy.WORD, orange


_SIGNS = {"++": 2, "+": 1, "0": 0, "+/-": 0, "±": 0, "-": -1, "--": -2, "−": -1, "−−": -2, "–": -1, "+-": 0}

#: Faces, from very happy (+2) to very unhappy (-2).
_FACES = {
    2: "😀😃😄😁😍🤩🥰😆🤗👍👍🏻👍🏼👍🏽👍🏾👍🏿💚",
    1: "🙂😊☺️☺😌🙂‍↕️",
    0: "😐😑😶🤔😶‍🌫️",
    -1: "🙁☹️☹😕😟😒😔",
    -2: "😞😢😭😠😡🤬😫😩👎👎🏻👎🏼👎🏽👎🏾👎🏿💔",
}  # fmt: skip
_ASCII_FACES = {":d": 2, ":-d": 2, "xd": 2, ":)": 1, ":-)": 1, "(:": 1, ":]": 1, ":|": 0, ":-|": 0,
                ":(": -1, ":-(": -1, "):": -1, ":[": -1, ":'(": -2, ":,(": -2, ">:(": -2, "d:": -2}  # fmt: skip

#: Words, by value: Dutch and English first.
_WORDS = {
    2: ("zeer goed", "heel goed", "erg goed", "uitstekend", "super", "zeer positief", "very good", "excellent",
        "great", "very positive", "sehr gut", "tres bien", "très bien", "molto bene", "muy bien", "отлично"),
    1: ("goed", "positief", "tevreden", "prima", "good", "positive", "satisfied", "gut", "bien", "bene",
        "bueno", "хорошо", "positiv", "positif", "positivo"),
    0: ("neutraal", "neutral", "gemiddeld", "matig", "ok", "oké", "okay", "average", "neutre", "neutrale",
        "нейтрально", "so so", "gaat wel"),
    -1: ("slecht", "negatief", "ontevreden", "bad", "negative", "poor", "dissatisfied", "unsatisfied",
         "schlecht", "negativ", "mal", "male", "mauvais", "negatif", "negativo", "плохо"),
    -2: ("zeer slecht", "heel slecht", "erg slecht", "zeer negatief", "very bad", "terrible", "awful",
         "very negative", "very poor", "sehr schlecht", "tres mal", "très mal", "ужасно"),
}  # fmt: skip
_WORD_VALUES = {label_key(word): value for value, words in _WORDS.items() for word in words}

#: A star rating in words, after its count: "5 sterren", "1 ster", "4 stars", "3 Sterne", "4 étoiles".
_STAR_WORD = r"(?:sterren|ster|stars?|sterne?|étoiles?|estrellas?)"
_OUT_OF = re.compile(
    r"^\s*(\d+(?:[.,]\d+)?)\s*(?:/|van|uit|of|out of|von|sur|su|de|из)\s*"
    rf"(?:(\d+)|(?:de\s+|the\s+)?(\d+)\s*{_STAR_WORD})\s*$",  # "4 van 5", "4 van de 5 sterren"
    re.IGNORECASE,
)
#: Stars counted in words with no scale written ("5 sterren", "1 ster", "4,5 sterren"): on 1..5, as star ratings
#: are; "0 sterren" on 0..5, the lowest (it was read as the number 0 with a word beside it: the middle of -2..+2).
_STARS_COUNTED = re.compile(rf"^\s*([0-5](?:[.,]5)?)\s*{_STAR_WORD}\s*$", re.IGNORECASE)
_PERCENT = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*%\s*$")
_STARS = re.compile(r"^\s*([★⭐*]+)\s*([☆✩]*)\s*$")


def _split_faces(text: str) -> list[str]:
    """The faces of a string of emoji, keeping skin tones and joined sequences together."""
    faces: list[str] = []
    for ch in text:
        joins = faces and (ch in "\u200d\ufe0f" or "\U0001f3fb" <= ch <= "\U0001f3ff" or faces[-1].endswith("\u200d"))
        if joins:
            faces[-1] += ch
        else:
            faces.append(ch)
    return faces


_FACE_VALUES = {face: float(value) for value, faces in _FACES.items() for face in _split_faces(faces)}


#: The longest text read as a score notation ("heel erg ontevreden 😞" is within it; a sentence is not).
_LONGEST_NOTATION = 24


@functools.lru_cache(maxsize=8192)  # each cell is asked several times whether it writes a score
def score_notation(text: str, colour: str | None = None) -> Notation | None:
    """The score ``text`` writes, on its own scale; None when it is no score notation. ``colour``: the
    font's ("#00B050"), which makes a ● a traffic light."""
    stripped = " ".join(text.split())
    if not stripped or len(stripped) > _LONGEST_NOTATION:
        return None
    if (light := _light(stripped, colour) or dot_notation(stripped, colour)) is not None:
        return light
    if stripped in _SIGNS:
        return Notation(float(_SIGNS[stripped]), *SYMBOLIC)
    if (match := _OUT_OF.match(stripped)) is not None:
        value, top = float(match.group(1).replace(",", ".")), float(match.group(2) or match.group(3))
        if top >= 2 and 0 <= value <= top:
            return Notation(value, 0.0 if value < 1 or top > 10 else 1.0, top)
    if (match := _PERCENT.match(stripped)) is not None:
        value = float(match.group(1).replace(",", "."))
        return Notation(value, 0.0, 100.0) if value <= 100 else None
    if (match := _STARS_COUNTED.match(stripped)) is not None:  # "4 sterren": 4 on 1..5
        stars = float(match.group(1).replace(",", "."))
        if stars <= 5:
            return Notation(stars, 0.0 if stars < 1 else 1.0, 5.0)
    if (match := _STARS.match(stripped)) is not None:
        filled, empty = len(match.group(1)), len(match.group(2))
        total = filled + empty if empty else max(5, filled)
        return Notation(float(filled), 1.0, float(total)) if total >= 2 else None
    lowered = stripped.lower()
    if lowered in _ASCII_FACES:
        return Notation(float(_ASCII_FACES[lowered]), *SYMBOLIC, stripped)
    faces = _split_faces(stripped.replace(" ", ""))
    if faces and all(face in _FACE_VALUES for face in faces):
        alike = len(set(faces)) == 1  # "😊" or "😊😊": that face; "😊😟" is a mean, no one face
        return Notation(sum(_FACE_VALUES[f] for f in faces) / len(faces), *SYMBOLIC, faces[0] if alike else None)
    key = label_key(stripped)
    if key in _WORD_VALUES:  # the word is kept as the score's mark: written beside its value on the curve
        return Notation(float(_WORD_VALUES[key]), *SYMBOLIC, mark=stripped)
    return None


#: A Dutch school grade written with a plus, a minus or a half after its number: "8+", "5-", "6½", "7½".
_GRADE = re.compile(r"^(10|[1-9])\s*(?:([+\-\u2212\u2013])|(½))$")
#: What a plus or a minus adds to a school grade's number: a quarter, by Dutch convention ("8+" 8.25, "5-" 4.75).
GRADE_STEP = 0.25


def school_grade(text: str) -> float | None:
    """The value a school grade on 1..10 writes (``_GRADE``): "8+" 8.25, "5-" 4.75, "6½" 6.5, by Dutch convention;
    None for anything else (a plain "7,5" is a number) or a value off 1..10 ("10+", "1-")."""
    found = _GRADE.match(" ".join(text.split()))
    if found is None:
        return None
    number, sign, half = int(found[1]), found[2], found[3]
    value = number + 0.5 if half else number + (GRADE_STEP if sign == "+" else -GRADE_STEP)
    return value if 1 <= value <= 10 else None


#: Words that say a status, not a feeling ("ok | niet ok"): a score under a score label, never what makes a
#: row of no role the score row by its content.
_STATUS_WORDS = frozenset(label_key(w) for w in ("ok", "oké", "okay", "okee", "okido"))


def is_feeling(text: str) -> bool:
    """Whether ``text`` writes a feeling as a face or in words ("🙂", ":-(", "slecht", "heel goed", "great"):
    what makes a lane of no role a row of scores by its content. Numbers, signs, stars and traffic lights are
    read so only under a score label (a plain number may be a step, "-" nothing filled in), and "ok" is a
    status ("ok | niet ok"), no feeling."""
    notation = score_notation(text)
    if notation is None or notation.light is not None:
        return False
    key = label_key(" ".join(text.split()))
    return notation.face is not None or (key in _WORD_VALUES and key not in _STATUS_WORDS)


#: A lone dash, as people leave a cell they have nothing to write in ("-", "–", "—", "−"), or two.
_DASHES = frozenset("-–—−")


def is_dash(text: str) -> bool:
    """Whether a cell holds nothing but one or two dashes ("-", "–", "--"): no score in a row of numbers or
    words, a score in a row written in ``++ + 0 - --``."""
    stripped = "".join(text.split())
    return 0 < len(stripped) <= 2 and all(ch in _DASHES for ch in stripped)


def writes_signs(texts: list[str]) -> bool:
    """Whether a row writes its scores as ``++ + 0 - --``: a cell of it holds a sign with a plus ("+", "++",
    "+/-", "±"), or it holds dashes of two lengths ("--" and "-"). In such a row a dash is a score."""
    stripped = ["".join(t.split()) for t in texts]
    plus = any(t in _SIGNS and ("+" in t or "±" in t) for t in stripped)
    return plus or len({len(t) for t in stripped if is_dash(t)}) > 1


#: A number written as a score: "-1", "4", "7,5".
PLAIN_SCORE = re.compile(r"[+\-\u2212]?\d{1,3}(?:[.,]\d+)?")
#: A number written with its sign, as a score around zero is ("+1", "-2", "−1,5"): a score before words.
SIGNED_SCORE = re.compile(r"[+\-\u2212]\d{1,2}(?:[.,]\d+)?")
#: What may stand between a score and words after it on the same line: "slecht: lange wachttijd", or a
#: hyphen with spaces around it before words ("8 - blij"; "5 - 10 minuten" is a range, no score and words).
_AFTER_SCORE = re.compile(
    r"^(?P<score>[^:;,—–]+?)(?:\s*[:;,—–]\s+(?P<words>\S.*)|\s+-\s+(?P<after_hyphen>[^\d\s].*))$", re.DOTALL
)


#: A mark standing alone between a score and its words ("9/10 - top", "4/5 – prima", "++ : snel").
_BETWEEN = frozenset(("-", "\u2013", "\u2014", ":", "|"))


def _longest_start(words: list[str]) -> int:
    """How many words at most make a start short enough to be a score notation (``score_notation`` reads
    none longer than 24 characters): the longer starts need not be tried."""
    length = -1
    for count, word in enumerate(words):
        length += len(word) + 1
        if length > _LONGEST_NOTATION:
            return count
    return len(words)


@functools.lru_cache(maxsize=8192)
def split_score(text: str) -> tuple[str, str] | None:
    """A score cell that writes words beyond its score ("slecht\n🙁 lange wachttijd", "🙁 lange wachttijd",
    "-1: te lang", "3 van 5 sterren"): the score as written and the words after it, kept as the lane's text;
    None for a cell that is a score alone or writes no score first. The score is its first line; else the
    longest start that is a face, sign, fraction, stars or light (never a bare number or a word: "10 minuten",
    "goed geregeld" are text); else any score before a colon, semicolon, comma or dash."""
    stripped = text.strip()
    lines = [line.strip() for line in stripped.splitlines() if line.strip()]
    if len(lines) > 1 and _reads(lines[0]):
        return lines[0], "\n".join(lines[1:])
    words = stripped.split()
    if len(words) > 1 and _number_first(words):
        after = words[1:]  # "+2 - top": the dash between the score and its words is neither, as after "9/10"
        return words[0], " ".join(after[1:] if len(after) > 1 and after[0] in _BETWEEN else after)
    for end in range(min(len(words) - 1, _longest_start(words)), 0, -1):
        notation = score_notation(" ".join(words[:end]))
        if notation is not None and notation.mark is None:
            after = words[end:]  # "9/10 - top": the dash between the score and its words is neither
            return " ".join(words[:end]), " ".join(after[1:] if len(after) > 1 and after[0] in _BETWEEN else after)
    match = _AFTER_SCORE.match(stripped)
    if match is not None and _reads(match.group("score")):
        return match.group("score").strip(), (match.group("words") or match.group("after_hyphen")).strip()
    return None


def _number_first(words: list[str]) -> bool:
    """Whether a cell's words start with a score written as a number: a signed one ("+1 nieuw huis",
    "-2 😠"), or any small number before a face ("3 🙂"); "10 minuten" is text."""
    if SIGNED_SCORE.fullmatch(words[0]) is not None:
        return True
    return PLAIN_SCORE.fullmatch(words[0]) is not None and leading_face(words[1])[0] is not None


def leading_face(text: str) -> tuple[str | None, str]:
    """The face that starts ``text`` (a score's words, "😊 nieuw huis") and the words after it; (None, text)
    when it starts with none."""
    first, _, rest = text.strip().partition(" ")
    notation = score_notation(first)
    if notation is None or notation.face is None or notation.light is not None:
        return None, text
    return notation.face, rest.strip()


#: A score's number at the start of its cell, before a face or words ("-1 😕 lange wachttijd", "0\nneutraal"),
#: or over its scale's top ("5/10": the number is the score, "/10" how the team writes it).
_LEADING_NUMBER = re.compile(r"^\s*(?P<number>[+\-\u2212]?\d{1,3}(?:[.,]\d+)?)(?=\s|[:;,]|/\s*\d|$)")


def out_of(text: str) -> tuple[float, float] | None:
    """A score written over its scale's top ("8/10", "8 van 10", "7,5/10"): the score and the top; None for any
    other text."""
    match = _OUT_OF.match(" ".join(text.split()))
    if match is None:
        return None
    return float(match.group(1).replace(",", ".")), float(match.group(2) or match.group(3))


def rescored(text: str, number: str, face: str | None = None) -> str | None:
    """A score cell's text with ``number`` as its score and every other character kept: its number replaced
    ("-1 😕 lange wachttijd" → "+1 😕 lange wachttijd"), or written before the face that was its score ("🙁 te
    lang" → "+1 🙁 te lang"); with ``face`` (typed with the new score) in place of the face the cell wrote, or
    after the number where it wrote none ("-1⏎neutraal" → "+1 😊⏎neutraal"). None for a cell that writes its
    score otherwise (stars, a percentage)."""
    found = _LEADING_NUMBER.match(text)
    if found is not None:
        head, rest = text[: found.start("number")] + number, text[found.end("number") :]
    else:
        first = text.split(maxsplit=1)[0] if text.strip() else ""
        notation = score_notation(first) if first else None
        if notation is None or notation.face is None or notation.light is not None:
            return None
        head, rest = number, f" {text.lstrip()}"
    if face is None:
        return head + rest
    old, _ = leading_face(rest)
    return head + (rest.replace(old, face, 1) if old is not None else f" {face}{rest}")


def face_value(face: str) -> float | None:
    """A face's score on -2..+2 (😊 is +1); None for no face canvasgen knows."""
    value = _FACE_VALUES.get(face, _ASCII_FACES.get(face.lower()))
    return None if value is None else float(value)


def writes_score(text: str) -> bool:
    """Whether a cell's text writes a score, alone or before words ("🙂", "slecht", "-1 te lang"): a card of that
    text holds its phase's score; a Mermaid task's words on the line of its score ("Monteur komt") do not."""
    return _reads(text) or split_score(text) is not None


def _reads(text: str) -> bool:
    """Whether ``text`` is a score alone: a notation or a plain small number."""
    return score_notation(text) is not None or PLAIN_SCORE.fullmatch(text.strip()) is not None


def fraction_from_date(value: object) -> tuple[int, int] | None:
    """The fraction Excel turned into a date: "4/5" typed in a score cell is stored as 4 May (or April 5,
    by the computer's locale). Day and month are then the fraction's two numbers, and a score is never
    more than its scale, so the smaller is the score and the larger the scale's top, whichever order the
    locale used. None for a value that is no date at midnight, or whose numbers make no fraction."""
    if isinstance(value, dt.datetime):
        if value.time() != dt.time():
            return None
    elif not isinstance(value, dt.date):
        return None
    score, top = sorted((value.day, value.month))
    return (score, top) if top >= 2 else None


SCALE_IN_LABEL = re.compile(r"([+-]?\d+)\s*(?:\.\.|…|–|-|to|tot|t/m)\s*\+?(\d+)")


def scale_in_label(label: str) -> tuple[float, float] | None:
    """The scale a score row's label names: "Ervaringsscore (-2 t/m +2)" names -2..+2."""
    match = SCALE_IN_LABEL.search(label)
    if match is None:
        return None
    low, high = float(match.group(1)), float(match.group(2))
    return (low, high) if low < high else None


def with_scale(label: str, low: float, high: float) -> str:
    """A score row's label with its scale written in it, read back as that scale (``scale_in_label``): the
    label's own scale part alone rewritten ("Hoe voelt het (1-5)?" becomes "Hoe voelt het (1-10)?"), else
    the scale after it ("Ervaringsscore (1-5)"; "Score (1-5)" for no label)."""
    new = f"{low:g}-{high:g}" if low >= 0 else f"{low:g} to +{high:g}"
    match = SCALE_IN_LABEL.search(label)
    if match is not None:
        return f"{label[: match.start()]}{new}{label[match.end() :]}"
    return f"{label.strip() or 'Score'} ({new})"
