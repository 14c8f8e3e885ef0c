"""Round 20 (look #24): a touchpoint's record (its heading, then "Apparaat & context", "Inhoud / actie",
"KPI") began at the foot of the appendix's first column and went on at the top of the second as
"Contactmoment: … (vervolg)". A record's field lines sit close under their heading, as one block, and a
record is never split between columns or slides, for any number of short records."""

from __future__ import annotations

from pathlib import Path

from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from tests.support.layouts import canvas_of, deck_fonts, default_kit, laid_deck
from tests.support.workbooks import Cells, make_book

PHASES = ("Bewustwording", "Interesse", "Overweging", "Aankoop", "Service")


def _book(path: Path, touchpoints: int) -> Path:
    journey: Cells = {"A1": "Fase", "A2": "Klantproces"}
    for column, phase in zip("BCDEF", PHASES, strict=True):
        journey[f"{column}1"], journey[f"{column}2"] = phase, f"Klant in {phase.lower()}"
    points: Cells = {"A1": "Fase", "B1": "Contactmoment", "C1": "Kanaal", "D1": "Apparaat & context"}
    points |= {"E1": "Inhoud / actie", "F1": "KPI"}
    for n in range(touchpoints):
        row = n + 2
        points[f"A{row}"], points[f"B{row}"] = PHASES[n % len(PHASES)], f"Contactmoment nummer {n + 1}"
        points[f"C{row}"], points[f"D{row}"] = "Website", "Smartphone, thuis"
        points[f"E{row}"], points[f"F{row}"] = "Offerte aanvragen", "Conversie naar afspraak"
    return make_book(path, {"Klantreis": journey, "Contactmomenten": points})


def test_a_touchpoints_record_stays_whole_in_one_column(tmp_path: Path) -> None:
    kit, _ = default_kit()
    setter = Setter(deck_fonts())
    for touchpoints in (5, 7, 9, 11):
        canvas = canvas_of(_book(tmp_path / f"reis-{touchpoints}.xlsx", touchpoints))
        deck = laid_deck(canvas, kit, setter, (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")
        columns = [f.paras for s in deck.slides if s.kind == "appendix" for f in s.frames if f.name == "appendix"]
        heads = [p.text for paras in columns for p in paras if p.bold]
        assert len(heads) == touchpoints, heads  # each record's heading once: none went on "(vervolg)"
        for paras in columns:  # each record's three field lines in its heading's column
            bold = [i for i, p in enumerate(paras) if p.bold]
            ends = [*bold[1:], len(paras)]
            assert [end - start for start, end in zip(bold, ends, strict=True)] == [4] * len(bold), touchpoints
