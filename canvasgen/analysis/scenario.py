"""Which journey is the ideal one and which today's: by its sheet's name or its scenario field."""

from __future__ import annotations

from canvasgen.model import Canvas, Journey
from canvasgen.text import label_key

IDEAL_WORDS = ("ideal", "ideaal", "gewenst", "to be", "tobe", "future", "toekomst")
CURRENT_WORDS = ("current", "huidig", "huidige", "as is", "asis", "today", "nu", "present")


def marked(journey: Journey, words: tuple[str, ...]) -> bool:
    """Whether the journey's sheet name or scenario says one of ``words`` ("Ideal journey", "Scenario: Ideaal")."""
    scenario = journey.meta.get("scenario")
    return any(_says(t, words) for t in [journey.sheet] + ([scenario.text] if scenario else []))


def _says(text: str, words: tuple[str, ...]) -> bool:
    key = label_key(text)
    return any(key == w or key.startswith(w + " ") or key.endswith(" " + w) for w in words)


def ideal_beside_today(journey: Journey, canvas: Canvas) -> bool:
    """Whether ``journey`` is an ideal one in a workbook that also holds a journey of today (marked current,
    or not marked ideal): the figures measured today belong to that one, never to the ideal."""
    return marked(journey, IDEAL_WORDS) and any(not marked(j, IDEAL_WORDS) for j in canvas.journeys)


def why_marked(journey: Journey, words: tuple[str, ...]) -> str:
    """Where the journey says it is of the scenario ``words`` name, for a sentence: its Scenario cell
    ("Scenario 'Huidig' in Huidige reis!B8") or its sheet's name; "" when it says neither."""
    scenario = journey.meta.get("scenario")
    if scenario is not None and _says(scenario.text, words):
        return f"Scenario '{scenario.text}'" + (f" in {scenario.source}" if scenario.source else "")
    return f"its sheet's name '{journey.sheet}'" if _says(journey.sheet, words) else ""


def swapped(ideal: Journey, current: Journey) -> bool:
    """Whether the journey given as the ideal one says it is today's and the one given as today's says it is
    the ideal, each in its own words and neither in both: given the other way round."""

    def only(journey: Journey, words: tuple[str, ...], other: tuple[str, ...]) -> bool:
        return marked(journey, words) and not marked(journey, other)

    return only(ideal, CURRENT_WORDS, IDEAL_WORDS) and only(current, IDEAL_WORDS, CURRENT_WORDS)


def scenario_word(journey: Journey) -> str:
    """The journey's own word for its scenario (its Scenario cell, else its sheet's name): to tell two journeys
    of one name apart."""
    scenario = journey.meta.get("scenario")
    return scenario.text if scenario is not None else journey.sheet
