"""The journey models agencies work with, in Dutch and English."""

from __future__ import annotations

from canvasgen.words import PHASE_MODELS as WORD_MODELS

#: Phases per journey model and language (the words themselves live in ``canvasgen.words``).
PHASE_MODELS: dict[str, dict[str, tuple[str, ...]]] = {
    model: {lang: WORD_MODELS[lang][model] for lang in WORD_MODELS} for model in WORD_MODELS["nl"]
}

MIN_PHASES = 3
MAX_PHASES = 10


def phases_for(model: str, lang: str) -> tuple[str, ...]:
    return PHASE_MODELS[model][lang]
