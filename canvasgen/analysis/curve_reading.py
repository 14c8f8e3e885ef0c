"""The emotion curve in words: which phase is experienced worst and best, and where the biggest drop
is. Said in the deck's speaker notes and, for readers who cannot see the curve, wherever it is drawn."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from canvasgen.text import label_key
from canvasgen.words import CURVE_WORDS

if TYPE_CHECKING:
    from canvasgen.model import Journey


def _figure(value: float, signed: bool) -> str:
    """+1, -0.5, 4: a sign only on a scale round zero (-2..+2), where it carries meaning."""
    if value == 0:
        return "0"
    return (f"{value:+.1f}" if signed else f"{value:.1f}").rstrip("0").rstrip(".")


def read_curve(phases: list[str], values: list[float | None], language: str, signed: bool | None = None) -> str:
    """One or two sentences a person would say looking at the curve; ``signed``: the scores are on a
    scale round zero (every one written with its sign, "+2", as the poster does), or not ("4"); by the
    values when not said."""
    say = CURVE_WORDS.get(language, CURVE_WORDS["en"])
    scored = [(name, value) for name, value in zip(phases, values) if value is not None]
    if not scored:
        return say["none"]
    if signed is None:
        signed = any(value < 0 for _, value in scored)

    def _f(value: float) -> str:
        return _figure(value, signed)

    low = min(scored, key=lambda pair: pair[1])
    high = max(scored, key=lambda pair: pair[1])
    if low[1] == high[1]:
        first = say["flat"].format(value=_f(low[1]))
    else:
        first = say["extremes"].format(low=low[0], low_v=_f(low[1]), high=high[0], high_v=_f(high[1]))
    # each scored phase with the next scored one, and the phases between them that have no score: a drop
    # over an unscored phase is said with that phase named (the curve leaves a gap there), never as
    # though the two were neighbours
    places = [i for i, value in enumerate(values) if value is not None]
    drops = []
    for i, j in pairwise(places):
        before, after = values[i], values[j]
        assert before is not None and after is not None
        if after < before:
            drops.append((after - before, (phases[i], before), (phases[j], after), phases[i + 1 : j]))
    if not drops:
        return f"{first} {say['no_drop']}"
    _, a, b, between = min(drops, key=lambda drop: drop[0])
    said = {"a": a[0], "b": b[0], "a_v": _f(a[1]), "b_v": _f(b[1])}
    if between:
        named = ", ".join(f"'{name}'" for name in between)
        return f"{first} {say['drop_over'].format(between=named, **said)}"
    return f"{first} {say['drop'].format(**said)}"


def journey_reading(journey: Journey, language: str) -> str:
    """What a journey's curve shows, in words: the deck's notes and the poster's figure alt text."""
    signed = journey.score_scale.low < 0  # an ideal journey scored 1 and 2 on -2..+2 still reads "+1", "+2"
    return read_curve([p.name for p in journey.phases], journey.phase_means(), language, signed)


def comparable(journeys: list[Journey]) -> list[list[Journey]]:
    """Journeys with scores over the same phases, grouped: each group of two or more can be compared."""
    groups: dict[tuple[str, ...], list[Journey]] = {}
    for journey in journeys:
        if any(journey.scores):
            groups.setdefault(tuple(label_key(p.name) for p in journey.phases), []).append(journey)
    return [group for group in groups.values() if len(group) > 1]
