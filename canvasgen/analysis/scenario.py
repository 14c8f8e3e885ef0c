"""Which journey is the ideal one and which today's: by its sheet's name or its scenario field."""

from __future__ import annotations

from canvasgen.model import Canvas, Journey
from canvasgen.text import label_key

IDEAL_WORDS = ("ideal", "ideaal", "gewenst", "to be", "tobe", "future", "toekomst")
CURRENT_WORDS = ("current", "huidig", "huidige", "as is", "asis", "today", "nu", "present")


def marked(journey: Journey, words: tuple[str, ...]) -> bool:
    """Whether the journey's sheet name or scenario says one of ``words`` ("Ideal journey", "Scenario: Ideaal")."""
    scenario = journey.meta.get("scenario")
    texts = [journey.sheet] + ([scenario.text] if scenario else [])
    keys = [label_key(t) for t in texts]
    return any(k == w or k.startswith(w + " ") or k.endswith(" " + w) for k in keys for w in words)


def ideal_beside_today(journey: Journey, canvas: Canvas) -> bool:
    """Whether ``journey`` is an ideal one in a workbook that also holds a journey of today (marked current,
    or not marked ideal): the figures measured today belong to that one, never to the ideal."""
    return marked(journey, IDEAL_WORDS) and any(not marked(j, IDEAL_WORDS) for j in canvas.journeys)
