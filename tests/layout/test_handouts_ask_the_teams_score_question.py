"""A canvas whose experience is its score row, labelled as the client's own question (round 16, F16): the handouts
asked canvasgen's "Hoe ervaart de huurder het? Wat gaat goed, wat niet?" with the client's "Hoe blij is de huurder
(1-5)? 2/5" as a bullet under it. They ask the team's question, its score under it, as the exercise slides do."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import run_clean
from tests.support.read_back import pdf_text
from tests.support.workbooks import rows_canvas


def _handouts(tmp_path: Path, score_label: str) -> str:
    source = rows_canvas(
        tmp_path / "reparatie.xlsx",
        [
            ("Fase", "Melden", "Afspraak", "Herstel", "Nazorg"),
            ("Wat doet de huurder?", "Belt het KCC", "Krijgt een brief", "Wacht thuis", "Hoort niets"),
            ("Wat doen wij?", "Typt de melding over", "Aannemer plant in", "Monteur bestelt", ""),
            (score_label, 2, 1, 4, 2),
            ("Wat willen we leren?", "Waarom bellen?", "", "Hoe vaak terug?", ""),
        ],
    )
    code, _, stderr = run_clean("kit", source, "-o", tmp_path / "kit")
    assert code == 0, stderr
    return " ".join(pdf_text(tmp_path / "kit" / "reparatie-handouts.pdf").split())


def test_the_handouts_ask_the_clients_score_question_with_its_score_under_it(tmp_path: Path) -> None:
    text = _handouts(tmp_path, "Hoe blij is de huurder (1-5)?")
    assert "Hoe ervaart" not in text
    assert "Hoe blij is de huurder (1-5)? 2/5" in text
    assert "Hoe blij is de huurder (1-5)? 4/5" in text


def test_a_score_row_that_asks_nothing_still_gets_canvasgens_question(tmp_path: Path) -> None:
    text = _handouts(tmp_path, "Ervaringsscore")
    assert "Hoe ervaart de huurder het?" in text
    assert "Ervaringsscore" in text
