"""F20 (#31, round 14): the team's pain points, its longest lane, stood in the narrow side column and set every
phase slide at 15 pt while the grid's spots beside it held a line each: the grid's spare spots go to the lanes
of the most text, and a phase that holds only below 16 pt in the usual grid takes a roomier arrangement."""

from __future__ import annotations

from pathlib import Path

from canvasgen.layout.deck.frames import BODY_MIN
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from canvasgen.read.reader import read_canvas
from tests.support.layouts import deck_fonts, default_kit, laid_deck
from tests.support.workbooks import PERMIT_PHASES, team_lanes

LONG_PAIN = (
    "Geen statusinformatie: de bewoner weet niet of de aanvraag compleet is en krijgt intussen naheffingsaanslagen "
    "van de scanauto, die hij daarna via een bezwaarprocedure moet terugvragen, wat gemiddeld nog eens zes weken duurt"
)
LANES: dict[str, list[str | None]] = {
    "Wat doet de bewoner?": [],
    "Wat doet de gemeente?": [
        "Publiceert het parkeerbesluit",
        "Beoordeelt de aanvraag handmatig; bij twijfel vraagt de medewerker parkeren extra stukken op per brief, "
        "met een termijn van vier weken, waarna de behandeltermijn van acht weken opnieuw begint te lopen",
        "Boekt de leges",
        "Koppelt de vergunning aan het kenteken",
        "Stuurt een herinnering",
        "Controleert met de scanauto",
    ],
    "Hoe voelt het (1-5)?": ["3", "2", "3", "1", "4", "2"],
    "Hoe komt de bewoner met ons in contact?": ["Buurtapp", "DigiD", "iDEAL", "Telefoon", "E-mail", "Brief"],
    "Wat zegt de bewoner?": ['"Eindelijk."', '"Waarom?"', None, '"Niks gehoord."', '"Fijn."', None],
    "Waar loopt het vast?": [
        "Informatie staat verspreid over drie pagina's",
        "Upload mislukt bij foto's groter dan 4 MB",
        None,
        LONG_PAIN,
        None,
        "Verhuizing binnen de wijk wordt als nieuwe aanvraag behandeld",
    ],
    "Wat kan beter?": ["Eén pagina", "Kenteken ophalen", "Incasso", "Statusbericht per sms", None, None],
    "Wat meten we?": ["Bezoekers 4.200 per maand", "Afhakers 38%", None, "Doorlooptijd 21 dagen", None, None],
}


def test_the_longest_lane_takes_a_grid_spot_and_the_phase_slides_stay_at_16_pt(tmp_path: Path) -> None:
    book = team_lanes(tmp_path / "vergunning.xlsx", LANES)
    (tmp_path / "canvasgen.toml").write_text(
        '["vergunning.xlsx"]\nlanes = { "Waar loopt het vast?" = "pain_points" }\n'
    )
    canvas = read_canvas(book)
    kit, _ = default_kit()
    deck = laid_deck(canvas, kit, Setter(deck_fonts()), (SLIDE_WIDTH, SLIDE_HEIGHT), "nl")
    phases = [s for s in deck.slides if s.kind == "phase"]
    assert len(phases) == len(PERMIT_PHASES)  # no follow-up slide
    assert deck.phase_size is not None and deck.phase_size >= BODY_MIN
    for slide in phases:
        sizes = {p.size for f in slide.frames if not f.name.startswith("phase strip") for p in f.paras if not p.bold}
        assert sizes == {deck.phase_size}
        pains = next(f for f in slide.frames if any(p.text == "Waar loopt het vast?" for p in f.paras))
        assert pains.name == "lane"  # in the grid, not in the side column ("other lanes")
    texts = " ".join(p.text for s in phases for f in s.frames for p in f.paras)
    assert LONG_PAIN in texts
