"""Figures as a team writes them in its own language (round 5): a KPI lane in German, French or Spanish
is read as figures like an English or Dutch one (H1), which way is better is decided from the words and
said (N7), and a bare share beside a percentage is read as one (H8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli import run_clean
from tests.support.reading import read_canvas
from tests.support.workbooks import template_with

KPIS = {
    "en": [
        "Waiting time 14 days (target 5 days)",
        "Conversion 2.4% (target 3%)",
        "Revenue €1,250 (target €2,000)",
        "Cost 1,250.50",
        "NPS 30 (target 40)",
    ],
    "de": [
        "Wartezeit 14 Tage (Ziel 5 Tage)",
        "Konversion 2,4% (Ziel 3%)",
        "Umsatz 1.250 € (Ziel 2.000 €)",
        "Kosten 1.250,50",
        "NPS 30 (Ziel 40)",
    ],
    "fr": [
        "Délai 14 jours (objectif 5 jours)",
        "Conversion 2,4 % (objectif 3 %)",
        "Chiffre d’affaires 1\u202f250 € (objectif 2 000 €)",
        "Coût 1 250,50",
        "NPS 30 (objectif 40)",
    ],
    "es": [
        "Tiempo de espera 14 días (objetivo 5 días)",
        "Conversión 2,4 % (objetivo 3 %)",
        "Ingresos 1.250 € (objetivo 2.000 €)",
        "Coste 1.250,50",
        "NPS 30 (objetivo 40)",
    ],
}


@pytest.mark.parametrize("language", sorted(KPIS))
def test_a_kpi_lane_in_the_canvas_language_is_read_as_figures(tmp_path: Path, language: str) -> None:
    canvas = read_canvas(template_with(tmp_path / f"kpi-{language}.xlsx", language, "KPI", KPIS[language]))
    read = [(m.value, m.unit, m.target, m.lower_is_better) for m in canvas.metrics]
    assert read == [
        (14, "d", 5, True),  # a duration: shorter is better
        (2.4, "%", 3, False),
        (1250, "€", 2000, False),
        (1250.5, "€", None, True),
        (30, "", 40, False),
    ]
    assert not [w for w in canvas.warnings if "not read as a figure" in str(w)]


@pytest.mark.parametrize(
    ("language", "example"),
    [
        ("de", "'Wartezeit 4 min (Ziel 2 min)'"),
        ("fr", "'Délai 4 min (objectif 2 min)'"),
        ("es", "(objetivo 2 min)'"),
        ("en", "'Waiting time 4 min (target 2 min)'"),
    ],
)
def test_the_warning_shows_an_example_in_the_canvas_language(tmp_path: Path, language: str, example: str) -> None:
    path = template_with(tmp_path / "kpi.xlsx", language, "KPI", ["Besucher 1200 pro Monat im Schnitt"])
    (warning,) = [str(w) for w in read_canvas(path).warnings if "not read as a figure" in str(w)]
    assert example in warning and "doel" not in warning


def test_lower_is_better_is_decided_from_the_metric_words_and_said(tmp_path: Path) -> None:
    path = template_with(
        tmp_path / "afhakers.xlsx",
        "nl",
        "KPI's",
        ["Afhakers 35% (doel 10%)", "Terugbellen 40% (doel max 50%)", "Klantklachten 12 (doel 20)", "Opkomst 92%"],
    )
    canvas = read_canvas(path)
    verdicts = {m.name.text: (m.lower_is_better, m.met) for m in canvas.metrics}
    assert verdicts == {
        "Afhakers": (True, False),  # 35% drop-off against a target of 10%: missed, not met
        "Terugbellen": (True, True),  # "max" in the target
        "Klantklachten": (True, True),  # a word that ends in "klachten"
        "Opkomst": (False, None),
    }
    code, explained, _ = run_clean("check", "--explain", path)
    assert code == 0, explained
    assert "figure 'Afhakers' (Klantreis!B16): lower is better ('afhakers' in its name)" in explained
    assert "its target '10%' is missed; to say otherwise, write the target as 'min 10%'" in explained
    assert "its target says 'max'" in explained
    code, data, _ = run_clean("check", "--json", path)
    assert code == 0 and '"lower_is_better": true' in data


def test_a_word_that_turns_lower_around_keeps_higher_better(tmp_path: Path) -> None:
    """'klachten' and 'fouten' say lower is better, but not in 'zonder klachten' or 'foutenvrij'."""
    cells = ["Foutenvrije orders 95% (doel 98%); Orders zonder klachten 90% (doel 85%)", "Fehlerquote 3% (Ziel 5%)"]
    canvas = read_canvas(template_with(tmp_path / "vrij.xlsx", "nl", "KPI's", cells))
    verdicts = {m.name.text: (m.lower_is_better, m.met) for m in canvas.metrics}
    assert verdicts == {
        "Foutenvrije orders": (False, False),
        "Orders zonder klachten": (False, True),
        "Fehlerquote": (True, True),
    }


def test_a_bare_share_beside_a_percentage_is_read_as_one(tmp_path: Path) -> None:
    rows = {
        "Messwerte": [
            ["Kauf", "", "Konversionsrate", (0.024, "0.0%"), 0.03, "Q1"],
            ["Interesse", "", "Kosten", "2.000", "1.500", "Q1"],
        ]
    }
    path = template_with(tmp_path / "german.xlsx", "de", "KPIs", [], rows)
    conversion, cost = read_canvas(path).metrics
    assert (conversion.value, conversion.target, conversion.met) == (pytest.approx(2.4), pytest.approx(3), False)
    assert (cost.value, cost.target, cost.met) == (2000, 1500, False)
    code, explained, _ = run_clean("check", "--explain", path)
    assert code == 0 and "its target '0.03' is read as a share, as its value '2.4%' is: 3% (write '0,03%'" in explained
