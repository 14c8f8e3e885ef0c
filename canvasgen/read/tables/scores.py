"""A journey's scores settled on one scale: the scale the row's label names, else the usual one the
values fit; notations (``4/5``, ``++``, ``😊``) mapped onto it; every value that does not fit, and every
text that is no score, warned about with its cell and what to do."""

from __future__ import annotations

import re

from canvasgen.errors import CanvasWarning, Location
from canvasgen.model import Journey, Score, ScoreScale
from canvasgen.read.package.references import position
from canvasgen.read.tables.found import RawScore
from canvasgen.vocabulary.scores import SCALE_IN_LABEL, scale_in_label

#: The template's scale: a row whose label names none is read on it while its values fit.
DEFAULT = ScoreScale(-2, 2)
#: Scales people score on, tried in this order when the values do not fit the label's (or the default).
USUAL = (ScoreScale(1, 5), ScoreScale(1, 10), ScoreScale(0, 10), ScoreScale(0, 100))
USUAL_AROUND_ZERO = (ScoreScale(-3, 3), ScoreScale(-5, 5), ScoreScale(-10, 10))
KNOWN_NOTATIONS = (
    "a number, ++ + 0 - --, 4/5, 3 van 5, 80%, ★★★☆☆, a smiley such as 🙂 or :), or a word such as goed or bad"
)


def settle_scores(journey: Journey, raw: list[list[RawScore]], file: str, warnings: list[CanvasWarning]) -> None:
    scores = [s for phase in raw for s in phase]
    numbers = [(s, s.value) for s in scores if s.value is not None and s.notation is None]
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
            value = s.notation.on(scale.low, scale.high) if s.notation is not None else s.value
            kept.append(Score(value, scale, s.source, s.notation.face if s.notation is not None else None))
        settled.append(kept)
    while len(settled) < len(journey.phases):
        settled.append([])
    journey.scores = settled


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
