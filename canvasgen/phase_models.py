"""The journey models agencies work with, in Dutch and English."""

from __future__ import annotations

PHASE_MODELS: dict[str, dict[str, tuple[str, ...]]] = {
    "five": {
        "nl": ("Bewustwording", "Interesse", "Overweging", "Aankoop", "Service & loyaliteit"),
        "en": ("Awareness", "Interest", "Consideration", "Purchase", "Service & loyalty"),
    },
    "b2b7": {
        "nl": (
            "Oriëntatie",
            "Aanleiding",
            "Eerste overweging",
            "Actieve evaluatie",
            "Aankoopbeslissing",
            "Gebruikservaring",
            "Loyaliteit",
        ),
        "en": (
            "Orientation",
            "Trigger",
            "Initial consideration",
            "Active evaluation",
            "Purchase decision",
            "Experience",
            "Loyalty",
        ),
    },
    "five-a": {
        "nl": ("Aandacht", "Afweging", "Actie", "Altijd", "Advocaat"),
        "en": ("Attention", "Assessment", "Action", "Always", "Advocacy"),
    },
}

MIN_PHASES = 3
MAX_PHASES = 10


def phases_for(model: str, lang: str) -> tuple[str, ...]:
    return PHASE_MODELS[model][lang]
