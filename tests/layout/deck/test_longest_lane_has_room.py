"""F20 (#31, round 14): the team's pain points, its longest lane, stood in the narrow side column and set every
phase slide at 15 pt while the grid's spots beside it held a line each: the grid's spare spots go to the lanes
of the most text, and a phase that holds only below 16 pt in the usual grid takes a roomier arrangement."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from canvasgen.layout.deck.deck import _PhaseSlide
from canvasgen.layout.deck.frames import BODY_MIN, FAMILY_MIN, Ctx, best_size
from canvasgen.layout.text.setter import Setter
from canvasgen.pipeline import SLIDE_HEIGHT, SLIDE_WIDTH
from canvasgen.render.pptx.deck_file import render_pptx
from canvasgen.words import DECK_WORDS
from tests.support.layouts import deck_fonts, default_kit, laid_deck
from tests.support.read_back import title_of
from tests.support.reading import read_canvas
from tests.support.workbooks import PERMIT_PHASES, team_lanes

LONG_PAIN = (
    "Geen statusinformatie: de bewoner weet niet of de aanvraag compleet is en krijgt intussen naheffingsaanslagen "
    "van de scanauto, die hij daarna via een bezwaarprocedure moet terugvragen, wat gemiddeld nog eens zes weken duurt"
)
LANES: dict[str, list[str | None]] = {
    "Wat doet de bewoner?": [
        "Leest op de buurtapp dat er betaald parkeren komt",
        "Logt in met DigiD en vult het formulier in: kenteken, adres, aantal auto's in het huishouden",
        "Betaalt met iDEAL",
        "Wacht af en belt na twee weken het KCC om te vragen hoe het ervoor staat",
        "Krijgt een e-mail",
        "Verhuist binnen de wijk",
    ],
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
        f"{LONG_PAIN}\nHet formulier verloopt na twintig minuten zonder waarschuwing, en wat al ingevuld was is weg",
        None,
        "Verhuizing binnen de wijk wordt als nieuwe aanvraag behandeld",
    ],
    "Wat kan beter?": ["Eén pagina", "Kenteken ophalen", "Incasso", "Statusbericht per e-mail en sms", None, None],
    "Wat meten we?": ["Bezoekers 4.200 per maand", "Afhakers 38%", None, "Doorlooptijd 21 dagen (doel 5)", None, None],
}


def test_a_long_lane_in_the_side_column_takes_another_arrangement_and_the_phase_slides_stay_at_16_pt(
    tmp_path: Path,
) -> None:
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
    # the phase of the long pain points is on its one slide at that size in another arrangement, where the
    # usual grid (the first lanes on the map in its spots, the pain points in the side column) held it only
    # below 16 pt
    ctx = Ctx(kit, Setter(deck_fonts()), DECK_WORDS["nl"], SLIDE_WIDTH, SLIDE_HEIGHT, "nl")
    usual = _PhaseSlide.of(ctx, canvas.journeys[0], 3)
    assert best_size(ctx, usual.frames, FAMILY_MIN) <= BODY_MIN  # (16 pt at most: its score a band, F22)
    texts = " ".join(p.text for s in phases for f in s.frames for p in f.paras)
    assert LONG_PAIN in texts
    # read back from the deck as written: every phase slide's body at the one size, the long pain point whole
    render_pptx(deck, kit, deck_fonts(), tmp_path / "vergunning.pptx")
    written = [s for s in Presentation(str(tmp_path / "vergunning.pptx")).slides if title_of(s).startswith("Fase")]
    assert len(written) == len(PERMIT_PHASES)
    for slide in written:
        bodies = {
            run.font.size.pt
            for shape in slide.shapes
            if shape.has_text_frame and not shape.name.startswith(("phase strip", "title"))
            for para in shape.text_frame.paragraphs
            for run in para.runs
            if run.text.strip() and not run.font.bold
        }
        assert bodies == {deck.phase_size}
    assert any(LONG_PAIN in shape.text_frame.text for shape in written[3].shapes if shape.has_text_frame)
