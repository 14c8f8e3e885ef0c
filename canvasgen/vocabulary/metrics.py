"""The words of measured figures: the columns of a Metrics sheet or an analytics export, and the
metrics canvasgen knows by name (in Dutch and English), with their unit and which way is better."""

from __future__ import annotations

from dataclasses import dataclass

#: Column headers of measured data, in the template and in analytics exports.
METRIC_FIELDS: dict[str, tuple[str, ...]] = {
    "phase_or_touchpoint": (
        "phase touchpoint",
        "fase contactmoment",
        "phase or touchpoint",
        "fase of contactmoment",
        "stage touchpoint",
    ),
    "phase": ("phase", "fase", "stage", "journey stage", "klantreisfase", "etappe", "etape"),
    "touchpoint": (
        "touchpoint",
        "contactmoment",
        "touch point",
        "beruhrungspunkt",
        "point de contact",
        "punto de contacto",
    ),
    "metric": (
        "metric",
        "metriek",
        "kpi",
        "meetwaarde",
        "indicator",
        "measure",
        "maatstaf",
        "messgrosse",
        "mesure",
        "medida",
    ),
    "value": (
        "value",
        "waarde",
        "actual",
        "gemeten",
        "resultaat",
        "result",
        "measured",
        "score",
        "wert",
        "valeur",
        "valor",
    ),
    "target": ("target", "doel", "norm", "streefwaarde", "goal", "doelstelling", "ziel", "objectif", "objetivo"),
    "period": (
        "period",
        "periode",
        "date range",
        "maand",
        "month",
        "kwartaal",
        "quarter",
        "week",
        "datum",
        "date",
        "zeitraum",
        "periodo",
    ),
}


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
