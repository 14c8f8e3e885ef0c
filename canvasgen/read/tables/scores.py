"""A journey's scores settled on one scale: the scale the row's label names, else the usual one the
values fit; notations (``4/5``, ``++``, ``😊``) mapped onto it; every value that does not fit, and every
text that is no score, warned about with its cell and what to do.

Traffic lights (🟢, "groen", a green ●) are three levels: the top, middle and bottom of that scale, unless
the user gave each its score (``--traffic-lights 'green=1,amber=0,red=-1'``), which is then a plain number
on the row's scale. A row of nothing but the letters G, A and R, with a G or an R among them, is a row of
traffic lights too (one "A" alone may be a school grade). How they were read is said in the reading."""

from __future__ import annotations

import re
from dataclasses import replace

from canvasgen.errors import CanvasWarning, Location
from canvasgen.model import SCORE_LANE, Journey, Light, Score, ScoreScale, Source
from canvasgen.read.package.references import position
from canvasgen.read.tables.found import RawScore
from canvasgen.vocabulary.scores import (
    LIGHT_FACES,
    LIGHT_LETTERS,
    SCALE_IN_LABEL,
    LightScores,
    light_notation,
    scale_in_label,
)

#: The template's scale: a row whose label names none is read on it while its values fit.
DEFAULT = ScoreScale(-2, 2)
#: Scales people score on, tried in this order when the values do not fit the label's (or the default).
USUAL = (ScoreScale(1, 5), ScoreScale(1, 10), ScoreScale(0, 10), ScoreScale(0, 100))
USUAL_AROUND_ZERO = (ScoreScale(-3, 3), ScoreScale(-5, 5), ScoreScale(-10, 10))
KNOWN_NOTATIONS = (
    "a number, ++ + 0 - --, 4/5, 3 van 5, 80%, ★★★☆☆, a smiley such as 🙂 or :), a word such as goed or bad, "
    "or a traffic light such as 🟢, rood or a ● in green, amber or red"
)


def settle_scores(
    journey: Journey,
    raw: list[list[RawScore]],
    file: str,
    warnings: list[CanvasWarning],
    lights: LightScores | None = None,
) -> None:
    """The journey's scores, settled on one scale; ``lights``: the scores the user gave traffic lights."""
    raw = _letters_as_lights(journey, raw)
    scores = [s for phase in raw for s in phase]
    given = lights.values if lights is not None else {}

    def number(s: RawScore) -> float | None:
        """A score's value on the row's own scale, when it has one before the scale is known."""
        if s.notation is None:
            return s.value
        light = s.notation.light
        return given[light] if light is not None and light in given else None

    numbers = [(s, value) for s in scores if (value := number(s)) is not None]
    values = [value for _, value in numbers]
    named, label = _named_scale([s.label for s in scores])
    scale, told = choose_scale(values, named)
    if told:
        first = next(s for s, value in numbers if not _within(value, named or DEFAULT))
        warnings.append(_at(file, first, f"{told}; label {_line(scores)} '{_labelled(label, scale)}' to say so"))
    outside = [(s, value) for s, value in numbers if not _within(value, scale)]
    if outside:
        wanted = ScoreScale(min(min(values), scale.low), max(max(values), scale.high))
        fix = f"label {_line(scores)} '{_labelled(label, wanted)}' to use {_span(wanted)}"
        for s, value in outside:
            said = f"score {value:g} lies outside the scale {scale}; drawn at the scale's end — {fix}"
            warnings.append(_at(file, s, said))
    settled: list[list[Score]] = []
    for phase in raw:
        kept: list[Score] = []
        for s in phase:
            if s.value is None:
                warnings.append(
                    _at(
                        file,
                        s,
                        f"'{s.written}' in the score row is no score canvasgen can read "
                        f"({KNOWN_NOTATIONS}); it stays on the poster as text",
                    )
                )
                continue
            if s.stored_as_date:
                warnings.append(
                    _at(
                        file,
                        s,
                        f"Excel stored this score as the date {s.stored_as_date}; read as "
                        f"{s.written} — type it as '{s.written} (with an apostrophe in front) "
                        "so Excel keeps it as written",
                    )
                )
            notation, fixed = s.notation, number(s)
            if notation is None:
                kept.append(Score(s.value, scale, s.source))
            else:
                value = fixed if fixed is not None else notation.on(scale.low, scale.high)
                kept.append(Score(value, scale, s.source, notation.face, notation.light, notation.mark))
        settled.append(kept)
    while len(settled) < len(journey.phases):
        settled.append([])
    journey.scores = settled
    if said := _lights_read(settled, scale, lights):
        journey.reading.append(said)


def _letters_as_lights(journey: Journey, raw: list[list[RawScore]]) -> list[list[RawScore]]:
    """A score row of nothing but the letters G, A and R, a G or an R among them ("G | A | R | G"), read
    as traffic lights: the letters leave the score lane's text, as any score does. One row (a lane's
    label) at a time; a row of only "A"s stays text (a school grade, maybe)."""
    by_label: dict[str, list[RawScore]] = {}
    for s in (s for phase in raw for s in phase):
        by_label.setdefault(s.label, []).append(s)
    rows = [
        label
        for label, scores in by_label.items()
        if all(s.value is None and s.written.strip() in LIGHT_LETTERS for s in scores)
        and any(LIGHT_LETTERS[s.written.strip()] is not Light.AMBER for s in scores)
    ]
    if not rows:
        return raw
    read: set[Source] = set()
    settled: list[list[RawScore]] = []
    for phase in raw:
        kept: list[RawScore] = []
        for s in phase:
            if s.label in rows:
                letter = s.written.strip()
                notation = light_notation(LIGHT_LETTERS[letter], letter)
                s = replace(s, value=notation.value, notation=notation, written=letter)
                read.add(s.source)
            kept.append(s)
        settled.append(kept)
    for lane in journey.lanes:  # the letters are scores now, no longer the lane's text
        if lane.kind == SCORE_LANE:
            lane.cells = [[item for item in cell if item.source not in read] for cell in lane.cells]
    return settled


def _lights_read(settled: list[list[Score]], scale: ScoreScale, lights: LightScores | None) -> str:
    """How the traffic lights were read, for ``check --explain``: where, each colour's score and why (the
    scale's levels, or the user's correction, named); "" for a journey without them."""
    lit = [s for phase in settled for s in phase if s.light is not None]
    if not lit:
        return ""
    sources = [s.source for s in lit if s.source is not None]
    cells = ", ".join(
        str(source) if i == 0 or source.sheet != sources[0].sheet else source.cell for i, source in enumerate(sources)
    )
    order = (Light.GREEN, Light.AMBER, Light.RED)
    if lights is not None:
        values = ", ".join(f"{light.value} {lights.values[light]:g}" for light in order)
        return f"traffic lights read as scores ({cells}): {values}, as {lights.given} says"
    levels = {Light.GREEN: scale.high, Light.AMBER: (scale.low + scale.high) / 2, Light.RED: scale.low}
    values = ", ".join(f"{light.value} ({LIGHT_FACES[light]}) {_value(levels[light], scale)}" for light in order)
    return (
        f"traffic lights read as scores ({cells}): {values}, the top, middle and bottom of the scale {scale}; "
        "to score them otherwise: --traffic-lights 'green=1,amber=0,red=-1' (or traffic-lights in canvasgen.toml)"
    )


def _value(value: float, scale: ScoreScale) -> str:
    return f"{value:+g}" if scale.low < 0 and value != 0 else f"{value:g}"


def choose_scale(values: list[float], named: ScoreScale | None) -> tuple[ScoreScale, str | None]:
    """The scale to read plain numbers on, and what to tell the user when it is not the one the label
    names (or, with no scale named, not the template's -2..+2). A row whose values fit stays as named:
    a -2..+2 row holding only 1s and 2s stays -2..+2."""
    expected = named or DEFAULT
    if all(_within(v, expected) for v in values):
        return expected, None
    low, high = min(values), max(values)
    usual = USUAL_AROUND_ZERO if low < 0 else USUAL
    found = next((s for s in usual if all(_within(v, s) for v in values)), expected)
    if found == expected:
        return expected, None
    which = f"the scale its label names, {expected}" if named else f"the usual {expected}"
    return found, f"scores from {low:g} to {high:g} do not fit {which}: read on {_span(found)}"


def _named_scale(labels: list[str]) -> tuple[ScoreScale | None, str]:
    for label in labels:
        if (named := scale_in_label(label)) is not None:
            return ScoreScale(*named), label
    return None, next((label for label in labels if label), "Score")


def _labelled(label: str, scale: ScoreScale) -> str:
    """The row's label with the scale written in it: 'Ervaringsscore (1-5)'."""
    bare = SCALE_IN_LABEL.sub("", label)
    bare = re.sub(r"\(\s*\)|\[\s*\]", "", bare).strip(" :(-") or "Score"
    return f"{bare} ({scale.low:g}-{scale.high:g})" if scale.low >= 0 else f"{bare} ({scale.low:g} to +{scale.high:g})"


def _line(scores: list[RawScore]) -> str:
    """Where the scores stand, as the user sees the sheet: "the row" across phases, "the column" down."""
    cells = [place for s in scores if s.source.cell and (place := position(s.source.cell))]
    rows = {row for row, _ in cells}
    columns = {column for _, column in cells}
    if len(columns) == 1 and len(rows) > 1:
        return "the column"
    return "the row" if len(rows) == 1 else "the scores"


def _span(scale: ScoreScale) -> str:
    return f"{scale.low:g} to {scale.high:+g}" if scale.low < 0 else f"{scale.low:g} to {scale.high:g}"


def _within(value: float, scale: ScoreScale) -> bool:
    return scale.low <= value <= scale.high


def _at(file: str, score: RawScore, message: str) -> CanvasWarning:
    return CanvasWarning(Location(file, score.source.sheet, score.source.cell), message)
