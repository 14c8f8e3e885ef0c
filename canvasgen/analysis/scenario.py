"""Which journey is the ideal one and which today's: by its sheet's name or its scenario field."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from canvasgen.model import Canvas, Journey
from canvasgen.vocabulary.scenarios import CURRENT_WORDS, IDEAL_WORDS
from canvasgen.vocabulary.scenarios import says as _says

Scenario = Literal["ideal", "current"]


def marked(journey: Journey, words: tuple[str, ...]) -> bool:
    """Whether the journey's sheet name or scenario says one of ``words`` ("Ideal journey", "Scenario: Ideaal");
    when neither says a scenario, its title ("Ideale situatie" over one of two journeys on one sheet)."""
    return any(_says(t, words) for t in _scenario_texts(journey))


def _scenario_texts(journey: Journey) -> list[str]:
    """The texts that say a journey's scenario: its sheet's name and Scenario cell, else its title."""
    scenario = journey.meta.get("scenario")
    texts = [journey.sheet] + ([scenario.text] if scenario else [])
    if not any(_says(t, IDEAL_WORDS + CURRENT_WORDS) for t in texts):
        texts.append(journey.name)
    return texts


def ideal_beside_today(journey: Journey, canvas: Canvas) -> bool:
    """Whether ``journey`` is an ideal one in a workbook that also holds a journey of today (marked current,
    or not marked ideal): the figures measured today belong to that one, never to the ideal."""
    return marked(journey, IDEAL_WORDS) and any(not marked(j, IDEAL_WORDS) for j in canvas.journeys)


def said_scenario(journey: Journey) -> tuple[Scenario | None, str]:
    """The scenario the journey says it is of, and where, for a sentence ("Scenario 'Huidig' in Reis!B3"): its
    Scenario cell decides, else its sheet's name; None when the deciding words name neither or both."""
    scenario = journey.meta.get("scenario")
    places = [(journey.sheet, f"its sheet's name '{journey.sheet}'")]
    if scenario is not None:
        where = f"Scenario '{scenario.text}'" + (f" in {scenario.source}" if scenario.source else "")
        places.insert(0, (scenario.text, where))
    if journey.name in _scenario_texts(journey) and journey.name != journey.sheet:
        places.append((journey.name, f"its title '{journey.name}'"))
    for text, where in places:
        ideal, current = _says(text, IDEAL_WORDS), _says(text, CURRENT_WORDS)
        if ideal != current:
            return ("ideal" if ideal else "current"), where
        if ideal:  # it names both: unclear, and a sheet's name does not overrule the cell
            return None, where
    return None, ""


def scenario_word(journey: Journey) -> str:
    """The journey's own word for its scenario (its Scenario cell, else its sheet's name when that names a
    scenario: "Huidige reis", never "Klantreis"): to tell two journeys of one name apart; "" when it has none."""
    scenario = journey.meta.get("scenario")
    if scenario is not None:
        return scenario.text
    return journey.sheet if _says(journey.sheet, IDEAL_WORDS + CURRENT_WORDS) else ""


def named_scenario(name: str) -> Scenario | None:
    """The scenario a workbook's name says ("reis-ideaal.xlsx", "Current journey v2.xlsx"), None for neither
    or both: an ideal and a current workbook side by side are told apart by their names first."""
    stem = Path(name).stem
    ideal, current = _says(stem, IDEAL_WORDS), _says(stem, CURRENT_WORDS)
    return None if ideal == current else ("ideal" if ideal else "current")


def canvas_scenario(canvas: Canvas) -> Scenario | None:
    """The scenario every journey of a workbook says (by its Scenario cell or sheet name), None when they say
    none or differ."""
    said = {said_scenario(journey)[0] for journey in canvas.journeys}
    return said.pop() if len(said) == 1 else None
