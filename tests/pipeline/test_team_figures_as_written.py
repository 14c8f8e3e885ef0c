"""The figures a team writes in its KPI lane are the client's words: printed as written ("Bereik 1,2 mln",
"klantwaarde € 1.250", "CTR 0,8%") in the rows and tables canvasgen makes of them, whatever language its own
words are in (``--lang en`` on a Dutch canvas wrote "1,200,000" and "€1,250" inside the Dutch text, round 19
F7); a figure of a figures sheet is canvasgen's to write, in the output language."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvasgen.figures import format_value
from tests.support.cli import run_clean
from tests.support.layouts import canvas_of
from tests.support.read_back import pdf_text, slide_text, squeeze
from tests.support.workbooks import make_book

WRITTEN = ("Bereik 1,2 mln", "CTR 0,8%", "klantwaarde € 1.250", "Kosten per acquisitie € 85")
REWRITTEN = ("1,200,000", "1.200.000", "0.8%", "€1,250", "€85")


def _book(tmp_path: Path) -> Path:
    return make_book(
        tmp_path / "stroom.xlsx",
        {
            "Klantreis": {
                "A1": "Fase",
                "B1": "Oriëntatie",
                "C1": "Aankoop",
                "D1": "Gebruik",
                "A2": "Klantproces",
                "B2": "Ziet reclame over groene stroom op tv",
                "C2": "Sluit een contract af via de website",
                "D2": "Bekijkt het verbruik in de app",
                "A3": "Intern proces",
                "B3": "Campagne plannen met het mediabureau",
                "C3": "Overstap regelen bij de oude leverancier",
                "D3": "Jaarafrekening op tijd versturen",
                "A4": "KPI's",
                "B4": "Bereik 1,2 mln; CTR 0,8%",
                "C4": "Kosten per acquisitie € 85",
                "D4": "klantwaarde € 1.250",
            },
            "Metingen": {"A1": "KPI", "B1": "Waarde", "C1": "Fase", "A2": "Omzet", "B2": 2400000, "C2": "Gebruik"},
        },
    )


def test_a_lane_figure_is_shown_as_written_in_any_language(tmp_path: Path) -> None:
    canvas = canvas_of(_book(tmp_path))
    shown = {m.name.text: format_value(m, "en") for m in canvas.metrics}
    assert shown["Bereik"] == "1,2 mln"
    assert shown["klantwaarde"] == "€ 1.250"
    assert shown["CTR"] == "0,8%"
    assert shown["Omzet"] == "€2,400,000"  # a figures sheet's number: canvasgen writes it, in the output language


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_poster_and_deck_print_the_teams_figures_as_written(tmp_path: Path, language: str) -> None:
    code, out, err = run_clean("build", _book(tmp_path), "-o", tmp_path / "out", "--size", "A3", "--lang", language)
    assert code == 0, out + err
    poster = " ".join(pdf_text(tmp_path / "out" / "stroom.pdf").split())
    deck = " ".join(slide_text(tmp_path / "out" / "stroom.pptx").replace("\xa0", " ").replace("\u202f", " ").split())
    for written in WRITTEN:
        assert squeeze(written) in squeeze(poster) and squeeze(written) in squeeze(deck), written
    # the KPI lane is printed as written anyway: the figures' own rows and tables must not say them otherwise
    for rewritten in REWRITTEN:
        assert rewritten not in poster and rewritten not in deck, rewritten
