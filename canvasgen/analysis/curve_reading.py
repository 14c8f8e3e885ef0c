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


def read_curve(
    phases: list[str],
    values: list[float | None],
    language: str,
    signed: bool | None = None,
    middle: float | None = None,
) -> str:
    """One or two sentences a person would say looking at the curve; ``signed``: the scores are on a
    scale round zero (every one written with its sign, "+2", as the poster does), or not ("4"); by the
    values when not said. ``middle``: the scale's middle, at or above which the lowest score is said to
    be the least good rather than the worst (a curve of 4s and 5s on 1..5 has no bad phase). Phases that
    tie for the lowest or the highest score are all named."""
    say = CURVE_WORDS.get(language, CURVE_WORDS["en"])
    scored = [(name, value) for name, value in zip(phases, values) if value is not None]
    if not scored:
        return say["none"]
    if signed is None:
        signed = any(value < 0 for _, value in scored)

    def _f(value: float) -> str:
        return _figure(value, signed)

    low = min(value for _, value in scored)
    high = max(value for _, value in scored)
    if low == high:
        first = say["flat"].format(value=_f(low))
    else:
        lows = _names([name for name, value in scored if value == low], say["and"])
        highs = _names([name for name, value in scored if value == high], say["and"])
        mild = middle is not None and low >= middle
        first = say["extremes_mild" if mild else "extremes"].format(
            low=lows, low_v=_f(low), high=highs, high_v=_f(high)
        )
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


def _names(names: list[str], conjunction: str) -> str:
    """Phase names quoted and listed: "'Kiezen'", "'Kiezen' en 'Betalen'", "'A', 'B' en 'C'"."""
    quoted = [f"'{name}'" for name in names]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} {conjunction} {quoted[-1]}"


def journey_reading(journey: Journey, language: str) -> str:
    """What a journey's curve shows, in words: the deck's notes and the poster's figure alt text."""
    scale = journey.score_scale
    signed = scale.low < 0  # an ideal journey scored 1 and 2 on -2..+2 still reads "+1", "+2"
    return read_curve([p.name for p in journey.phases], journey.phase_means(), language, signed, scale.neutral)


def comparable(journeys: list[Journey]) -> list[list[Journey]]:
    """Journeys with scores over the same phases, grouped: each group of two or more can be compared."""
    groups: dict[tuple[str, ...], list[Journey]] = {}
    for journey in journeys:
        if any(journey.scores):
            groups.setdefault(tuple(label_key(p.name) for p in journey.phases), []).append(journey)
    return [group for group in groups.values() if len(group) > 1]
