"""A score of its own under a full grid of lanes is a band across the lanes' foot (#31, F22): it stood alone
at the top of a full-height side column ("Score (-2 t/m +2): +1" over an empty third of the slide) while
the four lanes shared the rest. Read back from the PPTX."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from tests.support.layouts import build_deck
from tests.support.read_back import title_of
from tests.support.workbooks import rows_canvas

PHASES = ("Zoeken", "Aanvragen", "Betalen")


def test_the_score_is_a_band_under_the_four_lanes(tmp_path: Path) -> None:
    rows: list[tuple[object, ...]] = [
        ("Fase", *PHASES),
        ("Wat doet de klant?", "Zoekt op de site", "Vult het formulier in", "Betaalt met iDEAL"),
        ("Wat doen wij?", "Houdt de site bij", "Controleert de aanvraag", "Stuurt de factuur"),
        ("Contactmomenten", "Website", "Formulier", "E-mail"),
        ("Leerdoelen", "Betere zoekfunctie", "Korter formulier", "Betaallink in de mail"),
        ("Score (-2 t/m +2)", 1, -1, 2),
    ]
    path = rows_canvas(tmp_path / "vergunning.xlsx", rows, title="Vergunning")
    deck = Presentation(str(build_deck(path, tmp_path / "out")))
    phases = [s for s in deck.slides if any(sh.name.startswith("phase strip") for sh in s.shapes)]
    assert len(phases) == len(PHASES)
    for slide in phases:
        texts = {sh.name: sh for sh in slide.shapes if sh.has_text_frame}
        score = texts["score"]
        assert score.text_frame.text.startswith("Score"), title_of(slide)
        lanes = [sh for name, sh in texts.items() if name in ("customer", "internal", "learning", "lane")]
        assert len(lanes) == 4
        left, right = min(sh.left for sh in lanes), max(sh.left + sh.width for sh in lanes)
        assert score.left <= left and score.left + score.width >= right  # across the lanes
        assert score.top >= max(sh.top + sh.height for sh in lanes)  # under them
        assert score.height < min(sh.height for sh in lanes)  # a band, not a column
        assert "other lanes" not in texts  # no side column of the score alone
