"""The metrics canvasgen knows: their names in Dutch and English, their unit, which way is better."""

from __future__ import annotations

from dataclasses import dataclass

from canvasgen.text import label_key


@dataclass(frozen=True)
class MetricKind:
    key: str
    unit: str  # "percent", "money", "score" or "count"
    lower_is_better: bool
    names: tuple[str, ...]


KINDS = (
    MetricKind(
        "conversion_rate",
        "percent",
        False,
        ("conversion rate", "conversion", "conversieratio", "conversiepercentage", "conversie", "cr"),
    ),
    MetricKind("bounce_rate", "percent", True, ("bounce rate", "bounce", "bouncepercentage", "bounceratio")),
    MetricKind(
        "ctr",
        "percent",
        False,
        ("click through rate", "click-through rate", "ctr", "doorklikratio", "klikratio", "doorklikpercentage"),
    ),
    MetricKind(
        "cart_abandonment",
        "percent",
        True,
        (
            "cart abandonment",
            "cart abandonment rate",
            "winkelmandverlating",
            "winkelwagenverlating",
            "verlaten winkelmandjes",
            "verlaten winkelmand",
        ),
    ),
    MetricKind("nps", "score", False, ("nps", "net promoter score")),
    MetricKind(
        "retention",
        "percent",
        False,
        ("retention", "retention rate", "retentie", "klantbehoud", "herhaalaankoop", "repeat purchase"),
    ),
    MetricKind("churn", "percent", True, ("churn", "churn rate", "opzeggingen", "verloop")),
    MetricKind("revenue", "money", False, ("revenue", "omzet", "sales revenue", "opbrengst")),
    MetricKind(
        "cost",
        "money",
        True,
        ("cost", "costs", "kosten", "spend", "ad spend", "budget", "mediabudget", "uitgaven", "investering"),
    ),
)

_BY_NAME = {label_key(name): kind for kind in KINDS for name in kind.names}


def kind_of(name: str) -> MetricKind | None:
    """The known metric a name means ("Conversie" -> conversion_rate), or None for the agency's own."""
    key = label_key(name)
    if key in _BY_NAME:
        return _BY_NAME[key]
    # "Conversie checkout", "Bouncepercentage productpagina": the name starts with a known one.
    for known, kind in sorted(_BY_NAME.items(), key=lambda pair: -len(pair[0])):
        if len(known) >= 3 and key.startswith(known + " "):
            return kind
    return None
