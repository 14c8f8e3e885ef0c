"""Which language to write a canvas's output in: Dutch canvases get Dutch posters."""

from __future__ import annotations

from canvasgen.labels import LANE_LABELS, META_LABELS, WORDS
from canvasgen.model import Canvas
from canvasgen.text import label_key


def _words(lang: str) -> set[str]:
    words = {label_key(w) for w in LANE_LABELS[lang].values()} | {label_key(w) for w in META_LABELS[lang].values()}
    return words | {label_key(WORDS[lang]["phase"])}


_NL, _EN = _words("nl") - _words("en"), _words("en") - _words("nl")


def detect_language(canvas: Canvas, default: str) -> str:
    """ "nl" or "en", from the labels the workbook uses; ``default`` when they don't tell."""
    labels = [label_key(lane.label) for j in canvas.journeys for lane in j.lanes]
    labels += [label_key(item.text) for j in canvas.journeys for k, item in j.meta.items() if k.endswith("_label")]
    labels += [label_key(item.text) for j in canvas.journeys for item in j.phase_labels]
    nl = sum(1 for key in labels if key in _NL)
    en = sum(1 for key in labels if key in _EN)
    if nl == en:
        return default
    return "nl" if nl > en else "en"
