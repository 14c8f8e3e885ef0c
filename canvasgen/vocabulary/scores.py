"""How people write a score when they do not type a plain number.

``++ + 0 - --``, ``4/5``, ``3 van 5``, ``80%``, ``★★★☆☆``, smileys and emoji, words such as *goed* or
*bad*: each is read as a value on the notation's own scale (``4/5`` is 4 on 1..5, ``😊`` +1 on -2..+2),
which the reader then maps onto the score row's scale. Words are compared by ``label_key``; Dutch and
English at least, and the common words of a few more languages.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from canvasgen.text import label_key


@dataclass(frozen=True)
class Notation:
    value: float
    low: float  # the notation's own scale
    high: float
    face: str | None = None  # the one emoji or emoticon it was written as, drawn as the curve's marker

    def on(self, low: float, high: float) -> float:
        """The value moved onto another scale, end to end."""
        share = (self.value - self.low) / (self.high - self.low)
        return round(low + share * (high - low), 2)


SYMBOLIC = (-2.0, 2.0)

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

_OUT_OF = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(?:/|van|uit|of|out of|von|sur|su|de|из)\s*(\d+)\s*$", re.IGNORECASE)
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


def score_notation(text: str) -> Notation | None:
    """The score ``text`` writes, on its own scale; None when it is no score notation."""
    stripped = " ".join(text.split())
    if not stripped or len(stripped) > 24:
        return None
    if stripped in _SIGNS:
        return Notation(float(_SIGNS[stripped]), *SYMBOLIC)
    if (match := _OUT_OF.match(stripped)) is not None:
        value, top = float(match.group(1).replace(",", ".")), float(match.group(2))
        if top >= 2 and 0 <= value <= top:
            return Notation(value, 0.0 if value < 1 or top > 10 else 1.0, top)
    if (match := _PERCENT.match(stripped)) is not None:
        value = float(match.group(1).replace(",", "."))
        return Notation(value, 0.0, 100.0) if value <= 100 else None
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
    if key in _WORD_VALUES:
        return Notation(float(_WORD_VALUES[key]), *SYMBOLIC)
    return None


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
